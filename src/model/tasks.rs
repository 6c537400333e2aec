//! The point a person's tasks give ("Jouw taken"), now and in two years, and
//! what the change between the two weeks says about the job tools.
//!
//! The rule, as the screen says it ([`rule`]): the contact axis comes from
//! the third of the week with the most contact, the other axis from all
//! tasks by their share, and the core of the work counts double. Lee's
//! social axis is the contact the work cannot do without: a conversation
//! that takes a third of the week makes the work contact work, however much
//! desk work there is beside it, while short standard contact stays low,
//! however often it happens. A plain mean by time pulled every mixed job to
//! the low middle (12 of 21 reference jobs placed right, with each of three
//! blind raters' places; this rule: 15, 14 and 15). The tasks are drawn as
//! marks around the point, so the spread shows too.

use super::plan::{Baangereedschap, Kleur, MIN_TAKEN, Soort, SoortWerk, Taak, Termijn, Vorm, Week};
use super::position::{MIDLINE, Position, round_score};

/// How many times as heavily a core task counts as another task of the
/// same share.
pub const CORE_WEIGHT: f64 = 2.0;

/// The part of the (weighted) week whose contact sets the contact axis.
pub const CONTACT_PART: f64 = 1.0 / 3.0;

/// The rule in one sentence, for the screen and the exports.
pub fn rule(soort: Option<SoortWerk>) -> String {
    let other = match soort {
        Some(SoortWerk::Fysiek) => "Vakmanschap",
        _ => "Eigen oordeel",
    };
    format!(
        "Zo rekenen we: mensenwerk komt van je taken met het meeste contact, samen een derde \
         van je week. {other} komt van al je taken. De kern van je werk telt dubbel."
    )
}

/// The weight of one task in `week`.
fn weight(taak: &Taak, week: Week) -> f64 {
    let share = taak.share(week).max(0) as f64;
    if taak.kern {
        share * CORE_WEIGHT
    } else {
        share
    }
}

/// The tasks that make up the part [`CONTACT_PART`] of the weighted week
/// with the most contact, most contact first: each task's index and the
/// weight it brings to that part.
pub fn contact_part(taken: &[Taak], week: Week) -> Vec<(usize, f64)> {
    let total: f64 = taken.iter().map(|t| weight(t, week)).sum();
    let mut by_contact: Vec<usize> = (0..taken.len()).collect();
    by_contact.sort_by(|&a, &b| taken[b].sociaal.total_cmp(&taken[a].sociaal));
    let need = total * CONTACT_PART;
    let mut taken_so_far = 0.0;
    let mut part_of = Vec::new();
    for i in by_contact {
        let part = weight(&taken[i], week).min(need - taken_so_far);
        if part <= 0.0 {
            continue;
        }
        taken_so_far += part;
        part_of.push((i, part));
    }
    part_of
}

/// The mean contact of [`contact_part`].
fn contact(taken: &[Taak], week: Week) -> f64 {
    let part = contact_part(taken, week);
    let weight: f64 = part.iter().map(|(_, w)| w).sum();
    if weight > 0.0 {
        part.iter().map(|&(i, w)| w * taken[i].sociaal).sum::<f64>() / weight
    } else {
        0.0
    }
}

/// The tasks that weigh most on the other axis (by share, the core
/// double), heaviest first, as indices; at most `n`.
pub fn heaviest(taken: &[Taak], week: Week, n: usize) -> Vec<usize> {
    let mut by_weight: Vec<usize> = (0..taken.len())
        .filter(|&i| weight(&taken[i], week) > 0.0)
        .collect();
    by_weight.sort_by(|&a, &b| weight(&taken[b], week).total_cmp(&weight(&taken[a], week)));
    by_weight.truncate(n);
    by_weight
}

/// The point of the tasks in `week`: `None` while fewer than
/// [`MIN_TAKEN`] tasks have a share now, or no task has a share in `week`.
/// Shares that do not add up to 100 still give a point (each counts for its
/// part of the sum), so the point moves while the person divides the week.
pub fn point(taken: &[Taak], week: Week) -> Option<Position> {
    if taken.iter().filter(|t| t.procent_nu > 0).count() < MIN_TAKEN {
        return None;
    }
    let total: f64 = taken.iter().map(|t| weight(t, week)).sum();
    if total <= 0.0 {
        return None;
    }
    let mean = taken
        .iter()
        .map(|t| weight(t, week) * t.creativiteit)
        .sum::<f64>()
        / total;
    Some(Position {
        sociaal: round_score(contact(taken, week)),
        creativiteit: round_score(mean),
    })
}

/// The answers to the two questions that place an own task: how much it is
/// about contact and empathy, and how fixed its steps are (each 1..=5).
/// The places are the middles of the bands the task catalog was placed by.
pub fn place_own(contact: u8, open: u8) -> (f64, f64) {
    const SOCIAAL: [f64; 5] = [0.5, 2.5, 4.5, 6.5, 8.5];
    const CREATIVITEIT: [f64; 5] = [1.0, 3.0, 4.5, 6.5, 8.5];
    let at = |table: &[f64; 5], n: u8| table[usize::from(n.clamp(1, 5) - 1)];
    (at(&SOCIAAL, contact), at(&CREATIVITEIT, open))
}

