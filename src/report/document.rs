//! The manager's copy as a neutral document: headings, fields, paragraphs,
//! the Tabel 3.11 grid and a list of questions. Markdown and HTML render
//! this one structure, so both always carry the same content.

use crate::model::catalog::Catalog;
use crate::model::keyword::Keyword;
use crate::model::plan::{Actie, Keuze, Methode, Plan, Soort, SoortWerk, Status, Termijn, Vorm};
use crate::report::text::{
    adjusted_note, changes, decimal, dutch_date, earlier_questionnaire, first_picture, lower_first,
};

/// Shown where a field was left empty.
pub const NOT_FILLED: &str = "nog niet ingevuld";

/// One block of a section.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// `label: value`.
    Field(String, String),
    /// A paragraph of running text, with an optional bold lead-in.
    Paragraph(Option<String>, String),
    /// The quadrant chart (HTML draws it; Markdown leaves it out).
    Chart,
    /// Tabel 3.11: rows of (row label, cells of actions).
    Grid(Vec<(String, Vec<Vec<GridAction>>)>),
    /// A numbered list.
    Numbered(Vec<String>),
    /// A plain table: the column headings and the rows.
    Table(Vec<String>, Vec<Vec<String>>),
    /// Lines to sign, one per person (name, signature and date).
    Signatures(Vec<String>),
}

/// An action in a grid cell.
#[derive(Debug, Clone, PartialEq)]
pub struct GridAction {
    /// What the employee will do.
    pub tekst: String,
    /// "formeel", "informeel" or "vorm nog kiezen".
    pub vorm: &'static str,
    /// Done or not.
    pub klaar: bool,
}

impl GridAction {
    /// The marks in words: "formeel, klaar".
    pub fn marks(&self) -> String {
        let done = if self.klaar { "klaar" } else { "nog te doen" };
        format!("{}, {done}", self.vorm)
    }
}

/// A titled part of the document.
#[derive(Debug, Clone, PartialEq)]
pub struct Section {
    /// The heading.
    pub heading: String,
    /// The content.
    pub blocks: Vec<Block>,
}

/// The whole document.
#[derive(Debug, Clone, PartialEq)]
pub struct Document {
    /// "Groeiplan van ...".
    pub title: String,
    /// Status and date, one line.
    pub subtitle: String,
    /// The parts, in order.
    pub sections: Vec<Section>,
    /// The column headings of the grid.
    pub grid_columns: Vec<String>,
    /// Where the model and the texts come from, in one line.
    pub source: String,
}

/// The source line of both exports: who made the model, where the texts come from.
pub const SOURCE: &str = "Dit plan is van de medewerker. Gemaakt met kwadrant. Bronnen: het model \
    van Kai-Fu Lee (2018); R. Davits, 'Nieuwe technologie en werk', hoofdstuk 3, A&O fonds \
    Gemeenten (2019): tabel 3.2 tot en met 3.5, 3.10, 3.11, 3.13 en 3.14; TNO, 'AI in de \
    praktijk' (2026); PubliContact, 'De impact van AI op medewerkers'. De plek van functies \
    komt uit een eerste lijst uit 2019; de plek binnen een vak is een schatting.";

fn value(text: &Option<String>) -> String {
    match text.as_deref() {
        Some(t) if !t.trim().is_empty() => t.to_string(),
        _ => NOT_FILLED.to_string(),
    }
}

fn field(label: &str, value: String) -> Block {
    Block::Field(label.to_string(), value)
}

fn grid_action(a: &Actie) -> GridAction {
    GridAction {
        tekst: a.tekst.clone(),
        vorm: match a.vorm {
            Some(Vorm::Formeel) => "formeel",
            Some(Vorm::Informeel) => "informeel",
            None => "vorm nog kiezen",
        },
        klaar: a.klaar,
    }
}

