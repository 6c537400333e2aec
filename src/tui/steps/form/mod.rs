//! Forms as a flat list of rows, shared by the steps that are forms (Welkom,
//! Over jou, Jouw richting, Het gesprek, Opslaan). A field is a text box, a
//! single choice, a multiple choice or a button; a choice has one row per
//! option. The arrow keys walk the rows, Tab jumps to the next field. Rows are
//! derived from the state every time, so there is nothing to keep in sync.
//! This file names the fields and where in the plan each one is kept;
//! `engine` handles the keys and `render` draws.

pub mod engine;
pub mod render;

pub use engine::{Form, FormStep};

use crate::model::catalog::Catalog;
use crate::model::keyword::Keyword;
use crate::model::plan::{Baangereedschap, Keuze, Methode, Plan, Positie, SoortWerk};
use crate::model::questionnaire;

/// A single-line text the employee types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum TextId {
    /// Path of a plan to continue (start screen).
    OpenPath,
    /// medewerker.naam
    Naam,
    /// medewerker.functie, with suggestions from Tabel 3.4
    Functie,
    /// medewerker.afdeling, with suggestions from Tabel 3.13
    Afdeling,
    /// medewerker.gemeente
    Gemeente,
    /// richting.doelfunctie
    Doelfunctie,
    /// richting.leuk
    Leuk,
    /// richting.goed_in
    GoedIn,
    /// richting.leervorm
    Leervorm,
    /// richting.houding
    Houding,
    /// richting.keuzes
    Keuzes,
    /// gesprek.leidinggevende
    Leidinggevende,
    /// gesprek.datum, typed as dd-mm-jjjj
    Datum,
    /// gesprek.nodig_van_leidinggevende
    Nodig,
    /// A text of the open record of a conversation (`[[verslag]]`).
    Record(RecordText),
}

/// A text of the record of a conversation, kept by step "Na het gesprek".
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum RecordText {
    /// verslag.datum, typed as dd-mm-jjjj
    Datum,
    /// acties[j].streefdatum of an agreed action, typed as dd-mm-jjjj
    Streefdatum(usize),
    /// verslag.afspraken[i].wat (i = the count: a new agreement)
    Wat(usize),
    /// verslag.afspraken[i].wanneer, typed as dd-mm-jjjj
    Wanneer(usize),
    /// verslag.uren_per_maand, typed as a whole number
    Uren,
    /// verslag.verlof_uren, typed as a whole number
    Verlof,
    /// verslag.kosten_bedrag, typed as euros
    Kosten,
    /// verslag.werkgever_doet
    WerkgeverDoet,
    /// verslag.werkzekerheid
    Werkzekerheid,
    /// verslag.volgende_gesprek, typed as dd-mm-jjjj
    Volgende,
    /// verslag.verloop
    Verloop,
}

impl RecordText {
    /// Whether this is free text (not a date or a number).
    pub fn is_free_text(self) -> bool {
        matches!(
            self,
            RecordText::Wat(_)
                | RecordText::WerkgeverDoet
                | RecordText::Werkzekerheid
                | RecordText::Verloop
        )
    }
}

impl TextId {
    /// The most characters this field takes.
    pub fn limit(self) -> usize {
        use crate::model::plan::MAX_VERSLAG_TEXT;
        use crate::tui::widgets::text_field::{LONG_LIMIT, SHORT_LIMIT};
        match self {
            TextId::Naam
            | TextId::Functie
            | TextId::Afdeling
            | TextId::Gemeente
            | TextId::Doelfunctie
            | TextId::Leidinggevende
            | TextId::Datum => SHORT_LIMIT,
            TextId::Leuk
            | TextId::GoedIn
            | TextId::Leervorm
            | TextId::Houding
            | TextId::Keuzes
            | TextId::Nodig
            | TextId::OpenPath => LONG_LIMIT,
            TextId::Record(t) if t.is_free_text() => MAX_VERSLAG_TEXT,
            TextId::Record(_) => SHORT_LIMIT,
        }
    }

    /// The plan's text for this field; `None` for fields kept outside the plan.
    fn slot(self, plan: &mut Plan) -> Option<&mut Option<String>> {
        let (m, r, g) = (&mut plan.medewerker, &mut plan.richting, &mut plan.gesprek);
        Some(match self {
            TextId::OpenPath | TextId::Datum | TextId::Record(_) => return None,
            TextId::Naam => &mut m.naam,
            TextId::Functie => &mut m.functie,
            TextId::Afdeling => &mut m.afdeling,
            TextId::Gemeente => &mut m.gemeente,
            TextId::Doelfunctie => &mut r.doelfunctie,
            TextId::Leuk => &mut r.leuk,
            TextId::GoedIn => &mut r.goed_in,
            TextId::Leervorm => &mut r.leervorm,
            TextId::Houding => &mut r.houding,
            TextId::Keuzes => &mut r.keuzes,
            TextId::Leidinggevende => &mut g.leidinggevende,
            TextId::Nodig => &mut g.nodig_van_leidinggevende,
        })
    }

