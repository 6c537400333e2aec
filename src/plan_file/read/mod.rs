//! Reading and checking a plan file: every problem at once, a syntax error
//! with its line and column, a wrong field with its dotted path.

use std::fmt;
use std::fs;
use std::io;
use std::path::Path;

use toml::Table;
use toml::value::Value;

use crate::model::catalog::Catalog;
use crate::model::keyword::Keyword;
use crate::model::plan::{
    Actie, FORMAAT, Gesprek, Herkomst, Medewerker, Plan, Positie, Problem, Richting, Scores, Soort,
    Status, Termijn,
};
use crate::model::position::Quadrant;

/// Why a plan could not be read.
#[derive(Debug, Clone, PartialEq)]
pub enum LoadError {
    /// The file could not be opened or read; the message says why, in Dutch.
    Unreadable(String),
    /// The bytes are not UTF-8; position of the first bad byte (1-based).
    NotUtf8 {
        /// Line number.
        line: usize,
        /// Column, in characters.
        column: usize,
    },
    /// The text is not TOML.
    Syntax {
        /// Line number (1-based).
        line: usize,
        /// Column in characters (1-based).
        column: usize,
        /// What is wrong, in Dutch.
        message: String,
    },
    /// The file is TOML, but some fields are wrong.
    Invalid(Vec<Problem>),
}

impl LoadError {
    /// The problem as lines for a person, each starting with `file`:
    /// `FILE:LINE:COL: ...` for syntax, `FILE: veld X: ...` for fields.
    pub fn lines(&self, file: &str) -> Vec<String> {
        match self {
            LoadError::Unreadable(why) => vec![format!("{file}: {why}")],
            LoadError::NotUtf8 { line, column } => vec![format!(
                "{file}:{line}:{column}: het bestand is geen UTF-8-tekst; sla het op als UTF-8"
            )],
            LoadError::Syntax {
                line,
                column,
                message,
            } => vec![format!("{file}:{line}:{column}: {message}")],
            LoadError::Invalid(problems) => {
                problems.iter().map(|p| format!("{file}: {p}")).collect()
            }
        }
    }
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.lines("plan").join("\n"))
    }
}

impl std::error::Error for LoadError {}

/// Reads and checks a plan file.
pub fn load(path: &Path) -> Result<Plan, LoadError> {
    parse(&read_bytes(path)?)
}

/// Reads any TOML file of kwadrant's (a plan, a file of answers) into a
/// table, with the same Dutch messages as for a plan.
pub fn load_table(path: &Path) -> Result<Table, LoadError> {
    parse_table(&read_bytes(path)?)
}

fn read_bytes(path: &Path) -> Result<Vec<u8>, LoadError> {
    if path.is_dir() {
        return Err(LoadError::Unreadable(
            "dit is een map, geen plan; geef de naam van een .toml-bestand".into(),
        ));
    }
    fs::read(path).map_err(|e| LoadError::Unreadable(read_error(&e)))
}

fn read_error(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::NotFound => {
            "dit bestand bestaat niet; kijk of de naam en de map kloppen".into()
        }
        io::ErrorKind::PermissionDenied => {
            "je hebt geen toestemming om dit bestand te lezen".into()
        }
        io::ErrorKind::IsADirectory => {
            "dit is een map, geen plan; geef de naam van een .toml-bestand".into()
        }
        _ => format!("dit bestand kan niet gelezen worden ({e})"),
    }
}

/// The line (1-based) where `field` (`medewerker.naam`, `acties[2].tekst`)
/// is set: its key inside its table, or inside the n-th `[[table]]`; for a
/// key that is missing, or a field that is a whole `[[table]]` (`taken[2]`,
/// or `taken.procent_nu` for all of them), the line of that table's header.
/// `None` for a file written in another shape (inline tables, dotted keys).
fn line_of(bytes: &[u8], field: &str) -> Option<usize> {
    let text = std::str::from_utf8(bytes).ok()?;
    let (table, key) = match field.rsplit_once('.') {
        Some((table, key)) => (table, Some(key)),
        None => (field, None),
    };
    let (table, nth) = match table.split_once('[') {
        Some((name, n)) => (name, n.trim_end_matches(']').parse::<usize>().ok()?),
        None => (table, 0),
    };
    let (mut inside, mut count, mut header) = (false, 0, None);
    for (i, line) in text.lines().enumerate() {
        let line = line.trim_start();
        if line.starts_with('[') {
            let name = line
                .trim_end()
                .trim_matches(|c| c == '[' || c == ']')
                .trim();
            if line.starts_with("[[") {
                count += usize::from(name == table);
                // The first [[table]] stands for the list as a whole.
                inside = name == table && (count == nth || nth == 0 && count == 1);
            } else {
                inside = name == table && nth == 0;
            }
            if inside && header.is_none() {
                header = Some(i + 1);
            }
        } else if inside
            && key.is_some_and(|key| {
                line.strip_prefix(key)
                    .is_some_and(|rest| rest.trim_start().starts_with('='))
            })
        {
            return Some(i + 1);
        }
    }
    header
}

