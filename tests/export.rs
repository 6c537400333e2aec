//! `kwadrant export`: the manager's copy in Markdown and HTML.

mod plans;

use std::fs;
use std::path::Path;

use assert_cmd::Command;
use kwadrant::model::Catalog;
use kwadrant::model::plan::{Actie, Plan, Soort, Termijn, Vorm};
use kwadrant::plan_file;
use kwadrant::report::{self, markdown};
use predicates::prelude::*;

const FULL: &str = "tests/fixtures/volledig.toml";

fn full_plan() -> Plan {
    plan_file::load(Path::new(FULL)).unwrap()
}

fn kwadrant() -> Command {
    Command::cargo_bin("kwadrant").unwrap()
}

/// A plan whose every text tries to break out of its place.
fn hostile_plan() -> (Plan, String) {
    let long = "heel lang ".repeat(400) + "EINDE";
    let nasty = "<script>alert('x')</script> | pipe | *ster* `code` \"aanhalingstekens\" & 🙂 [link](http://x) # kop";
    let mut plan = full_plan();
    plan.medewerker.naam = Some(format!("Zoë {nasty}"));
    plan.richting.leuk = Some(format!("regel een\nregel twee {nasty}"));
    plan.gesprek.nodig_van_leidinggevende = Some(long.clone());
    plan.acties.push(Actie {
        termijn: Termijn::Nu,
        soort: Soort::Vakinhoudelijk,
        tekst: nasty.to_string(),
        vorm: Some(Vorm::Informeel),
        klaar: true,
        streefdatum: None,
    });
    plan.acties.push(Actie {
        termijn: Termijn::Nu,
        soort: Soort::Vakinhoudelijk,
        tekst: long.clone(),
        vorm: None,
        klaar: false,
        streefdatum: None,
    });
    (plan, nasty.to_string())
}

#[test]
fn markdown_of_the_full_plan() {
    let md = report::export_markdown(&full_plan(), Catalog::embedded());
    insta::assert_snapshot!(md);
}

#[test]
fn html_of_the_full_plan() {
    let html = report::export_html(&full_plan(), Catalog::embedded());
    insta::assert_snapshot!(html);
}

#[test]
fn both_formats_carry_the_whole_plan() {
    let plan = full_plan();
    let md = report::export_markdown(&plan, Catalog::embedded());
    let html = report::export_html(&plan, Catalog::embedded());
    for must in [
        "Groeiplan van Sanne de Vries",
        "23 november 2026",
        "Administratief medewerker",
        "Vaste stappen (Danger zone)",
        "Reskilling",
        "Inkoopmedewerker",
        "1 Basis",
        "2 Gemiddeld",
        "job crafting",
        "Dit is een eerste beeld van je werk",
        "Zo kun je",
        "R. Davits",
        "Nieuwe technologie en werk",
        "2019",
        "Inwoners helpen",
        "Nauwkeurig werken",
        "Samen met collega",
        "Skills nu nodig",
        "Skills nodig over twee jaar",
        "Vakinhoudelijk",
        "Soft skills (omgang met mensen)",
        "Technische of digitale skills",
        "Training klantgericht werken",
        "formeel, klaar",
        "informeel, nog te doen",
        "Karin Jansen",
        "15 december 2026",
        "Tijd voor een cursus",
        "tijd die dan vrijkomt",
        "Wat vind jij van AI in je werk?",
        "Welke steun heb je nodig",
        "je werk en je inkomen",
    ] {
        assert!(md.contains(must), "markdown lacks {must:?}");
        assert!(html.contains(must), "html lacks {must:?}");
    }
}

/// Pipes in a Markdown table row that are not escaped.
fn column_pipes(row: &str) -> usize {
    let mut count = 0;
    let mut escaped = false;
    for c in row.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '|' if !escaped => count += 1,
            _ => escaped = false,
        }
        if c != '\\' {
            escaped = false;
        }
    }
    count
}

