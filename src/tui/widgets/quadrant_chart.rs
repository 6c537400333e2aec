//! The 2x2 grid with Dutch axis labels that describe the work, each quadrant
//! named by its work first and the study's name after (never in capitals),
//! reference jobs as small dots with labels where they fit, and the point as
//! a diamond with "jouw werk" beside it.
//!
//! ```text
//! ↑ Eigen oordeel en ideeën
//! ┌───────────────────┬───────────────────┐
//! │Eigen oordeel      │  Oordeel en mensen│
//! │(Slow creep)       │        (Safe zone)│
//! ├───────────────────┼───────────────────┤
//! │  ◆ jouw werk      │      • Jobcoach   │
//! │Vaste stappen      │   Regels en mensen│
//! │(Danger zone)      │     (Human veneer)│
//! └← weinig mensenwerk┴─veel mensenwerk →─┘
//! ↓ Vaste stappen
//! ```

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Modifier;
use ratatui::widgets::Widget;
use unicode_width::UnicodeWidthStr;

use super::put;
use crate::model::keyword::Keyword;
use crate::model::position::{MAX_SCORE, MIDLINE, Position, Quadrant};
use crate::tui::theme::Theme;

pub use crate::report::history::EARLIER_MARK;

/// The mark of the reference job that is the employee's own function.
pub const OWN_JOB_MARK: &str = "■";

/// A reference job to draw.
#[derive(Debug, Clone)]
pub struct Marker<'a> {
    /// Short label.
    pub label: &'a str,
    /// Where.
    pub at: Position,
}

/// What a marker stands for, which sets how it is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Mark {
    /// The employee's point: always drawn, in the point's style.
    Point,
    /// The employee's own function in the list.
    OwnJob,
    /// Another reference job, drawn where there is room.
    Job,
    /// The reference job stepped to: always drawn, highlighted.
    Focused,
    /// A task, the point in two years, the other method's point, the arrow.
    Own,
}

/// The chart.
#[derive(Debug, Clone)]
pub struct QuadrantChart<'a> {
    /// Reference jobs, most important first (they get labels first).
    pub jobs: Vec<Marker<'a>>,
    /// The employee's point.
    pub point: Option<Position>,
    /// The reference job the employee's function names, marked with ■.
    pub own: Option<Marker<'a>>,
    /// The reference job stepped to (Tab), drawn as ● with its name always.
    pub focused: Option<Marker<'a>>,
    /// The person's tasks, drawn as their numbers 1 to 9.
    pub tasks: Vec<Position>,
    /// The point in two years, drawn as ◇ with an arrow from the point.
    pub later: Option<Position>,
    /// The point on the last earlier date (the plan's history), as △ with
    /// an arrow to the point now.
    pub earlier: Option<Marker<'a>>,
    /// The point the other method gives (questionnaire or tasks), as ○.
    pub other: Option<Marker<'a>>,
    /// Top of the y axis.
    pub top_label: &'a str,
    /// Bottom of the y axis.
    pub bottom_label: &'a str,
    /// What the dots are, shown top right.
    pub legend: String,
    /// Styles.
    pub theme: Theme,
}

/// Which cells are already used by text.
struct Occupied {
    area: Rect,
    used: Vec<bool>,
}

impl Occupied {
    fn new(area: Rect) -> Self {
        Occupied {
            area,
            used: vec![false; usize::from(area.width) * usize::from(area.height)],
        }
    }

    fn index(&self, x: u16, y: u16) -> Option<usize> {
        let a = self.area;
        (x >= a.left() && x < a.right() && y >= a.top() && y < a.bottom())
            .then(|| usize::from(y - a.y) * usize::from(a.width) + usize::from(x - a.x))
    }

    fn free(&self, x: u16, y: u16, width: u16) -> bool {
        (x..x.saturating_add(width)).all(|x| self.index(x, y).is_some_and(|i| !self.used[i]))
    }

    fn take(&mut self, x: u16, y: u16, width: u16) {
        for x in x..x.saturating_add(width) {
            if let Some(i) = self.index(x, y) {
                self.used[i] = true;
            }
        }
    }
}

/// The column and row of the midlines inside `inner`.
fn midlines(inner: Rect) -> (u16, u16) {
    (inner.x + inner.width / 2, inner.y + inner.height / 2)
}

