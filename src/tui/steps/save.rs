//! Step "Opslaan": where the plan goes, whether it is complete, and the
//! buttons to save, export for the manager, start over or stop.

use crossterm::event::KeyCode;

use crate::model::keyword::Keyword;
use crate::model::plan::Plan;
use crate::model::plan::{Status, Termijn};
use crate::report::text::dutch_date;
use crate::tui::keys::{Binding, hint, key};
use crate::tui::msg::Msg;
use crate::tui::steps::Step;
use crate::tui::steps::component::{Outcome, StepCtx, View, missing_for_klaar};
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::{ButtonId, Field, FieldKind, Form, FormStep};

/// The last step.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SaveStep {
    /// Focus.
    pub form: Form,
}

/// 1 to 7: back to a step from the overview, 8: after the conversation
/// (after the buttons' keys).
static GO_TO_STEP: &[Binding] = &[
    hint(KeyCode::Char('1'), Msg::Answer(1), "1-8", "naar een stap"),
    key(KeyCode::Char('2'), Msg::Answer(2)),
    key(KeyCode::Char('3'), Msg::Answer(3)),
    key(KeyCode::Char('4'), Msg::Answer(4)),
    key(KeyCode::Char('5'), Msg::Answer(5)),
    key(KeyCode::Char('6'), Msg::Answer(6)),
    key(KeyCode::Char('7'), Msg::Answer(7)),
    key(KeyCode::Char('8'), Msg::Answer(8)),
];

/// The whole plan in a few lines, before it is saved (issue #9): where the
/// work stands, the direction, the actions and the conversation.
fn overview(plan: &Plan) -> Vec<String> {
    let place = crate::tui::dialog::place_of(plan);
    let direction = match (plan.richting.keuze, plan.richting.doelfunctie.as_deref()) {
        (None, _) => "nog niet gekozen".to_string(),
        (Some(keuze), Some(doel)) if !doel.trim().is_empty() => {
            format!("{}, naar {doel}", keuze.label())
        }
        (Some(keuze), _) => keuze.label().to_string(),
    };
    let now = plan
        .acties
        .iter()
        .filter(|a| a.termijn == Termijn::ALL[0])
        .count();
    let done = plan.acties.iter().filter(|a| a.klaar).count();
    let actions = format!(
        "{} ({now} nu, {} over twee jaar), {done} klaar",
        plan.acties.len(),
        plan.acties.len() - now
    );
    let talk = match (&plan.gesprek.leidinggevende, &plan.gesprek.datum) {
        _ if plan.besproken() => "besproken, de afspraken staan in je plan".to_string(),
        _ if plan.open_record().is_some() => {
            "de afspraken staan in je plan, maar zijn nog niet vastgelegd".to_string()
        }
        (Some(who), Some(at)) => format!("met {who} op {}", dutch_date(at)),
        (Some(who), None) => format!("met {who}, nog zonder datum"),
        (None, Some(at)) => format!("op {}", dutch_date(at)),
        (None, None) => "nog niet gepland".to_string(),
    };
    let mut lines = vec![format!("Plek:     {place}")];
    if !plan.taken.is_empty() {
        let from = if plan.positie.methode == Some(crate::model::plan::Methode::Taken) {
            ", de plek komt uit je taken"
        } else {
            ""
        };
        lines.push(format!(
            "Taken:    {}{from}",
            crate::report::text::count_tasks(plan.taken.len())
        ));
    }
    lines.extend([
        format!("Richting: {direction}"),
        format!("Acties:   {actions}"),
        format!("Gesprek:  {talk}"),
    ]);
    lines
}

/// How to go back to a step from the overview.
const GO_BACK: &str = "Iets veranderen? Druk 1 Over jou, 2 Werk, 3 Taken, 4 Plek, 5 Richting, 6 Plan, 7 Gesprek \
     of 8 Na het gesprek.";

impl FormStep for SaveStep {
    form_state!();

