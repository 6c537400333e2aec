//! A one-line text box with a focus marker and a cursor that scrolls, and
//! the editing of its text.

use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::widgets::Widget;
use tui_input::{Input, InputRequest};
use unicode_width::UnicodeWidthChar;

use super::put;
use crate::model::plan::unsafe_char;
use crate::tui::msg::EditKey;
use crate::tui::theme::Theme;

/// The most characters in a short field (a name, a function), as a form on
/// paper has room for.
pub const SHORT_LIMIT: usize = 100;
/// The most characters in a free text.
pub const LONG_LIMIT: usize = 1_000;

/// Applies one editing key to `value` with the cursor at `cursor` (in
/// characters); returns the new text and cursor. A character typed into a
/// text of `limit` characters is not added.
pub fn edit_text(value: &str, cursor: usize, key: EditKey, limit: usize) -> (String, usize) {
    let refused = match key {
        EditKey::Insert(c) => unsafe_char(c) || value.chars().count() >= limit,
        _ => false,
    };
    if refused {
        return (value.to_string(), cursor);
    }
    let request = match key {
        EditKey::Insert(c) => InputRequest::InsertChar(c),
        EditKey::Backspace => InputRequest::DeletePrevChar,
        EditKey::Delete => InputRequest::DeleteNextChar,
        EditKey::Left => InputRequest::GoToPrevChar,
        EditKey::Right => InputRequest::GoToNextChar,
        EditKey::WordLeft => InputRequest::GoToPrevWord,
        EditKey::WordRight => InputRequest::GoToNextWord,
        EditKey::Home => InputRequest::GoToStart,
        EditKey::End => InputRequest::GoToEnd,
        EditKey::DeleteWord => InputRequest::DeletePrevWord,
        EditKey::Clear => InputRequest::DeleteLine,
    };
    let mut input = Input::new(value.to_string()).with_cursor(cursor);
    input.handle(request);
    (input.value().to_string(), input.cursor())
}

/// A paste at the cursor: control characters (line breaks, tabs, escape
/// codes) become spaces, and what does not fit within `limit` characters is
/// left out. Returns the new text, the cursor, and whether something was
/// left out.
pub fn paste_text(value: &str, cursor: usize, pasted: &str, limit: usize) -> (String, usize, bool) {
    let room = limit.saturating_sub(value.chars().count());
    let cursor = cursor.min(value.chars().count());
    // Line breaks and tabs become spaces; other control characters and
    // bidi overrides are dropped (see `unsafe_char`).
    let clean = pasted
        .chars()
        .map(|c| {
            if matches!(c, '\n' | '\r' | '\t') {
                ' '
            } else {
                c
            }
        })
        .filter(|c| !unsafe_char(*c));
    let mut fits: String = clean.clone().take(room).collect();
    let cut = clean.count() > room;
    let at = value
        .char_indices()
        .nth(cursor)
        .map_or(value.len(), |(i, _)| i);
    let added = fits.chars().count();
    fits.insert_str(0, &value[..at]);
    fits.push_str(&value[at..]);
    (fits, cursor + added, cut)
}

/// "Dit vak is bijna vol: nog 12 tekens." once fewer than a tenth of
/// `limit` is left; `None` before.
pub fn room_left(value: &str, limit: usize) -> Option<String> {
    let left = limit.saturating_sub(value.chars().count());
    match left {
        _ if left * 10 >= limit => None,
        0 => Some(format!("Dit vak is vol: er passen {limit} tekens in.")),
        1 => Some("Dit vak is bijna vol: nog 1 teken.".into()),
        n => Some(format!("Dit vak is bijna vol: nog {n} tekens.")),
    }
}

/// The notice after a paste that did not fit.
pub fn cut_notice(limit: usize) -> String {
    format!("De tekst was te lang. Er passen {limit} tekens in dit vak; de rest is weggelaten.")
}

/// A text box.
#[derive(Debug, Clone)]
pub struct TextField<'a> {
    /// The text.
    pub value: &'a str,
    /// Cursor, in characters.
    pub cursor: usize,
    /// Whether it has the keyboard.
    pub focused: bool,
    /// Shown in grey while the field is empty.
    pub placeholder: &'a str,
    /// Styles.
    pub theme: Theme,
}

