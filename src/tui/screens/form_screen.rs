//! The form steps (start, about you, direction, conversation, save): a short
//! introduction, the fields on the left and an explanation of the focused
//! field on the right.
//!
//! ```text
//! Intro text, one idea per line.
//! ┌──────────────────────────────┐ ┌ Uitleg ───────────┐
//! │ Wat is je functie?           │ │ Typ je functie ... │
//! │ › Administratief_________    │ │                    │
//! │     ↳ Administratief mw.     │ │                    │
//! │ › (•) Vooral denkwerk        │ │                    │
//! │   [ Verder ]                 │ │                    │
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Position, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Block, Padding, Paragraph, Widget, Wrap};

use crate::model::keyword::Keyword;
use crate::model::plan::Status;
use crate::tui::app::{App, Step};
use crate::tui::form::{
    ButtonId, ChoiceId, FieldKind, TextId, button_label, choice_options, tool_options,
};
use crate::tui::theme::Theme;
use crate::tui::widgets::put;
use crate::tui::widgets::text_field::TextField;

/// One line of the form, before scrolling.
enum FormLine {
    /// (A line of) a field's question.
    Label(String),
    /// A row of a field: (field index, row).
    Row(usize, usize),
    /// A note under a field, in the given style.
    Note(String, bool),
    /// Space between fields.
    Blank,
}

fn intro(app: &App) -> Vec<String> {
    match app.step {
        Step::Start => vec![
            "Welkom bij kwadrant.".into(),
            "Je kijkt hoe jouw werk verandert door computers en AI.".into(),
            "Je ziet waar jouw werk staat, naast andere functies bij gemeenten.".into(),
            "Daarna maak je een groeiplan om te bespreken met je leidinggevende.".into(),
        ],
        Step::About => vec!["Vertel kort wie je bent. Dit komt bovenaan je plan.".into()],
        Step::Direction => vec!["Welke kant wil je op? Er is geen goed of fout antwoord.".into()],
        Step::Conversation => {
            vec!["Je bespreekt je plan met je leidinggevende. Vul in wat je al weet.".into()]
        }
        Step::Save => save_intro(app),
        _ => Vec::new(),
    }
}

fn save_intro(app: &App) -> Vec<String> {
    let (folder, name) = match &app.file {
        Some(file) => (
            file.parent()
                .map(|p| p.display().to_string())
                .unwrap_or_default(),
            file.file_name()
                .unwrap_or_default()
                .to_string_lossy()
                .to_string(),
        ),
        None => (app.dir.display().to_string(), app.default_file_name()),
    };
    let mut lines = vec![format!("Map:     {folder}"), format!("Bestand: {name}")];
    let missing = app.missing_for_klaar();
    if missing.is_empty() {
        lines.push("Je plan is compleet. Het wordt opgeslagen als 'klaar'.".into());
    } else {
        let names: Vec<&str> = missing.iter().map(|p| field_name(&p.field)).collect();
        lines.push(format!(
            "Nog nodig voor een compleet plan: {}. Je kunt het ook nu als concept opslaan.",
            names.join(", ")
        ));
    }
    if app.plan.status == Status::Klaar && !app.dirty && app.file.is_some() {
        lines.push("Dit plan is opgeslagen als 'klaar'.".into());
    }
    lines
}

fn field_name(path: &str) -> &'static str {
    match path {
        "medewerker.functie" => "je functie",
        "positie.soort_werk" => "soort werk",
        "positie.methode" | "positie.sociaal" | "positie.creativiteit" => "je plek",
        "richting.keuze" => "je richting",
        _ => "een veld",
    }
}

