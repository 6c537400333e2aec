//! Scoring the questionnaire: each answer is 1..=5; a reverse-keyed item
//! counts as 6 - answer. Axis score = (weighted mean - 1) / 4 x 10, over the
//! answered statements that are asked of this kind of work. Answers of the
//! earlier questionnaires (versions 1 to 3) are scored with that version's
//! statements, so old plans keep their meaning.

use super::catalog::{Catalog, Question};
use super::plan::SoortWerk;
use super::position::{Axis, Position, round_score};

/// The lowest answer.
pub const MIN_ANSWER: i64 = 1;
/// The highest answer.
pub const MAX_ANSWER: i64 = 5;

/// How much one answer pushes its axis, for "Waarom hier?".
#[derive(Debug, Clone)]
pub struct Contribution<'a> {
    /// The statement.
    pub question: &'a Question,
    /// The answer given, 1..=5.
    pub answer: i64,
    /// The answer after reverse keying, 1..=5: 5 pushes towards 10.
    pub keyed: i64,
}

impl Contribution<'_> {
    /// Pull on the axis: -2 (towards 0) ..= +2 (towards 10).
    pub fn pull(&self) -> i64 {
        self.keyed - 3
    }
}

/// The answer as it counts for the axis.
pub fn keyed_answer(question: &Question, answer: i64) -> i64 {
    if question.omgekeerd {
        MAX_ANSWER + MIN_ANSWER - answer
    } else {
        answer
    }
}

/// The keyed contributions of the valid answers on one axis, in catalog
/// order, for statements asked of this kind of work.
pub fn contributions<'a>(
    catalog: &'a Catalog,
    answers: &[(String, i64)],
    axis: Axis,
    soort: Option<SoortWerk>,
) -> Vec<Contribution<'a>> {
    catalog
        .all_questions()
        .filter(|q| q.axis() == axis && q.fits(soort))
        .filter_map(|question| {
            let answer = answers.iter().find(|(id, _)| *id == question.id)?.1;
            (MIN_ANSWER..=MAX_ANSWER)
                .contains(&answer)
                .then(|| Contribution {
                    question,
                    answer,
                    keyed: keyed_answer(question, answer),
                })
        })
        .collect()
}

/// The questionnaire's point: both axis scores, or `None` while an axis
/// still needs answers.
pub fn result(
    catalog: &Catalog,
    answers: &[(String, i64)],
    soort: Option<SoortWerk>,
) -> Option<Position> {
    Position::new(
        axis_score(catalog, answers, Axis::Sociaal, soort)?,
        axis_score(catalog, answers, Axis::Creativiteit, soort)?,
    )
    .ok()
}

/// The axis score from the answers given so far, rounded to one decimal;
/// `None` until at least [`Catalog::minimum_per_axis`] items of this axis
/// have a valid answer.
pub fn axis_score(
    catalog: &Catalog,
    answers: &[(String, i64)],
    axis: Axis,
    soort: Option<SoortWerk>,
) -> Option<f64> {
    let parts = contributions(catalog, answers, axis, soort);
    if parts.is_empty() || parts.len() < catalog.minimum_per_axis {
        return None;
    }
    let weight: f64 = parts.iter().map(|c| c.question.gewicht).sum();
    let sum: f64 = parts
        .iter()
        .map(|c| c.keyed as f64 * c.question.gewicht)
        .sum();
    let mean = sum / weight;
    Some(round_score((mean - 1.0) / 4.0 * 10.0))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(pairs: &[(&str, i64)]) -> Vec<(String, i64)> {
        pairs.iter().map(|(id, a)| (id.to_string(), *a)).collect()
    }

    fn all(axis_prefix: &str, answer: i64) -> Vec<(String, i64)> {
        (1..=6)
            .map(|i| (format!("{axis_prefix}{i}"), answer))
            .collect()
    }

    #[test]
    fn no_answers_no_score() {
        let c = Catalog::active();
        assert_eq!(axis_score(c, &[], Axis::Sociaal, None), None);
        assert_eq!(
            axis_score(c, &answers(&[("c1", 3)]), Axis::Sociaal, None),
            None
        );
    }

    #[test]
    fn formula_is_mean_minus_one_over_four_times_ten() {
        let c = Catalog::active();
        // s1..s5 are plain, s6 is reverse-keyed.
        let a = answers(&[
            ("s1", 5),
            ("s2", 5),
            ("s3", 5),
            ("s4", 5),
            ("s5", 5),
            ("s6", 1),
        ]);
        assert_eq!(axis_score(c, &a, Axis::Sociaal, None), Some(10.0));
        let a = answers(&[
            ("s1", 1),
            ("s2", 1),
            ("s3", 1),
            ("s4", 1),
            ("s5", 1),
            ("s6", 5),
        ]);
        assert_eq!(axis_score(c, &a, Axis::Sociaal, None), Some(0.0));
        // All "Soms": the middle, whatever the keying.
        assert_eq!(axis_score(c, &all("s", 3), Axis::Sociaal, None), Some(5.0));
        // keyed 4,4,4,4,4 and 6-2=4 -> mean 4 -> 7.5
        let a = answers(&[
            ("s1", 4),
            ("s2", 4),
            ("s3", 4),
            ("s4", 4),
            ("s5", 4),
            ("s6", 2),
        ]);
        assert_eq!(axis_score(c, &a, Axis::Sociaal, None), Some(7.5));
    }

    #[test]
    fn reverse_keyed_items_pull_down() {
        let c = Catalog::active();
        // c4, c5, c6 are reverse-keyed: doing the same every day lowers creativity.
        let routine = answers(&[
            ("c1", 1),
            ("c2", 1),
            ("c3", 2),
            ("c4", 5),
            ("c5", 5),
            ("c6", 5),
        ]);
        // keyed: 1,1,2,1,1,1 -> mean 7/6 -> (1/6)/4*10 = 0.4166 -> 0.4
        assert_eq!(axis_score(c, &routine, Axis::Creativiteit, None), Some(0.4));
        let parts = contributions(c, &routine, Axis::Creativiteit, None);
        assert_eq!(parts.len(), 6);
        assert_eq!(parts[3].question.id, "c4");
        assert_eq!(
            (parts[3].answer, parts[3].keyed, parts[3].pull()),
            (5, 1, -2)
        );
    }

    #[test]
    fn an_axis_has_a_score_once_enough_of_its_items_are_answered() {
        let c = Catalog::active();
        assert_eq!(c.minimum_per_axis, 4, "as data/vragenlijst.toml says");
        let three = answers(&[("c1", 5), ("c2", 3), ("c3", 5)]);
        assert_eq!(axis_score(c, &three, Axis::Creativiteit, None), None);
        let four = answers(&[("c1", 5), ("c2", 3), ("c3", 5), ("c4", 3)]);
        // keyed 5, 3, 5, 3 -> mean 4 -> 7.5, over the four answered.
        assert_eq!(axis_score(c, &four, Axis::Creativiteit, None), Some(7.5));
        assert_eq!(
            result(c, &four, None),
            None,
            "the other axis has no answers yet"
        );
    }

    #[test]
    fn out_of_range_answers_are_ignored() {
        let c = Catalog::active();
        let a = answers(&[("c1", 9), ("c2", 3), ("c3", 3), ("c4", 3), ("c5", 3)]);
        assert_eq!(axis_score(c, &a, Axis::Creativiteit, None), Some(5.0));
        let a = answers(&[("c1", 9), ("c2", 3), ("c3", 3), ("c4", 3)]);
        assert_eq!(
            axis_score(c, &a, Axis::Creativiteit, None),
            None,
            "9 is no answer"
        );
    }
}
