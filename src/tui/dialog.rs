//! Questions that must be answered before the session goes on: their
//! wording and their answers. The App owns the open dialog; a step can ask
//! for one and gets the answer back.

use std::path::PathBuf;

use super::msg::{Effect, Failed, InUse, TypedFolder};
use toml::value::Datetime;

use crate::model::keyword::Keyword;
use crate::model::plan::{Plan, Status};
use crate::plan_file::SaveMode;
use crate::report::text::dutch_date;

/// What comes after the plan is put away: each of these would drop what is
/// on screen, so with unsaved changes it is asked first.
#[derive(Debug, Clone, PartialEq)]
pub enum Then {
    /// Leave kwadrant.
    Quit,
    /// Clear everything for the next person (to Welkom).
    NewSession,
    /// Start an empty plan (to Over jou).
    NewPlan,
    /// Continue with this plan, read from this file.
    Open(Box<Plan>, PathBuf),
    /// Look at this plan, read from this file, without saving into it.
    OpenReadOnly(Box<Plan>, PathBuf),
    /// Write the export for the manager (needs the plan saved first).
    Export,
}

/// An emergency copy found on start, and the plan in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Copy {
    /// The copy's file.
    pub path: PathBuf,
    /// The plan as it was on screen.
    pub plan: Plan,
}

impl Copy {
    /// The question of the dialog: when the copy was made, no name.
    pub fn question(&self) -> String {
        let when = self
            .plan
            .gewijzigd
            .as_ref()
            .map_or(String::new(), |at| format!(" op {}", dutch_date(at)));
        format!(
            "kwadrant stopte de vorige keer onverwacht. Er is een noodkopie van een plan, \
             gemaakt{when}. Wat wil je ermee doen?"
        )
    }
}

/// The answers to the offer of an emergency copy, in order.
pub const RECOVER_OPTIONS: &[&str] = &[
    "Verder met de noodkopie",
    "De noodkopie apart bewaren",
    "De noodkopie weggooien",
];

/// The plan file changed since this session last read or wrote it.
#[derive(Debug, Clone, PartialEq)]
pub struct Changed {
    /// The plan file.
    pub path: PathBuf,
    /// What is in it now, when it can be read.
    pub other: Option<Plan>,
    /// This session's version, for the comparison in the question.
    pub mine: Plan,
}

/// The answers when the file changed, in order; the first is the default.
pub const CHANGED_OPTIONS: &[&str] = &[
    "Mijn versie opslaan onder een nieuwe naam",
    "Eerst de andere versie bekijken",
    "De andere versie vervangen door de mijne",
    "Terug",
];

pub const REPLACE_OPTIONS: &[&str] = &["Nee, terug", "Ja, vervang de andere versie"];

impl Changed {
    /// The question: what happened, and how the two versions differ, with
    /// no name or free text from either.
    pub fn question(&self) -> String {
        let name = self.path.file_name().unwrap_or_default().to_string_lossy();
        let other = match &self.other {
            Some(other) => format!(
                "De andere versie{}: {}.",
                saved_on(other.gewijzigd.as_ref()),
                summary(other)
            ),
            None => "De andere versie kan kwadrant niet lezen.".into(),
        };
        format!(
            "Iemand anders heeft {name} veranderd sinds jij het opende of opsloeg. {other} \
             Jouw versie: {}. Jouw werk staat nog op het scherm.",
            summary(&self.mine)
        )
    }

    /// A closer look at the other version, to read only: what differs
    /// from the version on screen.
    pub fn comparison(&self) -> String {
        let name = self.path.file_name().unwrap_or_default().to_string_lossy();
        let Some(other) = &self.other else {
            return format!("De andere versie van {name} kan kwadrant niet lezen.");
        };
        let when = saved_on(other.gewijzigd.as_ref());
        let only = |a: &Plan, b: &Plan| {
            a.acties
                .iter()
                .filter(|x| !b.acties.iter().any(|y| y.tekst == x.tekst))
                .count()
        };
        let klaar = |p: &Plan| p.acties.iter().filter(|a| a.klaar).count();
        let (theirs, mine) = (place_of(other), place_of(&self.mine));
        let place = if theirs == mine {
            format!("Plek: dezelfde als bij jou, {theirs}.")
        } else {
            format!("Plek: {theirs}; bij jou: {mine}.")
        };
        format!(
            "De andere versie van {name} ({}{when}). {place} Acties: {}, waarvan {} klaar; \
             bij jou: {}, waarvan {} klaar. {} staan alleen in de andere versie, {} alleen in \
             de jouwe. Jouw versie staat nog op het scherm.",
            other.status.id(),
            other.acties.len(),
            klaar(other),
            self.mine.acties.len(),
            klaar(&self.mine),
            only(other, &self.mine),
            only(&self.mine, other),
        )
    }
}

/// "Vaste stappen (Danger zone)", or "nog geen plek".
pub fn place_of(plan: &Plan) -> String {
    plan.positie
        .position()
        .map_or("nog geen plek".to_string(), |p| p.result_label())
}

