//! The counts of a group overview, folded one plan at a time. A tally keeps
//! no plan, no name and no free text: only numbers, and the names of files
//! that could not be read (for the coach's terminal, never for the page).

use crate::model::catalog::Catalog;
use crate::model::keyword::Keyword;
use crate::model::plan::{
    Baangereedschap, Keuze, Kleur, KostenDoor, MAX_DIGITAAL, Plan, Soort, Status, Termijn,
};
use crate::model::position::Quadrant;

/// How many unreadable files a tally names; the rest are only counted.
pub const NAMED_INVALID: usize = 50;

/// The six cells of Tabel 3.11, row by row.
pub const CELLS: [(Termijn, Soort); 6] = [
    (Termijn::Nu, Soort::Vakinhoudelijk),
    (Termijn::Nu, Soort::SoftSkills),
    (Termijn::Nu, Soort::Digitaal),
    (Termijn::OverTweeJaar, Soort::Vakinhoudelijk),
    (Termijn::OverTweeJaar, Soort::SoftSkills),
    (Termijn::OverTweeJaar, Soort::Digitaal),
];

/// Levels 0 to 4 and "not filled in".
pub type Levels = [u64; MAX_DIGITAAL as usize + 2];

/// The counts of a group of plans.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Tally {
    /// Plans read and counted.
    pub plans: u64,
    /// Of which `klaar`.
    pub klaar: u64,
    /// Per quadrant, in [`Quadrant::ALL`] order, then plans without a point.
    pub quadrants: [u64; 5],
    /// Plans whose point is close to a midline.
    pub border: u64,
    /// Digital level now: 0 to 4, then not filled in.
    pub digital_now: Levels,
    /// Digital level needed in two years: 0 to 4, then not filled in.
    pub digital_later: Levels,
    /// Upskilling, reskilling, not decided, then not filled in.
    pub keuze: [u64; 4],
    /// Plans that chose each job tool, in [`Baangereedschap::ALL`] order.
    pub tools: [u64; 5],
    /// Per catalog suggestion (in catalog order): how often it was chosen.
    pub suggestions: Vec<u64>,
    /// Per cell of [`CELLS`]: own actions (not from the catalog).
    pub own_actions: [u64; 6],
    /// Plans that list their tasks.
    pub with_tasks: u64,
    /// Tasks marked red (less, or gone).
    pub red: u64,
    /// Tasks marked green (more, or new).
    pub green: u64,
    /// Files that could not be read as a plan.
    pub invalid: u64,
    /// The first [`NAMED_INVALID`] of them by name, with their first problem.
    pub invalid_named: Vec<(String, String)>,
    /// Copies counted once: split off, or an emergency copy kept, beside
    /// the plan they belong to.
    pub copies: u64,
    /// Emergency copies (`.herstel.toml`), never counted as a plan.
    pub emergency_copies: u64,
    /// Plans saved with a gemeente's catalog that this run does not use:
    /// their actions from it count as own actions.
    pub other_catalog: u64,
    /// The name of one such catalog, to say which `--catalogus` to give.
    pub other_catalog_name: Option<String>,
    /// Plans with a fixed record of a conversation with the manager.
    pub besproken: u64,
    /// Per cell of [`CELLS`]: actions agreed in the latest fixed record.
    pub agreed: [u64; 6],
    /// Who pays, in [`KostenDoor::ALL`] order, then not filled in (latest
    /// fixed record of each plan that is besproken).
    pub paid_by: [u64; 5],
}

impl Tally {
    /// An empty tally for the catalog's suggestions.
    pub fn new(catalog: &Catalog) -> Self {
        Tally {
            suggestions: vec![0; catalog.suggestions.len()],
            ..Tally::default()
        }
    }

