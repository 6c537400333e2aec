//! The one key table: it turns key presses into messages and also produces
//! the footer of key hints, so the footer can never promise a key that does
//! not work. Each step contributes its own rows (a [`Keymap`]); the rows that
//! work everywhere, in dialogs and in the help text live here.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::msg::{EditKey, Msg};

/// One row of the key table.
#[derive(Debug)]
pub struct Binding {
    /// The key.
    pub code: KeyCode,
    /// Control or Shift; Shift is ignored for characters.
    pub mods: KeyModifiers,
    /// What it does.
    pub msg: Msg,
    /// Key and action for the footer, if shown there.
    pub hint: Option<(&'static str, &'static str)>,
}

/// No modifier.
pub const NONE: KeyModifiers = KeyModifiers::NONE;
/// The Control key.
pub const CTRL: KeyModifiers = KeyModifiers::CONTROL;
/// The Shift key.
pub const SHIFT: KeyModifiers = KeyModifiers::SHIFT;

/// A row with a modifier.
pub const fn bind(
    code: KeyCode,
    mods: KeyModifiers,
    msg: Msg,
    hint: Option<(&'static str, &'static str)>,
) -> Binding {
    Binding {
        code,
        mods,
        msg,
        hint,
    }
}

/// A row without a modifier and without a hint.
pub const fn key(code: KeyCode, msg: Msg) -> Binding {
    bind(code, NONE, msg, None)
}

/// A row without a modifier, shown in the footer.
pub const fn hint(code: KeyCode, msg: Msg, key: &'static str, action: &'static str) -> Binding {
    bind(code, NONE, msg, Some((key, action)))
}

/// The rows one screen of a step adds to the table.
#[derive(Debug, Clone, Copy)]
pub struct Keymap {
    /// The step's own rows, in footer order; they come before the common ones.
    pub rows: &'static [Binding],
    /// More rows of this screen after `rows` (a step that adds keys to a
    /// shared set, such as the save step's 1 to 6 after the buttons' keys).
    pub more: &'static [Binding],
    /// A text field has the keyboard: letters type, and the editing keys work.
    pub typing: bool,
    /// The mouse wheel moves up and down (off where it would move the point).
    pub wheel: bool,
    /// A letter that is not a key here was just typed: every letter is taken
    /// as more of that typing, not as a key, until another kind of key comes
    /// ("ik ben flink" typed on a list must not toggle K and F). Set by the
    /// app, never by a step.
    pub stray: bool,
}

impl Keymap {
    /// A screen with lists: letters are commands, the wheel scrolls.
    pub const fn list(rows: &'static [Binding]) -> Self {
        Keymap {
            rows,
            more: &[],
            typing: false,
            wheel: true,
            stray: false,
        }
    }

    /// A screen with a text field that has the keyboard.
    pub const fn typing(rows: &'static [Binding]) -> Self {
        Keymap {
            rows,
            more: &[],
            typing: true,
            wheel: true,
            stray: false,
        }
    }
}

/// Who has the keyboard now.
#[derive(Debug, Clone, Copy)]
pub enum Mode {
    /// A step of the session, with its rows.
    Step(Keymap),
    /// A question that needs an answer first.
    Dialog,
    /// A question answered by typing (a folder).
    DialogText,
    /// The help text.
    Help,
    /// The window is too small to show anything useful.
    TooSmall,
}

/// Keys that edit the text field that has the keyboard.
static TEXT_EDIT: &[Binding] = &[
    key(KeyCode::Left, Msg::Edit(EditKey::Left)),
    key(KeyCode::Right, Msg::Edit(EditKey::Right)),
    bind(KeyCode::Left, CTRL, Msg::Edit(EditKey::WordLeft), None),
    bind(KeyCode::Right, CTRL, Msg::Edit(EditKey::WordRight), None),
    key(KeyCode::Home, Msg::Edit(EditKey::Home)),
    key(KeyCode::End, Msg::Edit(EditKey::End)),
    key(KeyCode::Backspace, Msg::Edit(EditKey::Backspace)),
    key(KeyCode::Delete, Msg::Edit(EditKey::Delete)),
    bind(
        KeyCode::Char('w'),
        CTRL,
        Msg::Edit(EditKey::DeleteWord),
        None,
    ),
    bind(KeyCode::Char('u'), CTRL, Msg::Edit(EditKey::Clear), None),
];

/// Keys that work on every step.
static ON_EVERY_STEP: &[Binding] = &[
    hint(KeyCode::Esc, Msg::Back, "Esc", "terug"),
    hint(KeyCode::F(1), Msg::Help, "F1", "hulp"),
    bind(
        KeyCode::Char('s'),
        CTRL,
        Msg::Save,
        Some(("Ctrl-S", "opslaan")),
    ),
];

