//! The groeiplan (plan file formaat 1) as plain data, and the checks that do
//! not depend on how it was written down: ranges, required fields of a plan
//! that is `klaar`, and the questionnaire answers.

use std::fmt;

use toml::value::Datetime;

use super::keyword::{Keyword, keyword_enum};
use super::position::{Position, Quadrant, check_score};

mod history;
mod labels;
mod lengths;
mod taken;
mod verslag;
pub use history::{Moment, date_of};
pub use lengths::{MAX_TEXT, neutralise, thousands, unsafe_char};
pub use taken::{EIGEN, Kleur, MAX_TAKEN, MIN_TAKEN, Taak, Week, total};
#[cfg(test)]
pub(crate) use verslag::example as verslag_example;
pub use verslag::{
    Afspraak, KostenDoor, MAX_KOSTEN, MAX_UREN_PER_MAAND, MAX_VERLOF_UREN, MAX_VERSLAG_TEXT,
    Verslag, Wie,
};

/// The plan file format this version writes. It reads every earlier one too.
///
/// 1: the first format. 2: `[positie]` keeps each method's own result
/// (`schuifjes`, and `bijgesteld_van` for a point moved by hand).
/// 3: `[herkomst] afgesplitst_van` for a version saved under a new name
/// because someone else changed the plan meanwhile.
/// 4: `[[taken]]` and `methode = "taken"` (Jouw taken).
/// 5: `[[geschiedenis]]`, where the work stood on each earlier date, and
/// `[herkomst] catalogus`.
/// 6: `[[verslag]]`, what was agreed in a conversation, and
/// `[[acties]] streefdatum`.
pub const FORMAAT: i64 = 6;

/// The highest digital skill level of Tabel 3.10.
pub const MAX_DIGITAAL: u8 = 4;

/// The questionnaire versions a plan may name in `[positie] vragenlijst`:
/// 1 up to the one asked now (the catalog's tests check they agree).
pub const QUESTIONNAIRE_VERSIONS: i64 = 4;

/// A problem with one field of a plan, for the person who wrote it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Dotted path of the field, such as `positie.sociaal` or `acties[2].vorm`.
    pub field: String,
    /// What is wrong and what is allowed, in Dutch.
    pub message: String,
    /// The line of the file it is on, where the reader found it.
    pub line: Option<usize>,
}

impl Problem {
    /// A problem with `field`.
    pub fn new(field: impl Into<String>, message: impl Into<String>) -> Self {
        Problem {
            field: field.into(),
            message: message.into(),
            line: None,
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.line {
            Some(line) => write!(f, "veld {} (regel {line}): {}", self.field, self.message),
            None => write!(f, "veld {}: {}", self.field, self.message),
        }
    }
}

/// Whether the plan is still being made.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Status {
    /// Saved part-way; only `formaat` and `status` are required.
    #[default]
    Concept,
    /// Finished: also needs functie, the whole positie and richting.keuze.
    Klaar,
}
keyword_enum!(Status { Concept => "concept", Klaar => "klaar" });

/// Mostly cognitive or mostly physical work (Tabel 3.2 or 3.3).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SoortWerk {
    /// Mostly thinking work.
    Cognitief,
    /// Mostly physical work; the y axis reads "vaardigheid en handigheid".
    Fysiek,
}
keyword_enum!(SoortWerk { Cognitief => "cognitief", Fysiek => "fysiek" });

/// How the scores were found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Methode {
    /// By the questionnaire.
    Vragenlijst,
    /// By two sliders.
    Direct,
    /// By the person's main tasks (`[[taken]]`). Formaat 4.
    Taken,
}
keyword_enum!(Methode { Vragenlijst => "vragenlijst", Direct => "direct", Taken => "taken" });

/// Grow within the job, move to another job, or not decided.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keuze {
    /// Grow within your own job.
    Upskilling,
    /// Move to another job.
    Reskilling,
    /// Not decided yet.
    NogOpen,
}
keyword_enum!(Keuze {
    Upskilling => "upskilling",
    Reskilling => "reskilling",
    NogOpen => "nog-open",
});

/// The job tools of Tabel 3.14 ("baangereedschap").
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Baangereedschap {
    /// Bring new tasks into your work.
    JobInnovation,
    /// Divide your time differently over your tasks.
    JobCrafting,
    /// Hand over tasks.
    JobCarving,
    /// Divide the tasks differently together as a team.
    TeamCrafting,
    /// Combine tasks from different jobs.
    JobSlashing,
}
keyword_enum!(Baangereedschap {
    JobInnovation => "job-innovation",
    JobCrafting => "job-crafting",
    JobCarving => "job-carving",
    TeamCrafting => "team-crafting",
    JobSlashing => "job-slashing",
});

