//! The one length limit a plan file has: texts no person writes.

use super::{Plan, Problem};

/// The longest text a plan file may hold, in characters. The session's own
/// limits are far lower (100 for a name, 1,000 for a free text); this one
/// only refuses files no person wrote.
pub const MAX_TEXT: usize = 100_000;

impl Plan {
    /// No person writes a text this long; a file with one was made by
    /// something else, and would make every screen and export slow.
    pub(super) fn check_lengths(&self, problems: &mut Vec<Problem>) {
        let (m, r, g) = (&self.medewerker, &self.richting, &self.gesprek);
        let mut texts: Vec<(String, Option<&String>)> = vec![
            (
                "herkomst.afgesplitst_van".into(),
                self.herkomst.afgesplitst_van.as_ref(),
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
        for (field, text) in texts {
            let count = text.map_or(0, |t| t.chars().count());
            if count > MAX_TEXT {
                // 100001 -> "100.001", as Dutch writes numbers.
                let digits = count.to_string();
                let mut count = String::new();
                for (i, d) in digits.chars().enumerate() {
                    if i > 0 && (digits.len() - i) % 3 == 0 {
                        count.push('.');
                    }
                    count.push(d);
                }
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
