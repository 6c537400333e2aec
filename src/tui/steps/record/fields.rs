//! The fields of the record of a conversation: which there are (all of them
//! while it is written, only the filled ones once it is fixed), how they are
//! worded, where each value goes, and what the panel beside them says.

use super::{RecordStep, typed};
use crate::model::plan::{Plan, Verslag};
use crate::tui::steps::form::{
    ButtonId, ChecksId, ChoiceId, Field, FieldKind, FormStep, RecordChoice, RecordText, TextId,
};

const fn text(label: &'static str, id: RecordText) -> Field {
    Field::text(label, TextId::Record(id))
}

const fn choice(label: &'static str, id: RecordChoice) -> Field {
    Field::choice(label, ChoiceId::Record(id))
}

const AGREED: Field = Field {
    label: "Welke acties uit je plan spreken jullie af?",
    kind: FieldKind::Checks(ChecksId::Agreed),
};

/// The fields after the agreements, in order.
const REST: [Field; 9] = [
    text(
        "Hoeveel uur per maand mag je leren onder werktijd?",
        RecordText::Uren,
    ),
    text(
        "Hoeveel uur verlof krijg je om te leren?",
        RecordText::Verlof,
    ),
    text(
        "Wat kost het, in euro? (als jullie het weten)",
        RecordText::Kosten,
    ),
    choice("Wie betaalt het?", RecordChoice::KostenDoor),
    text(
        "Wat doet je werkgever om het mogelijk te maken?",
        RecordText::WerkgeverDoet,
    ),
    text(
        "Wat spreken jullie af over je werk en je inkomen, zolang je werk verandert?",
        RecordText::Werkzekerheid,
    ),
    text(
        "Wanneer praten jullie weer? (zoals 15-06-2027)",
        RecordText::Volgende,
    ),
    text(
        "Hoe ging het gesprek? In je eigen woorden.",
        RecordText::Verloop,
    ),
    choice(
        "Mag die zin op het papier voor je leidinggevende?",
        RecordChoice::VerloopDelen,
    ),
];

/// Every field of the record being written.
pub fn open(plan: &Plan) -> Vec<Field> {
    let v = plan.open_record();
    let agreed: &[String] = v.map_or(&[], |v| &v.acties);
    let count = v.map_or(0, |v| v.afspraken.len());
    let mut fields = vec![text(
        "Wanneer was het gesprek? (zoals 15-12-2026)",
        RecordText::Datum,
    )];
    if !plan.acties.is_empty() || !agreed.is_empty() {
        fields.push(AGREED);
    }
    for (j, a) in plan.acties.iter().enumerate() {
        if agreed.contains(&a.tekst) {
            fields.push(text("", RecordText::Streefdatum(j)));
        }
    }
    for i in 0..count {
        fields.extend(agreement(i));
    }
    fields.push(text("", RecordText::Wat(count)));
    fields.extend(REST);
    fields.extend([
        Field::button(ButtonId::Fix),
        Field::button(ButtonId::ToSummary),
    ]);
    fields
}

fn agreement(i: usize) -> [Field; 3] {
    [
        text("", RecordText::Wat(i)),
        choice("Wie doet het?", RecordChoice::Wie(i)),
        text(
            "Wanneer is het klaar? (zoals 01-03-2027)",
            RecordText::Wanneer(i),
        ),
    ]
}

/// The filled fields of the latest fixed record, with a done mark under
/// each agreement.
pub fn fixed(step: &RecordStep, plan: &Plan) -> Vec<Field> {
    let Some(v) = plan.latest_record() else {
        return vec![Field::button(ButtonId::NewRecord)];
    };
    let mut fields = vec![text(
        "Wanneer was het gesprek? (zoals 15-12-2026)",
        RecordText::Datum,
    )];
    if !v.acties.is_empty() {
        fields.push(AGREED);
    }
    for i in 0..v.afspraken.len() {
        fields.extend(agreement(i));
        fields.push(Field {
            label: "Is het gedaan?",
            kind: FieldKind::Checks(ChecksId::Done(i)),
        });
    }
    fields.extend(REST);
    fields.retain(|f| filled(step, plan, v, f));
    fields.extend([
        Field::button(ButtonId::NewRecord),
        Field::button(ButtonId::ToSummary),
    ]);
    fields
}

/// Whether a field of a fixed record has something to show.
fn filled(step: &RecordStep, plan: &Plan, v: &Verslag, field: &Field) -> bool {
    match field.kind {
        FieldKind::Text(id) => !step.text(plan, id).trim().is_empty(),
        FieldKind::Choice(ChoiceId::Record(RecordChoice::VerloopDelen)) => v.verloop.is_some(),
        FieldKind::Choice(id) => step.chosen_option(plan, id).is_some(),
        _ => true,
    }
}

