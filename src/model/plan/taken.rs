//! The person's main tasks (`[[taken]]`, formaat 4): each with its share of
//! the week now and in two years, the core mark, the post-it colour and its
//! place on the two axes. The point they give is found in
//! [`crate::model::tasks`]; this file holds the data and its checks.

use super::{Methode, Plan, Problem, Status};
use crate::model::keyword::keyword_enum;
use crate::model::position::check_score;

/// The most tasks a plan holds: up to 8 main tasks now, and new ones.
pub const MAX_TAKEN: usize = 9;
/// The fewest tasks with a share now that give a point.
pub const MIN_TAKEN: usize = 3;

/// The colour of the post-it (Burgerzaken Amstelveen/Aalsmeer).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Kleur {
    /// Shrinks or disappears.
    Rood,
    /// Grows or is new.
    Groen,
    /// Stays about the same.
    #[default]
    Geen,
}
keyword_enum!(Kleur { Rood => "rood", Groen => "groen", Geen => "geen" });

impl Kleur {
    /// The sign and word shown beside the colour, so that colour is never
    /// the only way to tell red from green.
    pub fn sign(self) -> &'static str {
        match self {
            Kleur::Rood => "− minder",
            Kleur::Groen => "+ meer",
            Kleur::Geen => "",
        }
    }
}

/// One main task (`[[taken]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Taak {
    /// What the task is, in the person's words or the catalog's.
    pub tekst: String,
    /// Share of the working week now, 0..=100; 0 for a new task.
    pub procent_nu: i64,
    /// Share of the working week in two years, 0..=100; 0 for a task handed over.
    pub procent_straks: i64,
    /// The work cannot do without it.
    pub kern: bool,
    /// Red, green or neither.
    pub kleur: Kleur,
    /// Place on the x axis, 0.0..=10.0.
    pub sociaal: f64,
    /// Place on the y axis, 0.0..=10.0.
    pub creativiteit: f64,
    /// The task catalog's id, or "eigen" for a task the person wrote.
    pub bron: String,
}

/// The `bron` of a task the person wrote.
pub const EIGEN: &str = "eigen";

/// Which week a share belongs to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Week {
    /// The week as it is.
    Nu,
    /// The week in two years.
    Straks,
}

impl Week {
    /// The field name in the file.
    pub fn field(self) -> &'static str {
        match self {
            Week::Nu => "procent_nu",
            Week::Straks => "procent_straks",
        }
    }
}

impl Taak {
    /// The share of the week `week`.
    pub fn share(&self, week: Week) -> i64 {
        match week {
            Week::Nu => self.procent_nu,
            Week::Straks => self.procent_straks,
        }
    }

    /// The share of the week `week`, to change it.
    pub fn share_mut(&mut self, week: Week) -> &mut i64 {
        match week {
            Week::Nu => &mut self.procent_nu,
            Week::Straks => &mut self.procent_straks,
        }
    }
}

/// The sum of the shares of `week`.
pub fn total(taken: &[Taak], week: Week) -> i64 {
    taken.iter().map(|t| t.share(week)).sum()
}

impl Plan {
    /// Ranges of every task; in a plan that is klaar, shares that add up.
    pub(super) fn check_taken(&self, problems: &mut Vec<Problem>) {
        if self.taken.len() > MAX_TAKEN {
            problems.push(Problem::new(
                "taken",
                format!(
                    "heeft {} taken; een plan heeft er hoogstens {MAX_TAKEN}",
                    self.taken.len()
                ),
            ));
        }
        let now = self.taken.iter().filter(|t| t.procent_nu > 0).count();
        if self.positie.methode == Some(Methode::Taken) && now < MIN_TAKEN {
            problems.push(Problem::new(
                "positie.methode",
                format!(
                    "\"taken\" hoort bij minstens {MIN_TAKEN} [[taken]] met een deel van de week \
                     nu, maar er zijn er {now}"
                ),
            ));
        }
        for (i, taak) in self.taken.iter().enumerate() {
            let path = format!("taken[{}]", i + 1);
            if taak.tekst.trim().is_empty() {
                problems.push(Problem::new(
                    format!("{path}.tekst"),
                    "mag niet leeg zijn: schrijf op wat de taak is",
                ));
            }
            for week in [Week::Nu, Week::Straks] {
                let share = taak.share(week);
                if !(0..=100).contains(&share) {
                    problems.push(Problem::new(
                        format!("{path}.{}", week.field()),
                        format!("moet een percentage van 0 tot en met 100 zijn, maar is {share}"),
                    ));
                }
            }
            for (axis, score) in [
                ("sociaal", taak.sociaal),
                ("creativiteit", taak.creativiteit),
            ] {
                if let Err(e) = check_score(score) {
                    problems.push(Problem::new(format!("{path}.{axis}"), e.to_string()));
                }
            }
        }
        if self.status == Status::Klaar && !self.taken.is_empty() {
            for week in [Week::Nu, Week::Straks] {
                let sum = total(&self.taken, week);
                if sum != 100 {
                    let when = match week {
                        Week::Nu => "nu",
                        Week::Straks => "over twee jaar",
                    };
                    problems.push(Problem::new(
                        format!("taken.{}", week.field()),
                        format!(
                            "de delen van de week {when} tellen op tot {sum} %, niet tot 100 %; \
                             dat moet kloppen als status = \"klaar\""
                        ),
                    ));
                }
            }
        }
    }
}