/// The row of Tabel 3.11.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Termijn {
    /// "Skills nu nodig".
    Nu,
    /// "Skills nodig over twee jaar".
    OverTweeJaar,
}
keyword_enum!(Termijn { Nu => "nu", OverTweeJaar => "over-twee-jaar" });

/// The column of Tabel 3.11.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Soort {
    /// "Vakinhoudelijk".
    Vakinhoudelijk,
    /// "Soft skills (omgang met mensen)": Tabel 3.11 says "non-cognitief".
    SoftSkills,
    /// "Technische of digitale skills".
    Digitaal,
}
keyword_enum!(Soort {
    Vakinhoudelijk => "vakinhoudelijk",
    SoftSkills => "soft-skills",
    Digitaal => "digitaal",
});

/// Formal learning (course, training) or informal (project, mentor, reading).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Vorm {
    /// Course or training.
    Formeel,
    /// Project, mentoring, learning on the job, reading.
    Informeel,
}
keyword_enum!(Vorm { Formeel => "formeel", Informeel => "informeel" });

/// Who the plan belongs to (`[medewerker]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Medewerker {
    /// Name; optional.
    pub naam: Option<String>,
    /// Job title; required when the plan is klaar.
    pub functie: Option<String>,
    /// Department; optional.
    pub afdeling: Option<String>,
    /// Municipality; optional.
    pub gemeente: Option<String>,
}

/// Where the work stands (`[positie]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Positie {
    /// Cognitive or physical work.
    pub soort_werk: Option<SoortWerk>,
    /// Questionnaire or direct sliders.
    pub methode: Option<Methode>,
    /// x score, 0.0..=10.0.
    pub sociaal: Option<f64>,
    /// y score, 0.0..=10.0.
    pub creativiteit: Option<f64>,
    /// Questionnaire answers in file order: item id and 1..=5. Kept while
    /// the sliders are used, for when the person switches back.
    pub antwoorden: Vec<(String, i64)>,
    /// The sliders' result, kept while the questionnaire is the method
    /// (`[positie.schuifjes]`). With `methode = "direct"` the scores above are
    /// the sliders, and this is empty.
    pub schuifjes: Option<Scores>,
    /// The questionnaire's result the point was moved from by hand
    /// (`[positie.bijgesteld_van]`); only with `methode = "vragenlijst"`.
    pub bijgesteld_van: Option<Scores>,
    /// The version of the questionnaire the answers belong to; absent means
    /// version 1 (every plan of formaat 1).
    pub vragenlijst: Option<i64>,
}

/// Two scores kept beside the position, such as the sliders' result.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Scores {
    /// x score, 0.0..=10.0.
    pub sociaal: f64,
    /// y score, 0.0..=10.0.
    pub creativiteit: f64,
}

impl Scores {
    /// The scores of a point.
    pub fn of(position: Position) -> Self {
        Scores {
            sociaal: position.sociaal,
            creativiteit: position.creativiteit,
        }
    }

    /// The point, when both scores are valid.
    pub fn position(self) -> Option<Position> {
        Position::new(self.sociaal, self.creativiteit).ok()
    }
}

impl Positie {
    /// Makes `point` the position (or clears it).
    pub fn set_point(&mut self, point: Option<Position>) {
        self.sociaal = point.map(|p| p.sociaal);
        self.creativiteit = point.map(|p| p.creativiteit);
    }

    /// The point, when both scores are present and valid.
    pub fn position(&self) -> Option<Position> {
        Position::new(self.sociaal?, self.creativiteit?).ok()
    }

    /// The method's result is now `found`: the point follows it; a point
    /// moved by hand stays, now moved from the new result (unless it is that
    /// result); without a result there is no point. The one rule for every
    /// way a result changes (an answer, the kind of work, the tasks).
    pub fn follow(&mut self, found: Option<Position>) {
        match (self.bijgesteld_van, found) {
            (Some(_), Some(result)) if self.position() != Some(result) => {
                self.bijgesteld_van = Some(Scores::of(result));
            }
            _ => {
                self.bijgesteld_van = None;
                self.set_point(found);
            }
        }
    }

    /// The quadrant derived from the scores.
    pub fn quadrant(&self) -> Option<Quadrant> {
        self.position().map(|p| p.quadrant())
    }
}