/// The explanation beside the focused field.
fn explanation(app: &App) -> String {
    let Some(field) = app.focused_field() else {
        return String::new();
    };
    let row = app.form_focus().row;
    let catalog = app.catalog();
    match field.kind {
        FieldKind::Text(TextId::OpenPath) => "Typ de naam van je plan, zoals die op het papiertje \
             van je coach staat. Een plan staat in de map waar kwadrant werkt."
            .into(),
        FieldKind::Text(TextId::Naam) => "Je naam staat bovenaan je plan en in de naam van het \
             bestand. Je mag het ook leeg laten."
            .into(),
        FieldKind::Text(TextId::Functie) => "Typ je functie. Onder het vak zie je functies van \
             gemeenten (Tabel 3.4). Kies er een met ↓ en Enter, of houd je eigen woorden."
            .into(),
        FieldKind::Text(TextId::Afdeling) => "Typ je afdeling, bijvoorbeeld Burgerzaken. Onder \
             het vak zie je afdelingen van gemeenten (Tabel 3.13)."
            .into(),
        FieldKind::Text(TextId::Doelfunctie) => "Bij reskilling stap je over naar ander werk. \
             Voorbeelden: inkoopmedewerker, chatbotspecialist, data-analist of contentregisseur."
            .into(),
        FieldKind::Text(TextId::Leuk) => "Denk aan momenten waarop je werk je energie geeft. \
             Bijvoorbeeld: inwoners helpen, puzzelen, samenwerken."
            .into(),
        FieldKind::Text(TextId::GoedIn) => "Wat zeggen collega's dat je goed kunt? \
             Bijvoorbeeld: nauwkeurig werken, rustig blijven, uitleggen."
            .into(),
        FieldKind::Text(TextId::Leervorm) => "Bijvoorbeeld: samen met collega's, een cursus, \
             zelf uitproberen, lezen of met een mentor."
            .into(),
        FieldKind::Text(TextId::Leidinggevende) => {
            "De naam van je leidinggevende. Die leest je plan en praat er met je over.".into()
        }
        FieldKind::Text(TextId::Datum) => {
            "Typ de datum zo: dag-maand-jaar, bijvoorbeeld 15-12-2026.".into()
        }
        FieldKind::Text(TextId::Nodig) => "Bijvoorbeeld: tijd om te leren, een cursus, een \
             collega die je helpt, of meedoen in een project."
            .into(),
        FieldKind::Text(_) => String::new(),
        FieldKind::Choice(ChoiceId::SoortWerk) => "Denkwerk doe je vooral met je hoofd, op \
             kantoor of aan de balie. Fysiek werk doe je vooral met je handen, buiten of in een \
             gebouw. Dit verandert alleen de namen op het raster."
            .into(),
        FieldKind::Choice(ChoiceId::Keuze) => "Upskilling: je leert nieuwe dingen voor je \
             eigen functie.\n\nReskilling: je leert voor ander werk, in een andere functie.\n\n\
             Weet je het nog niet? Dat mag."
            .into(),
        FieldKind::Choice(ChoiceId::DigitaalNu | ChoiceId::DigitaalLater) => {
            match catalog.digital_level(row as i64) {
                Some(level) => {
                    let mut text = format!(
                        "Niveau {} {}\n{}\n",
                        level.niveau, level.naam, level.omschrijving
                    );
                    for can in &level.kan {
                        text.push_str(&format!("\n• {can}"));
                    }
                    text.push_str("\n\n(Tabel 3.10)");
                    text
                }
                None => String::new(),
            }
        }
        FieldKind::Tools => match tool_options().get(row) {
            Some(tool) => format!(
                "{}\n\nDit is baangereedschap (Tabel 3.14): manieren om je werk anders in te \
                 richten. Kies wat je wilt bespreken.",
                tool.label()
            ),
            None => String::new(),
        },
        FieldKind::Button(ButtonId::Save) => "Je plan wordt opgeslagen in de map hierboven. \
             Alleen jij kunt het bestand lezen."
            .into(),
        FieldKind::Button(ButtonId::Export) => "Maakt een pagina om te printen voor je \
             leidinggevende, naast je plan."
            .into(),
        FieldKind::Button(ButtonId::NewSession) => "Wist alles van het scherm, zodat de \
             volgende persoon opnieuw begint. Sla eerst op!"
            .into(),
        FieldKind::Button(ButtonId::NewPlan) => "Begin met een leeg plan.".into(),
        FieldKind::Button(ButtonId::ShowOpen) => {
            "Ga verder met een plan dat je eerder hebt opgeslagen.".into()
        }
        FieldKind::Button(_) => String::new(),
    }
}

fn lines(app: &App, width: usize) -> Vec<FormLine> {
    let mut out = Vec::new();
    let focus = app.form_focus();
    for (i, field) in app.fields().iter().enumerate() {
        for line in textwrap::wrap(field.label, width.max(8)) {
            out.push(FormLine::Label(line.to_string()));
        }
        for row in 0..app.rows_of(i, field) {
            out.push(FormLine::Row(i, row));
        }
        match field.kind {
            FieldKind::Text(TextId::Datum) if app.date_is_invalid() => out.push(FormLine::Note(
                "! Deze datum klopt niet. Typ zo: 15-12-2026".into(),
                true,
            )),
            FieldKind::Text(TextId::Functie | TextId::Afdeling | TextId::Doelfunctie)
                if focus.field == i && app.text(text_id(field.kind)).trim().is_empty() =>
            {
                out.push(FormLine::Note(
                    "  Begin te typen: dan zie je voorbeelden uit de lijst.".into(),
                    false,
                ));
            }
            _ => {}
        }
        out.push(FormLine::Blank);
    }
    out
}

fn text_id(kind: FieldKind) -> TextId {
    match kind {
        FieldKind::Text(id) => id,
        _ => TextId::Naam,
    }
}

