//! A horizontal slider from 0 to 10 with labels at both ends.
//!
//! ```text
//! › Mensenwerk (inleven en contact): 3,5 van 10
//!   weinig ├────────◆──────────────┤ veel
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::put;
use crate::model::position::MAX_SCORE;
use crate::tui::theme::Theme;

/// A slider.
#[derive(Debug, Clone)]
pub struct Slider<'a> {
    /// What is measured.
    pub label: &'a str,
    /// Word at the 0 end.
    pub low: &'a str,
    /// Word at the 10 end.
    pub high: &'a str,
    /// The score.
    pub value: Option<f64>,
    /// Whether it has the keyboard.
    pub focused: bool,
    /// Styles.
    pub theme: Theme,
}

impl Widget for &Slider<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (marker, style) = self.theme.marker(self.focused);
        let value = self.value.map_or("nog niet gekozen".to_string(), |v| {
            format!("{} van 10", crate::report::text::decimal(v))
        });
        put(
            buf,
            area,
            area.x,
            area.y,
            &format!("{marker} {}: {value}", self.label),
            style,
        );
        if area.height < 2 {
            return;
        }
        let y = area.y + 1;
        let mut x = put(buf, area, area.x + 2, y, self.low, self.theme.muted()) + 1;
        let room = usize::from(area.width).saturating_sub(self.low.width() + self.high.width() + 6);
        if room < 3 {
            return;
        }
        x = put(buf, area, x, y, "├", self.theme.line());
        let inner = room - 2;
        let knob = self
            .value
            .map(|v| ((v / MAX_SCORE) * (inner.saturating_sub(1)) as f64).round() as usize);
        for i in 0..inner {
            if Some(i) == knob {
                put(buf, area, x + i as u16, y, "◆", self.theme.point());
            } else {
                put(buf, area, x + i as u16, y, "─", self.theme.line());
            }
        }
        x += inner as u16;
        x = put(buf, area, x, y, "┤", self.theme.line());
        put(buf, area, x + 1, y, self.high, self.theme.muted());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::widgets::test_support::renders_safely_in_tiny_areas;

    fn slider(value: Option<f64>) -> Slider<'static> {
        Slider {
            label: "Mensenwerk",
            low: "weinig",
            high: "veel",
            value,
            focused: true,
            theme: Theme::new(false),
        }
    }

    fn lines(buf: &Buffer) -> Vec<String> {
        (0..buf.area.height)
            .map(|y| (0..buf.area.width).map(|x| buf[(x, y)].symbol()).collect())
            .collect()
    }

    #[test]
    fn knob_sits_at_the_value() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 2));
        (&slider(Some(0.0))).render(buf.area, &mut buf);
        assert_eq!(lines(&buf)[0].trim_end(), "› Mensenwerk: 0,0 van 10");
        assert_eq!(lines(&buf)[1].trim_end(), "  weinig ├◆───────────┤ veel");
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 2));
        (&slider(Some(10.0))).render(buf.area, &mut buf);
        assert_eq!(lines(&buf)[1].trim_end(), "  weinig ├───────────◆┤ veel");
    }

    #[test]
    fn no_value_no_knob() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 30, 2));
        (&slider(None)).render(buf.area, &mut buf);
        assert!(!lines(&buf)[1].contains('◆'));
        assert!(lines(&buf)[0].contains("nog niet gekozen"));
    }

    #[test]
    fn tiny_areas_are_safe() {
        renders_safely_in_tiny_areas(&slider(Some(5.0)));
    }
}
