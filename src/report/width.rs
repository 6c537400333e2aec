//! The width text output wraps to: 80, or the terminal's for `show`.

/// The width reports are laid out for.
pub const WIDTH: usize = 80;

thread_local! {
    static OUTPUT_WIDTH: std::cell::Cell<usize> = const { std::cell::Cell::new(WIDTH) };
}

/// The width `show` and `score` wrap to: [`WIDTH`], or the terminal's while
/// [`with_width`] runs.
pub fn width() -> usize {
    OUTPUT_WIDTH.with(std::cell::Cell::get)
}

/// Runs `f` with the text output wrapped to `columns` (60 to 120).
pub fn with_width<T>(columns: usize, f: impl FnOnce() -> T) -> T {
    let before = OUTPUT_WIDTH.with(|w| w.replace(columns.clamp(60, 120)));
    let result = f();
    OUTPUT_WIDTH.with(|w| w.set(before));
    result
}
