//! Reading and writing plan files (formaat 1).
//!
//! Reading collects every problem at once, each naming its field, so a coach
//! can fix a file in one go. Writing goes through a temporary file in the same
//! folder that is flushed to disk and then renamed over the target, so a crash
//! never leaves a half-written plan.

use std::fmt;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;
use toml::value::{Datetime, Value};
use toml::{Table, map::Map};

use crate::model::catalog::Catalog;
use crate::model::keyword::Keyword;
use crate::model::plan::{
    Actie, FORMAAT, Gesprek, Medewerker, Plan, Positie, Problem, Richting, Soort, Status, Termijn,
};
use crate::model::position::Quadrant;

/// The first line of every saved plan.
pub const HEADER: &str =
    "# Groeiplan, gemaakt met kwadrant. Bespreek dit plan met je leidinggevende.\n";

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
    if path.is_dir() {
        return Err(LoadError::Unreadable(
            "dit is een map, geen plan; geef de naam van een .toml-bestand".into(),
        ));
    }
    let bytes = fs::read(path).map_err(|e| LoadError::Unreadable(read_error(&e)))?;
    parse(&bytes)
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

/// Parses and checks the bytes of a plan file.
pub fn parse(bytes: &[u8]) -> Result<Plan, LoadError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let (line, column) = line_column(&bytes[..e.valid_up_to()]);
        LoadError::NotUtf8 { line, column }
    })?;
    if text.trim().is_empty() {
        return Err(LoadError::Invalid(vec![Problem::new(
            "formaat",
            "het bestand is leeg; een plan begint met formaat = 1",
        )]));
    }
    let table: Table = text.parse().map_err(|e: toml::de::Error| {
        let start = e.span().map_or(0, |s| s.start).min(text.len());
        let (line, column) = line_column(&text.as_bytes()[..start]);
        LoadError::Syntax {
            line,
            column,
            message: syntax_message(e.message()),
        }
    })?;
    let plan = from_table(&table)?;
    let problems = plan.validate(&Catalog::embedded().question_ids());
    if problems.is_empty() {
        Ok(plan)
    } else {
        Err(LoadError::Invalid(problems))
    }
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
        Some(Value::Integer(FORMAAT)) => {}
        Some(other) => r.problem(
            "formaat",
            format!("moet 1 zijn, maar is {}", describe(other)),
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
        ],
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
            ],
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
        };
    }
    plan.acties = r.acties(table);
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
        problems.extend(plan.validate(&Catalog::embedded().question_ids()));
        Err(LoadError::Invalid(problems))
    }
}

/// Which TOML date form a field takes.
#[derive(Clone, Copy)]
enum DateKind {
    /// A date with a time, such as 2026-11-23T14:05:00+01:00.
    DateTime,
    /// A date only, such as 2026-12-15.
    Date,
}

/// Reads typed fields and remembers what is wrong.
#[derive(Default)]
struct Reader {
    problems: Vec<Problem>,
}

fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A Dutch description of what a value is, for "maar is ...".
fn describe(value: &Value) -> String {
    match value {
        Value::String(s) => format!("de tekst \"{}\"", shorten(s)),
        Value::Integer(n) => format!("het getal {n}"),
        Value::Float(f) => format!("het getal {f}"),
        Value::Boolean(b) => format!("{b}"),
        Value::Datetime(d) => format!("de datum {d}"),
        Value::Array(_) => "een lijst".into(),
        Value::Table(_) => "een tabel".into(),
    }
}

fn shorten(text: &str) -> String {
    const MAX: usize = 40;
    if text.chars().count() > MAX {
        let cut: String = text.chars().take(MAX).collect();
        format!("{cut}…")
    } else {
        text.to_string()
    }
}