/// The question above a field, worded from the plan where it names an
/// action or counts agreements.
pub fn label(step: &RecordStep, plan: &Plan, field: &Field) -> String {
    let count = step.shown(plan).map_or(0, |v| v.afspraken.len());
    match field.kind {
        FieldKind::Text(TextId::Record(RecordText::Streefdatum(j))) => {
            let action = plan.acties.get(j).map_or("", |a| a.tekst.as_str());
            format!("Wanneer is deze actie klaar: \"{action}\"? (zoals 01-06-2027)")
        }
        FieldKind::Text(TextId::Record(RecordText::Wat(i))) if i < count => {
            format!("Afspraak {}: wat spreken jullie af?", i + 1)
        }
        FieldKind::Text(TextId::Record(RecordText::Wat(_))) if count == 0 => {
            "Wat spreken jullie nog meer af? Schrijf hier één afspraak. Daarna kun je er \
             nog een toevoegen."
                .into()
        }
        FieldKind::Text(TextId::Record(RecordText::Wat(_))) => {
            "Nog een afspraak? Schrijf hier wat jullie afspreken.".into()
        }
        FieldKind::Checks(ChecksId::Agreed) if step.shows_fixed(plan) => {
            "Afgesproken acties uit je plan. Afvinken doe je bij Jouw plan, met K.".into()
        }
        // A fixed record is read, not typed: no "(zoals 15-12-2026)".
        _ if step.shows_fixed(plan) => field
            .label
            .split(" (zoals")
            .next()
            .unwrap_or_default()
            .to_string(),
        _ => field.label.to_string(),
    }
}

/// Stores what was typed in a field of the record being written; a date,
/// number or amount that cannot be read is stored as absent.
pub fn store(v: &mut Verslag, id: RecordText, value: String) {
    let text = (!value.trim().is_empty()).then(|| value.clone());
    match id {
        RecordText::Datum => v.datum = typed::day(&value),
        RecordText::Wat(i) => {
            if v.afspraken.len() <= i {
                v.afspraken.resize_with(i + 1, Default::default);
            }
            v.afspraken[i].wat = value;
        }
        RecordText::Wanneer(i) => {
            if let Some(a) = v.afspraken.get_mut(i) {
                a.wanneer = typed::day(&value);
            }
        }
        RecordText::Uren => v.uren_per_maand = typed::hours(&value, typed_max(id)),
        RecordText::Verlof => v.verlof_uren = typed::hours(&value, typed_max(id)),
        RecordText::Kosten => v.kosten_bedrag = typed::euros(&value),
        RecordText::WerkgeverDoet => v.werkgever_doet = text,
        RecordText::Werkzekerheid => v.werkzekerheid = text,
        RecordText::Volgende => v.volgende_gesprek = typed::day(&value),
        RecordText::Verloop => v.verloop = text,
        // Kept on the action itself, by the step.
        RecordText::Streefdatum(_) => {}
    }
}

fn typed_max(id: RecordText) -> i64 {
    match typed::kind_of(id) {
        Some(typed::Kind::Hours(max)) => max,
        _ => 0,
    }
}

/// The rows of a list of marks: the plan's actions (agreed or not) while
/// the record is written, the agreed ones with their date once it is fixed.
pub fn check_rows(step: &RecordStep, plan: &Plan, id: ChecksId) -> Vec<(String, bool)> {
    let v = step.shown(plan);
    match id {
        ChecksId::Tools => Vec::new(),
        ChecksId::Done(i) => v
            .and_then(|v| v.afspraken.get(i))
            .map(|a| vec![("Gedaan".to_string(), a.klaar)])
            .unwrap_or_default(),
        ChecksId::Agreed if step.shows_fixed(plan) => v
            .map(|v| v.acties.as_slice())
            .unwrap_or_default()
            .iter()
            .map(|tekst| {
                let action = plan.acties.iter().find(|a| &a.tekst == tekst);
                let mut marks: Vec<String> = action
                    .and_then(|a| a.streefdatum.and_then(|d| d.date))
                    .map(|d| format!("uiterlijk {}", typed::show_day(d)))
                    .into_iter()
                    .collect();
                marks.push(match action {
                    Some(a) if a.klaar => "gedaan".into(),
                    Some(_) => "nog niet gedaan".into(),
                    None => "staat niet meer zo in je plan".into(),
                });
                (format!("{tekst} ({})", marks.join(", ")), true)
            })
            .collect(),
        ChecksId::Agreed => {
            let agreed: &[String] = v.map_or(&[], |v| &v.acties);
            let mut rows: Vec<(String, bool)> = plan
                .acties
                .iter()
                .map(|a| (a.tekst.clone(), agreed.contains(&a.tekst)))
                .collect();
            rows.extend(
                gone(plan, agreed).map(|t| (format!("{t} (staat niet meer in je plan)"), true)),
            );
            rows
        }
    }
}

/// Agreed actions whose text is no longer in the plan.
fn gone<'a>(plan: &'a Plan, agreed: &'a [String]) -> impl Iterator<Item = &'a String> {
    agreed
        .iter()
        .filter(|t| !plan.acties.iter().any(|a| &a.tekst == *t))
}

