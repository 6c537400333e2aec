//! The overview as text for the coach's terminal, 80 columns wide: the
//! parts of the [`View`], then (for the coach only) the files that could not
//! be read.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthStr;

use super::privacy::thousands;
use super::tally::Tally;
use super::view::{PROMISE, Part, TOO_FEW, View};
use crate::report::text::{WIDTH, wrap};

/// The widest value or head: "over twee jaar" ("minder dan 5" is 12).
const VALUE: usize = 14;

/// The overview for the terminal.
pub fn render(view: &View, tally: &Tally) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "Groepsoverzicht: {}", plans(view.plans));
    if let Some(about) = &view.about {
        let _ = writeln!(out, "{about}");
    }
    out.push('\n');
    out.push_str(&wrap(PROMISE, WIDTH, ""));
    if !view.enough() {
        out.push('\n');
        out.push_str(&wrap(TOO_FEW, WIDTH, ""));
    }
    for part in &view.parts {
        out.push('\n');
        render_part(&mut out, part);
    }
    files(&mut out, tally);
    out
}

/// "1 plan", "30 plannen".
pub fn plans(n: u64) -> String {
    match n {
        1 => "1 plan".into(),
        n => format!("{} plannen", thousands(n)),
    }
}

fn render_part(out: &mut String, part: &Part) {
    let _ = writeln!(out, "{}", part.title);
    if let Some(note) = &part.note {
        out.push_str(&wrap(note, WIDTH, "  "));
    }
    let columns = part.heads.len().max(1);
    let values = columns * (VALUE + 2);
    let label_width = WIDTH - 2 - values;
    if !part.heads.is_empty() {
        let mut line = " ".repeat(2 + label_width);
        for head in &part.heads {
            let _ = write!(line, "  {head:>VALUE$}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    for row in &part.rows {
        let label = wrap(&row.label, label_width + 2, "  ");
        let lines: Vec<&str> = label.lines().collect();
        for line in &lines[..lines.len().saturating_sub(1)] {
            let _ = writeln!(out, "{line}");
        }
        let last = lines.last().copied().unwrap_or("");
        let mut line = format!(
            "{last}{}",
            " ".repeat((2 + label_width).saturating_sub(last.width()))
        );
        for value in &row.values {
            let _ = write!(line, "  {:>VALUE$}", value.words());
        }
        let _ = writeln!(out, "{line}");
    }
}

/// For the coach only: copies counted once, files that could not be read.
fn files(out: &mut String, tally: &Tally) {
    if tally.other_catalog > 0 {
        out.push('\n');
        let name = tally.other_catalog_name.as_deref().unwrap_or("");
        let text = format!(
            "{} met de eigen catalogus \"{}\" opgeslagen. Start met --catalogus MAP (de map van \
             die catalogus) om hun acties daaruit bij naam te tellen; nu tellen ze als eigen acties.",
            match tally.other_catalog {
                1 => "1 plan is".to_string(),
                n => format!("{} plannen zijn", thousands(n)),
            },
            crate::model::plan::neutralise(name)
        );
        out.push_str(&wrap(&text, WIDTH, ""));
    }
    if tally.emergency_copies > 0 {
        out.push('\n');
        let text = match tally.emergency_copies {
            1 => "1 noodkopie (.herstel.toml) is niet geteld. kwadrant maakt zo'n kopie als een \
                  sessie onverwacht stopt; met kwadrant open van het plan ernaast kies je wat ermee \
                  gebeurt."
                .to_string(),
            n => format!(
                "{} noodkopieën (.herstel.toml) zijn niet geteld. kwadrant maakt zo'n kopie als \
                 een sessie onverwacht stopt; met kwadrant open van het plan ernaast kies je wat \
                 ermee gebeurt.",
                thousands(n)
            ),
        };
        out.push_str(&wrap(&text, WIDTH, ""));
    }
    if tally.copies > 0 {
        out.push('\n');
        let copies = match tally.copies {
            1 => "1 kopie van een plan dat ernaast staat is niet apart geteld.".to_string(),
            n => format!(
                "{} kopieën van plannen die ernaast staan zijn niet apart geteld.",
                thousands(n)
            ),
        };
        out.push_str(&wrap(&copies, WIDTH, ""));
    }
    if tally.invalid == 0 {
        return;
    }
    out.push('\n');
    let head = match tally.invalid {
        1 => "1 bestand kon niet worden gelezen als plan (alleen voor jou, niet op de pagina):"
            .to_string(),
        n => format!(
            "{} bestanden konden niet worden gelezen als plan (alleen voor jou, niet op de pagina):",
            thousands(n)
        ),
    };
    out.push_str(&wrap(&head, WIDTH, ""));
    let hanging = textwrap::Options::new(WIDTH)
        .initial_indent("  ")
        .subsequent_indent("      ");
    for (_, line) in &tally.invalid_named {
        for part in textwrap::wrap(line, &hanging) {
            let _ = writeln!(out, "{}", part.trim_end());
        }
    }
    let rest = tally.invalid - tally.invalid_named.len() as u64;
    if rest > 0 {
        let _ = writeln!(out, "  en nog {} meer.", thousands(rest));
    }
    out.push_str(&wrap(
        "Achter elk bestand staat het eerste probleem. Met kwadrant check BESTAND zie je \
         alle problemen van één bestand.",
        WIDTH,
        "",
    ));
}
