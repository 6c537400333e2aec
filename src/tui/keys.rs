//! The one key table: which key does what on which kind of screen. It turns
//! key presses into messages and also produces the footer of key hints, so
//! the footer can never promise a key that does not work.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::app::{EditKey, Msg};

/// The kind of thing that has the keyboard.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    /// A text field.
    Text,
    /// A button in a form.
    Form,
    /// An option of a choice in a form.
    Options,
    /// A questionnaire item.
    Likert,
    /// The two direct sliders.
    Sliders,
    /// The quadrant chart.
    Chart,
    /// The plan grid (Tabel 3.11).
    Grid,
    /// The list of actions and suggestions of one cell.
    CellList,
    /// A question that needs an answer first.
    Dialog,
    /// The help text.
    Help,
    /// The window is too small to show anything useful.
    TooSmall,
}

/// One row of the key table.
pub struct Binding {
    /// Where it works.
    pub ctx: &'static [Ctx],
    /// The key.
    pub code: KeyCode,
    /// Control or Shift; Shift is ignored for characters.
    pub mods: KeyModifiers,
    /// What it does.
    pub msg: Msg,
    /// Key and action for the footer, if shown there.
    pub hint: Option<(&'static str, &'static str)>,
}

const NONE: KeyModifiers = KeyModifiers::NONE;
const CTRL: KeyModifiers = KeyModifiers::CONTROL;
const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

const ALL: &[Ctx] = &[
    Ctx::Text,
    Ctx::Form,
    Ctx::Options,
    Ctx::Likert,
    Ctx::Sliders,
    Ctx::Chart,
    Ctx::Grid,
    Ctx::CellList,
    Ctx::Dialog,
    Ctx::Help,
    Ctx::TooSmall,
];
const SCREENS: &[Ctx] = &[
    Ctx::Text,
    Ctx::Form,
    Ctx::Options,
    Ctx::Likert,
    Ctx::Sliders,
    Ctx::Chart,
    Ctx::Grid,
    Ctx::CellList,
];
const NOT_TEXT: &[Ctx] = &[
    Ctx::Form,
    Ctx::Options,
    Ctx::Likert,
    Ctx::Sliders,
    Ctx::Chart,
    Ctx::Grid,
    Ctx::CellList,
];
const FORMS: &[Ctx] = &[Ctx::Text, Ctx::Form, Ctx::Options];

const fn bind(
    ctx: &'static [Ctx],
    code: KeyCode,
    mods: KeyModifiers,
    msg: Msg,
    hint: Option<(&'static str, &'static str)>,
) -> Binding {
    Binding {
        ctx,
        code,
        mods,
        msg,
        hint,
    }
}

