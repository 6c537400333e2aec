//! The manager's copy as Markdown (CommonMark with a GFM table for Tabel 3.11).
//! Every text a person typed is escaped, so `|`, `*`, backticks or HTML in it
//! can neither break the table nor add markup.

use std::fmt::Write as _;

use super::document::{Block, Document, GridAction};

/// Escapes text for use inside a Markdown line or table cell. Line breaks
/// become spaces, so a cell or list item stays on one line.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '|' | '#' | '~' | '&' | '!' | '$' => {
                out.push('\\');
                out.push(c);
            }
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

fn action(a: &GridAction) -> String {
    format!("{} *({})*", escape(&a.tekst), a.marks())
}

/// Renders the document as Markdown.
pub fn render(doc: &Document) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n", escape(&doc.title));
    let _ = writeln!(out, "*{}*", escape(&doc.subtitle));
    for section in doc.sections.iter().filter(|s| !s.blocks.is_empty()) {
        if !out.ends_with("\n\n") {
            out.push('\n');
        }
        let _ = writeln!(out, "## {}\n", escape(&section.heading));
        let mut in_list = false;
        for block in &section.blocks {
            let is_field = matches!(block, Block::Field(..));
            if in_list && !is_field {
                out.push('\n');
            }
            in_list = is_field;
            match block {
                Block::Field(label, value) => {
                    let _ = writeln!(out, "- **{}:** {}", escape(label), escape(value));
                }
                Block::Paragraph(lead, text) => {
                    match lead {
                        Some(lead) => {
                            let _ = writeln!(out, "**{}** {}", escape(lead), escape(text));
                        }
                        None => {
                            let _ = writeln!(out, "{}", escape(text));
                        }
                    }
                    out.push('\n');
                }
                Block::Chart => {}
                Block::Grid(rows) => {
                    out.push_str("| |");
                    for column in &doc.grid_columns {
                        let _ = write!(out, " {} |", escape(column));
                    }
                    out.push_str("\n|---|");
                    out.push_str(&"---|".repeat(doc.grid_columns.len()));
                    out.push('\n');
                    for (label, cells) in rows {
                        let _ = write!(out, "| **{}** |", escape(label));
                        for cell in cells {
                            let text = if cell.is_empty() {
                                "*nog leeg*".to_string()
                            } else {
                                cell.iter().map(action).collect::<Vec<_>>().join("<br>")
                            };
                            let _ = write!(out, " {text} |");
                        }
                        out.push('\n');
                    }
                    out.push_str(
                        "\n*formeel* = cursus of training; *informeel* = project, meelopen, \
                         leren in het werk of lezen.\n",
                    );
                }
                Block::Numbered(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let _ = writeln!(out, "{}. {}", i + 1, escape(item));
                    }
                }
                Block::Table(head, rows) => {
                    let line = |cells: &[String]| {
                        let cells: Vec<String> = cells.iter().map(|c| escape(c)).collect();
                        format!("| {} |", cells.join(" | "))
                    };
                    let _ = writeln!(out, "{}", line(head));
                    let _ = writeln!(out, "|{}", "---|".repeat(head.len()));
                    for row in rows {
                        let _ = writeln!(out, "{}", line(row));
                    }
                    out.push('\n');
                }
                Block::Signatures(who) => {
                    for person in who {
                        let _ = writeln!(
                            out,
                            "{}: naam ____________________  handtekening ____________________  \
                             datum __________\n",
                            escape(person)
                        );
                    }
                }
            }
        }
    }
    let _ = writeln!(out, "\n---\n\n{}", escape(&doc.source));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_in_user_text_is_escaped() {
        assert_eq!(escape("a|b"), "a\\|b");
        assert_eq!(escape("*vet* `code` <b>"), "\\*vet\\* \\`code\\` \\<b\\>");
        assert_eq!(escape("regel\neen"), "regel een");
        assert_eq!(escape("[link](x)"), "\\[link\\](x)");
        assert_eq!(escape("Zoë 🙂"), "Zoë 🙂");
    }
}