    /// The text of this field in the plan ("" when empty).
    pub fn read(self, plan: &Plan) -> String {
        let mut copy = plan.clone();
        self.slot(&mut copy)
            .and_then(Option::take)
            .unwrap_or_default()
    }

    /// Stores the text in the plan; an empty or blank text is stored as absent.
    pub fn write(self, plan: &mut Plan, value: String) {
        if let Some(slot) = self.slot(plan) {
            *slot = (!value.trim().is_empty()).then_some(value);
        }
    }
}

/// A question with one answer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChoiceId {
    /// Cognitive or physical work.
    SoortWerk,
    /// Upskilling, reskilling, not decided.
    Keuze,
    /// Digital level now.
    DigitaalNu,
    /// Digital level in two years.
    DigitaalLater,
    /// A choice in the record of a conversation, kept by step "Na het gesprek".
    Record(RecordChoice),
}

/// A choice in the record of a conversation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RecordChoice {
    /// verslag.kosten_door
    KostenDoor,
    /// verslag.verloop_delen
    VerloopDelen,
    /// verslag.afspraken[i].wie
    Wie(usize),
}

/// A list of marks: the job tools, or marks a step keeps itself.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChecksId {
    /// richting.baangereedschap: any of the job tools.
    Tools,
    /// The actions of the plan agreed in the conversation.
    Agreed,
    /// Whether agreement `i` of the latest fixed record is done.
    Done(usize),
}

impl ChoiceId {
    /// The chosen option, if any.
    pub fn read(self, plan: &Plan) -> Option<usize> {
        let r = &plan.richting;
        let level = |l: Option<i64>| l.and_then(|l| usize::try_from(l).ok());
        match self {
            ChoiceId::SoortWerk => plan
                .positie
                .soort_werk
                .and_then(|s| SoortWerk::ALL.iter().position(|k| *k == s)),
            ChoiceId::Keuze => r
                .keuze
                .and_then(|k| Keuze::ALL.iter().position(|x| *x == k)),
            ChoiceId::DigitaalNu => level(r.digitaal_nu),
            ChoiceId::DigitaalLater => level(r.digitaal_over_twee_jaar),
            ChoiceId::Record(_) => None,
        }
    }

    /// Chooses option `option`.
    pub fn write(self, plan: &mut Plan, option: usize) {
        let level = i64::try_from(option).ok();
        match self {
            ChoiceId::SoortWerk => {
                plan.positie.soort_werk = soort_werk_option(option);
                follow_answers(&mut plan.positie);
            }
            ChoiceId::Keuze => plan.richting.keuze = Keuze::ALL.get(option).copied(),
            ChoiceId::DigitaalNu => plan.richting.digitaal_nu = level,
            ChoiceId::DigitaalLater => plan.richting.digitaal_over_twee_jaar = level,
            ChoiceId::Record(_) => {}
        }
    }
}

/// Chooses or unchooses job tool `option`.
pub fn toggle_tool(plan: &mut Plan, option: usize) {
    let Some(tool) = tool_options().get(option).copied() else {
        return;
    };
    let tools = &mut plan.richting.baangereedschap;
    if let Some(i) = tools.iter().position(|t| *t == tool) {
        tools.remove(i);
    } else {
        tools.push(tool);
    }
}

/// A button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonId {
    /// Go back to the plan that is open now.
    Continue,
    /// Start a new plan.
    NewPlan,
    /// Show the field to open a saved plan.
    ShowOpen,
    /// Open the typed path.
    Open,
    /// Go to the next step.
    Next,
    /// Save the plan (as klaar when complete).
    Save,
    /// Export for the manager.
    Export,
    /// Clear everything for the next person.
    NewSession,
    /// Quit kwadrant.
    Quit,
    /// Go to step "Na het gesprek".
    Record,
    /// Fix the record of the conversation (vastleggen).
    Fix,
    /// Start the record of a new conversation.
    NewRecord,
    /// Back to the summary (step "Opslaan").
    ToSummary,
}

/// What kind of field, and which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A text box.
    Text(TextId),
    /// Pick one option.
    Choice(ChoiceId),
    /// Pick any of a list of marks.
    Checks(ChecksId),
    /// A button.
    Button(ButtonId),
}

/// A field with its label.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Field {
    /// The question or label above the field; empty for buttons.
    pub label: &'static str,
    /// The field.
    pub kind: FieldKind,
}

impl Field {
    /// A text field.
    pub const fn text(label: &'static str, id: TextId) -> Self {
        Field {
            label,
            kind: FieldKind::Text(id),
        }
    }