impl Reader {
    fn problem(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(field, message));
    }

    fn wrong_type(&mut self, field: String, wanted: &str, value: &Value) {
        self.problem(
            field,
            format!("moet {wanted} zijn, maar is {}", describe(value)),
        );
    }

    fn unknown_keys(&mut self, table: &Table, path: &str, allowed: &[&str]) {
        for key in table.keys() {
            if !allowed.contains(&key.as_str()) {
                self.problem(
                    join(path, key),
                    format!("onbekend veld; hier mogen staan: {}", allowed.join(", ")),
                );
            }
        }
    }

    fn table<'t>(&mut self, parent: &'t Table, key: &str, path: &str) -> Option<&'t Table> {
        match parent.get(key)? {
            Value::Table(t) => Some(t),
            other => {
                self.wrong_type(join(path, key), &format!("een tabel [{key}]"), other);
                None
            }
        }
    }

    fn string(&mut self, t: &Table, key: &str, path: &str) -> Option<String> {
        match t.get(key)? {
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(join(path, key), "tekst tussen aanhalingstekens", other);
                None
            }
        }
    }

    fn integer(&mut self, t: &Table, key: &str, path: &str) -> Option<i64> {
        match t.get(key)? {
            Value::Integer(n) => Some(*n),
            other => {
                self.wrong_type(join(path, key), "een heel getal", other);
                None
            }
        }
    }

    fn number(&mut self, t: &Table, key: &str, path: &str) -> Option<f64> {
        match t.get(key)? {
            Value::Float(f) => Some(*f),
            Value::Integer(n) => Some(*n as f64),
            other => {
                self.wrong_type(join(path, key), "een getal van 0 tot en met 10", other);
                None
            }
        }
    }

    fn boolean(&mut self, t: &Table, key: &str, path: &str) -> Option<bool> {
        match t.get(key)? {
            Value::Boolean(b) => Some(*b),
            other => {
                self.wrong_type(join(path, key), "true of false", other);
                None
            }
        }
    }

    fn keyword<K: Keyword>(&mut self, t: &Table, key: &str, path: &str) -> Option<K> {
        let value = t.get(key)?;
        let found = value.as_str().and_then(K::from_id);
        if found.is_none() {
            self.problem(
                join(path, key),
                format!(
                    "moet een van deze zijn: {}, maar is {}",
                    K::allowed(),
                    describe(value)
                ),
            );
        }
        found
    }

    fn keyword_list<K: Keyword>(&mut self, t: &Table, key: &str, path: &str) -> Vec<K> {
        let Some(value) = t.get(key) else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            self.wrong_type(
                join(path, key),
                &format!("een lijst met woorden uit {}", K::allowed()),
                value,
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            match item.as_str().and_then(K::from_id) {
                Some(k) => out.push(k),
                None => self.problem(
                    format!("{}[{}]", join(path, key), i + 1),
                    format!(
                        "moet een van deze zijn: {}, maar is {}",
                        K::allowed(),
                        describe(item)
                    ),
                ),
            }
        }
        out
    }

    fn datetime(&mut self, t: &Table, key: &str, path: &str, kind: DateKind) -> Option<Datetime> {
        let value = t.get(key)?;
        let ok = match (value, kind) {
            (Value::Datetime(d), DateKind::DateTime) => d.date.is_some() && d.time.is_some(),
            (Value::Datetime(d), DateKind::Date) => {
                d.date.is_some() && d.time.is_none() && d.offset.is_none()
            }
            _ => false,
        };
        if ok {
            return value.as_datetime().copied();
        }
        let wanted = match kind {
            DateKind::DateTime => {
                "een datum met tijd (zonder aanhalingstekens), zoals 2026-11-23T14:05:00+01:00"
            }
            DateKind::Date => "een datum (zonder aanhalingstekens), zoals 2026-12-15",
        };
        self.wrong_type(join(path, key), wanted, value);
        None
    }

    fn positie(&mut self, t: &Table) -> Positie {
        let p = "positie";
        self.unknown_keys(
            t,
            p,
            &[
                "soort_werk",
                "methode",
                "sociaal",
                "creativiteit",
                "kwadrant",
                "antwoorden",
            ],
        );
        let positie = Positie {
            soort_werk: self.keyword(t, "soort_werk", p),
            methode: self.keyword(t, "methode", p),
            sociaal: self.number(t, "sociaal", p),
            creativiteit: self.number(t, "creativiteit", p),
            antwoorden: self.answers(t),
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
            self.unknown_keys(t, &path, &["termijn", "soort", "tekst", "vorm", "klaar"]);
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
            if let (Some(termijn), Some(soort), Some(tekst)) = (termijn, soort, tekst) {
                out.push(Actie {
                    termijn,
                    soort,
                    tekst,
                    vorm,
                    klaar,
                });
            }
        }
        out
    }
}

