//! What the overview shows, in the same parts for the terminal and the page:
//! every count already passed through the privacy rule, every label in
//! plain Dutch. Nothing here names a person or holds a free text.

use super::privacy::{self, MIN_PLANS, Shown};
use super::tally::{CELLS, Tally};
use crate::model::catalog::Catalog;
use crate::model::keyword::Keyword;
use crate::model::plan::{Baangereedschap, Keuze, KostenDoor};
use crate::model::position::Quadrant;

/// The privacy promise, said on the screen and on the page.
pub const PROMISE: &str = "Dit overzicht toont geen namen, geen eigen teksten en geen punt van \
     één persoon op het raster. Een aantal van 1 tot 4 staat er als \"minder dan 5\". Soms is \
     een tweede aantal niet getoond, zodat je een klein aantal niet kunt uitrekenen.";

/// Said when every plan is in one quadrant: then it says something about each person.
pub const ALL_IN_ONE: &str = "Alle plannen staan in hetzelfde kwadrant. Dat zegt dus iets over \
     iedereen in de groep: bespreek het samen, niet per persoon.";

/// Said instead of the counts when fewer than five plans were read.
pub const TOO_FEW: &str = "Bij minder dan 5 plannen toont het overzicht alleen het aantal \
     plannen. Zo is niemand te herkennen.";

/// One row: a label and one value per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// What is counted, in plain Dutch.
    pub label: String,
    /// One value per column of the part.
    pub values: Vec<Shown>,
}

/// A part of the overview: a title, column heads (empty for one column), rows.
#[derive(Debug, Clone, PartialEq)]
pub struct Part {
    /// The title.
    pub title: String,
    /// A sentence under the title, if any.
    pub note: Option<String>,
    /// Heads of the value columns when there is more than one.
    pub heads: Vec<String>,
    /// The rows.
    pub rows: Vec<Row>,
}

/// The whole overview.
#[derive(Debug, Clone, PartialEq)]
pub struct View {
    /// Plans counted.
    pub plans: u64,
    /// The group's name and the date, under the title, when given.
    pub about: Option<String>,
    /// The counts per quadrant ([`Quadrant::ALL`] order), for the page's grid.
    pub grid: [Shown; 4],
    /// The parts; empty when fewer than [`MIN_PLANS`] plans were read.
    pub parts: Vec<Part>,
}

impl View {
    /// Whether there are enough plans to show more than the total.
    pub fn enough(&self) -> bool {
        self.plans >= MIN_PLANS
    }
}

/// The overview of a tally.
pub fn of(tally: &Tally, catalog: &Catalog) -> View {
    if tally.plans < MIN_PLANS {
        return View {
            plans: tally.plans,
            about: None,
            grid: [Shown::Held; 4],
            parts: Vec::new(),
        };
    }
    let places = privacy::group(&tally.quadrants);
    let mut where_rows: Vec<Row> = Quadrant::ALL
        .iter()
        .map(|q| q.label())
        .chain(["Nog geen plek gekozen".to_string()])
        .zip(&places)
        .map(|(label, s)| one(label, *s))
        .collect();
    where_rows.push(one(
        "Dicht bij de grens met een ander kwadrant",
        privacy::single(tally.border),
    ));
    let mut parts = vec![
        Part {
            title: "Waar staat het werk?".into(),
            note: tally.quadrants[..4]
                .contains(&tally.plans)
                .then(|| ALL_IN_ONE.to_string()),
            heads: Vec::new(),
            rows: where_rows,
        },
        grouped(
            "Hoe ver zijn de plannen?",
            &["Klaar", "Nog een concept"],
            &[tally.klaar, tally.plans - tally.klaar],
        ),
        digital(tally, catalog),
        grouped(
            "Groeien in het eigen werk of overstappen?",
            &[
                Keuze::Upskilling.label(),
                Keuze::Reskilling.label(),
                Keuze::NogOpen.label(),
                "Niet ingevuld",
            ],
            &tally.keuze,
        ),
        Part {
            title: "Gekozen manieren om het werk te veranderen".into(),
            note: Some("Een plan kan er meer dan één kiezen.".into()),
            heads: Vec::new(),
            rows: Baangereedschap::ALL
                .iter()
                .zip(&tally.tools)
                .map(|(t, n)| one(t.short(), privacy::single(*n)))
                .collect(),
        },
    ];
    parts.extend(actions(tally, catalog));
    if tally.besproken > 0 {
        parts.push(talked(tally));
    }
    if tally.with_tasks > 0 {
        parts.push(Part {
            title: "Taken".into(),
            note: Some("De eerste regel telt plannen, de andere twee tellen taken.".into()),
            heads: Vec::new(),
            rows: vec![
                one("Plannen met taken", privacy::single(tally.with_tasks)),
                one(
                    "Taken die minder worden of verdwijnen (− minder)",
                    privacy::single(tally.red),
                ),
                one(
                    "Taken die meer worden of nieuw zijn (+ meer)",
                    privacy::single(tally.green),
                ),
            ],
        });
    }
    View {
        plans: tally.plans,
        about: None,
        grid: [places[0], places[1], places[2], places[3]],
        parts,
    }
}

