//! What the employee and the manager agreed (`[[verslag]]`, formaat 6):
//! one record per conversation, in the shape of the persoonlijk
//! ontwikkelplan of the former CAR-UWO (article 17:4): the agreed actions,
//! further agreements, time and leave, costs and who pays, the employer's
//! part, work and income, the next date, and how it went. Once both agree it
//! is fixed (`vastgelegd`) and stays as it was, apart from the done marks.

use toml::value::Date;

use super::{Plan, Problem};
use crate::model::keyword::keyword_enum;

/// The longest text of a record the session lets a person type.
pub const MAX_VERSLAG_TEXT: usize = 1_000;

/// The most hours of learning a month a record can hold.
pub const MAX_UREN_PER_MAAND: i64 = 200;

/// The most hours of leave a record can hold.
pub const MAX_VERLOF_UREN: i64 = 2_000;

/// The highest cost a record can hold, in euros.
pub const MAX_KOSTEN: f64 = 1_000_000.0;

/// Who pays for the learning.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KostenDoor {
    /// The employer pays.
    Werkgever,
    /// From the employee's career budget (loopbaanbudget).
    Loopbaanbudget,
    /// The employee pays.
    Eigen,
    /// Not decided yet.
    NogOpen,
}
keyword_enum!(KostenDoor {
    Werkgever => "werkgever",
    Loopbaanbudget => "loopbaanbudget",
    Eigen => "eigen",
    NogOpen => "nog-open",
});

impl KostenDoor {
    /// The words for a person.
    pub fn label(self) -> &'static str {
        match self {
            KostenDoor::Werkgever => "de werkgever",
            KostenDoor::Loopbaanbudget => "het loopbaanbudget",
            KostenDoor::Eigen => "mijzelf",
            KostenDoor::NogOpen => "nog niet afgesproken",
        }
    }
}

/// Who does what was agreed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wie {
    /// The employee.
    Ik,
    /// The manager.
    Leidinggevende,
    /// Both together.
    Samen,
}
keyword_enum!(Wie { Ik => "ik", Leidinggevende => "leidinggevende", Samen => "samen" });

impl Wie {
    /// The words for a person.
    pub fn label(self) -> &'static str {
        match self {
            Wie::Ik => "ik",
            Wie::Leidinggevende => "mijn leidinggevende",
            Wie::Samen => "samen",
        }
    }
}

/// One further agreement (`[[verslag.afspraken]]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Afspraak {
    /// What was agreed (blank only while the record is being written).
    pub wat: String,
    /// Who does it.
    pub wie: Option<Wie>,
    /// By when.
    pub wanneer: Option<Date>,
    /// Done.
    pub klaar: bool,
}

impl Afspraak {
    /// Nothing is filled in.
    pub fn is_empty(&self) -> bool {
        self.wat.trim().is_empty() && self.wie.is_none() && self.wanneer.is_none() && !self.klaar
    }
}

/// One conversation with the manager (`[[verslag]]`).
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Verslag {
    /// The date it was held.
    pub datum: Option<Date>,
    /// The texts of the agreed actions of the plan, as they were then.
    pub acties: Vec<String>,
    /// Time for learning, in hours a month.
    pub uren_per_maand: Option<i64>,
    /// Leave for learning, in hours.
    pub verlof_uren: Option<i64>,
    /// The cost, in euros, if known.
    pub kosten_bedrag: Option<f64>,
    /// Who pays.
    pub kosten_door: Option<KostenDoor>,
    /// What the employer will do to make it possible.
    pub werkgever_doet: Option<String>,
    /// Agreements on work and income while the work changes (Tabel 3.14).
    pub werkzekerheid: Option<String>,
    /// When they talk again.
    pub volgende_gesprek: Option<Date>,
    /// How it went, in the employee's words.
    pub verloop: Option<String>,
    /// Whether that sentence may be on the manager's copy (default: no).
    pub verloop_delen: bool,
    /// Fixed: both agree, and from now on only the done marks change.
    pub vastgelegd: bool,
    /// Further agreements.
    pub afspraken: Vec<Afspraak>,
}

impl Plan {
    /// Whether the plan has at least one fixed record of a conversation.
    pub fn besproken(&self) -> bool {
        self.verslagen.iter().any(|v| v.vastgelegd)
    }

    /// The latest fixed record, for the manager's copy and `show`.
    pub fn latest_record(&self) -> Option<&Verslag> {
        self.verslagen.iter().rev().find(|v| v.vastgelegd)
    }

    /// Whether an action with this text was agreed in a fixed record.
    pub fn agreed_in_fixed_record(&self, tekst: &str) -> bool {
        self.verslagen
            .iter()
            .any(|v| v.vastgelegd && v.acties.iter().any(|t| t == tekst))
    }

    /// The latest fixed record, to tick its done marks.
    pub fn latest_record_mut(&mut self) -> Option<&mut Verslag> {
        self.verslagen.iter_mut().rev().find(|v| v.vastgelegd)
    }