/// Builds the manager's document from a plan.
pub fn build(plan: &Plan, catalog: &Catalog) -> Document {
    let m = &plan.medewerker;
    let title = match m.naam.as_deref().filter(|n| !n.trim().is_empty()) {
        Some(name) => format!("Groeiplan van {name}"),
        None => "Groeiplan".to_string(),
    };
    let status = match plan.status {
        Status::Klaar => "klaar",
        Status::Concept => "concept (nog niet af)",
    };
    let date = plan
        .gewijzigd
        .or(plan.aangemaakt)
        .map(|d| format!(" · Datum: {}", dutch_date(&d)))
        .unwrap_or_default();
    let talked = if plan.besproken() {
        " · besproken met de leidinggevende"
    } else {
        ""
    };
    let subtitle = format!("Gemaakt met kwadrant · Status: {status}{talked}{date}");

    let who = Section {
        heading: "Wie".into(),
        blocks: vec![
            field("Naam", value(&m.naam)),
            field("Functie", value(&m.functie)),
            field("Afdeling", value(&m.afdeling)),
            field("Gemeente", value(&m.gemeente)),
        ],
    };

    let p = &plan.positie;
    let score = |v: Option<f64>| v.map_or(NOT_FILLED.to_string(), |v| decimal(v) + " van 10");
    let names = super::text::score_names(p.soort_werk);
    let mut position = vec![
        field(names[0].0, format!("{} ({})", score(p.sociaal), names[0].1)),
        field(
            names[1].0,
            format!("{} ({})", score(p.creativiteit), names[1].1),
        ),
        field(
            "Soort werk",
            match p.soort_werk {
                Some(SoortWerk::Cognitief) => "vooral denkwerk (cognitief)".into(),
                Some(SoortWerk::Fysiek) => "vooral fysiek werk".into(),
                None => NOT_FILLED.into(),
            },
        ),
        field(
            "Gevonden met",
            match (p.methode, adjusted_note(p)) {
                (Some(Methode::Vragenlijst), note) => {
                    let which = match earlier_questionnaire(p) {
                        Some(version) => format!("een eerdere vragenlijst (versie {version})"),
                        None => "de vragenlijst".to_string(),
                    };
                    match note {
                        Some(note) => format!("{which}, {note}"),
                        None => which,
                    }
                }
                (Some(Methode::Direct), _) => "de schuifjes, met de coach".into(),
                (Some(Methode::Taken), Some(note)) => format!("de eigen taken, {note}"),
                (Some(Methode::Taken), None) => "de eigen taken".into(),
                (None, _) => NOT_FILLED.into(),
            },
        ),
    ];
    if let Some(pos) = p.position() {
        let q = pos.quadrant();
        let text = catalog.quadrant(q);
        position.push(field(
            "Kwadrant",
            format!("{}: {}", pos.result_label(), lower_first(&text.ondertitel)),
        ));
        position.push(Block::Chart);
        position.push(Block::Paragraph(None, first_picture(p.methode)));
        position.push(Block::Paragraph(
            None,
            text.meaning(p.soort_werk).to_string(),
        ));
        position.push(Block::Paragraph(
            Some("Zo kan het werk veranderen (Tabel 3.5):".into()),
            changes(&pos, catalog).join(" "),
        ));
        position.push(Block::Paragraph(
            Some("Zo kun je verder:".into()),
            text.perspectief.clone(),
        ));
        if let Some(border) = pos.border() {
            position.push(Block::Paragraph(Some("Op de grens:".into()), border.note()));
        }
        if let Some(note) = crate::report::own_job::note(plan, catalog) {
            position.push(Block::Paragraph(Some("Jouw functie:".into()), note));
        }
    }

    let r = &plan.richting;
    let level = |l: Option<i64>| match l.and_then(|l| catalog.digital_level(l)) {
        Some(d) => format!("{} {}: {}", d.niveau, d.naam, lower_first(&d.omschrijving)),
        None => NOT_FILLED.to_string(),
    };
    let tools = if r.baangereedschap.is_empty() {
        NOT_FILLED.to_string()
    } else {
        r.baangereedschap
            .iter()
            .map(|b| b.label())
            .collect::<Vec<_>>()
            .join("; ")
    };
    let direction = Section {
        heading: "Richting".into(),
        blocks: vec![
            field(
                "Keuze",
                r.keuze.map_or(NOT_FILLED.into(), |k| k.label().into()),
            ),
            field(
                "Doelfunctie",
                match r.keuze {
                    // Growing in the own job has no target job.
                    Some(Keuze::Upskilling) => NOT_FILLED.into(),
                    _ => value(&r.doelfunctie),
                },
            ),
            field("Digitaal nu (Tabel 3.10)", level(r.digitaal_nu)),
            field("Digitaal over twee jaar", level(r.digitaal_over_twee_jaar)),
            field("Baangereedschap (Tabel 3.14)", tools),
        ],
    };
    let reflections = Section {
        heading: "Over mezelf".into(),
        blocks: vec![
            field("Wat ik leuk vind", value(&r.leuk)),
            field("Waar ik goed in ben", value(&r.goed_in)),
            field("Hoe ik graag leer", value(&r.leervorm)),
            field("Welke houding mij helpt", value(&r.houding)),
            field("Voor mijn keuzes", value(&r.keuzes)),
        ],
    };

    let mut task_blocks = Vec::new();
    if !plan.taken.is_empty() {
        task_blocks.push(Block::Table(
            super::tasks::HEAD.iter().map(|h| h.to_string()).collect(),
            super::tasks::rows(plan)
                .into_iter()
                .map(Vec::from)
                .collect(),
        ));
        if let Some(arrow) = super::tasks::arrow(plan) {
            task_blocks.push(Block::Paragraph(None, arrow));
        }
    }

    let mut history_blocks = Vec::new();
    if !plan.geschiedenis.is_empty() {
        history_blocks.push(Block::Table(
            super::history::head(plan.positie.soort_werk).to_vec(),
            super::history::rows(plan)
                .into_iter()
                .map(Vec::from)
                .collect(),
        ));
        if let (Some(from), Some(now)) = (
            super::history::earlier_than_saved(plan),
            plan.positie.position(),
        ) {
            let sentence = super::history::moved(from, now, plan.positie.soort_werk);
            history_blocks.push(Block::Paragraph(None, sentence));
        }
    }

    let grid = Termijn::ALL
        .iter()
        .map(|t| {
            let cells = Soort::ALL
                .iter()
                .map(|s| plan.cell(*t, *s).map(grid_action).collect())
                .collect();
            (t.label().to_string(), cells)
        })
        .collect();
    let plan_section = Section {
        heading: "Mijn plan (Tabel 3.11)".into(),
        blocks: vec![Block::Grid(grid)],
    };

    let g = &plan.gesprek;
    let talk = Section {
        heading: "Gesprek met de leidinggevende".into(),
        blocks: vec![
            field("Leidinggevende", value(&g.leidinggevende)),
            field(
                "Gepland op",
                g.datum.as_ref().map_or(NOT_FILLED.into(), dutch_date),
            ),
            field("Wat ik nodig heb", value(&g.nodig_van_leidinggevende)),
        ],
    };
    let prompts = Section {
        heading: "Vragen voor het gesprek".into(),
        blocks: vec![Block::Numbered(
            catalog.prompts.iter().map(|p| p.tekst.clone()).collect(),
        )],
    };

    Document {
        title,
        subtitle,
        sections: vec![
            who,
            Section {
                heading: "Waar staat het werk?".into(),
                blocks: position,
            },
            Section {
                heading: "Mijn taken".into(),
                blocks: task_blocks,
            },
            Section {
                heading: "Eerder".into(),
                blocks: history_blocks,
            },
            direction,
            reflections,
            plan_section,
            // After a recorded conversation the record says who and when;
            // the preparation is not printed again.
            if plan.besproken() {
                Section {
                    heading: talk.heading.clone(),
                    blocks: Vec::new(),
                }
            } else {
                talk
            },
            agreements_section(plan).unwrap_or(Section {
                heading: "Wat we hebben afgesproken".into(),
                blocks: Vec::new(),
            }),
            // Once a conversation is recorded, its agreements take the place
            // of the questions that prepared it.
            if plan.besproken() {
                Section {
                    heading: prompts.heading.clone(),
                    blocks: Vec::new(),
                }
            } else {
                prompts
            },
        ],
        grid_columns: Soort::ALL.iter().map(|s| s.label().to_string()).collect(),
        source: SOURCE.to_string(),
    }
}