/// Renders a form step; returns the text cursor position.
pub fn render(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
    let intro = intro(app);
    let [intro_area, _, main] = Layout::vertical([
        Constraint::Length(intro.len() as u16),
        Constraint::Length(1),
        Constraint::Fill(1),
    ])
    .areas(area);
    let intro_lines: Vec<Line> = intro
        .iter()
        .enumerate()
        .map(|(i, l)| {
            let style = if i == 0 && app.step == Step::Start {
                theme.title()
            } else {
                theme.text()
            };
            Line::styled(l.clone(), style)
        })
        .collect();
    Paragraph::new(intro_lines)
        .wrap(Wrap { trim: false })
        .render(intro_area, buf);

    let [form_area, _, info_area] = Layout::horizontal([
        Constraint::Fill(3),
        Constraint::Length(1),
        Constraint::Fill(2),
    ])
    .areas(main);
    let info = explanation(app);
    if !info.is_empty() {
        Paragraph::new(info)
            .wrap(Wrap { trim: false })
            .block(
                Block::bordered()
                    .padding(Padding::horizontal(1))
                    .title(" Uitleg ")
                    .title_style(theme.title())
                    .border_style(theme.line()),
            )
            .render(info_area, buf);
    }
    render_form(app, form_area, buf, theme)
}

fn render_form(app: &App, area: Rect, buf: &mut Buffer, theme: Theme) -> Option<Position> {
    let all = lines(app, usize::from(area.width));
    let focus = app.form_focus();
    let focus_line = all
        .iter()
        .position(|l| matches!(l, FormLine::Row(f, r) if *f == focus.field && *r == focus.row))
        .unwrap_or(0);
    let height = usize::from(area.height);
    // Keep the focused row in view, with its label above it where possible.
    let offset = (focus_line + 3).saturating_sub(height);
    let fields = app.fields();
    let mut cursor = None;
    for (i, line) in all.iter().skip(offset).take(height).enumerate() {
        let y = area.y + i as u16;
        let row_area = Rect::new(area.x, y, area.width, 1);
        match line {
            FormLine::Label(text) => {
                put(buf, row_area, area.x, y, text, theme.title());
            }
            FormLine::Note(text, is_error) => {
                let style = if *is_error {
                    theme.error()
                } else {
                    theme.muted()
                };
                put(buf, row_area, area.x, y, text, style);
            }
            FormLine::Blank => {}
            FormLine::Row(f, r) => {
                let focused = *f == focus.field && *r == focus.row;
                let field = fields[*f];
                if let Some(pos) = render_row(app, field.kind, *r, focused, row_area, buf, theme) {
                    cursor = Some(pos);
                }
            }
        }
    }
    cursor
}

fn render_row(
    app: &App,
    kind: FieldKind,
    row: usize,
    focused: bool,
    area: Rect,
    buf: &mut Buffer,
    theme: Theme,
) -> Option<Position> {
    let (mark, style) = theme.marker(focused);
    match kind {
        FieldKind::Text(id) if row == 0 => {
            let value = app.text(id);
            let field = TextField {
                value: &value,
                cursor: app.cursor(id),
                focused,
                placeholder: if focused { "typ hier" } else { "(nog leeg)" },
                theme,
            };
            (&field).render(area, buf);
            field.cursor_position(area)
        }
        FieldKind::Text(id) => {
            let suggestion = app
                .suggestions(id)
                .get(row - 1)
                .cloned()
                .unwrap_or_default();
            put(
                buf,
                area,
                area.x,
                area.y,
                &format!("{mark}   ↳ {suggestion}"),
                style,
            );
            None
        }
        FieldKind::Choice(id) => {
            let chosen = app.choice(id) == Some(row);
            let label = choice_options(id).get(row).copied().unwrap_or("");
            let radio = if chosen { "(•)" } else { "( )" };
            option_row(
                buf,
                area,
                theme,
                focused,
                chosen,
                &format!("{radio} {label}"),
            );
            None
        }
        FieldKind::Tools => {
            let tool = tool_options().get(row).copied()?;
            let chosen = app.plan.richting.baangereedschap.contains(&tool);
            let check = if chosen { "[x]" } else { "[ ]" };
            let name = tool.label().split(':').next().unwrap_or("");
            option_row(
                buf,
                area,
                theme,
                focused,
                chosen,
                &format!("{check} {name}"),
            );
            None
        }
        FieldKind::Button(id) => {
            let mut label = button_label(id).to_string();
            if id == ButtonId::Save && app.missing_for_klaar().is_empty() {
                label = "Plan opslaan als klaar".into();
            } else if id == ButtonId::Save {
                label = format!("Plan opslaan als {}", Status::Concept.id());
            }
            put(
                buf,
                area,
                area.x,
                area.y,
                &format!("{mark} [ {label} ]"),
                style,
            );
            None
        }
    }
}

/// One option of a choice: the focus marker, then the option. A chosen
/// option that does not have the focus is drawn in the "chosen" style.
fn option_row(buf: &mut Buffer, area: Rect, theme: Theme, focused: bool, chosen: bool, text: &str) {
    let (mark, style) = theme.marker(focused);
    let style = if chosen && !focused {
        theme.chosen()
    } else {
        style
    };
    put(buf, area, area.x, area.y, &format!("{mark} {text}"), style);
}
