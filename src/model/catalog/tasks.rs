//! The task catalog (`data/taken.toml`): for each municipal reference job its
//! typical main tasks, each with a place on the two axes, for "Jouw taken".
//! Parsed on first use, so a session that never lists tasks does not pay
//! for it at start-up.

use std::sync::{LazyLock, OnceLock};

use serde::Deserialize;

use super::ReferenceJob;
use crate::model::plan::{Kleur, Taak};
use crate::model::position::Position;

/// The type of a task (Figuur 3.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum TaskKind {
    /// Preparing: reading in, collecting information, planning.
    Voorbereidend,
    /// Carrying out the work that delivers the result.
    Uitvoerend,
    /// Supporting: administration, registering, filing.
    Ondersteunend,
    /// Coordination and consultation.
    Organiserend,
}

impl TaskKind {
    /// The kind for its word in the file, such as "uitvoerend".
    pub fn from_word(word: &str) -> Option<Self> {
        match word {
            "voorbereidend" => Some(TaskKind::Voorbereidend),
            "uitvoerend" => Some(TaskKind::Uitvoerend),
            "ondersteunend" => Some(TaskKind::Ondersteunend),
            "organiserend" => Some(TaskKind::Organiserend),
            _ => None,
        }
    }
}

/// One typical task of a reference job.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CatalogTask {
    /// Stable id, such as "balie-1"; a plan's `bron` names it.
    pub id: String,
    /// The reference job's full name, as in `data/functies.toml`.
    pub functie: String,
    /// What the task is, at most 60 characters.
    pub tekst: String,
    /// The type of task (Figuur 3.2).
    pub soort: TaskKind,
    /// Its usual share of the working week, in percent.
    pub aandeel: i64,
    /// Usually the heart of the job.
    pub kern: bool,
    /// Technology tends to take it over.
    pub techniek: bool,
    /// Place on the x axis.
    pub sociaal: f64,
    /// Place on the y axis.
    pub creativiteit: f64,
    /// Where the job and the type come from.
    pub bron: String,
}

impl CatalogTask {
    /// This task as a person's task: its usual share now and in two years,
    /// its core mark, no colour yet, its place, and its id as `bron`.
    pub fn as_task(&self) -> Taak {
        Taak {
            tekst: self.tekst.clone(),
            procent_nu: self.aandeel,
            procent_straks: self.aandeel,
            kern: self.kern,
            kleur: Kleur::Geen,
            sociaal: self.sociaal,
            creativiteit: self.creativiteit,
            bron: self.id.clone(),
        }
    }

    /// The task's place on the grid.
    pub fn position(&self) -> Position {
        Position {
            sociaal: self.sociaal,
            creativiteit: self.creativiteit,
        }
    }
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct TaskFile {
    taak: Vec<CatalogTask>,
}

/// The file as embedded in the binary.
pub const SOURCE: &str = include_str!("../../../data/taken.toml");

static TASKS: LazyLock<Vec<CatalogTask>> = LazyLock::new(|| {
    // Checked by the tests below; a broken file is a build mistake.
    parse(SOURCE).expect("data/taken.toml is valid")
});

/// Parses a task catalog.
pub fn parse(text: &str) -> Result<Vec<CatalogTask>, String> {
    toml::from_str::<TaskFile>(text)
        .map(|f| f.taak)
        .map_err(|e| format!("taken.toml: {e}"))
}

/// Every task of the built-in catalog.
pub fn built_in() -> &'static [CatalogTask] {
    &TASKS
}

static INSTALLED: OnceLock<Vec<CatalogTask>> = OnceLock::new();

/// Makes `tasks` this run's task catalog (the gemeente's merged into the
/// built-in one, by `local::install`). Only the first call counts.
pub fn install(tasks: Vec<CatalogTask>) {
    let _ = INSTALLED.set(tasks);
}

/// Every task of this run's catalog: the built-in one, or with
/// `--catalogus` the gemeente's merged into it.
pub fn all() -> &'static [CatalogTask] {
    INSTALLED.get().map_or_else(built_in, Vec::as_slice)
}

/// The catalog's tasks of one reference job, in file order.
pub fn of(job: &ReferenceJob) -> Vec<&'static CatalogTask> {
    all().iter().filter(|t| t.functie == job.naam).collect()
}

/// The catalog task with this id.
pub fn find(id: &str) -> Option<&'static CatalogTask> {
    all().iter().find(|t| t.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::catalog::{Catalog, JobTable};
    use crate::model::position::check_score;

    #[test]
    fn every_municipal_job_has_five_to_seven_tasks_that_fill_a_week() {
        let catalog = Catalog::embedded();
        let jobs: Vec<_> = catalog.jobs_in(JobTable::Gemeente).collect();
        assert_eq!(jobs.len(), 21);
        for job in &jobs {
            let tasks = of(job);
            assert!(
                (5..=7).contains(&tasks.len()),
                "{}: {}",
                job.naam,
                tasks.len()
            );
            let week: i64 = tasks.iter().map(|t| t.aandeel).sum();
            assert_eq!(week, 100, "{}", job.naam);
            let core = tasks.iter().filter(|t| t.kern).count();
            assert!((1..=2).contains(&core), "{}: {core} core tasks", job.naam);
        }
        // Every task belongs to one of them.
        for task in all() {
            assert!(jobs.iter().any(|j| j.naam == task.functie), "{}", task.id);
        }
    }

    #[test]
    fn every_task_has_a_short_text_a_unique_id_and_a_place() {
        for (i, task) in all().iter().enumerate() {
            assert!(task.tekst.chars().count() <= 60, "{}", task.tekst);
            assert!(!task.tekst.trim().is_empty());
            assert!(all()[..i].iter().all(|t| t.id != task.id), "{}", task.id);
            assert_eq!(check_score(task.sociaal), Ok(task.sociaal), "{}", task.id);
            assert_eq!(check_score(task.creativiteit), Ok(task.creativiteit));
            assert!((1..=100).contains(&task.aandeel));
            assert!(task.bron.contains("Tabel 3.4"));
        }
        assert_eq!(
            find("balie-1").map(|t| t.functie.as_str()),
            Some("Baliemedewerker")
        );
    }
}
