use super::*;
use crate::model::plan::{Actie, Soort, Termijn, Vorm};
use crate::tui::msg::{EditKey, Msg};
use crate::tui::steps::Component;
use crate::tui::steps::testing::Harness;
use toml::value::Date;

/// The left side of a drawn step: the form without the panel beside it.
fn form_side(screen: &str) -> String {
    screen
        .lines()
        .map(|l| l.split(['│', '┌', '└']).next().unwrap_or(l).trim_end())
        .collect::<Vec<_>>()
        .join("\n")
        + "\n"
}

fn day(year: u16, month: u8, day: u8) -> Date {
    Date { year, month, day }
}

/// A plan with two actions, the way "Jouw plan" leaves it.
fn with_actions() -> Plan {
    let mut plan = Plan::default();
    for (tekst, termijn) in [
        ("Cursus Excel volgen", Termijn::Nu),
        ("Meelopen bij de klantenservice", Termijn::OverTweeJaar),
    ] {
        plan.acties.push(Actie {
            termijn,
            soort: Soort::Digitaal,
            tekst: tekst.into(),
            vorm: Some(Vorm::Formeel),
            klaar: false,
            streefdatum: None,
        });
    }
    plan
}

/// Fills in the conversation of the issue: two agreed actions, one further
/// agreement, 4 hours a month, paid by the employer, a next date.
fn record_the_conversation(h: &mut Harness<RecordStep>) {
    h.keys(&["15-01-2027", "Tab"]);
    // The plan's two actions: agree both.
    h.keys(&["Space", "Down", "Space", "Tab"]);
    // A date for each agreed action.
    h.keys(&["01-03-2027", "Tab", "01-06-2027", "Tab"]);
    // A further agreement, done by the manager, by 1 February.
    h.keys(&[
        "Cursus zoeken",
        "Tab",
        "Down",
        "Space",
        "Tab",
        "01-02-2027",
        "Tab",
    ]);
    // No second agreement; 4 hours a month, no leave, no amount.
    h.keys(&["Tab", "4", "Tab", "Tab", "Tab"]);
    // Paid by the employer.
    h.keys(&["Space", "Tab", "Tab", "Tab", "15-04-2027"]);
}

#[test]
fn a_conversation_is_recorded_field_by_field_and_fixed_after_the_question() {
    let mut h = Harness::with_plan(RecordStep::default(), with_actions());
    record_the_conversation(&mut h);
    let v = h.plan.open_record().expect("an open record").clone();
    assert_eq!(v.datum, Some(day(2027, 1, 15)));
    assert_eq!(
        v.acties,
        ["Cursus Excel volgen", "Meelopen bij de klantenservice"]
    );
    let targets: Vec<_> = h.plan.acties.iter().map(|a| a.streefdatum).collect();
    assert_eq!(
        targets,
        [
            Some("2027-03-01".parse().unwrap()),
            Some("2027-06-01".parse().unwrap())
        ]
    );
    assert_eq!(v.afspraken.len(), 1);
    assert_eq!(v.afspraken[0].wat, "Cursus zoeken");
    assert_eq!(v.afspraken[0].wie, Some(Wie::Leidinggevende));
    assert_eq!(v.afspraken[0].wanneer, Some(day(2027, 2, 1)));
    assert_eq!(v.uren_per_maand, Some(4));
    assert_eq!(v.kosten_door, Some(KostenDoor::Werkgever));
    assert_eq!(v.volgende_gesprek, Some(day(2027, 4, 15)));
    assert!(!v.vastgelegd && !h.plan.besproken());
    h.assert_footer_is_honest();

    // To the button, and press it: first the question.
    while h.step.focused_field(&h.plan).map(|f| f.kind) != Some(FieldKind::Button(ButtonId::Fix)) {
        h.keys(&["Tab"]);
    }
    h.keys(&["Enter"]);
    assert_eq!(h.last, Outcome::Ask(DialogKind::FixRecord));
    assert!(
        h.plan.open_record().is_some(),
        "nothing fixed before the answer"
    );
    h.answer(&DialogKind::FixRecord, 1);
    assert!(
        h.plan.open_record().is_some(),
        "'Nee, nog niet' fixes nothing"
    );
    h.answer(&DialogKind::FixRecord, 0);
    assert_eq!(h.last, Outcome::Save, "fixing saves");
    assert!(h.plan.besproken());
    assert_eq!(h.plan.latest_record().map(|v| v.afspraken.len()), Some(1));
}