#[test]
fn a_hostile_plan_stays_escaped_and_intact_in_markdown() {
    let (plan, nasty) = hostile_plan();
    let md = report::export_markdown(&plan, Catalog::embedded());
    let rows: Vec<&str> = md.lines().filter(|l| l.starts_with("| **Skills")).collect();
    assert_eq!(rows.len(), 2, "still two table rows");
    for row in rows {
        assert_eq!(column_pipes(row), 5, "four columns in {row:?}");
    }
    assert!(!md.contains("<script>"));
    assert!(md.contains(&markdown::escape(&nasty)));
    assert!(md.contains(&markdown::escape(&("heel lang ".repeat(400) + "EINDE"))));
    assert!(md.contains("# Groeiplan van Zoë \\<script\\>"));
}

#[test]
fn a_hostile_plan_stays_escaped_and_intact_in_html() {
    let (plan, nasty) = hostile_plan();
    let html = report::export_html(&plan, Catalog::embedded());
    assert!(!html.contains("<script"), "no script element");
    // The page is well-formed; its text holds the hostile strings unchanged.
    let doc = roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("the page is well-formed");
    let texts: Vec<String> = doc
        .descendants()
        .filter(|n| n.is_element() && n.tag_name().name() == "li")
        .map(|n| n.descendants().filter_map(|t| t.text()).collect::<String>())
        .collect();
    assert!(texts.iter().any(|t| t.starts_with(&nasty)), "{texts:?}");
    assert!(texts.iter().any(|t| t.contains("EINDE")));
    let title = doc
        .descendants()
        .find(|n| n.tag_name().name() == "h1")
        .and_then(|n| n.text())
        .unwrap();
    assert_eq!(title, format!("Groeiplan van Zoë {nasty}"));
    // Line breaks in free text are kept.
    assert!(html.contains("regel een<br/>regel twee"));
}

#[test]
fn the_html_is_self_contained_and_well_formed_html5() {
    let html = report::export_html(&full_plan(), Catalog::embedded());
    assert!(html.starts_with("<!DOCTYPE html>\n<html lang=\"nl\">"));
    assert!(html.contains("<meta charset=\"utf-8\"/>"));
    for external in [
        "<link",
        "<script",
        "@import",
        "url(",
        "src=",
        "https://",
        "http://www.w3.org/1999",
    ] {
        assert!(!html.contains(external), "found {external}");
    }
    // The only address is the SVG namespace, which is a name, not a download.
    assert_eq!(html.matches("http://").count(), 1);
    assert!(html.contains("xmlns=\"http://www.w3.org/2000/svg\""));
    assert!(html.contains("@media print"));
    assert!(html.contains("@page { size: A4"));
    roxmltree::Document::parse_with_options(
        &html,
        roxmltree::ParsingOptions {
            allow_dtd: true,
            ..Default::default()
        },
    )
    .expect("well-formed");
}

#[test]
fn the_svg_chart_parses_as_xml_and_shows_axes_quadrants_jobs_and_the_point() {
    let svg = report::svg::chart(&full_plan(), Catalog::embedded()).unwrap();
    let doc = roxmltree::Document::parse(&svg).expect("the chart is XML");
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "svg");
    assert_eq!(
        root.tag_name().namespace(),
        Some("http://www.w3.org/2000/svg")
    );
    let texts: Vec<&str> = doc.descendants().filter_map(|n| n.text()).collect();
    for must in [
        "Eigen oordeel",
        "(Slow creep)",
        "Oordeel en mensen",
        "(Safe zone)",
        "Vaste stappen",
        "(Danger zone)",
        "Regels en mensen",
        "(Human veneer)",
        "jouw werk",
        "← weinig mensenwerk",
        "veel mensenwerk →",
        "eigen oordeel en ideeën ↑",
        "↓ vaste stappen",
        // The example's function is in the list: its dot is marked.
        "Administratief mw. (jouw functie)",
        "■ jouw functie in de lijst: Administratief mw.",
        "Jobcoach",
    ] {
        assert!(texts.contains(&must), "{must} missing from {texts:?}");
    }
    // The person's work is not labelled: no "JIJ", no names in capitals.
    for never in [
        "JIJ",
        "DANGER ZONE",
        "SLOW CREEP",
        "SAFE ZONE",
        "HUMAN VENEER",
    ] {
        assert!(
            !texts.iter().any(|t| t.contains(never)),
            "{never} in {texts:?}"
        );
    }
    let shapes = |name: &str| {
        doc.descendants()
            .filter(|n| n.tag_name().name() == name)
            .count()
    };
    assert_eq!(shapes("polygon"), 1, "one diamond for the employee");
    assert_eq!(
        shapes("circle"),
        20,
        "one open circle per municipal job, the own job a square"
    );
    let squares = doc
        .descendants()
        .filter(|n| n.tag_name().name() == "rect" && n.attribute("width") == Some("7"))
        .count();
    assert_eq!(squares, 1, "one filled square for the own job");
}

