//! Styles. Colour only ever repeats what a marker or a word already says,
//! so the screen reads the same with NO_COLOR or in black and white.

use ratatui::style::{Color, Modifier, Style};

/// The marker in front of the focused row.
pub const FOCUS_MARK: &str = "›";

/// Styles for one session.
#[derive(Debug, Clone, Copy)]
pub struct Theme {
    color: bool,
}

impl Theme {
    /// Colours on, unless NO_COLOR was set.
    pub fn new(color: bool) -> Self {
        Theme { color }
    }

    fn tint(&self, style: Style, color: Color) -> Style {
        if self.color { style.fg(color) } else { style }
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
        self.tint(Style::default(), Color::Gray)
    }

    /// Titles and headings.
    pub fn title(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), Color::Cyan)
    }

    /// The focused row (also marked with [`FOCUS_MARK`]).
    pub fn focus(&self) -> Style {
        let style = Style::default().add_modifier(Modifier::BOLD);
        if self.color {
            style.fg(Color::Black).bg(Color::Cyan)
        } else {
            style.add_modifier(Modifier::REVERSED)
        }
    }

    /// A chosen option (also marked with a filled radio or a cross).
    pub fn chosen(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), Color::Green)
    }

    /// Good news in the status line (also starts with a check mark).
    pub fn info(&self) -> Style {
        self.tint(Style::default(), Color::Green)
    }

    /// Problems (also start with "!").
    pub fn error(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), Color::Red)
    }

    /// The employee's point on the chart (also a different shape).
    pub fn point(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), Color::Yellow)
    }

    /// Lines of the chart and the grid.
    pub fn line(&self) -> Style {
        self.tint(Style::default(), Color::DarkGray)
    }

    /// Key names in the footer.
    pub fn key(&self) -> Style {
        self.tint(Style::default().add_modifier(Modifier::BOLD), Color::Cyan)
    }
}
