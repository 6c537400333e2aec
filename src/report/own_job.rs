//! The employee's own job beside their point: when the function they gave is
//! one of the municipal reference jobs, say where that job stands and, when
//! their point is in another quadrant, which answers make the difference. A
//! difference is information for the conversation, not a mistake.

use crate::model::catalog::{Catalog, ReferenceJob};
use crate::model::plan::{Methode, Plan};
use crate::model::position::{Axis, MIDLINE};
use crate::model::questionnaire::{Contribution, contributions};
use crate::report::words::{X_AXIS, y_axis};

/// The reference job the plan's function names, if any.
pub fn own_job<'a>(plan: &Plan, catalog: &'a Catalog) -> Option<&'a ReferenceJob> {
    catalog.municipal_job(plan.medewerker.functie.as_deref()?)
}

/// One or two kind sentences about the own job, or `None` when the function
/// is not in the list or there is no point yet.
pub fn note(plan: &Plan, catalog: &Catalog) -> Option<String> {
    let job = own_job(plan, catalog)?;
    let point = plan.positie.position()?;
    let theirs = job.position().quadrant();
    // The name without its examples in brackets; "mw." would read badly.
    let name = job.naam.split(" (").next().unwrap_or(&job.naam);
    let listed = format!("Jouw functie ({name}) hoort volgens de lijst uit 2019");
    let theirs_label = theirs.label();
    if point.quadrant() == theirs && !point.is_middle() {
        return Some(format!("{listed} ook bij {theirs_label}."));
    }
    let soort = plan.positie.soort_werk;
    let mut differences = Vec::new();
    for (axis, word) in [(Axis::Sociaal, X_AXIS), (Axis::Creativiteit, y_axis(soort))] {
        let (mine, typical) = (point.score(axis), job.position().score(axis));
        if (mine >= MIDLINE) == (typical >= MIDLINE) {
            continue;
        }
        let more = if mine > typical { "meer" } else { "minder" };
        let mut sentence =
            format!("In jouw werk zit {more} {word} dan bij de meeste mensen met deze functie");
        if let Some(answer) = strongest_answer(plan, catalog, axis, mine > typical) {
            sentence.push_str(&format!(
                ", vooral door je antwoord bij '{}'",
                answer.to_lowercase()
            ));
        }
        sentence.push('.');
        differences.push(sentence);
    }
    if differences.is_empty() {
        // The same quadrant, but the point is in the middle.
        return Some(format!(
            "{listed} ook bij {theirs_label}. Jouw werk ligt wel dichter bij het midden."
        ));
    }
    Some(format!(
        "{listed} bij {theirs_label}. {} Dat is geen fout: jij kent je eigen werk. Het is iets om \
         samen over te praten.",
        differences.join(" ")
    ))
}