/// Maps a score to a cell between `low` and `high` (inclusive), on the
/// correct side of `mid`: scores below 5 never touch the midline, and
/// neither do scores of 5 and more.
fn along(score: f64, low: u16, mid: u16, high: u16) -> u16 {
    let lerp = |from: u16, to: u16, f: f64| {
        let f = f.clamp(0.0, 1.0);
        from + (f * f64::from(to.saturating_sub(from))).round() as u16
    };
    if score < MIDLINE {
        lerp(low, mid.saturating_sub(1).max(low), score / MIDLINE)
    } else {
        lerp(
            (mid + 1).min(high),
            high,
            (score - MIDLINE) / (MAX_SCORE - MIDLINE),
        )
    }
}

/// The cells inside the chart's box: below the top label, inside the
/// frame, above the bottom label.
fn inner_of(area: Rect) -> Rect {
    Rect::new(area.x + 1, area.y + 2, area.width - 2, area.height - 4)
}

fn cell_for(inner: Rect, at: Position) -> (u16, u16) {
    let (mx, my) = midlines(inner);
    let x = along(at.sociaal, inner.x, mx, inner.right().saturating_sub(1));
    // Rows grow downwards: flip the score.
    let top = inner.y;
    let bottom = inner.bottom().saturating_sub(1);
    let flipped = along(MAX_SCORE - at.creativiteit, top, my, bottom);
    // A score of exactly 5 flips to 5 and would land below the line.
    let y = if at.creativiteit >= MIDLINE && flipped > my {
        my.saturating_sub(1).max(top)
    } else {
        flipped
    };
    (x, y)
}

impl QuadrantChart<'_> {
    /// Puts a marker and, where there is room, its label to the right or left.
    fn place(
        &self,
        buf: &mut Buffer,
        taken: &mut Occupied,
        (x, y): (u16, u16),
        symbol: &str,
        label: &str,
        mark: Mark,
    ) {
        let (mark_style, label_style) = match mark {
            Mark::Point => (self.theme.point(), self.theme.point()),
            // The own function reads as clearly as the panel's text.
            Mark::OwnJob => (self.theme.text(), self.theme.text()),
            Mark::Job => (self.theme.text(), self.theme.muted()),
            Mark::Focused => (self.theme.focus(), self.theme.focus()),
            Mark::Own => (self.theme.point(), self.theme.point()),
        };
        if !matches!(mark, Mark::Point | Mark::Focused | Mark::Own) && !taken.free(x, y, 1) {
            return;
        }
        put(buf, taken.area, x, y, symbol, mark_style);
        taken.take(x, y, 1);
        let w = label.width() as u16;
        if w == 0 {
            return;
        }
        if taken.free(x + 1, y, w + 1) {
            put(buf, taken.area, x + 2, y, label, label_style);
            taken.take(x + 1, y, w + 1);
        } else if x > taken.area.x + w && taken.free(x - w - 1, y, w + 1) {
            put(buf, taken.area, x - w - 1, y, label, label_style);
            taken.take(x - w - 1, y, w + 1);
        } else if mark == Mark::Point {
            // The word "jouw werk" always shows: on the row above or below
            // when both sides are taken (by the job stepped to, say).
            let rows = [y.checked_sub(1), y.checked_add(1)];
            let spot = rows.into_iter().flatten().find_map(|row| {
                [x, x.saturating_sub(w)]
                    .into_iter()
                    .find(|&col| taken.free(col, row, w))
                    .map(|col| (col, row))
            });
            if let Some((col, row)) = spot {
                put(buf, taken.area, col, row, label, label_style);
                taken.take(col, row, w);
            }
        }
    }
}

