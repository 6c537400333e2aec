//! Calibration of the questionnaire against Tabel 3.4 (issue #10), with the
//! real scoring code. tests/calibration/ holds a typical week for each of the
//! 21 municipal jobs and blind answer sets: helpers that saw only a profile
//! and the questionnaire sheets answered as its typical holder, and the sets
//! were committed before the rules were tuned. Sets A and B answered an
//! earlier draft (every statement on a share-of-time scale) and are kept as
//! history; sets C and D answer the questionnaire as it is now; sets V1-E and
//! V1-F answer the earlier questionnaire (version 1), the "before".
//!
//! The target is 19 of 21 in the study's quadrant. This test guards
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

#[test]
fn the_blind_answer_sets_land_where_the_study_puts_the_jobs() {
    let mut now = 0;
    for set in ["c", "d"] {
        let rows = placed(set);
        assert_eq!(rows.len(), 21);
        let hits = report(set, &rows);
        now += hits;
        // Today's level (issue #10 asks for 19); see the closing note.
        assert!(hits >= 14, "set {set}: {hits} of 21");
        // Version 1 put counter work in Human veneer because it counted how
        // often someone has contact. Every Danger-zone job now lands there.
        for r in rows.iter().filter(|r| r.study == Quadrant::DangerZone) {
            assert_eq!(
                r.got.unwrap().quadrant(),
                Quadrant::DangerZone,
                "set {set}: {}",
                r.naam
            );
        }
    }
    // The same profiles, answered blind to the earlier questionnaire
    // (version 1): the "before" of the issue. Version 2 places more right.
    let mut before = 0;
    for set in ["v1-e", "v1-f"] {
        let rows = placed(set);
        assert_eq!(rows.len(), 21);
        before += report(set, &rows);
    }
    assert!(
        now > before,
        "version 2: {now}, version 1: {before} (of 42)"
    );
}
