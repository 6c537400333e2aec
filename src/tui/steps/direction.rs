//! Step "Jouw richting": upskilling or reskilling, a target job, the digital
//! level now and in two years (Tabel 3.10), the job tools to discuss and the
//! three BijBlijven questions.

use crate::model::catalog::{Catalog, JobTable};
use crate::model::plan::{Keuze, Plan};
use crate::tui::steps::component::{StepCtx, View};
use crate::tui::steps::form::engine::form_state;
use crate::tui::steps::form::{
    ButtonId, ChecksId, ChoiceId, Field, FieldKind, Form, FormStep, TextId, tool_options,
};

/// Target jobs offered beside Tabel 3.4: first the ones close by that the
/// study names (§3.2, §3.5 case Burgerzaken), then the new roles of §3.2.
const NEW_ROLES: [&str; 9] = [
    "Inkoopmedewerker",
    "Medewerker identiteitsvaststelling",
    "Medewerker adresonderzoek en huisbezoek",
    "Contentregisseur",
    "Communitymanager",
    "Verbinder",
    "Chatbotspecialist",
    "Data-analist",
    "Programmeur",
];

/// The form about the direction.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DirectionStep {
    /// Focus and cursor.
    pub form: Form,
    /// The job tools were pre-filled from the tasks once; after that the
    /// person's own choice stands, also when it is none.
    pub prefilled: bool,
}

impl FormStep for DirectionStep {
    form_state!();

    /// The job tools the tasks show (handing over, dividing time
    /// differently, new tasks) are ticked when none is chosen yet.
    fn entered(&mut self, ctx: &mut StepCtx) {
        if self.prefilled || !ctx.plan.richting.baangereedschap.is_empty() {
            return;
        }
        let tools = crate::model::tasks::tools_shown(&ctx.plan.taken);
        if tools.is_empty() {
            return;
        }
        self.prefilled = true;
        ctx.plan.richting.baangereedschap = tools;
        ctx.info(
            "Bij de manieren om je werk te veranderen staat al aangevinkt wat je met je taken \
             deed. Je kunt dit veranderen.",
        );
    }

    fn fields(&self, plan: &Plan) -> Vec<Field> {
        let mut fields = vec![Field::choice("Welke kant wil je op?", ChoiceId::Keuze)];
        // A target job belongs to a move, not to growing in the own job.
        if matches!(
            plan.richting.keuze,
            Some(Keuze::Reskilling | Keuze::NogOpen)
        ) {
            fields.push(Field::text(
                "Naar welke functie wil je misschien?",
                TextId::Doelfunctie,
            ));
        }
        fields.extend([
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
                kind: FieldKind::Checks(ChecksId::Tools),
            },
            Field::text("Wat vind je leuk in je werk?", TextId::Leuk),
            Field::text("Waar ben je goed in?", TextId::GoedIn),
            Field::text("Hoe leer je graag?", TextId::Leervorm),
            Field::text(
                "Welke houding helpt jou om bij te blijven?",
                TextId::Houding,
            ),
            Field::text(
                "Wat betekent dit voor je keuzes in je werk?",
                TextId::Keuzes,
            ),
            Field::button(ButtonId::Next),
        ]);
        fields
    }

    fn chosen(&mut self, id: ChoiceId, ctx: &mut StepCtx) {
        let r = &mut ctx.plan.richting;
        if id == ChoiceId::Keuze
            && r.keuze == Some(Keuze::Upskilling)
            && let Some(target) = r.doelfunctie.take()
        {
            ctx.info(format!(
                "Bij upskilling blijf je in je eigen functie. Daarom is '{target}' weggehaald."
            ));
        }
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
                 werk. Een voorbeeld dichtbij: inkoopmedewerker. Ook dan leer je meestal iets \
                 nieuws. Typ een functie, of laat het leeg."
                .into(),
            FieldKind::Text(TextId::Houding) => "Bijvoorbeeld: nieuwsgierig zijn, hulp durven \
                 vragen, of iets nieuws uitproberen."
                .into(),
            FieldKind::Text(TextId::Keuzes) => "Kijk naar wat je hierboven schreef. Welke \
                 keuze past daarbij? Bijvoorbeeld: meer doen van wat je goed kunt."
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
            FieldKind::Checks(ChecksId::Tools) => match tool_options().get(row) {
                Some(tool) => format!(
                    "{}\n\n{}\n\nKies wat je met je leidinggevende wilt bespreken.",
                    tool.label(),
                    tool.example()
                ),
                None => String::new(),
            },
            _ => String::new(),
        }
    }

    fn help(&self, _view: &View) -> String {
        "Wil je groeien in je eigen functie (upskilling)? Of wil je naar ander werk \
         (reskilling)? Kies wat bij je past, of 'Nog niet besloten'.\n\nKies ook hoe goed \
         je nu met computers bent, en wat over twee jaar nodig is. Rechts zie je wat elk \
         niveau betekent.\n\nDaarna kies je wat je wilt bespreken, zoals taken anders \
         verdelen. En je schrijft op wat je leuk vindt, waar je goed in bent en wat je helpt."
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

    #[test]
    fn the_job_tools_start_from_what_the_tasks_show_and_can_be_changed() {
        use crate::model::plan::{EIGEN, Kleur, Taak};
        let taak = |nu: i64, straks: i64| Taak {
            tekst: "taak".into(),
            procent_nu: nu,
            procent_straks: straks,
            kern: false,
            kleur: Kleur::Geen,
            sociaal: 2.0,
            creativiteit: 2.0,
            bron: EIGEN.into(),
        };
        // One task handed over, one new: carving and innovation.
        let plan = Plan {
            taken: vec![taak(50, 0), taak(30, 50), taak(20, 20), taak(0, 30)],
            ..Plan::default()
        };
        let mut h = Harness::with_plan(DirectionStep::default(), plan);
        h.enter();
        assert_eq!(
            h.plan.richting.baangereedschap,
            vec![
                Baangereedschap::JobInnovation,
                Baangereedschap::JobCrafting,
                Baangereedschap::JobCarving
            ]
        );
        assert!(h.notice_text().contains("Je kunt dit veranderen"));
        // Cleared by the person, it stays cleared when the step comes back.
        h.plan.richting.baangereedschap.clear();
        h.enter();
        assert!(h.plan.richting.baangereedschap.is_empty());
    }
}
