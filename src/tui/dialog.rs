//! Questions that must be answered before the session goes on: their
//! wording and their answers. The App owns the open dialog; a step can ask
//! for one and gets the answer back.

use std::path::PathBuf;

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

impl Dialog {
    /// A dialog with the first (default) answer highlighted.
    pub fn new(kind: DialogKind) -> Self {
        Dialog { kind, focus: 0 }
    }

    /// Moves the highlight one answer up or down.
    pub fn move_focus(&mut self, down: bool) {
        let last = self.kind.options().len().saturating_sub(1);
        self.focus = if down {
            (self.focus + 1).min(last)
        } else {
            self.focus.saturating_sub(1)
        };
    }
}
