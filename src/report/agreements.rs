//! What was agreed after the conversation, in the reports: the latest
//! fixed record as fields and a table (`show`, Markdown, HTML, with lines for
//! both signatures), and one kind sentence for each date that has passed.

use toml::value::Date;

use super::history::date_words;
use crate::model::plan::{Plan, Verslag};

/// The column headings of the table of agreements.
pub const HEAD: [&str; 4] = ["Wat", "Wie", "Wanneer", "Klaar"];

/// Whether day `d` lies before `today`.
fn before(d: Date, today: Date) -> bool {
    (d.year, d.month, d.day) < (today.year, today.month, today.day)
}

/// One kind sentence for each date that has passed without it being done:
/// the next conversation, and agreements not marked done. `today` is
/// injected (the session's clock, or a test's).
pub fn overdue(plan: &Plan, today: Date) -> Vec<String> {
    let Some(v) = plan.latest_record() else {
        return Vec::new();
    };
    let past = |d: Date| before(d, today);
    let mut out = Vec::new();
    if let Some(next) = v.volgende_gesprek.filter(|d| past(*d)) {
        out.push(format!(
            "Jullie wilden op {} weer praten. Is dat gesprek er al geweest? Maak dan een \
             nieuw verslag; anders is het een goed moment om een afspraak te maken.",
            date_words(next)
        ));
    }
    for a in v.afspraken.iter().filter(|a| !a.klaar) {
        if let Some(when) = a.wanneer.filter(|d| past(*d)) {
            out.push(format!(
                "\"{}\" zou klaar zijn op {}. Lukt het nog? Bespreek het gerust opnieuw.",
                a.wat,
                date_words(when)
            ));
        }
    }
    out
}

/// The passed dates in one short, kind sentence, for the summary before
/// saving, where room is scarce: the record itself says each one.
pub fn overdue_in_short(plan: &Plan, today: Date) -> Option<String> {
    let v = plan.latest_record()?;
    let past = |d: Date| before(d, today);
    let late = v
        .afspraken
        .iter()
        .filter(|a| !a.klaar && a.wanneer.is_some_and(past))
        .count();
    let agreements = match late {
        0 => None,
        1 => Some("1 afspraak is nog niet klaar, terwijl de datum voorbij is".to_string()),
        n => Some(format!(
            "{n} afspraken zijn nog niet klaar, terwijl de datum voorbij is"
        )),
    };
    let talk = v
        .volgende_gesprek
        .filter(|d| past(*d))
        .map(|d| format!("Jullie wilden op {} weer praten", date_words(d)));
    let sentence = match (talk, agreements) {
        (None, None) => return None,
        (Some(t), None) => t,
        (None, Some(a)) => a,
        (Some(t), Some(a)) => format!("{t}, en {a}"),
    };
    Some(format!("{sentence}. Kijk bij 'Na het gesprek'."))
}

/// The rows of the table: first the agreed actions of the plan (with their
/// target date), then the further agreements.
pub fn rows(plan: &Plan, v: &Verslag) -> Vec<[String; 4]> {
    let mut rows: Vec<[String; 4]> = v
        .acties
        .iter()
        .map(|tekst| {
            let actie = plan.acties.iter().find(|a| &a.tekst == tekst);
            [
                tekst.clone(),
                "ik".into(),
                actie
                    .and_then(|a| a.streefdatum.and_then(|d| d.date))
                    .map(date_words)
                    .unwrap_or_default(),
                match actie {
                    Some(a) => yes(a.klaar),
                    // Renamed or taken out of the plan after the conversation.
                    None => GONE.into(),
                },
            ]
        })
        .collect();
    rows.extend(v.afspraken.iter().map(|a| {
        [
            a.wat.clone(),
            a.wie.map(|w| w.label().to_string()).unwrap_or_default(),
            a.wanneer.map(date_words).unwrap_or_default(),
            yes(a.klaar),
        ]
    }));
    rows
}

/// The done column of an agreed action whose text the plan no longer has.
pub const GONE: &str = "staat niet meer zo in het plan";

fn yes(done: bool) -> String {
    if done { "ja" } else { "nog niet" }.to_string()
}