    /// The record being written: the last one, while it is not fixed.
    pub fn open_record(&self) -> Option<&Verslag> {
        self.verslagen.last().filter(|v| !v.vastgelegd)
    }

    /// Changes the record being written (starting one if there is none);
    /// a record that is empty afterwards is gone again, so a plan in which
    /// something was typed and wiped equals the plan before.
    pub fn change_open_record(&mut self, change: impl FnOnce(&mut Verslag)) {
        if self.open_record().is_none() {
            self.verslagen.push(Verslag::default());
        }
        if let Some(v) = self.verslagen.last_mut() {
            change(v);
            // Trailing agreements with nothing in them are not agreements.
            while v.afspraken.last().is_some_and(Afspraak::is_empty) {
                v.afspraken.pop();
            }
        }
        if self.open_record() == Some(&Verslag::default()) {
            self.verslagen.pop();
        }
    }

    pub(super) fn check_verslagen(&self, problems: &mut Vec<Problem>) {
        for (i, v) in self.verslagen.iter().enumerate() {
            let field = |name: &str| format!("verslag[{}].{name}", i + 1);
            let mut range = |name: &str, value: Option<f64>, max: f64, unit: &str| {
                if let Some(n) = value
                    && !(0.0..=max).contains(&n)
                {
                    problems.push(Problem::new(
                        field(name),
                        format!("moet 0 tot en met {max} {unit} zijn, maar is {n}"),
                    ));
                }
            };
            range(
                "uren_per_maand",
                v.uren_per_maand.map(|n| n as f64),
                MAX_UREN_PER_MAAND as f64,
                "uur",
            );
            range(
                "verlof_uren",
                v.verlof_uren.map(|n| n as f64),
                MAX_VERLOF_UREN as f64,
                "uur",
            );
            range("kosten_bedrag", v.kosten_bedrag, MAX_KOSTEN, "euro");
            for (j, a) in v.acties.iter().enumerate() {
                if a.trim().is_empty() {
                    problems.push(Problem::new(
                        format!("verslag[{}].acties[{}]", i + 1, j + 1),
                        "mag niet leeg zijn: de tekst van de afgesproken actie",
                    ));
                }
            }
            // While a record is being written, an agreement may wait for
            // its text; a fixed one says what was agreed.
            for (j, a) in v.afspraken.iter().enumerate() {
                if v.vastgelegd && a.wat.trim().is_empty() {
                    problems.push(Problem::new(
                        format!("verslag[{}].afspraken[{}].wat", i + 1, j + 1),
                        "mag niet leeg zijn: schrijf op wat jullie afspraken",
                    ));
                }
            }
        }
    }
}

/// A plan with one fixed record of two agreements, for the tests here and
/// in the reports.
#[cfg(test)]
pub(crate) mod example {
    use super::*;

    pub(crate) fn day(month: u8, day: u8) -> Date {
        Date {
            year: 2027,
            month,
            day,
        }
    }

    pub(crate) fn recorded() -> Plan {
        let mut plan = Plan::default();
        plan.verslagen.push(Verslag {
            datum: Some(day(1, 15)),
            volgende_gesprek: Some(day(4, 15)),
            vastgelegd: true,
            afspraken: vec![
                Afspraak {
                    wat: "Cursus Excel inplannen".into(),
                    wie: Some(Wie::Leidinggevende),
                    wanneer: Some(day(2, 1)),
                    klaar: false,
                },
                Afspraak {
                    wat: "Meelopen bij inkoop".into(),
                    wie: Some(Wie::Ik),
                    wanneer: Some(day(2, 1)),
                    klaar: true,
                },
            ],
            ..Verslag::default()
        });
        plan
    }
}

#[cfg(test)]
mod tests {
    use super::example::recorded;

    #[test]
    fn a_plan_is_besproken_only_with_a_fixed_record() {
        let mut plan = recorded();
        assert!(plan.besproken());
        plan.verslagen[0].vastgelegd = false;
        assert!(!plan.besproken());
        assert!(plan.latest_record().is_none());
    }

    #[test]
    fn hours_costs_and_empty_texts_out_of_range_are_named() {
        let mut plan = recorded();
        let v = &mut plan.verslagen[0];
        v.uren_per_maand = Some(300);
        v.kosten_bedrag = Some(-5.0);
        v.afspraken[0].wat = " ".into();
        v.acties.push(String::new());
        let mut problems = Vec::new();
        plan.check_verslagen(&mut problems);
        let fields: Vec<&str> = problems.iter().map(|p| p.field.as_str()).collect();
        assert_eq!(
            fields,
            [
                "verslag[1].uren_per_maand",
                "verslag[1].kosten_bedrag",
                "verslag[1].acties[1]",
                "verslag[1].afspraken[1].wat"
            ]
        );
    }
}
