//! Plain-text reports for the terminal: `kwadrant show` and `kwadrant score`.
//! Long texts wrap at the given width; nothing is cut off.

use std::fmt::Write as _;

use textwrap::Options;
use unicode_width::UnicodeWidthStr;

use crate::model::catalog::{Catalog, JobTable};
use crate::model::keyword::Keyword;
use crate::model::plan::{Methode, Plan, Positie, SoortWerk, Status};
use crate::model::position::Position;

pub use super::words::decimal;

/// The sentence under every result: a first picture of the work, made from
/// the person's own answers (or scores), to talk about, not a judgement.
pub fn first_picture(methode: Option<Methode>) -> String {
    let made = match methode {
        Some(Methode::Vragenlijst) => "gemaakt met je eigen antwoorden",
        Some(Methode::Direct) => "gekozen samen met je coach",
        Some(Methode::Taken) => "gemaakt met je eigen taken",
        None => "gemaakt met de scores die je gaf",
    };
    format!(
        "Dit is een eerste beeld van je werk, {made}. Het is geen oordeel over jou, maar iets \
         om samen over te praten."
    )
}

/// On "Jouw plek": this can feel exciting or worrying, and that is fine to say.
pub const FEELINGS: &str = "Misschien vind je dit spannend, of juist interessant. Allebei is \
                            begrijpelijk. Praat erover met je coach of je leidinggevende.";

/// Where the municipal jobs on the chart come from, said honestly (Tabel 3.4).
pub const JOBS_NOTE: &str = "De plek van deze functies komt uit een eerste lijst uit 2019. De \
                             plek binnen een vak is een schatting.";

pub use super::grid::{plan_grid, text_table};
pub use super::words::{X_AXIS, y_axis};

/// The version of the earlier questionnaire the plan's answers come from,
/// when they do not come from the one asked now (1 when the plan does not say).
pub fn earlier_questionnaire(p: &Positie) -> Option<i64> {
    let version = p.vragenlijst.unwrap_or(1);
    (!p.antwoorden.is_empty()
        && version != crate::model::catalog::Catalog::active().questionnaire_version)
        .then_some(version)
}

/// "1 antwoord", "12 antwoorden".
pub fn count_answers(n: usize) -> String {
    match n {
        1 => "1 antwoord".into(),
        n => format!("{n} antwoorden"),
    }
}

/// "1 taak", "5 taken".
pub fn count_tasks(n: usize) -> String {
    match n {
        1 => "1 taak".into(),
        n => format!("{n} taken"),
    }
}

/// "met de hand bijgesteld van 3,0 / 2,0 naar 3,5 / 2,0" (mensenwerk / the
/// y axis), when the point was moved by hand from the questionnaire's result.
pub fn adjusted_note(p: &Positie) -> Option<String> {
    let from = p.bijgesteld_van?;
    let to = p.position()?;
    Some(format!(
        "met de hand bijgesteld van {} / {} naar {} / {} ({X_AXIS} / {})",
        decimal(from.sociaal),
        decimal(from.creativiteit),
        decimal(to.sociaal),
        decimal(to.creativiteit),
        y_axis(p.soort_werk)
    ))
}

pub use super::width::{WIDTH, width, with_width};

/// Shown where a field is empty.
const NOT_FILLED: &str = "(nog niet ingevuld)";

