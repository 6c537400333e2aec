//! The shape of the code: no two modules import each other, and no source
//! file grows past the size the team agreed on (issue #8). Read from the
//! source tree itself, so a new cycle fails here before review.

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`.
fn sources(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// `src/tui/steps/plan.rs` -> `["tui", "steps", "plan"]`; `mod.rs` names its folder.
fn module_of(file: &Path) -> Vec<String> {
    let rel = file.strip_prefix("src").unwrap();
    let mut parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().trim_end_matches(".rs").to_string())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The paths a file names: `crate::a::b` and `super::c`, made absolute.
fn imports(text: &str, module: &[String]) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    // Test modules may reach anywhere; only the code itself counts.
    let code = text.split("#[cfg(test)]").next().unwrap_or("");
    for (start, _) in code
        .match_indices("crate::")
        .chain(code.match_indices("super::"))
    {
        let rest = &code[start..];
        let path: Vec<&str> = rest
            .split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':'))
            .next()
            .unwrap_or("")
            .split("::")
            .filter(|s| !s.is_empty())
            .collect();
        let mut absolute: Vec<String> = Vec::new();
        let mut iter = path.iter();
        match iter.next() {
            Some(&"crate") => {}
            Some(&"super") => {
                absolute = module.to_vec();
                absolute.pop();
                for p in iter.by_ref() {
                    if *p == "super" {
                        absolute.pop();
                    } else {
                        absolute.push(p.to_string());
                        break;
                    }
                }
            }
            _ => continue,
        }
        absolute.extend(iter.map(|s| s.to_string()));
        out.push(absolute);
    }
    out
}

#[test]
fn no_two_modules_import_each_other() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    let modules: BTreeSet<Vec<String>> = files.iter().map(|f| module_of(f)).collect();
    let mut edges: BTreeMap<Vec<String>, BTreeSet<Vec<String>>> = BTreeMap::new();
    for file in &files {
        let from = module_of(file);
        let text = fs::read_to_string(file).unwrap();
        for path in imports(&text, &from) {
            // The longest prefix that is a module is what is imported.
            let target = (1..=path.len())
                .rev()
                .map(|n| path[..n].to_vec())
                .find(|p| modules.contains(p));
            if let Some(to) = target {
                let related = to.starts_with(&from) || from.starts_with(&to);
                if !related {
                    edges.entry(from.clone()).or_default().insert(to);
                }
            }
        }
    }
    let mut cycles = Vec::new();
    for (a, targets) in &edges {
        for b in targets {
            if a < b && edges.get(b).is_some_and(|t| t.contains(a)) {
                cycles.push(format!("{} <-> {}", a.join("::"), b.join("::")));
            }
        }
    }
    assert!(
        cycles.is_empty(),
        "modules that import each other: {cycles:#?}"
    );
    // The check itself sees imports.
    assert!(
        edges[&vec!["tui".to_string(), "app".to_string()]]
            .contains(&vec!["tui".to_string(), "steps".to_string()])
    );
}

#[test]
fn source_files_stay_small_and_the_app_stays_thin() {
    let mut files = Vec::new();
    sources(Path::new("src"), &mut files);
    for file in &files {
        let lines = fs::read_to_string(file).unwrap().lines().count();
        assert!(lines <= 600, "{} has {lines} lines", file.display());
    }
    let app = fs::read_to_string("src/tui/app.rs")
        .unwrap()
        .lines()
        .count();
    assert!(app < 400, "src/tui/app.rs has {app} lines");
}
