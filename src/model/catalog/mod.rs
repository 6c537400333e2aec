//! The reference catalogs in `data/`: quadrant texts, reference jobs, the
//! questionnaire, plan suggestions, digital skill levels and departments.
//! They are embedded in the binary, so kwadrant runs from any folder.

use std::sync::LazyLock;

use serde::Deserialize;

use super::keyword::Keyword;
use super::plan::{Soort, SoortWerk, Termijn, Vorm};
use super::position::{Axis, Position, Quadrant};

pub mod local;
pub mod tasks;

/// What a quadrant means, in plain Dutch (`data/kwadranten.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuadrantText {
    /// Quadrant id, such as `danger-zone`.
    pub id: String,
    /// The seed's name.
    pub naam: String,
    /// A short Dutch subtitle.
    pub ondertitel: String,
    /// What a position here means, for mostly cognitive work.
    pub betekenis: String,
    /// What a position here means for mostly physical work (skill and dexterity).
    pub betekenis_fysiek: String,
    /// The direction of change (Tabel 3.5).
    pub verandering: String,
    /// A beckoning perspective: where the work can grow.
    pub perspectief: String,
    /// Source reference.
    pub bron: String,
}

impl QuadrantText {
    /// What a position here means for this kind of work.
    pub fn meaning(&self, soort: Option<SoortWerk>) -> &str {
        match soort {
            Some(SoortWerk::Fysiek) => &self.betekenis_fysiek,
            _ => &self.betekenis,
        }
    }
}

/// Which seed table a reference job comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JobTable {
    /// Tabel 3.4: municipal jobs.
    Gemeente,
    /// Tabel 3.2: general jobs with cognitive work.
    Cognitief,
    /// Tabel 3.3: general jobs with physical work.
    Fysiek,
}

impl JobTable {
    /// The seed reference, such as "Tabel 3.4".
    pub fn bron(self) -> &'static str {
        match self {
            JobTable::Gemeente => "Tabel 3.4",
            JobTable::Cognitief => "Tabel 3.2",
            JobTable::Fysiek => "Tabel 3.3",
        }
    }

    /// A short Dutch description of the table.
    pub fn label(self) -> &'static str {
        match self {
            JobTable::Gemeente => "functies bij gemeenten",
            JobTable::Cognitief => "beroepen met denkwerk",
            JobTable::Fysiek => "beroepen met fysiek werk",
        }
    }
}

/// A job placed on the grid (`data/functies.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReferenceJob {
    /// Full name.
    pub naam: String,
    /// A short label for the chart; defaults to the name.
    #[serde(default)]
    pub kort: Option<String>,
    /// Other names people type for this job, such as the table's own name.
    #[serde(default)]
    pub ook: Vec<String>,
    /// The quadrant the seed table places it in.
    pub kwadrant: String,
    /// x coordinate.
    pub sociaal: f64,
    /// y coordinate.
    pub creativiteit: f64,
    /// Source table, such as "Tabel 3.4".
    pub bron: String,
    /// The list it is shown in ("gemeente", "cognitief", "fysiek"), for a
    /// gemeente's own job; the built-in ones are listed by their `bron`.
    #[serde(default)]
    pub lijst: Option<String>,
}

impl ReferenceJob {
    /// The point on the grid.
    pub fn position(&self) -> Position {
        Position {
            sociaal: self.sociaal,
            creativiteit: self.creativiteit,
        }
    }

    /// The label to draw next to the marker.
    pub fn short_name(&self) -> &str {
        self.kort.as_deref().unwrap_or(&self.naam)
    }

    /// The table the job comes from.
    pub fn table(&self) -> Option<JobTable> {
        let tables = [JobTable::Gemeente, JobTable::Cognitief, JobTable::Fysiek];
        match self.lijst.as_deref() {
            Some("gemeente") => Some(JobTable::Gemeente),
            Some("cognitief") => Some(JobTable::Cognitief),
            Some("fysiek") => Some(JobTable::Fysiek),
            _ => tables.into_iter().find(|t| t.bron() == self.bron),
        }
    }
}

/// One answer on the 5-point frequency scale.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AnswerOption {
    /// 1..=5.
    pub waarde: i64,
    /// "Nooit" ... "(Bijna) altijd".
    pub tekst: String,
}

