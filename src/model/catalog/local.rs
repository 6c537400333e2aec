//! A gemeente's own catalog (`--catalogus MAP`): suggestions, reference jobs
//! and tasks that extend the built-in ones, or override an entry with the
//! same key (the text in a cell, the job's name in its list, the task's
//! id), or replace
//! a whole list when `catalogus.toml` says so. Reading the files is
//! `plan_file::read_catalog`'s job; this is the data and how it merges.

use std::sync::OnceLock;

use super::tasks::CatalogTask;
use super::{Catalog, ReferenceJob, Suggestion};

/// The files a catalog folder may hold, in the order they are read.
pub const FILES: [&str; 4] = [
    "catalogus.toml",
    "suggesties.toml",
    "functies.toml",
    "taken.toml",
];

/// The lists `catalogus.toml` may replace instead of extend.
pub const LISTS: [&str; 3] = ["suggesties", "functies", "taken"];

/// A gemeente's catalog, as read from its folder.
#[derive(Debug, Clone, Default)]
pub struct Local {
    /// The catalog's name, recorded in each plan saved with it.
    pub naam: String,
    /// The lists that replace the built-in ones instead of extending them.
    pub replace: Vec<String>,
    /// `suggesties.toml`, when present.
    pub suggestions: Vec<Suggestion>,
    /// `functies.toml`, when present.
    pub jobs: Vec<ReferenceJob>,
    /// `taken.toml`, when present.
    pub tasks: Vec<CatalogTask>,
}

impl Local {
    fn replaces(&self, list: &str) -> bool {
        self.replace.iter().any(|l| l == list)
    }

    /// The built-in catalog with this one's suggestions and jobs merged in.
    pub fn merge(&self, built_in: &Catalog) -> Catalog {
        let mut catalog = built_in.clone();
        let same_cell = |a: &Suggestion, b: &Suggestion| {
            a.termijn == b.termijn && a.soort == b.soort && a.tekst == b.tekst
        };
        merge_list(
            &mut catalog.suggestions,
            &self.suggestions,
            self.replaces("suggesties"),
            same_cell,
        );
        merge_list(
            &mut catalog.jobs,
            &self.jobs,
            self.replaces("functies"),
            // The same name may be in two lists (a municipal job and a general one).
            |a, b| a.naam == b.naam && a.table() == b.table(),
        );
        catalog
    }

    /// The built-in tasks with this catalog's merged in.
    pub fn merge_tasks(&self, built_in: &[CatalogTask]) -> Vec<CatalogTask> {
        let mut tasks = built_in.to_vec();
        merge_list(&mut tasks, &self.tasks, self.replaces("taken"), |a, b| {
            a.id == b.id
        });
        tasks
    }
}

/// Replaces the entries of `list` that `own` has too (in place, so the order
/// stays) and puts the new ones first, in their file's order: the gemeente's
/// own course is the first suggestion in its cell. With `replace`, keeps
/// only `own`.
fn merge_list<T: Clone>(
    list: &mut Vec<T>,
    own: &[T],
    replace: bool,
    same: impl Fn(&T, &T) -> bool,
) {
    if replace {
        *list = own.to_vec();
        return;
    }
    let mut new = Vec::new();
    for entry in own {
        match list.iter_mut().find(|e| same(e, entry)) {
            Some(existing) => *existing = entry.clone(),
            None => new.push(entry.clone()),
        }
    }
    new.append(list);
    *list = new;
}

static ACTIVE: OnceLock<(Catalog, String)> = OnceLock::new();

/// Makes `local` the catalog of this run: every later [`Catalog::active`]
/// and task lookup sees it. Only the first call counts.
pub fn install(local: &Local) {
    let catalog = local.merge(Catalog::embedded());
    super::tasks::install(local.merge_tasks(super::tasks::built_in()));
    let _ = ACTIVE.set((catalog, local.naam.clone()));
}

/// The installed catalog, if any.
pub(super) fn active() -> Option<&'static Catalog> {
    ACTIVE.get().map(|(c, _)| c)
}

/// The name of the installed catalog, for the plan's `herkomst.catalogus`.
pub fn name() -> Option<&'static str> {
    ACTIVE.get().map(|(_, n)| n.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn suggestion(tekst: &str, vorm: &str) -> Suggestion {
        Suggestion {
            kwadranten: Vec::new(),
            termijn: "nu".into(),
            soort: "digitaal".into(),
            tekst: tekst.into(),
            vorm: vorm.into(),
            bron: "GemeenteAcademie Mooidorp".into(),
        }
    }

    #[test]
    fn an_own_entry_extends_the_list_and_one_with_the_same_key_overrides() {
        let built_in = Catalog::embedded();
        let first = built_in
            .suggestions
            .iter()
            .find(|s| s.termijn == "nu" && s.soort == "digitaal")
            .unwrap();
        let local = Local {
            naam: "Mooidorp".into(),
            suggestions: vec![
                suggestion("Cursus Excel bij de GemeenteAcademie", "formeel"),
                Suggestion {
                    bron: "eigen".into(),
                    ..first.clone()
                },
            ],
            ..Local::default()
        };
        let merged = local.merge(built_in);
        assert_eq!(merged.suggestions.len(), built_in.suggestions.len() + 1);
        assert_eq!(
            merged.suggestions[0].tekst, "Cursus Excel bij de GemeenteAcademie",
            "the gemeente's own first"
        );
        let overridden = merged
            .suggestions
            .iter()
            .find(|s| s.tekst == first.tekst)
            .unwrap();
        assert_eq!(overridden.bron, "eigen");
        assert_eq!(
            merged.jobs.len(),
            built_in.jobs.len(),
            "no jobs given: the same"
        );
    }

    #[test]
    fn a_replaced_list_keeps_only_the_gemeente_entries() {
        let local = Local {
            naam: "Mooidorp".into(),
            replace: vec!["suggesties".into()],
            suggestions: vec![suggestion("Alleen deze", "informeel")],
            ..Local::default()
        };
        let merged = local.merge(Catalog::embedded());
        assert_eq!(merged.suggestions.len(), 1);
        let tasks = local.merge_tasks(super::super::tasks::built_in());
        assert_eq!(tasks.len(), super::super::tasks::built_in().len());
    }
}
