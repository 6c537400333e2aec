//! Tests of the embedded catalogs: every file parses, and the data agrees with the seed.

use super::*;
use crate::model::plan::SoortWerk;
use crate::model::position::check_score;

fn catalog() -> &'static Catalog {
    Catalog::embedded()
}

#[test]
fn every_quadrant_has_its_texts() {
    assert_eq!(catalog().quadrants.len(), 4);
    for q in Quadrant::ALL {
        let text = catalog().quadrant(*q);
        assert_eq!(text.id, q.id());
        assert_eq!(text.naam, q.name());
        assert!(text.bron.starts_with("Tabel 3.5"), "{}", text.bron);
        for meaning in [&text.betekenis, &text.betekenis_fysiek] {
            assert!(!meaning.trim().is_empty());
        }
    }
}

#[test]
fn danger_zone_text_is_never_alarmist() {
    let text = catalog().quadrant(Quadrant::DangerZone);
    let all = format!(
        "{} {} {}",
        text.betekenis, text.verandering, text.perspectief
    )
    .to_lowercase();
    for word in ["verdwijn", "ontslag", "gevaar", "kwijt"] {
        assert!(!all.contains(word), "{word} in danger-zone text");
    }
}

#[test]
fn the_quadrant_texts_are_honest_about_what_the_study_says() {
    let danger = catalog().quadrant(Quadrant::DangerZone);
    let all = |t: &QuadrantText| {
        format!(
            "{} {} {} {}",
            t.betekenis, t.betekenis_fysiek, t.verandering, t.perspectief
        )
        .to_lowercase()
    };
    let text = all(danger);
    // Tabel 3.4 puts baliemedewerkers here: the text may not say "little contact".
    assert!(!text.contains("weinig contact"), "{text}");
    // The study gives room for other work to the other three quadrants, not this one.
    assert!(!text.contains("ruimte voor ander werk"), "{text}");
    // What may happen is said as "kan", never as a fact.
    assert!(!text.contains("gaan veel vaste taken overnemen"), "{text}");
    assert!(
        danger.verandering.contains("kunnen"),
        "{}",
        danger.verandering
    );
    // A move is not presented as easy.
    assert!(!text.contains("makkelijk"), "{text}");
    for q in Quadrant::ALL {
        let t = catalog().quadrant(*q);
        assert!(!all(t).contains("blijft jouw sterke kant"), "{}", q.id());
        assert!(
            !all(t).contains("robots"),
            "{}: robots do not fit office work",
            q.id()
        );
        assert!(!t.perspectief.trim().is_empty(), "{}", q.id());
    }
}

#[test]
fn every_reference_job_sits_in_the_quadrant_its_table_gives() {
    for job in &catalog().jobs {
        let quadrant = Quadrant::from_id(&job.kwadrant)
            .unwrap_or_else(|| panic!("{}: unknown quadrant {}", job.naam, job.kwadrant));
        check_score(job.sociaal).unwrap();
        check_score(job.creativiteit).unwrap();
        assert_eq!(job.position().quadrant(), quadrant, "{}", job.naam);
        assert!(
            job.table().is_some(),
            "{}: unknown bron {}",
            job.naam,
            job.bron
        );
    }
}

#[test]
fn tabel_3_4_is_complete_as_read_from_the_seed() {
    let expect = [
        ("slow-creep", 6),
        ("safe-zone", 4),
        ("danger-zone", 6),
        ("human-veneer", 5),
    ];
    for (quadrant, count) in expect {
        let n = catalog()
            .jobs_in(JobTable::Gemeente)
            .filter(|j| j.kwadrant == quadrant)
            .count();
        assert_eq!(n, count, "{quadrant}");
    }
    let names: Vec<&str> = catalog()
        .jobs_in(JobTable::Gemeente)
        .map(|j| j.naam.as_str())
        .collect();
    for must in [
        "Administratief medewerker",
        "Medewerker documentaire informatievoorziening (DIV: archief en post)",
        "Parkeercontroleur",
        "Jobcoach",
        "Regisseur",
        "Onderzoeker",
        // Tabel 3.4 (2019) says "Wabo / APV"; the Wabo is part of the Omgevingswet since 2024.
        "Vergunningverlener Omgevingswet / APV",
    ] {
        assert!(names.contains(&must), "{must}");
    }
    // Abbreviations from the table are written out in the names people read.
    for name in &names {
        for short in ["OOV", "Wabo", "P, I, O, F", "grijs"] {
            assert!(!name.contains(short), "{name} still says {short}");
        }
    }
}

