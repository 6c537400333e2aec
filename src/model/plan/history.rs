//! The plan's history (`[[geschiedenis]]`, formaat 5): on each save on a new
//! date, a short entry of where the work stood that day, so day 3 of a
//! workshop can show day 1 beside it.

use toml::value::{Date, Datetime};

use super::{MAX_DIGITAAL, Methode, Plan, Problem};
use crate::model::position::{Position, check_score};

/// Where the work stood on one day: the last save of that date.
#[derive(Debug, Clone, PartialEq)]
pub struct Moment {
    /// The date (a TOML local date).
    pub datum: Date,
    /// How the point was found then.
    pub methode: Option<Methode>,
    /// x score then.
    pub sociaal: f64,
    /// y score then.
    pub creativiteit: f64,
    /// Digital level then, 0..=4.
    pub digitaal_nu: Option<i64>,
}

impl Moment {
    /// The point, when both scores are valid.
    pub fn position(&self) -> Option<Position> {
        Position::new(self.sociaal, self.creativiteit).ok()
    }
}

/// The date of a saved moment: the local date of `at`.
pub fn date_of(at: &Datetime) -> Option<Date> {
    at.date
}

impl Plan {
    /// Marks the plan saved at `at`: when it was made and changed, the
    /// gemeente's catalog it was made with (none for the built-in one), and
    /// today's entry in the history (replacing an earlier one of today, so
    /// each date keeps the last save of that day). A plan without a point
    /// adds nothing to the history.
    pub fn stamp(&mut self, at: Datetime) {
        self.aangemaakt.get_or_insert(at);
        self.gewijzigd = Some(at);
        self.herkomst.catalogus = crate::model::catalog::local::name().map(String::from);
        let (Some(datum), Some(point)) = (date_of(&at), self.positie.position()) else {
            return;
        };
        let moment = Moment {
            datum,
            methode: self.positie.methode,
            sociaal: point.sociaal,
            creativiteit: point.creativiteit,
            digitaal_nu: self.richting.digitaal_nu,
        };
        match self.geschiedenis.last_mut() {
            Some(last) if last.datum == datum => *last = moment,
            _ => self.geschiedenis.push(moment),
        }
    }

    /// The latest entry from before `today`: the earlier point to show.
    pub fn earlier(&self, today: Date) -> Option<&Moment> {
        self.geschiedenis
            .iter()
            .rev()
            .find(|m| before(m.datum, today))
    }

    pub(super) fn check_history(&self, problems: &mut Vec<Problem>) {
        for (i, m) in self.geschiedenis.iter().enumerate() {
            let field = |name: &str| format!("geschiedenis[{}].{name}", i + 1);
            for (name, score) in [("sociaal", m.sociaal), ("creativiteit", m.creativiteit)] {
                if let Err(e) = check_score(score) {
                    problems.push(Problem::new(field(name), e.to_string()));
                }
            }
            if let Some(level) = m.digitaal_nu
                && !(0..=i64::from(MAX_DIGITAAL)).contains(&level)
            {
                problems.push(Problem::new(
                    field("digitaal_nu"),
                    format!("moet een niveau van 0 tot en met 4 zijn, maar is {level}"),
                ));
            }
            if i > 0 && !before(self.geschiedenis[i - 1].datum, m.datum) {
                problems.push(Problem::new(
                    field("datum"),
                    "moet na de datum van het vorige punt liggen: elke datum één keer, van oud naar nieuw",
                ));
            }
        }
    }
}

/// Whether `a` is an earlier date than `b`.
fn before(a: Date, b: Date) -> bool {
    (a.year, a.month, a.day) < (b.year, b.month, b.day)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Datetime {
        text.parse().unwrap()
    }

    fn placed(x: f64, y: f64) -> Plan {
        let mut plan = Plan::default();
        plan.positie.set_point(Some(Position::new(x, y).unwrap()));
        plan.positie.methode = Some(Methode::Vragenlijst);
        plan
    }

    #[test]
    fn each_date_keeps_the_last_save_of_that_day() {
        let mut plan = placed(3.0, 2.0);
        plan.stamp(at("2026-11-23T10:00:00+01:00"));
        plan.positie
            .set_point(Some(Position::new(3.5, 2.0).unwrap()));
        plan.stamp(at("2026-11-23T15:00:00+01:00"));
        assert_eq!(plan.geschiedenis.len(), 1);
        assert_eq!(plan.geschiedenis[0].sociaal, 3.5);
        plan.positie
            .set_point(Some(Position::new(6.0, 4.0).unwrap()));
        plan.stamp(at("2026-12-21T09:30:00+01:00"));
        assert_eq!(plan.geschiedenis.len(), 2);
        assert_eq!(plan.aangemaakt, Some(at("2026-11-23T10:00:00+01:00")));
        assert_eq!(plan.gewijzigd, Some(at("2026-12-21T09:30:00+01:00")));
        let today = date_of(&at("2026-12-21T11:00:00+01:00")).unwrap();
        assert_eq!(plan.earlier(today).map(|m| m.sociaal), Some(3.5));
        let day_one = date_of(&at("2026-11-23T11:00:00+01:00")).unwrap();
        assert_eq!(plan.earlier(day_one), None, "nothing before the first day");
    }

    #[test]
    fn a_plan_without_a_point_keeps_no_history() {
        let mut plan = Plan::default();
        plan.stamp(at("2026-11-23T10:00:00+01:00"));
        assert!(plan.geschiedenis.is_empty());
        assert!(plan.gewijzigd.is_some());
    }

    #[test]
    fn dates_out_of_order_and_wrong_values_are_named() {
        let mut plan = placed(3.0, 2.0);
        plan.stamp(at("2026-12-21T10:00:00+01:00"));
        plan.stamp(at("2026-12-22T10:00:00+01:00"));
        plan.geschiedenis.swap(0, 1);
        plan.geschiedenis[0].digitaal_nu = Some(7);
        plan.geschiedenis[1].sociaal = 11.0;
        let mut problems = Vec::new();
        plan.check_history(&mut problems);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "geschiedenis[1].digitaal_nu",
                "geschiedenis[2].sociaal",
                "geschiedenis[2].datum"
            ]
        );
    }
}
