//! The names of the files kwadrant writes beside a plan, so that every part
//! that lists a folder (the session's offer to continue, the coach's
//! overview) recognises them the same way.

/// The part of a file name that marks an emergency copy:
/// `groeiplan-sanne.toml` has `groeiplan-sanne.herstel.toml`.
pub const EMERGENCY: &str = "herstel";

/// The part of a file name that marks an emergency copy kept beside its plan
/// ("De noodkopie apart bewaren"): `groeiplan-sanne-noodkopie.toml`.
pub const KEPT: &str = "noodkopie";

/// Whether `name` is an emergency copy: `x.herstel.toml` or `x.herstel-2.toml`.
pub fn is_emergency_copy(name: &str) -> bool {
    let Some(stem) = name.strip_suffix(".toml") else {
        return false;
    };
    let stem = strip_number(stem);
    stem.ends_with(&format!(".{EMERGENCY}"))
}

/// The plan an emergency copy was kept beside: `x-noodkopie-2.toml` → `x.toml`.
pub fn kept_copy_origin(name: &str) -> Option<String> {
    let stem = strip_number(name.strip_suffix(".toml")?);
    let origin = stem.strip_suffix(&format!("-{KEPT}"))?;
    (!origin.is_empty()).then(|| format!("{origin}.toml"))
}

/// `x-2` → `x`, `x` → `x`.
fn strip_number(stem: &str) -> &str {
    let bare = stem.trim_end_matches(|c: char| c.is_ascii_digit());
    match bare.strip_suffix('-') {
        Some(before) if bare.len() < stem.len() => before,
        _ => stem,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emergency_copies_are_recognised_by_name_only() {
        assert!(is_emergency_copy("groeiplan-sanne.herstel.toml"));
        assert!(is_emergency_copy("groeiplan-sanne.herstel-2.toml"));
        assert!(!is_emergency_copy("groeiplan-sanne.toml"));
        assert!(!is_emergency_copy("groeiplan-herstel.toml"));
        assert!(!is_emergency_copy("groeiplan-sanne.herstel.toml.lock"));
    }

    #[test]
    fn a_kept_copy_names_the_plan_it_belongs_to() {
        assert_eq!(
            kept_copy_origin("groeiplan-sanne-noodkopie.toml").as_deref(),
            Some("groeiplan-sanne.toml")
        );
        assert_eq!(
            kept_copy_origin("groeiplan-sanne-noodkopie-3.toml").as_deref(),
            Some("groeiplan-sanne.toml")
        );
        assert_eq!(kept_copy_origin("groeiplan-sanne.toml"), None);
        assert_eq!(kept_copy_origin("-noodkopie.toml"), None);
        assert_eq!(kept_copy_origin("groeiplan-2026-12-01.toml"), None);
    }
}
