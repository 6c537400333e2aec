//! What a person types in the record of a conversation that must be read
//! before it can be stored: dates, hours and an amount in euros. The text
//! stays as typed; the plan holds the value only when it can be read, and
//! what cannot be read is named (it blocks klaar and vastleggen).

use std::collections::BTreeMap;

use toml::value::Date;

use crate::model::plan::{MAX_KOSTEN, MAX_UREN_PER_MAAND, MAX_VERLOF_UREN};
use crate::tui::steps::conversation::{looks_like_a_date, parse_dutch_date};
use crate::tui::steps::form::RecordText;

/// What kind of value a typed text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// A day, typed as dd-mm-jjjj.
    Date,
    /// Whole hours, at most this many.
    Hours(i64),
    /// Euros.
    Euros,
}

/// The kind of value of a record text; `None` for free text.
pub fn kind_of(id: RecordText) -> Option<Kind> {
    match id {
        RecordText::Datum
        | RecordText::Streefdatum(_)
        | RecordText::Wanneer(_)
        | RecordText::Volgende => Some(Kind::Date),
        RecordText::Uren => Some(Kind::Hours(MAX_UREN_PER_MAAND)),
        RecordText::Verlof => Some(Kind::Hours(MAX_VERLOF_UREN)),
        RecordText::Kosten => Some(Kind::Euros),
        RecordText::Wat(_)
        | RecordText::WerkgeverDoet
        | RecordText::Werkzekerheid
        | RecordText::Verloop => None,
    }
}

/// A day as people type it, or `None`.
pub fn day(text: &str) -> Option<Date> {
    parse_dutch_date(text).and_then(|d| d.date)
}

/// A day the way the field shows it.
pub fn show_day(d: Date) -> String {
    format!("{:02}-{:02}-{}", d.day, d.month, d.year)
}