    fn extra_keys(&self) -> &'static [Binding] {
        GO_TO_STEP
    }

    fn other(&mut self, msg: Msg, _ctx: &mut StepCtx) -> Outcome {
        match msg {
            Msg::Answer(8) => Outcome::GoTo(Step::Record),
            Msg::Answer(n) => Step::ALL
                .get(usize::from(n))
                .filter(|s| **s != Step::Save)
                .map_or(Outcome::Stay, |s| Outcome::GoTo(*s)),
            _ => Outcome::Stay,
        }
    }

    fn fields(&self, _plan: &Plan) -> Vec<Field> {
        vec![
            Field::button(ButtonId::Save),
            Field::button(ButtonId::Export),
            Field::button(ButtonId::Record),
            Field::button(ButtonId::NewSession),
            Field::button(ButtonId::Quit),
        ]
    }

    fn press(&mut self, button: ButtonId, _ctx: &mut StepCtx) -> Outcome {
        match button {
            ButtonId::Save => Outcome::Save,
            ButtonId::Export => Outcome::Export,
            ButtonId::Record => Outcome::GoTo(Step::Record),
            ButtonId::NewSession => Outcome::NewSession,
            ButtonId::Quit => Outcome::Quit,
            _ => Outcome::Stay,
        }
    }

    fn button_label(&self, view: &View, id: ButtonId) -> String {
        match id {
            ButtonId::Save => format!("Plan opslaan als {}", view.status().id()),
            _ => crate::tui::steps::form::button_label(id).into(),
        }
    }

    fn intro(&self, view: &View) -> Vec<String> {
        let shared = view.shared;
        let (folder, name) = match shared.file {
            Some(file) => (
                file.parent()
                    .map(|p| p.display().to_string())
                    .unwrap_or_default(),
                file.file_name()
                    .unwrap_or_default()
                    .to_string_lossy()
                    .to_string(),
            ),
            None => (
                shared.dir.display().to_string(),
                shared.default_file_name(view.plan),
            ),
        };
        let mut lines = overview(view.plan);
        // Agreed dates that have passed, kindly (issue 19).
        if let Some(today) = crate::report::history::parse_day(shared.today) {
            lines.extend(crate::report::agreements::overdue_in_short(
                view.plan, today,
            ));
        }
        lines.push(format!("Map:      {folder}"));
        lines.push(format!("Bestand:  {name}"));
        let missing = missing_for_klaar(view.plan);
        let unstored = view.unstored();
        if !unstored.is_empty() {
            lines.push(format!(
                "Dit klopt nog niet en kan niet worden opgeslagen: {}. Ga met Esc terug om \
                 het te verbeteren, of sla je plan nu op als concept.",
                unstored.join(", ")
            ));
        } else if view.status() == Status::Klaar && !view.dirty && shared.file.is_some() {
            lines.push("Je hebt dit plan opgeslagen als 'klaar'.".into());
        } else if missing.is_empty() {
            lines.push(
                "Alles wat nodig is, is ingevuld. kwadrant slaat je plan op als 'klaar'.".into(),
            );
        } else {
            let mut names: Vec<&str> = Vec::new();
            for name in missing.iter().map(|p| field_name(&p.field)) {
                // Several problems can be about one thing ("je plek").
                if !names.contains(&name) {
                    names.push(name);
                }
            }
            lines.push(format!(
                "Nog nodig voor een compleet plan: {}. Je kunt het ook nu als concept opslaan.",
                names.join(", ")
            ));
        }
        if missing.is_empty() && view.plan.acties.is_empty() {
            lines.push(
                "Er staan nog geen acties in je plan. Die kun je bij 'Jouw plan' toevoegen.".into(),
            );
        }
        lines.push(GO_BACK.into());
        lines
    }

    fn explanation(&self, _view: &View, field: Field, _row: usize) -> String {
        match field.kind {
            // "Neem het mee" left a new user asking how, and who wipes it.
            FieldKind::Button(ButtonId::Save) => "Na jou kan een ander hier je plan \
                 openen. Zet het op een usb-stick of mail het naar jezelf. Vraag je coach het \
                 hier te wissen."
                .into(),
            FieldKind::Button(ButtonId::Export) => "Maakt een pagina om te printen voor je \
                 leidinggevende, naast je plan."
                .into(),
            FieldKind::Button(ButtonId::Record) => "Hebben jullie je plan besproken? Schrijf \
                 hier op wat jullie afspraken. Dat kan ook weken later: open dan je plan en \
                 kies deze knop."
                .into(),
            FieldKind::Button(ButtonId::NewSession) => "Wist alles van het scherm, zodat de \
                 volgende persoon opnieuw begint. Sla eerst op!"
                .into(),
            _ => String::new(),
        }
    }

    fn help(&self, _view: &View) -> String {
        format!(
            "Bovenaan zie je je plan in het kort. {GO_BACK}\n\nSla je plan op. Sla je hier op \
             en is alles ingevuld wat nodig is, dan krijgt je plan de status 'klaar'.\n\n\
             'Nieuwe sessie' wist alles van het scherm voor de volgende persoon."
        )
    }
}

