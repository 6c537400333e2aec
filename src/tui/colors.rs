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
    use terminal_colorsaurus::{Error, QueryOptions, color_palette};
    let mut options = QueryOptions::default();
    options.timeout = ANSWER_WITHIN;
    match color_palette(options) {
        Ok(palette) => Some(is_light(&palette.foreground, &palette.background)),
        Err(Error::Timeout(_)) => {
            // A slow terminal may still answer: throw away what is waiting
            // on the input, so a late reply never arrives as typed keys.
            discard_pending_input();
            None
        }
        Err(_) => None,
    }
}

/// Whether the background is the light one, decided as the crate's own
/// `theme_mode` does, but by luminance with a gamma of 2.5 instead of 2.4:
/// the same order without `powf`, so the program needs no maths library
/// and starts smaller (issue #9).
fn is_light(
    foreground: &terminal_colorsaurus::Color,
    background: &terminal_colorsaurus::Color,
) -> bool {
    let luminance = |c: &terminal_colorsaurus::Color| {
        let linear = |v: u16| {
            let v = f64::from(v) / f64::from(u16::MAX);
            if v <= 0.04045 {
                v / 12.92
            } else {
                let x = (v + 0.055) / 1.055;
                x * x * x.sqrt()
            }
        };
        0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b)
    };
    let (fg, bg) = (luminance(foreground), luminance(background));
    // A lightness of one half is a luminance of about 0.184.
    bg > fg || (bg >= fg && bg > 0.184)
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
    #[test]
    fn light_or_dark_is_decided_as_the_crate_decides() {
        use terminal_colorsaurus::Color;
        let grey = |v: u16| Color::rgb(v, v, v);
        let mut cases = Vec::new();
        for fg in [0u16, 0x2000, 0x7fff, 0xc000, 0xffff] {
            for bg in [0u16, 0x1000, 0x6000, 0x7fff, 0xa000, 0xffff] {
                cases.push((grey(fg), grey(bg)));
            }
        }
        // Coloured themes: Solarized light and dark, a blue background.
        let rgb = Color::rgb;
        cases.push((rgb(0x6565, 0x7b7b, 0x8383), rgb(0xfdfd, 0xf6f6, 0xe3e3)));
        cases.push((rgb(0x8383, 0x9494, 0x9696), rgb(0x0000, 0x2b2b, 0x3636)));
        cases.push((rgb(0xffff, 0xffff, 0xffff), rgb(0x0000, 0x0000, 0x8080)));
        for (fg, bg) in cases {
            // The crate's ColorPalette::theme_mode, by perceived lightness.
            let (l_fg, l_bg) = (fg.perceived_lightness(), bg.perceived_lightness());
            let crate_says = l_bg >= l_fg && (l_bg > l_fg || l_bg > 0.5);
            assert_eq!(super::is_light(&fg, &bg), crate_says, "{fg:?} on {bg:?}");
        }
    }

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
