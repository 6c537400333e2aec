//! The HTML export printed to PDF by headless Chromium, as a manager would
//! print it: the plan's texts are on paper and it takes at most two A4 pages.
//! Needs Debian's `chromium` and `poppler-utils`; `.ci/run` installs them.

mod plans;
mod support;

use std::path::Path;
use std::process::Command;

use kwadrant::model::Catalog;
use kwadrant::model::plan::{Actie, Kleur, Methode, Soort, Taak, Termijn, Vorm, Week};
use kwadrant::plan_file;
use kwadrant::report;

/// The tools this test needs; without them it skips (see `support::have`).
fn have_tools() -> bool {
    support::have(
        &["chromium", "pdfinfo", "pdftotext"],
        "apt-get install chromium poppler-utils",
    )
}

fn print_to_pdf(html: &str, dir: &Path) -> std::path::PathBuf {
    let page = dir.join("plan.html");
    std::fs::write(&page, html).unwrap();
    let pdf = dir.join("plan.pdf");
    let status = Command::new("chromium")
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-pdf-header-footer",
        ])
        .arg(format!("--user-data-dir={}", dir.join("profile").display()))
        .arg(format!("--print-to-pdf={}", pdf.display()))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    assert!(
        status.status.success(),
        "{}",
        String::from_utf8_lossy(&status.stderr)
    );
    pdf
}

fn pdf_pages(pdf: &Path) -> usize {
    let out = Command::new("pdfinfo").arg(pdf).output().unwrap();
    let info = String::from_utf8_lossy(&out.stdout).to_string();
    info.lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .unwrap_or_else(|| panic!("no page count in {info}"))
}

