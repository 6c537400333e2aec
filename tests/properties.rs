//! Property tests: any valid plan survives a save and load unchanged, and the
//! loader never panics, whatever bytes it is given.

use kwadrant::model::Catalog;
use kwadrant::model::keyword::Keyword;
use kwadrant::model::plan::{
    Actie, Afspraak, Baangereedschap, EIGEN, Gesprek, Herkomst, Keuze, Kleur, KostenDoor,
    MAX_TAKEN, MAX_UREN_PER_MAAND, MAX_VERLOF_UREN, MIN_TAKEN, Medewerker, Methode, Moment, Plan,
    Positie, Richting, Scores, Soort, SoortWerk, Status, Taak, Termijn, Verslag, Vorm, Wie,
};
use kwadrant::plan_file::{self, LoadError};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};
use toml::value::{Date, Datetime, Offset, Time};

/// Any text a person might type, including newlines, quotes, tabs and emoji.
/// Any text a plan may hold: every character but control characters and
/// bidi overrides, which a plan refuses (issue #9).
fn text() -> impl Strategy<Value = String> {
    prop::collection::vec(any::<char>(), 0..30).prop_map(|c| {
        c.into_iter()
            .filter(|c| !kwadrant::model::plan::unsafe_char(*c))
            .collect()
    })
}

fn optional_text() -> impl Strategy<Value = Option<String>> {
    prop::option::of(text())
}

fn keyword<K: Keyword + std::fmt::Debug>() -> impl Strategy<Value = K> {
    select(K::ALL)
}

fn score() -> impl Strategy<Value = f64> {
    (0..=100u32).prop_map(|n| f64::from(n) / 10.0)
}

fn date() -> impl Strategy<Value = Date> {
    (2000..=2100u16, 1..=12u8, 1..=28u8).prop_map(|(year, month, day)| Date { year, month, day })
}

fn datetime() -> impl Strategy<Value = Datetime> {
    (
        date(),
        0..24u8,
        0..60u8,
        0..60u8,
        -48..=48i16,
        any::<bool>(),
    )
        .prop_map(|(date, hour, minute, second, quarter, zulu)| Datetime {
            date: Some(date),
            time: Some(Time {
                hour,
                minute,
                second: Some(second),
                nanosecond: None,
            }),
            offset: Some(if zulu {
                Offset::Z
            } else {
                Offset::Custom {
                    minutes: quarter * 15,
                }
            }),
        })
}

fn local_date() -> impl Strategy<Value = Datetime> {
    date().prop_map(|d| Datetime {
        date: Some(d),
        time: None,
        offset: None,
    })
}

/// Where the work stood on earlier dates: one entry per date, oldest first.
fn geschiedenis() -> impl Strategy<Value = Vec<Moment>> {
    prop::collection::vec(
        (
            1..=12u8,
            prop::option::of(keyword::<Methode>()),
            score(),
            score(),
            prop::option::of(0..=4i64),
        ),
        0..5,
    )
    .prop_map(|entries| {
        entries
            .into_iter()
            .enumerate()
            .map(
                |(i, (month, methode, sociaal, creativiteit, digitaal_nu))| Moment {
                    datum: Date {
                        year: 2026 + i as u16,
                        month,
                        day: 1 + i as u8,
                    },
                    methode,
                    sociaal,
                    creativiteit,
                    digitaal_nu,
                },
            )
            .collect()
    })
}

/// Records of conversations: any mix of fields, agreements and fixed marks.
fn verslagen() -> impl Strategy<Value = Vec<Verslag>> {
    let afspraak = (
        text().prop_filter("an agreement says what", |t| !t.trim().is_empty()),
        prop::option::of(keyword::<Wie>()),
        prop::option::of(date()),
        any::<bool>(),
    )
        .prop_map(|(wat, wie, wanneer, klaar)| Afspraak {
            wat,
            wie,
            wanneer,
            klaar,
        });
    let verslag = (
        (prop::option::of(date()), prop::option::of(date())),
        prop::collection::vec(
            text().prop_filter("an agreed action has text", |t| !t.trim().is_empty()),
            0..3,
        ),
        (
            prop::option::of(0..=MAX_UREN_PER_MAAND),
            prop::option::of(0..=MAX_VERLOF_UREN),
            prop::option::of((0..=100_000u32).prop_map(|c| f64::from(c) / 4.0)),
            prop::option::of(keyword::<KostenDoor>()),
        ),
        (optional_text(), optional_text(), optional_text()),
        (any::<bool>(), any::<bool>()),
        prop::collection::vec(afspraak, 0..3),
    )
        .prop_map(
            |(
                (datum, volgende_gesprek),
                acties,
                (uren_per_maand, verlof_uren, kosten_bedrag, kosten_door),
                (werkgever_doet, werkzekerheid, verloop),
                (verloop_delen, vastgelegd),
                afspraken,
            )| Verslag {
                datum,
                acties,
                uren_per_maand,
                verlof_uren,
                kosten_bedrag,
                kosten_door,
                werkgever_doet,
                werkzekerheid,
                volgende_gesprek,
                verloop,
                verloop_delen,
                vastgelegd,
                afspraken,
            },
        );
    prop::collection::vec(verslag, 0..3)
}

