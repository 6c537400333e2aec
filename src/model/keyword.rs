//! Fixed sets of words that the plan file allows (`status`, `soort_werk`, ...).

/// An enum whose every value is written in the plan file as one fixed word.
pub trait Keyword: Copy + Eq + Sized + 'static {
    /// Every value, in the order they are shown to a person.
    const ALL: &'static [Self];

    /// The word used in the plan file.
    fn id(self) -> &'static str;

    /// The value written as `word`, if any.
    fn from_id(word: &str) -> Option<Self> {
        Self::ALL.iter().copied().find(|k| k.id() == word)
    }

    /// All allowed words, quoted and joined, for error messages.
    fn allowed() -> String {
        let words: Vec<String> = Self::ALL
            .iter()
            .map(|k| format!("\"{}\"", k.id()))
            .collect();
        words.join(", ")
    }
}

/// Implements [`Keyword`] for a fieldless enum from a list of `Variant => "word"`.
macro_rules! keyword_enum {
    ($ty:ty { $($variant:ident => $word:literal),+ $(,)? }) => {
        impl $crate::model::keyword::Keyword for $ty {
            const ALL: &'static [Self] = &[$(<$ty>::$variant),+];
            fn id(self) -> &'static str {
                match self { $(<$ty>::$variant => $word),+ }
            }
        }
    };
}
pub(crate) use keyword_enum;