/// Gives a line to the problems a person must find in a long file: a text
/// that is too long or holds an unsafe character, and anything in a task.
fn add_lines(bytes: &[u8], problems: &mut [Problem]) {
    for problem in problems.iter_mut() {
        // A field of an agreement inside a record: verslag[2].afspraken[1].wie.
        if let Some((i, rest)) = problem
            .field
            .strip_prefix("verslag[")
            .and_then(|r| r.split_once("].afspraken["))
            && let Some((j, key)) = rest.split_once("].")
            && let (Ok(i), Ok(j), Ok(text)) = (i.parse(), j.parse(), std::str::from_utf8(bytes))
        {
            problem.line = verslag::line_in_agreement(text, i, j, key);
            continue;
        }
        if problem.message.starts_with("is te lang")
            || problem.message.starts_with("bevat")
            || problem.field.starts_with("taken")
            || problem.field.starts_with("geschiedenis")
            || problem.field.starts_with("verslag")
        {
            problem.line = line_of(bytes, &problem.field);
        }
    }
}

/// Parses and checks the bytes of a plan file.
pub fn parse(bytes: &[u8]) -> Result<Plan, LoadError> {
    let table = parse_table(bytes)?;
    if table.is_empty() && bytes.iter().all(u8::is_ascii_whitespace) {
        return Err(LoadError::Invalid(vec![Problem::new(
            "formaat",
            "het bestand is leeg; een plan begint met formaat = 1",
        )]));
    }
    let plan = match from_table(&table) {
        Ok(plan) => plan,
        Err(LoadError::Invalid(mut problems)) => {
            add_lines(bytes, &mut problems);
            return Err(LoadError::Invalid(problems));
        }
        Err(other) => return Err(other),
    };
    let ids = Catalog::active().question_ids(plan.positie.vragenlijst);
    let mut problems = plan.validate(&ids);
    add_lines(bytes, &mut problems);
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(LoadError::Invalid(problems))
    }
}

/// UTF-8 and TOML, with line and column of the first problem.
fn parse_table(bytes: &[u8]) -> Result<Table, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        LoadError::NotUtf8 { line, column }
    })?;
    text.parse().map_err(|e: toml::de::Error| {
        let start = e.span().map_or(0, |s| s.start).min(text.len());
        let (line, column) = line_column(&text.as_bytes()[..start]);
        LoadError::Syntax {
            line,
            column,
            message: syntax_message(e.message()),
        }
    })
}

