//! Tabel 3.11 as a grid: two rows (skills needed now, in two years) by three
//! columns (vakinhoudelijk, soft skills, digital). Each cell lists its
//! actions; the focused cell has a marker and a double border.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Block, BorderType, Widget};
use unicode_width::UnicodeWidthStr;

use super::put;
use crate::model::keyword::Keyword;
use crate::model::plan::{Actie, Plan, Soort, Termijn, Vorm};
use crate::tui::theme::{FOCUS_MARK, Theme};

/// Width of the column with the row names.
const ROW_TITLE_WIDTH: u16 = 13;

/// The grid.
#[derive(Debug, Clone)]
pub struct PlanGrid<'a> {
    /// The plan whose actions are shown.
    pub plan: &'a Plan,
    /// Focused cell: (row, column).
    pub focus: Option<(usize, usize)>,
    /// Styles.
    pub theme: Theme,
}

/// One action as a short line: `[F] text ✓`.
pub fn action_label(a: &Actie) -> String {
    let vorm = match a.vorm {
        Some(Vorm::Formeel) => "[F] ",
        Some(Vorm::Informeel) => "[I] ",
        None => "",
    };
    let done = if a.klaar { " ✓" } else { "" };
    format!("{vorm}{}{done}", a.tekst)
}

impl PlanGrid<'_> {
    fn cell(&self, area: Rect, buf: &mut Buffer, termijn: Termijn, soort: Soort, focused: bool) {
        let title = if focused {
            format!("{FOCUS_MARK} dit vak")
        } else {
            String::new()
        };
        let block = if focused {
            Block::bordered()
                .border_type(BorderType::Double)
                .border_style(self.theme.title())
                .title(title)
        } else {
            Block::bordered().border_style(self.theme.line())
        };
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        let actions: Vec<&Actie> = self.plan.cell(termijn, soort).collect();
        if actions.is_empty() {
            put(
                buf,
                inner,
                inner.x,
                inner.y,
                "(nog leeg)",
                self.theme.muted(),
            );
            return;
        }
        let width = usize::from(inner.width);
        let mut lines: Vec<String> = Vec::new();
        let options = textwrap::Options::new(width.max(4)).subsequent_indent("  ");
        for a in &actions {
            let text = format!("• {}", action_label(a));
            lines.extend(
                textwrap::wrap(&text, &options)
                    .iter()
                    .map(|l| l.to_string()),
            );
        }
        let height = usize::from(inner.height);
        let overflow = lines.len() > height;
        for (i, line) in lines.iter().take(height).enumerate() {
            let y = inner.y + i as u16;
            if overflow && i + 1 == height {
                // How many the box holds in all: open it to see them.
                let more = format!("… {} in totaal", actions.len());
                put(buf, inner, inner.x, y, &more, self.theme.muted());
            } else {
                put(buf, inner, inner.x, y, line, self.theme.text());
            }
        }
    }
}

impl Widget for &PlanGrid<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < 20 || area.height < 6 {
            put(buf, area, area.x, area.y, "Jouw plan", self.theme.title());
            return;
        }
        let [head, row_nu, row_later] = Layout::vertical([
            Constraint::Length(2),
            Constraint::Fill(1),
            Constraint::Fill(1),
        ])
        .areas(area);
        let columns = |r: Rect| -> [Rect; 4] {
            Layout::horizontal([
                Constraint::Length(ROW_TITLE_WIDTH),
                Constraint::Fill(1),
                Constraint::Fill(1),
                Constraint::Fill(1),
            ])
            .areas(r)
        };
        // The seed's own names, wrapped where a column is narrow, with a
        // space on each side so two headers never run together.
        for (i, soort) in Soort::ALL.iter().enumerate() {
            let c = columns(head)[i + 1];
            let options = textwrap::Options::new(usize::from(c.width.saturating_sub(2).max(4)))
                .word_splitter(textwrap::WordSplitter::NoHyphenation);
            for (j, line) in textwrap::wrap(soort.label(), options)
                .iter()
                .take(2)
                .enumerate()
            {
                let x = c.x + (c.width.saturating_sub(line.width() as u16)) / 2;
                put(buf, c, x, c.y + j as u16, line, self.theme.title());
            }
        }
        for (r, (termijn, row)) in Termijn::ALL.iter().zip([row_nu, row_later]).enumerate() {
            let cols = columns(row);
            let width = usize::from(ROW_TITLE_WIDTH - 1);
            for (j, line) in textwrap::wrap(termijn.label(), width).iter().enumerate() {
                put(
                    buf,
                    cols[0],
                    cols[0].x,
                    cols[0].y + 1 + j as u16,
                    line,
                    self.theme.title(),
                );
            }
            for (c, soort) in Soort::ALL.iter().enumerate() {
                let focused = self.focus == Some((r, c));
                self.cell(cols[c + 1], buf, *termijn, *soort, focused);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::widgets::test_support::renders_safely_in_tiny_areas;

    fn plan() -> Plan {
        let mut plan = Plan::default();
        plan.acties.push(Actie {
            termijn: Termijn::Nu,
            soort: Soort::Digitaal,
            tekst: "Excel geavanceerd toepassen".into(),
            vorm: Some(Vorm::Formeel),
            klaar: true,
            streefdatum: None,
        });
        plan
    }

    #[test]
    fn shows_actions_in_their_cell_with_form_and_done_marks() {
        let plan = plan();
        let grid = PlanGrid {
            plan: &plan,
            focus: Some((0, 2)),
            theme: Theme::new(false),
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 78, 14));
        (&grid).render(buf.area, &mut buf);
        let out: String = (0..14)
            .map(|y| {
                let row: String = (0..78).map(|x| buf[(x, y)].symbol()).collect();
                row.trim_end().to_string() + "\n"
            })
            .collect();
        insta::assert_snapshot!(out);
        assert!(out.contains("[F] Excel"));
        assert!(out.contains("› dit vak"));
    }

    #[test]
    fn tiny_areas_are_safe() {
        let plan = plan();
        renders_safely_in_tiny_areas(&PlanGrid {
            plan: &plan,
            focus: None,
            theme: Theme::new(false),
        });
    }
}
