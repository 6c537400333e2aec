//! Tabel 3.11 as text for `show`: a boxed table, or a list when a Dutch
//! compound does not fit a column.

use std::fmt::Write;

use textwrap::Options;
use unicode_width::UnicodeWidthStr;

use super::width::width;
use crate::model::keyword::Keyword;
use crate::model::plan::{Actie, Plan, Soort, Termijn};

fn action_line(a: &Actie) -> String {
    let mut marks = Vec::new();
    if let Some(v) = a.vorm {
        marks.push(v.label());
    }
    if a.klaar {
        marks.push("klaar");
    }
    if marks.is_empty() {
        format!("• {}", a.tekst)
    } else {
        format!("• {} ({})", a.tekst, marks.join(", "))
    }
}

/// Tabel 3.11 as a boxed text table: two rows, three columns. When a word
/// does not fit in a column (Dutch compounds are long), the grid is a list
/// grouped by row and column instead, so no word is ever broken.
pub fn plan_grid(plan: &Plan) -> String {
    let header_width = 12;
    let col = (width() - header_width - 4 * 3 - 1) / 3;
    let widths = [header_width, col, col, col];
    let too_long = |text: &str, width: usize| {
        text.split_whitespace()
            .any(|w| w.width() > width.saturating_sub(2))
    };
    let words_fit = Termijn::ALL
        .iter()
        .all(|t| !too_long(t.label(), header_width))
        && plan.acties.iter().all(|a| !too_long(&action_line(a), col));
    if !words_fit {
        return plan_list(plan);
    }
    let mut rows = vec![
        std::iter::once(String::new())
            .chain(Soort::ALL.iter().map(|s| s.label().to_string()))
            .collect::<Vec<_>>(),
    ];
    for termijn in Termijn::ALL {
        let mut row = vec![termijn.label().to_string()];
        for soort in Soort::ALL {
            let lines: Vec<String> = plan.cell(*termijn, *soort).map(action_line).collect();
            row.push(if lines.is_empty() {
                "-".to_string()
            } else {
                lines.join("\n")
            });
        }
        rows.push(row);
    }
    text_table(&rows, &widths)
}

/// Tabel 3.11 as a list: each row, then each column with its actions.
fn plan_list(plan: &Plan) -> String {
    let mut out = String::new();
    for termijn in Termijn::ALL {
        out.push_str(&format!("{}\n", termijn.label()));
        for soort in Soort::ALL {
            out.push_str(&format!("  {}\n", soort.label()));
            let lines: Vec<String> = plan.cell(*termijn, *soort).map(action_line).collect();
            if lines.is_empty() {
                out.push_str("    -\n");
            }
            for line in lines {
                let options = Options::new(width())
                    .initial_indent("    ")
                    .subsequent_indent("      ")
                    .word_splitter(textwrap::WordSplitter::NoHyphenation)
                    .break_words(false);
                for l in textwrap::wrap(&line, &options) {
                    out.push_str(&l);
                    out.push('\n');
                }
            }
        }
    }
    out
}

/// Wraps one table cell; a line starting with a bullet gets a hanging indent.
fn wrap_cell(text: &str, width: usize) -> Vec<String> {
    let mut lines = Vec::new();
    for line in text.lines() {
        let indent = if line.starts_with("• ") { "  " } else { "" };
        let options = Options::new(width.max(4))
            .subsequent_indent(indent)
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        lines.extend(textwrap::wrap(line, &options).iter().map(|l| l.to_string()));
    }
    lines
}

/// A boxed table; each cell wraps within its column's width.
pub fn text_table(rows: &[Vec<String>], widths: &[usize]) -> String {
    let rule = |left: &str, mid: &str, right: &str| {
        let parts: Vec<String> = widths.iter().map(|w| "─".repeat(w + 2)).collect();
        format!("{left}{}{right}\n", parts.join(mid))
    };
    let mut out = rule("┌", "┬", "┐");
    for (i, row) in rows.iter().enumerate() {
        if i > 0 {
            out.push_str(&rule("├", "┼", "┤"));
        }
        let cells: Vec<Vec<String>> = row
            .iter()
            .zip(widths)
            .map(|(text, w)| wrap_cell(text, *w))
            .collect();
        let height = cells.iter().map(Vec::len).max().unwrap_or(1);
        for line in 0..height {
            out.push('│');
            for (cell, w) in cells.iter().zip(widths) {
                let text = cell.get(line).map_or("", String::as_str);
                let pad = w.saturating_sub(text.width());
                let _ = write!(out, " {text}{} │", " ".repeat(pad));
            }
            out.push('\n');
        }
    }
    out.push_str(&rule("└", "┴", "┘"));
    out
}
