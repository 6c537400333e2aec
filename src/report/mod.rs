//! Reports of a plan for people: plain text for the terminal, and the
//! manager's copy as Markdown or as a printable HTML page with an SVG chart.

pub mod agreements;
pub mod document;
pub mod grid;
pub mod history;
pub mod html;
pub mod markdown;
pub mod own_job;
pub mod questions;
pub mod svg;
pub mod tasks;
pub mod text;
pub mod width;
pub mod words;

use crate::model::catalog::Catalog;
use crate::model::plan::Plan;
use crate::model::plan::neutralise;

/// The manager's copy as Markdown.
pub fn export_markdown(plan: &Plan, catalog: &Catalog) -> String {
    neutralise(&markdown::render(&document::build(plan, catalog))).into_owned()
}

/// The manager's copy as a self-contained HTML page.
pub fn export_html(plan: &Plan, catalog: &Catalog) -> String {
    let chart = svg::chart(plan, catalog);
    neutralise(&html::render(
        &document::build(plan, catalog),
        chart.as_deref(),
    ))
    .into_owned()
}