/// ", opgeslagen op 1 december 2026, 14:05", or nothing when not known.
fn saved_on(when: Option<&Datetime>) -> String {
    when.map_or(String::new(), |at| {
        format!(", opgeslagen op {}", dutch_date(at))
    })
}

/// "Vaste stappen (Danger zone), 3 acties".
fn summary(plan: &Plan) -> String {
    let actions = match plan.acties.len() {
        1 => "1 actie".to_string(),
        n => format!("{n} acties"),
    };
    format!("{}, {actions}", place_of(plan))
}

/// A file a new plan would replace: what it is, without anyone's data.
#[derive(Debug, Clone, PartialEq)]
pub struct Existing {
    /// The file.
    pub path: PathBuf,
    /// Its status and when it was last saved, when it reads as a plan.
    pub plan: Option<(Status, Option<Datetime>)>,
    /// Whether this window (this run of kwadrant) wrote it.
    pub made_here: bool,
}

impl Existing {
    /// "Er is al een plan x.toml (klaar, opgeslagen op ...; niet in dit
    /// venster opgeslagen)."
    pub fn question(&self) -> String {
        let name = self.path.file_name().unwrap_or_default().to_string_lossy();
        let who = if self.made_here {
            "opgeslagen in dit venster"
        } else {
            "niet in dit venster opgeslagen"
        };
        match &self.plan {
            Some((status, changed)) => format!(
                "Er is al een plan {name} ({}{}; {who}).",
                status.id(),
                saved_on(changed.as_ref())
            ),
            None => format!("Er is al een bestand {name} ({who})."),
        }
    }
}

/// The answer after a failed save that lets the person type a folder.
pub const TYPE_A_FOLDER: &str = "Een andere map typen";

impl TypedFolder {
    fn question(&self) -> String {
        let mut text =
            "In welke map wil je je plan opslaan? Typ de map en druk op Enter.".to_string();
        if let Some(home) = &self.failed.home {
            text.push_str(&format!(" Je eigen map is {}.", home.display()));
        }
        text
    }
}

impl Failed {
    /// The folders offered, in the order of the answers.
    pub fn folders(&self) -> Vec<PathBuf> {
        self.home.iter().chain(&self.start).cloned().collect()
    }

    fn question(&self) -> String {
        let mut text = format!(
            "Je plan is niet opgeslagen. {} Je werk staat nog op het scherm.",
            self.why
        );
        if let Some(home) = &self.home {
            text.push_str(&format!(" Je eigen map: {}.", home.display()));
        }
        if let Some(start) = &self.start {
            text.push_str(&format!(" De map waar je begon: {}.", start.display()));
        }
        text
    }

    fn options(&self) -> &'static [&'static str] {
        match (self.home.is_some(), self.start.is_some()) {
            (true, true) => &[
                "Opslaan in je eigen map",
                "Opslaan in de map waar je begon",
                TYPE_A_FOLDER,
                "Terug naar het plan",
            ],
            (true, false) => &[
                "Opslaan in je eigen map",
                TYPE_A_FOLDER,
                "Terug naar het plan",
            ],
            (false, true) => &[
                "Opslaan in de map waar je begon",
                TYPE_A_FOLDER,
                "Terug naar het plan",
            ],
            (false, false) => &[TYPE_A_FOLDER, "Terug naar het plan"],
        }
    }
}

/// The answers when a plan is open elsewhere, in order; the first is the default.
pub const IN_USE_OPTIONS: &[&str] = &["Alleen lezen", "Toch openen", "Terug"];

impl InUse {
    fn question(&self) -> String {
        let name = self.path.file_name().unwrap_or_default().to_string_lossy();
        let since = self
            .holder
            .since
            .as_ref()
            .map_or(String::new(), |at| format!(" sinds {}", dutch_date(at)));
        format!(
            "{name} is al open in een ander venster{since}. Werk je er allebei in, dan moet \
             één van jullie straks onder een nieuwe naam opslaan. Met \"Alleen lezen\" kijk je \
             mee; wat je verandert, sla je op als een nieuw plan."
        )
    }
}

/// A question that must be answered before going on.
#[derive(Debug, Clone, PartialEq)]
pub enum DialogKind {
    /// There are unsaved changes; save them first?
    Unsaved(Then),
    /// Saving a new plan would replace this file.
    Overwrite(Box<Existing>),
    /// Remove this action (index in `plan.acties`).
    DeleteAction(usize),
    /// Remove this action, agreed in a fixed record of a conversation?
    DeleteAgreed(usize),
    /// An answer changed after the point was moved by hand: keep that point?
    KeepAdjusted,
    /// An emergency copy from a session a signal ended: go on with it?
    Recover(Box<Copy>),
    /// Someone else changed the plan file since this session read or wrote it.
    Changed(Box<Changed>),
    /// Really replace the other version?
    ReplaceChanged(Box<Changed>),
    /// The other version, to read before choosing.
    OtherVersion(Box<Changed>),
    /// Saving failed: save somewhere else?
    SaveFailed(Box<Failed>),
    /// The plan to open is open in another window.
    InUse(Box<InUse>),
    /// After a failed save: type the folder to save in.
    TypeFolder(Box<TypedFolder>),
    /// Fix the record of the conversation (vastleggen)?
    FixRecord,
}

