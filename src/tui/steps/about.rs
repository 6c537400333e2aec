//! Step "Over jou": name, job, department, municipality and the kind of work.

use crate::model::catalog::{Catalog, JobTable};
use crate::model::plan::Plan;
use crate::tui::steps::component::View;
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::{ButtonId, ChoiceId, Field, FieldKind, Form, FormStep, TextId};

/// The form about the employee.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct AboutStep {
    /// Focus and cursor.
    pub form: Form,
}

impl FormStep for AboutStep {
    form_state!();

    fn fields(&self, _plan: &Plan) -> Vec<Field> {
        vec![
            Field::text("Wat is je naam? (mag leeg blijven)", TextId::Naam),
            Field::text("Wat is je functie?", TextId::Functie),
            Field::text("Op welke afdeling werk je?", TextId::Afdeling),
            Field::text(
                "Bij welke gemeente werk je? (mag leeg blijven)",
                TextId::Gemeente,
            ),
            Field::choice("Wat voor werk doe je vooral?", ChoiceId::SoortWerk),
            Field::button(ButtonId::Next),
        ]
    }

    fn pool(&self, id: TextId, catalog: &'static Catalog) -> Vec<&'static str> {
        match id {
            // Also the other names a job is known by: typing "subsidie"
            // finds the subsidy officer (a new user did not think of
            // "beleidsuitvoering").
            TextId::Functie => catalog
                .jobs_in(JobTable::Gemeente)
                .flat_map(|j| {
                    std::iter::once(j.naam.as_str()).chain(j.ook.iter().map(String::as_str))
                })
                .collect(),
            TextId::Afdeling => catalog.departments.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        }
    }

    fn intro(&self, _view: &View) -> Vec<String> {
        vec!["Vertel kort wie je bent. Dit komt bovenaan je plan.".into()]
    }

    fn explanation(&self, _view: &View, field: Field, _row: usize) -> String {
        match field.kind {
            FieldKind::Text(TextId::Naam) => "Je naam staat bovenaan je plan en in de naam van \
                 het bestand. Je mag het ook leeg laten."
                .into(),
            FieldKind::Text(TextId::Functie) => "Typ je functie. Onder het vak zie je functies \
                 van gemeenten. Kies er een met ↓ en Enter, of houd je eigen woorden."
                .into(),
            FieldKind::Text(TextId::Afdeling) => "Typ je afdeling, bijvoorbeeld Burgerzaken. \
                 Onder het vak zie je afdelingen van gemeenten."
                .into(),
            FieldKind::Choice(ChoiceId::SoortWerk) => "Denkwerk doe je vooral met je hoofd, op \
                 kantoor of aan de balie. Fysiek werk doe je vooral met je handen, buiten of in \
                 een gebouw. Bij fysiek werk gaan de vragen over je werk ook over vakmanschap en \
                 handigheid."
                .into(),
            _ => String::new(),
        }
    }

    fn help(&self, _view: &View) -> String {
        "Vul je functie en je afdeling in. Onder het vak verschijnen \
         voorbeelden; kies er een met ↓ en Enter, of typ zelf.\n\n\
         Je naam en gemeente mogen leeg blijven."
            .into()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::SoortWerk;
    use crate::tui::steps::component::Outcome;
    use crate::tui::steps::form::FormFocus;
    use crate::tui::steps::testing::Harness;

    #[test]
    fn typing_fills_the_plan_and_a_suggestion_can_be_picked() {
        let mut h = Harness::new(AboutStep::default());
        h.keys(&["Sanne", "Tab", "admin"]);
        assert_eq!(h.plan.medewerker.naam.as_deref(), Some("Sanne"));
        assert!(h.screen().contains("↳ Administratief medewerker"));
        h.keys(&["Down", "Enter"]);
        assert_eq!(
            h.plan.medewerker.functie.as_deref(),
            Some("Administratief medewerker")
        );
        assert_eq!(h.step.form.focus, FormFocus { field: 2, row: 0 });
    }

    #[test]
    fn another_name_of_a_job_is_suggested_and_finds_that_job() {
        let mut h = Harness::new(AboutStep::default());
        h.keys(&["Tab", "subsidie"]);
        assert!(
            h.screen().contains("↳ Medewerker subsidies"),
            "{}",
            h.screen()
        );
        h.keys(&["Down", "Enter"]);
        let typed = h.plan.medewerker.functie.clone().unwrap();
        let job = Catalog::active().municipal_job(&typed).unwrap();
        assert_eq!(job.naam, "Medewerker beleidsuitvoering");
    }

    #[test]
    fn the_kind_of_work_is_a_choice_and_next_moves_on() {
        let mut h = Harness::new(AboutStep::default());
        h.keys(&["Tab", "Tab", "Tab", "Tab", "Down", "Space"]);
        assert_eq!(h.plan.positie.soort_werk, Some(SoortWerk::Fysiek));
        assert!(h.screen().contains("› (•) Vooral werk met je handen"));
        h.assert_footer_is_honest();
        h.keys(&["Tab", "Enter"]);
        assert_eq!(h.last, Outcome::Next);
    }

    #[test]
    fn emptying_a_field_leaves_it_absent() {
        let mut h = Harness::new(AboutStep::default());
        h.keys(&["ab", "Left", "x"]);
        assert_eq!(h.plan.medewerker.naam.as_deref(), Some("axb"));
        h.send(crate::tui::msg::Msg::Edit(crate::tui::msg::EditKey::Clear));
        assert_eq!(h.plan.medewerker.naam, None);
    }
}
