//! Reading `[[taken]]` (formaat 4): every wrong type, unknown key and
//! unknown colour named with its field.

use toml::Table;
use toml::value::Value;

use super::fields::{Reader, join};
use crate::model::plan::{EIGEN, Kleur, Taak};

const FIELDS: [&str; 8] = [
    "tekst",
    "procent_nu",
    "procent_straks",
    "kern",
    "kleur",
    "sociaal",
    "creativiteit",
    "bron",
];

impl Reader {
    pub(super) fn taken(&mut self, table: &Table) -> Vec<Taak> {
        let Some(value) = table.get("taken") else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            self.wrong_type("taken".into(), "een lijst van [[taken]]", value);
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("taken[{}]", i + 1);
            let Value::Table(t) = item else {
                self.wrong_type(path, "een tabel [[taken]]", item);
                continue;
            };
            self.unknown_keys(t, &path, &FIELDS);
            for required in ["tekst", "sociaal", "creativiteit"] {
                if !t.contains_key(required) {
                    self.problem(
                        join(&path, required),
                        "ontbreekt; elke taak heeft een tekst en een plek (sociaal en creativiteit)",
                    );
                }
            }
            let tekst = self.string(t, "tekst", &path);
            let procent_nu = self.integer(t, "procent_nu", &path).unwrap_or(0);
            let procent_straks = self
                .integer(t, "procent_straks", &path)
                .unwrap_or(procent_nu);
            let kern = self.boolean(t, "kern", &path).unwrap_or(false);
            let kleur = if t.contains_key("kleur") {
                self.keyword::<Kleur>(t, "kleur", &path)
            } else {
                Some(Kleur::Geen)
            };
            let sociaal = self.number(t, "sociaal", &path);
            let creativiteit = self.number(t, "creativiteit", &path);
            let bron = self
                .string(t, "bron", &path)
                .unwrap_or_else(|| EIGEN.to_string());
            if let (Some(tekst), Some(kleur), Some(sociaal), Some(creativiteit)) =
                (tekst, kleur, sociaal, creativiteit)
            {
                out.push(Taak {
                    tekst,
                    procent_nu,
                    procent_straks,
                    kern,
                    kleur,
                    sociaal,
                    creativiteit,
                    bron,
                });
            }
        }
        out
    }
}

/// The tasks of a file that holds only `[[taken]]` (for `kwadrant score
/// --taken`), checked like a plan's: every problem named with its field.
pub fn read_tasks(table: &Table) -> Result<Vec<Taak>, Vec<crate::model::plan::Problem>> {
    let mut r = Reader {
        formaat: crate::model::plan::FORMAAT,
        ..Reader::default()
    };
    r.unknown_keys(table, "", &["taken"]);
    if !table.contains_key("taken") {
        r.problem(
            "taken",
            "ontbreekt; schrijf elke taak als [[taken]] met tekst, procent_nu, procent_straks, \
             sociaal en creativiteit",
        );
    }
    let plan = crate::model::plan::Plan {
        taken: r.taken(table),
        ..Default::default()
    };
    let mut problems = r.problems;
    problems.extend(plan.validate(&[]));
    if problems.is_empty() {
        Ok(plan.taken)
    } else {
        Err(problems)
    }
}
