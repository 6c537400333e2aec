//! A generator of realistic plan files for the overview's tests and its
//! benchmark (`benches/overview.rs`): the same numbers every run, written by
//! kwadrant's own writer, so each file is a plan a session could have saved.
//! Nothing it writes goes into the repository.
#![allow(dead_code)]

use std::fs;
use std::path::Path;

use kwadrant::model::Catalog;
use kwadrant::model::keyword::Keyword;
use kwadrant::model::plan::{
    Actie, Baangereedschap, Keuze, Kleur, Methode, Plan, Soort, SoortWerk, Status, Taak, Termijn,
    Vorm,
};
use kwadrant::model::position::{Position, Quadrant};
use kwadrant::plan_file;

/// A small, fixed pseudo-random sequence (xorshift64*).
pub struct Numbers(u64);

impl Numbers {
    pub fn new(seed: u64) -> Self {
        Numbers(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    pub fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// 0..n.
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }
}

/// A score inside `quadrant`, away from the midlines unless `border`.
pub fn point_in(quadrant: Quadrant, border: bool, n: &mut Numbers) -> Position {
    let side = |high: bool, n: &mut Numbers| {
        let off = if border {
            0.2 + n.below(6) as f64 / 10.0
        } else {
            1.5 + n.below(30) as f64 / 10.0
        };
        let score = if high { 5.0 + off } else { 5.0 - off };
        (score * 10.0_f64).round() / 10.0
    };
    let x = side(
        quadrant.is_high(kwadrant::model::position::Axis::Sociaal),
        n,
    );
    let y = side(
        quadrant.is_high(kwadrant::model::position::Axis::Creativiteit),
        n,
    );
    Position::new(x, y).unwrap()
}

/// A plan as a session saves it: a place in `quadrant`, a direction, digital
/// levels, job tools, three to six actions (mostly catalog suggestions), and
/// tasks in one plan of three.
pub fn plan(quadrant: Quadrant, n: &mut Numbers) -> Plan {
    let catalog = Catalog::embedded();
    let mut plan = Plan {
        status: if n.below(3) == 0 {
            Status::Concept
        } else {
            Status::Klaar
        },
        ..Plan::default()
    };
    plan.aangemaakt = Some("2026-11-23T14:05:00+01:00".parse().unwrap());
    plan.gewijzigd = Some("2026-11-23T14:40:00+01:00".parse().unwrap());
    plan.medewerker.naam = Some(format!("Medewerker {}", n.below(100_000)));
    plan.medewerker.functie = Some("Administratief medewerker".into());
    plan.medewerker.gemeente = Some("Mooidorp".into());
    plan.positie.soort_werk = Some(SoortWerk::Cognitief);
    plan.positie.methode = Some(Methode::Direct);
    plan.positie
        .set_point(Some(point_in(quadrant, n.below(5) == 0, n)));
    plan.richting.keuze = Some(Keuze::ALL[n.below(3) as usize]);
    plan.richting.digitaal_nu = Some(n.below(3) as i64);
    plan.richting.digitaal_over_twee_jaar = Some(1 + n.below(4) as i64);
    for tool in Baangereedschap::ALL {
        if n.below(3) == 0 {
            plan.richting.baangereedschap.push(*tool);
        }
    }
    plan.richting.leuk = Some("Inwoners helpen met hun vraag".into());
    for _ in 0..3 + n.below(4) {
        let actie = if n.below(4) == 0 {
            Actie {
                termijn: Termijn::Nu,
                soort: Soort::Digitaal,
                tekst: format!("Zelfbedachte actie {}", n.below(1000)),
                vorm: Some(Vorm::Informeel),
                klaar: false,
                streefdatum: None,
            }
        } else {
            let s = &catalog.suggestions[n.below(catalog.suggestions.len() as u64) as usize];
            Actie {
                termijn: Termijn::from_id(&s.termijn).unwrap(),
                soort: Soort::from_id(&s.soort).unwrap(),
                tekst: s.tekst.clone(),
                vorm: s.form(),
                klaar: n.below(5) == 0,
                streefdatum: None,
            }
        };
        plan.acties.push(actie);
    }
    if n.below(3) == 0 {
        for (i, share) in [50, 30, 20].into_iter().enumerate() {
            plan.taken.push(Taak {
                tekst: format!("Taak {i}"),
                procent_nu: share,
                procent_straks: share,
                kern: i == 0,
                kleur: [Kleur::Rood, Kleur::Groen, Kleur::Geen][n.below(3) as usize],
                sociaal: 3.0,
                creativiteit: 4.0,
                bron: "eigen".into(),
            });
        }
    }
    plan.gesprek.leidinggevende = Some("Karin Jansen".into());
    plan
}

/// Writes `count` plans into `dir`, 500 per subfolder, quadrants in turn.
pub fn write_many(dir: &Path, count: usize, seed: u64) {
    let mut n = Numbers::new(seed);
    for i in 0..count {
        let folder = dir.join(format!("groep-{:03}", i / 500));
        if i % 500 == 0 {
            fs::create_dir_all(&folder).unwrap();
        }
        let q = Quadrant::ALL[n.below(4) as usize];
        let text = plan_file::to_toml(&plan(q, &mut n));
        fs::write(folder.join(format!("groeiplan-{i:06}.toml")), text).unwrap();
    }
}

/// 30 plans in two folders: 12 in the Danger zone, 3 (a small group) in
/// Human veneer, 8 in Slow creep and 7 in the Safe zone; three files that are
/// not valid plans; an emergency copy, a split-off copy and a kept copy
/// beside plans they belong to; a lock file and a text file.
pub fn group(dir: &Path) {
    let mut n = Numbers::new(7);
    let counts = [
        (Quadrant::DangerZone, 12),
        (Quadrant::HumanVeneer, 3),
        (Quadrant::SlowCreep, 8),
        (Quadrant::SafeZone, 7),
    ];
    let mut i = 0;
    for (q, count) in counts {
        for _ in 0..count {
            let folder = dir.join(if i % 2 == 0 { "dag-1" } else { "dag-1/tafel-2" });
            fs::create_dir_all(&folder).unwrap();
            let text = plan_file::to_toml(&plan(q, &mut n));
            fs::write(folder.join(format!("groeiplan-{i:02}.toml")), text).unwrap();
            i += 1;
        }
    }
    let day = dir.join("dag-1");
    fs::write(
        day.join("kapot.toml"),
        "formaat = 4\nstatus = \"klaar\"\n[medewerker\n",
    )
    .unwrap();
    fs::write(
        day.join("verkeerd.toml"),
        "formaat = 4\nstatus = \"bijna\"\n",
    )
    .unwrap();
    fs::write(
        day.join("\u{1b}]0;titel\u{7}.toml"),
        "formaat = 4\nstatus = \"af\"\n",
    )
    .unwrap();
    // Beside groeiplan-00: copies of the same person's plan, counted once.
    let original = fs::read_to_string(day.join("groeiplan-00.toml")).unwrap();
    fs::write(day.join("groeiplan-00.herstel.toml"), &original).unwrap();
    fs::write(day.join("groeiplan-00-noodkopie.toml"), &original).unwrap();
    let mut split = plan_file::parse(original.as_bytes()).unwrap();
    split.herkomst.afgesplitst_van = Some("groeiplan-00.toml".into());
    fs::write(day.join("groeiplan-00-2.toml"), plan_file::to_toml(&split)).unwrap();
    fs::write(day.join("groeiplan-02.toml.lock"), "kwadrant 1234\n").unwrap();
    fs::write(day.join("notities.txt"), "Karin Jansen belt terug\n").unwrap();
}