/// Wraps `text` to `width` columns, each line starting with `indent`.
pub fn wrap(text: &str, width: usize, indent: &str) -> String {
    let options = Options::new(width.max(indent.width() + 8))
        .initial_indent(indent)
        .subsequent_indent(indent);
    let mut out = String::new();
    for paragraph in text.lines() {
        if paragraph.trim().is_empty() {
            out.push('\n');
            continue;
        }
        for line in textwrap::wrap(paragraph, &options) {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    if out.is_empty() {
        out.push('\n');
    }
    out
}

/// One `label: value` line, the value wrapped under itself.
/// Where a field's value starts, for a value that runs on in more paragraphs.
const FIELD_INDENT: &str = "                             ";

fn field(out: &mut String, label: &str, value: &str) {
    const LABEL_WIDTH: usize = FIELD_INDENT.len();
    let label = format!("  {label}:");
    let pad = LABEL_WIDTH.max(label.width() + 1);
    let indent = " ".repeat(pad);
    let wrapped = wrap(value, width(), &indent);
    let mut first = wrapped.lines();
    let head = first.next().unwrap_or("").trim_start();
    let _ = writeln!(out, "{label}{}{head}", " ".repeat(pad - label.width()));
    for line in first {
        let _ = writeln!(out, "{line}");
    }
}

fn or_empty(text: &Option<String>) -> &str {
    match text.as_deref() {
        Some(t) if !t.trim().is_empty() => t,
        _ => NOT_FILLED,
    }
}

/// A date in Dutch words: "15 december 2026", with the time if there is one.
pub fn dutch_date(date: &toml::value::Datetime) -> String {
    let mut out = date
        .date
        .map(super::history::date_words)
        .unwrap_or_default();
    if let Some(t) = date.time {
        let _ = write!(out, ", {:02}:{:02}", t.hour, t.minute);
    }
    out
}

/// `text` with its first letter in lower case, for use after a colon.
pub fn lower_first(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `text` with its first letter in upper case.
pub fn capitalize(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The two scores as the session names them, each with the words of the
/// study's axis: the same names on every screen, in `show` and in the
/// exports.
pub fn score_names(soort: Option<SoortWerk>) -> [(&'static str, &'static str); 2] {
    let other = match soort {
        Some(SoortWerk::Fysiek) => "Vakmanschap",
        _ => "Eigen oordeel",
    };
    [
        ("Mensenwerk", "sociaal en empathie"),
        (other, creativity_label(soort)),
    ]
}

/// The y-axis name for this kind of work.
pub fn creativity_label(soort: Option<SoortWerk>) -> &'static str {
    match soort {
        Some(SoortWerk::Fysiek) => "vaardigheid en handigheid",
        _ => "creativiteit en strategie",
    }
}

/// The direction of change (Tabel 3.5) for the point's quadrant and, near a
/// border, for the quadrant across it: one sentence each, named when more.
pub fn changes(position: &Position, catalog: &Catalog) -> Vec<String> {
    let nearby = position.nearby_quadrants();
    nearby
        .iter()
        .map(|q| {
            let change = &catalog.quadrant(*q).verandering;
            if nearby.len() == 1 {
                change.clone()
            } else {
                format!("Bij {}: {change}", q.label())
            }
        })
        .collect()
}

/// What `kwadrant score` prints.
pub fn score_report(position: &Position, soort: SoortWerk, catalog: &Catalog) -> String {
    let quadrant = position.quadrant();
    let text = catalog.quadrant(quadrant);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Kwadrant: {} [{}]",
        position.result_label(),
        quadrant.id()
    );
    let flag = position.border().map_or("nee".to_string(), |b| b.flag());
    let _ = writeln!(out, "Grensgebied: {flag}");
    if !position.is_middle() {
        let _ = writeln!(out, "{}", text.ondertitel);
    }
    let _ = writeln!(
        out,
        "Positie: sociale interactie en empathie {}, {} {} (van 0 tot 10)",
        decimal(position.sociaal),
        creativity_label(Some(soort)),
        decimal(position.creativiteit)
    );
    out.push('\n');
    out.push_str("Wat betekent dit?\n");
    out.push_str(&wrap(text.meaning(Some(soort)), width(), "  "));
    out.push_str("Hoe kan het werk veranderen?\n");
    for line in changes(position, catalog) {
        out.push_str(&wrap(&line, width(), "  "));
    }
    out.push_str("Waar kun je naartoe groeien?\n");
    out.push_str(&wrap(&text.perspectief, width(), "  "));
    if let Some(border) = position.border() {
        out.push_str("Op de grens\n");
        out.push_str(&wrap(&border.note(), width(), "  "));
    }
    out.push('\n');
    let general = match soort {
        SoortWerk::Cognitief => JobTable::Cognitief,
        SoortWerk::Fysiek => JobTable::Fysiek,
    };
    for (table, count) in [(JobTable::Gemeente, 3), (general, 2)] {
        let heading = if table == JobTable::Gemeente {
            format!("Dichtbij: {} ({})", table.label(), table.bron())
        } else {
            format!("Ter vergelijking: {} ({})", table.label(), table.bron())
        };
        let _ = writeln!(out, "{heading}");
        for job in catalog.nearest_jobs(position, table, count) {
            let line = format!("- {}: {}", job.naam, job.position().quadrant().label());
            out.push_str(&wrap(&line, width(), "  "));
        }
    }
    out.push_str(&wrap(JOBS_NOTE, width(), ""));
    out.push('\n');
    out.push_str(&wrap(&first_picture(None), width(), ""));
    out
}

/// What `kwadrant show` prints: the whole plan as readable Dutch text.
pub fn show(plan: &Plan, catalog: &Catalog) -> String {
    show_on(plan, catalog, None)
}

/// [`show`] on `today`: with a kind sentence for each agreed date that has
/// passed without it being done.
pub fn show_on(plan: &Plan, catalog: &Catalog, today: Option<toml::value::Date>) -> String {
    let mut out = String::new();
    let m = &plan.medewerker;
    let title = match m.naam.as_deref().filter(|n| !n.trim().is_empty()) {
        Some(name) => format!("Groeiplan van {name}"),
        None => "Groeiplan".to_string(),
    };
    out.push_str(&wrap(&title, width(), ""));
    out.push_str(&"=".repeat(title.width().min(width())));
    out.push('\n');
    let status = match plan.status {
        Status::Concept => "concept (nog niet af)",
        Status::Klaar => "klaar",
    };
    field(&mut out, "Status", status);
    if plan.besproken() {
        field(&mut out, "Besproken", "ja, met de leidinggevende");
    }
    if let Some(d) = &plan.aangemaakt {
        field(&mut out, "Gemaakt op", &dutch_date(d));
    }
    if let Some(d) = &plan.gewijzigd {
        field(&mut out, "Laatst gewijzigd", &dutch_date(d));
    }

    out.push_str("\nWie\n");
    field(&mut out, "Naam", or_empty(&m.naam));
    field(&mut out, "Functie", or_empty(&m.functie));
    field(&mut out, "Afdeling", or_empty(&m.afdeling));
    field(&mut out, "Gemeente", or_empty(&m.gemeente));

    show_position(&mut out, plan, catalog);
    show_tasks(&mut out, plan);
    show_history(&mut out, plan, today);
    show_direction(&mut out, plan, catalog);

    out.push_str("\nMijn plan (Tabel 3.11)\n");
    out.push_str(&plan_grid(plan));

    let g = &plan.gesprek;
    out.push_str("\nGesprek met mijn leidinggevende\n");
    field(&mut out, "Leidinggevende", or_empty(&g.leidinggevende));
    let date = g.datum.as_ref().map(dutch_date);
    field(&mut out, "Gepland op", or_empty(&date));
    field(
        &mut out,
        "Wat ik nodig heb",
        or_empty(&g.nodig_van_leidinggevende),
    );
    show_agreements(&mut out, plan, today);
    // Never a control character or bidi override on a terminal.
    crate::model::plan::neutralise(&out).into_owned()
}

fn show_position(out: &mut String, plan: &Plan, catalog: &Catalog) {
    let p = &plan.positie;
    out.push_str("\nWaar staat mijn werk?\n");
    let score = |v: Option<f64>| v.map_or(NOT_FILLED.to_string(), |v| decimal(v) + " van 10");
    let [(contact, what_contact), (other, what_other)] = score_names(p.soort_werk);
    field(
        out,
        contact,
        &format!("{} ({what_contact})", score(p.sociaal)),
    );
    field(
        out,
        other,
        &format!("{} ({what_other})", score(p.creativiteit)),
    );
    let soort = match p.soort_werk {
        Some(SoortWerk::Cognitief) => "vooral denkwerk (cognitief)",
        Some(SoortWerk::Fysiek) => "vooral fysiek werk",
        None => NOT_FILLED,
    };
    field(out, "Soort werk", soort);
    let methode = match p.methode {
        Some(Methode::Vragenlijst) if let Some(version) = earlier_questionnaire(p) => format!(
            "een eerdere vragenlijst (versie {version}, {})",
            count_answers(p.antwoorden.len())
        ),
        Some(Methode::Vragenlijst) => {
            format!("vragenlijst ({})", count_answers(p.antwoorden.len()))
        }
        Some(Methode::Direct) => "direct ingevuld".to_string(),
        Some(Methode::Taken) => format!("je eigen taken ({})", count_tasks(plan.taken.len())),
        None => NOT_FILLED.to_string(),
    };
    field(out, "Gevonden met", &methode);
    if let Some(note) = adjusted_note(p) {
        field(out, "Bijgesteld", &note);
    }
    if let Some(position) = p.position() {
        let q = position.quadrant();
        let text = catalog.quadrant(q);
        field(
            out,
            "Kwadrant",
            &format!(
                "{}: {}",
                position.result_label(),
                lower_first(&text.ondertitel)
            ),
        );
        field(out, "Wat betekent dit", text.meaning(p.soort_werk));
        let changes = changes(&position, catalog);
        let (first, more) = changes.split_first().expect("a point has a quadrant");
        field(out, "Verandering", first);
        for change in more {
            out.push_str(&wrap(change, width(), FIELD_INDENT));
        }
        field(out, "Zo kun je groeien", &text.perspectief);
        if let Some(border) = position.border() {
            field(out, "Op de grens", &border.note());
        }
        if let Some(note) = crate::report::own_job::note(plan, catalog) {
            field(out, "Jouw functie", &note);
        }
        field(out, "Over deze plek", &first_picture(p.methode));
    }
}

/// The tasks for `show`: one numbered line per task (a list, so no Dutch
/// word is ever broken in a narrow column), then the arrow.
fn show_tasks(out: &mut String, plan: &Plan) {
    use super::tasks::{arrow, rows};
    if plan.taken.is_empty() {
        return;
    }
    out.push_str("\nMijn taken\n");
    for [nr, tekst, nu, later, kern, sign] in rows(plan) {
        let mut marks = vec![format!("nu {nu}"), format!("over twee jaar {later}")];
        marks.extend([kern, sign].into_iter().filter(|m| !m.is_empty()));
        let line = format!("{nr}. {tekst} ({})", marks.join(", "));
        out.push_str(&wrap(&line, width(), "  "));
    }
    if let Some(arrow) = arrow(plan) {
        out.push_str(&wrap(&arrow, width(), "  "));
    }
}

/// The latest fixed record for `show`: its fields, the agreements as a
/// list, and a kind sentence for each date that has passed.
fn show_agreements(out: &mut String, plan: &Plan, today: Option<toml::value::Date>) {
    use super::agreements::{fields, overdue, rows};
    let Some(v) = plan.latest_record() else {
        return;
    };
    out.push_str("\nWat we hebben afgesproken\n");
    for (label, value) in fields(v, false) {
        field(out, label, &value);
    }
    let agreed = rows(plan, v);
    if !agreed.is_empty() {
        out.push_str("  Afspraken:\n");
    }
    let hanging = textwrap::Options::new(width())
        .initial_indent("  - ")
        .subsequent_indent("    ");
    for [wat, wie, wanneer, klaar] in agreed {
        let done = match klaar.as_str() {
            "ja" => "klaar",
            "nog niet" => "nog niet klaar",
            other => other,
        };
        let marks: Vec<String> = [wie, wanneer, done.to_string()]
            .into_iter()
            .filter(|m| !m.is_empty())
            .collect();
        for line in textwrap::wrap(&format!("{wat} ({})", marks.join(", ")), &hanging) {
            out.push_str(line.trim_end());
            out.push('\n');
        }
    }
    for sentence in today.map(|t| overdue(plan, t)).unwrap_or_default() {
        out.push_str(&wrap(&sentence, width(), "  "));
    }
}

/// The history for `show`: one line per date (a list, as the tasks), each
/// score with its name, then what moved since the last earlier date: the
/// last one before `today`, as on "Jouw plek", or without a date the last
/// one before the plan was saved.
fn show_history(out: &mut String, plan: &Plan, today: Option<toml::value::Date>) {
    use super::history::{date_words, earlier_than_saved, how_found, moved};
    if plan.geschiedenis.is_empty() {
        return;
    }
    let y = super::words::y_axis(plan.positie.soort_werk);
    out.push_str("\nEerder\n");
    for m in &plan.geschiedenis {
        let mut line = format!(
            "{}: mensenwerk {} en {y} {}",
            date_words(m.datum),
            decimal(m.sociaal),
            decimal(m.creativiteit)
        );
        if let Some(p) = m.position() {
            line.push_str(&format!(", {}", p.result_label()));
        }
        if let Some(how) = how_found(m.methode) {
            line.push_str(&format!("; gevonden {how}"));
        }
        if let Some(level) = m.digitaal_nu {
            line.push_str(&format!("; digitaal niveau\u{a0}{level}"));
        }
        out.push_str(&wrap(&line, width(), "  "));
    }
    let from = match today {
        Some(day) => plan.earlier(day),
        None => earlier_than_saved(plan),
    };
    if let (Some(from), Some(now)) = (from, plan.positie.position()) {
        out.push_str(&wrap(
            &moved(from, now, plan.positie.soort_werk),
            width(),
            "  ",
        ));
    }
}

fn show_direction(out: &mut String, plan: &Plan, catalog: &Catalog) {
    let r = &plan.richting;
    out.push_str("\nMijn richting\n");
    field(out, "Keuze", r.keuze.map_or(NOT_FILLED, |k| k.label()));
    if r.keuze != Some(crate::model::plan::Keuze::Upskilling) {
        field(out, "Doelfunctie", or_empty(&r.doelfunctie));
    }
    let level = |l: Option<i64>| match l.and_then(|l| catalog.digital_level(l)) {
        Some(d) => format!("{} {}: {}", d.niveau, d.naam, d.omschrijving),
        None => NOT_FILLED.to_string(),
    };
    field(out, "Digitaal nu", &level(r.digitaal_nu));
    field(
        out,
        "Digitaal over 2 jaar",
        &level(r.digitaal_over_twee_jaar),
    );
    if r.baangereedschap.is_empty() {
        field(out, "Baangereedschap", NOT_FILLED);
    } else {
        let tools: Vec<&str> = r.baangereedschap.iter().map(|b| b.label()).collect();
        field(out, "Baangereedschap", &tools.join("\n"));
    }
    field(out, "Wat ik leuk vind", or_empty(&r.leuk));
    field(out, "Waar ik goed in ben", or_empty(&r.goed_in));
    field(out, "Hoe ik graag leer", or_empty(&r.leervorm));
    field(out, "Welke houding mij helpt", or_empty(&r.houding));
    field(out, "Voor mijn keuzes", or_empty(&r.keuzes));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wrap_never_cuts_and_respects_the_width() {
        let long = "woord ".repeat(40) + &"x".repeat(120);
        let out = wrap(&long, 30, "  ");
        for line in out.lines() {
            assert!(line.width() <= 30, "{line:?}");
        }
        let joined: String = out.split_whitespace().collect();
        assert_eq!(joined, long.split_whitespace().collect::<String>());
    }

    #[test]
    fn a_word_too_long_for_a_column_turns_the_grid_into_a_list_and_stays_whole() {
        use crate::model::plan::{Actie, Soort, Termijn, Vorm};
        let mut plan = Plan::default();
        plan.acties.push(Actie {
            termijn: Termijn::Nu,
            soort: Soort::Vakinhoudelijk,
            tekst: "Gesprek met de informatieadviseur over probleemoplossend werken".into(),
            vorm: Some(Vorm::Informeel),
            klaar: false,
            streefdatum: None,
        });
        let out = plan_grid(&plan);
        assert!(!out.contains('┌'), "a list, not a table:\n{out}");
        for word in ["informatieadviseur", "probleemoplossend"] {
            assert!(out.contains(word), "{word} whole:\n{out}");
        }
        assert!(out.lines().all(|l| l.width() <= WIDTH), "{out}");
        assert!(
            out.contains("Skills nu nodig\n  Vakinhoudelijk\n    • Gesprek"),
            "{out}"
        );
        // Short words: the table.
        plan.acties[0].tekst = "Cursus Excel".into();
        assert!(plan_grid(&plan).contains('┌'));
    }

    #[test]
    fn show_wraps_to_the_width_it_is_given_and_80_by_default() {
        let plan =
            crate::plan_file::load(std::path::Path::new("tests/fixtures/volledig.toml")).unwrap();
        let catalog = Catalog::active();
        let narrow = show(&plan, catalog);
        assert!(narrow.lines().all(|l| l.width() <= 80), "{narrow}");
        let wide = with_width(120, || show(&plan, catalog));
        assert!(wide.lines().all(|l| l.width() <= 120), "{wide}");
        assert!(wide.lines().any(|l| l.width() > 80), "{wide}");
        assert_eq!(width(), WIDTH, "the width goes back after");
        assert_eq!(show(&plan, catalog), narrow);
    }

    #[test]
    fn table_cells_line_up_with_wide_characters() {
        let rows = vec![
            vec!["a".to_string(), "🙂🙂 émoji".to_string()],
            vec!["b".to_string(), "gewoon".to_string()],
        ];
        let out = text_table(&rows, &[3, 10]);
        let widths: Vec<usize> = out.lines().map(|l| l.width()).collect();
        assert!(widths.iter().all(|w| *w == widths[0]), "{out}");
    }

    #[test]
    fn dates_read_as_dutch_words() {
        let d: toml::value::Datetime = "2026-12-15".parse().unwrap();
        assert_eq!(dutch_date(&d), "15 december 2026");
        let d: toml::value::Datetime = "2026-11-23T14:05:00+01:00".parse().unwrap();
        assert_eq!(dutch_date(&d), "23 november 2026, 14:05");
    }
}
