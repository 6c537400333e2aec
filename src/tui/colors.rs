//! Which palette a session uses (issue #17). In this order:
//! 1. `--kleuren licht|donker|geen`, when given;
//! 2. `NO_COLOR` (any value but empty) means `geen`;
//! 3. `COLORFGBG` ("15;0": foreground 15 on background 0), which rxvt,
//!    Konsole and some others set;
//! 4. asking the terminal for its background colour, once, before the
//!    session starts (terminal-colorsaurus, as bat and delta do). A terminal
//!    that does not answer costs one round trip: the crate asks for the
//!    colour and for the device attributes together, and stops at the first
//!    answer, so nothing arrives later as typed keys;
//! 5. otherwise the background is unknown: the plain palette, with the
//!    terminal's own colours only.

use std::time::Duration;

use super::theme::Palette;

/// What the person asked for with `--kleuren`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wish {
    /// Find out (the default).
    Auto,
    /// A fixed palette.
    Fixed(Palette),
}

impl Wish {
    /// From the value of `--kleuren` (clap allows only these four).
    pub fn from_id(id: &str) -> Wish {
        match id {
            "licht" => Wish::Fixed(Palette::Light),
            "donker" => Wish::Fixed(Palette::Dark),
            "geen" => Wish::Fixed(Palette::Plain),
            _ => Wish::Auto,
        }
    }
}

/// How long the terminal may take to answer. Over SSH a reply can take a
/// while; a local terminal answers in a few milliseconds.
const ANSWER_WITHIN: Duration = Duration::from_millis(200);

/// The palette for this session: `wish`, then the environment (`no_color`,
/// `colorfgbg`), then `ask` (the terminal's background is light: `Some(true)`).
pub fn choose(
    wish: Wish,
    no_color: Option<&str>,
    colorfgbg: Option<&str>,
    ask: impl FnOnce() -> Option<bool>,
) -> Palette {
    if let Wish::Fixed(palette) = wish {
        return palette;
    }
    if no_color.is_some_and(|v| !v.is_empty()) {
        return Palette::Plain;
    }
    let light = colorfgbg.and_then(light_from_colorfgbg).or_else(ask);
    match light {
        Some(true) => Palette::Light,
        Some(false) => Palette::Dark,
        None => Palette::Plain,
    }
}

/// `COLORFGBG` is "fg;bg" (or "fg;default;bg"): the background is the last
/// number, an ANSI colour; 7 and 9 to 15 are light, the others dark.
fn light_from_colorfgbg(value: &str) -> Option<bool> {
    let bg: u8 = value.rsplit(';').next()?.trim().parse().ok()?;
    Some(bg == 7 || (9..=15).contains(&bg))
}

/// Asks the terminal whether its background is light.
pub fn ask_terminal() -> Option<bool> {
    use terminal_colorsaurus::{Error, QueryOptions, ThemeMode, theme_mode};
    let mut options = QueryOptions::default();
    options.timeout = ANSWER_WITHIN;
    match theme_mode(options) {
        Ok(ThemeMode::Light) => Some(true),
        Ok(ThemeMode::Dark) => Some(false),
        Err(Error::Timeout(_)) => {
            // A slow terminal may still answer: throw away what is waiting
            // on the input, so a late reply never arrives as typed keys.
            discard_pending_input();
            None
        }
        Err(_) => None,
    }
}

/// Drops the bytes waiting on the terminal's input.
fn discard_pending_input() {
    #[cfg(unix)]
    {
        use std::os::fd::AsRawFd;
        if let Ok(tty) = std::fs::File::open("/dev/tty") {
            // SAFETY: tcflush only takes a file descriptor that is open for
            // as long as `tty` lives.
            unsafe {
                libc::tcflush(tty.as_raw_fd(), libc::TCIFLUSH);
            }
        }
    }
}

/// The palette for the session that starts now, from the real environment.
pub fn for_this_terminal(wish: Wish) -> Palette {
    let no_color = std::env::var("NO_COLOR").ok();
    let colorfgbg = std::env::var("COLORFGBG").ok();
    choose(
        wish,
        no_color.as_deref(),
        colorfgbg.as_deref(),
        ask_terminal,
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn never() -> Option<bool> {
        panic!("the terminal is not asked when the answer is known")
    }

    #[test]
    fn the_wish_comes_first_then_no_color_then_colorfgbg_then_the_terminal() {
        let fixed = Wish::from_id("licht");
        assert_eq!(
            choose(fixed, Some("1"), Some("15;0"), never),
            Palette::Light
        );
        assert_eq!(
            choose(Wish::from_id("geen"), None, None, never),
            Palette::Plain
        );
        assert_eq!(
            choose(Wish::Auto, Some("1"), Some("0;15"), never),
            Palette::Plain
        );
        // An empty NO_COLOR does not count.
        assert_eq!(
            choose(Wish::Auto, Some(""), Some("0;15"), never),
            Palette::Light
        );
        assert_eq!(choose(Wish::Auto, None, Some("15;0"), never), Palette::Dark);
        assert_eq!(
            choose(Wish::Auto, None, Some("0;default;15"), never),
            Palette::Light
        );
        assert_eq!(
            choose(Wish::Auto, None, None, || Some(true)),
            Palette::Light
        );
        assert_eq!(
            choose(Wish::Auto, None, Some("rommel"), || Some(false)),
            Palette::Dark
        );
        // No answer: the background is unknown.
        assert_eq!(choose(Wish::Auto, None, None, || None), Palette::Plain);
    }
}
