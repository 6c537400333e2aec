//! The commands as a user runs them: output, messages and exit statuses.

use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use predicates::prelude::*;
use tempfile::TempDir;

const FULL: &str = "tests/fixtures/volledig.toml";

fn kwadrant() -> Command {
    Command::cargo_bin("kwadrant").unwrap()
}

/// The full example with `from` replaced by `to` (which must change it).
fn variant(from: &str, to: &str) -> String {
    let text = fs::read_to_string(FULL).unwrap();
    assert!(text.contains(from), "fixture has {from:?}");
    text.replacen(from, to, 1)
}

fn write(dir: &TempDir, name: &str, bytes: impl AsRef<[u8]>) -> PathBuf {
    let path = dir.path().join(name);
    fs::write(&path, bytes).unwrap();
    path
}

/// Runs `check` on one file and returns its output lines; asserts exit 1.
fn check_invalid(path: &Path) -> Vec<String> {
    let out = kwadrant().arg("check").arg(path).assert().code(1);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    stdout.lines().map(str::to_string).collect()
}

/// The error lines of `check` on a file it cannot read at all: on stderr,
/// nothing on stdout (issue #9).
fn check_unreadable(path: &Path) -> Vec<String> {
    let out = kwadrant()
        .arg("check")
        .arg(path)
        .assert()
        .code(1)
        .stdout("");
    let stderr = String::from_utf8(out.get_output().stderr.clone()).unwrap();
    stderr.lines().map(str::to_string).collect()
}

/// Asserts that checking `text` reports exactly `expected` lines (after the file name).
fn assert_problems(text: impl AsRef<[u8]>, expected: &[&str]) {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "plan.toml", text);
    let name = path.display().to_string();
    let lines = check_invalid(&path);
    let want: Vec<String> = expected.iter().map(|e| format!("{name}{e}")).collect();
    assert_eq!(lines, want);
}

#[test]
fn check_accepts_the_full_example() {
    kwadrant()
        .args(["check", FULL])
        .assert()
        .code(0)
        .stdout(format!("{FULL}: ok\n"));
}

#[test]
fn check_accepts_a_minimal_concept() {
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "kort.toml", "formaat = 1\nstatus = \"concept\"\n");
    kwadrant().arg("check").arg(&path).assert().code(0);
}

#[test]
fn malformed_syntax_names_line_and_column() {
    assert_problems(
        variant("status = \"klaar\"", "status = \"klaar"),
        &[":3:16: hier mist het aanhalingsteken aan het eind van een tekst"],
    );
}

#[test]
fn malformed_unquoted_text() {
    assert_problems(
        variant("keuze = \"reskilling\"", "keuze = reskilling"),
        &[":35:9: zet tekst tussen aanhalingstekens, zoals \"concept\""],
    );
}

#[test]
fn malformed_duplicate_key() {
    assert_problems(
        variant(
            "status = \"klaar\"",
            "status = \"klaar\"\nstatus = \"klaar\"",
        ),
        &[":4:1: dit veld of deze tabel staat er twee keer in"],
    );
}

#[test]
fn malformed_wrong_type_for_a_score() {
    assert_problems(
        variant("sociaal = 3.5", "sociaal = \"hoog\""),
        &[
            ": veld positie.sociaal: moet een getal van 0 tot en met 10 zijn, maar is de tekst \"hoog\"",
            // Without a score the stated quadrant cannot be checked.
            ": veld positie.kwadrant: hoort bij de scores, maar sociaal of creativiteit ontbreekt",
            ": veld positie.sociaal: is nodig als status = \"klaar\"",
        ],
    );
}

#[test]
fn malformed_score_out_of_range() {
    assert_problems(
        variant("creativiteit = 2.0", "creativiteit = 12.5"),
        &[": veld positie.creativiteit: moet van 0 tot en met 10 zijn, maar is 12.5"],
    );
}

