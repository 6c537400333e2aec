//! A point on Kai-Fu Lee's two axes and the quadrant it falls in.
//!
//! ```text
//!  creativiteit
//!   10 ┌──────────────┬──────────────┐
//!      │  slow-creep  │  safe-zone   │
//!    5 ├──────────────┼──────────────┤   a score >= 5.0 is high
//!      │ danger-zone  │ human-veneer │
//!    0 └──────────────┴──────────────┘
//!      0              5             10  sociaal
//! ```

use std::fmt;

use super::keyword::Keyword;
use super::keyword::keyword_enum;

/// The lowest score on an axis.
pub const MIN_SCORE: f64 = 0.0;
/// The highest score on an axis.
pub const MAX_SCORE: f64 = 10.0;
/// From this score up an axis counts as high.
pub const MIDLINE: f64 = 5.0;
/// How close to the midline a score must be to count as a border position.
pub const BORDER_DISTANCE: f64 = 1.0;

/// Small slack for comparing scores that were computed, not typed.
const EPSILON: f64 = 1e-9;

/// One of the two axes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Axis {
    /// x: little versus much social interaction and empathy.
    Sociaal,
    /// y: routine versus creativity and strategy.
    Creativiteit,
}

impl Axis {
    /// The field name used in the plan file and on the command line.
    pub fn id(self) -> &'static str {
        match self {
            Axis::Sociaal => "sociaal",
            Axis::Creativiteit => "creativiteit",
        }
    }
}

/// Why a number is not a valid score.
#[derive(Debug, Clone, PartialEq)]
pub enum ScoreError {
    /// NaN or infinite.
    NotFinite,
    /// Below 0.0 or above 10.0.
    OutOfRange(f64),
    /// More than one decimal.
    TooPrecise(f64),
}

impl fmt::Display for ScoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ScoreError::NotFinite => write!(f, "moet een gewoon getal van 0 tot en met 10 zijn"),
            ScoreError::OutOfRange(v) => {
                write!(f, "moet van 0 tot en met 10 zijn, maar is {v}")
            }
            ScoreError::TooPrecise(v) => write!(
                f,
                "mag hoogstens één cijfer achter de komma hebben, maar is {v}"
            ),
        }
    }
}

/// Checks that `value` is a score: finite, 0.0..=10.0, at most one decimal.
///
/// One rule everywhere (command line, plan files, the session): the value
/// must be exactly the number a one-decimal text such as "4.9" stands for,
/// so 4.95 and 4.99999999 are both refused and nothing is rounded silently.
/// The quadrant is then derived from the very value that is shown.
pub fn check_score(value: f64) -> Result<f64, ScoreError> {
    if !value.is_finite() {
        return Err(ScoreError::NotFinite);
    }
    if !(MIN_SCORE..=MAX_SCORE).contains(&value) {
        return Err(ScoreError::OutOfRange(value));
    }
    if (value * 10.0).round() / 10.0 != value {
        return Err(ScoreError::TooPrecise(value));
    }
    // -0.0 is 0.0; adding zero makes it print as such.
    Ok(value + 0.0)
}

/// Rounds a computed score to one decimal, as the model stores it.
pub fn round_score(value: f64) -> f64 {
    ((value * 10.0).round() / 10.0).clamp(MIN_SCORE, MAX_SCORE) + 0.0
}

/// A point on the grid. Scores are the truth; the quadrant is derived.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Position {
    /// x: 0 little, 10 much social interaction and empathy.
    pub sociaal: f64,
    /// y: 0 routine, 10 creativity and strategy.
    pub creativiteit: f64,
}

impl Position {
    /// A position from two checked scores.
    pub fn new(sociaal: f64, creativiteit: f64) -> Result<Self, (Axis, ScoreError)> {
        let sociaal = check_score(sociaal).map_err(|e| (Axis::Sociaal, e))?;
        let creativiteit = check_score(creativiteit).map_err(|e| (Axis::Creativiteit, e))?;
        Ok(Position {
            sociaal,
            creativiteit,
        })
    }

    /// The score on one axis.
    pub fn score(&self, axis: Axis) -> f64 {
        match axis {
            Axis::Sociaal => self.sociaal,
            Axis::Creativiteit => self.creativiteit,
        }
    }

    /// The quadrant this point falls in.
    pub fn quadrant(&self) -> Quadrant {
        Quadrant::from_levels(is_high(self.sociaal), is_high(self.creativiteit))
    }