#[test]
fn general_tables_cover_every_quadrant() {
    for table in [JobTable::Cognitief, JobTable::Fysiek] {
        for q in Quadrant::ALL {
            assert!(
                catalog().jobs_in(table).any(|j| j.kwadrant == q.id()),
                "{table:?} {q:?}"
            );
        }
    }
}

#[test]
fn short_labels_fit_the_chart() {
    for job in &catalog().jobs {
        assert!(job.short_name().chars().count() <= 24, "{}", job.naam);
    }
}

#[test]
fn questionnaire_has_six_items_per_axis_for_each_kind_of_work() {
    let qs = &catalog().questions;
    assert_eq!(catalog().questionnaire_version, 4);
    assert_eq!(
        catalog().questionnaire_version,
        crate::model::plan::QUESTIONNAIRE_VERSIONS
    );
    for soort in [SoortWerk::Cognitief, SoortWerk::Fysiek] {
        let asked = catalog().questions_for(Some(soort));
        for axis in [Axis::Sociaal, Axis::Creativiteit] {
            let items: Vec<&&Question> = asked.iter().filter(|q| q.axis() == axis).collect();
            assert_eq!(items.len(), 6, "{soort:?} {axis:?}");
            assert!(
                items.iter().all(|q| !q.waarom.is_empty()),
                "every item says why"
            );
        }
        // The routine end of the vertical axis is asked too.
        assert!(
            asked
                .iter()
                .any(|q| q.axis() == Axis::Creativiteit && q.omgekeerd)
        );
    }
    // No statement asks how OFTEN there is contact: mensenwerk asks importance.
    for q in qs.iter().filter(|q| q.axis() == Axis::Sociaal) {
        assert!(!q.omgekeerd, "{}", q.id);
        assert_eq!(q.schaal.as_deref(), Some("belang"), "{}", q.id);
        assert_eq!(
            catalog().scale_of(q).0,
            "Hoe belangrijk is dit voor je werk?"
        );
    }
    // Versions 1 and 2 stay, with their own ids, so old plans keep their meaning.
    let versions: Vec<i64> = catalog().earlier.iter().map(|e| e.version).collect();
    assert_eq!(versions, [1, 2, 3]);
    let mut every: Vec<&str> = catalog().all_questions().map(|q| q.id.as_str()).collect();
    let count = every.len();
    every.sort_unstable();
    every.dedup();
    assert_eq!(every.len(), count, "no id is used by two versions");
    let mut ids: Vec<&str> = qs.iter().map(|q| q.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), qs.len(), "question ids are unique");
    for q in qs {
        assert!(
            q.axis_id == "sociaal" || q.axis_id == "creativiteit",
            "{}",
            q.id
        );
        assert!(
            ["1.", "2.", "4."].iter().any(|p| q.onet.starts_with(p)),
            "{}",
            q.id
        );
        assert!(!q.onet_naam.is_empty(), "{}", q.id);
    }
    let values: Vec<i64> = catalog().scale.iter().map(|a| a.waarde).collect();
    assert_eq!(values, vec![1, 2, 3, 4, 5]);
}

#[test]
fn questionnaire_names_the_descriptors_it_measures() {
    let codes: Vec<&str> = catalog()
        .questions
        .iter()
        .map(|q| q.onet.as_str())
        .collect();
    // Contact about someone's own case, empathy, explaining a decision to
    // whom it affects, creativity, strategy and the routine end.
    for code in [
        "4.A.4.a.3",
        "2.B.1.a",
        "4.C.1.d.2",
        "4.A.2.b.2",
        "4.A.2.b.4",
        "4.C.3.b.7",
        "4.C.3.a.4",
    ] {
        assert!(codes.contains(&code), "{code}");
    }
}

#[test]
fn every_cell_has_suggestions_for_every_quadrant() {
    for q in Quadrant::ALL {
        for t in Termijn::ALL {
            for s in Soort::ALL {
                let n = catalog().suggestions_for(*q, *t, *s).count();
                assert!(n >= 2, "{q:?} {t:?} {s:?}: {n}");
            }
        }
    }
    for s in &catalog().suggestions {
        assert!(s.form().is_some(), "{}", s.tekst);
        assert!(Termijn::from_id(&s.termijn).is_some(), "{}", s.tekst);
        assert!(Soort::from_id(&s.soort).is_some(), "{}", s.tekst);
        for q in &s.kwadranten {
            assert!(Quadrant::from_id(q).is_some(), "{}", s.tekst);
        }
        assert!(!s.bron.is_empty());
    }
}

