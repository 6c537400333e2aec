//! The quadrant chart as inline SVG for the printed copy: black and white,
//! the employee's point a filled diamond, reference jobs small open circles.
//!
//! ```text
//!        ┌──────────────┬──────────────┐
//!  crea- │ SLOW CREEP   │    SAFE ZONE │
//!  tivi- ├──────────────┼──────────────┤
//!  teit  │ ◆ JIJ   ○    │  ○ Jobcoach  │
//!        │ DANGER ZONE  │ HUMAN VENEER │
//!        └──────────────┴──────────────┘
//!        weinig sociaal     veel sociaal
//! ```

use std::fmt::Write as _;

use super::html::escape;
use crate::model::catalog::{Catalog, JobTable, ReferenceJob};
use crate::model::keyword::Keyword;
use crate::model::plan::{Plan, SoortWerk};
use crate::model::position::{Axis, MAX_SCORE, Position, Quadrant};
use crate::report::own_job::own_job;

const X0: f64 = 40.0;
const Y0: f64 = 14.0;
const W: f64 = 310.0;
const H: f64 = 270.0;
const LABEL_SIZE: f64 = 8.5;
/// A white edge around label text, so lines behind it do not cut through.
const HALO: &str = r##"stroke="#fff" stroke-width="2.5" paint-order="stroke""##;

fn x_of(score: f64) -> f64 {
    X0 + score / MAX_SCORE * W
}

fn y_of(score: f64) -> f64 {
    Y0 + H - score / MAX_SCORE * H
}

/// A box already used by text or a marker.
#[derive(Clone, Copy)]
struct Taken {
    x: f64,
    y: f64,
    w: f64,
    h: f64,
}

impl Taken {
    fn overlaps(&self, o: &Taken) -> bool {
        self.x < o.x + o.w && o.x < self.x + self.w && self.y < o.y + o.h && o.y < self.y + self.h
    }

    fn inside_plot(&self) -> bool {
        self.x >= X0 + 1.0
            && self.x + self.w <= X0 + W - 1.0
            && self.y >= Y0 + 1.0
            && self.y + self.h <= Y0 + H - 1.0
    }
}

fn text_width(text: &str, size: f64) -> f64 {
    text.chars().count() as f64 * size * 0.6
}

/// Finds a free place for a label beside a marker at (x, y); returns the
/// text's x, y and anchor.
fn place_label(
    taken: &mut Vec<Taken>,
    x: f64,
    y: f64,
    text: &str,
    size: f64,
) -> Option<(f64, f64, &'static str)> {
    let w = text_width(text, size);
    let h = size;
    let options = [
        (
            x + 5.0,
            y + size * 0.35,
            "start",
            Taken {
                x: x + 4.0,
                y: y - h * 0.65,
                w,
                h,
            },
        ),
        (
            x - 5.0,
            y + size * 0.35,
            "end",
            Taken {
                x: x - 4.0 - w,
                y: y - h * 0.65,
                w,
                h,
            },
        ),
        (
            x,
            y - 5.0,
            "middle",
            Taken {
                x: x - w / 2.0,
                y: y - 5.0 - h,
                w,
                h,
            },
        ),
        (
            x,
            y + 5.0 + size,
            "middle",
            Taken {
                x: x - w / 2.0,
                y: y + 5.0,
                w,
                h,
            },
        ),
        (
            x + 4.0,
            y - 4.0,
            "start",
            Taken {
                x: x + 3.0,
                y: y - 4.0 - h,
                w,
                h,
            },
        ),
        (
            x + 4.0,
            y + 4.0 + size,
            "start",
            Taken {
                x: x + 3.0,
                y: y + 4.0,
                w,
                h,
            },
        ),
        (
            x - 4.0,
            y - 4.0,
            "end",
            Taken {
                x: x - 3.0 - w,
                y: y - 4.0 - h,
                w,
                h,
            },
        ),
        (
            x - 4.0,
            y + 4.0 + size,
            "end",
            Taken {
                x: x - 3.0 - w,
                y: y + 4.0,
                w,
                h,
            },
        ),
    ];
    for (tx, ty, anchor, area) in options {
        if area.inside_plot() && !taken.iter().any(|t| t.overlaps(&area)) {
            taken.push(area);
            return Some((tx, ty, anchor));
        }
    }
    None
}