    /// Where the point lies close to a midline, which quadrants are near.
    pub fn border(&self) -> Option<Border> {
        let near_sociaal = is_near_midline(self.sociaal);
        let near_creativiteit = is_near_midline(self.creativiteit);
        if !near_sociaal && !near_creativiteit {
            return None;
        }
        let here = self.quadrant();
        let mut neighbours: Vec<Quadrant> = [
            (near_sociaal, Axis::Sociaal),
            (near_creativiteit, Axis::Creativiteit),
        ]
        .into_iter()
        .filter(|(near, _)| *near)
        .map(|(_, axis)| here.across(axis))
        .collect();
        if near_sociaal && near_creativiteit {
            // In the middle the quadrant across both lines is close too.
            neighbours.push(here.across(Axis::Sociaal).across(Axis::Creativiteit));
        }
        let on_line = |score: f64| (score - MIDLINE).abs() <= EPSILON;
        Some(Border {
            here,
            near_sociaal,
            near_creativiteit,
            centre: on_line(self.sociaal) && on_line(self.creativiteit),
            neighbours,
        })
    }

    /// Both scores near the midlines: the result is "in het midden", never
    /// a plain quadrant.
    pub fn is_middle(&self) -> bool {
        self.border().is_some_and(|b| b.is_middle())
    }

    /// The result as a person reads it: the quadrant's label, or "In het
    /// midden" with the quadrant the point falls in.
    pub fn result_label(&self) -> String {
        let q = self.quadrant();
        match self.border() {
            Some(b) if b.centre => "Precies in het midden".to_string(),
            Some(b) if b.is_middle() => format!("In het midden, het dichtst bij {}", q.label()),
            _ => q.label(),
        }
    }

    /// The quadrants whose direction of change applies: the point's own and,
    /// near a midline, the one across it; in the middle all four.
    pub fn nearby_quadrants(&self) -> Vec<Quadrant> {
        let mut all = vec![self.quadrant()];
        if let Some(border) = self.border() {
            all.extend(border.neighbours);
        }
        all
    }

    /// Straight-line distance to another point. Scores are at most 10, so
    /// the plain square root is exact enough; `hypot` would be the only
    /// reason to load the maths library at start-up (issue #9).
    pub fn distance(&self, other: &Position) -> f64 {
        let (ds, dc) = (
            self.sociaal - other.sociaal,
            self.creativiteit - other.creativiteit,
        );
        (ds * ds + dc * dc).sqrt()
    }
}

fn is_high(score: f64) -> bool {
    score >= MIDLINE - EPSILON
}

fn is_near_midline(score: f64) -> bool {
    (score - MIDLINE).abs() <= BORDER_DISTANCE + EPSILON
}

/// A border position: the point lies within 1.0 of a midline.
#[derive(Debug, Clone, PartialEq)]
pub struct Border {
    /// The quadrant the point falls in.
    pub here: Quadrant,
    /// Close to the vertical line (sociaal = 5).
    pub near_sociaal: bool,
    /// Close to the horizontal line (creativiteit = 5).
    pub near_creativiteit: bool,
    /// The quadrants that are close: the one across the near midline, or in
    /// the middle the one across each line and then the one across both.
    pub neighbours: Vec<Quadrant>,
    /// Exactly on both midlines: all four quadrants are equally close.
    pub centre: bool,
}

impl Border {
    /// Near both midlines.
    pub fn is_middle(&self) -> bool {
        self.near_sociaal && self.near_creativiteit
    }

    /// A short Dutch sentence that says where the border is.
    pub fn note(&self) -> String {
        let here = self.here.label();
        match self.neighbours.as_slice() {
            [other] => format!(
                "Je werk ligt op de grens tussen {here} en {}.",
                other.label()
            ),
            _ if self.centre => "Je werk ligt precies in het midden: alle vier de kwadranten \
                                 zijn even dichtbij."
                .to_string(),
            [a, b, c] => format!(
                "Je werk ligt in het midden, dicht bij alle vier de kwadranten. \
                 Het dichtst bij ligt {here}. Vlak daarnaast liggen {} en {}, en iets \
                 verder {}.",
                a.label(),
                b.label(),
                c.label()
            ),
            _ => String::new(),
        }
    }

    /// The flag `kwadrant score` prints after "Grensgebied:".
    pub fn flag(&self) -> String {
        let ids: Vec<&str> = self.neighbours.iter().map(|q| q.id()).collect();
        let kind = if self.is_middle() { "midden" } else { "ja" };
        format!("{kind} [{}]", ids.join(" "))
    }
}

/// Kai-Fu Lee's four quadrants.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Quadrant {
    /// Low social, low creativity: work that is changing most.
    DangerZone,
    /// High social, low creativity.
    HumanVeneer,
    /// Low social, high creativity.
    SlowCreep,
    /// High social, high creativity.
    SafeZone,
}