/// The chosen direction (`[richting]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Richting {
    /// Upskilling, reskilling or not decided.
    pub keuze: Option<Keuze>,
    /// Target job; mostly with reskilling.
    pub doelfunctie: Option<String>,
    /// Job tools to discuss, in the order chosen.
    pub baangereedschap: Vec<Baangereedschap>,
    /// Digital skill level now, 0..=4.
    pub digitaal_nu: Option<i64>,
    /// Digital skill level needed in two years, 0..=4.
    pub digitaal_over_twee_jaar: Option<i64>,
    /// What I enjoy.
    pub leuk: Option<String>,
    /// What I am good at.
    pub goed_in: Option<String>,
    /// How I like to learn.
    pub leervorm: Option<String>,
    /// Which attitude helps me keep up (BijBlijven, question 2). Formaat 2.
    pub houding: Option<String>,
    /// How this helps me make choices in my work (BijBlijven, question 3). Formaat 2.
    pub keuzes: Option<String>,
}

/// One action in a cell of Tabel 3.11 (`[[acties]]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Actie {
    /// The row.
    pub termijn: Termijn,
    /// The column.
    pub soort: Soort,
    /// What the employee will do.
    pub tekst: String,
    /// Formal or informal; may be left open in a concept.
    pub vorm: Option<Vorm>,
    /// Done.
    pub klaar: bool,
    /// By when, as agreed with the manager (formaat 6).
    pub streefdatum: Option<Datetime>,
}

/// The conversation with the manager (`[gesprek]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Gesprek {
    /// The manager's name.
    pub leidinggevende: Option<String>,
    /// Date of the conversation (a TOML local date).
    pub datum: Option<Datetime>,
    /// What I need from my manager.
    pub nodig_van_leidinggevende: Option<String>,
}

/// Where a plan came from (`[herkomst]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Herkomst {
    /// The file name of the plan this version split from: it was saved under
    /// a new name because someone else had changed that file meanwhile.
    pub afgesplitst_van: Option<String>,
    /// The gemeente's own catalog the plan was last saved with
    /// (`--catalogus`); absent for the built-in one. Formaat 5.
    pub catalogus: Option<String>,
}

/// A whole groeiplan. `formaat` is always [`FORMAAT`]; the quadrant is
/// derived from the scores and so not stored.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Plan {
    /// Concept or klaar.
    pub status: Status,
    /// When the plan was first saved.
    pub aangemaakt: Option<Datetime>,
    /// When the plan was last saved.
    pub gewijzigd: Option<Datetime>,
    /// Where the plan came from.
    pub herkomst: Herkomst,
    /// Who.
    pub medewerker: Medewerker,
    /// Where the work stands.
    pub positie: Positie,
    /// Which way to grow.
    pub richting: Richting,
    /// The Tabel 3.11 cells.
    pub acties: Vec<Actie>,
    /// The main tasks, now and in two years (Jouw taken).
    pub taken: Vec<Taak>,
    /// The conversation with the manager.
    pub gesprek: Gesprek,
    /// Where the work stood on each date the plan was saved, oldest first.
    pub geschiedenis: Vec<Moment>,
    /// What was agreed in each conversation with the manager, oldest first.
    pub verslagen: Vec<Verslag>,
}

impl Plan {
    /// The actions in one cell of Tabel 3.11, in plan order.
    pub fn cell(&self, termijn: Termijn, soort: Soort) -> impl Iterator<Item = &Actie> {
        self.acties
            .iter()
            .filter(move |a| a.termijn == termijn && a.soort == soort)
    }

    /// Every problem with values of the right type but the wrong content.
    ///
    /// `question_ids` are the questionnaire items an answer may name, in the
    /// order the message lists them (the catalog's `Catalog::question_ids`).
    pub fn validate(&self, question_ids: &[&str]) -> Vec<Problem> {
        let mut problems = Vec::new();
        self.check_positie(question_ids, &mut problems);
        self.check_richting(&mut problems);
        self.check_texts(&mut problems);
        self.check_taken(&mut problems);
        self.check_history(&mut problems);
        self.check_verslagen(&mut problems);
        for (i, actie) in self.acties.iter().enumerate() {
            if actie.tekst.trim().is_empty() {
                problems.push(Problem::new(
                    format!("acties[{}].tekst", i + 1),
                    "mag niet leeg zijn: schrijf op wat je gaat doen",
                ));
            }
        }
        if self.status == Status::Klaar {
            self.check_klaar(&mut problems);
        }
        problems
    }