fn actie() -> impl Strategy<Value = Actie> {
    (
        keyword::<Termijn>(),
        keyword::<Soort>(),
        text().prop_filter("an action has text", |t| !t.trim().is_empty()),
        prop::option::of(keyword::<Vorm>()),
        any::<bool>(),
        prop::option::of(local_date()),
    )
        .prop_map(|(termijn, soort, tekst, vorm, klaar, streefdatum)| Actie {
            termijn,
            soort,
            tekst,
            vorm,
            klaar,
            streefdatum,
        })
}

fn taak() -> impl Strategy<Value = Taak> {
    (
        text().prop_filter("a task has text", |t| !t.trim().is_empty()),
        (0..=100i64, 0..=100i64),
        any::<bool>(),
        keyword::<Kleur>(),
        (score(), score()),
        prop_oneof![Just(EIGEN.to_string()), text()],
    )
        .prop_map(
            |(tekst, (procent_nu, procent_straks), kern, kleur, (sociaal, creativiteit), bron)| {
                Taak {
                    tekst,
                    procent_nu,
                    procent_straks,
                    kern,
                    kleur,
                    sociaal,
                    creativiteit,
                    bron,
                }
            },
        )
}

/// Shares of a finished plan add up to 100, now and in two years, and
/// every task has a share now.
fn divide_the_week(taken: &mut [Taak]) {
    let n = taken.len() as i64;
    for (i, taak) in taken.iter_mut().enumerate() {
        let share = 100 / n + i64::from(i == 0) * (100 % n);
        taak.procent_nu = share;
        taak.procent_straks = share;
    }
}

fn positie() -> impl Strategy<Value = Positie> {
    let catalog = Catalog::embedded();
    let ids = |list: &[kwadrant::model::catalog::Question]| -> Vec<String> {
        list.iter().map(|q| q.id.clone()).collect()
    };
    // Answers belong to one version of the questionnaire: 1 (the version
    // is then often left out, as in formaat 1), 2, or the current one.
    let earlier = ids(&catalog.earlier[0].questions);
    let second = ids(&catalog.earlier[1].questions);
    let current = ids(&catalog.questions);
    let version = catalog.questionnaire_version;
    (
        prop::option::of(keyword::<SoortWerk>()),
        prop::option::of(keyword::<Methode>()),
        prop::option::of(score()),
        prop::option::of(score()),
        prop_oneof![
            (
                subsequence(earlier.clone(), 0..=earlier.len()),
                prop::option::of(Just(1i64))
            ),
            (
                subsequence(second.clone(), 0..=second.len()),
                Just(Some(2i64))
            ),
            (
                subsequence(current.clone(), 0..=current.len()),
                Just(Some(version))
            ),
        ],
        prop::collection::vec(1..=5i64, current.len().max(earlier.len()).max(second.len())),
        (
            prop::option::of((score(), score())),
            prop::option::of((score(), score())),
        ),
    )
        .prop_map(
            |(
                soort_werk,
                methode,
                sociaal,
                creativiteit,
                (asked, vragenlijst),
                answers,
                (sliders, from),
            )| {
                let antwoorden: Vec<(String, i64)> = if methode.is_some() {
                    asked.into_iter().zip(answers).collect()
                } else {
                    Vec::new()
                };
                // Kept results belong to the questionnaire; an adjusted point needs a point.
                let questionnaire = matches!(methode, Some(Methode::Vragenlijst | Methode::Taken));
                let scores = |(sociaal, creativiteit)| Scores {
                    sociaal,
                    creativiteit,
                };
                let placed = sociaal.is_some() && creativiteit.is_some();
                Positie {
                    soort_werk,
                    methode,
                    sociaal,
                    creativiteit,
                    vragenlijst: if antwoorden.is_empty() {
                        None
                    } else {
                        vragenlijst
                    },
                    antwoorden,
                    schuifjes: sliders.filter(|_| questionnaire).map(scores),
                    bijgesteld_van: from.filter(|_| questionnaire && placed).map(scores),
                }
            },
        )
}

fn richting() -> impl Strategy<Value = Richting> {
    (
        prop::option::of(keyword::<Keuze>()),
        optional_text(),
        subsequence(Baangereedschap::ALL, 0..=Baangereedschap::ALL.len()),
        prop::option::of(0..=4i64),
        prop::option::of(0..=4i64),
        (optional_text(), optional_text(), optional_text()),
        (optional_text(), optional_text()),
    )
        .prop_map(
            |(
                keuze,
                doelfunctie,
                tools,
                nu,
                later,
                (leuk, goed_in, leervorm),
                (houding, keuzes),
            )| Richting {
                keuze,
                doelfunctie,
                baangereedschap: tools,
                digitaal_nu: nu,
                digitaal_over_twee_jaar: later,
                leuk,
                goed_in,
                leervorm,
                houding,
                keuzes,
            },
        )
}

