//! The typed-field reader behind plan loading: each getter names the field
//! path and what is allowed when a value has the wrong type, and collects
//! every problem instead of stopping at the first.

use toml::Table;
use toml::value::{Datetime, Value};

use crate::model::keyword::Keyword;
use crate::model::plan::Problem;

#[derive(Clone, Copy)]
pub(super) enum DateKind {
    /// A date with a time, such as 2026-11-23T14:05:00+01:00.
    DateTime,
    /// A date only, such as 2026-12-15.
    Date,
}

/// Reads typed fields and remembers what is wrong.
#[derive(Default)]
pub(super) struct Reader {
    pub(super) problems: Vec<Problem>,
    /// The file's `formaat`; later formats know more fields.
    pub(super) formaat: i64,
}

pub(super) fn join(path: &str, key: &str) -> String {
    if path.is_empty() {
        key.to_string()
    } else {
        format!("{path}.{key}")
    }
}

/// A Dutch description of what a value is, for "maar is ...".
pub(super) fn describe(value: &Value) -> String {
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
    pub(super) fn problem(&mut self, field: impl Into<String>, message: impl Into<String>) {
        self.problems.push(Problem::new(field, message));
    }

    pub(super) fn wrong_type(&mut self, field: String, wanted: &str, value: &Value) {
        self.problem(
            field,
            format!("moet {wanted} zijn, maar is {}", describe(value)),
        );
    }

    pub(super) fn unknown_keys(&mut self, table: &Table, path: &str, allowed: &[&str]) {
        for key in table.keys() {
            if !allowed.contains(&key.as_str()) {
                self.problem(
                    join(path, key),
                    format!("onbekend veld; hier mogen staan: {}", allowed.join(", ")),
                );
            }
        }
    }

    pub(super) fn table<'t>(
        &mut self,
        parent: &'t Table,
        key: &str,
        path: &str,
    ) -> Option<&'t Table> {
        match parent.get(key)? {
            Value::Table(t) => Some(t),
            other => {
                self.wrong_type(join(path, key), &format!("een tabel [{key}]"), other);
                None
            }
        }
    }

    /// The `[[name]]` tables under `key` of `t`, each with its dotted path.
    pub(super) fn tables<'t>(
        &mut self,
        t: &'t Table,
        key: &str,
        path: &str,
    ) -> Vec<(String, &'t Table)> {
        let Some(value) = t.get(key) else {
            return Vec::new();
        };
        let field = join(path, key);
        let Value::Array(items) = value else {
            self.wrong_type(field.clone(), &format!("een lijst van [[{field}]]"), value);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("{field}[{}]", i + 1);
            match item {
                Value::Table(entry) => out.push((path, entry)),
                other => self.wrong_type(path, &format!("een tabel [[{field}]]"), other),
            }
        }
        out
    }

    pub(super) fn string(&mut self, t: &Table, key: &str, path: &str) -> Option<String> {
        match t.get(key)? {
            Value::String(s) => Some(s.clone()),
            other => {
                self.wrong_type(join(path, key), "tekst tussen aanhalingstekens", other);
                None
            }
        }
    }

    pub(super) fn integer(&mut self, t: &Table, key: &str, path: &str) -> Option<i64> {
        match t.get(key)? {
            Value::Integer(n) => Some(*n),
            other => {
                self.wrong_type(join(path, key), "een heel getal", other);
                None
            }
        }
    }

    pub(super) fn number(&mut self, t: &Table, key: &str, path: &str) -> Option<f64> {
        match t.get(key)? {
            Value::Float(f) => Some(*f),
            Value::Integer(n) => Some(*n as f64),
            other => {
                self.wrong_type(join(path, key), "een getal van 0 tot en met 10", other);
                None
            }
        }
    }

    pub(super) fn boolean(&mut self, t: &Table, key: &str, path: &str) -> Option<bool> {
        match t.get(key)? {
            Value::Boolean(b) => Some(*b),
            other => {
                self.wrong_type(join(path, key), "true of false", other);
                None
            }
        }
    }

    pub(super) fn keyword<K: Keyword>(&mut self, t: &Table, key: &str, path: &str) -> Option<K> {
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

    pub(super) fn keyword_list<K: Keyword>(&mut self, t: &Table, key: &str, path: &str) -> Vec<K> {
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

    pub(super) fn datetime(
        &mut self,
        t: &Table,
        key: &str,
        path: &str,
        kind: DateKind,
    ) -> Option<Datetime> {
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
}