/// The key table, in the order hints appear in the footer.
pub static BINDINGS: &[Binding] = &[
    // Forms: text fields, options and buttons.
    bind(
        FORMS,
        KeyCode::Down,
        NONE,
        Msg::Down,
        Some(("↑↓", "omhoog/omlaag")),
    ),
    bind(FORMS, KeyCode::Up, NONE, Msg::Up, None),
    bind(
        FORMS,
        KeyCode::Tab,
        NONE,
        Msg::NextField,
        Some(("Tab", "volgende")),
    ),
    bind(FORMS, KeyCode::BackTab, NONE, Msg::PrevField, None),
    bind(
        &[Ctx::Options],
        KeyCode::Char(' '),
        NONE,
        Msg::Toggle,
        Some(("Spatie", "kies")),
    ),
    bind(&[Ctx::Form], KeyCode::Char(' '), NONE, Msg::Toggle, None),
    bind(
        FORMS,
        KeyCode::Enter,
        NONE,
        Msg::Confirm,
        Some(("Enter", "ok")),
    ),
    // Text editing.
    bind(
        &[Ctx::Text],
        KeyCode::Left,
        NONE,
        Msg::Edit(EditKey::Left),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Right,
        NONE,
        Msg::Edit(EditKey::Right),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Left,
        CTRL,
        Msg::Edit(EditKey::WordLeft),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Right,
        CTRL,
        Msg::Edit(EditKey::WordRight),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Home,
        NONE,
        Msg::Edit(EditKey::Home),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::End,
        NONE,
        Msg::Edit(EditKey::End),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Backspace,
        NONE,
        Msg::Edit(EditKey::Backspace),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Delete,
        NONE,
        Msg::Edit(EditKey::Delete),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Char('w'),
        CTRL,
        Msg::Edit(EditKey::DeleteWord),
        None,
    ),
    bind(
        &[Ctx::Text],
        KeyCode::Char('u'),
        CTRL,
        Msg::Edit(EditKey::Clear),
        None,
    ),
    // The questionnaire.
    bind(
        &[Ctx::Likert],
        KeyCode::Char('1'),
        NONE,
        Msg::Answer(1),
        Some(("1-5", "antwoord")),
    ),
    bind(
        &[Ctx::Likert],
        KeyCode::Char('2'),
        NONE,
        Msg::Answer(2),
        None,
    ),
    bind(
        &[Ctx::Likert],
        KeyCode::Char('3'),
        NONE,
        Msg::Answer(3),
        None,
    ),
    bind(
        &[Ctx::Likert],
        KeyCode::Char('4'),
        NONE,
        Msg::Answer(4),
        None,
    ),
    bind(
        &[Ctx::Likert],
        KeyCode::Char('5'),
        NONE,
        Msg::Answer(5),
        None,
    ),
    bind(
        &[Ctx::Likert],
        KeyCode::Down,
        NONE,
        Msg::Down,
        Some(("↑↓", "kies")),
    ),
    bind(&[Ctx::Likert], KeyCode::Up, NONE, Msg::Up, None),
    bind(
        &[Ctx::Likert],
        KeyCode::Enter,
        NONE,
        Msg::Confirm,
        Some(("Enter", "ok")),
    ),
    bind(&[Ctx::Likert], KeyCode::Char(' '), NONE, Msg::Confirm, None),
    bind(
        &[Ctx::Likert],
        KeyCode::Tab,
        NONE,
        Msg::NextField,
        Some(("Tab", "sla over")),
    ),
    bind(&[Ctx::Likert], KeyCode::BackTab, NONE, Msg::PrevField, None),
    bind(
        &[Ctx::Likert, Ctx::Sliders],
        KeyCode::F(2),
        NONE,
        Msg::SwitchMethod,
        Some(("F2", "andere manier")),
    ),
    // The sliders.
    bind(
        &[Ctx::Sliders],
        KeyCode::Down,
        NONE,
        Msg::Down,
        Some(("↑↓", "kies")),
    ),
    bind(&[Ctx::Sliders], KeyCode::Up, NONE, Msg::Up, None),
    bind(&[Ctx::Sliders], KeyCode::Tab, NONE, Msg::Down, None),
    bind(&[Ctx::Sliders], KeyCode::BackTab, NONE, Msg::Up, None),
    bind(
        &[Ctx::Sliders],
        KeyCode::Left,
        NONE,
        Msg::Left,
        Some(("←→", "schuif")),
    ),
    bind(&[Ctx::Sliders], KeyCode::Right, NONE, Msg::Right, None),
    bind(&[Ctx::Sliders], KeyCode::Left, SHIFT, Msg::FineLeft, None),
    bind(&[Ctx::Sliders], KeyCode::Right, SHIFT, Msg::FineRight, None),
    bind(
        &[Ctx::Sliders],
        KeyCode::Enter,
        NONE,
        Msg::Confirm,
        Some(("Enter", "verder")),
    ),
    // The chart.
    bind(
        &[Ctx::Chart],
        KeyCode::Left,
        NONE,
        Msg::Left,
        Some(("pijltjes", "punt schuiven")),
    ),
    bind(&[Ctx::Chart], KeyCode::Right, NONE, Msg::Right, None),
    bind(&[Ctx::Chart], KeyCode::Up, NONE, Msg::Up, None),
    bind(&[Ctx::Chart], KeyCode::Down, NONE, Msg::Down, None),
    bind(&[Ctx::Chart], KeyCode::Left, SHIFT, Msg::FineLeft, None),
    bind(&[Ctx::Chart], KeyCode::Right, SHIFT, Msg::FineRight, None),
    bind(&[Ctx::Chart], KeyCode::Up, SHIFT, Msg::FineUp, None),
    bind(&[Ctx::Chart], KeyCode::Down, SHIFT, Msg::FineDown, None),
    bind(
        &[Ctx::Chart],
        KeyCode::Char('w'),
        NONE,
        Msg::Why,
        Some(("W", "waarom hier?")),
    ),
    bind(
        &[Ctx::Chart],
        KeyCode::Char('v'),
        NONE,
        Msg::Compare,
        Some(("V", "andere beroepen")),
    ),
    bind(
        &[Ctx::Chart],
        KeyCode::Enter,
        NONE,
        Msg::Confirm,
        Some(("Enter", "klopt, verder")),
    ),
    // The plan grid.
    bind(
        &[Ctx::Grid],
        KeyCode::Left,
        NONE,
        Msg::Left,
        Some(("pijltjes", "kies vak")),
    ),
    bind(&[Ctx::Grid], KeyCode::Right, NONE, Msg::Right, None),
    bind(&[Ctx::Grid], KeyCode::Up, NONE, Msg::Up, None),
    bind(&[Ctx::Grid], KeyCode::Down, NONE, Msg::Down, None),
    bind(&[Ctx::Grid], KeyCode::Tab, NONE, Msg::NextField, None),
    bind(&[Ctx::Grid], KeyCode::BackTab, NONE, Msg::PrevField, None),
    bind(
        &[Ctx::Grid],
        KeyCode::Enter,
        NONE,
        Msg::Confirm,
        Some(("Enter", "open")),
    ),
    // One cell of the grid.
    bind(
        &[Ctx::CellList],
        KeyCode::Down,
        NONE,
        Msg::Down,
        Some(("↑↓", "kies")),
    ),
    bind(&[Ctx::CellList], KeyCode::Up, NONE, Msg::Up, None),
    bind(&[Ctx::CellList], KeyCode::Tab, NONE, Msg::NextField, None),
    bind(
        &[Ctx::CellList],
        KeyCode::BackTab,
        NONE,
        Msg::PrevField,
        None,
    ),
    bind(
        &[Ctx::CellList],
        KeyCode::Enter,
        NONE,
        Msg::Confirm,
        Some(("Enter", "toevoegen/wijzigen")),
    ),
    bind(
        &[Ctx::CellList],
        KeyCode::Char(' '),
        NONE,
        Msg::Toggle,
        None,
    ),
    bind(
        &[Ctx::CellList],
        KeyCode::Char('f'),
        NONE,
        Msg::ToggleVorm,
        Some(("F", "formeel/informeel")),
    ),
    bind(
        &[Ctx::CellList],
        KeyCode::Char('k'),
        NONE,
        Msg::ToggleKlaar,
        Some(("K", "klaar")),
    ),
    bind(
        &[Ctx::CellList],
        KeyCode::Delete,
        NONE,
        Msg::Delete,
        Some(("Del", "weg")),
    ),
    // Questions that need an answer.
    bind(
        &[Ctx::Dialog],
        KeyCode::Down,
        NONE,
        Msg::Down,
        Some(("↑↓", "kies")),
    ),
    bind(&[Ctx::Dialog], KeyCode::Up, NONE, Msg::Up, None),
    bind(&[Ctx::Dialog], KeyCode::Tab, NONE, Msg::Down, None),
    bind(&[Ctx::Dialog], KeyCode::BackTab, NONE, Msg::Up, None),
    bind(
        &[Ctx::Dialog],
        KeyCode::Enter,
        NONE,
        Msg::Confirm,
        Some(("Enter", "ok")),
    ),
    bind(
        &[Ctx::Dialog],
        KeyCode::Esc,
        NONE,
        Msg::Back,
        Some(("Esc", "terug")),
    ),
    bind(
        &[Ctx::Help],
        KeyCode::Esc,
        NONE,
        Msg::Back,
        Some(("Esc", "sluit hulp")),
    ),
    bind(&[Ctx::Help], KeyCode::F(1), NONE, Msg::Back, None),
    bind(&[Ctx::Help], KeyCode::Char('?'), NONE, Msg::Back, None),
    bind(&[Ctx::Help], KeyCode::Enter, NONE, Msg::Back, None),
    // Everywhere on the screens.
    bind(
        SCREENS,
        KeyCode::Esc,
        NONE,
        Msg::Back,
        Some(("Esc", "terug")),
    ),
    bind(
        SCREENS,
        KeyCode::F(1),
        NONE,
        Msg::Help,
        Some(("F1", "hulp")),
    ),
    bind(NOT_TEXT, KeyCode::Char('?'), NONE, Msg::Help, None),
    bind(
        SCREENS,
        KeyCode::Char('s'),
        CTRL,
        Msg::Save,
        Some(("Ctrl-S", "opslaan")),
    ),
    bind(
        ALL,
        KeyCode::Char('q'),
        CTRL,
        Msg::Quit,
        Some(("Ctrl-Q", "stoppen")),
    ),
    bind(ALL, KeyCode::Char('c'), CTRL, Msg::Quit, None),
];