impl QuadrantChart<'_> {
    /// Dots on the cells between `from` and `to`, and an arrowhead on the
    /// last one, pointing at `to`.
    fn arrow(&self, buf: &mut Buffer, taken: &mut Occupied, from: (u16, u16), to: (u16, u16)) {
        let (dx, dy) = (
            i32::from(to.0) - i32::from(from.0),
            i32::from(to.1) - i32::from(from.1),
        );
        let steps = dx.abs().max(dy.abs());
        let head = match (dx.signum(), dy.signum()) {
            (1, 0) => "→",
            (-1, 0) => "←",
            (0, -1) => "↑",
            (0, 1) => "↓",
            (1, -1) => "↗",
            (-1, -1) => "↖",
            (1, 1) => "↘",
            _ => "↙",
        };
        for step in 1..steps {
            let x = i32::from(from.0) + dx * step / steps;
            let y = i32::from(from.1) + dy * step / steps;
            let (Ok(x), Ok(y)) = (u16::try_from(x), u16::try_from(y)) else {
                continue;
            };
            let symbol = if step == steps - 1 { head } else { "·" };
            if taken.free(x, y, 1) {
                put(buf, taken.area, x, y, symbol, self.theme.point());
                taken.take(x, y, 1);
            }
        }
    }
}