/// The first question about an own task, with its five answers.
pub fn contact_question() -> (&'static str, [&'static str; 5]) {
    (
        "Hoeveel gaat deze taak over contact met mensen en je inleven in hen?",
        [
            "Geen contact: ik werk met papier, systemen of gereedschap",
            "Kort contact: een vaste vraag, iets afgeven of regelen",
            "Overleg over de inhoud, met collega's of anderen",
            "Uitleggen, overtuigen, of praten over iemands eigen situatie",
            "De taak is het gesprek: vertrouwen en inleven",
        ],
    )
}

/// The second question about an own task, with its five answers; for
/// physical work it asks about skill in a setting that differs. The answers
/// follow Lee's axis: checking or deciding within rules is finding the best
/// answer (the middle), however different the cases; only a new approach,
/// plan or idea is high.
pub fn open_question(soort: Option<SoortWerk>) -> (&'static str, [&'static str; 5]) {
    match soort {
        Some(SoortWerk::Fysiek) => (
            "Hoe verschillend is deze taak per plek en per keer?",
            [
                "Altijd dezelfde handelingen op dezelfde plek",
                "Meestal hetzelfde, met kleine verschillen",
                "Vaak anders; ik volg wel een vaste aanpak",
                "Elke plek is anders: ik zoek ter plekke uit hoe het moet",
                "Vakwerk: repareren en oplossen wat nog niemand deed",
            ],
        ),
        _ => (
            "Hoe vast liggen de stappen van deze taak?",
            [
                "Elke keer dezelfde stappen",
                "Meestal vaste stappen, met kleine keuzes",
                "Regels of een vaste aanpak gebruiken bij steeds andere gevallen",
                "Zelf een aanpak bedenken voor iets zonder vast antwoord",
                "Iets nieuws maken: een plan, een idee, een richting",
            ],
        ),
    }
}

/// The job tools that the change from now to two years shows: handing a
/// task over (carving), dividing time differently (crafting), new tasks
/// (innovation). In the order of Tabel 3.14.
pub fn tools_shown(taken: &[Taak]) -> Vec<Baangereedschap> {
    let new = taken
        .iter()
        .any(|t| t.procent_nu == 0 && t.procent_straks > 0);
    let handed_over = taken
        .iter()
        .any(|t| t.procent_nu > 0 && t.procent_straks == 0);
    let shifted = taken
        .iter()
        .any(|t| t.procent_nu > 0 && t.procent_straks > 0 && t.procent_nu != t.procent_straks);
    let mut tools = Vec::new();
    if new {
        tools.push(Baangereedschap::JobInnovation);
    }
    if shifted {
        tools.push(Baangereedschap::JobCrafting);
    }
    if handed_over {
        tools.push(Baangereedschap::JobCarving);
    }
    tools
}

/// Tasks that grow or are new: they need skills in two years.
pub fn growing(taken: &[Taak]) -> impl Iterator<Item = &Taak> {
    taken
        .iter()
        .filter(|t| t.kleur == Kleur::Groen || t.procent_straks > t.procent_nu)
}

/// Tasks that shrink or go: they free time.
pub fn shrinking(taken: &[Taak]) -> impl Iterator<Item = &Taak> {
    taken
        .iter()
        .filter(|t| t.kleur == Kleur::Rood || t.procent_straks < t.procent_nu)
}

/// Ideas for one cell of Tabel 3.11 that follow from the tasks: a task
/// that grows or is new needs skills in two years (what the work asks, and
/// for contact work the soft skills too).
pub fn suggestions(taken: &[Taak], termijn: Termijn, soort: Soort) -> Vec<(String, Vorm)> {
    if termijn != Termijn::OverTweeJaar {
        return Vec::new();
    }
    let mut out = Vec::new();
    for taak in growing(taken) {
        match soort {
            Soort::Vakinhoudelijk if taak.procent_nu == 0 => out.push((
                format!("Meelopen met iemand die dit al doet: {}", taak.tekst),
                Vorm::Informeel,
            )),
            Soort::Vakinhoudelijk => out.push((
                format!("Leren wat nodig is voor: {}", taak.tekst),
                Vorm::Informeel,
            )),
            Soort::SoftSkills if taak.sociaal >= MIDLINE => out.push((
                format!("Oefenen met gesprekken voor: {}", taak.tekst),
                Vorm::Informeel,
            )),
            _ => {}
        }
    }
    out
}

