//! The lock file: while a session has a plan open, a small file beside it
//! says so, in the spirit of vim's swap file and LibreOffice's `.~lock`
//! file. A second session that opens the plan is warned. The lock is named
//! so that nothing reads it as a plan (`.<plan file>.lock`), and holds the
//! computer's name, the process id, that process's start time and since
//! when; never a person's name (on a shared laptop everyone is the same
//! account). A lock whose process is gone is stale and ignored.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use toml::value::Datetime;

/// Where the lock of the plan at `plan` goes.
pub fn path_for(plan: &Path) -> PathBuf {
    let name = plan.file_name().unwrap_or_default().to_string_lossy();
    plan.with_file_name(format!(".{name}.lock"))
}

/// Who holds a lock, as written in it.
#[derive(Debug, Clone, PartialEq)]
pub struct Holder {
    /// The computer's name.
    pub host: String,
    /// The process id.
    pub pid: u32,
    /// When that process started (Linux: clock ticks since boot), to tell a
    /// reused process id from the original.
    pub started: Option<u64>,
    /// Since when the plan is open there.
    pub since: Option<Datetime>,
}

impl Holder {
    /// This process.
    fn me(now: Datetime) -> Holder {
        let pid = std::process::id();
        Holder {
            host: host_name(),
            pid,
            started: start_time(pid),
            since: Some(now),
        }
    }

    fn to_text(&self) -> String {
        let mut t = toml::Table::new();
        t.insert("computer".into(), self.host.clone().into());
        t.insert("proces".into(), i64::from(self.pid).into());
        if let Some(started) = self.started.and_then(|s| i64::try_from(s).ok()) {
            t.insert("gestart".into(), started.into());
        }
        if let Some(since) = self.since {
            t.insert("sinds".into(), toml::Value::Datetime(since));
        }
        format!(
            "# kwadrant: dit plan is open in een ander venster. Dit bestand verdwijnt vanzelf \
             als dat venster stopt.\n{}",
            toml::to_string(&t).unwrap_or_default()
        )
    }

    fn parse(text: &str) -> Option<Holder> {
        let t: toml::Table = text.parse().ok()?;
        Some(Holder {
            host: t.get("computer")?.as_str()?.to_string(),
            pid: u32::try_from(t.get("proces")?.as_integer()?).ok()?,
            started: t
                .get("gestart")
                .and_then(toml::Value::as_integer)
                .and_then(|s| u64::try_from(s).ok()),
            since: t.get("sinds").and_then(|s| s.as_datetime()).copied(),
        })
    }

    /// Whether the process that wrote the lock is certainly gone: on this
    /// computer, with no such process, or one that started at another time.
    /// Where this cannot be known, the lock counts as held.
    fn is_stale(&self) -> bool {
        if self.host != host_name() {
            return false;
        }
        if cfg!(target_os = "linux") {
            match start_time(self.pid) {
                None => true,
                Some(started) => self.started.is_some_and(|s| s != started),
            }
        } else {
            false
        }
    }
}

/// Who else has the plan at `plan` open right now, if anyone. A stale or
/// unreadable lock, or this process's own, is no one.
pub fn other_holder(plan: &Path) -> Option<Holder> {
    let text = fs::read_to_string(path_for(plan)).ok()?;
    let holder = Holder::parse(&text)?;
    let mine = holder.host == host_name() && holder.pid == std::process::id();
    (!holder.is_stale() && !mine).then_some(holder)
}

/// The lock this session holds, following the plan file it has open.
#[derive(Debug, Default)]
pub struct Lock {
    /// The plan file it follows.
    plan: Option<PathBuf>,
    /// The lock file, when this session wrote it (not when another session
    /// held it first and this one went on anyway).
    owned: Option<PathBuf>,
}

/// What following a new plan file found.
#[derive(Debug, PartialEq, Eq)]
pub enum Followed {
    /// Nothing to say.
    Quiet,
    /// No lock could be written beside the plan.
    Unwritable,
}

impl Lock {
    /// The lock file this session wrote, for the signal handler to remove.
    pub fn owned(&self) -> Option<&Path> {
        self.owned.as_deref()
    }

