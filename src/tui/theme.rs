//! Styles. Colour only ever repeats what a marker or a word already says,
//! so the screen reads the same with NO_COLOR or in black and white.
//!
//! Three palettes (issue #17):
//! - [`Palette::Plain`] when the background is not known (the default, and
//!   always on a Windows console that cannot be asked): only the terminal's
//!   own foreground and background, with bold, underline and reverse for
//!   emphasis; no colour and no dim, so it reads on any background.
//! - [`Palette::Light`] and [`Palette::Dark`]: colours from the 256-colour
//!   cube, which every terminal draws the same (the first 16 colours differ
//!   per terminal), chosen so that every letter and digit has a contrast of
//!   at least 4.5:1 and every symbol and line 3:1 against that background.
//!   `tests/contrast.rs` checks every screen against four real palettes.

use ratatui::style::{Color, Modifier, Style};

/// The marker in front of the focused row.
pub const FOCUS_MARK: &str = "›";

/// Which colours a session uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Palette {
    /// The terminal's own colours only (background unknown, or NO_COLOR).
    #[default]
    Plain,
    /// Made for a light background.
    Light,
    /// Made for a dark background.
    Dark,
}

impl From<bool> for Palette {
    /// `true`: colours for a dark background, as before there were palettes;
    /// `false`: none.
    fn from(color: bool) -> Self {
        if color { Palette::Dark } else { Palette::Plain }
    }
}

/// The colours of one palette, as 256-colour indexes.
struct Colors {
    muted: u8,
    accent: u8,
    on_accent: u8,
    good: u8,
    bad: u8,
    point: u8,
    line: u8,
}

const LIGHT: Colors = Colors {
    muted: 241,     // #626262 on white: 6.2:1
    accent: 25,     // #005faf: 6.4:1
    on_accent: 231, // white on the accent: 6.4:1
    good: 22,       // #005f00: 8.0:1
    bad: 124,       // #af0000: 7.4:1
    point: 127,     // #af00af: 6.1:1
    line: 245,      // #8a8a8a: 3.4:1 (lines and symbols need 3:1)
};

const DARK: Colors = Colors {
    muted: 250,    // #bcbcbc on black: 11:1
    accent: 81,    // #5fd7ff: 12:1
    on_accent: 16, // black on the accent: 12:1
    good: 114,     // #87d787: 12:1
    bad: 203,      // #ff5f5f: 7:1
    point: 221,    // #ffd75f: 15:1
    line: 244,     // #808080: 5.3:1
};

/// Styles for one session.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    palette: Palette,
}

impl Theme {
    /// Styles in `palette` (`true` and `false` mean dark and plain).
    pub fn new(palette: impl Into<Palette>) -> Self {
        Theme {
            palette: palette.into(),
        }
    }

    fn colors(&self) -> Option<&'static Colors> {
        match self.palette {
            Palette::Plain => None,
            Palette::Light => Some(&LIGHT),
            Palette::Dark => Some(&DARK),
        }
    }

    fn tint(&self, style: Style, pick: impl Fn(&Colors) -> u8) -> Style {
        match self.colors() {
            Some(c) => style.fg(Color::Indexed(pick(c))),
            None => style,
        }
    }

    /// Normal text.
    pub fn text(&self) -> Style {
        Style::default()
    }

    /// The marker and style of a row: `›` and the focus style when it has
    /// the focus, a space and plain text when not.
    pub fn marker(&self, focused: bool) -> (&'static str, Style) {
        if focused {
            (FOCUS_MARK, self.focus())
        } else {
            (" ", self.text())
        }
    }

    /// Less important text: hints, explanations.
    pub fn muted(&self) -> Style {
        self.tint(Style::default(), |c| c.muted)
    }

    /// Titles and headings.
    pub fn title(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), |c| c.accent)
    }

    /// The focused row (also marked with [`FOCUS_MARK`]).
    pub fn focus(&self) -> Style {
        let style = Style::default().add_modifier(Modifier::BOLD);
        match self.colors() {
            Some(c) => style
                .fg(Color::Indexed(c.on_accent))
                .bg(Color::Indexed(c.accent)),
            None => style.add_modifier(Modifier::REVERSED),
        }
    }

    /// A chosen option (also marked with a filled radio or a cross).
    pub fn chosen(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), |c| c.good)
    }

    /// Good news in the status line (also starts with a check mark).
    pub fn info(&self) -> Style {
        self.tint(Style::default(), |c| c.good)
    }

    /// Problems (also start with "!").
    pub fn error(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), |c| c.bad)
    }

    /// The employee's point on the chart (also a different shape).
    pub fn point(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), |c| c.point)
    }

    /// Lines of the chart and the grid.
    pub fn line(&self) -> Style {
        self.tint(Style::default(), |c| c.line)
    }

    /// Key names in the footer.
    pub fn key(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), |c| c.accent)
    }
}
