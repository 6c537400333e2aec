//! Reading `[[geschiedenis]]` (formaat 5): each entry's date, method, point,
//! quadrant and digital level, every wrong value named with its field.

use toml::Table;
use toml::value::Value;

use super::fields::{DateKind, Reader, join};
use crate::model::keyword::Keyword;
use crate::model::plan::{Methode, Moment};
use crate::model::position::{Position, Quadrant};

const FIELDS: [&str; 6] = [
    "datum",
    "methode",
    "sociaal",
    "creativiteit",
    "kwadrant",
    "digitaal_nu",
];

impl Reader {
    pub(super) fn geschiedenis(&mut self, table: &Table) -> Vec<Moment> {
        let Some(value) = table.get("geschiedenis") else {
            return Vec::new();
        };
        let Value::Array(items) = value else {
            self.wrong_type(
                "geschiedenis".into(),
                "een lijst van [[geschiedenis]]",
                value,
            );
            return Vec::new();
        };
        let mut out = Vec::new();
        for (i, item) in items.iter().enumerate() {
            let path = format!("geschiedenis[{}]", i + 1);
            let Value::Table(t) = item else {
                self.wrong_type(path, "een tabel [[geschiedenis]]", item);
                continue;
            };
            self.unknown_keys(t, &path, &FIELDS);
            for required in ["datum", "sociaal", "creativiteit"] {
                if !t.contains_key(required) {
                    self.problem(
                        join(&path, required),
                        "ontbreekt; elk punt in de geschiedenis heeft een datum en een plek (sociaal en creativiteit)",
                    );
                }
            }
            let datum = self
                .datetime(t, "datum", &path, DateKind::Date)
                .and_then(|d| d.date);
            let methode = self.keyword::<Methode>(t, "methode", &path);
            let sociaal = self.number(t, "sociaal", &path);
            let creativiteit = self.number(t, "creativiteit", &path);
            let digitaal_nu = self.integer(t, "digitaal_nu", &path);
            if t.contains_key("kwadrant")
                && let Some(stated) = self.keyword::<Quadrant>(t, "kwadrant", &path)
                && let (Some(x), Some(y)) = (sociaal, creativiteit)
                && let Ok(point) = Position::new(x, y)
                && point.quadrant() != stated
            {
                self.problem(
                    join(&path, "kwadrant"),
                    format!(
                        "past niet bij de scores: die horen bij \"{}\", niet bij \"{}\"",
                        point.quadrant().id(),
                        stated.id()
                    ),
                );
            }
            if let (Some(datum), Some(sociaal), Some(creativiteit)) = (datum, sociaal, creativiteit)
            {
                out.push(Moment {
                    datum,
                    methode,
                    sociaal,
                    creativiteit,
                    digitaal_nu,
                });
            }
        }
        out
    }
}
