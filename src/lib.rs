//! kwadrant: where does your work stand in Kai-Fu Lee's four quadrants, and
//! what is your groeiplan? A library with a thin binary (`src/main.rs`).

pub mod cli;
pub mod commands;
pub mod model;
pub mod overview;
pub mod plan_file;
pub mod report;
pub mod tui;