#[test]
fn malformed_digital_level_out_of_range() {
    assert_problems(
        variant("digitaal_nu = 1", "digitaal_nu = 7"),
        &[
            ": veld richting.digitaal_nu: moet een niveau van 0 tot en met 4 zijn (Tabel 3.10), maar is 7",
        ],
    );
}

#[test]
fn malformed_status_enum() {
    assert_problems(
        variant("status = \"klaar\"", "status = \"af\""),
        &[": veld status: moet een van deze zijn: \"concept\", \"klaar\", maar is de tekst \"af\""],
    );
}

#[test]
fn malformed_action_enum_is_named_by_position() {
    assert_problems(
        variant("vorm = \"informeel\"", "vorm = \"online\""),
        &[
            ": veld acties[3].vorm: moet een van deze zijn: \"formeel\", \"informeel\", maar is de tekst \"online\"",
        ],
    );
}

#[test]
fn malformed_unknown_top_level_key() {
    assert_problems(
        variant(
            "status = \"klaar\"",
            "status = \"klaar\"\nkleur = \"blauw\"",
        ),
        &[
            ": veld kleur: onbekend veld; hier mogen staan: formaat, status, aangemaakt, gewijzigd, medewerker, positie, richting, acties, gesprek, herkomst, taken, geschiedenis, verslag",
        ],
    );
}

#[test]
fn malformed_unknown_nested_key() {
    assert_problems(
        variant(
            "gemeente = \"Mooidorp\"",
            "gemeente = \"Mooidorp\"\nleeftijd = 52",
        ),
        &[
            ": veld medewerker.leeftijd: onbekend veld; hier mogen staan: naam, functie, afdeling, gemeente",
        ],
    );
}

#[test]
fn malformed_newer_formaat() {
    assert_problems(
        variant("formaat = 6", "formaat = 7"),
        &[
            ": veld formaat: dit plan is gemaakt met een nieuwere versie van kwadrant (formaat 7); werk kwadrant bij om het te openen",
        ],
    );
}

#[test]
fn malformed_missing_formaat_and_status() {
    assert_problems(
        "[medewerker]\nnaam = \"Sanne\"\n",
        &[
            ": veld formaat: ontbreekt; zet formaat = 1 bovenaan het bestand",
            ": veld status: ontbreekt; gebruik \"concept\" of \"klaar\"",
        ],
    );
}

#[test]
fn malformed_quadrant_that_contradicts_the_scores() {
    assert_problems(
        variant("kwadrant = \"danger-zone\"", "kwadrant = \"safe-zone\""),
        &[
            ": veld positie.kwadrant: past niet bij de scores: die horen bij \"danger-zone\", niet bij \"safe-zone\"",
        ],
    );
}

#[test]
fn malformed_klaar_plan_without_required_fields() {
    assert_problems(
        "formaat = 1\nstatus = \"klaar\"\n",
        &[
            ": veld medewerker.functie: is nodig als status = \"klaar\"",
            ": veld positie.soort_werk: is nodig als status = \"klaar\"",
            ": veld positie.methode: is nodig als status = \"klaar\"",
            ": veld positie.sociaal: is nodig als status = \"klaar\"",
            ": veld positie.creativiteit: is nodig als status = \"klaar\"",
            ": veld richting.keuze: is nodig als status = \"klaar\"",
        ],
    );
}

#[test]
fn malformed_answers_out_of_range_also_while_the_sliders_are_used() {
    // Since formaat 2 the answers are kept with methode = "direct", for when
    // the person switches back to the questionnaire.
    assert_problems(
        variant("methode = \"vragenlijst\"", "methode = \"direct\"")
            .replacen("s1 = 2", "s1 = 9", 1),
        &[": veld positie.antwoorden.s1: moet een antwoord van 1 tot en met 5 zijn, maar is 9"],
    );
}

#[test]
fn malformed_date_written_as_text() {
    assert_problems(
        variant("datum = 2026-12-15", "datum = \"15 december\""),
        &[
            ": veld gesprek.datum: moet een datum (zonder aanhalingstekens), zoals 2026-12-15 zijn, maar is de tekst \"15 december\"",
        ],
    );
}

