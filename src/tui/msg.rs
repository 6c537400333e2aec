//! What can happen to the session (messages), what the run loop must do
//! for it (effects), and the short notices in the status line. Plain data,
//! shared by the App, the steps and the key table.

use std::path::PathBuf;

use toml::value::Datetime;

use crate::model::plan::{Plan, Status};
use crate::plan_file::SaveMode;

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
    /// Page down: read further in a long text.
    PageDown,
    /// Page up.
    PageUp,
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
    /// A letter typed where letters are not typed but are keys: someone who
    /// thinks they are writing. The app says so, and until another kind of
    /// key comes, letters stay this (the keymap's `stray`).
    Stray(char),
    /// The terminal has a new size.
    Resize(u16, u16),
    /// Show or hide "Waarom hier?".
    Why,
    /// Switch the reference jobs on the chart.
    Compare,
    /// Questionnaire or sliders.
    SwitchMethod,
    /// From "Jouw werk" straight to "Jouw taken", to find the point with
    /// the tasks instead.
    ToTasks,
    /// Formal or informal learning for the focused action.
    ToggleVorm,
    /// Mark the focused action done or not.
    ToggleKlaar,
    /// Remove the focused action or task.
    Delete,
    /// Mark the focused task as the core of the work, or not.
    MarkCore,
    /// The focused task shrinks or goes ("− minder"), or not any more.
    Shrinks,
    /// The focused task grows or is new ("+ meer"), or not any more.
    Grows,
    /// The plan was saved at this path, at this time; `true` when the
    /// export beside it was made again too.
    Saved(PathBuf, Datetime, bool),
    /// A new plan would replace an existing file; its status and when it
    /// was saved, when it reads as a plan.
    SaveConflict(PathBuf, Option<(Status, Option<Datetime>)>),
    /// The plan file holds something other than what this session last
    /// read or wrote: this (`None` when it cannot be read as a plan).
    ChangedOnDisk(PathBuf, Option<Box<Plan>>),
    /// Saving failed: why, and where else it can go.
    SaveFailed(Box<Failed>),
    /// A plan was read from this path.
    Opened(Box<Plan>, PathBuf),
    /// A plan was read, but another window has it open.
    InUse(Box<InUse>),
    /// Opening failed; the Dutch reason.
    OpenFailed(String),
    /// Something was done outside the plan; say how it went.
    Told(Notice),
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
    /// Keep or remove the file of an emergency copy.
    CopyFile(CopyFile),
    /// Clear the terminal: a new person sits down.
    ClearScreen,
    /// Leave the program.
    Quit,
}

/// What the person chose to do with the copy's file; carried out by the
/// run loop, which reports back with a notice.
#[derive(Debug, Clone, PartialEq)]
pub enum CopyFile {
    /// Keep it as an ordinary plan beside the original.
    Keep(PathBuf),
    /// Remove it.
    Remove(PathBuf),
}

/// A save that failed, and the folders it can go to instead.
#[derive(Debug, Clone, PartialEq)]
pub struct Failed {
    /// Why, in Dutch, with what to do.
    pub why: String,
    /// The person's own (home) folder, when it differs from the one tried.
    pub home: Option<PathBuf>,
    /// The folder kwadrant started in, when it differs from both.
    pub start: Option<PathBuf>,
}

/// A plan another window has open, read from its file.
#[derive(Debug, Clone, PartialEq)]
pub struct InUse {
    /// The plan as it reads now.
    pub plan: Plan,
    /// Its file.
    pub path: PathBuf,
    /// Who has it open, from the lock file.
    pub holder: crate::tui::lock::Holder,
}

/// A folder being typed after a failed save.
#[derive(Debug, Clone, PartialEq)]
pub struct TypedFolder {
    /// The save that failed, to go back to.
    pub failed: Failed,
    /// What was typed so far.
    pub text: String,
    /// The cursor in it, in characters.
    pub cursor: usize,
}

/// A short message in the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    /// Something went well.
    Info(String),
    /// Something went wrong; says what to do.
    Error(String),
}
