//! Step "Het gesprek": the manager's name, the date of the conversation and
//! what the employee needs from the manager.

use toml::value::Datetime;

use crate::model::plan::Plan;
use crate::tui::steps::component::View;
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::{ButtonId, Field, FieldKind, Form, FormStep, TextId};

/// The form about the conversation.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct ConversationStep {
    /// Focus and cursor.
    pub form: Form,
    /// The date as typed; the plan holds it only when it is a real date.
    pub date_text: String,
}

impl ConversationStep {
    /// Whether the typed date cannot be read.
    pub fn date_is_invalid(&self) -> bool {
        !self.date_text.trim().is_empty() && parse_dutch_date(&self.date_text).is_none()
    }
}

impl FormStep for ConversationStep {
    form_state!();

    fn fields(&self, _plan: &Plan) -> Vec<Field> {
        vec![
            Field::text("Wie is je leidinggevende?", TextId::Leidinggevende),
            Field::text("Wanneer is het gesprek? (zoals 15-12-2026)", TextId::Datum),
            Field::text("Wat heb je nodig van je leidinggevende?", TextId::Nodig),
            Field::button(ButtonId::Next),
        ]
    }

    fn text(&self, plan: &Plan, id: TextId) -> String {
        match id {
            TextId::Datum => self.date_text.clone(),
            _ => id.read(plan),
        }
    }

    fn set_text(&mut self, plan: &mut Plan, id: TextId, value: String) {
        match id {
            TextId::Datum => {
                plan.gesprek.datum = parse_dutch_date(&value);
                self.date_text = value;
            }
            _ => id.write(plan, value),
        }
    }

    fn unstored(&self) -> Option<String> {
        self.date_is_invalid()
            .then(|| format!("de datum van het gesprek ({})", self.date_text.trim()))
    }

    fn problem(&self, id: TextId) -> Option<String> {
        if id != TextId::Datum || !self.date_is_invalid() {
            return None;
        }
        Some(if looks_like_a_date(&self.date_text) {
            "Deze datum bestaat niet. Kijk of de dag en de maand kloppen.".into()
        } else {
            "Deze datum klopt niet. Typ zo: 15-12-2026".into()
        })
    }

    fn opened(&mut self, plan: &Plan) {
        self.date_text = plan
            .gesprek
            .datum
            .and_then(|d| d.date)
            .map(|d| format!("{:02}-{:02}-{}", d.day, d.month, d.year))
            .unwrap_or_default();
    }

    fn intro(&self, _view: &View) -> Vec<String> {
        vec!["Je bespreekt je plan met je leidinggevende. Vul in wat je al weet.".into()]
    }

    fn explanation(&self, _view: &View, field: Field, _row: usize) -> String {
        match field.kind {
            FieldKind::Text(TextId::Leidinggevende) => {
                "De naam van je leidinggevende. Die leest je plan en praat er met je over.".into()
            }
            FieldKind::Text(TextId::Datum) => {
                "Typ de datum zo: dag-maand-jaar, bijvoorbeeld 15-12-2026.".into()
            }
            FieldKind::Text(TextId::Nodig) => "Bijvoorbeeld: tijd om te leren, een cursus of een \
                 collega die helpt."
                .into(),
            _ => String::new(),
        }
    }

    fn help(&self, _view: &View) -> String {
        "Vul in met wie en wanneer je je plan bespreekt, en wat je \
         nodig hebt. Je mag dit later aanvullen."
            .into()
    }
}

/// Whether `text` is written as a date (day, month and a year of four
/// digits, in either order), whether or not that day exists.
pub(crate) fn looks_like_a_date(text: &str) -> bool {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let numbers = parts
        .iter()
        .all(|p| !p.is_empty() && p.len() <= 4 && p.chars().all(|c| c.is_ascii_digit()));
    numbers && parts.len() == 3 && (parts[0].len() == 4 || parts[2].len() == 4)
}

/// Reads a date as people type it: 15-12-2026, 15/12/2026, 15.12.2026 or
/// 2026-12-15. Returns a TOML local date, or `None` if it is not a real date.
pub fn parse_dutch_date(text: &str) -> Option<Datetime> {
    let parts: Vec<&str> = text.trim().split(['-', '/', '.']).collect();
    let [a, b, c] = parts.as_slice() else {
        return None;
    };
    let (y, m, d) = if a.len() == 4 { (a, b, c) } else { (c, b, a) };
    if y.len() != 4 {
        return None;
    }
    let (year, month, day): (i16, i8, i8) = (y.parse().ok()?, m.parse().ok()?, d.parse().ok()?);
    jiff::civil::Date::new(year, month, day).ok()?;
    Some(Datetime {
        date: Some(toml::value::Date {
            year: u16::try_from(year).ok()?,
            month: u8::try_from(month).ok()?,
            day: u8::try_from(day).ok()?,
        }),
        time: None,
        offset: None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::steps::testing::Harness;

    #[test]
    fn a_real_date_is_stored_and_a_wrong_one_is_marked() {
        let mut h = Harness::new(ConversationStep::default());
        h.keys(&["Karin", "Enter", "15-12-2026"]);
        assert_eq!(h.plan.gesprek.leidinggevende.as_deref(), Some("Karin"));
        assert_eq!(
            h.plan.gesprek.datum,
            Some("2026-12-15".parse().unwrap()),
            "stored as a TOML date"
        );
        h.send(crate::tui::msg::Msg::Edit(crate::tui::msg::EditKey::Clear));
        h.keys(&["31-02-2026"]);
        assert_eq!(h.plan.gesprek.datum, None);
        assert!(
            h.screen().contains("! Deze datum bestaat niet"),
            "{}",
            h.screen()
        );
        assert_eq!(
            h.step.unstored().as_deref(),
            Some("de datum van het gesprek (31-02-2026)")
        );
        // Enter on a date that does not exist keeps the cursor on it; Tab
        // still moves on.
        h.keys(&["Enter"]);
        assert_eq!(h.step.form.focus.field, 1, "Enter stays on a wrong date");
        h.keys(&["Tab"]);
        assert_eq!(h.step.form.focus.field, 2, "Tab moves on");
        h.keys(&["BTab"]);
        h.send(crate::tui::msg::Msg::Edit(crate::tui::msg::EditKey::Clear));
        h.keys(&["morgen"]);
        assert!(
            h.screen()
                .contains("! Deze datum klopt niet. Typ zo: 15-12-2026")
        );
        h.assert_footer_is_honest();
    }

    #[test]
    fn dates_are_read_in_the_ways_people_write_them() {
        for text in ["15-12-2026", "15/12/2026", "15.12.2026", "2026-12-15"] {
            assert_eq!(
                parse_dutch_date(text),
                Some("2026-12-15".parse().unwrap()),
                "{text}"
            );
        }
        for text in ["31-02-2026", "1-1-26", "morgen", ""] {
            assert_eq!(parse_dutch_date(text), None, "{text}");
        }
        assert!(parse_dutch_date("29-02-2028").is_some());
    }

    #[test]
    fn an_opened_plan_shows_its_date_the_dutch_way() {
        let mut step = ConversationStep::default();
        let mut plan = Plan::default();
        plan.gesprek.datum = Some("2026-12-05".parse().unwrap());
        FormStep::opened(&mut step, &plan);
        assert_eq!(step.date_text, "05-12-2026");
    }
}