#[test]
fn malformed_action_without_text_and_unknown_tool() {
    assert_problems(
        variant("tekst = \"Cursus AI volgen\"\n", "").replacen(
            "\"job-innovation\"",
            "\"job-hopping\"",
            1,
        ),
        &[
            ": veld richting.baangereedschap[2]: moet een van deze zijn: \"job-innovation\", \"job-crafting\", \"job-carving\", \"team-crafting\", \"job-slashing\", maar is de tekst \"job-hopping\"",
            ": veld acties[4].tekst: ontbreekt; elke actie heeft termijn, soort en tekst",
        ],
    );
}

#[test]
fn malformed_invalid_utf8_names_the_position() {
    let mut bytes = b"formaat = 1\nstatus = \"conc".to_vec();
    bytes.extend([0xff, 0xfe]);
    bytes.extend(b"ept\"\n");
    assert_problems(
        bytes,
        &[":2:15: het bestand is geen UTF-8-tekst; sla het op als UTF-8"],
    );
}

#[test]
fn malformed_empty_file() {
    assert_problems(
        "\n  \n",
        &[": veld formaat: het bestand is leeg; een plan begint met formaat = 1"],
    );
}

#[test]
fn malformed_a_directory() {
    let dir = TempDir::new().unwrap();
    let name = dir.path().display().to_string();
    assert_eq!(
        check_unreadable(dir.path()),
        vec![format!(
            "{name}: dit is een map, geen plan; geef de naam van een .toml-bestand"
        )]
    );
}

#[test]
fn malformed_a_missing_file() {
    assert_eq!(
        check_unreadable(Path::new("bestaat-niet.toml")),
        vec!["bestaat-niet.toml: dit bestand bestaat niet; kijk of de naam en de map kloppen"]
    );
}

#[cfg(unix)]
#[test]
fn malformed_an_unreadable_file() {
    use std::os::unix::fs::PermissionsExt;
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "geheim.toml", "formaat = 1\nstatus = \"concept\"\n");
    fs::set_permissions(&path, fs::Permissions::from_mode(0o000)).unwrap();
    if fs::read(&path).is_ok() {
        return; // running as root: permissions do not stop reading
    }
    let lines = check_unreadable(&path);
    assert!(lines[0].ends_with("je hebt geen toestemming om dit bestand te lezen"));
}

#[test]
fn check_reports_every_file_and_fails_if_any_is_invalid() {
    let dir = TempDir::new().unwrap();
    let bad = write(&dir, "fout.toml", "formaat = 7\n");
    kwadrant()
        .args(["check", FULL])
        .arg(&bad)
        .assert()
        .code(1)
        .stdout(predicate::str::starts_with(format!("{FULL}: ok\n")))
        .stdout(predicate::str::contains(
            "nieuwere versie van kwadrant (formaat 7)",
        ));
}

#[test]
fn check_without_files_is_a_usage_error() {
    kwadrant()
        .arg("check")
        .assert()
        .code(2)
        .stdout("")
        .stderr("kwadrant: er ontbreekt: BESTAND. Zie 'kwadrant --help'.\n");
}

#[test]
fn show_prints_the_whole_plan() {
    let out = kwadrant().args(["show", FULL]).assert().code(0);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    for must in [
        "Groeiplan van Sanne de Vries",
        "Administratief medewerker",
        "Vaste stappen (Danger zone): werk dat het meest",
        "Reskilling: overstappen naar ander werk",
        "Zo kun je groeien",
        "Mensenwerk:",
        "3,5 van 10 (sociaal en empathie)",
        "Dit is een eerste beeld van je werk",
        "Inkoopmedewerker",
        "1 Basis",
        "2 Gemiddeld",
        "│ Skills nu    │",
        "│ Skills nodig │",
        "Vakinhoudelijk",
        "werken (formeel,",
        "klaar)",
        "(informeel)",
        "Karin Jansen",
        "15 december 2026",
        "Tijd voor een cursus",
    ] {
        assert!(text.contains(must), "missing {must:?} in\n{text}");
    }
}

