//! The state of one interactive session, the messages that change it, and
//! the effects (saving, opening, quitting) that the run loop carries out.
//! `App::update` never touches the terminal or the disk.

use std::path::{Path, PathBuf};

use toml::value::Datetime;
use tui_input::{Input, InputRequest};

use super::form::{
    ButtonId, ChoiceId, Field, FieldKind, FormFocus, TextId, choice_options, soort_werk_option,
    tool_options,
};
use super::keys::Ctx;
use crate::model::catalog::{Catalog, JobTable};
use crate::model::keyword::Keyword;
use crate::model::plan::{
    Actie, Keuze, Methode, Plan, Problem, Soort, SoortWerk, Status, Termijn, Vorm,
};
use crate::model::position::{Axis, MAX_SCORE, MIN_SCORE, Quadrant, round_score};
use crate::model::questionnaire::axis_score;
use crate::model::slug::plan_file_name;
use crate::plan_file::SaveMode;

/// The smallest terminal the session is drawn in.
pub const MIN_WIDTH: u16 = 80;
/// The smallest terminal height.
pub const MIN_HEIGHT: u16 = 24;

/// How far one arrow press moves a score.
const STEP: f64 = 0.5;
/// How far one Shift+arrow press moves a score.
const FINE_STEP: f64 = 0.1;

/// The steps of the session, in order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Step {
    /// What the program does; new plan or continue.
    Start,
    /// Name, job, department, kind of work.
    About,
    /// The questionnaire or the sliders.
    Work,
    /// The quadrant chart.
    Position,
    /// Upskilling or reskilling, digital levels, job tools, reflections.
    Direction,
    /// The Tabel 3.11 grid.
    Plan,
    /// The conversation with the manager.
    Conversation,
    /// Save, export, next person.
    Save,
}

impl Step {
    /// Every step in order.
    pub const ALL: [Step; 8] = [
        Step::Start,
        Step::About,
        Step::Work,
        Step::Position,
        Step::Direction,
        Step::Plan,
        Step::Conversation,
        Step::Save,
    ];

    /// Position in [`Step::ALL`].
    pub fn index(self) -> usize {
        Step::ALL.iter().position(|s| *s == self).unwrap_or(0)
    }

    /// The step title, shown at the top.
    pub fn title(self) -> &'static str {
        match self {
            Step::Start => "Welkom",
            Step::About => "Over jou",
            Step::Work => "Jouw werk",
            Step::Position => "Jouw plek",
            Step::Direction => "Jouw richting",
            Step::Plan => "Jouw plan",
            Step::Conversation => "Het gesprek",
            Step::Save => "Opslaan",
        }
    }

    fn next(self) -> Step {
        Step::ALL.get(self.index() + 1).copied().unwrap_or(self)
    }

    fn prev(self) -> Step {
        match self.index() {
            0 => self,
            i => Step::ALL[i - 1],
        }
    }
}

/// A key that edits a text field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EditKey {
    /// Type a character.
    Insert(char),
    /// Remove the character before the cursor.
    Backspace,
    /// Remove the character after the cursor.
    Delete,
    /// Cursor one character left.
    Left,
    /// Cursor one character right.
    Right,
    /// Cursor one word left.
    WordLeft,
    /// Cursor one word right.
    WordRight,
    /// Cursor to the start.
    Home,
    /// Cursor to the end.
    End,
    /// Remove the word before the cursor.
    DeleteWord,
    /// Empty the field.
    Clear,
}

/// Everything that can happen to the session.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    /// Arrow up.
    Up,
    /// Arrow down.
    Down,
    /// Arrow left.
    Left,
    /// Arrow right.
    Right,
    /// Shift + arrow up: a small step.
    FineUp,
    /// Shift + arrow down.
    FineDown,
    /// Shift + arrow left.
    FineLeft,
    /// Shift + arrow right.
    FineRight,
    /// Tab.
    NextField,
    /// Shift-Tab.
    PrevField,
    /// Enter.
    Confirm,
    /// Space.
    Toggle,
    /// Esc: one step back.
    Back,
    /// F1 or ?.
    Help,
    /// Ctrl-S.
    Save,
    /// Ctrl-Q.
    Quit,
    /// A questionnaire answer, 1..=5.
    Answer(u8),
    /// Edit the focused text field.
    Edit(EditKey),
    /// Pasted text.
    Paste(String),
    /// The terminal has a new size.
    Resize(u16, u16),
    /// Show or hide "Waarom hier?".
    Why,
    /// Switch the reference jobs on the chart.
    Compare,
    /// Questionnaire or sliders.
    SwitchMethod,
    /// Formal or informal learning for the focused action.
    ToggleVorm,
    /// Mark the focused action done or not.
    ToggleKlaar,
    /// Remove the focused action.
    Delete,
    /// The plan was saved at this path, at this time.
    Saved(PathBuf, Datetime),
    /// A new plan would replace an existing file.
    SaveConflict(PathBuf),
    /// Saving failed; the Dutch reason.
    SaveFailed(String),
    /// A plan was read from this path.
    Opened(Box<Plan>, PathBuf),
    /// Opening failed; the Dutch reason.
    OpenFailed(String),
    /// The export for the manager was written.
    Exported(PathBuf),
    /// Exporting failed; the Dutch reason.
    ExportFailed(String),
}

/// Work for the run loop: I/O that `update` does not do itself.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Save the plan (with fresh timestamps) to `path`.
    Save {
        /// Target file.
        path: PathBuf,
        /// Whether an existing file may be replaced.
        mode: SaveMode,
        /// On a clash, try `name-2.toml`, `name-3.toml`, ...
        pick_free_name: bool,
    },
    /// Read a plan.
    Open(PathBuf),
    /// Write the HTML export beside the plan file.
    Export(PathBuf),
    /// Clear the terminal: a new person sits down.
    ClearScreen,
    /// Leave the program.
    Quit,
}

/// A question that must be answered before going on.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogKind {
    /// Ctrl-Q with unsaved changes.
    QuitUnsaved,
    /// New session with unsaved changes.
    NewSessionUnsaved,
    /// Saving a new plan would replace this file.
    Overwrite(PathBuf),
    /// Remove this action (index in `plan.acties`).
    DeleteAction(usize),
}

