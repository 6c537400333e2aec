//! Step "Opslaan": where the plan goes, whether it is complete, and the
//! buttons to save, export for the manager, start over or stop.

use crate::model::keyword::Keyword;
use crate::model::plan::Plan;
use crate::model::plan::Status;
use crate::tui::steps::component::{Outcome, StepCtx, View, missing_for_klaar};
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::{ButtonId, Field, FieldKind, Form, FormStep};

/// The last step.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct SaveStep {
    /// Focus.
    pub form: Form,
}

impl FormStep for SaveStep {
    form_state!();

    fn fields(&self, _plan: &Plan) -> Vec<Field> {
        vec![
            Field::button(ButtonId::Save),
            Field::button(ButtonId::Export),
            Field::button(ButtonId::NewSession),
            Field::button(ButtonId::Quit),
        ]
    }

    fn press(&mut self, button: ButtonId, _ctx: &mut StepCtx) -> Outcome {
        match button {
            ButtonId::Save => Outcome::Save,
            ButtonId::Export => Outcome::Export,
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
        let mut lines = vec![format!("Map:     {folder}"), format!("Bestand: {name}")];
        let missing = missing_for_klaar(view.plan, view.catalog());
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
            let names: Vec<&str> = missing.iter().map(|p| field_name(&p.field)).collect();
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
        lines
    }

    fn explanation(&self, _view: &View, field: Field, _row: usize) -> String {
        match field.kind {
            FieldKind::Button(ButtonId::Save) => "kwadrant zet je plan in de map hierboven. \
                 Let op: iedereen die deze computer met hetzelfde account gebruikt, kan het \
                 openen.\n\nNeem je plan mee, bijvoorbeeld op een USB-stick of per mail aan \
                 jezelf. Vraag je coach om het daarna van deze computer te wissen."
                .into(),
            FieldKind::Button(ButtonId::Export) => "Maakt een pagina om te printen voor je \
                 leidinggevende, naast je plan."
                .into(),
            FieldKind::Button(ButtonId::NewSession) => "Wist alles van het scherm, zodat de \
                 volgende persoon opnieuw begint. Sla eerst op!"
                .into(),
            _ => String::new(),
        }
    }

    fn help(&self, _view: &View) -> String {
        "Sla je plan op. Sla je hier op en is alles ingevuld wat nodig is, dan krijgt je plan \
         de status 'klaar'.\n\n\
         'Nieuwe sessie' wist alles van het scherm voor de volgende persoon."
            .into()
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
        assert!(shown.contains("Map:     /plannen"), "{shown}");
        assert!(shown.contains("Nog nodig voor een compleet plan: je functie"));
        assert!(shown.contains("› [ Plan opslaan als concept ]"));
        h.keys(&["Enter"]);
        assert_eq!(h.last, Outcome::Save);
        h.assert_footer_is_honest();
    }

    #[test]
    fn the_buttons_ask_the_app_for_export_new_session_and_quit() {
        let mut h = Harness::new(SaveStep::default());
        h.keys(&["Down", "Enter", "Down", "Enter", "Down", "Enter"]);
        assert_eq!(
            h.outcomes,
            vec![Outcome::Export, Outcome::NewSession, Outcome::Quit]
        );
    }
}