    /// Counts one plan.
    pub fn add(&mut self, plan: &Plan, catalog: &Catalog) {
        self.plans += 1;
        self.klaar += u64::from(plan.status == Status::Klaar);
        if let Some(used) = &plan.herkomst.catalogus
            && crate::model::catalog::local::name() != Some(used.as_str())
        {
            self.other_catalog += 1;
            self.other_catalog_name.get_or_insert_with(|| used.clone());
        }
        let point = plan.positie.position();
        let slot = point.map_or(4, |p| quadrant_index(p.quadrant()));
        self.quadrants[slot] += 1;
        self.border += u64::from(point.is_some_and(|p| p.border().is_some()));
        let r = &plan.richting;
        self.digital_now[level_slot(r.digitaal_nu)] += 1;
        self.digital_later[level_slot(r.digitaal_over_twee_jaar)] += 1;
        let keuze = r
            .keuze
            .map_or(3, |k| Keuze::ALL.iter().position(|x| *x == k).unwrap_or(3));
        self.keuze[keuze] += 1;
        for tool in &r.baangereedschap {
            if let Some(i) = Baangereedschap::ALL.iter().position(|t| t == tool) {
                self.tools[i] += 1;
            }
        }
        for actie in &plan.acties {
            let found = catalog.suggestions.iter().position(|s| {
                s.termijn == actie.termijn.id()
                    && s.soort == actie.soort.id()
                    && s.tekst == actie.tekst
            });
            match found {
                Some(i) => self.suggestions[i] += 1,
                None => {
                    let cell = CELLS
                        .iter()
                        .position(|c| *c == (actie.termijn, actie.soort))
                        .unwrap_or(0);
                    self.own_actions[cell] += 1;
                }
            }
        }
        if !plan.taken.is_empty() {
            self.with_tasks += 1;
        }
        if let Some(v) = plan.latest_record() {
            self.besproken += 1;
            let slot = v.kosten_door.map_or(4, |k| {
                KostenDoor::ALL.iter().position(|x| *x == k).unwrap_or(4)
            });
            self.paid_by[slot] += 1;
            for tekst in &v.acties {
                let cell = plan
                    .acties
                    .iter()
                    .find(|a| &a.tekst == tekst)
                    .and_then(|a| CELLS.iter().position(|c| *c == (a.termijn, a.soort)));
                if let Some(cell) = cell {
                    self.agreed[cell] += 1;
                }
            }
        }
        for taak in &plan.taken {
            match taak.kleur {
                Kleur::Rood => self.red += 1,
                Kleur::Groen => self.green += 1,
                Kleur::Geen => {}
            }
        }
    }

    /// Counts a file that is not a valid plan, naming it with its first problem.
    pub fn add_invalid(&mut self, name: String, problem: String) {
        self.invalid += 1;
        self.invalid_named.push((name, problem));
        self.keep_first_names();
    }

    /// Adds another tally's counts to this one.
    pub fn merge(&mut self, other: Tally) {
        self.plans += other.plans;
        self.klaar += other.klaar;
        add_all(&mut self.quadrants, &other.quadrants);
        self.border += other.border;
        add_all(&mut self.digital_now, &other.digital_now);
        add_all(&mut self.digital_later, &other.digital_later);
        add_all(&mut self.keuze, &other.keuze);
        add_all(&mut self.tools, &other.tools);
        if self.suggestions.len() < other.suggestions.len() {
            self.suggestions.resize(other.suggestions.len(), 0);
        }
        add_all(&mut self.suggestions, &other.suggestions);
        add_all(&mut self.own_actions, &other.own_actions);
        self.with_tasks += other.with_tasks;
        self.red += other.red;
        self.green += other.green;
        self.invalid += other.invalid;
        self.invalid_named.extend(other.invalid_named);
        self.keep_first_names();
        self.copies += other.copies;
        self.emergency_copies += other.emergency_copies;
        self.besproken += other.besproken;
        add_all(&mut self.agreed, &other.agreed);
        add_all(&mut self.paid_by, &other.paid_by);
        self.other_catalog += other.other_catalog;
        if self.other_catalog_name.is_none() {
            self.other_catalog_name = other.other_catalog_name;
        }
    }

    /// The catalog suggestions of one cell that were chosen, most chosen
    /// first (ties in catalog order): index into the catalog and count.
    pub fn top_in(&self, cell: usize, catalog: &Catalog) -> Vec<(usize, u64)> {
        let (termijn, soort) = CELLS[cell];
        let mut found: Vec<(usize, u64)> = catalog
            .suggestions
            .iter()
            .enumerate()
            .filter(|(i, s)| {
                s.termijn == termijn.id() && s.soort == soort.id() && self.suggestions[*i] > 0
            })
            .map(|(i, _)| (i, self.suggestions[i]))
            .collect();
        found.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
        found
    }

    /// The named files stay the first by name, whatever order they came in.
    fn keep_first_names(&mut self) {
        if self.invalid_named.len() > 2 * NAMED_INVALID {
            self.invalid_named.sort();
            self.invalid_named.truncate(NAMED_INVALID);
        }
    }

    /// Ends the fold: the named files sorted and at most [`NAMED_INVALID`].
    pub fn finish(mut self) -> Self {
        self.invalid_named.sort();
        self.invalid_named.truncate(NAMED_INVALID);
        self
    }
}