/// `?` opens the help, unless it is typed into a text field.
static QUESTION_MARK: &[Binding] = &[key(KeyCode::Char('?'), Msg::Help)];

/// Keys that work everywhere, also in dialogs and in a window that is too small.
static ALWAYS: &[Binding] = &[
    bind(
        KeyCode::Char('q'),
        CTRL,
        Msg::Quit,
        Some(("Ctrl-Q", "stoppen")),
    ),
    bind(KeyCode::Char('c'), CTRL, Msg::Quit, None),
];

/// Saving also works in a window that is too small.
static SAVE: &[Binding] = &[bind(
    KeyCode::Char('s'),
    CTRL,
    Msg::Save,
    Some(("Ctrl-S", "opslaan")),
)];

static DIALOG: &[Binding] = &[
    hint(KeyCode::Down, Msg::Down, "↑↓", "kies"),
    key(KeyCode::Up, Msg::Up),
    key(KeyCode::Tab, Msg::Down),
    key(KeyCode::BackTab, Msg::Up),
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "ok"),
    hint(KeyCode::Esc, Msg::Back, "Esc", "terug"),
];

static DIALOG_TEXT: &[Binding] = &[
    hint(KeyCode::Enter, Msg::Confirm, "Enter", "opslaan"),
    hint(KeyCode::Esc, Msg::Back, "Esc", "terug"),
];

static HELP: &[Binding] = &[
    hint(KeyCode::Esc, Msg::Back, "Esc", "sluit hulp"),
    key(KeyCode::F(1), Msg::Back),
    key(KeyCode::Char('?'), Msg::Back),
    key(KeyCode::Enter, Msg::Back),
];

/// The parts of the table that are in force in `mode`, in footer order.
fn tables(mode: &Mode) -> Vec<&'static [Binding]> {
    match mode {
        Mode::Step(map) if map.typing => {
            vec![map.rows, map.more, TEXT_EDIT, ON_EVERY_STEP, ALWAYS]
        }
        Mode::Step(map) => vec![map.rows, map.more, ON_EVERY_STEP, QUESTION_MARK, ALWAYS],
        Mode::Dialog => vec![DIALOG, ALWAYS],
        Mode::DialogText => vec![DIALOG_TEXT, TEXT_EDIT, ALWAYS],
        Mode::Help => vec![HELP, ALWAYS],
        Mode::TooSmall => vec![SAVE, ALWAYS],
    }
}

fn typing(mode: &Mode) -> bool {
    matches!(mode, Mode::Step(map) if map.typing) || matches!(mode, Mode::DialogText)
}

/// Whether the mouse wheel scrolls in `mode`.
pub fn wheel(mode: &Mode) -> bool {
    match mode {
        Mode::Step(map) => map.wheel,
        Mode::Dialog => true,
        Mode::DialogText | Mode::Help | Mode::TooSmall => false,
    }
}

fn matches(binding: &Binding, key: &KeyEvent) -> bool {
    if binding.code != key.code {
        return false;
    }
    let mods = key.modifiers & (KeyModifiers::CONTROL | KeyModifiers::SHIFT | KeyModifiers::ALT);
    match key.code {
        // Shift is part of the character itself ('?' or 'W').
        KeyCode::Char(_) | KeyCode::BackTab => mods - SHIFT == binding.mods - SHIFT,
        // Two quick Esc presses can arrive as one Alt+Esc: it is still Esc.
        KeyCode::Esc => mods - KeyModifiers::ALT == binding.mods,
        _ => mods == binding.mods,
    }
}

/// The message for a key press in `mode`, if the key does anything there.
/// Key releases are ignored.
pub fn message_for(mode: &Mode, key: KeyEvent) -> Option<Msg> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let typing = typing(mode);
    let list = matches!(mode, Mode::Step(map) if !map.typing);
    let plain = !key
        .modifiers
        .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT);
    if let (Mode::Step(map), KeyCode::Char(c)) = (mode, key.code)
        && map.stray
        && list
        && plain
        && (c.is_alphabetic() || c == ' ')
    {
        return Some(Msg::Stray(c));
    }
    let lowered = match key.code {
        KeyCode::Char(c) if !typing && c.is_ascii_uppercase() => KeyEvent {
            code: KeyCode::Char(c.to_ascii_lowercase()),
            ..key
        },
        _ => key,
    };
    if let Some(b) = tables(mode)
        .into_iter()
        .flatten()
        .find(|b| matches(b, &lowered))
    {
        return Some(b.msg.clone());
    }
    match key.code {
        KeyCode::Char(c) if typing && plain => Some(Msg::Edit(EditKey::Insert(c))),
        KeyCode::Char(c) if list && plain && c.is_alphabetic() => Some(Msg::Stray(c)),
        _ => None,
    }
}

