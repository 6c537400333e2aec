//! What a count in the group overview may show (DESIGN, "Group data"):
//! a count of 1 to 4 is "minder dan 5", and where counts add up to a total
//! that is shown, more counts are held back until none of the hidden ones
//! follows by subtraction.

pub use crate::model::plan::thousands;

/// The smallest count that is shown as a number.
pub const SHOWN_FROM: u64 = 5;

/// The fewest plans for which the overview shows more than the total.
pub const MIN_PLANS: u64 = 5;

/// How one count is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shown {
    /// The number itself (0, or 5 and more).
    Count(u64),
    /// 1 to 4: "minder dan 5".
    Few,
    /// Held back so that a hidden count cannot be worked out from the total.
    Held,
}

impl Shown {
    /// The words for a person, with Dutch thousands separators.
    pub fn words(self) -> String {
        match self {
            Shown::Count(n) => thousands(n),
            Shown::Few => "minder dan 5".into(),
            Shown::Held => "niet getoond".into(),
        }
    }
}

/// One count on its own (no total that it adds up to is shown).
pub fn single(count: u64) -> Shown {
    if (1..SHOWN_FROM).contains(&count) {
        Shown::Few
    } else {
        Shown::Count(count)
    }
}

/// Counts that add up to a total that is shown (every plan in exactly one).
///
/// Each count of 1 to 4 is `Few`. Then, while a reader who knows the total
/// could still work out a hidden count exactly (from the total, the shown
/// counts, and that `Few` is 1 to 4 and `Held` is at least 5), the smallest
/// count still shown is held back as well.
pub fn group(counts: &[u64]) -> Vec<Shown> {
    let mut shown: Vec<Shown> = counts.iter().map(|&n| single(n)).collect();
    while let Some(_exposed) = first_exposed(counts, &shown) {
        let smallest = (0..counts.len())
            .filter(|&i| matches!(shown[i], Shown::Count(n) if n > 0))
            .min_by_key(|&i| counts[i]);
        match smallest {
            Some(i) => shown[i] = Shown::Held,
            // Nothing left to hold back (4 and 4 of 8): the group says nothing.
            None => return vec![Shown::Held; counts.len()],
        }
    }
    shown
}

/// Whether a group is held back as a whole.
pub fn withheld(shown: &[Shown]) -> bool {
    shown.iter().all(|s| *s == Shown::Held)
}

/// The first hidden count that a reader could work out exactly.
pub fn first_exposed(counts: &[u64], shown: &[Shown]) -> Option<usize> {
    let total: u64 = counts.iter().sum();
    let bounds = |s: Shown| match s {
        Shown::Count(n) => (n, n),
        Shown::Few => (1, SHOWN_FROM - 1),
        Shown::Held => (SHOWN_FROM, total),
    };
    let (lo_all, hi_all) = shown.iter().fold((0, 0), |(lo, hi), &s| {
        let (l, h) = bounds(s);
        (lo + l, hi + h)
    });
    (0..shown.len()).find(|&i| {
        if matches!(shown[i], Shown::Count(_)) {
            return false;
        }
        let (lo, hi) = bounds(shown[i]);
        let (others_lo, others_hi) = (lo_all - lo, hi_all - hi);
        let least = lo.max(total.saturating_sub(others_hi));
        let most = hi.min(total.saturating_sub(others_lo));
        least >= most
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn one_small_count_beside_a_total_takes_a_second_one_with_it() {
        // 30 plans: 12, 3, 8, 7. Without a second hidden count, 3 = 30 - 27.
        let shown = group(&[12, 3, 8, 7, 0]);
        assert_eq!(shown[1], Shown::Few);
        assert_eq!(shown[3], Shown::Held, "the smallest other count goes too");
        assert_eq!(
            shown[4],
            Shown::Count(0),
            "a zero says nothing about anyone"
        );
        assert_eq!(shown.iter().filter(|s| **s == Shown::Held).count(), 1);
        assert_eq!(first_exposed(&[12, 3, 8, 7, 0], &shown), None);
    }

    #[test]
    fn counts_of_five_and_more_stand_as_they_are() {
        assert_eq!(
            group(&[12, 5, 8, 7]),
            [12, 5, 8, 7].map(Shown::Count).to_vec()
        );
        assert_eq!(single(4), Shown::Few);
        assert_eq!(single(1), Shown::Few);
        assert_eq!(single(0), Shown::Count(0));
        assert_eq!(single(5), Shown::Count(5));
    }

    #[test]
    fn two_small_counts_that_give_each_other_away_are_not_enough() {
        // 1 + 1 beside 20 and a total of 22: both must be 1.
        let shown = group(&[20, 1, 1]);
        assert_eq!(shown, vec![Shown::Held, Shown::Few, Shown::Few]);
    }

    #[test]
    fn a_group_that_gives_itself_away_whatever_is_held_says_nothing() {
        // 4 and 4 of 8: both are "minder dan 5", and so both must be 4.
        assert!(withheld(&group(&[4, 4])));
        assert!(!withheld(&group(&[4, 1])));
    }

    #[test]
    fn words_use_a_dutch_thousands_point() {
        assert_eq!(thousands(157_790), "157.790");
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1.000.000");
        assert_eq!(Shown::Few.words(), "minder dan 5");
    }

    /// Every value a hidden count could have, given what is shown.
    fn possible(counts: &[u64], shown: &[Shown], i: usize) -> Vec<u64> {
        let total: u64 = counts.iter().sum();
        let range = |s: Shown| match s {
            Shown::Count(n) => n..=n,
            Shown::Few => 1..=4,
            Shown::Held => 5..=total,
        };
        // Brute force over every other hidden cell, for small cases.
        let hidden: Vec<usize> = (0..shown.len())
            .filter(|&j| !matches!(shown[j], Shown::Count(_)))
            .collect();
        let mut out = Vec::new();
        let mut stack = vec![(0usize, 0u64, None::<u64>)];
        while let Some((k, sum, mine)) = stack.pop() {
            if k == hidden.len() {
                let fixed: u64 = (0..shown.len())
                    .filter_map(|j| match shown[j] {
                        Shown::Count(n) => Some(n),
                        _ => None,
                    })
                    .sum();
                if sum + fixed == total
                    && let Some(v) = mine
                    && !out.contains(&v)
                {
                    out.push(v);
                }
                continue;
            }
            for v in range(shown[hidden[k]]) {
                let mine = if hidden[k] == i { Some(v) } else { mine };
                stack.push((k + 1, sum + v, mine));
            }
        }
        out
    }

    proptest! {
        #[test]
        fn no_hidden_count_follows_from_the_others_and_the_total(
            counts in proptest::collection::vec(0u64..14, 2..6)
        ) {
            let shown = group(&counts);
            if withheld(&shown) {
                return Ok(());
            }
            for (i, s) in shown.iter().enumerate() {
                match s {
                    Shown::Count(n) => prop_assert!(*n == 0 || *n >= SHOWN_FROM),
                    _ => {
                        let values = possible(&counts, &shown, i);
                        prop_assert!(values.contains(&counts[i]));
                        prop_assert!(values.len() > 1,
                            "count {i} of {counts:?} shown as {shown:?} can only be {values:?}");
                    }
                }
            }
        }
    }
}