/// The employee's label always shows: the first free spot a little further
/// out, or else right beside the point.
fn place_own_label(
    taken: &mut Vec<Taken>,
    x: f64,
    y: f64,
    text: &str,
    size: f64,
) -> (f64, f64, &'static str) {
    for (dx, dy) in [
        (0.0, 0.0),
        (6.0, 0.0),
        (0.0, -6.0),
        (0.0, 6.0),
        (12.0, 0.0),
        (-12.0, 0.0),
    ] {
        if let Some(found) = place_label(taken, x + dx, y + dy, text, size) {
            return found;
        }
    }
    (x + 9.0, y + size * 0.35, "start")
}

/// The chart for `plan`, or `None` when the plan has no position yet.
pub fn chart(plan: &Plan, catalog: &Catalog) -> Option<String> {
    let point = plan.positie.position()?;
    let here = point.quadrant();
    let own = own_job(plan, catalog);
    // One more line of legend for the own job, and one for the tasks.
    let by_tasks = plan.positie.methode == Some(crate::model::plan::Methode::Taken);
    let earlier = crate::report::history::earlier_than_saved(plan)
        .and_then(|m| Some((m.datum, m.position()?)))
        .filter(|(_, at)| *at != point);
    let extra = |shown: bool| if shown { 12 } else { 0 };
    let height = 320 + extra(own.is_some()) + extra(by_tasks) + extra(earlier.is_some());
    let (top, bottom) = match plan.positie.soort_werk {
        Some(SoortWerk::Fysiek) => ("veel vakmanschap en handigheid", "vaste handelingen"),
        _ => ("eigen oordeel en ideeën", "vaste stappen"),
    };
    let mut s = String::new();
    let _ = write!(
        s,
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 360 {height}" width="360" height="{height}" role="img" aria-labelledby="kwadrant-titel" font-family="DejaVu Sans, Arial, sans-serif">"##
    );
    let _ = write!(
        s,
        r##"<title id="kwadrant-titel">De vier kwadranten met jouw werk: {}</title>"##,
        escape(&point.result_label())
    );
    // The quadrant of the point, lightly shaded.
    let (qx, qy) = (
        if here.is_high(Axis::Sociaal) {
            x_of(5.0)
        } else {
            X0
        },
        if here.is_high(Axis::Creativiteit) {
            Y0
        } else {
            y_of(5.0)
        },
    );
    let _ = write!(
        s,
        r##"<rect x="{qx:.1}" y="{qy:.1}" width="{:.1}" height="{:.1}" fill="#e8e8e8"/>"##,
        W / 2.0,
        H / 2.0
    );
    let _ = write!(
        s,
        r##"<rect x="{X0}" y="{Y0}" width="{W}" height="{H}" fill="none" stroke="#000" stroke-width="1.2"/>"##
    );
    let (mx, my) = (x_of(5.0), y_of(5.0));
    let _ = write!(
        s,
        r##"<line x1="{mx:.1}" y1="{Y0}" x2="{mx:.1}" y2="{:.1}" stroke="#000" stroke-dasharray="4 3"/><line x1="{X0}" y1="{my:.1}" x2="{:.1}" y2="{my:.1}" stroke="#000" stroke-dasharray="4 3"/>"##,
        Y0 + H,
        X0 + W
    );
    let mut taken: Vec<Taken> = Vec::new();
    // Each quadrant: the work first, the study's name below it, in normal case.
    for q in Quadrant::ALL {
        let size = 10.0;
        let lines = [q.werk().to_string(), format!("({})", q.name())];
        let w = lines.iter().map(|l| l.chars().count()).max().unwrap_or(0) as f64 * (size * 0.62);
        let (x, anchor, bx) = if q.is_high(Axis::Sociaal) {
            (X0 + W - 5.0, "end", X0 + W - 5.0 - w)
        } else {
            (X0 + 5.0, "start", X0 + 5.0)
        };
        let first = if q.is_high(Axis::Creativiteit) {
            Y0 + 14.0
        } else {
            Y0 + H - 18.0
        };
        taken.push(Taken {
            x: bx,
            y: first - size,
            w,
            h: 2.0 * size + 4.0,
        });
        let weight = if *q == here { "bold" } else { "normal" };
        for (i, line) in lines.iter().enumerate() {
            let y = first + 12.0 * i as f64;
            let _ = write!(
                s,
                r##"<text x="{x:.1}" y="{y:.1}" font-size="{size}" font-weight="{weight}" text-anchor="{anchor}">{}</text>"##,
                escape(line)
            );
        }
    }
    // Axis labels.
    let _ = write!(
        s,
        r##"<text x="14" y="{:.1}" font-size="9.5" text-anchor="middle" transform="rotate(-90 14 {:.1})">{} ↑</text>"##,
        Y0 + H * 0.25,
        Y0 + H * 0.25,
        escape(top)
    );
    let _ = write!(
        s,
        r##"<text x="14" y="{:.1}" font-size="9.5" text-anchor="middle" transform="rotate(-90 14 {:.1})">↓ {}</text>"##,
        Y0 + H * 0.75,
        Y0 + H * 0.75,
        escape(bottom)
    );
    let base = Y0 + H + 16.0;
    let _ = write!(
        s,
        r##"<text x="{X0}" y="{base:.1}" font-size="9.5">← weinig mensenwerk</text><text x="{:.1}" y="{base:.1}" font-size="9.5" text-anchor="end">veel mensenwerk →</text>"##,
        X0 + W
    );
    let _ = write!(
        s,
        r##"<text x="{X0}" y="{:.1}" font-size="8.5" fill="#333">○ functies bij gemeenten (eerste lijst, 2019; plek geschat) · ◆ jouw werk</text>"##,
        base + 14.0
    );
    if by_tasks {
        let at = base + if own.is_some() { 38.0 } else { 26.0 };
        let _ = write!(
            s,
            r##"<text x="{X0}" y="{at:.1}" font-size="8.5" fill="#333">1 tot 9: jouw taken · ◇ jouw werk over twee jaar</text>"##
        );
    }
    if let Some((datum, _)) = earlier {
        let at = base + 26.0 + 12.0 * f64::from(u8::from(own.is_some()) + u8::from(by_tasks));
        let _ = write!(
            s,
            r##"<text x="{X0}" y="{at:.1}" font-size="8.5" fill="#333">△ jouw werk op {}, met een pijl naar nu</text>"##,
            crate::report::history::date_words(datum)
        );
    }
    if let Some(job) = own {
        let _ = write!(
            s,
            r##"<text x="{X0}" y="{:.1}" font-size="8.5" fill="#333">■ jouw functie in de lijst: {}</text>"##,
            base + 26.0,
            escape(job.short_name())
        );
    }

    // All markers first, so no label is drawn over one.
    let mut jobs: Vec<_> = catalog.jobs_in(JobTable::Gemeente).collect();
    jobs.sort_by(|a, b| {
        point
            .distance(&a.position())
            .total_cmp(&point.distance(&b.position()))
    });
    // The own job's label goes first, after the employee's.
    jobs.sort_by_key(|j| own.is_none_or(|o| o.naam != j.naam));
    let is_own = |j: &ReferenceJob| own.is_some_and(|o| o.naam == j.naam);
    let at = |p: Position| (x_of(p.sociaal), y_of(p.creativiteit));
    for job in &jobs {
        let (x, y) = at(job.position());
        if is_own(job) {
            let _ = write!(
                s,
                r##"<rect x="{:.1}" y="{:.1}" width="7" height="7" fill="#000" stroke="#fff" stroke-width="1"/>"##,
                x - 3.5,
                y - 3.5
            );
        } else {
            let _ = write!(
                s,
                r##"<circle cx="{x:.1}" cy="{y:.1}" r="2.8" fill="#fff" stroke="#000"/>"##
            );
        }
        taken.push(Taken {
            x: x - 3.0,
            y: y - 3.0,
            w: 6.0,
            h: 6.0,
        });
    }
    let (px, py) = at(point);
    let d = 6.5;
    // Jouw taken: each task as its number, and an arrow to the work in two
    // years (a hollow diamond), when the tasks give the position.
    if plan.positie.methode == Some(crate::model::plan::Methode::Taken) {
        for (i, t) in plan.taken.iter().enumerate().take(9) {
            let (x, y) = at(Position {
                sociaal: t.sociaal,
                creativiteit: t.creativiteit,
            });
            let _ = write!(
                s,
                r##"<text x="{x:.1}" y="{:.1}" font-size="9" font-weight="bold" fill="#222" text-anchor="middle" {HALO}>{}</text>"##,
                y + 3.0,
                i + 1
            );
        }
        let later = crate::model::tasks::point(&plan.taken, crate::model::plan::Week::Straks);
        if let Some(later) = later.filter(|l| *l != point) {
            let (lx, ly) = at(later);
            let _ = write!(
                s,
                r##"<defs><marker id="pijl" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L6,3 L0,6 z" fill="#000"/></marker></defs><line x1="{px:.1}" y1="{py:.1}" x2="{lx:.1}" y2="{ly:.1}" stroke="#000" stroke-width="1.2" stroke-dasharray="3,2" marker-end="url(#pijl)"/><polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="#fff" stroke="#000" stroke-width="1.2"/>"##,
                lx,
                ly - 5.0,
                lx + 5.0,
                ly,
                lx,
                ly + 5.0,
                lx - 5.0,
                ly,
            );
            // The legend says what ◇ is; no label is drawn over it.
            taken.push(Taken {
                x: lx - 5.0,
                y: ly - 5.0,
                w: 10.0,
                h: 10.0,
            });
        }
    }
    // The last earlier date (the plan's history): a hollow triangle and a
    // solid arrow from there to the point now.
    if let Some((_, then)) = earlier {
        let (ex, ey) = at(then);
        let _ = write!(
            s,
            r##"<defs><marker id="pijl-eerder" viewBox="0 0 6 6" refX="6" refY="3" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L6,3 L0,6 z" fill="#000"/></marker></defs><line x1="{ex:.1}" y1="{ey:.1}" x2="{:.1}" y2="{:.1}" stroke="#000" stroke-width="1.2" marker-end="url(#pijl-eerder)"/><polygon points="{ex:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="#fff" stroke="#000" stroke-width="1.2"/>"##,
            ex + (px - ex) * 0.85,
            ey + (py - ey) * 0.85,
            ey - 5.5,
            ex + 5.0,
            ey + 3.5,
            ex - 5.0,
            ey + 3.5,
        );
        taken.push(Taken {
            x: ex - 5.0,
            y: ey - 5.5,
            w: 10.0,
            h: 9.0,
        });
    }
    taken.push(Taken {
        x: px - d,
        y: py - d,
        w: 2.0 * d,
        h: 2.0 * d,
    });
    let _ = write!(
        s,
        r##"<polygon points="{:.1},{:.1} {:.1},{:.1} {:.1},{:.1} {:.1},{:.1}" fill="#000" stroke="#fff" stroke-width="1"/>"##,
        px,
        py - d,
        px + d,
        py,
        px,
        py + d,
        px - d,
        py
    );
    // Then the labels: the employee's first, then the nearest jobs.
    let (tx, ty, anchor) = place_own_label(&mut taken, px + 3.0, py, "jouw werk", 11.0);
    let _ = write!(
        s,
        r##"<text x="{tx:.1}" y="{ty:.1}" font-size="11" font-weight="bold" text-anchor="{anchor}" {HALO}>jouw werk</text>"##
    );
    for job in &jobs {
        let (x, y) = at(job.position());
        let (label, weight) = if is_own(job) {
            (
                format!("{} (jouw functie)", job.short_name()),
                r#" font-weight="bold""#,
            )
        } else {
            (job.short_name().to_string(), "")
        };
        if let Some((tx, ty, anchor)) = place_label(&mut taken, x, y, &label, LABEL_SIZE) {
            let _ = write!(
                s,
                r##"<text x="{tx:.1}" y="{ty:.1}" font-size="{LABEL_SIZE}"{weight} fill="#222" text-anchor="{anchor}" {HALO}>{}</text>"##,
                escape(&label)
            );
        }
    }
    s.push_str("</svg>");
    Some(s)
}