/// 1-based line and column (in characters) just after `before`.
fn line_column(before: &[u8]) -> (usize, usize) {
    let line_start = before
        .iter()
        .rposition(|b| *b == b'\n')
        .map_or(0, |i| i + 1);
    let line = before.iter().filter(|b| **b == b'\n').count() + 1;
    let column = String::from_utf8_lossy(&before[line_start..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// A Dutch sentence for the TOML parser's (English) message: the common
/// mistakes get their own explanation, the rest a general one.
fn syntax_message(detail: &str) -> String {
    const KNOWN: [(&str, &str); 7] = [
        (
            "duplicate key",
            "dit veld of deze tabel staat er twee keer in",
        ),
        (
            "must be quoted",
            "zet tekst tussen aanhalingstekens, zoals \"concept\"",
        ),
        (
            "invalid basic string",
            "hier mist het aanhalingsteken aan het eind van een tekst",
        ),
        (
            "invalid literal string",
            "hier mist het aanhalingsteken aan het eind van een tekst",
        ),
        (
            "unclosed table",
            "hier mist de ] achter de naam van een tabel",
        ),
        (
            "unclosed array",
            "hier mist de ] aan het eind van een lijst",
        ),
        (
            "expected `=`",
            "hier mist een = tussen de naam van het veld en de waarde",
        ),
    ];
    let detail = detail.trim().trim_end_matches('.');
    KNOWN
        .iter()
        .find(|(english, _)| detail.contains(english))
        .map_or_else(
            || format!("dit is geen geldige TOML ({detail})"),
            |(_, dutch)| (*dutch).to_string(),
        )
}

mod catalog;
mod fields;
mod history;
mod taken;
mod verslag;
pub use catalog::read_catalog;
use fields::{DateKind, Reader, describe, join};
pub use taken::read_tasks;

/// Builds a plan from a parsed TOML table, collecting every type, enum and
/// unknown-key problem. Range checks are left to [`Plan::validate`].
pub fn from_table(table: &Table) -> Result<Plan, LoadError> {
    let mut r = Reader::default();

    match table.get("formaat") {
        None => r.problem("formaat", "ontbreekt; zet formaat = 1 bovenaan het bestand"),
        Some(Value::Integer(n)) if *n > FORMAAT => {
            return Err(LoadError::Invalid(vec![Problem::new(
                "formaat",
                format!(
                    "dit plan is gemaakt met een nieuwere versie van kwadrant (formaat {n}); \
                     werk kwadrant bij om het te openen"
                ),
            )]));
        }
        Some(Value::Integer(n)) if (1..=FORMAAT).contains(n) => r.formaat = *n,
        Some(other) => r.problem(
            "formaat",
            format!(
                "moet een getal van 1 tot en met {FORMAAT} zijn, maar is {}",
                describe(other)
            ),
        ),
    }
    r.unknown_keys(
        table,
        "",
        &[
            "formaat",
            "status",
            "aangemaakt",
            "gewijzigd",
            "medewerker",
            "positie",
            "richting",
            "acties",
            "gesprek",
            "herkomst",
            "taken",
            "geschiedenis",
            "verslag",
        ][..match r.formaat {
            ..=2 => 9,
            3 => 10,
            4 => 11,
            5 => 12,
            _ => 13,
        }],
    );
    let status = match table.get("status") {
        None => {
            r.problem("status", "ontbreekt; gebruik \"concept\" of \"klaar\"");
            Status::Concept
        }
        Some(_) => r.keyword(table, "status", "").unwrap_or_default(),
    };
    let mut plan = Plan {
        status,
        aangemaakt: r.datetime(table, "aangemaakt", "", DateKind::DateTime),
        gewijzigd: r.datetime(table, "gewijzigd", "", DateKind::DateTime),
        ..Plan::default()
    };

    if let Some(t) = r.table(table, "herkomst", "") {
        let p = "herkomst";
        let known: &[&str] = if r.formaat >= 5 {
            &["afgesplitst_van", "catalogus"]
        } else {
            &["afgesplitst_van"]
        };
        r.unknown_keys(t, p, known);
        plan.herkomst = Herkomst {
            afgesplitst_van: r.string(t, "afgesplitst_van", p),
            catalogus: r.string(t, "catalogus", p),
        };
    }
    if let Some(t) = r.table(table, "medewerker", "") {
        let p = "medewerker";
        r.unknown_keys(t, p, &["naam", "functie", "afdeling", "gemeente"]);
        plan.medewerker = Medewerker {
            naam: r.string(t, "naam", p),
            functie: r.string(t, "functie", p),
            afdeling: r.string(t, "afdeling", p),
            gemeente: r.string(t, "gemeente", p),
        };
    }
    if let Some(t) = r.table(table, "positie", "") {
        plan.positie = r.positie(t);
    }
    if let Some(t) = r.table(table, "richting", "") {
        let p = "richting";
        r.unknown_keys(
            t,
            p,
            &[
                "keuze",
                "doelfunctie",
                "baangereedschap",
                "digitaal_nu",
                "digitaal_over_twee_jaar",
                "leuk",
                "goed_in",
                "leervorm",
                "houding",
                "keuzes",
            ][..if r.formaat >= 2 { 10 } else { 8 }],
        );
        plan.richting = Richting {
            keuze: r.keyword(t, "keuze", p),
            doelfunctie: r.string(t, "doelfunctie", p),
            baangereedschap: r.keyword_list(t, "baangereedschap", p),
            digitaal_nu: r.integer(t, "digitaal_nu", p),
            digitaal_over_twee_jaar: r.integer(t, "digitaal_over_twee_jaar", p),
            leuk: r.string(t, "leuk", p),
            goed_in: r.string(t, "goed_in", p),
            leervorm: r.string(t, "leervorm", p),
            houding: r.string(t, "houding", p),
            keuzes: r.string(t, "keuzes", p),
        };
    }
    plan.acties = r.acties(table);
    if r.formaat >= 4 {
        plan.taken = r.taken(table);
    }
    if r.formaat >= 5 {
        plan.geschiedenis = r.geschiedenis(table);
    }
    if r.formaat >= 6 {
        plan.verslagen = r.verslagen(table);
    }
    if let Some(t) = r.table(table, "gesprek", "") {
        let p = "gesprek";
        r.unknown_keys(
            t,
            p,
            &["leidinggevende", "datum", "nodig_van_leidinggevende"],
        );
        plan.gesprek = Gesprek {
            leidinggevende: r.string(t, "leidinggevende", p),
            datum: r.datetime(t, "datum", p, DateKind::Date),
            nodig_van_leidinggevende: r.string(t, "nodig_van_leidinggevende", p),
        };
    }

    if r.problems.is_empty() {
        Ok(plan)
    } else {
        let mut problems = r.problems;
        // Report range problems too, so one run names everything.
        let ids = Catalog::active().question_ids(plan.positie.vragenlijst);
        problems.extend(plan.validate(&ids));
        Err(LoadError::Invalid(problems))
    }
}

/// Which TOML date form a field takes.
impl Reader {
    fn positie(&mut self, t: &Table) -> Positie {
        let p = "positie";
        let mut known = vec![
            "soort_werk",
            "methode",
            "sociaal",
            "creativiteit",
            "kwadrant",
            "antwoorden",
        ];
        if self.formaat >= 2 {
            known.extend(["schuifjes", "bijgesteld_van", "vragenlijst"]);
        }
        self.unknown_keys(t, p, &known);
        let positie = Positie {
            soort_werk: self.keyword(t, "soort_werk", p),
            methode: self.keyword(t, "methode", p),
            sociaal: self.number(t, "sociaal", p),
            creativiteit: self.number(t, "creativiteit", p),
            antwoorden: self.answers(t),
            schuifjes: self.scores(t, "schuifjes"),
            bijgesteld_van: self.scores(t, "bijgesteld_van"),
            vragenlijst: if self.formaat >= 2 {
                self.integer(t, "vragenlijst", p)
            } else {
                None
            },
        };
        if t.contains_key("kwadrant")
            && let Some(stated) = self.keyword::<Quadrant>(t, "kwadrant", p)
        {
            match (positie.sociaal, positie.creativiteit) {
                (Some(_), Some(_)) => {
                    if let Some(derived) = positie.quadrant()
                        && derived != stated
                    {
                        self.problem(
                            "positie.kwadrant",
                            format!(
                                "past niet bij de scores: die horen bij \"{}\", niet bij \"{}\"",
                                derived.id(),
                                stated.id()
                            ),
                        );
                    }
                }
                _ => self.problem(
                    "positie.kwadrant",
                    "hoort bij de scores, maar sociaal of creativiteit ontbreekt",
                ),
            }
        }
        positie
    }

    /// A sub-table of `[positie]` with two scores, such as `[positie.schuifjes]`.
    fn scores(&mut self, t: &Table, key: &str) -> Option<Scores> {
        if self.formaat < 2 {
            return None;
        }
        let path = format!("positie.{key}");
        let table = self.table(t, key, "positie")?;
        self.unknown_keys(table, &path, &["sociaal", "creativiteit"]);
        let sociaal = self.number(table, "sociaal", &path);
        let creativiteit = self.number(table, "creativiteit", &path);
        for (axis, value) in [("sociaal", sociaal), ("creativiteit", creativiteit)] {
            if value.is_none() && !table.contains_key(axis) {
                self.problem(
                    format!("{path}.{axis}"),
                    "ontbreekt; geef een getal van 0 tot en met 10",
                );
            }
        }
        Some(Scores {
            sociaal: sociaal?,
            creativiteit: creativiteit?,
        })
    }

    fn answers(&mut self, t: &Table) -> Vec<(String, i64)> {
        let Some(answers) = self.table(t, "antwoorden", "positie") else {
            return Vec::new();
        };
        let mut out = Vec::new();
        for (id, value) in answers {
            match value {
                Value::Integer(n) => out.push((id.clone(), *n)),
                other => self.wrong_type(
                    format!("positie.antwoorden.{id}"),
                    "een antwoord van 1 tot en met 5",
                    other,
                ),
            }
        }
        out
    }

    fn acties(&mut self, table: &Table) -> Vec<Actie> {
        let Some(value) = table.get("acties") else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            self.wrong_type("acties".into(), "een lijst van [[acties]]", value);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("acties[{}]", i + 1);
            let Value::Table(t) = item else {
                self.wrong_type(path, "een tabel [[acties]]", item);
                continue;
            };
            let known = ["termijn", "soort", "tekst", "vorm", "klaar", "streefdatum"];
            self.unknown_keys(t, &path, &known[..if self.formaat >= 6 { 6 } else { 5 }]);
            for required in ["termijn", "soort", "tekst"] {
                if !t.contains_key(required) {
                    self.problem(
                        join(&path, required),
                        "ontbreekt; elke actie heeft termijn, soort en tekst",
                    );
                }
            }
            let termijn = self.keyword::<Termijn>(t, "termijn", &path);
            let soort = self.keyword::<Soort>(t, "soort", &path);
            let tekst = self.string(t, "tekst", &path);
            let vorm = self.keyword(t, "vorm", &path);
            let klaar = self.boolean(t, "klaar", &path).unwrap_or(false);
            let streefdatum = self.datetime(t, "streefdatum", &path, DateKind::Date);
            if let (Some(termijn), Some(soort), Some(tekst)) = (termijn, soort, tekst) {
                out.push(Actie {
                    termijn,
                    soort,
                    tekst,
                    vorm,
                    klaar,
                    streefdatum,
                });
            }
        }
        out
    }
}
