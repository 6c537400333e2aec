//! Forms as a flat list of rows. A field is a text box, a single choice, a
//! multiple choice or a button; a choice has one row per option. The arrow
//! keys walk the rows, Tab jumps to the next field. Rows are derived from the
//! state every time, so there is nothing to keep in sync.

use crate::model::keyword::Keyword;
use crate::model::plan::{Baangereedschap, Keuze, SoortWerk};

/// A single-line text the employee types.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    /// gesprek.leidinggevende
    Leidinggevende,
    /// gesprek.datum, typed as dd-mm-jjjj
    Datum,
    /// gesprek.nodig_van_leidinggevende
    Nodig,
    /// The text of an action being written in the plan grid.
    Actie,
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
}

/// A button.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ButtonId {
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
}

/// What kind of field, and which one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A text box.
    Text(TextId),
    /// Pick one option.
    Choice(ChoiceId),
    /// Pick any of the job tools.
    Tools,
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
        ButtonId::ShowOpen => "Verder met een opgeslagen plan",
        ButtonId::Open => "Open dit plan",
        ButtonId::Next => "Verder",
        ButtonId::Save => "Plan opslaan",
        ButtonId::Export => "Exporteer voor je leidinggevende",
        ButtonId::NewSession => "Nieuwe sessie (voor de volgende persoon)",
        ButtonId::Quit => "Stoppen",
    }
}