#[test]
fn show_wraps_long_text_and_keeps_accents_and_emoji() {
    let long =
        "Ik wil graag leren hoe ik inwoners met ingewikkelde vragen beter help 🙂 ".repeat(6);
    let text = variant("Tijd voor een cursus", &format!("Één ding: {long}")).replacen(
        "Sanne de Vries",
        "Zoë Çelik 🌱",
        1,
    );
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "lang.toml", text);
    let out = kwadrant().arg("show").arg(&path).assert().code(0);
    let stdout = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(stdout.contains("Groeiplan van Zoë Çelik 🌱"));
    assert!(stdout.contains("Één ding:"));
    let words: Vec<&str> = stdout.split_whitespace().collect();
    let joined = words.join(" ");
    assert!(joined.contains(long.trim()), "long text kept whole");
    for line in stdout.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(line) <= 80,
            "line wider than 80: {line:?}"
        );
    }
}

#[test]
fn show_on_a_bad_file_says_why() {
    kwadrant()
        .args(["show", "bestaat-niet.toml"])
        .assert()
        .code(1)
        .stdout("")
        .stderr("bestaat-niet.toml: dit bestand bestaat niet; kijk of de naam en de map kloppen\n");
}

#[test]
fn score_prints_quadrant_meaning_direction_and_nearby_jobs() {
    kwadrant()
        .args(["score", "--sociaal", "3.5", "--creativiteit", "2"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "Kwadrant: Vaste stappen (Danger zone) [danger-zone]\n",
        ))
        .stdout(predicate::str::contains(
            "Positie: sociale interactie en empathie 3,5, creativiteit en strategie 2,0",
        ))
        .stdout(predicate::str::contains("Hoe kan het werk veranderen?"))
        .stdout(predicate::str::contains("Waar kun je naartoe groeien?"))
        .stdout(predicate::str::contains(
            "Dichtbij: functies bij gemeenten (Tabel 3.4)\n  - Medewerker frontoffice publiekszaken: Vaste stappen (Danger zone)\n",
        ))
        .stdout(predicate::str::contains("eerste lijst uit 2019"))
        .stdout(predicate::str::contains("Dit is een eerste beeld van je werk"))
        .stdout(predicate::str::contains("geen oordeel over jou"))
        .stdout(predicate::str::contains("\nGrensgebied: nee\n"))
        .stdout(predicate::str::contains("Op de grens").not());
}

#[test]
fn score_near_a_line_names_the_neighbour() {
    kwadrant()
        .args([
            "score",
            "--sociaal",
            "4,5",
            "--creativiteit",
            "8",
            "--soort",
            "fysiek",
        ])
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Kwadrant: Eigen oordeel (Slow creep) [slow-creep]",
        ))
        .stdout(predicate::str::contains("\nGrensgebied: ja [safe-zone]\n"))
        .stdout(predicate::str::contains(
            "Je werk ligt op de grens tussen Eigen oordeel (Slow creep) en Oordeel en",
        ))
        .stdout(predicate::str::contains("Bij Eigen oordeel (Slow creep):"))
        .stdout(predicate::str::contains(
            "Bij Oordeel en mensen (Safe zone):",
        ))
        .stdout(predicate::str::contains("vaardigheid en handigheid 8,0"))
        .stdout(predicate::str::contains("(Tabel 3.3)"));
}

#[test]
fn score_at_the_centre_says_in_het_midden_not_a_plain_quadrant() {
    kwadrant()
        .args(["score", "--sociaal", "5", "--creativiteit", "5"])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "Kwadrant: Precies in het midden [safe-zone]\n\
             Grensgebied: midden [slow-creep human-veneer danger-zone]\n",
        ))
        .stdout(predicate::str::contains(
            "Je werk ligt precies in het midden",
        ))
        .stdout(predicate::str::contains("Bij Vaste stappen (Danger zone):"))
        .stdout(predicate::str::contains(
            "Bij Regels en mensen (Human veneer):",
        ))
        .stdout(predicate::str::contains("Bij Eigen oordeel (Slow creep):"));
}

