//! Reading `[[verslag]]` (formaat 6): each conversation's record and its
//! `[[verslag.afspraken]]`, every wrong type, unknown key and value named
//! with its field.

use toml::Table;
use toml::value::Value;

use super::fields::{DateKind, Reader, join};
use crate::model::plan::{Afspraak, KostenDoor, Verslag, Wie};

const FIELDS: [&str; 13] = [
    "datum",
    "acties",
    "uren_per_maand",
    "verlof_uren",
    "kosten_bedrag",
    "kosten_door",
    "werkgever_doet",
    "werkzekerheid",
    "volgende_gesprek",
    "verloop",
    "verloop_delen",
    "vastgelegd",
    "afspraken",
];

impl Reader {
    pub(super) fn verslagen(&mut self, table: &Table) -> Vec<Verslag> {
        let mut out = Vec::new();
        for (path, t) in self.tables(table, "verslag", "") {
            self.unknown_keys(t, &path, &FIELDS);
            let acties = match t.get("acties") {
                None => Vec::new(),
                Some(Value::Array(items)) => items
                    .iter()
                    .enumerate()
                    .filter_map(|(j, item)| match item.as_str() {
                        Some(text) => Some(text.to_string()),
                        None => {
                            self.wrong_type(
                                format!("{path}.acties[{}]", j + 1),
                                "tekst tussen aanhalingstekens",
                                item,
                            );
                            None
                        }
                    })
                    .collect(),
                Some(other) => {
                    self.wrong_type(join(&path, "acties"), "een lijst met teksten", other);
                    Vec::new()
                }
            };
            let date = |r: &mut Reader, key: &str| {
                r.datetime(t, key, &path, DateKind::Date)
                    .and_then(|d| d.date)
            };
            let datum = date(self, "datum");
            let volgende_gesprek = date(self, "volgende_gesprek");
            let kosten_bedrag = match t.get("kosten_bedrag") {
                None => None,
                Some(Value::Integer(n)) => Some(*n as f64),
                Some(Value::Float(f)) => Some(*f),
                Some(other) => {
                    self.wrong_type(
                        join(&path, "kosten_bedrag"),
                        "een bedrag in euro, zoals 450 of 450.50",
                        other,
                    );
                    None
                }
            };
            let mut afspraken = Vec::new();
            for (apath, a) in self.tables(t, "afspraken", &path) {
                self.unknown_keys(a, &apath, &["wat", "wie", "wanneer", "klaar"]);
                if !a.contains_key("wat") {
                    self.problem(
                        join(&apath, "wat"),
                        "ontbreekt; schrijf op wat jullie afspraken",
                    );
                }
                let wat = self.string(a, "wat", &apath);
                let wie = self.keyword::<Wie>(a, "wie", &apath);
                let wanneer = self
                    .datetime(a, "wanneer", &apath, DateKind::Date)
                    .and_then(|d| d.date);
                let klaar = self.boolean(a, "klaar", &apath).unwrap_or(false);
                if let Some(wat) = wat {
                    afspraken.push(Afspraak {
                        wat,
                        wie,
                        wanneer,
                        klaar,
                    });
                }
            }
            out.push(Verslag {
                datum,
                acties,
                uren_per_maand: self.integer(t, "uren_per_maand", &path),
                verlof_uren: self.integer(t, "verlof_uren", &path),
                kosten_bedrag,
                kosten_door: self.keyword::<KostenDoor>(t, "kosten_door", &path),
                werkgever_doet: self.string(t, "werkgever_doet", &path),
                werkzekerheid: self.string(t, "werkzekerheid", &path),
                volgende_gesprek,
                verloop: self.string(t, "verloop", &path),
                verloop_delen: self.boolean(t, "verloop_delen", &path).unwrap_or(false),
                vastgelegd: self.boolean(t, "vastgelegd", &path).unwrap_or(false),
                afspraken,
            });
        }
        out
    }
}

/// The line of a field inside the `j`-th `[[verslag.afspraken]]` of the
/// `i`-th `[[verslag]]` (both 1-based), such as `verslag[2].afspraken[1].wie`:
/// the key's line, or that table's header when the key is missing.
pub(super) fn line_in_agreement(text: &str, i: usize, j: usize, key: &str) -> Option<usize> {
    let (mut verslag, mut afspraak, mut header) = (0, 0, None);
    for (n, line) in text.lines().enumerate() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            let name = trimmed.trim_matches(|c| c == '[' || c == ']').trim();
            if trimmed.starts_with("[[") && name == "verslag" {
                verslag += 1;
                afspraak = 0;
            } else if trimmed.starts_with("[[") && name == "verslag.afspraken" {
                afspraak += 1;
            }
            let inside = verslag == i && afspraak == j && name == "verslag.afspraken";
            if header.is_some() && !inside {
                return header;
            }
            if inside {
                header = Some(n + 1);
            }
        } else if header.is_some()
            && trimmed
                .strip_prefix(key)
                .is_some_and(|rest| rest.trim_start().starts_with('='))
        {
            return Some(n + 1);
        }
    }
    header
}
