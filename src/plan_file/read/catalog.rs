//! Reading a gemeente's own catalog folder (`--catalogus MAP`): the same
//! files as the built-in ones in `data/`, checked as a plan is, so every
//! problem names its file, line and field.

use std::path::Path;

use toml::Table;
use toml::value::Value;

use super::fields::{Reader, join};
use super::{line_of, parse_table, read_bytes};
use crate::model::catalog::local::{FILES, LISTS, Local};
use crate::model::catalog::tasks::{CatalogTask, TaskKind};
use crate::model::catalog::{ReferenceJob, Suggestion};
use crate::model::keyword::Keyword;
use crate::model::plan::{Soort, Termijn, Vorm, unsafe_char};
use crate::model::position::{Quadrant, check_score};

/// The longest text in a catalog entry, in characters, where no other limit is set.
const MAX_TEXT: usize = 200;

/// The longest suggestion: one row of a cell at 80 columns, as the built-in ones.
const MAX_SUGGESTION: usize = 70;

/// The longest task text, as the built-in ones (a row of Jouw taken).
const MAX_TASK: usize = 60;

/// The longest label of a job on the chart (`kort`, or the name without one).
const MAX_LABEL: usize = 24;

/// Reads the catalog in `dir`. On any problem: one line per problem, each
/// starting with the file (`MAP/suggesties.toml:3:1: ...` for syntax,
/// `MAP/suggesties.toml: veld suggestie[2].vorm (regel 14): ...` for a field).
pub fn read_catalog(dir: &Path) -> Result<Local, Vec<String>> {
    let shown = |name: &str| dir.join(name).display().to_string();
    if !dir.is_dir() {
        let why = if dir.exists() {
            "is een bestand, geen map; geef de map waarin de bestanden van de catalogus staan"
        } else {
            "de map met de catalogus bestaat niet"
        };
        return Err(vec![format!("{}: {why}", dir.display())]);
    }
    let mut lines = Vec::new();
    // A file kwadrant does not know is a typing mistake, not something to skip.
    if let Ok(entries) = std::fs::read_dir(dir) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if name.ends_with(".toml") && !FILES.contains(&name.as_str()) {
                lines.push(format!(
                    "{}: onbekend bestand; een catalogus heeft {}",
                    shown(&name),
                    FILES.join(", ")
                ));
            }
        }
    }
    let mut local = Local {
        naam: dir
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default(),
        ..Local::default()
    };
    let mut found = 0;
    for name in FILES {
        let path = dir.join(name);
        if !path.exists() {
            continue;
        }
        found += 1;
        let bytes = match read_bytes(&path) {
            Ok(bytes) => bytes,
            Err(e) => {
                lines.extend(e.lines(&shown(name)));
                continue;
            }
        };
        let table = match parse_table(&bytes) {
            Ok(table) => table,
            Err(e) => {
                lines.extend(e.lines(&shown(name)));
                continue;
            }
        };
        let mut r = Reader::default();
        match name {
            "catalogus.toml" => r.about(&table, &mut local),
            "suggesties.toml" => local.suggestions = r.suggestions(&table),
            "functies.toml" => local.jobs = r.jobs(&table),
            _ => local.tasks = r.tasks(&table),
        }
        let mut problems = r.problems;
        for p in &mut problems {
            p.line = line_of(&bytes, &p.field);
        }
        lines.extend(problems.iter().map(|p| format!("{}: {p}", shown(name))));
    }
    if found == 0 {
        lines.push(format!(
            "{}: hier staat geen catalogus; verwacht {} (maak een begin met kwadrant catalogus --uitpakken MAP)",
            dir.display(),
            FILES[1..].join(", ")
        ));
    }
    if lines.is_empty() {
        Ok(local)
    } else {
        Err(lines)
    }
}

impl Reader {
    /// `catalogus.toml`: the name, and which lists replace the built-in ones.
    fn about(&mut self, t: &Table, local: &mut Local) {
        self.unknown_keys(t, "", &["naam", "vervang"]);
        if let Some(naam) = self.string(t, "naam", "") {
            self.text_ok(&naam, "naam");
            local.naam = naam;
        }
        match t.get("vervang") {
            None => {}
            Some(Value::Array(items)) => {
                for item in items {
                    match item.as_str().filter(|l| LISTS.contains(l)) {
                        Some(list) => local.replace.push(list.to_string()),
                        None => self.problem(
                            "vervang",
                            format!("kan alleen {} bevatten", LISTS.join(", ")),
                        ),
                    }
                }
            }
            Some(other) => {
                self.wrong_type("vervang".into(), "een lijst, zoals [\"suggesties\"]", other)
            }
        }
    }