/// The question the TNO study asks when work shrinks: what will you do
/// with the time that comes free? `None` when no task shrinks.
pub fn freed_time_question(taken: &[Taak]) -> Option<String> {
    // A task the person marked "− minder" first, then one with less time.
    let first = taken
        .iter()
        .find(|t| t.kleur == Kleur::Rood)
        .or_else(|| shrinking(taken).next())?;
    Some(format!(
        "\"{}\" wordt minder. Wat ga je doen met de tijd die vrijkomt?",
        first.tekst
    ))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::plan::EIGEN;

    fn taak(share: i64, later: i64, kern: bool, s: f64, c: f64) -> Taak {
        Taak {
            tekst: "taak".into(),
            procent_nu: share,
            procent_straks: later,
            kern,
            kleur: Kleur::Geen,
            sociaal: s,
            creativiteit: c,
            bron: EIGEN.into(),
        }
    }

    #[test]
    fn contact_comes_from_the_third_of_the_week_with_the_most_contact() {
        // A conversation of 40 % beside 60 % desk work is contact work.
        let taken = [
            taak(40, 40, false, 8.0, 4.0),
            taak(30, 30, false, 1.0, 2.0),
            taak(30, 30, false, 1.0, 2.0),
        ];
        let p = point(&taken, Week::Nu).unwrap();
        // The most social third is all conversation; the other axis is
        // the mean by share: 0.4 * 4 + 0.6 * 2 = 2.8.
        assert_eq!((p.sociaal, p.creativiteit), (8.0, 2.8));
        // Short contact, however often, stays low.
        let taken = [
            taak(70, 70, false, 2.5, 1.5),
            taak(20, 20, false, 1.0, 2.0),
            taak(10, 10, false, 0.5, 1.0),
        ];
        assert_eq!(point(&taken, Week::Nu).unwrap().sociaal, 2.5);
    }

    #[test]
    fn the_core_counts_double() {
        // Without the core mark the contact third is 20 % at 8 and 13.3 %
        // at 1; with it, the conversation weighs 40 of 120 and fills it.
        let mut taken = [
            taak(20, 20, false, 8.0, 6.0),
            taak(40, 40, false, 1.0, 2.0),
            taak(40, 40, false, 1.0, 2.0),
        ];
        let before = point(&taken, Week::Nu).unwrap();
        taken[0].kern = true;
        let after = point(&taken, Week::Nu).unwrap();
        assert_eq!(before.sociaal, 5.2);
        assert_eq!(after.sociaal, 8.0);
        // 40 * 6 + 80 * 2 = 400 over 120.
        assert_eq!(after.creativiteit, 3.3);
    }

    #[test]
    fn fewer_than_three_tasks_give_no_point_yet() {
        let taken = [taak(50, 50, false, 8.0, 2.0), taak(50, 50, false, 1.0, 2.0)];
        assert_eq!(point(&taken, Week::Nu), None);
    }

    #[test]
    fn handing_over_and_new_tasks_move_the_point_in_two_years() {
        let taken = [
            taak(50, 0, false, 1.0, 1.0),
            taak(30, 40, true, 7.0, 5.0),
            taak(20, 30, false, 3.0, 3.0),
            taak(0, 30, false, 6.0, 8.0),
        ];
        let now = point(&taken, Week::Nu).unwrap();
        let later = point(&taken, Week::Straks).unwrap();
        assert!(later.sociaal >= now.sociaal && later.creativiteit > now.creativiteit);
        assert_eq!(
            tools_shown(&taken),
            vec![
                Baangereedschap::JobInnovation,
                Baangereedschap::JobCrafting,
                Baangereedschap::JobCarving
            ]
        );
    }

    #[test]
    fn growing_and_new_tasks_suggest_learning_for_in_two_years() {
        let mut grows = taak(20, 40, false, 7.0, 4.0);
        grows.tekst = "Inwoners helpen met de app".into();
        let mut new = taak(0, 20, false, 2.0, 6.0);
        new.tekst = "Data bijhouden".into();
        let mut shrinks = taak(80, 40, true, 2.0, 1.0);
        shrinks.tekst = "Paspoorten uitgeven".into();
        shrinks.kleur = Kleur::Rood;
        let taken = [shrinks, grows, new];
        let vak = suggestions(&taken, Termijn::OverTweeJaar, Soort::Vakinhoudelijk);
        assert_eq!(
            vak.iter().map(|s| s.0.as_str()).collect::<Vec<_>>(),
            [
                "Leren wat nodig is voor: Inwoners helpen met de app",
                "Meelopen met iemand die dit al doet: Data bijhouden"
            ]
        );
        let soft = suggestions(&taken, Termijn::OverTweeJaar, Soort::SoftSkills);
        assert_eq!(soft.len(), 1, "only the contact task: {soft:?}");
        assert!(suggestions(&taken, Termijn::Nu, Soort::Vakinhoudelijk).is_empty());
        assert_eq!(
            freed_time_question(&taken).as_deref(),
            Some("\"Paspoorten uitgeven\" wordt minder. Wat ga je doen met de tijd die vrijkomt?")
        );
    }

    #[test]
    fn the_two_questions_place_an_own_task_in_the_catalogs_bands() {
        assert_eq!(place_own(1, 1), (0.5, 1.0));
        assert_eq!(place_own(5, 5), (8.5, 8.5));
        assert_eq!(place_own(4, 2), (6.5, 3.0));
        // Out of range is clamped, never a panic.
        assert_eq!(place_own(0, 9), (0.5, 8.5));
    }
}