    fn check_positie(&self, question_ids: &[&str], problems: &mut Vec<Problem>) {
        let p = &self.positie;
        for (name, score) in [("sociaal", p.sociaal), ("creativiteit", p.creativiteit)] {
            if let Some(Err(e)) = score.map(check_score) {
                problems.push(Problem::new(format!("positie.{name}"), e.to_string()));
            }
        }
        for (name, kept) in [
            ("schuifjes", p.schuifjes),
            ("bijgesteld_van", p.bijgesteld_van),
        ] {
            let Some(kept) = kept else { continue };
            for (axis, score) in [
                ("sociaal", kept.sociaal),
                ("creativiteit", kept.creativiteit),
            ] {
                if let Err(e) = check_score(score) {
                    problems.push(Problem::new(
                        format!("positie.{name}.{axis}"),
                        e.to_string(),
                    ));
                }
            }
            if !matches!(p.methode, Some(Methode::Vragenlijst | Methode::Taken)) {
                problems.push(Problem::new(
                    format!("positie.{name}"),
                    "hoort alleen bij methode = \"vragenlijst\" of \"taken\"",
                ));
            }
        }
        if p.bijgesteld_van.is_some() && p.position().is_none() {
            problems.push(Problem::new(
                "positie.bijgesteld_van",
                "hoort bij een plek: sociaal en creativiteit ontbreken",
            ));
        }
        if let Some(version) = p.vragenlijst
            && !(1..=QUESTIONNAIRE_VERSIONS).contains(&version)
        {
            problems.push(Problem::new(
                "positie.vragenlijst",
                format!(
                    "moet 1 tot en met {QUESTIONNAIRE_VERSIONS} zijn (de versie van de vragenlijst), maar is {version}"
                ),
            ));
        }
        if !p.antwoorden.is_empty() && p.methode.is_none() {
            problems.push(Problem::new(
                "positie.antwoorden",
                "hoort bij een methode: \"vragenlijst\", \"direct\" of \"taken\"",
            ));
        }
        for (id, answer) in &p.antwoorden {
            let field = format!("positie.antwoorden.{id}");
            if !question_ids.contains(&id.as_str()) {
                problems.push(Problem::new(
                    field,
                    format!(
                        "onbekende vraag; bestaande vragen zijn {}",
                        question_ids.join(", ")
                    ),
                ));
            } else if !(1..=5).contains(answer) {
                problems.push(Problem::new(
                    field,
                    format!("moet een antwoord van 1 tot en met 5 zijn, maar is {answer}"),
                ));
            }
        }
    }

    fn check_richting(&self, problems: &mut Vec<Problem>) {
        let r = &self.richting;
        for (name, level) in [
            ("digitaal_nu", r.digitaal_nu),
            ("digitaal_over_twee_jaar", r.digitaal_over_twee_jaar),
        ] {
            if let Some(level) = level
                && !(0..=i64::from(MAX_DIGITAAL)).contains(&level)
            {
                problems.push(Problem::new(
                    format!("richting.{name}"),
                    format!(
                        "moet een niveau van 0 tot en met 4 zijn (Tabel 3.10), maar is {level}"
                    ),
                ));
            }
        }
        for (i, tool) in r.baangereedschap.iter().enumerate() {
            if r.baangereedschap[..i].contains(tool) {
                problems.push(Problem::new(
                    "richting.baangereedschap",
                    format!("\"{}\" staat er twee keer in", tool.id()),
                ));
            }
        }
    }

    fn check_klaar(&self, problems: &mut Vec<Problem>) {
        const WHY: &str = "is nodig als status = \"klaar\"";
        let missing = |text: &Option<String>| text.as_deref().is_none_or(|t| t.trim().is_empty());
        if missing(&self.medewerker.functie) {
            problems.push(Problem::new("medewerker.functie", WHY));
        }
        let p = &self.positie;
        if p.soort_werk.is_none() {
            problems.push(Problem::new("positie.soort_werk", WHY));
        }
        if p.methode.is_none() {
            problems.push(Problem::new("positie.methode", WHY));
        }
        if p.sociaal.is_none() {
            problems.push(Problem::new("positie.sociaal", WHY));
        }
        if p.creativiteit.is_none() {
            problems.push(Problem::new("positie.creativiteit", WHY));
        }
        if self.richting.keuze.is_none() {
            problems.push(Problem::new("richting.keuze", WHY));
        }
    }
}

#[cfg(test)]
mod tests;
