//! The atomic save: a temporary file beside the target, readable by its owner
//! only (mode 0600), flushed to disk and renamed over the target, so a crash
//! never leaves a half-written plan.

use std::fmt;
use std::fs::File;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use tempfile::NamedTempFile;

use super::write::to_toml;
use crate::model::plan::Plan;

/// Whether saving may replace a file that is already there.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SaveMode {
    /// A new plan: refuse when the file exists.
    CreateNew,
    /// The caller says this is the same plan being saved again.
    ReplaceSamePlan,
}

/// Why a plan could not be saved.
#[derive(Debug)]
pub enum SaveError {
    /// The target exists and the mode was [`SaveMode::CreateNew`].
    Exists(PathBuf),
    /// Writing failed; what we were doing and the system's reason.
    Io {
        /// The file or folder.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
}

impl fmt::Display for SaveError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SaveError::Exists(path) => write!(
                f,
                "{} bestaat al; kies een andere naam, of zeg dat je het wilt vervangen",
                path.display()
            ),
            SaveError::Io { path, source } => {
                write!(
                    f,
                    "opslaan in {} lukt niet: {}",
                    path.display(),
                    reason(source)
                )
            }
        }
    }
}

/// Why writing failed and what to do, in Dutch. For a reason without a
/// plain Dutch name the system's own words follow, for the coach.
fn reason(error: &io::Error) -> String {
    let other_folder = "Kies een andere map, bijvoorbeeld je eigen map.";
    match error.kind() {
        io::ErrorKind::NotFound => format!("deze map bestaat niet (meer). {other_folder}"),
        io::ErrorKind::PermissionDenied => {
            format!("je mag in deze map niet schrijven. {other_folder}")
        }
        io::ErrorKind::ReadOnlyFilesystem => {
            format!("in deze map kan alleen gelezen worden. {other_folder}")
        }
        io::ErrorKind::StorageFull | io::ErrorKind::QuotaExceeded => {
            "de schijf is vol. Maak ruimte vrij, of kies een andere plek, bijvoorbeeld een \
             USB-stick."
                .into()
        }
        io::ErrorKind::IsADirectory => {
            "er staat al een map met die naam. Kies een andere naam.".into()
        }
        io::ErrorKind::NotADirectory => format!("dit is geen map. {other_folder}"),
        _ => format!(
            "er ging iets mis bij het schrijven. Probeer het nog eens, of kies een andere map. \
             (Voor de coach: {error}.)"
        ),
    }
}

impl std::error::Error for SaveError {}

/// A plan written to a temporary file and flushed, not yet in place. Dropping
/// it without [`PreparedSave::commit`] removes the temporary file and leaves
/// the target as it was.
#[derive(Debug)]
pub struct PreparedSave {
    temp: NamedTempFile,
    target: PathBuf,
    mode: SaveMode,
}

/// Writes `text` to a temporary file beside `target` with mode 0600 and
/// flushes it to disk.
pub fn prepare_save(text: &str, target: &Path, mode: SaveMode) -> Result<PreparedSave, SaveError> {
    if mode == SaveMode::CreateNew && target.exists() {
        return Err(SaveError::Exists(target.to_path_buf()));
    }
    let folder = folder_of(target);
    let io_err = |source| SaveError::Io {
        path: folder.to_path_buf(),
        source,
    };
    let mut temp = tempfile::Builder::new()
        .prefix(".groeiplan-")
        .suffix(".tmp")
        .tempfile_in(folder)
        .map_err(io_err)?;
    restrict_to_owner(temp.as_file()).map_err(io_err)?;
    temp.write_all(text.as_bytes()).map_err(io_err)?;
    temp.as_file().sync_all().map_err(io_err)?;
    Ok(PreparedSave {
        temp,
        target: target.to_path_buf(),
        mode,
    })
}

impl PreparedSave {
    /// Renames the temporary file over the target and flushes the folder.
    pub fn commit(self) -> Result<(), SaveError> {
        let PreparedSave { temp, target, mode } = self;
        let result = match mode {
            SaveMode::CreateNew => temp.persist_noclobber(&target),
            SaveMode::ReplaceSamePlan => temp.persist(&target),
        };
        if let Err(e) = result {
            return Err(if e.error.kind() == io::ErrorKind::AlreadyExists {
                SaveError::Exists(target)
            } else {
                SaveError::Io {
                    path: target,
                    source: e.error,
                }
            });
        }
        sync_folder(folder_of(&target)).map_err(|source| SaveError::Io {
            path: folder_of(&target).to_path_buf(),
            source,
        })
    }
}

/// Saves `plan` to `target` atomically.
pub fn save(plan: &Plan, target: &Path, mode: SaveMode) -> Result<(), SaveError> {
    prepare_save(&to_toml(plan), target, mode)?.commit()
}

fn folder_of(path: &Path) -> &Path {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    }
}

#[cfg(unix)]
fn restrict_to_owner(file: &File) -> io::Result<()> {
    use std::os::unix::fs::PermissionsExt;
    file.set_permissions(std::fs::Permissions::from_mode(0o600))
}

#[cfg(not(unix))]
fn restrict_to_owner(_file: &File) -> io::Result<()> {
    Ok(())
}

#[cfg(unix)]
fn sync_folder(folder: &Path) -> io::Result<()> {
    File::open(folder)?.sync_all()
}

#[cfg(not(unix))]
fn sync_folder(_folder: &Path) -> io::Result<()> {
    Ok(())
}