#[test]
fn score_refuses_bad_numbers_with_one_dutch_line() {
    let cases: [(&[&str], &str); 8] = [
        (
            &["--sociaal", "abc", "--creativiteit", "2"],
            "--sociaal moet een getal van 0 tot en met 10 zijn, zoals 3.5; 'abc' is geen getal",
        ),
        (
            &["--sociaal", "10.5", "--creativiteit", "2"],
            "--sociaal moet van 0 tot en met 10 zijn, maar is 10.5",
        ),
        (
            &["--sociaal", "3", "--creativiteit", "-0.1"],
            "--creativiteit moet van 0 tot en met 10 zijn, maar is -0.1",
        ),
        (
            &["--sociaal", "NaN", "--creativiteit", "2"],
            "--sociaal moet een gewoon getal van 0 tot en met 10 zijn",
        ),
        (
            &["--sociaal", "3", "--creativiteit", "inf"],
            "--creativiteit moet een gewoon getal van 0 tot en met 10 zijn",
        ),
        (
            &["--sociaal", "3"],
            "--creativiteit ontbreekt; geef een getal van 0 tot en met 10, bijvoorbeeld --creativiteit 3.5",
        ),
        (
            &["--sociaal", "3.25", "--creativiteit", "2"],
            "--sociaal mag hoogstens één cijfer achter de komma hebben, maar is 3.25",
        ),
        (
            &["--sociaal", "3", "--creativiteit", "2", "--soort", "x"],
            "--soort moet cognitief of fysiek zijn, niet 'x'",
        ),
    ];
    for (args, message) in cases {
        kwadrant()
            .arg("score")
            .args(args)
            .assert()
            .code(2)
            .stdout("")
            .stderr(format!("kwadrant: {message}\n"));
    }
}

#[test]
fn unknown_options_and_commands_are_usage_errors() {
    kwadrant()
        .args([
            "score",
            "--sociaal",
            "3",
            "--creativiteit",
            "2",
            "--kleur",
            "rood",
        ])
        .assert()
        .code(2)
        .stderr("kwadrant: onbekende optie --kleur. Zie 'kwadrant --help'.\n");
    kwadrant()
        .arg("maak")
        .assert()
        .code(2)
        .stderr("kwadrant: onbekende opdracht 'maak'. Zie 'kwadrant --help'.\n");
}

#[test]
fn help_is_in_dutch() {
    kwadrant()
        .arg("--help")
        .assert()
        .code(0)
        .stdout(predicate::str::contains(
            "Gebruik: kwadrant [--dir MAP] [--kleuren KLEUREN] [--catalogus MAP] [OPDRACHT]",
        ))
        .stdout(predicate::str::contains("Controleer een of meer plannen"));
}

#[test]
fn show_output_of_the_full_example() {
    let out = kwadrant().args(["show", FULL]).assert().code(0);
    let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    insta::assert_snapshot!(text);
}

