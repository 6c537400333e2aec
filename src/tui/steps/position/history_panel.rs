//! What the plan's history adds to "Jouw plek": the point of the last
//! earlier date as △ with an arrow to the point now, and one sentence on
//! what moved since then.

use super::Section;
use crate::model::plan::{Moment, Plan};
use crate::report::history::{EARLIER_MARK, moved, parse_day};
use crate::tui::theme::Theme;
use crate::tui::widgets::quadrant_chart::Marker;

/// The entry of the last date before `today`, when the work stands
/// somewhere now.
pub fn earlier<'p>(plan: &'p Plan, today: &str) -> Option<&'p Moment> {
    plan.positie.position()?;
    plan.earlier(parse_day(today)?)
}

/// The earlier point on the chart.
pub fn mark(plan: &Plan, today: &str) -> Option<Marker<'static>> {
    let at = earlier(plan, today)?.position()?;
    Some(Marker {
        label: "eerder",
        at,
    })
}

/// The panel's part about the earlier point.
pub fn section(plan: &Plan, today: &str, theme: Theme) -> Option<Section> {
    let from = earlier(plan, today)?;
    let now = plan.positie.position()?;
    Some(vec![
        (format!("{EARLIER_MARK} Eerder"), theme.title()),
        (moved(from, now, plan.positie.soort_werk), theme.text()),
    ])
}
