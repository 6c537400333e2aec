//! The pure domain of kwadrant: positions on Kai-Fu Lee's two axes, the four
//! quadrants, questionnaire scoring, the groeiplan and its validation, and the
//! embedded reference catalogs. Nothing here touches a terminal or a file.

pub mod catalog;
pub mod keyword;
pub mod plan;
pub mod position;
pub mod questionnaire;
pub mod slug;
pub mod tasks;

pub use catalog::Catalog;
pub use keyword::Keyword;
pub use plan::{Plan, Problem};
pub use position::{Axis, Border, Position, Quadrant, ScoreError};
