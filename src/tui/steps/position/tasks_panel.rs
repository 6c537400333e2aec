//! What "Jouw taken" adds to "Jouw plek": the tasks as numbered marks with
//! their legend, the point in two years, and, when the questionnaire gave a
//! point too, both points with one kind sentence and a key to choose.

use super::Section;
use crate::model::catalog::Catalog;
use crate::model::plan::{Methode, Plan, Scores, Week};
use crate::model::position::Position;
use crate::model::{questionnaire, tasks};
use crate::report::text::{capitalize, decimal, y_axis};
use crate::tui::steps::component::StepCtx;
use crate::tui::theme::Theme;
use crate::tui::widgets::quadrant_chart::Marker;

/// The point of the method that is not the position now: the tasks' point
/// when the questionnaire or the sliders gave the position, the
/// questionnaire's when the tasks did. With its label on the chart.
pub fn other_point(plan: &Plan) -> Option<(Position, &'static str)> {
    let p = &plan.positie;
    match p.methode {
        Some(Methode::Taken) => {
            questionnaire::result(Catalog::active(), &p.antwoorden, p.soort_werk)
                .map(|at| (at, "uit de vragen"))
        }
        Some(_) => tasks::point(&plan.taken, Week::Nu).map(|at| (at, "uit je taken")),
        None => None,
    }
}

/// The marks on the chart: each task's place, the point in two years, the
/// other method's point.
pub fn marks(plan: &Plan) -> (Vec<Position>, Option<Position>, Option<Marker<'static>>) {
    let by_tasks = plan.positie.methode == Some(Methode::Taken);
    let places = if by_tasks {
        plan.taken
            .iter()
            .map(|t| Position {
                sociaal: t.sociaal,
                creativiteit: t.creativiteit,
            })
            .collect()
    } else {
        Vec::new()
    };
    let later = if by_tasks && plan.positie.bijgesteld_van.is_none() {
        tasks::point(&plan.taken, Week::Straks)
    } else {
        None
    };
    let other = other_point(plan).map(|(at, label)| Marker { label, at });
    (places, later, other)
}

/// The panel's part about the tasks, when there are any.
pub fn section(plan: &Plan, theme: Theme) -> Option<Section> {
    let now = tasks::point(&plan.taken, Week::Nu)?;
    let by_tasks = plan.positie.methode == Some(Methode::Taken);
    let mut section: Section = Vec::new();
    if by_tasks {
        section.push(("Jouw taken (de cijfers):".into(), theme.title()));
        for (i, taak) in plan.taken.iter().enumerate().take(9) {
            let core = if taak.kern { ", kern" } else { "" };
            let sign = match taak.kleur.sign() {
                "" => String::new(),
                sign => format!(", {sign}"),
            };
            section.push((
                format!(
                    "{} {} ({} %{core}{sign})",
                    i + 1,
                    taak.tekst,
                    taak.procent_nu
                ),
                theme.text(),
            ));
        }
        section.push((tasks::rule(plan.positie.soort_werk), theme.muted()));
        if let Some(later) = tasks::point(&plan.taken, Week::Straks)
            && later != now
        {
            section.push((
                format!(
                    "◇ Over twee jaar: {}. {}",
                    later.result_label(),
                    moved(now, later)
                ),
                theme.text(),
            ));
        }
    }
    if let Some((other, label)) = other_point(plan)
        && let Some(here) = plan.positie.position()
    {
        section.push((difference(here, other, by_tasks), theme.text()));
        let choose = if by_tasks {
            "M: gebruik de plek uit de vragen."
        } else {
            "M: gebruik de plek uit je taken."
        };
        // Close by, ○ may sit under ◆: then only the key is named.
        let legend = if here.distance(&other) < 0.5 {
            choose.to_string()
        } else {
            format!("○ = {label}. {choose}")
        };
        section.push((legend, theme.muted()));
    }
    (!section.is_empty()).then_some(section)
}

/// One sentence on how the work moves from now to two years.
fn moved(now: Position, later: Position) -> String {
    let part = |delta: f64, more: &str, less: &str| {
        if delta >= 0.5 {
            Some(more.to_string())
        } else if delta <= -0.5 {
            Some(less.to_string())
        } else {
            None
        }
    };
    let parts: Vec<String> = [
        part(
            later.sociaal - now.sociaal,
            "meer mensenwerk",
            "minder mensenwerk",
        ),
        part(
            later.creativiteit - now.creativiteit,
            "meer eigen oordeel",
            "meer vaste stappen",
        ),
    ]
    .into_iter()
    .flatten()
    .collect();
    match parts.as_slice() {
        [] => "Je werk blijft ongeveer waar het is.".into(),
        [one] => format!("Je werk krijgt {one}."),
        [a, b] => format!("Je werk krijgt {a} en {b}."),
        _ => String::new(),
    }
}

