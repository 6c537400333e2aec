//! Reading and writing plan files (formaat 1 and 2).
//!
//! Reading collects every problem at once, each naming its field, so a coach
//! can fix a file in one go. Writing goes through a temporary file in the same
//! folder that is flushed to disk and then renamed over the target, so a crash
//! never leaves a half-written plan.

mod atomic;
pub mod names;
mod read;
mod write;

pub use atomic::{PreparedSave, SaveError, SaveMode, prepare_save, save};
pub use read::{LoadError, from_table, load, load_table, parse, read_catalog, read_tasks};
pub use write::{HEADER, to_toml};