/// The plan as TOML text, with the header comment. Loading it gives the same
/// plan back; the quadrant is written for people, derived from the scores.
pub fn to_toml(plan: &Plan) -> String {
    let mut root = Map::new();
    root.insert("formaat".into(), Value::Integer(FORMAAT));
    root.insert("status".into(), plan.status.id().into());
    insert_date(&mut root, "aangemaakt", plan.aangemaakt);
    insert_date(&mut root, "gewijzigd", plan.gewijzigd);

    let m = &plan.medewerker;
    let mut t = Map::new();
    insert_text(&mut t, "naam", &m.naam);
    insert_text(&mut t, "functie", &m.functie);
    insert_text(&mut t, "afdeling", &m.afdeling);
    insert_text(&mut t, "gemeente", &m.gemeente);
    insert_table(&mut root, "medewerker", t);

    let p = &plan.positie;
    let mut t = Map::new();
    insert_keyword(&mut t, "soort_werk", p.soort_werk);
    insert_keyword(&mut t, "methode", p.methode);
    if let Some(v) = p.sociaal {
        t.insert("sociaal".into(), Value::Float(v));
    }
    if let Some(v) = p.creativiteit {
        t.insert("creativiteit".into(), Value::Float(v));
    }
    insert_keyword(&mut t, "kwadrant", p.quadrant());
    let answers: Map<String, Value> = p
        .antwoorden
        .iter()
        .map(|(id, a)| (id.clone(), Value::Integer(*a)))
        .collect();
    insert_table(&mut t, "antwoorden", answers);
    insert_table(&mut root, "positie", t);

    let r = &plan.richting;
    let mut t = Map::new();
    insert_keyword(&mut t, "keuze", r.keuze);
    insert_text(&mut t, "doelfunctie", &r.doelfunctie);
    if !r.baangereedschap.is_empty() {
        let tools = r.baangereedschap.iter().map(|b| b.id().into()).collect();
        t.insert("baangereedschap".into(), Value::Array(tools));
    }
    if let Some(v) = r.digitaal_nu {
        t.insert("digitaal_nu".into(), Value::Integer(v));
    }
    if let Some(v) = r.digitaal_over_twee_jaar {
        t.insert("digitaal_over_twee_jaar".into(), Value::Integer(v));
    }
    insert_text(&mut t, "leuk", &r.leuk);
    insert_text(&mut t, "goed_in", &r.goed_in);
    insert_text(&mut t, "leervorm", &r.leervorm);
    insert_table(&mut root, "richting", t);

    if !plan.acties.is_empty() {
        let acties = plan
            .acties
            .iter()
            .map(|a| {
                let mut t = Map::new();
                t.insert("termijn".into(), a.termijn.id().into());
                t.insert("soort".into(), a.soort.id().into());
                t.insert("tekst".into(), a.tekst.clone().into());
                insert_keyword(&mut t, "vorm", a.vorm);
                t.insert("klaar".into(), Value::Boolean(a.klaar));
                Value::Table(t)
            })
            .collect();
        root.insert("acties".into(), Value::Array(acties));
    }

    let g = &plan.gesprek;
    let mut t = Map::new();
    insert_text(&mut t, "leidinggevende", &g.leidinggevende);
    insert_date(&mut t, "datum", g.datum);
    insert_text(
        &mut t,
        "nodig_van_leidinggevende",
        &g.nodig_van_leidinggevende,
    );
    insert_table(&mut root, "gesprek", t);

    // Serialising a table of plain values cannot fail.
    let body = toml::to_string(&root).unwrap_or_default();
    format!("{HEADER}{body}")
}