#[test]
fn a_fixed_record_cannot_be_changed_except_its_done_marks() {
    let mut h = Harness::with_plan(RecordStep::default(), with_actions());
    record_the_conversation(&mut h);
    h.answer(&DialogKind::FixRecord, 0);
    let fixed = h.plan.clone();
    assert!(h.step.shows_fixed(&h.plan));
    let screen = form_side(&h.screen());
    assert!(
        screen.contains("Jullie gesprek van 15 januari 2027 is vastgelegd"),
        "{screen}"
    );
    // The agreed actions with their date and whether they are done; a long
    // one wraps under itself.
    assert!(
        screen.contains(
            "  • Cursus Excel volgen (uiterlijk 01-03-2027,\n    nog niet gedaan)\n  • Meelopen \
             bij de klantenservice (uiterlijk\n    01-06-2027, nog niet gedaan)\n"
        ),
        "a fixed mark is a bullet, not a box:\n{screen}"
    );
    assert!(
        screen.contains("Afvinken doe\nje bij Jouw plan, met K."),
        "{screen}"
    );
    assert!(
        screen.contains("Wie doet het?\n  Mijn leidinggevende\n"),
        "a fixed answer is one line:\n{screen}"
    );
    assert!(
        screen.contains("Wanneer was het gesprek?\n"),
        "no typing hint:\n{screen}"
    );
    assert!(
        !screen.contains("typ hier"),
        "no text box in a fixed record:\n{screen}"
    );

    // Typing in the date, choosing, pasting: nothing changes, and it says why.
    h.keys(&["9"]);
    assert!(h.notice_text().starts_with("Dit gesprek is vastgelegd"));
    h.send(Msg::Paste("x".into()));
    h.send(Msg::Edit(EditKey::Clear));
    h.keys(&["Tab", "Space", "Down", "Space"]);
    assert_eq!(h.plan, fixed, "the record stays as it was");

    // The done mark under the agreement can be ticked.
    let done = FieldKind::Checks(ChecksId::Done(0));
    while h.step.focused_field(&h.plan).map(|f| f.kind) != Some(done) {
        h.keys(&["Tab"]);
    }
    h.keys(&["Space"]);
    assert!(h.plan.latest_record().unwrap().afspraken[0].klaar);
    assert!(h.screen().contains("[x] Gedaan"), "{}", h.screen());
    h.assert_footer_is_honest();

    // A later conversation is a new record; the fixed one stays.
    while h.step.focused_field(&h.plan).map(|f| f.kind)
        != Some(FieldKind::Button(ButtonId::NewRecord))
    {
        h.keys(&["Tab"]);
    }
    h.keys(&["Enter"]);
    assert!(!h.step.shows_fixed(&h.plan));
    h.keys(&["20-05-2027"]);
    assert_eq!(h.plan.verslagen.len(), 2);
    assert!(h.plan.verslagen[0].vastgelegd && !h.plan.verslagen[1].vastgelegd);
    assert_eq!(h.plan.verslagen[1].datum, Some(day(2027, 5, 20)));
    assert!(h.screen().contains("Hebben jullie weer gepraat?"));
}

#[test]
fn what_is_typed_and_wiped_again_leaves_the_plan_as_it_was() {
    let before = with_actions();
    let mut h = Harness::with_plan(RecordStep::default(), before.clone());
    h.keys(&[
        "15-01-2027",
        "Tab",
        "Space",
        "Tab",
        "01-03-2027",
        "Tab",
        "Afspraak",
    ]);
    assert!(h.plan.open_record().is_some());
    // Wipe the agreement, the action's date, the mark and the date again.
    h.send(Msg::Edit(EditKey::Clear));
    h.keys(&["BTab"]);
    h.send(Msg::Edit(EditKey::Clear));
    h.keys(&["BTab", "Space"]);
    h.keys(&["BTab"]);
    h.send(Msg::Edit(EditKey::Clear));
    assert_eq!(h.plan, before, "an empty record is no record");
}

#[test]
fn an_action_no_longer_agreed_loses_its_date_and_says_so() {
    let mut h = Harness::with_plan(RecordStep::default(), with_actions());
    h.keys(&["Tab", "Space", "Tab", "01-03-2027", "BTab", "Space"]);
    assert_eq!(h.plan.acties[0].streefdatum, None);
    assert!(
        h.notice_text()
            .contains("De datum bij deze actie is weggehaald")
    );
    assert_eq!(h.plan.verslagen, [], "nothing else was typed");
}

