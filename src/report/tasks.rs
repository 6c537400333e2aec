//! The person's tasks in the reports: a table (with the core mark and the
//! sign of the post-it) and the arrow from now to two years, the same in
//! `show`, Markdown and HTML.

use crate::model::plan::{Methode, Plan, Week};
use crate::model::tasks;
use crate::report::words::decimal;

/// The column headings of the task table.
pub const HEAD: [&str; 6] = ["Nr", "Taak", "Nu", "Over twee jaar", "Kern", "Verandert"];

/// The rows of the task table, empty when the plan has no tasks.
pub fn rows(plan: &Plan) -> Vec<[String; 6]> {
    plan.taken
        .iter()
        .enumerate()
        .map(|(i, t)| {
            [
                (i + 1).to_string(),
                t.tekst.clone(),
                // A no-break space keeps the number with its sign.
                format!("{}\u{a0}%", t.procent_nu),
                format!("{}\u{a0}%", t.procent_straks),
                if t.kern { "kern" } else { "" }.to_string(),
                t.kleur.sign().to_string(),
            ]
        })
        .collect()
}

/// "Nu: Vaste stappen (Danger zone), 3,0 / 1,8. Over twee jaar: ..., 4,4 /
/// 2,6." with the rule, when the tasks give a point.
pub fn arrow(plan: &Plan) -> Option<String> {
    let now = tasks::point(&plan.taken, Week::Nu)?;
    let later = tasks::point(&plan.taken, Week::Straks).unwrap_or(now);
    let used = if plan.positie.methode == Some(Methode::Taken) {
        "De plek van het werk komt uit deze taken."
    } else {
        "De plek van het werk komt uit de vragen; dit is wat de taken zeggen."
    };
    Some(format!(
        "Volgens de taken nu: {}, {} / {}. Over twee jaar: {}, {} / {}. {used} {}",
        now.result_label(),
        decimal(now.sociaal),
        decimal(now.creativiteit),
        later.result_label(),
        decimal(later.sociaal),
        decimal(later.creativiteit),
        tasks::rule(plan.positie.soort_werk)
    ))
}