    /// A single choice.
    pub const fn choice(label: &'static str, id: ChoiceId) -> Self {
        Field {
            label,
            kind: FieldKind::Choice(id),
        }
    }

    /// A button.
    pub const fn button(id: ButtonId) -> Self {
        Field {
            label: "",
            kind: FieldKind::Button(id),
        }
    }
}

/// Where the focus is within a form: a field and a row within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct FormFocus {
    /// Index into the form's fields.
    pub field: usize,
    /// Row within the field (option, or suggestion below a text field).
    pub row: usize,
}

/// The options of a choice, as shown.
pub fn choice_options(id: ChoiceId) -> Vec<&'static str> {
    match id {
        ChoiceId::SoortWerk => vec![
            "Vooral denkwerk (cognitief)",
            "Vooral werk met je handen (fysiek)",
        ],
        ChoiceId::Keuze => Keuze::ALL.iter().map(|k| k.label()).collect(),
        ChoiceId::Record(RecordChoice::KostenDoor) => vec![
            "De werkgever",
            "Het loopbaanbudget",
            "Ikzelf",
            "Nog niet afgesproken",
        ],
        ChoiceId::Record(RecordChoice::VerloopDelen) => {
            vec!["Nee, alleen voor mij", "Ja, dat mag op het papier"]
        }
        ChoiceId::Record(RecordChoice::Wie(_)) => vec!["Ik", "Mijn leidinggevende", "Samen"],
        ChoiceId::DigitaalNu | ChoiceId::DigitaalLater => vec![
            "0 Laag",
            "1 Basis",
            "2 Gemiddeld",
            "3 Gevorderd",
            "4 Gespecialiseerd",
        ],
    }
}

/// The job tools, in the order shown.
pub fn tool_options() -> &'static [Baangereedschap] {
    Baangereedschap::ALL
}

/// The kind of work for option `i` of [`ChoiceId::SoortWerk`].
pub fn soort_werk_option(i: usize) -> Option<SoortWerk> {
    SoortWerk::ALL.get(i).copied()
}

/// A label for a button.
pub fn button_label(id: ButtonId) -> &'static str {
    match id {
        ButtonId::NewPlan => "Nieuw plan maken",
        ButtonId::Continue => "Terug naar je plan",
        ButtonId::ShowOpen => "Verder met een opgeslagen plan",
        ButtonId::Open => "Open dit plan",
        ButtonId::Next => "Verder",
        ButtonId::Save => "Plan opslaan",
        ButtonId::Export => "Exporteer voor je leidinggevende",
        ButtonId::NewSession => "Nieuwe sessie (voor de volgende persoon)",
        ButtonId::Quit => "Stoppen",
        ButtonId::Record => "Na het gesprek: wat jullie afspraken",
        ButtonId::Fix => "Vastleggen: we zijn het eens",
        ButtonId::NewRecord => "Een nieuw gesprek invullen",
        ButtonId::ToSummary => "Terug naar het overzicht",
    }
}

/// The kind of work decides which statements count. A point found with the
/// questionnaire follows the answers for the new kind: a point moved by hand
/// stays, now moved from the new result; without a result (those statements
/// are not answered yet) there is no point until they are (found by the
/// model-based test: a switch to fysiek kept a hand-moved point "moved from"
/// a result the answers no longer gave).
fn follow_answers(p: &mut Positie) {
    if p.methode != Some(Methode::Vragenlijst) {
        return;
    }
    let found = questionnaire::result(Catalog::active(), &p.antwoorden, p.soort_werk);
    p.follow(found);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::Scores;

    #[test]
    fn another_kind_of_work_makes_the_point_follow_its_own_statements() {
        let catalog = Catalog::active();
        let mut plan = Plan::default();
        let p = &mut plan.positie;
        p.soort_werk = Some(SoortWerk::Cognitief);
        p.methode = Some(Methode::Vragenlijst);
        p.antwoorden = catalog
            .questions_for(Some(SoortWerk::Cognitief))
            .iter()
            .map(|q| (q.id.clone(), 1))
            .collect();
        let found = questionnaire::result(catalog, &p.antwoorden, p.soort_werk).unwrap();
        // Moved by hand from the questionnaire's result.
        p.bijgesteld_van = Some(Scores::of(found));
        p.set_point(crate::model::position::Position::new(0.0, 0.5).ok());
        let fysiek = SoortWerk::ALL
            .iter()
            .position(|s| *s == SoortWerk::Fysiek)
            .unwrap();
        ChoiceId::SoortWerk.write(&mut plan, fysiek);
        let p = &plan.positie;
        // The statements about physical work are not answered yet.
        assert_eq!(
            questionnaire::result(catalog, &p.antwoorden, p.soort_werk),
            None
        );
        assert_eq!(p.position(), None, "no result for fysiek yet: no point");
        assert_eq!(p.bijgesteld_van, None, "nothing to be moved from");
    }
}
