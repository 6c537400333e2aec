//! Reusable widgets. Each draws only inside the area it is given, and
//! draws nothing at all in an empty area.

pub mod likert;
pub mod plan_grid;
pub mod quadrant_chart;
pub mod slider;
pub mod text_field;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use unicode_width::UnicodeWidthChar;

/// Wraps `text` to `width` columns, first fit (the way people read a
/// terminal: each line as full as it goes), later lines starting with `indent`.
/// Lines break at spaces only: a word with a hyphen ("id-kaart") stays
/// whole, a no-break space keeps "35 %" together, and the frame does not
/// pay for Unicode line breaking (half the time of "Jouw plek", issue 20).
pub fn wrap(text: &str, width: usize, indent: &str) -> Vec<String> {
    type Key = (String, usize, String);
    thread_local! {
        /// The same texts are wrapped at the same width frame after frame;
        /// a small memo keeps the frame cheap (it is cleared when it grows).
        static MEMO: std::cell::RefCell<std::collections::HashMap<Key, Vec<String>>> =
            std::cell::RefCell::new(std::collections::HashMap::new());
    }
    let key = (text.to_string(), width, indent.to_string());
    if let Some(hit) = MEMO.with(|m| m.borrow().get(&key).cloned()) {
        return hit;
    }
    let options = textwrap::Options::new(width.max(indent.len() + 4))
        .subsequent_indent(indent)
        .word_separator(textwrap::WordSeparator::AsciiSpace)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    let lines: Vec<String> = textwrap::wrap(text, options)
        .into_iter()
        .map(|l| l.into_owned())
        .collect();
    MEMO.with(|m| {
        let mut m = m.borrow_mut();
        if m.len() >= 512 {
            m.clear();
        }
        m.insert(key, lines.clone());
    });
    lines
}

thread_local! {
    /// Texts [`put`] had to cut inside a word on this thread, for the test
    /// that no screen cuts off a word (issue #9).
    static CUT_WORDS: std::cell::RefCell<Vec<String>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// The texts [`put`] cut inside a word since the last call, on this thread.
pub fn take_cut_words() -> Vec<String> {
    CUT_WORDS.with(|cuts| std::mem::take(&mut *cuts.borrow_mut()))
}

/// Writes `text` at (x, y), clipped to `area` and the buffer; returns the
/// column after the last character written. A text cut inside a word is
/// noted for [`take_cut_words`].
pub fn put(buf: &mut Buffer, area: Rect, x: u16, y: u16, text: &str, style: Style) -> u16 {
    let area = area.intersection(buf.area);
    if area.is_empty()
        || y < area.top()
        || y >= area.bottom()
        || x >= area.right()
        || x < area.left()
    {
        return x;
    }
    let mut col = x;
    let mut last = ' ';
    for c in text.chars() {
        let w = c.width().unwrap_or(0) as u16;
        if w == 0 {
            continue;
        }
        if col + w > area.right() {
            if !c.is_whitespace() && !last.is_whitespace() {
                CUT_WORDS.with(|cuts| cuts.borrow_mut().push(text.to_string()));
            }
            break;
        }
        last = c;
        buf[(col, y)].set_char(c).set_style(style);
        if w == 2 {
            buf[(col + 1, y)].set_symbol("").set_style(style);
        }
        col += w;
    }
    col
}

#[cfg(test)]
pub(crate) mod test_support {
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::widgets::Widget;

    /// Renders a widget into areas of size 0x0, 1x1 and 0xN/Nx0 inside a
    /// larger buffer and checks nothing outside the area changed.
    pub fn renders_safely_in_tiny_areas<W: Widget + Clone>(widget: W) {
        for (w, h) in [(0, 0), (1, 1), (0, 5), (5, 0), (1, 5), (5, 1), (2, 2)] {
            let outer = Rect::new(0, 0, 10, 10);
            let mut buf = Buffer::empty(outer);
            let area = Rect::new(3, 3, w, h);
            widget.clone().render(area, &mut buf);
            for y in 0..10 {
                for x in 0..10 {
                    let inside = x >= 3 && x < 3 + w && y >= 3 && y < 3 + h;
                    if !inside {
                        assert_eq!(buf[(x, y)].symbol(), " ", "drew outside {w}x{h} at {x},{y}");
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod put_tests {
    use super::*;

    #[test]
    fn put_notes_a_word_it_cuts_but_not_a_cut_between_words() {
        let area = Rect::new(0, 0, 8, 1);
        let mut buf = Buffer::empty(area);
        let _ = take_cut_words();
        put(&mut buf, area, 0, 0, "Vaste stappen", Style::default());
        assert_eq!(take_cut_words(), vec!["Vaste stappen".to_string()]);
        put(&mut buf, area, 0, 0, "Vaste st", Style::default());
        put(&mut buf, area, 0, 0, "Vast de", Style::default());
        assert!(take_cut_words().is_empty());
    }
}