/// Agrees or un-agrees the action of row `row`; an action no longer agreed
/// loses its date. Returns whether a date was cleared.
pub fn toggle_agreed(plan: &mut Plan, row: usize) -> bool {
    let changed = toggle_one(plan, row);
    // The agreed actions stand in the order of the plan, as on screen.
    let order: Vec<String> = plan.acties.iter().map(|a| a.tekst.clone()).collect();
    if plan.open_record().is_some() {
        plan.change_open_record(|v| {
            v.acties
                .sort_by_key(|t| order.iter().position(|o| o == t).unwrap_or(usize::MAX));
        });
    }
    changed
}

fn toggle_one(plan: &mut Plan, row: usize) -> bool {
    let agreed: Vec<String> = plan
        .open_record()
        .map(|v| v.acties.clone())
        .unwrap_or_default();
    let Some(action) = plan.acties.get(row) else {
        // A row below the plan's actions: an agreed text that is gone.
        let Some(text) = gone(plan, &agreed).nth(row - plan.acties.len()).cloned() else {
            return false;
        };
        plan.change_open_record(|v| v.acties.retain(|t| *t != text));
        return false;
    };
    let text = action.tekst.clone();
    if agreed.contains(&text) {
        plan.change_open_record(|v| v.acties.retain(|t| *t != text));
        plan.acties[row].streefdatum.take().is_some()
    } else {
        plan.change_open_record(|v| v.acties.push(text));
        false
    }
}

/// What the panel beside the focused field says.
pub fn explanation(fixed: bool, field: Field) -> String {
    let words = match field.kind {
        FieldKind::Checks(ChecksId::Done(_)) => {
            "Zet een kruisje als deze afspraak gedaan is. Druk op de spatiebalk."
        }
        FieldKind::Button(ButtonId::NewRecord) => {
            "Hebben jullie weer gepraat? Vul dan een nieuw gesprek in. Dit gesprek blijft \
             bewaard."
        }
        FieldKind::Button(ButtonId::ToSummary) => "Terug naar het overzicht van je plan.",
        _ if fixed => "Dit gesprek is vastgelegd. Het blijft zoals het is.",
        FieldKind::Button(ButtonId::Fix) => {
            "Zijn jullie het eens? Leg het gesprek dan vast. Daarna blijft het zoals het is: \
             je kunt alleen nog aanvinken wat gedaan is. kwadrant slaat je plan meteen op."
        }
        FieldKind::Checks(ChecksId::Agreed) => {
            "Zet een kruisje bij elke actie die jullie samen afspreken. Druk op de spatiebalk \
             om het kruisje te zetten of weg te halen."
        }
        FieldKind::Text(TextId::Record(id)) => match id {
            RecordText::Datum => "De dag waarop jullie praatten. Typ zo: 15-12-2026.",
            RecordText::Streefdatum(_) => {
                "Wanneer wil je deze actie af hebben? Je ziet de datum hier terug, en op het \
                 papier voor je leidinggevende."
            }
            RecordText::Wat(_) => {
                "Iets wat jullie afspreken en wat niet in je plan staat. Bijvoorbeeld: 'We \
                 zoeken samen een cursus uit.'"
            }
            RecordText::Wanneer(_) => "Wanneer moet het klaar zijn? Typ zo: 01-03-2027.",
            RecordText::Uren => {
                "Hoeveel uur je elke maand onder werktijd mag leren. Typ een getal, zoals 4."
            }
            RecordText::Verlof => {
                "Uren vrij om te leren, bijvoorbeeld voor een examen. Typ een getal, zoals 16."
            }
            RecordText::Kosten => {
                "Wat de cursus of opleiding kost, als jullie dat al weten. Typ zo: 450 of \
                 450,50."
            }
            RecordText::WerkgeverDoet => {
                "Bijvoorbeeld: minder werk tijdens de cursus, of een collega die je helpt."
            }
            RecordText::Werkzekerheid => {
                "Bijvoorbeeld: je houdt je salaris terwijl je leert, of je krijgt voorrang \
                 op een andere baan."
            }
            RecordText::Volgende => "Wanneer praten jullie weer over je plan? Typ zo: 15-06-2027.",
            RecordText::Verloop => {
                "Hoe vond je het gesprek? Dit is voor jou. Hieronder kies je of het op het \
                 papier voor je leidinggevende komt."
            }
        },
        FieldKind::Choice(ChoiceId::Record(RecordChoice::KostenDoor)) => {
            "Het loopbaanbudget is geld voor je ontwikkeling dat je via je werk kunt \
             gebruiken."
        }
        FieldKind::Choice(ChoiceId::Record(RecordChoice::Wie(_))) => {
            "Wie zorgt ervoor dat het gebeurt?"
        }
        FieldKind::Choice(ChoiceId::Record(RecordChoice::VerloopDelen)) => {
            "Zoals het nu staat, komt de zin niet op het papier. Kies 'Ja' als je \
             leidinggevende hem mag lezen."
        }
        _ => "",
    };
    words.into()
}