/// A questionnaire statement (`data/vragenlijst.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable id saved in the plan, such as `s1`.
    pub id: String,
    /// `sociaal` or `creativiteit`.
    #[serde(rename = "as")]
    pub axis_id: String,
    /// The statement, B1 Dutch.
    pub tekst: String,
    /// A few words naming the task, for "Waarom hier?".
    pub kort: String,
    /// Reverse-keyed: a high answer means a low score.
    #[serde(default)]
    pub omgekeerd: bool,
    /// Example municipal tasks.
    #[serde(default)]
    pub voorbeelden: Vec<String>,
    /// O*NET descriptor code, such as 4.A.2.b.2.
    pub onet: String,
    /// O*NET descriptor name.
    pub onet_naam: String,
    /// Why this statement measures its axis (version 2 on).
    #[serde(default)]
    pub waarom: String,
    /// Only for this kind of work (`cognitief` or `fysiek`); both when absent.
    #[serde(default)]
    pub soort: Option<String>,
    /// How much the statement counts within its axis.
    #[serde(default = "one")]
    pub gewicht: f64,
    /// The answer scale, when it is not the questionnaire's own one.
    #[serde(default)]
    pub schaal: Option<String>,
}

/// A named answer scale of the questionnaire, such as "belang".
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The name statements refer to.
    pub id: String,
    /// The question above the answers.
    pub bij_antwoorden: String,
    /// The answers, 1..=5.
    pub antwoord: Vec<AnswerOption>,
}

fn one() -> f64 {
    1.0
}

impl Question {
    /// Whether a person with this kind of work is asked this statement.
    pub fn fits(&self, soort: Option<SoortWerk>) -> bool {
        match self.soort.as_deref() {
            None => true,
            Some(only) => only == soort.unwrap_or(SoortWerk::Cognitief).id(),
        }
    }

    /// The axis this statement measures.
    pub fn axis(&self) -> Axis {
        if self.axis_id == Axis::Sociaal.id() {
            Axis::Sociaal
        } else {
            Axis::Creativiteit
        }
    }
}

/// A suggested action for a Tabel 3.11 cell (`data/suggesties.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Suggestion {
    /// Quadrant ids this fits; empty means every quadrant.
    #[serde(default)]
    pub kwadranten: Vec<String>,
    /// Row id.
    pub termijn: String,
    /// Column id.
    pub soort: String,
    /// The action.
    pub tekst: String,
    /// `formeel` or `informeel`.
    pub vorm: String,
    /// Source reference.
    pub bron: String,
}

impl Suggestion {
    /// Whether it fits this quadrant.
    pub fn fits(&self, quadrant: Quadrant) -> bool {
        self.kwadranten.is_empty() || self.kwadranten.iter().any(|q| q == quadrant.id())
    }

    /// The form of learning.
    pub fn form(&self) -> Option<Vorm> {
        Vorm::from_id(&self.vorm)
    }
}