/// The footer hints for `mode`: key and what it does, in table order. A key
/// is named once: a step's own meaning (Esc "annuleren") hides the common one.
pub fn hints(mode: &Mode) -> Vec<(&'static str, &'static str)> {
    let mut shown: Vec<(&'static str, &'static str)> = Vec::new();
    for hint in tables(mode).into_iter().flatten().filter_map(|b| b.hint) {
        if !shown.iter().any(|(key, _)| *key == hint.0) {
            shown.push(hint);
        }
    }
    shown
}

/// Checks a step's keymap: the footer has help, back, save and quit, and every
/// key it names does something. For the tests of each step.
#[cfg(test)]
pub(crate) fn assert_footer_is_honest(map: Keymap) {
    let mode = Mode::Step(map);
    let keys: Vec<&str> = hints(&mode).iter().map(|h| h.0).collect();
    for must in ["Esc", "F1", "Ctrl-S", "Ctrl-Q"] {
        assert!(keys.contains(&must), "footer {keys:?} lacks {must}");
    }
    for b in tables(&mode).into_iter().flatten() {
        if b.hint.is_some() {
            let press = KeyEvent::new(b.code, b.mods);
            assert!(message_for(&mode, press).is_some(), "{:?}", b.code);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

    static CHART_LIKE: &[Binding] = &[
        hint(KeyCode::Char('w'), Msg::Why, "W", "waarom hier?"),
        bind(KeyCode::Left, SHIFT, Msg::FineLeft, None),
        key(KeyCode::Left, Msg::Left),
    ];
    const LIST: Mode = Mode::Step(Keymap::list(CHART_LIKE));
    const TEXT: Mode = Mode::Step(Keymap::typing(&[]));

    #[test]
    fn releases_do_nothing() {
        let mut key = press(KeyCode::Esc, NONE);
        key.kind = KeyEventKind::Release;
        assert_eq!(message_for(&LIST, key), None);
    }

    #[test]
    fn letters_type_in_text_but_act_elsewhere() {
        let w = press(KeyCode::Char('w'), NONE);
        assert_eq!(message_for(&TEXT, w), Some(Msg::Edit(EditKey::Insert('w'))));
        assert_eq!(message_for(&LIST, w), Some(Msg::Why));
        let big_w = press(KeyCode::Char('W'), SHIFT);
        assert_eq!(message_for(&LIST, big_w), Some(Msg::Why));
        let q = press(KeyCode::Char('?'), SHIFT);
        assert_eq!(message_for(&TEXT, q), Some(Msg::Edit(EditKey::Insert('?'))));
        assert_eq!(message_for(&LIST, q), Some(Msg::Help));
    }

    #[test]
    fn global_keys_work_everywhere() {
        for mode in [
            LIST,
            TEXT,
            Mode::Dialog,
            Mode::DialogText,
            Mode::Help,
            Mode::TooSmall,
        ] {
            assert_eq!(
                message_for(&mode, press(KeyCode::Char('q'), CTRL)),
                Some(Msg::Quit),
                "{mode:?}"
            );
        }
        for mode in [LIST, TEXT] {
            for (code, mods, msg) in [
                (KeyCode::Char('s'), CTRL, Msg::Save),
                (KeyCode::F(1), NONE, Msg::Help),
                (KeyCode::Esc, NONE, Msg::Back),
            ] {
                assert_eq!(message_for(&mode, press(code, mods)), Some(msg));
            }
        }
        assert_eq!(
            message_for(&Mode::TooSmall, press(KeyCode::Enter, NONE)),
            None
        );
        assert_eq!(
            message_for(&Mode::TooSmall, press(KeyCode::Char('s'), CTRL)),
            Some(Msg::Save)
        );
    }

    #[test]
    fn alt_esc_is_esc() {
        assert_eq!(
            message_for(&LIST, press(KeyCode::Esc, KeyModifiers::ALT)),
            Some(Msg::Back)
        );
    }

    #[test]
    fn shift_arrows_fine_tune() {
        assert_eq!(
            message_for(&LIST, press(KeyCode::Left, SHIFT)),
            Some(Msg::FineLeft)
        );
        assert_eq!(
            message_for(&LIST, press(KeyCode::Left, NONE)),
            Some(Msg::Left)
        );
    }

    #[test]
    fn the_step_rows_come_first_in_the_footer() {
        assert_eq!(
            hints(&LIST),
            vec![
                ("W", "waarom hier?"),
                ("Esc", "terug"),
                ("F1", "hulp"),
                ("Ctrl-S", "opslaan"),
                ("Ctrl-Q", "stoppen")
            ]
        );
        assert_footer_is_honest(Keymap::list(CHART_LIKE));
    }
}