keyword_enum!(Quadrant {
    DangerZone => "danger-zone",
    HumanVeneer => "human-veneer",
    SlowCreep => "slow-creep",
    SafeZone => "safe-zone",
});

impl Quadrant {
    /// The quadrant for high (true) or low (false) on each axis.
    pub fn from_levels(high_sociaal: bool, high_creativiteit: bool) -> Self {
        match (high_sociaal, high_creativiteit) {
            (false, false) => Quadrant::DangerZone,
            (true, false) => Quadrant::HumanVeneer,
            (false, true) => Quadrant::SlowCreep,
            (true, true) => Quadrant::SafeZone,
        }
    }

    /// Whether this quadrant is on the high side of `axis`.
    pub fn is_high(self, axis: Axis) -> bool {
        match axis {
            Axis::Sociaal => matches!(self, Quadrant::HumanVeneer | Quadrant::SafeZone),
            Axis::Creativiteit => matches!(self, Quadrant::SlowCreep | Quadrant::SafeZone),
        }
    }

    /// The neighbouring quadrant on the other side of `axis`'s midline.
    pub fn across(self, axis: Axis) -> Self {
        let (x, y) = (
            self.is_high(Axis::Sociaal),
            self.is_high(Axis::Creativiteit),
        );
        match axis {
            Axis::Sociaal => Quadrant::from_levels(!x, y),
            Axis::Creativiteit => Quadrant::from_levels(x, !y),
        }
    }