#[test]
fn score_from_a_file_of_answers_uses_the_questionnaire_rule() {
    let dir = tempfile::tempdir().unwrap();
    let answers = |text: &str, soort: &str| {
        let file = dir.path().join("antwoorden.toml");
        std::fs::write(&file, text).unwrap();
        Command::cargo_bin("kwadrant")
            .unwrap()
            .args([
                "score",
                "--soort",
                soort,
                "--antwoorden",
                file.to_str().unwrap(),
            ])
            .assert()
    };
    // A baliemedewerker: standard contact, fixed steps.
    let balie = "[antwoorden]\nmc1 = 2\nmc2 = 2\nmc3 = 3\nmc4 = 2\nmc5 = 2\nmc6 = 1\n\
                 dw1 = 1\ndw2 = 1\ndw3 = 1\ndw4 = 1\ndw5 = 5\ndw6 = 4\n";
    answers(balie, "cognitief")
        .code(0)
        .stdout(predicates::str::contains(
            "Kwadrant: Vaste stappen (Danger zone) [danger-zone]",
        ))
        .stdout(predicates::str::contains(
            "Positie: sociale interactie en empathie 2,5",
        ));
    // Every statement for this kind of work needs an answer.
    answers(&balie.replace("dw6 = 4\n", ""), "cognitief")
        .code(2)
        .stderr(predicates::str::contains(
            "veld antwoorden.dw6: het antwoord ontbreekt",
        ));
    // For physical work the vh-statements are asked, not the dw-statements.
    answers(balie, "fysiek")
        .code(2)
        .stderr(predicates::str::contains(
            "veld antwoorden.dw1: onbekende vraag",
        ))
        .stderr(predicates::str::contains(
            "veld antwoorden.vh1: het antwoord ontbreekt",
        ));
    // Unknown ids and answers out of range are named.
    answers(&balie.replace("mc1 = 2", "s9 = 2\nmc1 = 7"), "cognitief")
        .code(2)
        .stderr(predicates::str::contains(
            "veld antwoorden.s9: onbekende vraag",
        ))
        .stderr(predicates::str::contains(
            "veld antwoorden.mc1: moet een antwoord van 1 tot en met 5 zijn, maar is 7",
        ));
    answers("mc1 = \n", "cognitief")
        .code(2)
        .stderr(predicates::str::contains("antwoorden.toml:1:"));
}

#[test]
fn vragen_lists_every_statement_with_its_axis_and_answers() {
    let catalog = kwadrant::model::catalog::Catalog::embedded();
    for (soort, kind) in [
        ("cognitief", kwadrant::model::plan::SoortWerk::Cognitief),
        ("fysiek", kwadrant::model::plan::SoortWerk::Fysiek),
    ] {
        let out = kwadrant()
            .args(["vragen", "--soort", soort])
            .assert()
            .code(0);
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
        let asked = catalog.questions_for(Some(kind));
        assert_eq!(asked.len(), 12);
        for q in asked {
            assert!(
                flat.contains(&format!("{} {}", q.id, q.tekst)),
                "{soort}: {}",
                q.id
            );
            for a in catalog.scale_of(q).1 {
                assert!(
                    flat.contains(&format!("{} = {}", a.waarde, a.tekst)),
                    "{text}"
                );
            }
        }
        assert!(flat.contains("as sociaal") && flat.contains("as creativiteit"));
        assert!(flat.contains("Telt andersom"), "{text}");
        assert!(text.lines().all(|l| l.chars().count() <= 80), "{text}");
    }
    // Physical work is asked about skill on the spot, not strategy.
    kwadrant()
        .args(["vragen", "--soort", "fysiek"])
        .assert()
        .stdout(predicate::str::contains("vh1 ").and(predicate::str::contains("dw1 ").not()));
}

#[test]
fn vragen_as_toml_has_the_data_file_shape_and_feeds_score() {
    let out = kwadrant().args(["vragen", "--toml"]).assert().code(0);
    let listing: toml::Table = String::from_utf8(out.get_output().stdout.clone())
        .unwrap()
        .parse()
        .expect("vragen --toml is TOML");
    assert_eq!(listing["versie"].as_integer(), Some(4));
    let answers = listing["antwoord"].as_array().unwrap();
    assert_eq!(answers.len(), 5);
    assert_eq!(answers[0]["waarde"].as_integer(), Some(1));
    assert!(answers[0]["tekst"].is_str());
    let vragen = listing["vraag"].as_array().unwrap();
    assert_eq!(vragen.len(), 12);
    for v in vragen {
        assert!(v["id"].is_str() && v["tekst"].is_str());
        assert!(["sociaal", "creativiteit"].contains(&v["as"].as_str().unwrap()));
    }
    // A script answers "3" everywhere and asks for the position: the very
    // middle, which is said as such and never as a plain quadrant.
    let mut filled = String::from("[antwoorden]\n");
    for v in vragen {
        filled.push_str(&format!("{} = 3\n", v["id"].as_str().unwrap()));
    }
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("antwoorden.toml");
    fs::write(&file, filled).unwrap();
    kwadrant()
        .args(["score", "--antwoorden", file.to_str().unwrap()])
        .assert()
        .code(0)
        .stdout(predicate::str::starts_with(
            "Kwadrant: Precies in het midden",
        ))
        .stdout(predicate::str::contains("\nGrensgebied: midden ["));
}

