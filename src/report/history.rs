//! The plan's history in the reports and on "Jouw plek": a short table of
//! where the work stood on each date, and one sentence on what moved since
//! the last earlier date.

use toml::value::{Date, Datetime};

use crate::model::plan::{Methode, Moment, Plan, SoortWerk};
use crate::model::position::Position;
use crate::report::words::{MONTHS, X_AXIS, decimal, y_axis};

/// The mark of the earlier point on every chart: another symbol, not a
/// dimmer one (DESIGN, "Chart").
pub const EARLIER_MARK: &str = "△";

/// The column headings of the history table, with the vertical axis named
/// for the kind of work.
pub fn head(soort: Option<SoortWerk>) -> [String; 5] {
    [
        "Datum".into(),
        format!("Mensenwerk / {}", y_axis(soort)),
        "Kwadrant".into(),
        "Hoe gevonden".into(),
        "Digitaal niveau".into(),
    ]
}

/// How the point was found, after "gevonden": "met de vragenlijst".
pub fn how_found(methode: Option<Methode>) -> Option<&'static str> {
    match methode? {
        Methode::Vragenlijst => Some("met de vragenlijst"),
        Methode::Direct => Some("met de schuifjes"),
        Methode::Taken => Some("met je taken"),
    }
}

/// The rows of the history table, oldest first.
pub fn rows(plan: &Plan) -> Vec<[String; 5]> {
    plan.geschiedenis
        .iter()
        .map(|m| {
            [
                date_words(m.datum),
                format!("{} / {}", decimal(m.sociaal), decimal(m.creativiteit)),
                m.position().map(|p| p.result_label()).unwrap_or_default(),
                how_found(m.methode)
                    .map(|h| h.trim_start_matches("met ").to_string())
                    .unwrap_or_default(),
                m.digitaal_nu.map(|l| l.to_string()).unwrap_or_default(),
            ]
        })
        .collect()
}

/// The latest entry from before the plan was last saved: what "earlier" is
/// in `show` and the manager's copy.
pub fn earlier_than_saved(plan: &Plan) -> Option<&Moment> {
    let saved = plan.gewijzigd.as_ref().and_then(|d| d.date)?;
    plan.earlier(saved)
}

/// `2026-11-23` (the session's `today`) as a date.
pub fn parse_day(day: &str) -> Option<Date> {
    day.parse::<Datetime>().ok()?.date
}

/// One sentence on what moved from `from` to `now`.
pub fn moved(from: &Moment, now: Position, soort: Option<SoortWerk>) -> String {
    let when = date_words(from.datum);
    let Some(then) = from.position() else {
        return String::new();
    };
    let y = y_axis(soort);
    let change = |name: &str, a: f64, b: f64| {
        if (a - b).abs() < 0.05 {
            format!("{name} bleef {}", decimal(b))
        } else {
            format!("{name} ging van {} naar {}", decimal(a), decimal(b))
        }
    };
    if then == now {
        return format!("Op {when} stond je werk op dezelfde plek als nu.");
    }
    let place = if then.quadrant() == now.quadrant() {
        "Het werk staat nog in hetzelfde kwadrant.".to_string()
    } else {
        format!(
            "Het werk stond toen bij {}, nu bij {}.",
            then.quadrant().label(),
            now.quadrant().label()
        )
    };
    format!(
        "Sinds {when}: {}, {}. {place}",
        change(X_AXIS, then.sociaal, now.sociaal),
        change(y, then.creativiteit, now.creativiteit)
    )
}

/// "23 november 2026".
pub fn date_words(d: Date) -> String {
    let month = MONTHS
        .get(usize::from(d.month).wrapping_sub(1))
        .copied()
        .unwrap_or("?");
    format!("{} {month} {}", d.day, d.year)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn moment(day: u8, sociaal: f64, creativiteit: f64) -> Moment {
        Moment {
            datum: Date {
                year: 2026,
                month: 11,
                day,
            },
            methode: Some(Methode::Vragenlijst),
            sociaal,
            creativiteit,
            digitaal_nu: Some(1),
        }
    }

    #[test]
    fn the_sentence_says_what_moved_and_whether_the_quadrant_changed() {
        let now = Position::new(6.0, 2.0).unwrap();
        assert_eq!(
            moved(&moment(23, 3.5, 2.0), now, None),
            "Sinds 23 november 2026: mensenwerk ging van 3,5 naar 6,0, eigen oordeel bleef 2,0. \
             Het werk stond toen bij Vaste stappen (Danger zone), nu bij Regels en mensen \
             (Human veneer)."
        );
        assert_eq!(
            moved(
                &moment(2, 3.5, 2.0),
                Position::new(3.0, 2.5).unwrap(),
                Some(SoortWerk::Fysiek)
            ),
            "Sinds 2 november 2026: mensenwerk ging van 3,5 naar 3,0, vakmanschap ging van 2,0 \
             naar 2,5. Het werk staat nog in hetzelfde kwadrant."
        );
        assert_eq!(
            moved(&moment(2, 3.5, 2.0), Position::new(3.5, 2.0).unwrap(), None),
            "Op 2 november 2026 stond je werk op dezelfde plek als nu."
        );
    }

    #[test]
    fn each_row_has_the_date_the_point_its_quadrant_the_method_and_the_level() {
        let mut plan = Plan::default();
        plan.geschiedenis.push(moment(23, 3.5, 2.0));
        assert_eq!(
            rows(&plan),
            vec![[
                "23 november 2026".to_string(),
                "3,5 / 2,0".into(),
                "Vaste stappen (Danger zone)".into(),
                "de vragenlijst".into(),
                "1".into()
            ]]
        );
        assert_eq!(parse_day("2026-11-23"), Some(moment(23, 0.0, 0.0).datum));
    }
}
