//! Step "Jouw werk": the questionnaire, one statement at a time, or the two
//! sliders for a coach who already discussed the role.
//!
//! ```text
//! Vraag 3 van 12 · contact met mensen        ■■■□□□□□□□□□
//!
//! Ik moet me inleven in hoe iemand anders zich voelt.
//! Bijvoorbeeld: een boze of verdrietige inwoner.
//!
//! Hoe vaak doe je dit?
//!   ( ) 1 Nooit
//! › ( ) 2 Zelden ...
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::widgets::{Paragraph, Widget, Wrap};

use crate::model::plan::SoortWerk;
use crate::model::position::Axis;
use crate::tui::app::App;
use crate::tui::theme::Theme;
use crate::tui::widgets::likert::Likert;
use crate::tui::widgets::put;
use crate::tui::widgets::slider::Slider;

/// The words at both ends of the y axis for this kind of work.
pub fn y_axis_words(soort: Option<SoortWerk>) -> (&'static str, &'static str, &'static str) {
    match soort {
        Some(SoortWerk::Fysiek) => (
            "Vaardigheid en handigheid",
            "weinig handigheid",
            "veel handigheid",
        ),
        _ => ("Creativiteit en strategie", "routine", "creatief"),
    }
}

/// Renders the questionnaire.
pub fn render_questionnaire(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let catalog = app.catalog();
    let total = catalog.questions.len();
    let Some(question) = catalog.questions.get(app.question) else {
        return;
    };
    let topic = match question.axis() {
        Axis::Sociaal => "contact met mensen",
        Axis::Creativiteit => "vaste stappen of eigen ideeën",
    };
    let answered = app.plan.positie.antwoorden.len();
    let [head, progress, _, statement, _, ask, options, _, note] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(3),
        Constraint::Length(1),
        Constraint::Length(1),
        Constraint::Length(5),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    let title = format!("Vraag {} van {total} · {topic}", app.question + 1);
    put(buf, head, head.x, head.y, &title, theme.title());
    let bar: String = (0..total)
        .map(|i| if i < answered { '■' } else { '□' })
        .collect();
    let bar = format!("{bar}  {answered} van {total} beantwoord");
    put(buf, progress, progress.x, progress.y, &bar, theme.muted());
    let mut text = question.tekst.clone();
    if !question.voorbeelden.is_empty() {
        text.push_str(&format!(
            "\nBijvoorbeeld: {}.",
            question.voorbeelden.join("; ")
        ));
    }
    Paragraph::new(text)
        .style(theme.text())
        .wrap(Wrap { trim: true })
        .render(statement, buf);
    put(
        buf,
        ask,
        ask.x,
        ask.y,
        "Hoe vaak doe je dit in je werk?",
        theme.title(),
    );
    let likert = Likert {
        options: &catalog.scale,
        chosen: app.answer(&question.id),
        highlight: app.highlight,
        theme,
    };
    (&likert).render(options, buf);
    Paragraph::new(
        "Kies met ↑↓ en Enter, of typ 1 tot 5. Tab slaat een vraag over, Esc gaat terug.\n\
         Heeft je coach je werk al met je besproken? Met F2 kies je de plek met twee schuifjes.",
    )
    .style(theme.muted())
    .wrap(Wrap { trim: true })
    .render(note, buf);
}

/// Renders the two sliders.
pub fn render_sliders(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) {
    let (y_name, y_low, y_high) = y_axis_words(app.plan.positie.soort_werk);
    let [intro, _, first, _, second, _, note] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Length(2),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    Paragraph::new(
        "Zet de schuifjes op de plek die bij het werk past. Dit is voor een coach die het \
         werk al met je heeft besproken.",
    )
    .wrap(Wrap { trim: true })
    .render(intro, buf);
    let p = &app.plan.positie;
    let sociaal = Slider {
        label: "Sociale interactie",
        low: "weinig",
        high: "veel",
        value: p.sociaal,
        focused: app.slider == Axis::Sociaal,
        theme,
    };
    (&sociaal).render(first, buf);
    let creativiteit = Slider {
        label: y_name,
        low: y_low,
        high: y_high,
        value: p.creativiteit,
        focused: app.slider == Axis::Creativiteit,
        theme,
    };
    (&creativiteit).render(second, buf);
    Paragraph::new(
        "←→ schuift een halve stap, Shift met ←→ een tiende. F2 gaat terug naar de vragen; \
         je antwoorden blijven bewaard.",
    )
    .style(theme.muted())
    .wrap(Wrap { trim: true })
    .render(note, buf);
}