/// The fields of a record in the order they are read: date, time, leave,
/// costs, the employer's part, work and income, the next date, and how it
/// went only when the employee chose to share it.
pub fn fields(v: &Verslag, for_manager: bool) -> Vec<(&'static str, String)> {
    let mut out = Vec::new();
    let mut put = |label: &'static str, value: Option<String>| {
        if let Some(value) = value.filter(|v| !v.trim().is_empty()) {
            out.push((label, value));
        }
    };
    put("Gesprek gehouden op", v.datum.map(date_words));
    let time = match (v.uren_per_maand, v.verlof_uren) {
        (Some(hours), Some(leave)) => Some(format!("{hours} uur per maand, en {leave} uur verlof")),
        (Some(hours), None) => Some(format!("{hours} uur per maand")),
        (None, Some(leave)) => Some(format!("{leave} uur verlof")),
        (None, None) => None,
    };
    put("Tijd om te leren", time);
    let costs = match (v.kosten_bedrag, v.kosten_door) {
        (Some(amount), Some(by)) => Some(format!("{}, betaald door {}", euro(amount), by.label())),
        (Some(amount), None) => Some(euro(amount)),
        (None, Some(by)) => Some(format!("betaald door {}", by.label())),
        (None, None) => None,
    };
    put("Kosten", costs);
    put("Wat de werkgever doet", v.werkgever_doet.clone());
    put("Werk en inkomen", v.werkzekerheid.clone());
    put("Volgende gesprek", v.volgende_gesprek.map(date_words));
    if v.verloop_delen || !for_manager {
        // On the employee's own view, say who else reads it (a new user
        // feared `show` would be what the manager gets).
        const ONLY_MINE: &str =
            " (alleen voor jou: dit staat niet op het papier voor je leidinggevende)";
        let note = if v.verloop_delen { "" } else { ONLY_MINE };
        put("Hoe het ging", v.verloop.clone().map(|t| t + note));
    }
    out
}

/// "€ 1.250,50", as Dutch writes an amount.
pub fn euro(amount: f64) -> String {
    let cents = (amount * 100.0).round() as i64;
    let (whole, cents) = (cents / 100, cents % 100);
    let grouped = crate::model::plan::thousands(whole.unsigned_abs());
    if cents == 0 {
        format!("€ {grouped}")
    } else {
        format!("€ {grouped},{cents:02}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Verslag;
    use crate::model::plan::verslag_example::{day, recorded};

    #[test]
    fn passed_dates_get_one_kind_sentence_each_and_done_ones_none() {
        let plan = recorded();
        assert!(
            overdue(&plan, day(1, 20)).is_empty(),
            "nothing has passed yet"
        );
        let feb = overdue(&plan, day(2, 10));
        assert_eq!(feb.len(), 1, "{feb:?}");
        assert!(
            feb[0].starts_with("\"Cursus Excel inplannen\" zou klaar zijn op 1 februari 2027.")
        );
        let may = overdue(&plan, day(5, 1));
        assert_eq!(may.len(), 2);
        assert!(may[0].starts_with("Jullie wilden op 15 april 2027 weer praten."));
        // The summary says it all in one short sentence.
        assert_eq!(overdue_in_short(&plan, day(1, 20)), None);
        assert_eq!(
            overdue_in_short(&plan, day(2, 10)).as_deref(),
            Some(
                "1 afspraak is nog niet klaar, terwijl de datum voorbij is. Kijk bij 'Na het \
                 gesprek'."
            )
        );
        assert_eq!(
            overdue_in_short(&plan, day(5, 1)).as_deref(),
            Some(
                "Jullie wilden op 15 april 2027 weer praten, en 1 afspraak is nog niet klaar, \
                 terwijl de datum voorbij is. Kijk bij 'Na het gesprek'."
            )
        );
    }

    #[test]
    fn amounts_are_written_as_dutch_euros() {
        assert_eq!(euro(1250.5), "€ 1.250,50");
        assert_eq!(euro(450.0), "€ 450");
        assert_eq!(euro(0.0), "€ 0");
    }

    #[test]
    fn how_it_went_is_on_the_managers_copy_only_when_shared() {
        let mut v = Verslag {
            verloop: Some("Fijn gesprek, ik voelde me gehoord".into()),
            ..Verslag::default()
        };
        assert!(fields(&v, true).is_empty());
        assert_eq!(fields(&v, false).len(), 1);
        v.verloop_delen = true;
        assert_eq!(fields(&v, true)[0].0, "Hoe het ging");
    }
}
