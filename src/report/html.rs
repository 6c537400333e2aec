//! The manager's copy as one self-contained HTML page: no network, no
//! external CSS, scripts or fonts; a print stylesheet for at most two A4
//! pages; the quadrant chart as inline SVG. The markup is also well-formed
//! XML, which the tests use to check it.

use std::fmt::Write as _;

use super::document::{Block, Document, GridAction, NOT_FILLED, Section};

const STYLE: &str = r#"
:root { color: #000; background: #fff; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 10.5pt; line-height: 1.35;
  max-width: 190mm; margin: 0 auto; padding: 8mm; }
h1 { font-size: 18pt; margin: 0; }
h2 { font-size: 12pt; margin: 9pt 0 3pt; padding-bottom: 1pt; border-bottom: 1.2pt solid #000; }
p { margin: 3pt 0; }
.sub { margin: 2pt 0 4pt; color: #333; }
dl { display: grid; grid-template-columns: 46mm 1fr; gap: 1pt 6pt; margin: 0; }
dt { font-weight: bold; }
dd { margin: 0; overflow-wrap: anywhere; }
.empty { color: #555; font-style: italic; }
.cols { display: flex; gap: 5mm; align-items: flex-start; }
.cols .text { flex: 1; min-width: 0; }
figure { margin: 0; flex: none; width: 78mm; }
figure svg { width: 100%; height: auto; display: block; }
table.grid { width: 100%; border-collapse: collapse; table-layout: fixed; }
table.grid th, table.grid td { border: 1pt solid #000; padding: 3pt 4pt; vertical-align: top; text-align: left;
  overflow-wrap: anywhere; }
table.grid thead th { background: #e8e8e8; }
table.grid tbody th { width: 30mm; }
table.grid ul { margin: 0; padding-left: 11pt; }
table.tasks { border-collapse: collapse; font-size: 9pt; }
table.tasks th, table.tasks td { padding: 0 6pt 0 0; text-align: left; vertical-align: top; }
table.tasks + p { font-size: 9pt; margin: 2pt 0 0; }
.mark { font-style: italic; color: #333; white-space: nowrap; }
.legend { font-size: 9pt; color: #333; }
ol { margin: 0; padding-left: 15pt; }
footer { margin-top: 5pt; font-size: 8pt; line-height: 1.25; color: #333; }
.sign { display: flex; gap: 10mm; margin-top: 2pt; }
.sign p { flex: 1; line-height: 1.7; margin: 0; }
.sign .line { display: inline-block; width: 45mm; border-bottom: 0.8pt solid #000; }
.sign .line.short { width: 28mm; }
.sign .line.date { width: 16mm; }
"#;

/// The print rules every printable page shares: A4, sections kept whole.
pub const PRINT_STYLE: &str = r#"@page { size: A4; margin: 13mm 14mm; }
@media print {
  body { padding: 0; max-width: none; font-size: 9.5pt; }
  section.whole, dt, dd, tr, li, p { break-inside: avoid; }
  dt { break-after: avoid; }
  h2 { break-after: avoid; }
}
"#;

/// Escapes text for HTML and XML; drops control characters that XML forbids.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\n' | '\t' => out.push(c),
            c if c.is_control() => out.push(' '),
            c => out.push(c),
        }
    }
    out
}

/// Escaped text with line breaks kept.
fn text_with_breaks(text: &str) -> String {
    escape(text.trim_end())
        .replace("\r\n", "\n")
        .replace('\n', "<br/>")
}

fn value(text: &str) -> String {
    if text == NOT_FILLED {
        format!(r#"<span class="empty">{NOT_FILLED}</span>"#)
    } else {
        text_with_breaks(text)
    }
}

fn action(a: &GridAction) -> String {
    format!(
        r#"<li>{} <span class="mark">({})</span></li>"#,
        text_with_breaks(&a.tekst),
        a.marks()
    )
}

fn render_blocks(out: &mut String, doc: &Document, blocks: &[&Block]) {
    let mut in_list = false;
    for block in blocks {
        let is_field = matches!(block, Block::Field(..));
        if is_field && !in_list {
            out.push_str("<dl>");
        }
        if !is_field && in_list {
            out.push_str("</dl>");
        }
        in_list = is_field;
        match block {
            Block::Field(label, v) => {
                let _ = write!(out, "<dt>{}</dt><dd>{}</dd>", escape(label), value(v));
            }
            Block::Paragraph(lead, text) => {
                out.push_str("<p>");
                if let Some(lead) = lead {
                    let _ = write!(out, "<strong>{}</strong> ", escape(lead));
                }
                let _ = write!(out, "{}</p>", text_with_breaks(text));
            }
            Block::Chart => {}
            Block::Grid(rows) => {
                out.push_str(r#"<table class="grid"><thead><tr><th></th>"#);
                for column in &doc.grid_columns {
                    let _ = write!(out, r#"<th scope="col">{}</th>"#, escape(column));
                }
                out.push_str("</tr></thead><tbody>");
                for (label, cells) in rows {
                    let _ = write!(out, r#"<tr><th scope="row">{}</th>"#, escape(label));
                    for cell in cells {
                        if cell.is_empty() {
                            out.push_str(r#"<td><span class="empty">nog leeg</span></td>"#);
                        } else {
                            out.push_str("<td><ul>");
                            for a in cell {
                                out.push_str(&action(a));
                            }
                            out.push_str("</ul></td>");
                        }
                    }
                    out.push_str("</tr>");
                }
                out.push_str(
                    r#"</tbody></table><p class="legend">formeel = cursus of training; informeel = project, meelopen, leren in het werk of lezen.</p>"#,
                );
            }
            Block::Numbered(items) => {
                out.push_str("<ol>");
                for item in items {
                    let _ = write!(out, "<li>{}</li>", escape(item));
                }
                out.push_str("</ol>");
            }
            Block::Table(head, rows) => {
                out.push_str(r#"<table class="tasks"><thead><tr>"#);
                for h in head {
                    let _ = write!(out, "<th>{}</th>", escape(h));
                }
                out.push_str("</tr></thead><tbody>");
                for row in rows {
                    out.push_str("<tr>");
                    for cell in row {
                        let _ = write!(out, "<td>{}</td>", escape(cell));
                    }
                    out.push_str("</tr>");
                }
                out.push_str("</tbody></table>");
            }
            Block::Signatures(who) => {
                out.push_str(r#"<div class="sign">"#);
                for person in who {
                    let _ = write!(
                        out,
                        "<p><b>{}</b> <span class=\"line\"></span><br/>Handtekening \
                         <span class=\"line short\"></span> Datum <span class=\"line date\"></span></p>",
                        escape(person)
                    );
                }
                out.push_str("</div>");
            }
        }
    }
    if in_list {
        out.push_str("</dl>");
    }
}

fn render_section(out: &mut String, doc: &Document, section: &Section, chart: Option<&str>) {
    // The plan's grid and the signed record stay whole on one page; other
    // sections may go on the next page between two fields.
    let whole = section
        .blocks
        .iter()
        .any(|b| matches!(b, Block::Grid(_) | Block::Signatures(_) | Block::Chart));
    let class = if whole { " class=\"whole\"" } else { "" };
    let _ = write!(out, "<section{class}><h2>{}</h2>", escape(&section.heading));
    let blocks: Vec<&Block> = section.blocks.iter().collect();
    match chart.filter(|_| section.blocks.contains(&Block::Chart)) {
        Some(svg) => {
            out.push_str(r#"<div class="cols"><div class="text">"#);
            render_blocks(out, doc, &blocks);
            let _ = write!(out, "</div><figure>{svg}</figure></div>");
        }
        None => render_blocks(out, doc, &blocks),
    }
    out.push_str("</section>\n");
}

/// Renders the document as a complete HTML page; `chart` is the inline SVG.
pub fn render(doc: &Document, chart: Option<&str>) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    let _ = writeln!(out, "<title>{}</title>", escape(&doc.title));
    let _ = writeln!(out, "<style>{STYLE}{PRINT_STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p class=\"sub\">{}</p></header>",
        escape(&doc.title),
        escape(&doc.subtitle)
    );
    for section in doc.sections.iter().filter(|s| !s.blocks.is_empty()) {
        render_section(&mut out, doc, section, chart);
    }
    let _ = writeln!(out, "<footer>{}</footer>", escape(&doc.source));
    out.push_str("</body>\n</html>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_special_characters_are_escaped() {
        assert_eq!(
            escape("<script>alert('x')</script> & \"q\""),
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;q&quot;"
        );
        assert_eq!(escape("a\u{0}b\u{7}c"), "a b c");
        assert_eq!(text_with_breaks("een\ntwee\r\n"), "een<br/>twee");
    }
}