impl DialogKind {
    /// The question.
    pub fn question(&self) -> String {
        match self {
            DialogKind::QuitUnsaved | DialogKind::NewSessionUnsaved => {
                "Je hebt wijzigingen die nog niet zijn opgeslagen.".into()
            }
            DialogKind::Overwrite(path) => format!(
                "Er is al een bestand {}.",
                path.file_name().unwrap_or_default().to_string_lossy()
            ),
            DialogKind::DeleteAction(_) => "Wil je deze actie weghalen?".into(),
        }
    }

    /// The answers, first is the default.
    pub fn options(&self) -> &'static [&'static str] {
        match self {
            DialogKind::QuitUnsaved => &[
                "Opslaan en stoppen",
                "Stoppen zonder opslaan",
                "Terug naar het plan",
            ],
            DialogKind::NewSessionUnsaved => &[
                "Opslaan en nieuwe sessie",
                "Nieuwe sessie zonder opslaan",
                "Terug naar het plan",
            ],
            DialogKind::Overwrite(_) => &[
                "Opslaan onder een nieuwe naam",
                "Het oude bestand vervangen",
                "Terug",
            ],
            DialogKind::DeleteAction(_) => &["Ja, weghalen", "Nee, laten staan"],
        }
    }
}

/// An open dialog and its highlighted answer.
#[derive(Debug, Clone, PartialEq)]
pub struct Dialog {
    /// Which question.
    pub kind: DialogKind,
    /// Highlighted answer.
    pub focus: usize,
}

/// A short message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Something went well.
    Info(String),
    /// Something went wrong; says what to do.
    Error(String),
}

/// What to do once a save succeeded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterSave {
    /// Quit the program.
    Quit,
    /// Start over for the next person.
    NewSession,
    /// Write the export for the manager.
    Export,
}

/// Where the focus is on the plan grid.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GridFocus {
    /// 0 = "nu", 1 = "over twee jaar", 2 = the "Verder" button.
    pub row: usize,
    /// 0..3: vakinhoudelijk, soft skills, digitaal.
    pub col: usize,
}

impl GridFocus {
    /// The cell, unless the button has the focus.
    pub fn cell(self) -> Option<(Termijn, Soort)> {
        Some((*Termijn::ALL.get(self.row)?, *Soort::ALL.get(self.col)?))
    }
}

/// One row of an open cell.
#[derive(Debug, Clone, PartialEq)]
pub enum CellRow {
    /// An action of the plan (index in `plan.acties`).
    Action(usize),
    /// A suggestion to add: text and form.
    Suggestion(String, Vorm),
    /// Write your own action.
    Own,
}

/// An open cell of the plan grid.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct CellState {
    /// Focused row.
    pub focus: usize,
    /// Writing an action: `Some(None)` new, `Some(Some(i))` changing action i.
    pub writing: Option<Option<usize>>,
    /// The text being written.
    pub draft: String,
}

/// The whole state of a session.
#[derive(Debug, Clone)]
pub struct App {
    /// The plan being made: the truth for everything the employee entered.
    pub plan: Plan,
    /// The current step.
    pub step: Step,
    /// Folder where new plans are saved.
    pub dir: PathBuf,
    /// Today's date as YYYY-MM-DD, for the default file name.
    pub today: String,
    /// The file this plan was opened from or saved to.
    pub file: Option<PathBuf>,
    /// Changes since the last save.
    pub dirty: bool,
    /// Terminal size.
    pub size: (u16, u16),
    /// Use colours (off with NO_COLOR).
    pub color: bool,
    /// Showing the help text.
    pub help: bool,
    /// An open dialog.
    pub dialog: Option<Dialog>,
    /// The status line message.
    pub notice: Option<Notice>,
    /// Focus per step (for the form steps).
    pub focus: [FormFocus; 8],
    /// The start screen shows the field for a file name.
    pub opening: bool,
    /// The typed file name on the start screen.
    pub open_path: String,
    /// Cursor state of the text field being edited.
    pub editing: Option<(TextId, Input)>,
    /// Current questionnaire item.
    pub question: usize,
    /// Highlighted answer (0..5) of the current item.
    pub highlight: usize,
    /// Which slider has the focus.
    pub slider: Axis,
    /// Answers put aside while the sliders are used.
    pub stashed_answers: Vec<(String, i64)>,
    /// Showing "Waarom hier?" beside the chart.
    pub why: bool,
    /// Showing the general jobs (Tabel 3.2 / 3.3) instead of the municipal ones.
    pub compare: bool,
    /// Focus on the plan grid.
    pub grid: GridFocus,
    /// The open cell, if any.
    pub cell: Option<CellState>,
    /// The date as typed on the conversation step.
    pub date_text: String,
    /// What to do after the next successful save.
    pub after_save: Option<AfterSave>,
}

impl App {
    /// A new, empty session.
    pub fn new(dir: PathBuf, today: String, size: (u16, u16), color: bool) -> Self {
        App {
            plan: Plan::default(),
            step: Step::Start,
            dir,
            today,
            file: None,
            dirty: false,
            size,
            color,
            help: false,
            dialog: None,
            notice: None,
            focus: [FormFocus::default(); 8],
            opening: false,
            open_path: String::new(),
            editing: None,
            question: 0,
            highlight: 2,
            slider: Axis::Sociaal,
            stashed_answers: Vec::new(),
            why: false,
            compare: false,
            grid: GridFocus::default(),
            cell: None,
            date_text: String::new(),
            after_save: None,
        }
    }