/// Whole hours ("4", "4 uur"), from 0 to `max`.
pub fn hours(text: &str, max: i64) -> Option<i64> {
    let text = text.trim();
    let digits = text
        .strip_suffix("uur")
        .or_else(|| text.strip_suffix('u'))
        .unwrap_or(text)
        .trim();
    if digits.is_empty() || !digits.chars().all(|c| c.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok().filter(|n| (0..=max).contains(n))
}

/// An amount in euros as people type it: "450", "€ 450,50", "1.250" or
/// "1.250,00"; a dot before three digits groups thousands, as in Dutch.
pub fn euros(text: &str) -> Option<f64> {
    let text: String = text
        .trim()
        .trim_start_matches('€')
        .trim_end_matches(",-")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect();
    let (whole, cents) = match text.split_once(',') {
        Some((whole, cents)) => (whole, Some(cents)),
        None => match text.split_once('.') {
            // "450.50": a dot before two digits at the end is a decimal point.
            Some((whole, cents)) if cents.len() <= 2 && !whole.contains('.') => {
                (whole, Some(cents))
            }
            _ => (text.as_str(), None),
        },
    };
    let groups: Vec<&str> = whole.split('.').collect();
    let grouped_well = groups.len() == 1
        || (!groups[0].is_empty()
            && groups[0].len() <= 3
            && groups[1..].iter().all(|g| g.len() == 3));
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    if !grouped_well || !groups.iter().all(|g| digits(g)) {
        return None;
    }
    let cents = match cents {
        None => 0.0,
        Some(c) if digits(c) && c.len() <= 2 => {
            c.parse::<f64>().ok()? / if c.len() == 1 { 10.0 } else { 100.0 }
        }
        Some(_) => return None,
    };
    let amount = groups.concat().parse::<f64>().ok()? + cents;
    (0.0..=MAX_KOSTEN).contains(&amount).then_some(amount)
}

/// An amount the way the field shows it: "450" or "450,50".
pub fn show_euros(amount: f64) -> String {
    let cents = (amount * 100.0).round() as i64;
    if cents % 100 == 0 {
        (cents / 100).to_string()
    } else {
        format!("{},{:02}", cents / 100, cents % 100)
    }
}

/// Whether `text` can be stored as a value of `kind` (blank is "nothing").
pub fn readable(kind: Kind, text: &str) -> bool {
    text.trim().is_empty()
        || match kind {
            Kind::Date => day(text).is_some(),
            Kind::Hours(max) => hours(text, max).is_some(),
            Kind::Euros => euros(text).is_some(),
        }
}

/// What is wrong with `text`, in a kind sentence, if it cannot be read.
pub fn problem(kind: Kind, text: &str) -> Option<String> {
    if readable(kind, text) {
        return None;
    }
    Some(match kind {
        Kind::Date if looks_like_a_date(text) => {
            "Deze datum bestaat niet. Kijk of de dag en de maand kloppen.".into()
        }
        Kind::Date => {
            "Deze datum klopt niet. Typ de dag, de maand en het jaar, zoals 15-04-2027.".into()
        }
        Kind::Hours(max) => format!("Typ een heel getal van 0 tot en met {max}, zoals 4."),
        Kind::Euros => "Typ een bedrag in euro, zoals 450 of 450,50.".into(),
    })
}

/// The texts typed in this visit of the step, by field, so that a value
/// that cannot be read yet stays on screen as typed.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Typed(BTreeMap<RecordText, String>);

impl Typed {
    /// The text typed in `id`, if any.
    pub fn get(&self, id: RecordText) -> Option<&str> {
        self.0.get(&id).map(String::as_str)
    }

    /// Keeps `text` as typed in `id`.
    pub fn set(&mut self, id: RecordText, text: String) {
        self.0.insert(id, text);
    }

    /// Forgets what was typed in `id`.
    pub fn forget(&mut self, id: RecordText) {
        self.0.remove(&id);
    }

    /// Forgets everything.
    pub fn clear(&mut self) {
        self.0.clear();
    }

    /// Keeps only what cannot be read: the rest is in the plan, which may
    /// have changed in another step since.
    pub fn keep_unreadable(&mut self) {
        self.0
            .retain(|id, text| kind_of(*id).is_some_and(|k| !readable(k, text)));
    }

    /// Every text that cannot be read, by field.
    pub fn unreadable(&self) -> impl Iterator<Item = (RecordText, &str)> {
        self.0
            .iter()
            .filter(|(id, text)| kind_of(**id).is_some_and(|k| !readable(k, text)))
            .map(|(id, text)| (*id, text.as_str()))
    }
}

/// The words for a field whose text cannot be read, for "this is not
/// stored" ("de datum van afspraak 2 (31-02-2027)").
pub fn describe(id: RecordText, text: &str) -> String {
    let what = match id {
        RecordText::Datum => "de datum van het gesprek".to_string(),
        RecordText::Streefdatum(_) => "de datum bij een afgesproken actie".to_string(),
        RecordText::Wanneer(i) => format!("de datum van afspraak {}", i + 1),
        RecordText::Volgende => "de datum van het volgende gesprek".to_string(),
        RecordText::Uren => "de uren per maand om te leren".to_string(),
        RecordText::Verlof => "de uren verlof".to_string(),
        RecordText::Kosten => "het bedrag".to_string(),
        RecordText::Wat(_)
        | RecordText::WerkgeverDoet
        | RecordText::Werkzekerheid
        | RecordText::Verloop => "een tekst".to_string(),
    };
    format!("{what} ({})", text.trim())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hours_are_whole_numbers_within_the_limit() {
        assert_eq!(hours("4", 200), Some(4));
        assert_eq!(hours(" 16 uur ", 200), Some(16));
        assert_eq!(hours("8u", 200), Some(8));
        assert_eq!(hours("0", 200), Some(0));
        for wrong in ["4,5", "-2", "veel", "", "201"] {
            assert_eq!(hours(wrong, 200), None, "{wrong}");
        }
    }

    #[test]
    fn euros_are_read_the_dutch_way() {
        let cases = [
            ("450", 450.0),
            ("€ 450,50", 450.5),
            ("450.50", 450.5),
            ("1.250", 1250.0),
            ("1.250,00", 1250.0),
            ("€1.250,5", 1250.5),
            ("75,-", 75.0),
            ("12 500", 12500.0),
        ];
        for (text, amount) in cases {
            assert_eq!(euros(text), Some(amount), "{text}");
        }
        for wrong in ["1.25.0", "veel", "12,345", "-5", "2000000", ",50", "1..0"] {
            assert_eq!(euros(wrong), None, "{wrong}");
        }
        assert_eq!(show_euros(450.5), "450,50");
        assert_eq!(show_euros(1250.0), "1250");
        assert_eq!(euros(&show_euros(1250.0)), Some(1250.0));
    }

    #[test]
    fn only_what_cannot_be_read_is_kept_and_named() {
        let mut typed = Typed::default();
        typed.set(RecordText::Datum, "15-01-2027".into());
        typed.set(RecordText::Wanneer(1), "31-02-2027".into());
        typed.set(RecordText::Uren, "veel".into());
        typed.keep_unreadable();
        let named: Vec<String> = typed.unreadable().map(|(id, t)| describe(id, t)).collect();
        assert_eq!(
            named,
            [
                "de datum van afspraak 2 (31-02-2027)",
                "de uren per maand om te leren (veel)"
            ]
        );
        assert_eq!(typed.get(RecordText::Datum), None);
        assert_eq!(
            problem(Kind::Date, "31-02-2027").as_deref(),
            Some("Deze datum bestaat niet. Kijk of de dag en de maand kloppen.")
        );
    }
}
