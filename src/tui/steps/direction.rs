//! Step "Jouw richting": upskilling or reskilling, a target job, the digital
//! level now and in two years (Tabel 3.10), the job tools to discuss and the
//! three BijBlijven questions.

use crate::model::catalog::{Catalog, JobTable};
use crate::tui::steps::component::View;
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::{
    ButtonId, ChoiceId, Field, FieldKind, Form, FormStep, TextId, tool_options,
};

/// New roles from §3.4, offered as target jobs beside Tabel 3.4.
const NEW_ROLES: [&str; 7] = [
    "Inkoopmedewerker",
    "Chatbotspecialist",
    "Data-analist",
    "Contentregisseur",
    "Communitymanager",
    "Verbinder",
    "Programmeur",
];

/// The form about the direction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DirectionStep {
    /// Focus and cursor.
    pub form: Form,
}

impl FormStep for DirectionStep {
    form_state!();

    fn fields(&self) -> Vec<Field> {
        vec![
            Field::choice("Welke kant wil je op?", ChoiceId::Keuze),
            Field::text(
                "Naar welke functie wil je? (bij reskilling)",
                TextId::Doelfunctie,
            ),
            Field::choice(
                "Hoe goed ben je nu met computers en apps?",
                ChoiceId::DigitaalNu,
            ),
            Field::choice(
                "Wat is over twee jaar nodig in je werk?",
                ChoiceId::DigitaalLater,
            ),
            Field {
                label: "Wat wil je bespreken? (kies er zoveel je wilt)",
                kind: FieldKind::Tools,
            },
            Field::text("Wat vind je leuk in je werk?", TextId::Leuk),
            Field::text("Waar ben je goed in?", TextId::GoedIn),
            Field::text("Hoe leer je graag?", TextId::Leervorm),
            Field::button(ButtonId::Next),
        ]
    }

    fn pool(&self, id: TextId, catalog: &'static Catalog) -> Vec<&'static str> {
        match id {
            TextId::Doelfunctie => catalog
                .jobs_in(JobTable::Gemeente)
                .map(|j| j.naam.as_str())
                .chain(NEW_ROLES.iter().copied())
                .collect(),
            _ => Vec::new(),
        }
    }

    fn intro(&self, _view: &View) -> Vec<String> {
        vec!["Welke kant wil je op? Er is geen goed of fout antwoord.".into()]
    }

    fn explanation(&self, view: &View, field: Field, row: usize) -> String {
        match field.kind {
            FieldKind::Text(TextId::Doelfunctie) => "Bij reskilling stap je over naar ander \
                 werk. Voorbeelden: inkoopmedewerker, chatbotspecialist, data-analist of \
                 contentregisseur."
                .into(),
            FieldKind::Text(TextId::Leuk) => "Denk aan momenten waarop je werk je energie \
                 geeft. Bijvoorbeeld: inwoners helpen, puzzelen, samenwerken."
                .into(),
            FieldKind::Text(TextId::GoedIn) => "Wat zeggen collega's dat je goed kunt? \
                 Bijvoorbeeld: nauwkeurig werken, rustig blijven, uitleggen."
                .into(),
            FieldKind::Text(TextId::Leervorm) => "Bijvoorbeeld: samen met collega's, een \
                 cursus, zelf uitproberen, lezen of met een mentor."
                .into(),
            FieldKind::Choice(ChoiceId::Keuze) => "Upskilling: je leert nieuwe dingen voor je \
                 eigen functie.\n\nReskilling: je leert voor ander werk, in een andere \
                 functie.\n\nWeet je het nog niet? Dat mag."
                .into(),
            FieldKind::Choice(ChoiceId::DigitaalNu | ChoiceId::DigitaalLater) => {
                digital_level(view.catalog(), row)
            }
            FieldKind::Tools => match tool_options().get(row) {
                Some(tool) => format!(
                    "{}\n\nDit is baangereedschap (Tabel 3.14): manieren om je werk anders in \
                     te richten. Kies wat je wilt bespreken.",
                    tool.label()
                ),
                None => String::new(),
            },
            _ => String::new(),
        }
    }

    fn help(&self, _view: &View) -> String {
        "Kies of je wilt groeien in je eigen functie (upskilling) of wilt \
         overstappen naar ander werk (reskilling). Kies ook je digitale niveau nu en wat \
         over twee jaar nodig is. Rechts zie je wat elk niveau betekent."
            .into()
    }
}

/// What a digital level means, with its "can do" statements.
fn digital_level(catalog: &Catalog, row: usize) -> String {
    let Some(level) = catalog.digital_level(row as i64) else {
        return String::new();
    };
    let mut text = format!(
        "Niveau {} {}\n{}\n",
        level.niveau, level.naam, level.omschrijving
    );
    for can in &level.kan {
        text.push_str(&format!("\n• {can}"));
    }
    text.push_str("\n\n(Tabel 3.10)");
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::keyword::Keyword;
    use crate::model::plan::{Baangereedschap, Keuze};
    use crate::tui::steps::testing::Harness;

    #[test]
    fn choices_tools_and_a_new_role_end_up_in_the_plan() {
        let mut h = Harness::new(DirectionStep::default());
        h.keys(&["Down", "Enter", "Data", "Down", "Enter"]);
        assert_eq!(h.plan.richting.keuze, Some(Keuze::ALL[1]));
        assert_eq!(h.plan.richting.doelfunctie.as_deref(), Some("Data-analist"));
        h.keys(&["Down", "Down", "Enter"]);
        assert_eq!(h.plan.richting.digitaal_nu, Some(2));
        h.keys(&["Tab", "Down", "Space"]);
        assert_eq!(
            h.plan.richting.baangereedschap,
            vec![Baangereedschap::ALL[1]]
        );
        h.assert_footer_is_honest();
    }

    #[test]
    fn the_explanation_shows_what_a_digital_level_means() {
        let mut h = Harness::new(DirectionStep::default());
        h.keys(&["Tab", "Tab", "Down"]);
        assert!(h.screen().contains("Niveau 1"), "{}", h.screen());
    }
}