/// A plan field as the employee knows it.
fn field_name(path: &str) -> &'static str {
    match path {
        "medewerker.functie" => "je functie",
        "positie.soort_werk" => "soort werk",
        "positie.methode" | "positie.sociaal" | "positie.creativiteit" => "je plek",
        "richting.keuze" => "je richting",
        _ => "een veld",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tui::steps::testing::Harness;

    #[test]
    fn an_incomplete_plan_says_what_is_missing_and_saves_as_concept() {
        let mut h = Harness::new(SaveStep::default());
        let shown = h.screen();
        assert!(shown.contains("Map:      /plannen"), "{shown}");
        assert!(shown.contains("Nog nodig voor een compleet plan: je functie"));
        assert!(shown.contains("› [ Plan opslaan als concept ]"));
        h.keys(&["Enter"]);
        assert_eq!(h.last, Outcome::Save);
        h.assert_footer_is_honest();
    }

    #[test]
    fn the_overview_shows_the_whole_plan_and_a_number_goes_back_to_its_step() {
        let fixture = std::path::Path::new("tests/fixtures/volledig.toml");
        let plan = crate::plan_file::load(fixture).unwrap();
        let mut h = Harness::with_plan(SaveStep::default(), plan);
        let shown = h.screen();
        for line in [
            "Plek:     Vaste stappen (Danger zone)",
            "Richting: Reskilling: overstappen naar ander werk, naar Inkoopmedewerker",
            "Acties:   4 (2 nu, 2 over twee jaar), 1 klaar",
            "Gesprek:  met Karin Jansen op 15 december 2026",
        ] {
            assert!(shown.contains(line), "{line}:\n{shown}");
        }
        for (key, step) in [
            ("1", Step::About),
            ("3", Step::Tasks),
            ("4", Step::Position),
            ("7", Step::Conversation),
        ] {
            h.keys(&[key]);
            assert_eq!(h.last, Outcome::GoTo(step), "{key}");
        }
        h.assert_footer_is_honest();
    }

    #[test]
    fn a_discussed_plan_says_so_and_kindly_names_a_date_that_has_passed() {
        // The harness runs on 2026-11-23; the next talk was planned a week before.
        let mut plan =
            crate::plan_file::load(std::path::Path::new("tests/fixtures/volledig.toml")).unwrap();
        plan.verslagen.push(crate::model::plan::Verslag {
            volgende_gesprek: crate::report::history::parse_day("2026-11-16"),
            vastgelegd: true,
            ..Default::default()
        });
        let h = Harness::with_plan(SaveStep::default(), plan);
        let shown = h.screen_at(100, 30);
        assert!(
            shown.contains("Gesprek:  besproken, de afspraken staan in je plan"),
            "{shown}"
        );
        assert!(
            shown.contains("Jullie wilden op 16 november 2026 weer praten."),
            "{shown}"
        );
    }

    #[test]
    fn a_full_discussed_plan_with_passed_dates_reads_whole_at_80x24() {
        // The full plan of the tests with its record, and eight tasks.
        let text = std::fs::read_to_string("tests/fixtures/volledig.toml").unwrap()
            + &std::fs::read_to_string("tests/fixtures/verslag.toml").unwrap();
        let mut plan = crate::plan_file::parse(text.as_bytes()).unwrap();
        let task = crate::model::plan::Taak {
            tekst: "Controleren".into(),
            procent_nu: 12,
            procent_straks: 12,
            kern: false,
            kleur: crate::model::plan::Kleur::Geen,
            sociaal: 3.0,
            creativiteit: 2.0,
            bron: "eigen".into(),
        };
        plan.taken = vec![task; 8];
        plan.taken[0].procent_nu = 16;
        plan.taken[0].procent_straks = 16;
        let mut h = Harness::with_plan(SaveStep::default(), plan);
        // The harness's day is before the record's dates: move it past them.
        h.today = "2027-05-01";
        let shown = h.screen();
        for must in [
            "Jullie wilden op 15 maart 2027 weer praten, en 2 afspraken",
            "Kijk bij 'Na het gesprek'.",
            "8 Na het gesprek.",
            "[ Stoppen ]",
            "usb-stick",
            "│ het hier te wissen.",
        ] {
            assert!(shown.contains(must), "{must}:\n{shown}");
        }
    }

    #[test]
    fn only_enter_presses_a_button_not_a_space_typed_by_mistake() {
        let mut h = Harness::new(SaveStep::default());
        h.send(Msg::Toggle);
        assert_eq!(h.last, Outcome::Stay);
        h.keys(&["Enter"]);
        assert_eq!(h.last, Outcome::Save);
    }

    #[test]
    fn the_buttons_ask_the_app_for_export_the_record_new_session_and_quit() {
        let mut h = Harness::new(SaveStep::default());
        h.keys(&[
            "Down", "Enter", "Down", "Enter", "Down", "Enter", "Down", "Enter",
        ]);
        h.keys(&["8"]);
        assert_eq!(
            h.outcomes,
            vec![
                Outcome::Export,
                Outcome::GoTo(Step::Record),
                Outcome::NewSession,
                Outcome::Quit,
                Outcome::GoTo(Step::Record)
            ]
        );
    }
}