    /// The name as the seed writes it. Never shown alone: see [`Quadrant::label`].
    pub fn name(self) -> &'static str {
        match self {
            Quadrant::DangerZone => "Danger zone",
            Quadrant::HumanVeneer => "Human veneer",
            Quadrant::SlowCreep => "Slow creep",
            Quadrant::SafeZone => "Safe zone",
        }
    }

    /// A short Dutch description of the work here, true for every job the
    /// study puts in this quadrant (a baliemedewerker in the Danger zone too).
    /// At most 20 characters, so it fits a quadrant of the chart at 80x24.
    pub fn werk(self) -> &'static str {
        match self {
            Quadrant::DangerZone => "Vaste stappen",
            Quadrant::HumanVeneer => "Regels en mensen",
            Quadrant::SlowCreep => "Eigen oordeel",
            Quadrant::SafeZone => "Oordeel en mensen",
        }
    }

    /// How a person reads the quadrant: the work first, the study's name after,
    /// as in "Vaste stappen (Danger zone)".
    pub fn label(self) -> String {
        format!("{} ({})", self.werk(), self.name())
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_quadrant_is_named_with_its_work_first_and_fits_the_chart() {
        for q in Quadrant::ALL {
            assert!(q.werk().chars().count() <= 20, "{}", q.werk());
            assert!(q.label().starts_with(q.werk()));
            assert!(q.label().ends_with(&format!("({})", q.name())));
        }
    }

    #[test]
    fn one_decimal_is_exact_and_minus_zero_is_zero() {
        for ok in [0.0, 0.1, 0.3, 3.5, 4.9, 10.0, 1e1] {
            assert_eq!(check_score(ok), Ok(ok), "{ok}");
        }
        for too_precise in [4.95, 4.9999999, 4.99999999, 0.05, 9.99] {
            assert!(
                matches!(check_score(too_precise), Err(ScoreError::TooPrecise(_))),
                "{too_precise}"
            );
        }
        assert!(check_score(-0.0).unwrap().is_sign_positive());
        assert!(round_score(-0.04).is_sign_positive());
    }

    use super::*;

    fn pos(x: f64, y: f64) -> Position {
        Position::new(x, y).unwrap()
    }

    #[test]
    fn quadrants_follow_the_midlines() {
        assert_eq!(pos(0.0, 0.0).quadrant(), Quadrant::DangerZone);
        assert_eq!(pos(4.9, 4.9).quadrant(), Quadrant::DangerZone);
        assert_eq!(pos(5.0, 4.9).quadrant(), Quadrant::HumanVeneer);
        assert_eq!(pos(4.9, 5.0).quadrant(), Quadrant::SlowCreep);
        assert_eq!(pos(5.0, 5.0).quadrant(), Quadrant::SafeZone);
        assert_eq!(pos(10.0, 10.0).quadrant(), Quadrant::SafeZone);
    }

    #[test]
    fn scores_outside_the_range_are_refused() {
        assert_eq!(
            Position::new(-0.1, 3.0),
            Err((Axis::Sociaal, ScoreError::OutOfRange(-0.1)))
        );
        assert_eq!(
            Position::new(3.0, 10.1),
            Err((Axis::Creativiteit, ScoreError::OutOfRange(10.1)))
        );
        assert_eq!(
            Position::new(f64::NAN, 3.0),
            Err((Axis::Sociaal, ScoreError::NotFinite))
        );
        assert_eq!(
            Position::new(3.0, f64::INFINITY),
            Err((Axis::Creativiteit, ScoreError::NotFinite))
        );
        assert_eq!(
            Position::new(3.25, 1.0),
            Err((Axis::Sociaal, ScoreError::TooPrecise(3.25)))
        );
    }

    #[test]
    fn one_decimal_scores_are_accepted() {
        for tenth in 0..=100 {
            let v = f64::from(tenth) / 10.0;
            assert_eq!(check_score(v), Ok(v), "{v}");
        }
    }

    #[test]
    fn no_border_far_from_the_midlines() {
        assert_eq!(pos(2.0, 8.0).border(), None);
        assert_eq!(pos(3.9, 6.1).border(), None);
    }

    #[test]
    fn border_on_one_axis_names_both_quadrants() {
        let p = pos(4.0, 2.0);
        let b = p.border().unwrap();
        assert!(b.near_sociaal && !b.near_creativiteit && !b.is_middle());
        assert_eq!(b.neighbours, vec![Quadrant::HumanVeneer]);
        assert_eq!(
            b.note(),
            "Je werk ligt op de grens tussen Vaste stappen (Danger zone) en Regels en \
             mensen (Human veneer)."
        );
        assert_eq!(b.flag(), "ja [human-veneer]");
        assert_eq!(
            p.nearby_quadrants(),
            vec![Quadrant::DangerZone, Quadrant::HumanVeneer]
        );
        assert_eq!(p.result_label(), "Vaste stappen (Danger zone)");

        assert_eq!(
            pos(8.0, 5.5).border().unwrap().neighbours,
            vec![Quadrant::HumanVeneer]
        );
        assert_eq!(
            pos(1.0, 6.0).border().unwrap().neighbours,
            vec![Quadrant::DangerZone]
        );
        assert_eq!(
            pos(6.0, 9.0).border().unwrap().neighbours,
            vec![Quadrant::SlowCreep]
        );
    }

    #[test]
    fn near_both_midlines_is_the_middle_never_a_plain_quadrant() {
        // "Soms" to everything gave exactly 5.0 / 5.0 and said "Safe zone".
        for (x, y) in [(5.0, 5.0), (5.5, 4.5), (4.0, 6.0), (6.0, 4.0)] {
            let p = pos(x, y);
            assert!(p.is_middle(), "{x} {y}");
            let label = p.result_label().to_lowercase();
            assert!(label.contains("in het midden"), "{x} {y}: {label}");
            assert_eq!(p.nearby_quadrants().len(), 4, "{x} {y}");
        }
        let p = pos(5.5, 4.5);
        let b = p.border().unwrap();
        assert_eq!(
            b.neighbours,
            vec![
                Quadrant::DangerZone,
                Quadrant::SafeZone,
                Quadrant::SlowCreep
            ]
        );
        assert_eq!(
            b.note(),
            "Je werk ligt in het midden, dicht bij alle vier de kwadranten. Het \
             dichtst bij ligt Regels en mensen (Human veneer). Vlak daarnaast liggen Vaste \
             stappen (Danger zone) en Oordeel en mensen (Safe zone), en iets verder Eigen \
             oordeel (Slow creep)."
        );
        assert_eq!(b.flag(), "midden [danger-zone safe-zone slow-creep]");
        assert_eq!(
            p.result_label(),
            "In het midden, het dichtst bij Regels en mensen (Human veneer)"
        );
        assert!(!pos(6.1, 5.0).is_middle());
    }

    #[test]
    fn exactly_on_both_lines_no_quadrant_is_named_nearest() {
        let p = pos(5.0, 5.0);
        assert_eq!(p.result_label(), "Precies in het midden");
        assert_eq!(
            p.border().unwrap().note(),
            "Je werk ligt precies in het midden: alle vier de kwadranten zijn even dichtbij."
        );
        // On one line only, the point still falls in a quadrant.
        assert!(
            pos(5.0, 4.6)
                .result_label()
                .starts_with("In het midden, het dichtst bij")
        );
    }

    #[test]
    fn quadrant_ids_round_trip() {
        for q in Quadrant::ALL {
            assert_eq!(Quadrant::from_id(q.id()), Some(*q));
        }
        assert_eq!(Quadrant::from_id("safe"), None);
    }

    #[test]
    fn rounding_keeps_one_decimal_within_range() {
        assert_eq!(round_score(4.166_666), 4.2);
        assert_eq!(round_score(10.04), 10.0);
        assert_eq!(round_score(-0.01), 0.0);
    }
}
