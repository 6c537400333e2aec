//! File names for plans: `groeiplan-<slug>-<YYYY-MM-DD>.toml`.

/// The longest slug, in characters, so file names stay readable.
const MAX_SLUG: usize = 40;

/// Lower-case ASCII letters and digits joined by single hyphens; accents are
/// dropped (é -> e) and other characters become a hyphen.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars().flat_map(char::to_lowercase) {
        let c = fold_accent(c);
        if c.is_ascii_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    let mut out: String = out.chars().take(MAX_SLUG).collect();
    while out.ends_with('-') {
        out.pop();
    }
    out
}

fn fold_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ĳ' => 'i',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'ç' => 'c',
        'ñ' => 'n',
        other => other,
    }
}

/// The default file name for a plan of `name` (or job title) on `date`
/// (`YYYY-MM-DD`). Without a usable name: `groeiplan-<date>.toml`.
pub fn plan_file_name(name: Option<&str>, date: &str) -> String {
    match name.map(slug).filter(|s| !s.is_empty()) {
        Some(s) => format!("groeiplan-{s}-{date}.toml"),
        None => format!("groeiplan-{date}.toml"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_plain_ascii_words() {
        assert_eq!(slug("Sanne de Vries"), "sanne-de-vries");
        assert_eq!(slug("  Zoë  Çelik-Öztürk!! "), "zoe-celik-ozturk");
        assert_eq!(slug("DIV-medewerker / archief"), "div-medewerker-archief");
        assert_eq!(slug("🙂"), "");
        assert_eq!(slug("a".repeat(80).as_str()).len(), 40);
        // Cut at 40 characters, without a hyphen at the end.
        assert_eq!(slug(&format!("{} bcd", "a".repeat(39))), "a".repeat(39));
    }

    #[test]
    fn file_name_falls_back_to_the_date_alone() {
        assert_eq!(
            plan_file_name(Some("Sanne de Vries"), "2026-11-23"),
            "groeiplan-sanne-de-vries-2026-11-23.toml"
        );
        assert_eq!(
            plan_file_name(Some("…"), "2026-11-23"),
            "groeiplan-2026-11-23.toml"
        );
        assert_eq!(
            plan_file_name(None, "2026-11-23"),
            "groeiplan-2026-11-23.toml"
        );
    }
}