impl Widget for &QuadrantChart<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < 12 || area.height < 6 {
            // Too small for a chart: just say where the point is.
            if let Some(p) = self.point {
                put(
                    buf,
                    area,
                    area.x,
                    area.y,
                    &p.result_label(),
                    self.theme.point(),
                );
            }
            return;
        }
        let t = self.theme;
        let top = format!("↑ {}", self.top_label);
        put(buf, area, area.x, area.y, &top, t.title());
        let legend_x = area.right().saturating_sub(self.legend.width() as u16);
        if legend_x > area.x + top.width() as u16 + 1 {
            put(buf, area, legend_x, area.y, &self.legend, t.muted());
        }
        let bottom = area.bottom() - 1;
        let bottom_left = format!("↓ {}", self.bottom_label);
        put(buf, area, area.x, bottom, &bottom_left, t.title());

        // The box and the two midlines.
        let frame = Rect::new(area.x, area.y + 1, area.width, area.height - 2);
        let inner = inner_of(area);
        let (mx, my) = midlines(inner);
        let line = t.line();
        for x in frame.left()..frame.right() {
            let (top, mid, bot) = if x == frame.left() {
                ("┌", "├", "└")
            } else if x == frame.right() - 1 {
                ("┐", "┤", "┘")
            } else if x == mx {
                ("┬", "┼", "┴")
            } else {
                ("─", "─", "─")
            };
            put(buf, area, x, frame.top(), top, line);
            put(buf, area, x, my, mid, line);
            put(buf, area, x, frame.bottom() - 1, bot, line);
        }
        for y in inner.top()..inner.bottom() {
            if y != my {
                put(buf, area, frame.left(), y, "│", line);
                put(buf, area, mx, y, "│", line);
                put(buf, area, frame.right() - 1, y, "│", line);
            }
        }
        // The horizontal axis on the bottom edge of the box: the work, not the person.
        let (left, right) = ("← weinig mensenwerk", "veel mensenwerk →");
        let edge = frame.bottom() - 1;
        let right_x = frame.right().saturating_sub(right.width() as u16 + 1);
        if frame.x + 1 + (left.width() as u16) < right_x {
            put(buf, area, frame.x + 1, edge, left, t.title());
        }
        put(buf, area, right_x, edge, right, t.title());

        let mut taken = Occupied::new(inner);
        for x in inner.left()..inner.right() {
            taken.take(x, my, 1);
        }
        for y in inner.top()..inner.bottom() {
            taken.take(mx, y, 1);
        }
        // The job stepped to before the point's word, so the word goes round
        // it instead of being written over (a new user saw "◆ j●uw werk").
        let point_cell = self.point.map(|p| cell_for(inner, p));
        let focused_first = self
            .focused
            .as_ref()
            .filter(|job| Some(cell_for(inner, job.at)) != point_cell);
        if let Some(job) = focused_first {
            // Its name must not cover the point either.
            if let Some((px, py)) = point_cell {
                taken.take(px, py, 1);
            }
            let cell = cell_for(inner, job.at);
            self.place(buf, &mut taken, cell, "●", job.label, Mark::Focused);
        }
        // The mark in two years keeps its cell, so the point's word goes
        // round it (a new user saw "◆ ◇ouw werk").
        if let (Some(now), Some(later)) = (self.point, self.later) {
            let cell = cell_for(inner, later);
            if cell != cell_for(inner, now) {
                taken.take(cell.0, cell.1, 1);
            }
        }
        // The employee first, so the point and its word always show.
        if let Some(p) = self.point {
            self.place(
                buf,
                &mut taken,
                cell_for(inner, p),
                "◆",
                "jouw werk",
                Mark::Point,
            );
        }
        // Where the work stood earlier, with an arrow to where it is now.
        if let (Some(now), Some(earlier)) = (self.point, &self.earlier) {
            let (from, to) = (cell_for(inner, earlier.at), cell_for(inner, now));
            if from != to {
                // The mark and its word first, so the arrow's dots go round them.
                let label = earlier.label;
                self.place(buf, &mut taken, from, EARLIER_MARK, label, Mark::Own);
                self.arrow(buf, &mut taken, from, to);
            }
        }
        // Then where the work goes in two years, with an arrow on the way.
        if let (Some(now), Some(later)) = (self.point, self.later) {
            let (from, to) = (cell_for(inner, now), cell_for(inner, later));
            if from != to {
                self.arrow(buf, &mut taken, from, to);
                self.place(buf, &mut taken, to, "◇", "over 2 jaar", Mark::Own);
            }
        }
        if let Some(other) = &self.other {
            let cell = cell_for(inner, other.at);
            if taken.free(cell.0, cell.1, 1) {
                self.place(buf, &mut taken, cell, "○", other.label, Mark::Own);
            }
        }
        for (i, task) in self.tasks.iter().enumerate().take(9) {
            let cell = cell_for(inner, *task);
            if taken.free(cell.0, cell.1, 1) {
                let number = char::from(b'1' + i as u8).to_string();
                self.place(buf, &mut taken, cell, &number, "", Mark::Own);
            }
        }
        // Then the own job, so it is never crowded out by other dots.
        if let Some(own) = &self.own {
            let cell = cell_for(inner, own.at);
            self.place(buf, &mut taken, cell, OWN_JOB_MARK, own.label, Mark::OwnJob);
        }
        // And the job stepped to on the point itself, with its name.
        if let Some(job) = self.focused.as_ref().filter(|_| focused_first.is_none()) {
            let cell = cell_for(inner, job.at);
            self.place(buf, &mut taken, cell, "●", job.label, Mark::Focused);
        }

        // Quadrant names in the outer corners: the work first, the study's
        // name below it. The pair steps one row inwards when the point sits
        // in its corner.
        let here = self.point.map(|p| p.quadrant());
        for q in Quadrant::ALL {
            let lines = [q.werk().to_string(), format!("({})", q.name())];
            let high_x = q.is_high(crate::model::position::Axis::Sociaal);
            let high_y = q.is_high(crate::model::position::Axis::Creativiteit);
            // Rows inside the quadrant's half, from the corner inwards.
            let half: Vec<u16> = if high_y {
                (inner.top()..my).collect()
            } else {
                (my + 1..inner.bottom()).rev().collect()
            };
            let x_of = |text: &str| {
                if high_x {
                    inner.right().saturating_sub(text.width() as u16)
                } else {
                    inner.x
                }
            };
            let free = |y: u16, text: &str| taken.free(x_of(text), y, text.width() as u16);
            // Both lines on two neighbouring rows (the work above the name);
            // in a small chart the work alone on one row.
            let pair = half.iter().find_map(|&y| {
                let (a, b) = if high_y {
                    (y, y + 1)
                } else {
                    (y.checked_sub(1)?, y)
                };
                (half.contains(&a) && half.contains(&b) && free(a, &lines[0]) && free(b, &lines[1]))
                    .then(|| vec![(a, &lines[0]), (b, &lines[1])])
            });
            let placed = pair.or_else(|| {
                let y = half.iter().copied().find(|&y| free(y, &lines[0]))?;
                Some(vec![(y, &lines[0])])
            });
            let Some(placed) = placed else { continue };
            let mut style = t.muted();
            if here == Some(*q) {
                style = t.title().add_modifier(Modifier::UNDERLINED);
            }
            for (y, text) in placed {
                let x = x_of(text);
                put(buf, inner, x, y, text, style);
                // A space around the name, so no dot sticks to it.
                taken.take(x.saturating_sub(1), y, text.width() as u16 + 2);
            }
        }

        for job in &self.jobs {
            self.place(
                buf,
                &mut taken,
                cell_for(inner, job.at),
                "•",
                job.label,
                Mark::Job,
            );
        }
    }
}

#[cfg(test)]
#[path = "quadrant_chart_tests.rs"]
mod tests;