#[test]
fn vragen_refuses_an_unknown_kind_of_work() {
    kwadrant()
        .args(["vragen", "--soort", "kantoor"])
        .assert()
        .code(2)
        .stdout("")
        .stderr("kwadrant: --soort moet cognitief of fysiek zijn, niet 'kantoor'\n");
}

#[test]
fn dir_must_be_a_folder_and_says_which_mistake_it_is() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("plan.toml");
    fs::write(&file, "formaat = 3\nstatus = \"concept\"\n").unwrap();
    kwadrant()
        .args(["--dir", file.to_str().unwrap()])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("is een bestand, geen map"));
    kwadrant()
        .args(["--dir", dir.path().join("weg").to_str().unwrap()])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("bestaat niet"));
}

#[cfg(unix)]
#[test]
fn a_dumb_terminal_gets_no_screen_but_the_commands_that_work_there() {
    let dir = tempfile::tempdir().unwrap();
    kwadrant()
        .current_dir(dir.path())
        .env("TERM", "dumb")
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("TERM=dumb"))
        .stderr(predicate::str::contains("'kwadrant score'"))
        .stderr(predicate::str::contains("'kwadrant show PLAN'"))
        .stderr(predicate::str::contains("'kwadrant export PLAN'"));
    assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 0);
    // The one-shot commands still work there.
    kwadrant()
        .env("TERM", "dumb")
        .args(["score", "--sociaal", "3", "--creativiteit", "2"])
        .assert()
        .code(0);
}

#[test]
fn check_refuses_only_a_text_no_person_writes() {
    let dir = tempfile::tempdir().unwrap();
    let with_name = |n: usize| {
        let file = dir.path().join(format!("plan-{n}.toml"));
        let text = fs::read_to_string(FULL).unwrap().replace(
            "naam = \"Sanne de Vries\"",
            &format!("naam = \"{}\"", "x".repeat(n)),
        );
        fs::write(&file, text).unwrap();
        file
    };
    kwadrant()
        .args(["check", with_name(100_000).to_str().unwrap()])
        .assert()
        .code(0);
    kwadrant()
        .args(["check", with_name(100_001).to_str().unwrap()])
        .assert()
        .code(1)
        .stdout(predicate::str::contains(
            "veld medewerker.naam (regel 8): is te lang: 100.001 tekens; een tekst in een plan heeft er hoogstens 100.000",
        ));
}

#[test]
fn kleuren_takes_four_values_and_names_a_wrong_one_in_dutch() {
    kwadrant()
        .args([
            "--kleuren",
            "roze",
            "score",
            "--sociaal",
            "3",
            "--creativiteit",
            "2",
        ])
        .assert()
        .code(2)
        .stderr(
            "kwadrant: ongeldige waarde 'roze' bij --kleuren KLEUREN. Zie 'kwadrant --help'.\n",
        );
    kwadrant()
        .args([
            "--kleuren",
            "licht",
            "score",
            "--sociaal",
            "3",
            "--creativiteit",
            "2",
        ])
        .assert()
        .code(0);
}

