//! The five answers of a questionnaire item, one per row.
//!
//! ```text
//!   ( ) 1 Nooit
//! › (•) 2 Zelden
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;

use super::put;
use crate::model::catalog::AnswerOption;
use crate::tui::theme::Theme;

/// A Likert choice.
#[derive(Debug, Clone)]
pub struct Likert<'a> {
    /// The answers, 1..=5.
    pub options: &'a [AnswerOption],
    /// The answer given, if any.
    pub chosen: Option<i64>,
    /// The highlighted row.
    pub highlight: usize,
    /// Styles.
    pub theme: Theme,
}

impl Widget for &Likert<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        for (i, option) in self.options.iter().enumerate() {
            let y = area.y + i as u16;
            if y >= area.bottom() {
                break;
            }
            let focused = i == self.highlight;
            let chosen = self.chosen == Some(option.waarde);
            let text = format!(
                "{} {} {} {}",
                self.theme.marker(focused).0,
                if chosen { "(•)" } else { "( )" },
                option.waarde,
                option.tekst
            );
            let style = match (focused, chosen) {
                (true, _) => self.theme.focus(),
                (false, true) => self.theme.chosen(),
                _ => self.theme.text(),
            };
            put(buf, area, area.x, y, &text, style);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Catalog;
    use crate::tui::widgets::test_support::renders_safely_in_tiny_areas;

    #[test]
    fn marks_the_answer_and_the_highlight_apart() {
        let likert = Likert {
            options: &Catalog::active().scale,
            chosen: Some(4),
            highlight: 1,
            theme: Theme::new(false),
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 24, 5));
        (&likert).render(buf.area, &mut buf);
        let rows: Vec<String> = (0..5)
            .map(|y| (0..24).map(|x| buf[(x, y)].symbol()).collect::<String>())
            .collect();
        assert_eq!(rows[0].trim_end(), "  ( ) 1 Bijna nooit");
        assert_eq!(rows[1].trim_end(), "› ( ) 2 Een klein deel");
        assert!(rows[3].starts_with("  (•) 4 Het grootste"), "{}", rows[3]);
        assert_eq!(rows[4].trim_end(), "  ( ) 5 Bijna altijd");
    }

    #[test]
    fn tiny_areas_are_safe() {
        renders_safely_in_tiny_areas(&Likert {
            options: &Catalog::active().scale,
            chosen: None,
            highlight: 0,
            theme: Theme::new(true),
        });
    }
}
