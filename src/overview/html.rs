//! The overview as one printable HTML page, for a wall or a projector: the
//! grid with the number of plans per quadrant, then the other parts as
//! tables. Self-contained (no network, scripts or fonts), well-formed XML,
//! and never a file name: those are only for the coach's terminal.

use std::fmt::Write as _;

use super::tally::quadrant_index;
use super::text::plans;
use super::view::{PROMISE, Part, TOO_FEW, View};
use crate::model::position::Quadrant;
use crate::report::html::{PRINT_STYLE, escape};

const STYLE: &str = r#"
:root { color: #000; background: #fff; }
body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; font-size: 11pt; line-height: 1.35;
  max-width: 190mm; margin: 0 auto; padding: 8mm; }
h1 { font-size: 18pt; margin: 0 0 3pt; }
h2 { font-size: 12pt; margin: 10pt 0 3pt; padding-bottom: 1pt; border-bottom: 1.2pt solid #000; }
p { margin: 3pt 0; }
.promise { border: 1pt solid #000; padding: 4pt 6pt; }
.about { font-size: 12pt; margin: 0 0 4pt; }
table.grid { border-collapse: collapse; margin: 4pt 0 0 18pt; }
table.grid td { border: 1.5pt solid #000; width: 62mm; height: 25mm; text-align: center; vertical-align: middle;
  background: #f2f2f2; }
table.grid .count { display: block; font-size: 22pt; font-weight: bold; }
table.grid .name { display: block; font-size: 10pt; }
.axis { font-size: 10pt; color: #333; margin: 2pt 0 0 18pt; }
table.counts { border-collapse: collapse; width: 100%; }
table.counts th, table.counts td { text-align: left; padding: 1pt 6pt 1pt 0; vertical-align: top;
  border-bottom: 0.5pt solid #999; }
table.counts td.n, table.counts th.n { text-align: right; white-space: nowrap; width: 28mm; }
.note { font-size: 9.5pt; color: #333; }
.cols { display: grid; grid-template-columns: 1fr 1fr; gap: 0 8mm; }
footer { margin-top: 8pt; font-size: 8.5pt; color: #333; }
"#;

/// Where the overview's counts come from, for the page's footer.
const SOURCE: &str = "Gemaakt met kwadrant. De vier kwadranten komen van Kai-Fu Lee (Tabel 3.1 en \
     3.5); de digitale niveaus van Tabel 3.10; de acties volgen Tabel 3.11; de manieren om het \
     werk te veranderen Tabel 3.14.";

/// The page.
pub fn render(view: &View) -> String {
    let mut out = String::new();
    out.push_str("<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.push_str("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n");
    let title = format!("Groepsoverzicht: {}", plans(view.plans));
    let _ = writeln!(out, "<title>{}</title>", escape(&title));
    let _ = writeln!(out, "<style>{STYLE}{PRINT_STYLE}</style>\n</head>\n<body>");
    let _ = writeln!(out, "<header><h1>{}</h1>", escape(&title));
    if let Some(about) = &view.about {
        let _ = writeln!(out, "<p class=\"about\">{}</p>", escape(about));
    }
    let _ = writeln!(out, "<p class=\"promise\">{}</p></header>", escape(PROMISE));
    if !view.enough() {
        let _ = writeln!(out, "<p>{}</p>", escape(TOO_FEW));
    } else {
        grid(&mut out, view);
        let (first, rest) = view.parts.split_at(1.min(view.parts.len()));
        let (actions, other): (Vec<&Part>, Vec<&Part>) = rest
            .iter()
            .partition(|p| p.title.starts_with("Meest gekozen"));
        for part in first.iter().chain(other) {
            section(&mut out, part);
        }
        out.push_str("<div class=\"cols\">");
        for part in actions {
            section(&mut out, part);
        }
        out.push_str("</div>\n");
    }
    let _ = writeln!(out, "<footer>{}</footer>", escape(SOURCE));
    out.push_str("</body>\n</html>\n");
    out
}

/// The 2x2 grid: more creativity up, more people's work to the right.
fn grid(out: &mut String, view: &View) {
    out.push_str("<section class=\"whole\"><h2>Het aantal plannen in elk kwadrant</h2>\n<table class=\"grid\">");
    for row in [
        [Quadrant::SlowCreep, Quadrant::SafeZone],
        [Quadrant::DangerZone, Quadrant::HumanVeneer],
    ] {
        out.push_str("<tr>");
        for q in row {
            let i = quadrant_index(q);
            let _ = write!(
                out,
                "<td><span class=\"count\">{}</span><span class=\"name\">{}</span></td>",
                escape(&view.grid[i].words()),
                escape(&q.label())
            );
        }
        out.push_str("</tr>");
    }
    out.push_str("</table>\n");
    out.push_str(
        "<p class=\"axis\">Naar rechts: meer mensenwerk (contact en empathie). Naar boven: \
         meer eigen oordeel (creativiteit en strategie).</p></section>\n",
    );
}

fn section(out: &mut String, part: &Part) {
    let _ = write!(
        out,
        "<section class=\"whole\"><h2>{}</h2>",
        escape(&part.title)
    );
    if let Some(note) = &part.note {
        let _ = write!(out, "<p class=\"note\">{}</p>", escape(note));
    }
    out.push_str("<table class=\"counts\">");
    if !part.heads.is_empty() {
        out.push_str("<tr><th></th>");
        for head in &part.heads {
            let _ = write!(out, "<th class=\"n\">{}</th>", escape(head));
        }
        out.push_str("</tr>");
    }
    for row in &part.rows {
        let _ = write!(out, "<tr><td>{}</td>", escape(&row.label));
        for value in &row.values {
            let _ = write!(out, "<td class=\"n\">{}</td>", escape(&value.words()));
        }
        out.push_str("</tr>");
    }
    out.push_str("</table></section>\n");
}