/// The slot of a quadrant in [`Tally::quadrants`].
pub fn quadrant_index(q: Quadrant) -> usize {
    Quadrant::ALL.iter().position(|x| *x == q).unwrap_or(0)
}

fn level_slot(level: Option<i64>) -> usize {
    match level {
        Some(l) if (0..=i64::from(MAX_DIGITAAL)).contains(&l) => l as usize,
        _ => MAX_DIGITAAL as usize + 1,
    }
}

fn add_all(into: &mut [u64], from: &[u64]) {
    for (a, b) in into.iter_mut().zip(from) {
        *a += b;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::{Actie, Taak};

    fn plan(sociaal: f64, creativiteit: f64) -> Plan {
        let mut plan = Plan::default();
        plan.positie.set_point(Some(
            crate::model::position::Position::new(sociaal, creativiteit).unwrap(),
        ));
        plan
    }

    #[test]
    fn a_plan_is_counted_in_its_quadrant_and_its_choices() {
        let catalog = Catalog::active();
        let mut tally = Tally::new(catalog);
        let mut p = plan(2.0, 2.0);
        p.richting.keuze = Some(Keuze::Reskilling);
        p.richting.digitaal_nu = Some(1);
        p.richting.baangereedschap = vec![Baangereedschap::JobCarving];
        let s = &catalog.suggestions[0];
        p.acties.push(Actie {
            termijn: Termijn::from_id(&s.termijn).unwrap(),
            soort: Soort::from_id(&s.soort).unwrap(),
            tekst: s.tekst.clone(),
            vorm: None,
            klaar: false,
            streefdatum: None,
        });
        p.acties.push(Actie {
            termijn: Termijn::Nu,
            soort: Soort::Digitaal,
            tekst: "Iets wat ik zelf bedacht".into(),
            vorm: None,
            klaar: false,
            streefdatum: None,
        });
        p.taken.push(Taak {
            tekst: "Paspoorten uitgeven".into(),
            procent_nu: 40,
            procent_straks: 10,
            kern: false,
            kleur: Kleur::Rood,
            sociaal: 2.0,
            creativiteit: 1.0,
            bron: "eigen".into(),
        });
        tally.add(&p, catalog);
        tally.add(&Plan::default(), catalog);
        assert_eq!(tally.plans, 2);
        assert_eq!(tally.quadrants, [1, 0, 0, 0, 1]);
        assert_eq!(tally.border, 0);
        assert_eq!(tally.keuze, [0, 1, 0, 1]);
        assert_eq!(tally.digital_now, [0, 1, 0, 0, 0, 1]);
        assert_eq!(tally.digital_later, [0, 0, 0, 0, 0, 2]);
        assert_eq!(tally.tools, [0, 0, 1, 0, 0]);
        assert_eq!(tally.suggestions[0], 1);
        assert_eq!(tally.own_actions[2], 1);
        assert_eq!((tally.with_tasks, tally.red, tally.green), (1, 1, 0));
    }

    #[test]
    fn merging_two_halves_gives_the_tally_of_the_whole() {
        let catalog = Catalog::active();
        let plans = [
            plan(2.0, 2.0),
            plan(5.5, 8.0),
            plan(8.0, 1.0),
            Plan::default(),
        ];
        let mut whole = Tally::new(catalog);
        plans.iter().for_each(|p| whole.add(p, catalog));
        whole.add_invalid("b.toml".into(), "kapot".into());
        let (mut left, mut right) = (Tally::new(catalog), Tally::new(catalog));
        plans[..1].iter().for_each(|p| left.add(p, catalog));
        plans[1..].iter().for_each(|p| right.add(p, catalog));
        right.add_invalid("b.toml".into(), "kapot".into());
        left.merge(right);
        assert_eq!(left.finish(), whole.finish());
    }

    #[test]
    fn only_the_first_unreadable_files_by_name_are_kept() {
        let mut tally = Tally::new(Catalog::active());
        for i in (0..300).rev() {
            tally.add_invalid(format!("plan-{i:03}.toml"), "kapot".into());
        }
        let tally = tally.finish();
        assert_eq!(tally.invalid, 300);
        assert_eq!(tally.invalid_named.len(), NAMED_INVALID);
        assert_eq!(tally.invalid_named[0].0, "plan-000.toml");
        assert_eq!(tally.invalid_named[NAMED_INVALID - 1].0, "plan-049.toml");
    }
}