/// The statement that pulls hardest in this direction on `axis`, from the
/// plan's own answers to the questionnaire.
fn strongest_answer<'a>(
    plan: &Plan,
    catalog: &'a Catalog,
    axis: Axis,
    up: bool,
) -> Option<&'a str> {
    if plan.positie.methode != Some(Methode::Vragenlijst) {
        return None;
    }
    let parts = contributions(
        catalog,
        &plan.positie.antwoorden,
        axis,
        plan.positie.soort_werk,
    );
    // The first of the strongest, in the order of the questionnaire: the
    // same one "Waarom hier?" names first.
    let toward = parts
        .into_iter()
        .filter(|c| if up { c.pull() > 0 } else { c.pull() < 0 });
    let strongest = toward.fold(None, |best: Option<Contribution>, c| match best {
        Some(b) if b.pull().abs() >= c.pull().abs() => Some(b),
        _ => Some(c),
    });
    strongest.map(|c| c.question.kort.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::SoortWerk;

    fn plan(functie: &str, sociaal: f64, creativiteit: f64) -> Plan {
        let mut plan = Plan::default();
        plan.medewerker.functie = Some(functie.into());
        plan.positie.soort_werk = Some(SoortWerk::Cognitief);
        plan.positie.methode = Some(Methode::Direct);
        plan.positie.sociaal = Some(sociaal);
        plan.positie.creativiteit = Some(creativiteit);
        plan
    }

    /// A plan placed by the questionnaire, with `keyed(q)` as how each
    /// statement counts towards 10 (the raw answer is reversed for the
    /// reverse-keyed statements).
    fn answered(functie: &str, keyed: impl Fn(&crate::model::catalog::Question) -> i64) -> Plan {
        let c = Catalog::active();
        let mut p = plan(functie, 0.0, 0.0);
        p.positie.methode = Some(Methode::Vragenlijst);
        p.positie.vragenlijst = Some(c.questionnaire_version);
        for q in c.questions_for(Some(SoortWerk::Cognitief)) {
            let answer = if q.omgekeerd { 6 - keyed(q) } else { keyed(q) };
            p.positie.antwoorden.push((q.id.clone(), answer));
        }
        let found =
            crate::model::questionnaire::result(c, &p.positie.antwoorden, p.positie.soort_werk)
                .unwrap();
        p.positie.sociaal = Some(found.sociaal);
        p.positie.creativiteit = Some(found.creativiteit);
        p
    }

    #[test]
    fn the_same_quadrant_is_said_in_one_sentence() {
        let c = Catalog::active();
        assert_eq!(
            note(&plan("Jobcoach", 8.0, 2.0), c).unwrap(),
            "Jouw functie (Jobcoach) hoort volgens de lijst uit 2019 ook bij Regels en mensen \
             (Human veneer)."
        );
        assert_eq!(note(&plan("Kok", 8.0, 2.0), c), None);
        assert_eq!(
            note(&plan("Jobcoach", 5.4, 4.6), c).unwrap(),
            "Jouw functie (Jobcoach) hoort volgens de lijst uit 2019 ook bij Regels en mensen \
             (Human veneer). Jouw werk ligt wel dichter bij het midden."
        );
    }

    #[test]
    fn a_different_quadrant_names_the_axis_that_differs_kindly() {
        let c = Catalog::active();
        let text = note(&plan("Jobcoach", 8.0, 7.5), c).unwrap();
        assert_eq!(
            text,
            "Jouw functie (Jobcoach) hoort volgens de lijst uit 2019 bij Regels en mensen \
             (Human veneer). In jouw werk zit meer eigen oordeel dan bij de meeste mensen met \
             deze functie. Dat is geen fout: jij kent je eigen werk. Het is iets om samen over \
             te praten."
        );
    }

    #[test]
    fn with_the_questionnaire_the_answer_that_pulls_most_is_named() {
        let c = Catalog::active();
        let p = answered("Baliemedewerker", |q| {
            match (q.id.as_str(), q.axis_id.as_str()) {
                ("mc1", _) => 5,
                (_, "sociaal") => 4,
                _ => 2,
            }
        });
        let text = note(&p, c).unwrap();
        let m1 = &c.find_question("mc1").unwrap().kort;
        assert!(
            text.contains(&format!(
                "In jouw werk zit meer mensenwerk dan bij de meeste mensen met deze functie, \
                 vooral door je antwoord bij '{}'",
                m1.to_lowercase()
            )),
            "{text}"
        );
        assert!(!text.contains("eigen oordeel dan"), "{text}");
    }

    #[test]
    fn on_a_tie_the_note_names_the_statement_that_waarom_hier_names_first() {
        // A baliemedewerker who gives several statements the same high answer:
        // the note and "Waarom hier?" must name the same one, the first.
        let c = Catalog::active();
        let p = answered("Baliemedewerker", |q| {
            if q.axis_id == "sociaal" { 4 } else { 2 }
        });
        let first = c
            .questions_for(Some(SoortWerk::Cognitief))
            .into_iter()
            .find(|q| q.axis_id == "sociaal")
            .unwrap();
        let text = note(&p, c).unwrap();
        assert!(
            text.contains(&format!("'{}'", first.kort.to_lowercase())),
            "{text}"
        );
    }
}