fn matches(binding: &Binding, key: &KeyEvent) -> bool {
    if binding.code != key.code {
        return false;
    }
    let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::SHIFT | KeyModifiers::ALT);
    match key.code {
        // Shift is part of the character itself ('?' or 'W').
        KeyCode::Char(_) | KeyCode::BackTab => mods - SHIFT == binding.mods - SHIFT,
        _ => mods == binding.mods,
    }
}

/// The message for a key press in `ctx`, if the key does anything there.
/// Key releases and repeats of a release are ignored.
pub fn message_for(ctx: Ctx, key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let lowered = match key.code {
        KeyCode::Char(c) if ctx != Ctx::Text && c.is_ascii_uppercase() => KeyEvent {
            code: KeyCode::Char(c.to_ascii_lowercase()),
            ..key
        },
        _ => key,
    };
    if let Some(b) = BINDINGS
        .iter()
        .find(|b| b.ctx.contains(&ctx) && matches(b, &lowered))
    {
        return Some(b.msg.clone());
    }
    match (ctx, key.code) {
        (Ctx::Text, KeyCode::Char(c))
            if !key
                .modifiers
                .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Msg::Edit(EditKey::Insert(c)))
        }
        _ => None,
    }
}

/// The footer hints for `ctx`: key and what it does, in table order.
pub fn hints(ctx: Ctx) -> Vec<(&'static str, &'static str)> {
    BINDINGS
        .iter()
        .filter(|b| b.ctx.contains(&ctx))
        .filter_map(|b| b.hint)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    #[test]
    fn releases_do_nothing() {
        let mut key = press(KeyCode::Enter, NONE);
        key.kind = KeyEventKind::Release;
        assert_eq!(message_for(Ctx::Form, key), None);
    }

    #[test]
    fn letters_type_in_text_but_act_elsewhere() {
        let w = press(KeyCode::Char('w'), NONE);
        assert_eq!(
            message_for(Ctx::Text, w),
            Some(Msg::Edit(EditKey::Insert('w')))
        );
        assert_eq!(message_for(Ctx::Chart, w), Some(Msg::Why));
        let big_w = press(KeyCode::Char('W'), SHIFT);
        assert_eq!(message_for(Ctx::Chart, big_w), Some(Msg::Why));
        let q = press(KeyCode::Char('?'), SHIFT);
        assert_eq!(
            message_for(Ctx::Text, q),
            Some(Msg::Edit(EditKey::Insert('?')))
        );
        assert_eq!(message_for(Ctx::Form, q), Some(Msg::Help));
    }

    #[test]
    fn global_keys_work_everywhere() {
        for ctx in ALL {
            assert_eq!(
                message_for(*ctx, press(KeyCode::Char('q'), CTRL)),
                Some(Msg::Quit),
                "{ctx:?}"
            );
        }
        for ctx in SCREENS {
            assert_eq!(
                message_for(*ctx, press(KeyCode::Char('s'), CTRL)),
                Some(Msg::Save),
                "{ctx:?}"
            );
            assert_eq!(
                message_for(*ctx, press(KeyCode::F(1), NONE)),
                Some(Msg::Help),
                "{ctx:?}"
            );
            assert_eq!(
                message_for(*ctx, press(KeyCode::Esc, NONE)),
                Some(Msg::Back),
                "{ctx:?}"
            );
        }
    }

    #[test]
    fn shift_arrows_fine_tune() {
        assert_eq!(
            message_for(Ctx::Chart, press(KeyCode::Left, SHIFT)),
            Some(Msg::FineLeft)
        );
        assert_eq!(
            message_for(Ctx::Chart, press(KeyCode::Left, NONE)),
            Some(Msg::Left)
        );
    }

    #[test]
    fn every_screen_has_a_footer_with_help_and_quit() {
        for ctx in SCREENS {
            let keys: Vec<&str> = hints(*ctx).iter().map(|h| h.0).collect();
            for must in ["Esc", "F1", "Ctrl-S", "Ctrl-Q"] {
                assert!(keys.contains(&must), "{ctx:?} lacks {must}");
            }
        }
    }

    #[test]
    fn every_hint_names_a_key_that_works_there() {
        for b in BINDINGS.iter().filter(|b| b.hint.is_some()) {
            for ctx in b.ctx {
                let key = press(b.code, b.mods);
                assert!(message_for(*ctx, key).is_some(), "{:?} in {ctx:?}", b.code);
            }
        }
    }
}