/// The section "Wat we hebben afgesproken" of the manager's copy, for the
/// latest fixed record, with lines for both signatures; `None` without one.
fn agreements_section(plan: &Plan) -> Option<Section> {
    let v = plan.latest_record()?;
    let manager = plan.gesprek.leidinggevende.clone();
    let mut blocks: Vec<Block> = manager
        .map(|name| ("Leidinggevende", name))
        .into_iter()
        .chain(super::agreements::fields(v, true))
        .map(|(label, value)| Block::Field(label.into(), value))
        .collect();
    let rows = super::agreements::rows(plan, v);
    if !rows.is_empty() {
        blocks.push(Block::Table(
            super::agreements::HEAD
                .iter()
                .map(|h| h.to_string())
                .collect(),
            rows.into_iter().map(Vec::from).collect(),
        ));
    }
    blocks.push(Block::Signatures(vec![
        "Medewerker".into(),
        "Leidinggevende".into(),
    ]));
    Some(Section {
        heading: "Wat we hebben afgesproken".into(),
        blocks,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_plan_says_what_is_missing_instead_of_leaving_gaps() {
        let doc = build(&Plan::default(), Catalog::active());
        assert_eq!(doc.title, "Groeiplan");
        assert!(doc.subtitle.contains("concept"));
        let who = &doc.sections[0];
        assert_eq!(
            who.blocks[1],
            Block::Field("Functie".into(), NOT_FILLED.into())
        );
        // No position, so no chart and no quadrant text.
        assert!(!doc.sections[1].blocks.contains(&Block::Chart));
    }
}
