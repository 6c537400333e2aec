//! Writing a plan as a TOML document, with the header comment, that loads
//! back to the same plan.

use toml::map::Map;
use toml::value::{Date, Datetime, Value};

use crate::model::keyword::Keyword;
use crate::model::plan::{FORMAAT, Plan, Verslag};

/// The first line of every saved plan.
pub const HEADER: &str =
    "# Groeiplan, gemaakt met kwadrant. Bespreek dit plan met je leidinggevende.\n";

/// The plan as TOML text, with the header comment. Loading it gives the same
/// plan back; the quadrant is written for people, derived from the scores.
pub fn to_toml(plan: &Plan) -> String {
    let mut root = Map::new();
    root.insert("formaat".into(), Value::Integer(FORMAAT));
    root.insert("status".into(), plan.status.id().into());
    insert_date(&mut root, "aangemaakt", plan.aangemaakt);
    insert_date(&mut root, "gewijzigd", plan.gewijzigd);

    let mut t = Map::new();
    insert_text(&mut t, "afgesplitst_van", &plan.herkomst.afgesplitst_van);
    insert_text(&mut t, "catalogus", &plan.herkomst.catalogus);
    insert_table(&mut root, "herkomst", t);

    let m = &plan.medewerker;
    let mut t = Map::new();
    insert_text(&mut t, "naam", &m.naam);
    insert_text(&mut t, "functie", &m.functie);
    insert_text(&mut t, "afdeling", &m.afdeling);
    insert_text(&mut t, "gemeente", &m.gemeente);
    insert_table(&mut root, "medewerker", t);

    let p = &plan.positie;
    let mut t = Map::new();
    insert_keyword(&mut t, "soort_werk", p.soort_werk);
    insert_keyword(&mut t, "methode", p.methode);
    if let Some(version) = p.vragenlijst {
        t.insert("vragenlijst".into(), Value::Integer(version));
    }
    if let Some(v) = p.sociaal {
        t.insert("sociaal".into(), Value::Float(v));
    }
    if let Some(v) = p.creativiteit {
        t.insert("creativiteit".into(), Value::Float(v));
    }
    insert_keyword(&mut t, "kwadrant", p.quadrant());
    let answers: Map<String, Value> = p
        .antwoorden
        .iter()
        .map(|(id, a)| (id.clone(), Value::Integer(*a)))
        .collect();
    insert_table(&mut t, "antwoorden", answers);
    for (key, kept) in [
        ("schuifjes", p.schuifjes),
        ("bijgesteld_van", p.bijgesteld_van),
    ] {
        if let Some(kept) = kept {
            let mut scores = Map::new();
            scores.insert("sociaal".into(), Value::Float(kept.sociaal));
            scores.insert("creativiteit".into(), Value::Float(kept.creativiteit));
            insert_table(&mut t, key, scores);
        }
    }
    insert_table(&mut root, "positie", t);

    let r = &plan.richting;
    let mut t = Map::new();
    insert_keyword(&mut t, "keuze", r.keuze);
    insert_text(&mut t, "doelfunctie", &r.doelfunctie);
    if !r.baangereedschap.is_empty() {
        let tools = r.baangereedschap.iter().map(|b| b.id().into()).collect();
        t.insert("baangereedschap".into(), Value::Array(tools));
    }
    if let Some(v) = r.digitaal_nu {
        t.insert("digitaal_nu".into(), Value::Integer(v));
    }
    if let Some(v) = r.digitaal_over_twee_jaar {
        t.insert("digitaal_over_twee_jaar".into(), Value::Integer(v));
    }
    insert_text(&mut t, "leuk", &r.leuk);
    insert_text(&mut t, "goed_in", &r.goed_in);
    insert_text(&mut t, "leervorm", &r.leervorm);
    insert_text(&mut t, "houding", &r.houding);
    insert_text(&mut t, "keuzes", &r.keuzes);
    insert_table(&mut root, "richting", t);

    if !plan.acties.is_empty() {
        let acties = plan
            .acties
            .iter()
            .map(|a| {
                let mut t = Map::new();
                t.insert("termijn".into(), a.termijn.id().into());
                t.insert("soort".into(), a.soort.id().into());
                t.insert("tekst".into(), a.tekst.clone().into());
                insert_keyword(&mut t, "vorm", a.vorm);
                t.insert("klaar".into(), Value::Boolean(a.klaar));
                insert_date(&mut t, "streefdatum", a.streefdatum);
                Value::Table(t)
            })
            .collect();
        root.insert("acties".into(), Value::Array(acties));
    }

    if !plan.taken.is_empty() {
        let taken = plan
            .taken
            .iter()
            .map(|taak| {
                let mut t = Map::new();
                t.insert("tekst".into(), taak.tekst.clone().into());
                t.insert("procent_nu".into(), Value::Integer(taak.procent_nu));
                t.insert("procent_straks".into(), Value::Integer(taak.procent_straks));
                t.insert("kern".into(), Value::Boolean(taak.kern));
                t.insert("kleur".into(), taak.kleur.id().into());
                t.insert("sociaal".into(), Value::Float(taak.sociaal));
                t.insert("creativiteit".into(), Value::Float(taak.creativiteit));
                t.insert("bron".into(), taak.bron.clone().into());
                Value::Table(t)
            })
            .collect();
        root.insert("taken".into(), Value::Array(taken));
    }

    let g = &plan.gesprek;
    let mut t = Map::new();
    insert_text(&mut t, "leidinggevende", &g.leidinggevende);
    insert_date(&mut t, "datum", g.datum);
    insert_text(
        &mut t,
        "nodig_van_leidinggevende",
        &g.nodig_van_leidinggevende,
    );
    insert_table(&mut root, "gesprek", t);

    if !plan.geschiedenis.is_empty() {
        let moments = plan
            .geschiedenis
            .iter()
            .map(|m| {
                let mut t = Map::new();
                let date = Datetime {
                    date: Some(m.datum),
                    time: None,
                    offset: None,
                };
                t.insert("datum".into(), Value::Datetime(date));
                insert_keyword(&mut t, "methode", m.methode);
                t.insert("sociaal".into(), Value::Float(m.sociaal));
                t.insert("creativiteit".into(), Value::Float(m.creativiteit));
                insert_keyword(&mut t, "kwadrant", m.position().map(|p| p.quadrant()));
                if let Some(level) = m.digitaal_nu {
                    t.insert("digitaal_nu".into(), Value::Integer(level));
                }
                Value::Table(t)
            })
            .collect();
        root.insert("geschiedenis".into(), Value::Array(moments));
    }

    if !plan.verslagen.is_empty() {
        let records = plan.verslagen.iter().map(verslag).collect();
        root.insert("verslag".into(), Value::Array(records));
    }

    // Serialising a table of plain values cannot fail.
    let body = toml::to_string(&root).unwrap_or_default();
    format!("{HEADER}{body}")
}

