//! Calibration of the questionnaire against Tabel 3.4 (issue #10), with the
//! real scoring code. tests/calibration/ holds a typical week for each of the
//! 21 municipal jobs and blind answer sets: helpers that saw only a profile
//! and the questionnaire sheets answered as its typical holder, and no set
//! was edited.
//!
//! - V1-E, V1-F: version 1 (how often), the "before".
//! - A, B: a draft of version 2 (every statement on a share-of-time scale),
//!   kept as history; C, D: version 2.
//! - G, H: development sets for version 3. They answered a larger pool of
//!   statements; the statements and weights of version 3 were chosen with
//!   them, so they flatter it.
//! - I, J: validation sets of version 3. Fresh helpers answered version 3
//!   as it was, after it was fixed.
//! - O3, O3B: version 3 again, for a second set of 21 profiles
//!   (profielen-2.md) that a fresh helper wrote without the study's
//!   quadrants: weeks the questionnaire was not made with, like the set the
//!   issue keeps outside the repo.
//! - R, S, T, U: version 4, the questionnaire asked now. It asks version 3's
//!   statements (new ids), with the four skill statements of physical work
//!   on the importance scale, because every helper said they did not fit
//!   the time scale. The cognitive answers are those of I, J, O3 and O3B
//!   (the same statements); the three physical jobs were answered again to
//!   version 4's sheet by fresh helpers.
//! - v4-concept-*: a draft of version 4 that counted only contact with
//!   inwoners, ondernemers and cliënten. It did better on the first profiles
//!   (with which it was made) and worse on the second; it is not used.
//!
//! The issue's target is 19 of 21 in the study's quadrant. This test guards
//! what the questionnaire reaches today, and prints the table, so a change
//! that makes placement worse fails here.

use kwadrant::model::catalog::Catalog;
use kwadrant::model::keyword::Keyword;
use kwadrant::model::plan::SoortWerk;
use kwadrant::model::position::{Position, Quadrant};
use kwadrant::model::questionnaire;

struct Placed {
    naam: String,
    study: Quadrant,
    got: Option<Position>,
}

fn placed(set: &str) -> Vec<Placed> {
    let path = format!("tests/calibration/antwoorden-{set}.toml");
    let table: toml::Table = std::fs::read_to_string(&path).unwrap().parse().unwrap();
    let catalog = Catalog::embedded();
    table["profiel"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            let soort = SoortWerk::from_id(p["soort"].as_str().unwrap());
            let answers: Vec<(String, i64)> = p["antwoorden"]
                .as_table()
                .unwrap()
                .iter()
                .map(|(id, v)| (id.clone(), v.as_integer().unwrap()))
                .collect();
            let got = questionnaire::result(catalog, &answers, soort);
            Placed {
                naam: p["naam"].as_str().unwrap().to_string(),
                study: Quadrant::from_id(p["kwadrant"].as_str().unwrap()).unwrap(),
                got,
            }
        })
        .collect()
}

/// A job counts as placed right only in its own quadrant, never when the
/// result is "in het midden" (DESIGN.md, "Placement"). Misses on a border
/// are flagged as border cases.
fn report(set: &str, rows: &[Placed]) -> usize {
    let mut hits = 0;
    eprintln!("set {set}:");
    for r in rows {
        let p = r.got.expect("every profile answered every statement");
        let hit = p.quadrant() == r.study && !p.is_middle();
        hits += usize::from(hit);
        let verdict = match (hit, p.border()) {
            (true, _) => "ok".to_string(),
            (false, Some(b)) if b.is_middle() => format!("{} (in het midden)", r.study.id()),
            (false, Some(_)) => format!("{} (grensgeval)", r.study.id()),
            (false, None) => r.study.id().to_string(),
        };
        eprintln!(
            "  {:45} {:>4} {:>4} {:13} {verdict}",
            r.naam.chars().take(45).collect::<String>(),
            p.sociaal,
            p.creativiteit,
            p.quadrant().id(),
        );
    }
    eprintln!("  {hits} of {} in the study's quadrant", rows.len());
    hits
}

fn hits(sets: &[&str]) -> usize {
    sets.iter()
        .map(|set| {
            let rows = placed(set);
            assert_eq!(rows.len(), 21, "set {set}");
            report(set, &rows)
        })
        .sum()
}

#[test]
fn the_blind_answer_sets_land_where_the_study_puts_the_jobs() {
    // Version 4: the first profiles (R, S) and the second (T, U). The issue
    // asks for 19; see the closing note for the jobs that still miss.
    let mut v4 = 0;
    for (set, least) in [("r", 16), ("s", 16), ("t", 20), ("u", 19)] {
        let rows = placed(set);
        let hits = report(set, &rows);
        v4 += hits;
        assert!(hits >= least, "set {set}: {hits} of 21");
        // Counter work lands in the Danger zone, or at most on its border:
        // never plainly in another quadrant.
        for r in rows.iter().filter(|r| r.study == Quadrant::DangerZone) {
            let p = r.got.unwrap();
            assert!(
                p.quadrant() == Quadrant::DangerZone
                    || p.border()
                        .is_some_and(|b| b.neighbours.contains(&Quadrant::DangerZone)),
                "set {set}: {} at {} / {}",
                r.naam,
                p.sociaal,
                p.creativiteit
            );
        }
    }
    // The same answers to version 3, whose skill statements asked for time.
    let v3 = hits(&["i", "j", "o3", "o3b"]);
    eprintln!("of 84: version 4 {v4}, version 3 {v3}");
    assert!(v4 >= v3, "version 4: {v4}, 3: {v3}");
    // The first profiles, answered blind to the earlier questionnaires: each
    // version places more jobs right than the one before.
    let v3 = hits(&["i", "j"]);
    let v2 = hits(&["c", "d"]);
    let v1 = hits(&["v1-e", "v1-f"]);
    eprintln!("of 42: version 3 {v3}, version 2 {v2}, version 1 {v1}");
    assert!(v3 > v2 && v2 > v1, "version 3: {v3}, 2: {v2}, 1: {v1}");
    // The sets version 3 was chosen with still reach what they did.
    for set in ["g", "h"] {
        let rows = placed(set);
        assert!(report(set, &rows) >= 18, "set {set}");
    }
}