impl TextField<'_> {
    /// The first character shown and the cursor column, for a text area of `width`.
    fn scroll(&self, width: usize) -> (usize, usize) {
        let chars: Vec<char> = self.value.chars().collect();
        let cursor = self.cursor.min(chars.len());
        // Walk back from the cursor while the text before it still fits
        // (one pass, so a long text costs no more than its length).
        let mut start = cursor;
        let mut used = 0;
        while start > 0 {
            let w = chars[start - 1].width().unwrap_or(0);
            if used + w >= width.max(1) {
                break;
            }
            used += w;
            start -= 1;
        }
        (start, used)
    }

    /// Where the terminal cursor goes, if focused and visible.
    pub fn cursor_position(&self, area: Rect) -> Option<Position> {
        if !self.focused || area.width < 3 || area.height == 0 {
            return None;
        }
        let (_, col) = self.scroll(usize::from(area.width - 2));
        Some(Position::new(area.x + 2 + col as u16, area.y))
    }
}

impl Widget for &TextField<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.is_empty() {
            return;
        }
        let (marker, style) = self.theme.marker(self.focused);
        put(buf, area, area.x, area.y, marker, style);
        if area.width < 3 {
            return;
        }
        let text_area = Rect::new(area.x + 2, area.y, area.width - 2, 1);
        let underline = Style::default().add_modifier(Modifier::UNDERLINED);
        for x in text_area.left()..text_area.right() {
            buf[(x, text_area.y)].set_style(underline);
        }
        if self.value.is_empty() {
            put(
                buf,
                text_area,
                text_area.x,
                text_area.y,
                self.placeholder,
                self.theme.muted(),
            );
            return;
        }
        if self.focused {
            // While typing, the part around the cursor.
            let start = self.scroll(usize::from(text_area.width)).0;
            let shown: String = self.value.chars().skip(start).collect();
            put(buf, text_area, text_area.x, text_area.y, &shown, underline);
        } else {
            // Without the focus the start of the text, in whole words, and
            // "…" when there is more: nothing looks cut off or lost.
            let shown = whole_words(self.value, usize::from(text_area.width));
            put(buf, text_area, text_area.x, text_area.y, &shown, underline);
        }
    }
}