#[test]
fn what_cannot_be_read_is_named_and_keeps_the_record_open() {
    let mut h = Harness::with_plan(RecordStep::default(), with_actions());
    h.keys(&[
        "31-02-2027",
        "Tab",
        "Tab",
        "Lezen",
        "Tab",
        "Tab",
        "Tab",
        "Tab",
        "veel",
    ]);
    let screen = h.screen();
    assert!(
        screen.contains("! Typ een heel getal van 0 tot en met 200"),
        "{screen}"
    );
    assert_eq!(
        Component::unstored(&h.step).as_deref(),
        Some("de datum van het gesprek (31-02-2027), de uren per maand om te leren (veel)")
    );
    let mut ctx_plan = h.plan.clone();
    assert!(
        h.step
            .not_ready(&ctx_plan)
            .unwrap()
            .starts_with("Dit klopt nog niet")
    );
    // An agreement with a person but no text is not ready either.
    ctx_plan.change_open_record(|v| v.afspraken[0].wat.clear());
    h.step.typed.clear();
    ctx_plan.change_open_record(|v| {
        v.afspraken.push(crate::model::plan::Afspraak {
            wie: Some(Wie::Ik),
            ..Default::default()
        })
    });
    assert_eq!(
        h.step.not_ready(&ctx_plan).as_deref(),
        Some(
            "Bij afspraak 1 staat nog niet wat jullie afspreken. Schrijf het op, of maak de \
             andere vakken ervan leeg."
        )
    );
}

#[test]
fn the_record_reads_whole_at_80x24() {
    let mut h = Harness::with_plan(RecordStep::default(), with_actions());
    let long: Vec<String> = (1..=12)
        .map(|n| format!("Zin{n} van het gesprek."))
        .collect();
    h.plan.change_open_record(|v| {
        v.verloop = Some(long.join(" "));
        v.datum = Some(day(2027, 1, 15));
        v.vastgelegd = true;
    });
    // Focus the long text: every sentence of it is on screen, none cut.
    while h.step.focused_field(&h.plan).map(|f| f.kind)
        != Some(FieldKind::Text(TextId::Record(RecordText::Verloop)))
    {
        h.keys(&["Tab"]);
    }
    let screen = form_side(&h.screen());
    let form: Vec<&str> = screen.lines().map(str::trim).collect();
    let start = form
        .iter()
        .position(|l| l.starts_with("› Zin1 "))
        .expect(&screen);
    let shown: Vec<&str> = form[start..]
        .iter()
        .take_while(|l| !l.is_empty())
        .map(|l| l.trim_start_matches("› "))
        .collect();
    assert_eq!(shown.join(" "), long.join(" "), "{screen}");
    let form_width = screen
        .lines()
        .filter(|l| l.contains("van het gesprek."))
        .map(|l| l.chars().count())
        .max();
    assert!(form_width.is_some_and(|w| w <= 46), "{screen}");
}

#[test]
fn agreed_actions_stand_in_the_order_of_the_plan() {
    let mut h = Harness::with_plan(RecordStep::default(), with_actions());
    h.keys(&["Tab", "Down", "Space", "Up", "Space"]);
    assert_eq!(
        h.plan.open_record().unwrap().acties,
        ["Cursus Excel volgen", "Meelopen bij de klantenservice"]
    );
}

#[test]
fn an_agreed_action_changed_in_the_plan_warns_first_and_the_record_keeps_its_words() {
    use crate::tui::steps::plan::PlanStep;
    let mut plan = with_actions();
    plan.change_open_record(|v| {
        v.acties.push("Meelopen bij de klantenservice".into());
        v.vastgelegd = true;
    });
    let mut h = Harness::with_plan(PlanStep::default(), plan);
    // The cell "over twee jaar, digitaal": its action is agreed.
    h.keys(&["Down", "Right", "Right", "Enter"]);
    h.keys(&["Del"]);
    assert_eq!(h.last, Outcome::Ask(DialogKind::DeleteAgreed(1)));
    assert!(
        DialogKind::DeleteAgreed(1)
            .question()
            .contains("In het verslag van het gesprek blijft hij staan")
    );
    h.keys(&["Enter"]);
    assert!(
        h.notice_text()
            .starts_with("Deze actie hebben jullie in het gesprek afgesproken"),
        "{}",
        h.notice_text()
    );
    h.keys(&[" anders", "Enter"]);
    assert_eq!(
        h.plan.acties[1].tekst,
        "Meelopen bij de klantenservice anders"
    );
    let v = h.plan.latest_record().unwrap();
    assert_eq!(v.acties, ["Meelopen bij de klantenservice"], "fixed words");
    let rows = crate::report::agreements::rows(&h.plan, v);
    assert_eq!(rows[0][3], crate::report::agreements::GONE);
    // The record's own screen says the same.
    let record = Harness::with_plan(RecordStep::default(), h.plan.clone());
    let flat = form_side(&record.screen())
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    assert!(
        flat.contains("• Meelopen bij de klantenservice (staat niet meer zo in je plan)"),
        "{}",
        record.screen()
    );
}
