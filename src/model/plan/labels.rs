//! The Dutch words for the plan's choices, as the employee reads them.

use super::{Baangereedschap, Keuze, Soort, Termijn, Vorm};

impl Vorm {
    /// The form of an action the person wrote: formeel when it names a
    /// course, a training or an education (also inside a compound such as
    /// "taalcursus"), informeel otherwise. The person can change it.
    pub fn of_own_text(text: &str) -> Vorm {
        const FORMAL: [&str; 7] = [
            "cursus",
            "training",
            "opleiding",
            "scholing",
            "leergang",
            "e-learning",
            "workshop",
        ];
        let lower = text.to_lowercase();
        if FORMAL.iter().any(|w| lower.contains(w)) {
            Vorm::Formeel
        } else {
            Vorm::Informeel
        }
    }
}

impl Termijn {
    /// The row name as Tabel 3.11 writes it.
    pub fn label(self) -> &'static str {
        match self {
            Termijn::Nu => "Skills nu nodig",
            Termijn::OverTweeJaar => "Skills nodig over twee jaar",
        }
    }
}

impl Soort {
    /// The column name as Tabel 3.11 writes it.
    pub fn label(self) -> &'static str {
        match self {
            Soort::Vakinhoudelijk => "Vakinhoudelijk",
            Soort::SoftSkills => "Soft skills (omgang met mensen)",
            Soort::Digitaal => "Technische of digitale skills",
        }
    }
}

impl Vorm {
    /// A short Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Vorm::Formeel => "formeel",
            Vorm::Informeel => "informeel",
        }
    }
}

impl Keuze {
    /// A short Dutch label.
    pub fn label(self) -> &'static str {
        match self {
            Keuze::Upskilling => "Upskilling: groeien in je eigen functie",
            Keuze::Reskilling => "Reskilling: overstappen naar ander werk",
            Keuze::NogOpen => "Nog niet besloten",
        }
    }
}

impl Baangereedschap {
    /// What it is in plain Dutch, with the study's term after it (Tabel 3.14).
    pub fn label(self) -> &'static str {
        match self {
            Baangereedschap::JobInnovation => "Nieuwe taken erbij nemen (job innovation)",
            Baangereedschap::JobCrafting => "Je tijd anders over je taken verdelen (job crafting)",
            Baangereedschap::JobCarving => "Taken overdragen aan een ander (job carving)",
            Baangereedschap::TeamCrafting => "In het team de taken anders verdelen (team crafting)",
            Baangereedschap::JobSlashing => {
                "Taken uit verschillende functies combineren, soms bij twee werkgevers \
                 (job slashing)"
            }
        }
    }

    /// What it means for a person, with an example from a gemeente, in B1.
    pub fn example(self) -> &'static str {
        match self {
            Baangereedschap::JobInnovation => {
                "Je gaat iets nieuws doen naast je werk, bijvoorbeeld inwoners helpen met DigiD \
                 aan de balie."
            }
            Baangereedschap::JobCrafting => {
                "Je doet hetzelfde werk, maar meer van wat goed bij je past en minder van de \
                 rest. Bijvoorbeeld meer tijd voor lastige vragen, minder voor invoerwerk."
            }
            Baangereedschap::JobCarving => {
                "Een taak gaat naar een collega of naar de computer, zodat jij tijd krijgt voor \
                 ander werk."
            }
            Baangereedschap::TeamCrafting => {
                "Het hele team bekijkt samen wie wat doet, zodat het werk beter past bij \
                 wat ieder kan en wil."
            }
            Baangereedschap::JobSlashing => {
                "Je werkt in twee functies tegelijk, bijvoorbeeld een paar dagen aan de balie \
                 en een paar dagen bij een andere afdeling. Het gaat niet om werk schrappen."
            }
        }
    }

    /// A short form for a list at 80 columns, with the study's term.
    pub fn short(self) -> &'static str {
        match self {
            Baangereedschap::JobInnovation => "Nieuwe taken (job innovation)",
            Baangereedschap::JobCrafting => "Tijd anders verdelen (job crafting)",
            Baangereedschap::JobCarving => "Taken overdragen (job carving)",
            Baangereedschap::TeamCrafting => "Taken in het team (team crafting)",
            Baangereedschap::JobSlashing => "Werk combineren (job slashing)",
        }
    }
}