/// A digital skill level of Tabel 3.10 (`data/digitaal.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DigitalLevel {
    /// 0..=4.
    pub niveau: i64,
    /// Laag, Basis, Gemiddeld, Gevorderd, Gespecialiseerd.
    pub naam: String,
    /// One line.
    pub omschrijving: String,
    /// "Can do" statements.
    pub kan: Vec<String>,
    /// Source reference.
    pub bron: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuadrantFile {
    kwadrant: Vec<QuadrantText>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct JobFile {
    functie: Vec<ReferenceJob>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct QuestionFile {
    versie: i64,
    minimum_per_as: usize,
    bij_antwoorden: String,
    antwoord: Vec<AnswerOption>,
    #[serde(default)]
    schaal: Vec<Scale>,
    vraag: Vec<Question>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct SuggestionFile {
    suggestie: Vec<Suggestion>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DigitalFile {
    niveau: Vec<DigitalLevel>,
}

/// A question for the conversation with the manager (`data/gespreksvragen.toml`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Prompt {
    /// The question.
    pub tekst: String,
    /// Source reference.
    pub bron: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct PromptFile {
    vraag: Vec<Prompt>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct DepartmentFile {
    #[allow(dead_code)]
    bron: String,
    afdelingen: Vec<String>,
}

/// A questionnaire that is no longer asked, kept so that plans made with it
/// keep their answers, their meaning and their explanation.
#[derive(Debug, Clone)]
pub struct EarlierQuestionnaire {
    /// Its version number, as saved in `[positie] vragenlijst`.
    pub version: i64,
    /// Its statements, with ids no other version uses.
    pub questions: Vec<Question>,
    /// Its question above the answers, and its answers.
    pub answer_question: String,
    /// Its answers, 1..=5.
    pub scale: Vec<AnswerOption>,
    /// Its other answer scales, by name.
    pub scales: Vec<Scale>,
}

impl EarlierQuestionnaire {
    fn from_file(file: QuestionFile) -> EarlierQuestionnaire {
        EarlierQuestionnaire {
            version: file.versie,
            questions: file.vraag,
            answer_question: file.bij_antwoorden,
            scale: file.antwoord,
            scales: file.schaal,
        }
    }
}

/// All reference data.
#[derive(Debug, Clone)]
pub struct Catalog {
    /// The four quadrants.
    pub quadrants: Vec<QuadrantText>,
    /// Reference jobs of Tabel 3.4, 3.2 and 3.3.
    pub jobs: Vec<ReferenceJob>,
    /// The answer scale, 1..=5.
    pub scale: Vec<AnswerOption>,
    /// The questionnaire statements, in the order they are asked.
    pub questions: Vec<Question>,
    /// The version of the questionnaire that is asked now.
    pub questionnaire_version: i64,
    /// The question above the answers, such as "Hoeveel van je werktijd gaat hieraan op?".
    pub answer_question: String,
    /// The earlier questionnaires (versions 1 to 3), oldest first, for plans made with them.
    pub earlier: Vec<EarlierQuestionnaire>,
    /// Other answer scales of the questionnaire, by name.
    pub scales: Vec<Scale>,
    /// How many statements of one axis need an answer before that axis has a score.
    pub minimum_per_axis: usize,
    /// Suggested actions.
    pub suggestions: Vec<Suggestion>,
    /// Tabel 3.10 levels 0..=4.
    pub digital_levels: Vec<DigitalLevel>,
    /// Tabel 3.13 departments.
    pub departments: Vec<String>,
    /// Questions for the conversation with the manager.
    pub prompts: Vec<Prompt>,
}

/// One catalog file of `data/`, by name, as embedded in the binary.
macro_rules! source {
    ($name:literal) => {
        ($name, include_str!(concat!("../../../data/", $name)))
    };
}

/// The raw catalog files, by name, as embedded in the binary.
pub const SOURCES: [(&str, &str); 10] = [
    source!("kwadranten.toml"),
    source!("functies.toml"),
    source!("vragenlijst.toml"),
    source!("vragenlijst-1.toml"),
    source!("vragenlijst-2.toml"),
    source!("vragenlijst-3.toml"),
    source!("suggesties.toml"),
    source!("digitaal.toml"),
    source!("afdelingen.toml"),
    source!("gespreksvragen.toml"),
];

static EMBEDDED: LazyLock<Catalog> = LazyLock::new(|| {
    // The embedded files are checked by the tests below; a broken one is a
    // build mistake, not user input.
    Catalog::parse(SOURCES).expect("the embedded catalogs in data/ are valid")
});

impl Catalog {
    /// The catalogs built into the binary.
    pub fn embedded() -> &'static Catalog {
        &EMBEDDED
    }

    /// The catalog of this run: the built-in one, or, with `--catalogus`,
    /// the gemeente's merged into it ([`local::install`]).
    pub fn active() -> &'static Catalog {
        local::active().unwrap_or_else(Catalog::embedded)
    }

    /// Parses the catalog files, in the order of [`SOURCES`].
    pub fn parse(sources: [(&str, &str); 10]) -> Result<Catalog, String> {
        fn read<T: serde::de::DeserializeOwned>((name, text): (&str, &str)) -> Result<T, String> {
            toml::from_str(text).map_err(|e| format!("{name}: {e}"))
        }
        let [q, j, v, v1, v2, v3, s, d, a, g] = sources;
        let quadrants: QuadrantFile = read(q)?;
        let jobs: JobFile = read(j)?;
        let questions: QuestionFile = read(v)?;
        let earlier = vec![
            EarlierQuestionnaire::from_file(read(v1)?),
            EarlierQuestionnaire::from_file(read(v2)?),
            EarlierQuestionnaire::from_file(read(v3)?),
        ];
        let suggestions: SuggestionFile = read(s)?;
        let digital: DigitalFile = read(d)?;
        let departments: DepartmentFile = read(a)?;
        let prompts: PromptFile = read(g)?;
        Ok(Catalog {
            quadrants: quadrants.kwadrant,
            jobs: jobs.functie,
            scale: questions.antwoord,
            minimum_per_axis: questions.minimum_per_as,
            questions: questions.vraag,
            questionnaire_version: questions.versie,
            answer_question: questions.bij_antwoorden,
            earlier,
            scales: questions.schaal,
            suggestions: suggestions.suggestie,
            digital_levels: digital.niveau,
            departments: departments.afdelingen,
            prompts: prompts.vraag,
        })
    }

    /// The texts for one quadrant.
    pub fn quadrant(&self, quadrant: Quadrant) -> &QuadrantText {
        self.quadrants
            .iter()
            .find(|q| q.id == quadrant.id())
            .unwrap_or(&self.quadrants[0])
    }

    /// The earlier questionnaire with this version, if there is one.
    pub fn earlier_version(&self, version: i64) -> Option<&EarlierQuestionnaire> {
        self.earlier.iter().find(|e| e.version == version)
    }

    /// The ids of the statements of questionnaire `version` (1 when unknown,
    /// as in plans of formaat 1), in order: what
    /// [`Plan::validate`](super::plan::Plan::validate) accepts as answers.
    pub fn question_ids(&self, version: Option<i64>) -> Vec<&str> {
        let version = version.unwrap_or(1);
        let list = if version == self.questionnaire_version {
            &self.questions
        } else {
            match self.earlier_version(version) {
                Some(earlier) => &earlier.questions,
                None => return Vec::new(),
            }
        };
        list.iter().map(|q| q.id.as_str()).collect()
    }

    /// Every statement of every version, the current one first. Ids differ
    /// between versions, so an answer belongs to exactly one statement.
    pub fn all_questions(&self) -> impl Iterator<Item = &Question> {
        self.questions
            .iter()
            .chain(self.earlier.iter().flat_map(|e| &e.questions))
    }

    /// The statement with this id, in the current or an earlier questionnaire.
    pub fn find_question(&self, id: &str) -> Option<&Question> {
        self.all_questions().find(|q| q.id == id)
    }

    /// The question above the answers of `question`, and its answers.
    pub fn scale_of(&self, question: &Question) -> (&str, &[AnswerOption]) {
        let (answer_question, scale, scales) = match self
            .earlier
            .iter()
            .find(|e| e.questions.iter().any(|q| q.id == question.id))
        {
            Some(e) => (&e.answer_question, &e.scale, &e.scales),
            None => (&self.answer_question, &self.scale, &self.scales),
        };
        match question
            .schaal
            .as_deref()
            .and_then(|id| scales.iter().find(|s| s.id == id))
        {
            Some(named) => (&named.bij_antwoorden, &named.antwoord),
            None => (answer_question, scale),
        }
    }

    /// The statements asked now of a person with this kind of work, in order.
    pub fn questions_for(&self, soort: Option<SoortWerk>) -> Vec<&Question> {
        self.questions.iter().filter(|q| q.fits(soort)).collect()
    }

    /// The Tabel 3.10 level with this number.
    pub fn digital_level(&self, level: i64) -> Option<&DigitalLevel> {
        self.digital_levels.iter().find(|l| l.niveau == level)
    }

    /// The reference jobs of one table.
    pub fn jobs_in(&self, table: JobTable) -> impl Iterator<Item = &ReferenceJob> {
        self.jobs.iter().filter(move |j| j.table() == Some(table))
    }

    /// The municipal reference job (Tabel 3.4) that a typed function names:
    /// its full name, its name without the part in brackets, or its chart
    /// label, or another name it is known by (`ook`), ignoring case and
    /// extra spaces.
    pub fn municipal_job(&self, functie: &str) -> Option<&ReferenceJob> {
        let norm = |s: &str| {
            s.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase()
        };
        let typed = norm(functie);
        if typed.is_empty() {
            return None;
        }
        self.jobs_in(JobTable::Gemeente).find(|j| {
            let bare = j.naam.split(" (").next().unwrap_or(&j.naam);
            [j.naam.as_str(), bare, j.short_name()]
                .into_iter()
                .chain(j.ook.iter().map(String::as_str))
                .any(|name| norm(name) == typed)
        })
    }

    /// The `count` jobs of `table` nearest to `position`, nearest first.
    pub fn nearest_jobs(
        &self,
        position: &Position,
        table: JobTable,
        count: usize,
    ) -> Vec<&ReferenceJob> {
        let mut jobs: Vec<&ReferenceJob> = self.jobs_in(table).collect();
        jobs.sort_by(|a, b| {
            position
                .distance(&a.position())
                .total_cmp(&position.distance(&b.position()))
        });
        jobs.truncate(count);
        jobs
    }

    /// The suggestions for one cell that fit `quadrant`.
    pub fn suggestions_for(
        &self,
        quadrant: Quadrant,
        termijn: Termijn,
        soort: Soort,
    ) -> impl Iterator<Item = &Suggestion> {
        self.suggestions
            .iter()
            .filter(move |s| s.fits(quadrant) && s.termijn == termijn.id() && s.soort == soort.id())
    }
}

#[cfg(test)]
mod tests;