    /// The catalog the session draws from.
    pub fn catalog(&self) -> &'static Catalog {
        Catalog::embedded()
    }

    fn plan_mut(&mut self) -> &mut Plan {
        self.dirty = true;
        &mut self.plan
    }

    /// Whether the window is big enough to draw the session.
    pub fn fits(&self) -> bool {
        self.size.0 >= MIN_WIDTH && self.size.1 >= MIN_HEIGHT
    }

    /// The kind of thing that has the keyboard now.
    pub fn key_context(&self) -> Ctx {
        if !self.fits() {
            return Ctx::TooSmall;
        }
        if self.dialog.is_some() {
            return Ctx::Dialog;
        }
        if self.help {
            return Ctx::Help;
        }
        match self.step {
            Step::Work if self.plan.positie.methode == Some(Methode::Direct) => Ctx::Sliders,
            Step::Work => Ctx::Likert,
            Step::Position => Ctx::Chart,
            Step::Plan => match &self.cell {
                Some(cell) if cell.writing.is_some() => Ctx::Text,
                Some(_) => Ctx::CellList,
                None => Ctx::Grid,
            },
            _ => match self.focused_field().map(|f| f.kind) {
                Some(FieldKind::Text(_)) => Ctx::Text,
                Some(FieldKind::Choice(_) | FieldKind::Tools) => Ctx::Options,
                _ => Ctx::Form,
            },
        }
    }

    // ----- forms -------------------------------------------------------

    /// The fields of the current step's form (empty for non-form steps).
    pub fn fields(&self) -> Vec<Field> {
        match self.step {
            Step::Start => {
                let mut f = vec![
                    Field::button(ButtonId::NewPlan),
                    Field::button(ButtonId::ShowOpen),
                ];
                if self.opening {
                    f.push(Field::text(
                        "Naam van het bestand (bijvoorbeeld groeiplan-sanne-2026-11-23.toml)",
                        TextId::OpenPath,
                    ));
                    f.push(Field::button(ButtonId::Open));
                }
                f
            }
            Step::About => vec![
                Field::text("Wat is je naam? (mag leeg blijven)", TextId::Naam),
                Field::text("Wat is je functie?", TextId::Functie),
                Field::text("Op welke afdeling werk je?", TextId::Afdeling),
                Field::text(
                    "Bij welke gemeente werk je? (mag leeg blijven)",
                    TextId::Gemeente,
                ),
                Field::choice("Wat voor werk doe je vooral?", ChoiceId::SoortWerk),
                Field::button(ButtonId::Next),
            ],
            Step::Direction => vec![
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
            ],
            Step::Conversation => vec![
                Field::text("Wie is je leidinggevende?", TextId::Leidinggevende),
                Field::text("Wanneer is het gesprek? (zoals 15-12-2026)", TextId::Datum),
                Field::text("Wat heb je nodig van je leidinggevende?", TextId::Nodig),
                Field::button(ButtonId::Next),
            ],
            Step::Save => vec![
                Field::button(ButtonId::Save),
                Field::button(ButtonId::Export),
                Field::button(ButtonId::NewSession),
                Field::button(ButtonId::Quit),
            ],
            Step::Work | Step::Position | Step::Plan => Vec::new(),
        }
    }

    /// The focus on the current step's form.
    pub fn form_focus(&self) -> FormFocus {
        self.focus[self.step.index()]
    }

    fn set_form_focus(&mut self, focus: FormFocus) {
        if focus.field != self.form_focus().field {
            self.editing = None;
        }
        self.focus[self.step.index()] = focus;
    }

    /// The focused field, if the step has a form.
    pub fn focused_field(&self) -> Option<Field> {
        self.fields().get(self.form_focus().field).copied()
    }

    /// How many rows a field has right now.
    pub fn rows_of(&self, index: usize, field: &Field) -> usize {
        match field.kind {
            FieldKind::Text(id) => {
                if index == self.form_focus().field {
                    1 + self.suggestions(id).len()
                } else {
                    1
                }
            }
            FieldKind::Choice(id) => choice_options(id).len(),
            FieldKind::Tools => tool_options().len(),
            FieldKind::Button(_) => 1,
        }
    }

    /// Suggestions under a text field that match what was typed.
    pub fn suggestions(&self, id: TextId) -> Vec<String> {
        const MAX: usize = 4;
        let typed = self.text(id).trim().to_lowercase();
        if typed.is_empty() {
            return Vec::new();
        }
        let catalog = self.catalog();
        let pool: Vec<&str> = match id {
            TextId::Functie => catalog
                .jobs_in(JobTable::Gemeente)
                .map(|j| j.naam.as_str())
                .collect(),
            TextId::Doelfunctie => catalog
                .jobs_in(JobTable::Gemeente)
                .map(|j| j.naam.as_str())
                .chain(NEW_ROLES.iter().copied())
                .collect(),
            TextId::Afdeling => catalog.departments.iter().map(String::as_str).collect(),
            _ => Vec::new(),
        };
        pool.into_iter()
            .filter(|s| s.to_lowercase().contains(&typed) && s.to_lowercase() != typed)
            .take(MAX)
            .map(str::to_string)
            .collect()
    }

    /// The current text of a field.
    pub fn text(&self, id: TextId) -> String {
        let p = &self.plan;
        let value = match id {
            TextId::OpenPath => return self.open_path.clone(),
            TextId::Datum => return self.date_text.clone(),
            TextId::Actie => {
                return self
                    .cell
                    .as_ref()
                    .map(|c| c.draft.clone())
                    .unwrap_or_default();
            }
            TextId::Naam => &p.medewerker.naam,
            TextId::Functie => &p.medewerker.functie,
            TextId::Afdeling => &p.medewerker.afdeling,
            TextId::Gemeente => &p.medewerker.gemeente,
            TextId::Doelfunctie => &p.richting.doelfunctie,
            TextId::Leuk => &p.richting.leuk,
            TextId::GoedIn => &p.richting.goed_in,
            TextId::Leervorm => &p.richting.leervorm,
            TextId::Leidinggevende => &p.gesprek.leidinggevende,
            TextId::Nodig => &p.gesprek.nodig_van_leidinggevende,
        };
        value.clone().unwrap_or_default()
    }

    fn set_text(&mut self, id: TextId, value: String) {
        let optional = (!value.is_empty()).then(|| value.clone());
        match id {
            TextId::OpenPath => self.open_path = value,
            TextId::Actie => {
                if let Some(cell) = &mut self.cell {
                    cell.draft = value;
                }
            }
            TextId::Datum => {
                let parsed = parse_dutch_date(&value);
                self.date_text = value;
                self.plan_mut().gesprek.datum = parsed;
            }
            TextId::Naam => self.plan_mut().medewerker.naam = optional,
            TextId::Functie => self.plan_mut().medewerker.functie = optional,
            TextId::Afdeling => self.plan_mut().medewerker.afdeling = optional,
            TextId::Gemeente => self.plan_mut().medewerker.gemeente = optional,
            TextId::Doelfunctie => self.plan_mut().richting.doelfunctie = optional,
            TextId::Leuk => self.plan_mut().richting.leuk = optional,
            TextId::GoedIn => self.plan_mut().richting.goed_in = optional,
            TextId::Leervorm => self.plan_mut().richting.leervorm = optional,
            TextId::Leidinggevende => self.plan_mut().gesprek.leidinggevende = optional,
            TextId::Nodig => self.plan_mut().gesprek.nodig_van_leidinggevende = optional,
        }
    }

    /// Whether the typed date cannot be read.
    pub fn date_is_invalid(&self) -> bool {
        !self.date_text.trim().is_empty() && parse_dutch_date(&self.date_text).is_none()
    }

    /// The chosen option of a choice.
    pub fn choice(&self, id: ChoiceId) -> Option<usize> {
        let r = &self.plan.richting;
        let level = |l: Option<i64>| l.and_then(|l| usize::try_from(l).ok());
        match id {
            ChoiceId::SoortWerk => self
                .plan
                .positie
                .soort_werk
                .and_then(|s| SoortWerk::ALL.iter().position(|k| *k == s)),
            ChoiceId::Keuze => r
                .keuze
                .and_then(|k| Keuze::ALL.iter().position(|x| *x == k)),
            ChoiceId::DigitaalNu => level(r.digitaal_nu),
            ChoiceId::DigitaalLater => level(r.digitaal_over_twee_jaar),
        }
    }

    fn set_choice(&mut self, id: ChoiceId, option: usize) {
        let level = i64::try_from(option).ok();
        match id {
            ChoiceId::SoortWerk => self.plan_mut().positie.soort_werk = soort_werk_option(option),
            ChoiceId::Keuze => self.plan_mut().richting.keuze = Keuze::ALL.get(option).copied(),
            ChoiceId::DigitaalNu => self.plan_mut().richting.digitaal_nu = level,
            ChoiceId::DigitaalLater => {
                self.plan_mut().richting.digitaal_over_twee_jaar = level;
            }
        }
    }

    fn toggle_tool(&mut self, option: usize) {
        let Some(tool) = tool_options().get(option).copied() else {
            return;
        };
        let tools = &mut self.plan_mut().richting.baangereedschap;
        if let Some(i) = tools.iter().position(|t| *t == tool) {
            tools.remove(i);
        } else {
            tools.push(tool);
        }
    }

    fn form_move(&mut self, down: bool) {
        let fields = self.fields();
        let FormFocus { field, row } = self.form_focus();
        let Some(current) = fields.get(field) else {
            return;
        };
        let rows = self.rows_of(field, current);
        let next = if down {
            if row + 1 < rows {
                FormFocus {
                    field,
                    row: row + 1,
                }
            } else if field + 1 < fields.len() {
                FormFocus {
                    field: field + 1,
                    row: 0,
                }
            } else {
                return;
            }
        } else if row > 0 {
            FormFocus {
                field,
                row: row - 1,
            }
        } else if field > 0 {
            let prev = &fields[field - 1];
            let last = match prev.kind {
                FieldKind::Text(_) => 0,
                _ => self.rows_of(field - 1, prev) - 1,
            };
            FormFocus {
                field: field - 1,
                row: last,
            }
        } else {
            return;
        };
        self.set_form_focus(next);
    }

    fn form_jump(&mut self, forward: bool) {
        let fields = self.fields();
        let field = self.form_focus().field;
        let target = if forward {
            (field + 1).min(fields.len().saturating_sub(1))
        } else {
            field.saturating_sub(1)
        };
        let row = match fields.get(target).map(|f| f.kind) {
            Some(FieldKind::Choice(id)) => self.choice(id).unwrap_or(0),
            _ => 0,
        };
        self.set_form_focus(FormFocus { field: target, row });
    }

    fn form_confirm(&mut self, by_enter: bool) -> Option<Effect> {
        let FormFocus { row, .. } = self.form_focus();
        let field = self.focused_field()?;
        match field.kind {
            FieldKind::Text(id) => {
                if row > 0
                    && let Some(pick) = self.suggestions(id).get(row - 1).cloned()
                {
                    self.set_text(id, pick);
                }
                if id == TextId::OpenPath {
                    return self.press(ButtonId::Open);
                }
                self.form_jump(true);
                None
            }
            FieldKind::Choice(id) => {
                self.set_choice(id, row);
                if by_enter {
                    self.form_jump(true);
                }
                None
            }
            FieldKind::Tools => {
                self.toggle_tool(row);
                None
            }
            FieldKind::Button(id) => self.press(id),
        }
    }

    fn press(&mut self, button: ButtonId) -> Option<Effect> {
        match button {
            ButtonId::NewPlan => {
                self.go_to(Step::About);
                None
            }
            ButtonId::ShowOpen => {
                self.opening = true;
                self.set_form_focus(FormFocus { field: 2, row: 0 });
                None
            }
            ButtonId::Open => {
                let typed = self.open_path.trim();
                if typed.is_empty() {
                    self.notice = Some(Notice::Error("Typ eerst de naam van het bestand.".into()));
                    return None;
                }
                let path = Path::new(typed);
                let path = if path.is_absolute() {
                    path.to_path_buf()
                } else {
                    self.dir.join(path)
                };
                Some(Effect::Open(path))
            }
            ButtonId::Next => {
                self.go_to(self.step.next());
                None
            }
            ButtonId::Save => {
                let missing = self.missing_for_klaar();
                if missing.is_empty() {
                    self.plan_mut().status = Status::Klaar;
                }
                self.save_effect()
            }
            ButtonId::Export => match &self.file {
                Some(file) if !self.dirty => Some(Effect::Export(file.clone())),
                // The export sits beside the plan file: save first.
                _ => {
                    self.after_save = Some(AfterSave::Export);
                    self.save_effect()
                }
            },
            ButtonId::NewSession => self.request_new_session(),
            ButtonId::Quit => self.request_quit(),
        }
    }

    // ----- steps -------------------------------------------------------

    fn go_to(&mut self, step: Step) {
        self.editing = None;
        self.cell = None;
        if step == Step::Work && self.plan.positie.methode.is_none() {
            self.plan.positie.methode = Some(Methode::Vragenlijst);
        }
        if step == Step::Work {
            self.sync_highlight();
        }
        self.step = step;
    }

    /// The first step that still needs something, for `kwadrant open`.
    pub fn first_incomplete_step(plan: &Plan) -> Step {
        let filled = |t: &Option<String>| t.as_deref().is_some_and(|t| !t.trim().is_empty());
        if !filled(&plan.medewerker.functie) || plan.positie.soort_werk.is_none() {
            Step::About
        } else if plan.positie.position().is_none() {
            Step::Work
        } else if plan.richting.keuze.is_none() {
            Step::Direction
        } else if plan.acties.is_empty() {
            Step::Plan
        } else if !filled(&plan.gesprek.leidinggevende) && plan.gesprek.datum.is_none() {
            Step::Conversation
        } else {
            // Everything is filled in: the plan is what people come back to change.
            Step::Plan
        }
    }

    /// Fields still needed before the plan can be marked klaar.
    pub fn missing_for_klaar(&self) -> Vec<Problem> {
        let mut plan = self.plan.clone();
        plan.status = Status::Klaar;
        plan.validate(&self.catalog().question_ids())
            .into_iter()
            .filter(|p| p.message.contains("status = \"klaar\""))
            .collect()
    }

    fn save_effect(&mut self) -> Option<Effect> {
        if self.plan.status == Status::Klaar && !self.missing_for_klaar().is_empty() {
            self.plan.status = Status::Concept;
        }
        match &self.file {
            Some(file) => Some(Effect::Save {
                path: file.clone(),
                mode: SaveMode::ReplaceSamePlan,
                pick_free_name: false,
            }),
            None => Some(Effect::Save {
                path: self.dir.join(self.default_file_name()),
                mode: SaveMode::CreateNew,
                pick_free_name: false,
            }),
        }
    }

    /// The file name a new plan gets.
    pub fn default_file_name(&self) -> String {
        let m = &self.plan.medewerker;
        let name = m
            .naam
            .as_deref()
            .filter(|n| !n.trim().is_empty())
            .or(m.functie.as_deref());
        plan_file_name(name, &self.today)
    }

    fn request_quit(&mut self) -> Option<Effect> {
        if self.dirty {
            self.dialog = Some(Dialog {
                kind: DialogKind::QuitUnsaved,
                focus: 0,
            });
            None
        } else {
            Some(Effect::Quit)
        }
    }

    fn request_new_session(&mut self) -> Option<Effect> {
        if self.dirty {
            self.dialog = Some(Dialog {
                kind: DialogKind::NewSessionUnsaved,
                focus: 0,
            });
            None
        } else {
            self.reset();
            Some(Effect::ClearScreen)
        }
    }

    fn reset(&mut self) {
        *self = App::new(self.dir.clone(), self.today.clone(), self.size, self.color);
    }

    fn load(&mut self, plan: Plan, path: PathBuf) {
        let step = App::first_incomplete_step(&plan);
        let date_text = plan
            .gesprek
            .datum
            .and_then(|d| d.date)
            .map(|d| format!("{:02}-{:02}-{}", d.day, d.month, d.year))
            .unwrap_or_default();
        self.reset();
        self.plan = plan;
        self.date_text = date_text;
        self.notice = Some(Notice::Info(format!(
            "Plan geopend: {}",
            path.file_name().unwrap_or_default().to_string_lossy()
        )));
        self.file = Some(path);
        self.go_to(step);
    }

    /// Opens a plan read by `kwadrant open`.
    pub fn open(&mut self, plan: Plan, path: PathBuf) {
        self.load(plan, path);
    }

    // ----- questionnaire and sliders ----------------------------------

    fn sync_highlight(&mut self) {
        let catalog = self.catalog();
        self.question = self.question.min(catalog.questions.len().saturating_sub(1));
        let id = &catalog.questions[self.question].id;
        self.highlight = self
            .answer(id)
            .and_then(|a| usize::try_from(a - 1).ok())
            .unwrap_or(2);
    }

    /// The answer given to an item.
    pub fn answer(&self, id: &str) -> Option<i64> {
        self.plan
            .positie
            .antwoorden
            .iter()
            .find(|(q, _)| q == id)
            .map(|(_, a)| *a)
    }

    fn give_answer(&mut self, answer: u8) {
        let catalog = self.catalog();
        let id = catalog.questions[self.question].id.clone();
        let answers = &mut self.plan_mut().positie.antwoorden;
        match answers.iter_mut().find(|(q, _)| *q == id) {
            Some(slot) => slot.1 = i64::from(answer),
            None => answers.push((id, i64::from(answer))),
        }
        // Keep the catalog's order, so the file reads s1, s2, ... c6.
        let order = |id: &str| catalog.questions.iter().position(|q| q.id == id);
        answers.sort_by_key(|(id, _)| order(id));
        self.recompute_scores();
        self.next_question();
    }

    fn recompute_scores(&mut self) {
        let catalog = self.catalog();
        let answers = self.plan.positie.antwoorden.clone();
        for axis in [Axis::Sociaal, Axis::Creativiteit] {
            if let Some(score) = axis_score(catalog, &answers, axis) {
                match axis {
                    Axis::Sociaal => self.plan_mut().positie.sociaal = Some(score),
                    Axis::Creativiteit => self.plan_mut().positie.creativiteit = Some(score),
                }
            }
        }
    }

    fn next_question(&mut self) {
        if self.question + 1 < self.catalog().questions.len() {
            self.question += 1;
            self.sync_highlight();
        } else if self.plan.positie.position().is_some() {
            self.go_to(Step::Position);
        } else {
            self.notice = Some(Notice::Error(
                "Beantwoord minstens één vraag over elk onderwerp.".into(),
            ));
        }
    }

    fn switch_method(&mut self) {
        let p = &mut self.plan.positie;
        if p.methode == Some(Methode::Direct) {
            p.methode = Some(Methode::Vragenlijst);
            p.antwoorden = std::mem::take(&mut self.stashed_answers);
            self.recompute_scores();
            self.sync_highlight();
        } else {
            p.methode = Some(Methode::Direct);
            self.stashed_answers = std::mem::take(&mut p.antwoorden);
            let p = &mut self.plan_mut().positie;
            p.sociaal.get_or_insert(5.0);
            p.creativiteit.get_or_insert(5.0);
        }
        self.dirty = true;
    }

    fn nudge(&mut self, axis: Axis, delta: f64) {
        let p = &mut self.plan.positie;
        let slot = match axis {
            Axis::Sociaal => &mut p.sociaal,
            Axis::Creativiteit => &mut p.creativiteit,
        };
        let Some(value) = slot else {
            self.notice = Some(Notice::Error(
                "Er is nog geen score. Beantwoord eerst de vragen bij 'Jouw werk'.".into(),
            ));
            return;
        };
        *value = round_score((*value + delta).clamp(MIN_SCORE, MAX_SCORE));
        self.dirty = true;
    }

    // ----- plan grid ----------------------------------------------------

    /// The quadrant of the plan, if the scores are known.
    pub fn quadrant(&self) -> Option<Quadrant> {
        self.plan.positie.quadrant()
    }

    /// The rows of the open cell: its actions, suggestions, "write your own".
    pub fn cell_rows(&self) -> Vec<CellRow> {
        let Some((termijn, soort)) = self.grid.cell() else {
            return Vec::new();
        };
        let mut rows: Vec<CellRow> = self
            .plan
            .acties
            .iter()
            .enumerate()
            .filter(|(_, a)| a.termijn == termijn && a.soort == soort)
            .map(|(i, _)| CellRow::Action(i))
            .collect();
        let taken: Vec<&str> = self.plan.acties.iter().map(|a| a.tekst.as_str()).collect();
        let catalog = self.catalog();
        let fits = |s: &&crate::model::catalog::Suggestion| match self.quadrant() {
            Some(q) => s.fits(q),
            None => s.kwadranten.is_empty(),
        };
        for s in catalog
            .suggestions
            .iter()
            .filter(|s| s.termijn == termijn.id() && s.soort == soort.id())
            .filter(fits)
        {
            if !taken.contains(&s.tekst.as_str()) {
                rows.push(CellRow::Suggestion(
                    s.tekst.clone(),
                    s.form().unwrap_or(Vorm::Informeel),
                ));
            }
        }
        rows.push(CellRow::Own);
        rows
    }

    fn focused_cell_row(&self) -> Option<CellRow> {
        let focus = self.cell.as_ref()?.focus;
        self.cell_rows().get(focus).cloned()
    }

    fn grid_move(&mut self, msg: &Msg) {
        let g = &mut self.grid;
        match msg {
            Msg::Left if g.row < 2 => g.col = g.col.saturating_sub(1),
            Msg::Right if g.row < 2 => g.col = (g.col + 1).min(2),
            Msg::Up => g.row = g.row.saturating_sub(1),
            Msg::Down => g.row = (g.row + 1).min(2),
            Msg::NextField => {
                if g.row < 2 && g.col < 2 {
                    g.col += 1;
                } else if g.row < 2 {
                    g.row += 1;
                    g.col = 0;
                }
            }
            Msg::PrevField => {
                if g.row == 2 {
                    g.row = 1;
                    g.col = 2;
                } else if g.col > 0 {
                    g.col -= 1;
                } else if g.row > 0 {
                    g.row -= 1;
                    g.col = 2;
                }
            }
            _ => {}
        }
    }

    fn cell_update(&mut self, msg: Msg) -> Option<Effect> {
        let rows = self.cell_rows();
        let focused = self.focused_cell_row();
        let writing = self.cell.as_ref()?.writing;
        if let Some(target) = writing {
            match msg {
                Msg::Confirm => self.finish_writing(target),
                Msg::Back => {
                    if let Some(cell) = &mut self.cell {
                        cell.writing = None;
                        cell.draft.clear();
                    }
                    self.editing = None;
                }
                Msg::Edit(key) => self.edit(TextId::Actie, key),
                Msg::Paste(text) => self.paste(TextId::Actie, &text),
                _ => {}
            }
            return None;
        }
        match (msg, focused) {
            (Msg::Up | Msg::PrevField, _) => {
                if let Some(cell) = &mut self.cell {
                    cell.focus = cell.focus.saturating_sub(1);
                }
            }
            (Msg::Down | Msg::NextField, _) => {
                if let Some(cell) = &mut self.cell {
                    cell.focus = (cell.focus + 1).min(rows.len().saturating_sub(1));
                }
            }
            (Msg::Back, _) => self.cell = None,
            (Msg::Confirm | Msg::Toggle, Some(CellRow::Suggestion(tekst, vorm))) => {
                self.add_action(tekst, vorm);
            }
            (Msg::Confirm | Msg::Toggle, Some(CellRow::Own)) => {
                if let Some(cell) = &mut self.cell {
                    cell.writing = Some(None);
                    cell.draft.clear();
                }
            }
            (Msg::Confirm, Some(CellRow::Action(i))) => {
                let text = self.plan.acties[i].tekst.clone();
                if let Some(cell) = &mut self.cell {
                    cell.writing = Some(Some(i));
                    cell.draft = text;
                }
            }
            (Msg::Toggle | Msg::ToggleKlaar, Some(CellRow::Action(i))) => self.toggle_klaar(i),
            (Msg::ToggleVorm, Some(CellRow::Action(i))) => {
                let a = &mut self.plan_mut().acties[i];
                a.vorm = Some(match a.vorm {
                    Some(Vorm::Formeel) => Vorm::Informeel,
                    _ => Vorm::Formeel,
                });
            }
            (Msg::Delete, Some(CellRow::Action(i))) => {
                self.dialog = Some(Dialog {
                    kind: DialogKind::DeleteAction(i),
                    focus: 0,
                });
            }
            _ => {}
        }
        None
    }

    fn toggle_klaar(&mut self, i: usize) {
        let a = &mut self.plan_mut().acties[i];
        a.klaar = !a.klaar;
    }

    fn add_action(&mut self, tekst: String, vorm: Vorm) {
        let Some((termijn, soort)) = self.grid.cell() else {
            return;
        };
        self.plan_mut().acties.push(Actie {
            termijn,
            soort,
            tekst,
            vorm: Some(vorm),
            klaar: false,
        });
        // Keep the actions of one cell together in the file.
        let order = |a: &Actie| {
            let t = Termijn::ALL.iter().position(|x| *x == a.termijn);
            let s = Soort::ALL.iter().position(|x| *x == a.soort);
            (t, s)
        };
        self.plan.acties.sort_by_key(order);
        self.notice = Some(Notice::Info("Actie toegevoegd aan je plan.".into()));
    }

    fn finish_writing(&mut self, target: Option<usize>) {
        let draft = self
            .cell
            .as_ref()
            .map(|c| c.draft.trim().to_string())
            .unwrap_or_default();
        if draft.is_empty() {
            self.notice = Some(Notice::Error(
                "Schrijf eerst wat je gaat doen, of druk op Esc.".into(),
            ));
            return;
        }
        match target {
            Some(i) => self.plan_mut().acties[i].tekst = draft,
            None => self.add_action(draft, Vorm::Informeel),
        }
        if let Some(cell) = &mut self.cell {
            cell.writing = None;
            cell.draft.clear();
        }
        self.editing = None;
    }

    // ----- text editing -------------------------------------------------

    fn edit(&mut self, id: TextId, key: EditKey) {
        let request = match key {
            EditKey::Insert(c) => InputRequest::InsertChar(c),
            EditKey::Backspace => InputRequest::DeletePrevChar,
            EditKey::Delete => InputRequest::DeleteNextChar,
            EditKey::Left => InputRequest::GoToPrevChar,
            EditKey::Right => InputRequest::GoToNextChar,
            EditKey::WordLeft => InputRequest::GoToPrevWord,
            EditKey::WordRight => InputRequest::GoToNextWord,
            EditKey::Home => InputRequest::GoToStart,
            EditKey::End => InputRequest::GoToEnd,
            EditKey::DeleteWord => InputRequest::DeletePrevWord,
            EditKey::Clear => InputRequest::DeleteLine,
        };
        let mut input = match self.editing.take() {
            Some((editing, input)) if editing == id => input,
            _ => Input::new(self.text(id)),
        };
        let before = input.value().to_string();
        input.handle(request);
        let after = input.value().to_string();
        self.editing = Some((id, input));
        if after != before {
            self.set_text(id, after);
            // The list of suggestions changed: go back to the text itself.
            let f = self.form_focus();
            if f.row > 0 && self.step != Step::Plan {
                self.focus[self.step.index()].row = 0;
            }
        }
    }

    fn paste(&mut self, id: TextId, text: &str) {
        for c in text.chars() {
            let c = if c.is_control() { ' ' } else { c };
            self.edit(id, EditKey::Insert(c));
        }
    }

    /// The cursor position (in characters) of a text field.
    pub fn cursor(&self, id: TextId) -> usize {
        match &self.editing {
            Some((editing, input)) if *editing == id => input.cursor(),
            _ => self.text(id).chars().count(),
        }
    }

    // ----- update -------------------------------------------------------

    /// Applies one message; returns the I/O the run loop must do.
    pub fn update(&mut self, msg: Msg) -> Option<Effect> {
        match msg {
            Msg::Resize(w, h) => {
                self.size = (w, h);
                return None;
            }
            Msg::Saved(path, at) => return self.saved(path, at),
            Msg::SaveConflict(path) => {
                self.after_save = None;
                self.dialog = Some(Dialog {
                    kind: DialogKind::Overwrite(path),
                    focus: 0,
                });
                return None;
            }
            Msg::SaveFailed(why) => {
                self.after_save = None;
                self.notice = Some(Notice::Error(why));
                return None;
            }
            Msg::Opened(plan, path) => {
                self.load(*plan, path);
                return None;
            }
            Msg::OpenFailed(why) | Msg::ExportFailed(why) => {
                self.notice = Some(Notice::Error(why));
                return None;
            }
            Msg::Exported(path) => {
                self.notice = Some(Notice::Info(format!(
                    "Klaar om te printen: {} (open het in je browser)",
                    path.file_name().unwrap_or_default().to_string_lossy()
                )));
                return None;
            }
            _ => {}
        }
        self.notice = None;
        match msg {
            Msg::Quit => return self.request_quit(),
            Msg::Save if self.fits() => return self.save_effect(),
            _ => {}
        }
        if self.dialog.is_some() {
            return self.dialog_update(msg);
        }
        if self.help {
            if msg == Msg::Back || msg == Msg::Help {
                self.help = false;
            }
            return None;
        }
        if msg == Msg::Help {
            self.help = true;
            return None;
        }
        match self.step {
            Step::Work => self.work_update(msg),
            Step::Position => self.position_update(msg),
            Step::Plan => self.plan_update(msg),
            _ => self.form_update(msg),
        }
    }

    fn saved(&mut self, path: PathBuf, at: Datetime) -> Option<Effect> {
        self.plan.aangemaakt.get_or_insert(at);
        self.plan.gewijzigd = Some(at);
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let folder = path
            .parent()
            .map(|p| p.display().to_string())
            .unwrap_or_default();
        self.file = Some(path.clone());
        self.dirty = false;
        let status = match self.plan.status {
            Status::Klaar => "klaar",
            Status::Concept => "concept",
        };
        self.notice = Some(Notice::Info(format!(
            "Opgeslagen ({status}): {name} in {folder}"
        )));
        match self.after_save.take() {
            Some(AfterSave::Quit) => Some(Effect::Quit),
            Some(AfterSave::NewSession) => {
                self.reset();
                Some(Effect::ClearScreen)
            }
            Some(AfterSave::Export) => Some(Effect::Export(path)),
            None => None,
        }
    }

    fn dialog_update(&mut self, msg: Msg) -> Option<Effect> {
        let dialog = self.dialog.as_mut()?;
        let count = dialog.kind.options().len();
        match msg {
            Msg::Up => dialog.focus = dialog.focus.saturating_sub(1),
            Msg::Down => dialog.focus = (dialog.focus + 1).min(count - 1),
            Msg::Back => self.dialog = None,
            Msg::Confirm => {
                let Dialog { kind, focus } = self.dialog.take()?;
                return self.answer_dialog(kind, focus);
            }
            _ => {}
        }
        None
    }

    fn answer_dialog(&mut self, kind: DialogKind, choice: usize) -> Option<Effect> {
        match (kind, choice) {
            (DialogKind::QuitUnsaved, 0) => {
                self.after_save = Some(AfterSave::Quit);
                self.save_effect()
            }
            (DialogKind::QuitUnsaved, 1) => Some(Effect::Quit),
            (DialogKind::NewSessionUnsaved, 0) => {
                self.after_save = Some(AfterSave::NewSession);
                self.save_effect()
            }
            (DialogKind::NewSessionUnsaved, 1) => {
                self.reset();
                Some(Effect::ClearScreen)
            }
            (DialogKind::Overwrite(path), 0) => Some(Effect::Save {
                path,
                mode: SaveMode::CreateNew,
                pick_free_name: true,
            }),
            (DialogKind::Overwrite(path), 1) => Some(Effect::Save {
                path,
                mode: SaveMode::ReplaceSamePlan,
                pick_free_name: false,
            }),
            (DialogKind::DeleteAction(i), 0) => {
                if i < self.plan.acties.len() {
                    self.plan_mut().acties.remove(i);
                    if let Some(cell) = &mut self.cell {
                        cell.focus = cell.focus.saturating_sub(1);
                    }
                }
                None
            }
            _ => None,
        }
    }

    fn form_update(&mut self, msg: Msg) -> Option<Effect> {
        let text_id = match self.focused_field().map(|f| f.kind) {
            Some(FieldKind::Text(id)) => Some(id),
            _ => None,
        };
        match msg {
            Msg::Down => self.form_move(true),
            Msg::Up => self.form_move(false),
            Msg::NextField => self.form_jump(true),
            Msg::PrevField => self.form_jump(false),
            Msg::Confirm => return self.form_confirm(true),
            Msg::Toggle => return self.form_confirm(false),
            Msg::Back => {
                if self.step == Step::Start && self.opening {
                    self.opening = false;
                    self.set_form_focus(FormFocus { field: 1, row: 0 });
                } else {
                    self.go_to(self.step.prev());
                }
            }
            Msg::Edit(key) => {
                if let Some(id) = text_id {
                    self.edit(id, key);
                }
            }
            Msg::Paste(text) => {
                if let Some(id) = text_id {
                    self.paste(id, &text);
                }
            }
            _ => {}
        }
        None
    }

    fn work_update(&mut self, msg: Msg) -> Option<Effect> {
        if msg == Msg::SwitchMethod {
            self.switch_method();
            return None;
        }
        if self.plan.positie.methode == Some(Methode::Direct) {
            match msg {
                Msg::Up | Msg::Down => {
                    self.slider = match self.slider {
                        Axis::Sociaal => Axis::Creativiteit,
                        Axis::Creativiteit => Axis::Sociaal,
                    }
                }
                Msg::Left => self.nudge(self.slider, -STEP),
                Msg::Right => self.nudge(self.slider, STEP),
                Msg::FineLeft => self.nudge(self.slider, -FINE_STEP),
                Msg::FineRight => self.nudge(self.slider, FINE_STEP),
                Msg::Confirm => self.go_to(Step::Position),
                Msg::Back => self.go_to(Step::About),
                _ => {}
            }
            return None;
        }
        match msg {
            Msg::Up => self.highlight = self.highlight.saturating_sub(1),
            Msg::Down => self.highlight = (self.highlight + 1).min(4),
            Msg::Answer(n) => self.give_answer(n),
            Msg::Confirm => self.give_answer(self.highlight as u8 + 1),
            Msg::NextField => self.next_question(),
            Msg::PrevField | Msg::Back if self.question > 0 => {
                self.question -= 1;
                self.sync_highlight();
            }
            Msg::Back => self.go_to(Step::About),
            _ => {}
        }
        None
    }

    fn position_update(&mut self, msg: Msg) -> Option<Effect> {
        match msg {
            Msg::Left => self.nudge(Axis::Sociaal, -STEP),
            Msg::Right => self.nudge(Axis::Sociaal, STEP),
            Msg::Up => self.nudge(Axis::Creativiteit, STEP),
            Msg::Down => self.nudge(Axis::Creativiteit, -STEP),
            Msg::FineLeft => self.nudge(Axis::Sociaal, -FINE_STEP),
            Msg::FineRight => self.nudge(Axis::Sociaal, FINE_STEP),
            Msg::FineUp => self.nudge(Axis::Creativiteit, FINE_STEP),
            Msg::FineDown => self.nudge(Axis::Creativiteit, -FINE_STEP),
            Msg::Why => self.why = !self.why,
            Msg::Compare => self.compare = !self.compare,
            Msg::Confirm => {
                if self.plan.positie.position().is_some() {
                    self.go_to(Step::Direction);
                } else {
                    self.notice = Some(Notice::Error(
                        "Er is nog geen plek. Beantwoord eerst de vragen bij 'Jouw werk'.".into(),
                    ));
                }
            }
            Msg::Back => self.go_to(Step::Work),
            _ => {}
        }
        None
    }

    fn plan_update(&mut self, msg: Msg) -> Option<Effect> {
        if self.cell.is_some() {
            return self.cell_update(msg);
        }
        match msg {
            Msg::Confirm | Msg::Toggle => {
                if self.grid.cell().is_some() {
                    self.cell = Some(CellState::default());
                } else {
                    self.go_to(Step::Conversation);
                }
            }
            Msg::Back => self.go_to(Step::Direction),
            other => self.grid_move(&other),
        }
        None
    }
}

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