/// The start of `text` in whole words that fit in `width` columns, with
/// "…" when something is left out.
pub fn whole_words(text: &str, width: usize) -> String {
    use unicode_width::UnicodeWidthStr;
    if text.width() <= width {
        return text.to_string();
    }
    // Leading spaces (an indent, the space of an unfocused row's marker)
    // stay, so a cut row lines up with the others.
    let body = text.trim_start_matches(' ');
    let indent = &text[..text.len() - body.len()];
    if !indent.is_empty() {
        let rest = whole_words(body, width.saturating_sub(indent.len()));
        return format!("{indent}{rest}");
    }
    let mut shown = String::new();
    for word in text.split(' ') {
        let next = if shown.is_empty() {
            word.to_string()
        } else {
            format!("{shown} {word}")
        };
        // Room for the "…" after it.
        if next.width() + 1 > width {
            break;
        }
        shown = next;
    }
    if shown.is_empty() {
        // One word longer than the field: as much of it as fits.
        shown = text.chars().take(width.saturating_sub(1)).collect();
    }
    format!("{shown}…")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_the_focus_a_long_text_ends_in_whole_words_and_an_ellipsis() {
        assert_eq!(whole_words("Sanne de Vries", 20), "Sanne de Vries");
        assert_eq!(
            whole_words("Medewerker bedrijfsvoering (personeel, informatie)", 30),
            "Medewerker bedrijfsvoering…"
        );
        assert_eq!(
            whole_words("Informatievoorzieningsadviseur", 10),
            "Informati…"
        );
    }

    #[test]
    fn a_full_field_takes_no_more_characters_but_still_edits() {
        let full = "é".repeat(SHORT_LIMIT);
        let (after, cursor) = edit_text(&full, 3, EditKey::Insert('x'), SHORT_LIMIT);
        assert_eq!((after.as_str(), cursor), (full.as_str(), 3));
        let (after, _) = edit_text(&full, 3, EditKey::Backspace, SHORT_LIMIT);
        assert_eq!(after.chars().count(), SHORT_LIMIT - 1);
    }

    #[test]
    fn a_paste_is_cut_at_the_limit_on_a_character_boundary() {
        let pasted = "ë🙂\u{1b}]52;c;x\u{7}".repeat(10_000);
        let (after, cursor, cut) = paste_text("Sa", 1, &pasted, SHORT_LIMIT);
        assert!(cut);
        assert_eq!(after.chars().count(), SHORT_LIMIT);
        assert_eq!(cursor, SHORT_LIMIT - 1, "after what was pasted");
        assert!(after.starts_with("Së🙂"), "{after}");
        assert!(after.ends_with('a'));
        assert!(!after.chars().any(char::is_control), "no escape codes");
        // A bidi override is dropped, a line break becomes a space.
        let (after, _, _) = paste_text("", 0, "a\u{202E}b\nc\u{1b}", SHORT_LIMIT);
        assert_eq!(after, "ab c");
        let (after, _) = edit_text("a", 1, EditKey::Insert('\u{2066}'), SHORT_LIMIT);
        assert_eq!(after, "a", "typed, it is not taken either");
        let (after, cursor, cut) = paste_text("Sanne", 5, " de Vries", SHORT_LIMIT);
        assert_eq!((after.as_str(), cursor, cut), ("Sanne de Vries", 14, false));
    }

    #[test]
    fn the_room_left_shows_near_the_limit_only() {
        assert_eq!(room_left(&"a".repeat(89), 100), None);
        assert_eq!(
            room_left(&"a".repeat(91), 100).as_deref(),
            Some("Dit vak is bijna vol: nog 9 tekens.")
        );
        assert_eq!(
            room_left(&"a".repeat(100), 100).as_deref(),
            Some("Dit vak is vol: er passen 100 tekens in.")
        );
    }

    #[test]
    fn without_the_focus_a_long_text_shows_its_start() {
        let text = "Inwoners helpen die het lastig vinden met DigiD";
        let field = |focused| TextField {
            value: text,
            cursor: text.chars().count(),
            focused,
            placeholder: "",
            theme: Theme::new(false),
        };
        let row = |field: TextField| {
            let area = Rect::new(0, 0, 20, 1);
            let mut buf = Buffer::empty(area);
            (&field).render(area, &mut buf);
            (0..20).map(|x| buf[(x, 0)].symbol()).collect::<String>()
        };
        assert!(row(field(false)).starts_with("  Inwoners helpen"));
        assert!(row(field(true)).contains("DigiD"), "the cursor end shows");
    }
    use crate::tui::widgets::test_support::renders_safely_in_tiny_areas;

    fn field(value: &str, cursor: usize) -> TextField<'_> {
        TextField {
            value,
            cursor,
            focused: true,
            placeholder: "typ hier",
            theme: Theme::new(false),
        }
    }

    #[test]
    fn shows_marker_and_text() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        (&field("Sanne", 5)).render(buf.area, &mut buf);
        assert_eq!(buf[(0, 0)].symbol(), "›");
        let line: String = (2..7).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(line, "Sanne");
        assert_eq!(
            field("Sanne", 5).cursor_position(buf.area),
            Some(Position::new(7, 0))
        );
    }

    #[test]
    fn long_text_scrolls_to_keep_the_cursor_visible() {
        let text = "abcdefghijklmnopqrstuvwxyz";
        let mut buf = Buffer::empty(Rect::new(0, 0, 12, 1));
        (&field(text, 26)).render(buf.area, &mut buf);
        let line: String = (2..12).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(line, "rstuvwxyz ");
        assert_eq!(
            field(text, 26).cursor_position(buf.area),
            Some(Position::new(11, 0))
        );
    }

    #[test]
    fn wide_characters_count_double() {
        let f = field("🙂🙂", 2);
        assert_eq!(
            f.cursor_position(Rect::new(0, 0, 20, 1)),
            Some(Position::new(6, 0))
        );
    }

    #[test]
    fn tiny_areas_are_safe() {
        renders_safely_in_tiny_areas(&field("Sanne de Vries", 3));
    }
}
