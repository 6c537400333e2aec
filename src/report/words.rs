//! The words for the two axes, as a person reads them: the work, not the
//! person. Shared by every report and the session.

use crate::model::plan::SoortWerk;

/// The horizontal axis as a person reads it: the work, not the person.
pub const X_AXIS: &str = "mensenwerk";

/// The vertical axis in a few words, for the kind of work.
pub fn y_axis(soort: Option<SoortWerk>) -> &'static str {
    match soort {
        Some(SoortWerk::Fysiek) => "vakmanschap",
        _ => "eigen oordeel",
    }
}

/// The months in Dutch, January first.
pub const MONTHS: [&str; 12] = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
];

/// A score as a person reads it: one decimal, with a decimal comma ("3,5").
/// Files keep TOML numbers; this is only for text.
pub fn decimal(value: f64) -> String {
    format!("{:.1}", value + 0.0).replace('.', ",")
}
