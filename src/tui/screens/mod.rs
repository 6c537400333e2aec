//! One module per step; this one picks the right one and holds the help texts.

pub mod form_screen;
pub mod plan;
pub mod position;
pub mod work;

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};

use super::app::{App, Step};
use super::theme::Theme;
use crate::model::plan::Methode;

/// Renders the current step into `area`; returns the text cursor position.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
    match app.step {
        Step::Work if app.plan.positie.methode == Some(Methode::Direct) => {
            work::render_sliders(app, area, buf, theme);
            None
        }
        Step::Work => {
            work::render_questionnaire(app, area, buf, theme);
            None
        }
        Step::Position => {
            position::render(app, area, buf, theme);
            None
        }
        Step::Plan => plan::render(app, area, buf, theme),
        _ => form_screen::render(app, area, buf, theme),
    }
}

/// The help text for the current step.
pub fn help_text(app: &App) -> String {
    let common = "\n\nAltijd: Esc = een stap terug, Ctrl-S = opslaan, Ctrl-Q = stoppen. \
                  Met Tab ga je naar het volgende vak.";
    let text = match app.step {
        Step::Start => "kwadrant helpt je na te denken over je werk en over wat je wilt leren.\n\n\
             Kies 'Nieuw plan maken' en druk op Enter. Heb je al een plan? Kies dan \
             'Verder met een opgeslagen plan' en typ de naam van het bestand."
            .to_string(),
        Step::About => "Vul je functie en je afdeling in. Onder het vak verschijnen \
             voorbeelden; kies er een met ↓ en Enter, of typ zelf.\n\n\
             Je naam en gemeente mogen leeg blijven."
            .to_string(),
        Step::Work => "Bij elke uitspraak kies je hoe vaak je dit doet in je werk, van \
             'Nooit' tot '(Bijna) altijd'. Er zijn geen goede of foute antwoorden.\n\n\
             Typ 1 tot 5, of kies met ↑↓ en druk op Enter. Tab slaat een vraag over, Esc \
             gaat een vraag terug.\n\nF2 (voor de coach): kies de plek met twee schuifjes."
            .to_string(),
        Step::Position => "Het raster heeft twee lijnen. Links-rechts: hoeveel contact met \
             mensen je werk vraagt. Onder-boven: vaste stappen of eigen ideeën.\n\n\
             ◆ JIJ is jouw plek. De stippen zijn functies bij gemeenten (Tabel 3.4). Met V \
             zie je andere beroepen.\n\nVind je dat de plek niet klopt? Schuif hem met de \
             pijltjes (met Shift een klein stapje). Met W zie je welke antwoorden het meest \
             telden."
            .to_string(),
        Step::Direction => "Kies of je wilt groeien in je eigen functie (upskilling) of wilt \
             overstappen naar ander werk (reskilling). Kies ook je digitale niveau nu en wat \
             over twee jaar nodig is. Rechts zie je wat elk niveau betekent."
            .to_string(),
        Step::Plan => format!(
            "Dit is je leerplan (Tabel 3.11). Boven: wat je nu nodig hebt. Onder: wat je over \
             twee jaar nodig hebt. De kolommen zijn: {}.\n\nKies een vak en druk op Enter. \
             Voeg een idee toe met Enter, of schrijf zelf een actie. F wisselt formeel en \
             informeel, K zet een actie op klaar, Del haalt hem weg.",
            plan::columns()
        ),
        Step::Conversation => "Vul in met wie en wanneer je je plan bespreekt, en wat je \
             nodig hebt. Je mag dit later aanvullen."
            .to_string(),
        Step::Save => "Sla je plan op. Een compleet plan krijgt de status 'klaar'.\n\n\
             'Nieuwe sessie' wist alles van het scherm voor de volgende persoon."
            .to_string(),
    };
    format!("{text}{common}")
}