#[test]
fn digital_levels_run_from_0_to_4() {
    let levels: Vec<i64> = catalog().digital_levels.iter().map(|l| l.niveau).collect();
    assert_eq!(levels, vec![0, 1, 2, 3, 4]);
    assert_eq!(catalog().digital_level(2).unwrap().naam, "Gemiddeld");
    assert!(catalog().digital_levels.iter().all(|l| !l.kan.is_empty()));
    // Tabel 3.10, level 1: passwords and keeping the device safe (review F12).
    let basis = catalog().digital_level(1).unwrap();
    assert!(
        basis.kan.iter().any(|k| k.contains("wachtwoord")),
        "{basis:?}"
    );
}

#[test]
fn departments_come_from_tabel_3_13() {
    assert!(
        catalog()
            .departments
            .iter()
            .any(|d| d.contains("burgerzaken"))
    );
    // The table's "Wmo" is explained once, in the words people use for it.
    assert!(
        catalog()
            .departments
            .iter()
            .any(|d| d == "Sociaal domein: Wmo (zorg en ondersteuning)")
    );
}

#[test]
fn prompts_for_the_manager_name_their_source() {
    let prompts = &catalog().prompts;
    assert!(prompts.len() >= 3);
    assert!(
        prompts
            .iter()
            .any(|p| p.tekst.contains("tijd die dan vrijkomt"))
    );
    assert!(prompts.iter().any(|p| p.tekst.contains("steun")));
    assert!(prompts.iter().all(|p| !p.bron.is_empty()));
}

#[test]
fn the_conversation_starts_with_worries_and_asks_about_work_and_income() {
    let prompts = &catalog().prompts;
    // Worries first (PubliContact): the export shows the prompts in this order.
    assert!(prompts[0].tekst.contains("onzeker"), "{}", prompts[0].tekst);
    assert!(
        prompts[1].tekst.contains("misschien"),
        "{}",
        prompts[1].tekst
    );
    let income = prompts
        .iter()
        .find(|p| p.tekst.contains("inkomen"))
        .expect("a prompt about work and income");
    assert!(income.bron.contains("Tabel 3.14"), "{}", income.bron);
    for p in prompts {
        assert!(!p.tekst.contains("de medewerker"), "{}", p.tekst);
        // The export puts the source in brackets itself.
        assert!(!p.bron.contains('('), "{}", p.bron);
        for sentence in p.tekst.split_inclusive(['.', '?', '!']) {
            let words = sentence.split_whitespace().count();
            assert!(words <= 15, "{words} words: {sentence}");
        }
    }
}

#[test]
fn nearest_jobs_are_sorted_by_distance() {
    let here = Position::new(1.5, 3.5).unwrap();
    let near = catalog().nearest_jobs(&here, JobTable::Gemeente, 3);
    assert_eq!(near.len(), 3);
    assert_eq!(near[0].naam, "Administratief medewerker");
    let d: Vec<f64> = near.iter().map(|j| here.distance(&j.position())).collect();
    assert!(d.windows(2).all(|w| w[0] <= w[1]));
}

#[test]
fn a_broken_catalog_is_reported_by_file_name() {
    let mut sources = SOURCES;
    sources[1] = ("functies.toml", "[[functie]]\nnaam = 3");
    let err = Catalog::parse(sources).unwrap_err();
    assert!(err.starts_with("functies.toml:"), "{err}");
}

#[test]
fn a_typed_function_finds_its_municipal_job() {
    let c = Catalog::embedded();
    let naam = |typed: &str| c.municipal_job(typed).map(|j| j.naam.as_str());
    assert_eq!(naam("Jobcoach"), Some("Jobcoach"));
    assert_eq!(
        naam("  klantmanager "),
        Some("Klantmanager (werk, schuldienstverlening, inkomen)")
    );
    assert_eq!(
        naam("Archief (DIV)"),
        naam("Medewerker documentaire informatievoorziening (DIV: archief en post)")
    );
    assert!(naam("Archief (DIV)").is_some());
    assert_eq!(
        naam("Vergunningverlener omgevingswet / apv"),
        Some("Vergunningverlener Omgevingswet / APV")
    );
    // The names in the table of 2019 still find the job.
    assert_eq!(naam("DIV-medewerker"), naam("Archief (DIV)"));
    assert_eq!(
        naam("Vergunningverlener Wabo / APV"),
        Some("Vergunningverlener Omgevingswet / APV")
    );
    // Only the municipal list, and no guessing.
    assert_eq!(naam("Radioloog"), None);
    assert_eq!(naam("coach"), None);
    assert_eq!(naam(""), None);
}
