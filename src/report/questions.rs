//! `kwadrant vragen`: the questionnaire asked now, for a person to read or
//! as TOML in the shape of the data file, so a script can fill in
//! `[antwoorden]` for `kwadrant score --antwoorden`.

use std::fmt::Write;

use toml::{Table, Value};

use crate::model::catalog::{AnswerOption, Catalog, Question};
use crate::model::keyword::Keyword;
use crate::model::plan::SoortWerk;
use crate::report::text::{WIDTH, wrap};

/// The statements of one axis for this kind of work, with their scale.
struct AxisGroup<'a> {
    axis: &'static str,
    title: &'static str,
    questions: Vec<&'a Question>,
}

fn groups(catalog: &Catalog, soort: SoortWerk) -> [AxisGroup<'_>; 2] {
    let of = |axis: &str| -> Vec<&Question> {
        catalog
            .questions_for(Some(soort))
            .into_iter()
            .filter(|q| q.axis_id == axis)
            .collect()
    };
    let y_title = match soort {
        SoortWerk::Cognitief => "Eigen oordeel (creativiteit en strategie)",
        SoortWerk::Fysiek => "Vakmanschap (vaardigheid en handigheid)",
    };
    [
        AxisGroup {
            axis: "sociaal",
            title: "Mensenwerk (sociale interactie en empathie)",
            questions: of("sociaal"),
        },
        AxisGroup {
            axis: "creativiteit",
            title: y_title,
            questions: of("creativiteit"),
        },
    ]
}

/// The questionnaire as readable Dutch text.
pub fn text(catalog: &Catalog, soort: SoortWerk) -> String {
    let mut out = String::new();
    let kind = match soort {
        SoortWerk::Cognitief => "denkwerk (cognitief)",
        SoortWerk::Fysiek => "fysiek werk",
    };
    let groups = groups(catalog, soort);
    let count: usize = groups.iter().map(|g| g.questions.len()).sum();
    let _ = writeln!(
        out,
        "De vragenlijst (versie {}) voor {kind}: {count} uitspraken.",
        catalog.questionnaire_version
    );
    for group in &groups {
        let _ = writeln!(out, "\n{} · as {}", group.title, group.axis);
        // The answer scale is named above the first statement that uses
        // it, and again wherever the next statement uses another one.
        let mut scale_above: Option<&str> = None;
        for q in &group.questions {
            let (heading, answers) = catalog.scale_of(q);
            if scale_above != Some(heading) {
                out.push_str(&wrap(
                    &format!("{heading} {}", answer_list(answers)),
                    WIDTH,
                    "  ",
                ));
                scale_above = Some(heading);
            }
            let mut line = format!("{:<4}{}", q.id, q.tekst);
            match (q.omgekeerd, q.gewicht < 1.0) {
                (true, true) => line.push_str(
                    " (Telt andersom en half mee: veel tijd hieraan geeft een lagere score.)",
                ),
                (true, false) => {
                    line.push_str(" (Telt andersom: veel tijd hieraan geeft een lagere score.)")
                }
                (false, true) => line.push_str(" (Telt half mee.)"),
                (false, false) => {}
            }
            let indent = " ".repeat(6);
            let wrapped = wrap(&line, WIDTH, &indent);
            out.push_str("  ");
            out.push_str(wrapped.trim_start());
        }
    }
    let example = groups[0].questions.first().map_or("mc1", |q| q.id.as_str());
    out.push('\n');
    out.push_str(&wrap(
        &format!(
            "Zet je antwoorden in een TOML-bestand onder [antwoorden], zoals {example} = 3. \
             Dan geeft 'kwadrant score --antwoorden BESTAND{}' de plek.",
            match soort {
                SoortWerk::Cognitief => "",
                SoortWerk::Fysiek => " --soort fysiek",
            }
        ),
        WIDTH,
        "",
    ));
    out
}

fn answer_list(answers: &[AnswerOption]) -> String {
    answers
        .iter()
        .map(|a| format!("{} = {}", a.waarde, a.tekst))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The questionnaire as TOML in the shape of `data/vragenlijst.toml`:
/// `[[antwoord]] waarde, tekst`, `[[schaal]]` for the other scale and
/// `[[vraag]] id, as, tekst`.
pub fn toml(catalog: &Catalog, soort: SoortWerk) -> String {
    let mut t = Table::new();
    t.insert(
        "versie".into(),
        Value::Integer(catalog.questionnaire_version),
    );
    t.insert("soort".into(), Value::String(soort.id().into()));
    t.insert(
        "bij_antwoorden".into(),
        Value::String(catalog.answer_question.clone()),
    );
    let questions: Vec<&Question> = groups(catalog, soort)
        .into_iter()
        .flat_map(|g| g.questions)
        .collect();
    let used: Vec<&str> = questions
        .iter()
        .filter_map(|q| q.schaal.as_deref())
        .collect();
    let scales: Vec<Value> = catalog
        .scales
        .iter()
        .filter(|s| used.contains(&s.id.as_str()))
        .map(|s| {
            let mut st = Table::new();
            st.insert("id".into(), Value::String(s.id.clone()));
            st.insert(
                "bij_antwoorden".into(),
                Value::String(s.bij_antwoorden.clone()),
            );
            st.insert("antwoord".into(), answers_value(&s.antwoord));
            Value::Table(st)
        })
        .collect();
    t.insert("antwoord".into(), answers_value(&catalog.scale));
    if !scales.is_empty() {
        t.insert("schaal".into(), Value::Array(scales));
    }
    let vragen = questions
        .iter()
        .map(|q| {
            let mut qt = Table::new();
            qt.insert("id".into(), Value::String(q.id.clone()));
            qt.insert("as".into(), Value::String(q.axis_id.clone()));
            if let Some(schaal) = &q.schaal {
                qt.insert("schaal".into(), Value::String(schaal.clone()));
            }
            if q.omgekeerd {
                qt.insert("omgekeerd".into(), Value::Boolean(true));
            }
            if q.gewicht != 1.0 {
                qt.insert("gewicht".into(), Value::Float(q.gewicht));
            }
            qt.insert("tekst".into(), Value::String(q.tekst.clone()));
            Value::Table(qt)
        })
        .collect();
    t.insert("vraag".into(), Value::Array(vragen));
    toml::to_string(&t).expect("a table of strings and numbers serializes")
}

fn answers_value(answers: &[AnswerOption]) -> Value {
    Value::Array(
        answers
            .iter()
            .map(|a| {
                let mut at = Table::new();
                at.insert("waarde".into(), Value::Integer(a.waarde));
                at.insert("tekst".into(), Value::String(a.tekst.clone()));
                Value::Table(at)
            })
            .collect(),
    )
}