/// After the conversation: plans besproken, agreed actions per cell of the
/// plan, and who pays (a group of its own: every plan besproken once).
fn talked(tally: &Tally) -> Part {
    let mut rows = vec![one(
        "Plannen besproken met de leidinggevende",
        privacy::single(tally.besproken),
    )];
    for (cell, (termijn, soort)) in CELLS.iter().enumerate() {
        let when = match termijn.id() {
            "nu" => "nu",
            _ => "over twee jaar",
        };
        rows.push(one(
            format!("Afgesproken acties: {}, {when}", soort.label()),
            privacy::single(tally.agreed[cell]),
        ));
    }
    let payers = privacy::group(&tally.paid_by);
    let labels = KostenDoor::ALL
        .iter()
        .map(|k| match k {
            KostenDoor::Eigen => "Betaald door: de medewerker zelf".to_string(),
            other => format!("Betaald door: {}", other.label()),
        })
        .chain(["Betaald door: niet ingevuld".to_string()]);
    rows.extend(labels.zip(payers).map(|(label, s)| one(label, s)));
    Part {
        title: "Na het gesprek".into(),
        note: Some(
            "De afgesproken acties tellen acties; wie betaalt telt besproken plannen.".into(),
        ),
        heads: Vec::new(),
        rows,
    }
}

fn one(label: impl Into<String>, value: Shown) -> Row {
    Row {
        label: label.into(),
        values: vec![value],
    }
}

/// A part whose counts add up to the number of plans.
fn grouped(title: &str, labels: &[&str], counts: &[u64]) -> Part {
    Part {
        title: title.into(),
        note: None,
        heads: Vec::new(),
        rows: labels
            .iter()
            .zip(privacy::group(counts))
            .map(|(label, s)| one(*label, s))
            .collect(),
    }
}

fn digital(tally: &Tally, catalog: &Catalog) -> Part {
    let now = privacy::group(&tally.digital_now);
    let later = privacy::group(&tally.digital_later);
    let label = |level: usize| match catalog.digital_level(level as i64) {
        Some(l) => format!("{level} {}", l.naam),
        None => "Niet ingevuld".to_string(),
    };
    Part {
        title: "Digitale vaardigheden".into(),
        note: Some("Van 0 (laag) tot 4 (gespecialiseerd).".into()),
        heads: vec!["nu".into(), "over twee jaar".into()],
        rows: (0..now.len())
            .map(|i| Row {
                label: label(i),
                values: vec![now[i], later[i]],
            })
            .collect(),
    }
}

/// Per cell of the plan: the most chosen suggestions, and own actions only counted.
fn actions(tally: &Tally, catalog: &Catalog) -> Vec<Part> {
    const TOP: usize = 3;
    CELLS
        .iter()
        .enumerate()
        .map(|(cell, (termijn, soort))| {
            let mut top = tally.top_in(cell, catalog);
            top.truncate(TOP);
            // Counts shown as a number by size; the small ones after them in
            // catalog order, so their order says nothing about their size.
            top.sort_by_key(|&(i, n)| match privacy::single(n) {
                Shown::Count(n) => (0, u64::MAX - n, i),
                _ => (1, 0, i),
            });
            let mut rows: Vec<Row> = top
                .into_iter()
                .map(|(i, n)| one(catalog.suggestions[i].tekst.clone(), privacy::single(n)))
                .collect();
            rows.push(one(
                "Eigen acties (alleen het aantal)",
                privacy::single(tally.own_actions[cell]),
            ));
            let when = match termijn.id() {
                "nu" => "nu nodig",
                _ => "nodig over twee jaar",
            };
            Part {
                title: format!("Meest gekozen acties: {}, {when}", soort.label()),
                note: (cell == 0).then(|| "Aantallen acties, uit alle plannen samen.".to_string()),
                heads: Vec::new(),
                rows,
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fewer_than_five_plans_show_only_the_total() {
        let catalog = Catalog::active();
        let mut tally = Tally::new(catalog);
        tally.plans = 4;
        tally.quadrants = [4, 0, 0, 0, 0];
        let view = of(&tally, catalog);
        assert!(!view.enough());
        assert!(view.parts.is_empty());
        assert_eq!(view.grid, [Shown::Held; 4]);
    }

    #[test]
    fn a_group_of_three_in_a_quadrant_is_fewer_than_five_and_takes_a_second() {
        let catalog = Catalog::active();
        let mut tally = Tally::new(catalog);
        tally.plans = 30;
        tally.klaar = 30;
        tally.quadrants = [12, 3, 8, 7, 0];
        tally.keuze = [30, 0, 0, 0];
        tally.digital_now = [0, 30, 0, 0, 0, 0];
        tally.digital_later = [0, 0, 30, 0, 0, 0];
        let view = of(&tally, catalog);
        assert_eq!(
            view.grid,
            [Shown::Count(12), Shown::Few, Shown::Count(8), Shown::Held]
        );
        let rows = &view.parts[0].rows;
        assert_eq!(rows[1].label, "Regels en mensen (Human veneer)");
        assert_eq!(rows[1].values, vec![Shown::Few]);
        assert_eq!(rows[4].values, vec![Shown::Count(0)]);
    }
}
