//! A saved plan is private (0600) even when the process umask allows more.
//! This file holds one test because the umask is shared by the whole process.

#[cfg(unix)]
#[test]
fn a_saved_file_has_mode_0600_even_under_umask_000() {
    use std::os::unix::fs::PermissionsExt;

    use kwadrant::model::plan::Plan;
    use kwadrant::plan_file::{self, SaveMode};

    // SAFETY: umask only changes this test process's file-creation mask.
    unsafe { libc::umask(0o000) };
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("plan.toml");
    plan_file::save(&Plan::default(), &target, SaveMode::CreateNew).unwrap();
    let mode = std::fs::metadata(&target).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "mode is {mode:o}");

    // A file created under this umask without kwadrant is world-writable,
    // so the test can tell the difference.
    let other = dir.path().join("other");
    std::fs::write(&other, "x").unwrap();
    let mode = std::fs::metadata(&other).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o666);
}