    /// Moves the lock to `plan` (the file the session has open now):
    /// removes this session's lock on the file before, and writes one
    /// beside the new file unless someone else holds it.
    pub fn follow(&mut self, plan: Option<&Path>, now: Datetime) -> Followed {
        if self.plan.as_deref() == plan {
            return Followed::Quiet;
        }
        self.release();
        self.plan = plan.map(Path::to_path_buf);
        let Some(plan) = plan else {
            return Followed::Quiet;
        };
        if other_holder(plan).is_some() {
            return Followed::Quiet;
        }
        let target = path_for(plan);
        // A stale lock of a process that is gone makes way.
        let _ = fs::remove_file(&target);
        let written = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .open(&target)
            .and_then(|mut f| f.write_all(Holder::me(now).to_text().as_bytes()));
        match written {
            Ok(()) => {
                self.owned = Some(target);
                Followed::Quiet
            }
            Err(_) => {
                let _ = fs::remove_file(&target);
                Followed::Unwritable
            }
        }
    }

    /// Removes this session's lock file, if it wrote one.
    pub fn release(&mut self) {
        if let Some(owned) = self.owned.take() {
            let _ = fs::remove_file(owned);
        }
    }
}

impl Drop for Lock {
    fn drop(&mut self) {
        self.release();
    }
}

/// This computer's name; the same for every session on it.
fn host_name() -> String {
    let from_file = fs::read_to_string("/proc/sys/kernel/hostname")
        .or_else(|_| fs::read_to_string("/etc/hostname"))
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty());
    from_file
        .or_else(|| std::env::var("COMPUTERNAME").ok())
        .or_else(|| std::env::var("HOSTNAME").ok())
        .unwrap_or_else(|| "deze computer".into())
}

/// When process `pid` started, in clock ticks since boot (Linux), or
/// `None` when there is no such process (or it cannot be known).
fn start_time(pid: u32) -> Option<u64> {
    let stat = fs::read_to_string(format!("/proc/{pid}/stat")).ok()?;
    // The command name (field 2) may hold spaces; count after its ')'.
    let after = &stat[stat.rfind(')')? + 1..];
    after.split_whitespace().nth(19)?.parse().ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn now() -> Datetime {
        "2026-12-01T10:00:00+01:00".parse().unwrap()
    }

    #[test]
    fn the_lock_follows_the_plan_and_is_never_read_as_a_plan() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("groeiplan-sanne.toml");
        let b = dir.path().join("groeiplan-sanne-2.toml");
        assert_eq!(path_for(&a), dir.path().join(".groeiplan-sanne.toml.lock"));
        assert!(!path_for(&a).to_string_lossy().ends_with(".toml"));
        let mut lock = Lock::default();
        assert_eq!(lock.follow(Some(&a), now()), Followed::Quiet);
        let text = fs::read_to_string(path_for(&a)).unwrap();
        assert!(
            text.contains(&format!("proces = {}", std::process::id())),
            "{text}"
        );
        assert!(text.contains("sinds = 2026-12-01T10:00:00+01:00"), "{text}");
        // Its own lock is not someone else's.
        assert_eq!(other_holder(&a), None);
        // Saved under another name: the lock moves along.
        lock.follow(Some(&b), now());
        assert!(!path_for(&a).exists() && path_for(&b).exists());
        drop(lock);
        assert!(!path_for(&b).exists(), "gone on a normal end");
    }

    #[test]
    fn a_lock_of_a_process_that_is_gone_is_stale() {
        let dir = tempfile::tempdir().unwrap();
        let plan = dir.path().join("plan.toml");
        let gone = Holder {
            host: host_name(),
            pid: u32::MAX - 7,
            started: Some(1),
            since: Some(now()),
        };
        fs::write(path_for(&plan), gone.to_text()).unwrap();
        if cfg!(target_os = "linux") {
            assert_eq!(other_holder(&plan), None);
            // And it makes way for this session's own.
            let mut lock = Lock::default();
            lock.follow(Some(&plan), now());
            assert!(lock.owned().is_some());
        }
        // Another computer's lock cannot be checked: it counts.
        let elsewhere = Holder {
            host: "een-andere-laptop".into(),
            ..gone
        };
        fs::write(path_for(&plan), elsewhere.to_text()).unwrap();
        assert_eq!(other_holder(&plan), Some(elsewhere));
    }

    #[test]
    fn a_folder_without_room_for_a_lock_is_said_not_to_warn_others() {
        let mut lock = Lock::default();
        let plan = Path::new("/proc/kwadrant-geen-map/plan.toml");
        assert_eq!(lock.follow(Some(plan), now()), Followed::Unwritable);
        assert_eq!(lock.owned(), None);
    }
}