/// One `[[verslag]]`, its agreements last.
fn verslag(v: &Verslag) -> Value {
    let day = |d: Option<Date>| {
        d.map(|date| Datetime {
            date: Some(date),
            time: None,
            offset: None,
        })
    };
    let mut t = Map::new();
    insert_date(&mut t, "datum", day(v.datum));
    if !v.acties.is_empty() {
        let texts = v.acties.iter().map(|a| Value::String(a.clone())).collect();
        t.insert("acties".into(), Value::Array(texts));
    }
    if let Some(n) = v.uren_per_maand {
        t.insert("uren_per_maand".into(), Value::Integer(n));
    }
    if let Some(n) = v.verlof_uren {
        t.insert("verlof_uren".into(), Value::Integer(n));
    }
    if let Some(euro) = v.kosten_bedrag {
        t.insert("kosten_bedrag".into(), Value::Float(euro));
    }
    insert_keyword(&mut t, "kosten_door", v.kosten_door);
    insert_text(&mut t, "werkgever_doet", &v.werkgever_doet);
    insert_text(&mut t, "werkzekerheid", &v.werkzekerheid);
    insert_date(&mut t, "volgende_gesprek", day(v.volgende_gesprek));
    insert_text(&mut t, "verloop", &v.verloop);
    t.insert("verloop_delen".into(), Value::Boolean(v.verloop_delen));
    t.insert("vastgelegd".into(), Value::Boolean(v.vastgelegd));
    if !v.afspraken.is_empty() {
        let agreements = v
            .afspraken
            .iter()
            .map(|a| {
                let mut t = Map::new();
                t.insert("wat".into(), a.wat.clone().into());
                insert_keyword(&mut t, "wie", a.wie);
                insert_date(&mut t, "wanneer", day(a.wanneer));
                t.insert("klaar".into(), Value::Boolean(a.klaar));
                Value::Table(t)
            })
            .collect();
        t.insert("afspraken".into(), Value::Array(agreements));
    }
    Value::Table(t)
}

fn insert_text(t: &mut Map<String, Value>, key: &str, text: &Option<String>) {
    if let Some(text) = text {
        t.insert(key.into(), text.clone().into());
    }
}

fn insert_keyword<K: Keyword>(t: &mut Map<String, Value>, key: &str, word: Option<K>) {
    if let Some(word) = word {
        t.insert(key.into(), word.id().into());
    }
}

fn insert_date(t: &mut Map<String, Value>, key: &str, date: Option<Datetime>) {
    if let Some(date) = date {
        t.insert(key.into(), Value::Datetime(date));
    }
}

fn insert_table(t: &mut Map<String, Value>, key: &str, table: Map<String, Value>) {
    if !table.is_empty() {
        t.insert(key.into(), Value::Table(table));
    }
}