    /// The `[[name]]` tables of a file, each with its dotted path.
    fn entries<'t>(&mut self, t: &'t Table, name: &str) -> Vec<(String, &'t Table)> {
        self.unknown_keys(t, "", &[name]);
        if !t.contains_key(name) {
            self.problem(name, format!("ontbreekt; zet de regels onder [[{name}]]"));
        }
        self.tables(t, name, "")
    }

    fn required(&mut self, t: &Table, path: &str, keys: &[&str]) {
        for key in keys {
            if !t.contains_key(*key) {
                self.problem(join(path, key), "ontbreekt");
            }
        }
    }

    /// A text that is not empty, not too long and holds no control characters.
    fn text_ok(&mut self, text: &str, field: &str) {
        self.text_within(text, field, MAX_TEXT);
    }

    fn text_within(&mut self, text: &str, field: &str, max: usize) {
        let length = text.chars().count();
        if text.trim().is_empty() {
            self.problem(field, "mag niet leeg zijn");
        } else if length > max {
            self.problem(
                field,
                format!(
                    "is te lang: hoogstens {max} tekens, zodat het op het scherm past (nu {length})"
                ),
            );
        } else if text.chars().any(unsafe_char) {
            self.problem(
                field,
                "bevat een teken dat niet in tekst hoort (een stuurteken)",
            );
        }
    }

    fn text(&mut self, t: &Table, key: &str, path: &str) -> Option<String> {
        self.text_of_at_most(t, key, path, MAX_TEXT)
    }

    fn text_of_at_most(&mut self, t: &Table, key: &str, path: &str, max: usize) -> Option<String> {
        let text = self.string(t, key, path)?;
        self.text_within(&text, &join(path, key), max);
        Some(text)
    }

    fn score(&mut self, t: &Table, key: &str, path: &str) -> Option<f64> {
        let value = self.number(t, key, path)?;
        match check_score(value) {
            Ok(v) => Some(v),
            Err(e) => {
                self.problem(join(path, key), e.to_string());
                None
            }
        }
    }

    fn suggestions(&mut self, t: &Table) -> Vec<Suggestion> {
        let mut out = Vec::new();
        for (path, e) in self.entries(t, "suggestie") {
            const KEYS: [&str; 6] = ["kwadranten", "termijn", "soort", "tekst", "vorm", "bron"];
            self.unknown_keys(e, &path, &KEYS);
            self.required(e, &path, &KEYS[1..]);
            let kwadranten: Vec<Quadrant> = self.keyword_list(e, "kwadranten", &path);
            let termijn = self.keyword::<Termijn>(e, "termijn", &path);
            let soort = self.keyword::<Soort>(e, "soort", &path);
            let vorm = self.keyword::<Vorm>(e, "vorm", &path);
            let tekst = self.text_of_at_most(e, "tekst", &path, MAX_SUGGESTION);
            let bron = self.text(e, "bron", &path);
            if let (Some(termijn), Some(soort), Some(vorm), Some(tekst), Some(bron)) =
                (termijn, soort, vorm, tekst, bron)
            {
                out.push(Suggestion {
                    kwadranten: kwadranten.iter().map(|q| q.id().to_string()).collect(),
                    termijn: termijn.id().into(),
                    soort: soort.id().into(),
                    tekst,
                    vorm: vorm.id().into(),
                    bron,
                });
            }
        }
        out
    }

    fn jobs(&mut self, t: &Table) -> Vec<ReferenceJob> {
        let mut out = Vec::new();
        for (path, e) in self.entries(t, "functie") {
            const KEYS: [&str; 8] = [
                "naam",
                "kwadrant",
                "sociaal",
                "creativiteit",
                "bron",
                "kort",
                "ook",
                "lijst",
            ];
            self.unknown_keys(e, &path, &KEYS);
            self.required(e, &path, &KEYS[..5]);
            let naam = self.text(e, "naam", &path);
            let kort = self.text_of_at_most(e, "kort", &path, MAX_LABEL);
            if kort.is_none()
                && let Some(naam) = &naam
                && naam.chars().count() > MAX_LABEL
            {
                self.problem(
                    join(&path, "kort"),
                    format!(
                        "ontbreekt: de naam is langer dan {MAX_LABEL} tekens; zet er een korte naam voor het raster bij, zoals kort = \"{}\"",
                        naam.chars().take(MAX_LABEL).collect::<String>().trim_end()
                    ),
                );
            }
            let ook = match e.get("ook") {
                Some(Value::Array(items)) => items
                    .iter()
                    .filter_map(|i| i.as_str().map(String::from))
                    .collect(),
                Some(other) => {
                    self.wrong_type(join(&path, "ook"), "een lijst met namen", other);
                    Vec::new()
                }
                None => Vec::new(),
            };
            let kwadrant = self.keyword::<Quadrant>(e, "kwadrant", &path);
            let sociaal = self.score(e, "sociaal", &path);
            let creativiteit = self.score(e, "creativiteit", &path);
            let bron = self.text(e, "bron", &path);
            let lijst = self.string(e, "lijst", &path);
            if let Some(l) = &lijst
                && !["gemeente", "cognitief", "fysiek"].contains(&l.as_str())
            {
                self.problem(
                    join(&path, "lijst"),
                    "moet een van deze zijn: \"gemeente\", \"cognitief\", \"fysiek\"",
                );
            }
            // A job of one of the study's tables keeps its list; an own one is
            // a gemeente's job unless the file says otherwise.
            let known = |b: &str| ["Tabel 3.4", "Tabel 3.2", "Tabel 3.3"].contains(&b);
            let lijst = lijst
                .or_else(|| (!bron.as_deref().is_some_and(known)).then(|| "gemeente".to_string()));
            if let (Some(naam), Some(kwadrant), Some(sociaal), Some(creativiteit), Some(bron)) =
                (naam, kwadrant, sociaal, creativiteit, bron)
            {
                out.push(ReferenceJob {
                    naam,
                    kort,
                    ook,
                    kwadrant: kwadrant.id().into(),
                    sociaal,
                    creativiteit,
                    bron,
                    lijst,
                });
            }
        }
        out
    }

    fn tasks(&mut self, t: &Table) -> Vec<CatalogTask> {
        let mut out = Vec::new();
        for (path, e) in self.entries(t, "taak") {
            const KEYS: [&str; 10] = [
                "id",
                "functie",
                "tekst",
                "soort",
                "aandeel",
                "kern",
                "techniek",
                "sociaal",
                "creativiteit",
                "bron",
            ];
            self.unknown_keys(e, &path, &KEYS);
            self.required(e, &path, &KEYS);
            let id = self.text(e, "id", &path);
            let functie = self.text(e, "functie", &path);
            let tekst = self.text_of_at_most(e, "tekst", &path, MAX_TASK);
            let soort = self.string(e, "soort", &path).and_then(|s| {
                let kind = TaskKind::from_word(&s);
                if kind.is_none() {
                    self.problem(
                        join(&path, "soort"),
                        "moet een van deze zijn: \"voorbereidend\", \"uitvoerend\", \"ondersteunend\", \"organiserend\"",
                    );
                }
                kind
            });
            let aandeel = self.integer(e, "aandeel", &path).filter(|a| {
                let ok = (0..=100).contains(a);
                if !ok {
                    self.problem(
                        join(&path, "aandeel"),
                        "moet 0 tot en met 100 (procent) zijn",
                    );
                }
                ok
            });
            let kern = self.boolean(e, "kern", &path);
            let techniek = self.boolean(e, "techniek", &path);
            let sociaal = self.score(e, "sociaal", &path);
            let creativiteit = self.score(e, "creativiteit", &path);
            let bron = self.text(e, "bron", &path);
            if let (
                Some(id),
                Some(functie),
                Some(tekst),
                Some(soort),
                Some(aandeel),
                Some(kern),
                Some(techniek),
                Some(sociaal),
                Some(creativiteit),
                Some(bron),
            ) = (
                id,
                functie,
                tekst,
                soort,
                aandeel,
                kern,
                techniek,
                sociaal,
                creativiteit,
                bron,
            ) {
                out.push(CatalogTask {
                    id,
                    functie,
                    tekst,
                    soort,
                    aandeel,
                    kern,
                    techniek,
                    sociaal,
                    creativiteit,
                    bron,
                });
            }
        }
        out
    }
}