fn pdf_text(pdf: &Path) -> String {
    let out = Command::new("pdftotext")
        .arg(pdf)
        .arg("-")
        .output()
        .unwrap();
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[test]
fn a_typical_plan_prints_on_at_most_two_a4_pages_with_all_its_texts() {
    if !have_tools() {
        return;
    }
    // The full plan of the tests plus one recorded conversation with three
    // agreements (issue 19).
    let text = std::fs::read_to_string("tests/fixtures/volledig.toml").unwrap()
        + &std::fs::read_to_string("tests/fixtures/verslag.toml").unwrap();
    let mut plan = plan_file::parse(text.as_bytes()).unwrap();
    // A well-filled plan: two or three actions in most cells.
    let extra = [
        (
            Termijn::Nu,
            Soort::Vakinhoudelijk,
            "Meelopen met een collega van inkoop",
        ),
        (
            Termijn::Nu,
            Soort::Vakinhoudelijk,
            "Vakblad over aanbesteden lezen",
        ),
        (
            Termijn::Nu,
            Soort::SoftSkills,
            "Workshop omgaan met verandering",
        ),
        (
            Termijn::OverTweeJaar,
            Soort::SoftSkills,
            "Samenwerken met andere afdelingen",
        ),
        (
            Termijn::OverTweeJaar,
            Soort::SoftSkills,
            "Problemen oplossen in casusbesprekingen",
        ),
        (
            Termijn::OverTweeJaar,
            Soort::Vakinhoudelijk,
            "Opleiding inkoop volgen (NEVI)",
        ),
        (
            Termijn::OverTweeJaar,
            Soort::Digitaal,
            "Meedoen in een project datagedreven werken",
        ),
    ];
    for (termijn, soort, tekst) in extra {
        plan.acties.push(Actie {
            termijn,
            soort,
            tekst: tekst.into(),
            vorm: Some(Vorm::Informeel),
            klaar: false,
            streefdatum: None,
        });
    }
    // And seven tasks, one of them handed over in two years, one new.
    let job = Catalog::embedded()
        .municipal_job("Administratief medewerker")
        .unwrap();
    for task in kwadrant::model::catalog::tasks::of(job) {
        plan.taken.push(task.as_task());
    }
    plan.taken[0].procent_straks = 0;
    plan.taken[0].kleur = Kleur::Rood;
    plan.taken.push(Taak {
        tekst: "Inwoners helpen met de nieuwe app".into(),
        procent_nu: 0,
        procent_straks: plan.taken[0].procent_nu,
        kern: false,
        kleur: Kleur::Groen,
        sociaal: 6.5,
        creativiteit: 4.5,
        bron: "eigen".into(),
    });
    // The tasks give the position: the chart carries their numbers, the
    // arrow and one more line of legend.
    plan.positie.methode = Some(Methode::Taken);
    let found = kwadrant::model::tasks::point(&plan.taken, Week::Nu);
    plan.positie.set_point(found);
    let dir = tempfile::tempdir().unwrap();
    let pdf = print_to_pdf(&report::export_html(&plan, Catalog::embedded()), dir.path());
    let pages = pdf_pages(&pdf);
    assert!((1..=2).contains(&pages), "{pages} pages");
    let text = pdf_text(&pdf);
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for must in [
        "Groeiplan van Sanne de Vries",
        "Administratief medewerker",
        "Vaste stappen (Danger zone)",
        "jouw werk",
        "Dit is een eerste beeld van je werk",
        "R. Davits",
        "Inkoopmedewerker",
        "Excel geavanceerd toepassen",
        "Opleiding inkoop volgen (NEVI)",
        "Karin Jansen",
        "15 december 2026",
        "Mijn taken",
        "Inwoners helpen met de nieuwe app",
        "+ meer",
        "− minder",
        "Over twee jaar:",
        "1 tot 9: jouw taken",
        "Wat we hebben afgesproken",
        "4 uur per maand",
        "Cursusbudget aanvragen bij HR",
    ] {
        assert!(flat.contains(must), "{must:?} not in the PDF:\n{text}");
    }
    // The record and both signature lines on one page.
    let pages: Vec<&str> = text.split('\u{c}').collect();
    let signed = pages
        .iter()
        .find(|p| p.contains("Wat we hebben afgesproken"))
        .expect("the record is on paper");
    assert_eq!(signed.matches("Handtekening").count(), 2, "{signed}");
    assert!(signed.contains("Leidinggevende") && signed.contains("Medewerker"));
    // How it went stays off the manager's copy unless shared.
    assert!(!flat.contains("Ik voelde me gehoord"), "{flat}");
}

/// Issue #12: the coach's overview page of a group of 30 prints on at most
/// two A4 pages, with the grid's counts and the privacy promise on paper and
/// no file name.
#[test]
fn the_group_overview_prints_on_at_most_two_a4_pages() {
    if !have_tools() {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    plans::group(&dir.path().join("plannen"));
    let page = dir.path().join("overzicht.html");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = kwadrant::commands::overview(
        &[dir.path().join("plannen")],
        None,
        kwadrant::commands::OverviewOptions {
            html: Some(&page),
            group: Some("DigiDuurzaam groep 3"),
            today: kwadrant::report::history::parse_day("2027-01-18"),
            ..Default::default()
        },
        None,
        &mut out,
        &mut err,
    );
    assert_eq!(status, 0, "{}", String::from_utf8_lossy(&err));
    let html = std::fs::read_to_string(&page).unwrap();
    let pdf = print_to_pdf(&html, dir.path());
    let pages = pdf_pages(&pdf);
    assert!(pages <= 2, "{pages} pages");
    let text = pdf_text(&pdf)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    for expected in [
        "Groepsoverzicht: 30 plannen",
        "DigiDuurzaam groep 3 · 18 januari 2027",
        "minder dan 5",
        "Vaste stappen (Danger zone)",
        "Dit overzicht toont geen namen",
        "Meest gekozen acties",
    ] {
        assert!(text.contains(expected), "{expected} not on paper:\n{text}");
    }
    assert!(
        !text.contains("kapot") && !text.contains("groeiplan"),
        "{text}"
    );
}