#[test]
fn a_control_character_or_bidi_override_is_refused_with_field_and_line() {
    let dir = TempDir::new().unwrap();
    let with = |name: &str, text: &str| {
        let body = fs::read_to_string(FULL)
            .unwrap()
            .replace("leuk = \"Inwoners helpen\"", &format!("leuk = \"{text}\""));
        write(&dir, name, body)
    };
    let line = fs::read_to_string(FULL)
        .unwrap()
        .lines()
        .position(|l| l.starts_with("leuk ="))
        .unwrap()
        + 1;
    let esc = with("esc.toml", "Inwoners\\u001b]52;c;aGFjaw==\\u0007 helpen");
    assert_eq!(
        check_invalid(&esc),
        vec![format!(
            "{}: veld richting.leuk (regel {line}): bevat een stuurteken (U+001B); zo'n teken \
             hoort niet in een tekst, haal het weg",
            esc.display()
        )]
    );
    let bidi = with("bidi.toml", "Inwoners \\u202Enepleh");
    let lines = check_invalid(&bidi);
    assert!(
        lines[0].contains("bevat een teken dat de leesrichting omdraait (U+202E)"),
        "{lines:?}"
    );
    // show refuses it too, on stderr, and prints nothing raw.
    kwadrant()
        .args(["show", esc.to_str().unwrap()])
        .assert()
        .code(1)
        .stdout("")
        .stderr(predicate::str::contains("stuurteken"));
}

#[test]
fn completions_and_the_man_page_come_from_the_same_definition() {
    for shell in ["bash", "zsh", "fish", "powershell", "elvish"] {
        let out = kwadrant().args(["completions", shell]).assert().code(0);
        let text = String::from_utf8(out.get_output().stdout.clone()).unwrap();
        for word in ["score", "export", "kleuren"] {
            assert!(text.contains(word), "{shell}: {word}");
        }
    }
    let out = kwadrant().arg("man").assert().code(0);
    let page = String::from_utf8(out.get_output().stdout.clone()).unwrap();
    assert!(page.contains(".TH kwadrant 1"), "{page}");
    assert!(page.contains("Toon een plan als leesbare tekst"), "{page}");
    kwadrant()
        .args(["completions", "cmd"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("ongeldige waarde 'cmd'"));
}

#[test]
fn check_names_field_and_line_of_every_wrong_task_value() {
    let plan = "formaat = 4\nstatus = \"klaar\"\n\n[[taken]]\ntekst = \"Post\"\nprocent_nu = 120\nsociaal = 11.0\ncreativiteit = 2.0\nkleur = \"paars\"\n";
    let dir = TempDir::new().unwrap();
    let path = write(&dir, "kleur.toml", plan);
    let want = format!(
        "{}: veld taken[1].kleur (regel 9): moet een van deze zijn: \"rood\", \"groen\", \"geen\", maar is de tekst \"paars\"",
        path.display()
    );
    assert!(check_invalid(&path).contains(&want));
    let plan = plan.replace("kleur = \"paars\"", "kleur = \"rood\"");
    let path = write(&dir, "plan.toml", &plan);
    let lines = check_invalid(&path);
    let name = path.display().to_string();
    for want in [
        "veld taken[1].procent_nu (regel 6): moet een percentage van 0 tot en met 100 zijn, maar is 120",
        "veld taken[1].sociaal (regel 7): moet van 0 tot en met 10 zijn, maar is 11",
        "veld taken.procent_nu (regel 6): de delen van de week nu tellen op tot 120 %, niet tot 100 %",
    ] {
        assert!(
            lines
                .iter()
                .any(|l| l.starts_with(&format!("{name}: {want}"))),
            "{want}\n{lines:#?}"
        );
    }
    // The same plan as a concept may hold a week that does not add up.
    let concept = "formaat = 4\nstatus = \"concept\"\n\n[[taken]]\ntekst = \"Post\"\nprocent_nu = 60\nsociaal = 1.0\ncreativiteit = 2.0\n";
    let path = write(&dir, "concept.toml", concept);
    Command::cargo_bin("kwadrant")
        .unwrap()
        .arg("check")
        .arg(&path)
        .assert()
        .success();
}