/// One kind sentence on why the two methods differ.
fn difference(here: Position, other: Position, by_tasks: bool) -> String {
    let (tasks_point, questions_point) = if by_tasks {
        (here, other)
    } else {
        (other, here)
    };
    if tasks_point.quadrant() == questions_point.quadrant()
        && tasks_point.distance(&questions_point) < 1.5
    {
        return "Je vragen en je taken geven bijna dezelfde plek. Dat maakt het beeld sterker."
            .into();
    }
    format!(
        "Je vragen geven {} / {}, je taken {} / {}. Dat kan: de vragen gaan over je werk als \
         geheel, de taken over hoe je je week verdeelt. Welke past het best bij je werk? Met M \
         kies je de andere.",
        decimal(questions_point.sociaal),
        decimal(questions_point.creativiteit),
        decimal(tasks_point.sociaal),
        decimal(tasks_point.creativiteit),
    )
}

/// M: the position comes from the other method; each keeps its result.
pub fn switch(ctx: &mut StepCtx) {
    let Some((other, _)) = other_point(ctx.plan) else {
        ctx.error("Er is maar één plek. Met Jouw taken of de vragen krijg je een tweede.");
        return;
    };
    let p = &mut ctx.plan.positie;
    let said = if p.methode == Some(Methode::Taken) {
        p.methode = Some(Methode::Vragenlijst);
        "Je plek komt nu uit de vragen. Je taken blijven bewaard."
    } else {
        if p.methode == Some(Methode::Direct) {
            p.schuifjes = p.position().map(Scores::of);
        }
        p.methode = Some(Methode::Taken);
        "Je plek komt nu uit je taken. Je antwoorden blijven bewaard."
    };
    p.bijgesteld_van = None;
    p.set_point(Some(other));
    ctx.info(said);
}

/// "Waarom hier?" for a point the tasks give: the rule, the tasks that set
/// the contact axis, and the tasks that weigh most on the other axis.
pub fn why(plan: &Plan, theme: Theme) -> Option<Vec<Section>> {
    if plan.positie.methode != Some(Methode::Taken) {
        return None;
    }
    tasks::point(&plan.taken, Week::Nu)?;
    let taken = &plan.taken;
    let line = |i: usize, score: f64, extra: &str| {
        format!("• {} {} ({}{extra})", i + 1, taken[i].tekst, decimal(score))
    };
    let mut contact = vec![
        ("Mensenwerk".to_string(), theme.title()),
        (
            "Komt van je taken met het meeste contact:".into(),
            theme.text(),
        ),
    ];
    for (i, _) in tasks::contact_part(taken, Week::Nu) {
        contact.push((line(i, taken[i].sociaal, ""), theme.text()));
    }
    let mut other = vec![
        (capitalize(y_axis(plan.positie.soort_werk)), theme.title()),
        (
            "Komt van al je taken. Deze wegen het zwaarst:".into(),
            theme.text(),
        ),
    ];
    for i in tasks::heaviest(taken, Week::Nu, 2) {
        let core = if taken[i].kern {
            "; de kern, telt dubbel"
        } else {
            ""
        };
        other.push((line(i, taken[i].creativiteit, core), theme.text()));
    }
    Some(vec![
        vec![
            ("Deze plek komt uit je taken.".into(), theme.text()),
            (tasks::rule(plan.positie.soort_werk), theme.muted()),
        ],
        contact,
        other,
    ])
}

/// What the help of "Jouw plek" adds about the marks of the tasks and the
/// other method's point; empty when there are none.
pub fn help(plan: &Plan) -> String {
    let (places, later, other) = marks(plan);
    let mut text = String::new();
    if !places.is_empty() {
        text.push_str(" De cijfers zijn je taken.");
    }
    // As in the panel: ◇ only where the week in two years moves the point.
    if later.is_some_and(|at| Some(at) != plan.positie.position()) {
        text.push_str(" ◇ is je werk over twee jaar.");
    }
    if other.is_some() {
        text.push_str(" ○ is de plek uit de vragen of uit je taken: met M kies je die.");
    }
    text
}