/// Any plan that passes validation.
fn plan() -> impl Strategy<Value = Plan> {
    (
        keyword::<Status>(),
        prop::option::of(datetime()),
        prop::option::of(datetime()),
        (
            optional_text(),
            optional_text(),
            optional_text(),
            optional_text(),
        ),
        positie(),
        richting(),
        (
            prop::collection::vec(actie(), 0..8),
            prop::collection::vec(taak(), 0..=MAX_TAKEN),
        ),
        (
            optional_text(),
            prop::option::of(local_date()),
            optional_text(),
        ),
        (optional_text(), geschiedenis(), verslagen()),
    )
        .prop_map(
            |(
                status,
                aangemaakt,
                gewijzigd,
                who,
                positie,
                richting,
                (acties, mut taken),
                talk,
                (split, geschiedenis, verslagen),
            )| {
                let by_tasks = positie.methode == Some(Methode::Taken);
                if by_tasks && taken.iter().filter(|t| t.procent_nu > 0).count() < MIN_TAKEN {
                    taken.truncate(MIN_TAKEN);
                    while taken.len() < MIN_TAKEN {
                        taken.push(taken.first().cloned().unwrap_or(Taak {
                            tekst: "Post openen".into(),
                            procent_nu: 0,
                            procent_straks: 0,
                            kern: false,
                            kleur: Kleur::Geen,
                            sociaal: 1.0,
                            creativiteit: 1.0,
                            bron: EIGEN.into(),
                        }));
                    }
                    divide_the_week(&mut taken);
                }
                if status == Status::Klaar && !taken.is_empty() {
                    divide_the_week(&mut taken);
                }
                let mut plan = Plan {
                    status,
                    aangemaakt,
                    gewijzigd,
                    herkomst: Herkomst {
                        afgesplitst_van: split,
                        catalogus: None,
                    },
                    medewerker: Medewerker {
                        naam: who.0,
                        functie: who.1,
                        afdeling: who.2,
                        gemeente: who.3,
                    },
                    positie,
                    richting,
                    acties,
                    taken,
                    gesprek: Gesprek {
                        leidinggevende: talk.0,
                        datum: talk.1,
                        nodig_van_leidinggevende: talk.2,
                    },
                    geschiedenis,
                    verslagen,
                };
                if plan.status == Status::Klaar {
                    let p = &mut plan.positie;
                    plan.medewerker.functie = Some("Baliemedewerker".into());
                    p.soort_werk.get_or_insert(SoortWerk::Cognitief);
                    p.methode.get_or_insert(Methode::Direct);
                    p.sociaal.get_or_insert(4.0);
                    p.creativiteit.get_or_insert(6.5);
                    plan.richting.keuze.get_or_insert(Keuze::NogOpen);
                }
                plan
            },
        )
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn any_valid_plan_saves_and_loads_back_unchanged(plan in plan()) {
        let ids = Catalog::embedded().question_ids(plan.positie.vragenlijst);
        prop_assert_eq!(plan.validate(&ids), vec![]);
        let text = plan_file::to_toml(&plan);
        let loaded = plan_file::parse(text.as_bytes());
        prop_assert_eq!(loaded.as_ref().ok(), Some(&plan), "{:?}\n{}", loaded, text);
        // And a second save writes the same text.
        prop_assert_eq!(plan_file::to_toml(&loaded.unwrap()), text);
    }

    #[test]
    fn the_loader_never_panics_on_any_bytes(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        let _ = plan_file::parse(&bytes);
    }

    #[test]
    fn the_loader_never_panics_on_a_damaged_plan(
        plan in plan(),
        cuts in prop::collection::vec((any::<prop::sample::Index>(), any::<u8>()), 1..6),
    ) {
        let mut bytes = plan_file::to_toml(&plan).into_bytes();
        for (at, byte) in cuts {
            let i = at.index(bytes.len());
            bytes[i] = byte;
        }
        let _ = plan_file::parse(&bytes);
        let half = bytes.len() / 2;
        let _ = plan_file::parse(&bytes[..half]);
    }
}

proptest! {
    /// Any text with a control character or a bidi override in it is
    /// refused by reading, with the field; `neutralise` leaves none behind.
    #[test]
    fn a_text_with_an_unsafe_character_is_refused_and_neutralised(
        before in text(),
        after in text(),
        bad in prop_oneof![
            (0u32..0x20).prop_filter("tab and newline are text", |c| *c != 9 && *c != 10),
            Just(0x7f),
            0x80u32..0xa0,
            0x202au32..0x202f,
            0x2066u32..0x206a,
        ],
    ) {
        let bad = char::from_u32(bad).unwrap();
        let naam = format!("{before}{bad}{after}");
        let mut plan = Plan::default();
        plan.medewerker.naam = Some(naam.clone());
        let text = plan_file::to_toml(&plan);
        let Err(LoadError::Invalid(problems)) = plan_file::parse(text.as_bytes()) else {
            panic!("{naam:?} was accepted");
        };
        prop_assert!(problems.iter().any(|p| p.field == "medewerker.naam"), "{problems:?}");
        let clean = kwadrant::model::plan::neutralise(&naam);
        prop_assert!(!clean.chars().any(kwadrant::model::plan::unsafe_char));
    }
}