fn insert_text(t: &mut Map<String, Value>, key: &str, text: &Option<String>) {
    if let Some(text) = text {
        t.insert(key.into(), text.clone().into());
    }
}

fn insert_keyword<K: Keyword>(t: &mut Map<String, Value>, key: &str, word: Option<K>) {
    if let Some(word) = word {
        t.insert(key.into(), word.id().into());
    }
}

fn insert_date(t: &mut Map<String, Value>, key: &str, date: Option<Datetime>) {
    if let Some(date) = date {
        t.insert(key.into(), Value::Datetime(date));
    }
}

fn insert_table(t: &mut Map<String, Value>, key: &str, table: Map<String, Value>) {
    if !table.is_empty() {
        t.insert(key.into(), Value::Table(table));
    }
}

/// Whether saving may replace a file that is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// A new plan: refuse when the file exists.
    CreateNew,
    /// The caller says this is the same plan being saved again.
    ReplaceSamePlan,
}

/// Why a plan could not be saved.
#[derive(Debug)]
pub enum SaveError {
    /// The target exists and the mode was [`SaveMode::CreateNew`].
    Exists(PathBuf),
    /// Writing failed; what we were doing and the system's reason.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Exists(path) => write!(
                f,
                "{} bestaat al; kies een andere naam, of zeg dat je het wilt vervangen",
                path.display()
            ),
            SaveError::Io { path, source } => {
                let why = match source.kind() {
                    io::ErrorKind::NotFound => "deze map bestaat niet".to_string(),
                    io::ErrorKind::PermissionDenied => {
                        "je hebt geen toestemming om hier te schrijven".to_string()
                    }
                    io::ErrorKind::StorageFull => "de schijf is vol".to_string(),
                    _ => source.to_string(),
                };
                write!(f, "opslaan in {} lukt niet: {why}", path.display())
            }
        }
    }
}

impl std::error::Error for SaveError {}

/// A plan written to a temporary file and flushed, not yet in place. Dropping
/// it without [`PreparedSave::commit`] removes the temporary file and leaves
/// the target as it was.
#[derive(Debug)]
pub struct PreparedSave {
    temp: NamedTempFile,
    target: PathBuf,
    mode: SaveMode,
}

/// Writes `text` to a temporary file beside `target` with mode 0600 and
/// flushes it to disk.
pub fn prepare_save(text: &str, target: &Path, mode: SaveMode) -> Result<PreparedSave, SaveError> {
    if mode == SaveMode::CreateNew && target.exists() {
        return Err(SaveError::Exists(target.to_path_buf()));
    }
    let folder = folder_of(target);
    let io_err = |source| SaveError::Io {
        path: folder.to_path_buf(),
        source,
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".groeiplan-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(io_err)?;
    restrict_to_owner(temp.as_file()).map_err(io_err)?;
    temp.write_all(text.as_bytes()).map_err(io_err)?;
    temp.as_file().sync_all().map_err(io_err)?;
    Ok(PreparedSave {
        temp,
        target: target.to_path_buf(),
        mode,
    })
}

impl PreparedSave {
    /// Renames the temporary file over the target and flushes the folder.
    pub fn commit(self) -> Result<(), SaveError> {
        let PreparedSave { temp, target, mode } = self;
        let result = match mode {
            SaveMode::CreateNew => temp.persist_noclobber(&target),
            SaveMode::ReplaceSamePlan => temp.persist(&target),
        };
        if let Err(e) = result {
            return Err(if e.error.kind() == io::ErrorKind::AlreadyExists {
                SaveError::Exists(target)
            } else {
                SaveError::Io {
                    path: target,
                    source: e.error,
                }
            });
        }
        sync_folder(folder_of(&target)).map_err(|source| SaveError::Io {
            path: folder_of(&target).to_path_buf(),
            source,
        })
    }
}

/// Saves `plan` to `target` atomically.
pub fn save(plan: &Plan, target: &Path, mode: SaveMode) -> Result<(), SaveError> {
    prepare_save(&to_toml(plan), target, mode)?.commit()
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(unix)]
fn restrict_to_owner(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn restrict_to_owner(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}
