//! Reports of a plan for people: plain text for the terminal.

pub mod text;