#[test]
fn a_plan_without_a_position_has_no_chart() {
    let mut plan = full_plan();
    plan.positie.sociaal = None;
    plan.status = kwadrant::model::plan::Status::Concept;
    assert!(report::svg::chart(&plan, Catalog::embedded()).is_none());
    assert!(!report::export_html(&plan, Catalog::embedded()).contains("<svg"));
}

#[test]
fn export_writes_to_stdout_without_o() {
    kwadrant()
        .args(["export", FULL, "--format", "md"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "# Groeiplan van Sanne de Vries\n",
        ));
    kwadrant()
        .args(["export", FULL, "--format", "html"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with("<!DOCTYPE html>"));
}

#[test]
fn export_with_o_never_replaces_a_file_without_force() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("plan.html");
    kwadrant()
        .args(["export", FULL, "--format", "html", "-o"])
        .arg(&out)
        .assert()
        .code(0)
        .stdout(format!("Klaar: {}\n", out.display()));
    assert!(fs::read_to_string(&out).unwrap().contains("Sanne de Vries"));
    #[cfg(unix)]
    {
        // It holds personal data, like the plan itself.
        use std::os::unix::fs::PermissionsExt;
        assert_eq!(
            fs::metadata(&out).unwrap().permissions().mode() & 0o777,
            0o600
        );
    }
    fs::write(&out, "van de leidinggevende").unwrap();
    kwadrant()
        .args(["export", FULL, "--format", "html", "-o"])
        .arg(&out)
        .assert()
        .code(1)
        .stderr(format!(
            "kwadrant: {} bestaat al; gebruik --force om het te vervangen\n",
            out.display()
        ));
    assert_eq!(fs::read_to_string(&out).unwrap(), "van de leidinggevende");
    kwadrant()
        .args(["export", FULL, "--format", "md", "--force", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    assert!(fs::read_to_string(&out).unwrap().starts_with("# Groeiplan"));
}

#[test]
fn export_reports_bad_input_like_check() {
    kwadrant()
        .args(["export", FULL, "--format", "pdf"])
        .assert()
        .code(2)
        .stderr("kwadrant: --format moet md of html zijn, niet 'pdf'\n");
    kwadrant()
        .args(["export", FULL])
        .assert()
        .code(2)
        .stderr("kwadrant: --format ontbreekt; kies --format md of --format html\n");
    kwadrant()
        .args(["export", "bestaat-niet.toml", "--format", "md"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("bestaat-niet.toml: dit bestand bestaat niet; kijk of de naam en de map kloppen\n");
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("fout.toml");
    fs::write(&bad, "formaat = 1\nstatus = \"af\"\n").unwrap();
    kwadrant()
        .args(["export", "--format", "html"])
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "veld status: moet een van deze zijn",
        ));
}

/// WCAG contrast of two "#rgb" or "#rrggbb" colours.
fn contrast(a: &str, b: &str) -> f64 {
    let rgb = |hex: &str| -> [f64; 3] {
        let hex = hex.trim_start_matches('#');
        let full: String = if hex.len() == 3 {
            hex.chars().flat_map(|c| [c, c]).collect()
        } else {
            hex.to_string()
        };
        let v = u32::from_str_radix(&full, 16).unwrap();
        [16, 8, 0].map(|s| f64::from((v >> s) & 0xff) / 255.0)
    };
    let lum = |hex: &str| {
        let [r, g, b] = rgb(hex).map(|c| {
            if c <= 0.03928 {
                c / 12.92
            } else {
                ((c + 0.055) / 1.055).powf(2.4)
            }
        });
        0.2126 * r + 0.7152 * g + 0.0722 * b
    };
    let (a, b) = (lum(a), lum(b));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Issue #17: every text colour of the manager's page, on screen and on
/// paper, reaches 4.5:1 on the page and on the grey cells and headers.
#[test]
fn every_text_colour_of_the_page_reaches_four_and_a_half_to_one() {
    let html = report::export_html(&full_plan(), Catalog::embedded());
    assert_text_contrast(&html);
}

/// Issue #12 (DESIGN, "For the coach"): the overview's page keeps all text
/// at 4.5:1 too, on the page and in the grid's grey cells.
#[test]
fn every_text_colour_of_the_overview_page_reaches_four_and_a_half_to_one() {
    let dir = tempfile::tempdir().unwrap();
    plans::group(dir.path());
    let page = dir.path().join("overzicht.html");
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let status = kwadrant::commands::overview(
        &[dir.path().to_path_buf()],
        None,
        kwadrant::commands::OverviewOptions {
            html: Some(&page),
            ..Default::default()
        },
        None,
        &mut out,
        &mut err,
    );
    assert_eq!(status, 0);
    assert_text_contrast(&std::fs::read_to_string(page).unwrap());
}

/// Every text colour of a page against every background it sets.
fn assert_text_contrast(html: &str) {
    let mut texts: Vec<String> = Vec::new();
    for (i, _) in html.match_indices("color: #") {
        let start = i + "color: ".len();
        let end = html[start..].find([';', ' ', '}']).unwrap() + start;
        texts.push(html[start..end].to_string());
    }
    // Text in the chart: <text ... fill="#...">.
    for part in html.split("<text").skip(1) {
        let tag = &part[..part.find('>').unwrap()];
        if let Some(i) = tag.find("fill=\"#") {
            let start = i + "fill=\"".len();
            let end = tag[start..].find('"').unwrap() + start;
            texts.push(tag[start..end].to_string());
        }
    }
    assert!(texts.len() >= 4, "{texts:?}");
    let mut backgrounds: Vec<&str> = vec!["#fff"];
    for (i, _) in html.match_indices("background: #") {
        let start = i + "background: ".len();
        let end = html[start..].find([';', ' ', '}']).unwrap() + start;
        backgrounds.push(&html[start..end]);
    }
    for (i, _) in html.match_indices("<rect") {
        let tag = &html[i..i + html[i..].find('>').unwrap()];
        if let Some(j) = tag.find("fill=\"#") {
            let start = j + "fill=\"".len();
            let end = tag[start..].find('"').unwrap() + start;
            backgrounds.push(&tag[start..end]);
        }
    }
    for text in &texts {
        for bg in &backgrounds {
            // Black squares and the white halo around labels are marks, not backgrounds of text.
            if *bg == "#000" || *bg == "#000000" {
                continue;
            }
            let ratio = contrast(text, bg);
            assert!(ratio >= 4.5, "{text} on {bg}: {ratio:.2}:1");
        }
    }
    assert!(contrast("#777", "#fff") < 4.5, "the check can fail");
}

/// Issue #9: a plan built in code (not read from a file, so not checked)
/// with escape codes in a text still never carries them into an export or
/// `show`.
#[test]
fn the_exports_and_show_neutralise_what_reading_would_refuse() {
    let mut plan = full_plan();
    plan.medewerker.naam = Some("Sanne\u{1b}]52;c;aGFjaw==\u{7}\u{202e}".into());
    let catalog = Catalog::embedded();
    for (name, text) in [
        ("html", report::export_html(&plan, catalog)),
        ("md", report::export_markdown(&plan, catalog)),
        ("show", report::text::show(&plan, catalog)),
    ] {
        assert!(
            !text.chars().any(kwadrant::model::plan::unsafe_char),
            "{name}"
        );
        assert!(text.contains("Sanne"), "{name}");
    }
}
