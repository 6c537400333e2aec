//! What a text in a plan may hold: not longer than any person writes, and
//! no characters that change a terminal or hide what a text says.

use super::{Plan, Problem};

/// A character no text in a plan may hold: a control character (C0 except
/// tab and newline, DEL, C1), which can make a terminal change its title,
/// clear the screen or write the clipboard, or a bidi override or isolate,
/// which shows a text in another order than it is stored.
pub fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\t' && c != '\n')
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A count as Dutch writes it: `157790` → `157.790`.
pub fn thousands(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push('.');
        }
        out.push(c);
    }
    out
}

/// `text` with every [`unsafe_char`] replaced by U+FFFD, for output that
/// must never carry one (the checks on reading already refuse them).
pub fn neutralise(text: &str) -> std::borrow::Cow<'_, str> {
    if text.chars().any(unsafe_char) {
        text.chars()
            .map(|c| if unsafe_char(c) { '\u{FFFD}' } else { c })
            .collect::<String>()
            .into()
    } else {
        text.into()
    }
}

/// The longest text a plan file may hold, in characters. The session's own
/// limits are far lower (100 for a name, 1,000 for a free text); this one
/// only refuses files no person wrote.
pub const MAX_TEXT: usize = 100_000;

impl Plan {
    /// No person writes a text this long (a file with one was made by
    /// something else, and would make every screen and export slow), and
    /// no text holds an [`unsafe_char`].
    pub(super) fn check_texts(&self, problems: &mut Vec<Problem>) {
        let (m, r, g) = (&self.medewerker, &self.richting, &self.gesprek);
        let mut texts: Vec<(String, Option<&String>)> = vec![
            (
                "herkomst.afgesplitst_van".into(),
                self.herkomst.afgesplitst_van.as_ref(),
            ),
            (
                "herkomst.catalogus".into(),
                self.herkomst.catalogus.as_ref(),
            ),
            ("medewerker.naam".into(), m.naam.as_ref()),
            ("medewerker.functie".into(), m.functie.as_ref()),
            ("medewerker.afdeling".into(), m.afdeling.as_ref()),
            ("medewerker.gemeente".into(), m.gemeente.as_ref()),
            ("richting.doelfunctie".into(), r.doelfunctie.as_ref()),
            ("richting.leuk".into(), r.leuk.as_ref()),
            ("richting.goed_in".into(), r.goed_in.as_ref()),
            ("richting.leervorm".into(), r.leervorm.as_ref()),
            ("richting.houding".into(), r.houding.as_ref()),
            ("richting.keuzes".into(), r.keuzes.as_ref()),
            ("gesprek.leidinggevende".into(), g.leidinggevende.as_ref()),
            (
                "gesprek.nodig_van_leidinggevende".into(),
                g.nodig_van_leidinggevende.as_ref(),
            ),
        ];
        for (i, actie) in self.acties.iter().enumerate() {
            texts.push((format!("acties[{}].tekst", i + 1), Some(&actie.tekst)));
        }
        for (i, taak) in self.taken.iter().enumerate() {
            texts.push((format!("taken[{}].tekst", i + 1), Some(&taak.tekst)));
            texts.push((format!("taken[{}].bron", i + 1), Some(&taak.bron)));
        }
        for (i, v) in self.verslagen.iter().enumerate() {
            let field = |name: &str| format!("verslag[{}].{name}", i + 1);
            texts.push((field("werkgever_doet"), v.werkgever_doet.as_ref()));
            texts.push((field("werkzekerheid"), v.werkzekerheid.as_ref()));
            texts.push((field("verloop"), v.verloop.as_ref()));
            for (j, actie) in v.acties.iter().enumerate() {
                texts.push((format!("verslag[{}].acties[{}]", i + 1, j + 1), Some(actie)));
            }
            for (j, a) in v.afspraken.iter().enumerate() {
                texts.push((
                    format!("verslag[{}].afspraken[{}].wat", i + 1, j + 1),
                    Some(&a.wat),
                ));
            }
        }
        for (field, text) in texts {
            if let Some(c) = text.and_then(|t| t.chars().find(|c| unsafe_char(*c))) {
                let what = if c.is_control() {
                    "een stuurteken"
                } else {
                    "een teken dat de leesrichting omdraait"
                };
                problems.push(Problem::new(
                    field.clone(),
                    format!(
                        "bevat {what} (U+{:04X}); zo'n teken hoort niet in een tekst, haal het \
                         weg",
                        u32::from(c)
                    ),
                ));
            }
            let count = text.map_or(0, |t| t.chars().count());
            if count > MAX_TEXT {
                let count = thousands(count as u64);
                problems.push(Problem::new(
                    field,
                    format!(
                        "is te lang: {count} tekens; een tekst in een plan heeft er hoogstens \
                         100.000"
                    ),
                ));
            }
        }
    }
}