impl DialogKind {
    /// The question.
    pub fn question(&self) -> String {
        match self {
            DialogKind::Unsaved(_) => "Je hebt wijzigingen die nog niet zijn opgeslagen.".into(),
            DialogKind::Overwrite(existing) => existing.question(),
            DialogKind::DeleteAction(_) => "Wil je deze actie weghalen?".into(),
            DialogKind::DeleteAgreed(_) => "Deze actie hebben jullie in het gesprek afgesproken. \
                                            Wil je hem toch uit je plan weghalen? In het verslag \
                                            van het gesprek blijft hij staan."
                .into(),
            DialogKind::KeepAdjusted => "Je had de plek met de hand verschoven. Je antwoord is \
                                         veranderd. Wil je jouw plek houden?"
                .into(),
            DialogKind::Recover(copy) => copy.question(),
            DialogKind::Changed(changed) => changed.question(),
            DialogKind::OtherVersion(changed) => changed.comparison(),
            DialogKind::SaveFailed(failed) => failed.question(),
            DialogKind::InUse(in_use) => in_use.question(),
            DialogKind::TypeFolder(typed) => typed.question(),
            DialogKind::FixRecord => "Jullie leggen dit gesprek vast. Daarna blijft het zoals \
                                      het is: je kunt alleen nog aanvinken wat gedaan is. Zijn \
                                      jullie het allebei eens?"
                .into(),
            DialogKind::ReplaceChanged(_) => "Weet je het zeker? De andere versie is daarna weg. \
                                              Vraag het eerst na als je niet weet van wie die is."
                .into(),
        }
    }

    /// The answers, first is the default.
    pub fn options(&self) -> &'static [&'static str] {
        match self {
            DialogKind::Unsaved(Then::Quit) => &[
                "Opslaan en stoppen",
                "Stoppen zonder opslaan",
                "Terug naar het plan",
            ],
            DialogKind::Unsaved(Then::NewSession) => &[
                "Opslaan en nieuwe sessie",
                "Nieuwe sessie zonder opslaan",
                "Terug naar het plan",
            ],
            DialogKind::Unsaved(Then::NewPlan) => &[
                "Opslaan en een nieuw plan maken",
                "Nieuw plan zonder opslaan",
                "Terug naar het plan",
            ],
            DialogKind::Unsaved(Then::Open(..) | Then::OpenReadOnly(..)) => &[
                "Opslaan en het andere plan openen",
                "Het andere plan openen zonder opslaan",
                "Terug naar het plan",
            ],
            DialogKind::Unsaved(Then::Export) => &["Opslaan en exporteren", "Terug naar het plan"],
            DialogKind::Overwrite(_) => &[
                "Opslaan onder een nieuwe naam",
                "Het oude bestand vervangen",
                "Terug",
            ],
            DialogKind::DeleteAction(_) | DialogKind::DeleteAgreed(_) => {
                &["Ja, weghalen", "Nee, laten staan"]
            }
            DialogKind::KeepAdjusted => &["Ja, houd mijn plek", "Nee, gebruik de nieuwe uitkomst"],
            DialogKind::Recover(_) => RECOVER_OPTIONS,
            DialogKind::Changed(_) => CHANGED_OPTIONS,
            DialogKind::OtherVersion(_) => &["Terug naar de keuze"],
            DialogKind::SaveFailed(failed) => failed.options(),
            DialogKind::InUse(_) => IN_USE_OPTIONS,
            DialogKind::TypeFolder(_) => &[],
            DialogKind::ReplaceChanged(_) => REPLACE_OPTIONS,
            DialogKind::FixRecord => &["Ja, vastleggen en opslaan", "Nee, nog niet"],
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

    /// What answer `choice` to [`DialogKind::Overwrite`] of `path` does: save
    /// under a free name, replace the file, or nothing ("Terug").
    pub fn overwrite(path: PathBuf, choice: usize) -> Option<Effect> {
        let (mode, pick_free_name) = match choice {
            0 => (SaveMode::CreateNew, true),
            1 => (SaveMode::ReplaceSamePlan, false),
            _ => return None,
        };
        Some(Effect::Save {
            path,
            mode,
            pick_free_name,
        })
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_file_in_the_way_says_what_it_is_and_whether_this_window_saved_it() {
        let at = "2026-12-01T14:05:00+01:00".parse().unwrap();
        let mut existing = Existing {
            path: PathBuf::from("/m/groeiplan-sanne.toml"),
            plan: Some((Status::Concept, Some(at))),
            made_here: true,
        };
        assert_eq!(
            existing.question(),
            "Er is al een plan groeiplan-sanne.toml (concept, opgeslagen op 1 december 2026, \
             14:05; opgeslagen in dit venster)."
        );
        existing.plan = None;
        existing.made_here = false;
        assert_eq!(
            existing.question(),
            "Er is al een bestand groeiplan-sanne.toml (niet in dit venster opgeslagen)."
        );
    }
}
