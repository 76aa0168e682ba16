//! Statistics: mean, median and sample standard deviation, one rounding rule
//! for every figure shown, and (in submodules) the paired change of the same
//! people ([`paired`]), the item analysis of a question set ([`analysis`]), and
//! the disclosure control of group figures ([`disclosure`]).

pub mod analysis;
pub mod disclosure;
pub mod paired;

use serde::Serialize;

/// Below this many people no figure about them is shown (only how many they
/// are), so that a report never reveals one person's answers.
pub const MIN_GROUP: usize = 3;

/// Rounds half away from zero to `places` decimals (3.25 → 3.3, −3.25 → −3.3),
/// as by hand, not to even as `format!` does. Every figure shown is rounded so.
pub fn round(value: f64, places: u8) -> f64 {
    let factor = 10f64.powi(i32::from(places));
    (value * factor).round() / factor
}

/// The change from `from` to `to` between the two as shown with one decimal,
/// so that "2,8 → 4,0" always reads "+1,2"; exactly 0.0 when they show the same.
pub fn shown_change(from: f64, to: f64) -> f64 {
    let change = round(to, 1) - round(from, 1);
    // Rounded again: 5.8 − 5.5 is 0.2999… in binary, and a shown difference is
    // a whole number of tenths.
    round(change, 1)
}

/// Summary statistics of a list of values.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Stats {
    pub n: usize,
    pub mean: f64,
    pub median: f64,
    /// Sample standard deviation (n − 1); `null` for one value.
    pub sd: Option<f64>,
}

/// Mean, median and sample standard deviation; `None` for no values.
pub fn stats(values: &[f64]) -> Option<Stats> {
    if values.is_empty() {
        return None;
    }
    let n = values.len();
    let mean = values.iter().sum::<f64>() / n as f64;
    // The middle value(s) picked, not the whole list sorted: the same values, in
    // linear time.
    let mut picked = values.to_vec();
    let (below, &mut upper, _) = picked.select_nth_unstable_by(n / 2, f64::total_cmp);
    let median = if n % 2 == 1 {
        upper
    } else {
        let lower = below
            .iter()
            .copied()
            .max_by(f64::total_cmp)
            .unwrap_or(upper);
        f64::midpoint(lower, upper)
    };
    Some(Stats {
        n,
        mean,
        median,
        sd: sample_sd(values, mean),
    })
}

/// Mean, median and sample standard deviation of ratings given as counts per
/// point of a scale starting at `min` (`counts[0]` gave `min`): exact, with no
/// list of values to sort. `None` for no ratings.
pub fn stats_of_counts(counts: &[u64], min: u8) -> Option<Stats> {
    let n: u64 = counts.iter().sum();
    if n == 0 {
        return None;
    }
    let value = |p: usize| f64::from(min) + p as f64;
    let sum: f64 = counts
        .iter()
        .enumerate()
        .map(|(p, &c)| c as f64 * value(p))
        .sum();
    let mean = sum / n as f64;
    // The k-th smallest rating (0-based).
    let nth = |k: u64| -> f64 {
        let mut seen = 0;
        for (p, &c) in counts.iter().enumerate() {
            seen += c;
            if k < seen {
                return value(p);
            }
        }
        value(counts.len() - 1)
    };
    let median = if n % 2 == 1 {
        nth(n / 2)
    } else {
        f64::midpoint(nth(n / 2 - 1), nth(n / 2))
    };
    let sd = (n > 1).then(|| {
        let squares: f64 = counts
            .iter()
            .enumerate()
            .map(|(p, &c)| c as f64 * (value(p) - mean).powi(2))
            .sum();
        (squares / (n as f64 - 1.0)).sqrt()
    });
    Some(Stats {
        n: usize::try_from(n).unwrap_or(usize::MAX),
        mean,
        median,
        sd,
    })
}

/// The sample standard deviation around `mean`; `None` below two values.
pub fn sample_sd(values: &[f64], mean: f64) -> Option<f64> {
    let n = values.len();
    (n > 1)
        .then(|| (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n as f64 - 1.0)).sqrt())
}

/// The first `n` of `sorted`, and how many after them share the last one's
/// `key`: a tie that a list cut at `n` must not hide.
pub fn first_with_ties<T, K: PartialEq>(
    mut sorted: Vec<T>,
    n: usize,
    key: impl Fn(&T) -> K,
) -> (Vec<T>, usize) {
    let cut = sorted.len().min(n);
    let tied = match cut.checked_sub(1).map(|i| key(&sorted[i])) {
        Some(last) => sorted[cut..].iter().take_while(|x| key(x) == last).count(),
        None => 0,
    };
    sorted.truncate(cut);
    (sorted, tied)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shown_change_is_between_the_shown_figures() {
        // 2.75 shows as 2,8 and 4.0 as 4,0: +1,2, not the exact +1,25 → +1,3.
        let close = |a: f64, b: f64| (a - b).abs() < 1e-12;
        assert!(close(shown_change(2.75, 4.0), 1.2));
        // 5.8 − 5.5 is 0.2999… in binary; shown, it is 0,3.
        assert!(close(shown_change(5.5, 5.8), 0.3));
        assert!(close(shown_change(3.96, 4.04), 0.0));
    }

    #[test]
    fn a_cut_list_counts_the_ties_with_its_last() {
        let (shown, tied) = first_with_ties(vec![7, 7, 7, 7, 7, 5], 3, |v| *v);
        assert_eq!((shown, tied), (vec![7, 7, 7], 2));
        let (shown, tied) = first_with_ties(vec![7, 6, 5, 5], 3, |v| *v);
        assert_eq!((shown, tied), (vec![7, 6, 5], 1));
        assert_eq!(first_with_ties(Vec::<u8>::new(), 3, |v| *v), (vec![], 0));
        assert_eq!(first_with_ties(vec![1, 2], 3, |v| *v), (vec![1, 2], 0));
    }

    #[test]
    #[allow(clippy::float_cmp)] // these values are exact in binary
    fn stats_by_hand() {
        let s = stats(&[1.0, 2.0, 6.0]).expect("stats");
        assert_eq!((s.n, s.mean, s.median), (3, 3.0, 2.0));
        // Deviations −2, −1, 3: squares 4 + 1 + 9 = 14, over n − 1 = 2: 7.
        assert!((s.sd.expect("sd") - 7f64.sqrt()).abs() < 1e-12);
        let s = stats(&[4.0, 1.0, 3.0, 2.0]).expect("stats");
        assert_eq!(s.median, 2.5);
        assert_eq!(stats(&[5.0]).expect("one").sd, None);
        assert!(stats(&[]).is_none());
    }

    #[test]
    fn counts_give_the_same_figures_as_the_values() {
        // 1, 2, 6 as counts on a 1–7 scale; and 1, 2, 3, 4.
        for (counts, values) in [
            (vec![1, 1, 0, 0, 0, 1, 0], vec![1.0, 2.0, 6.0]),
            (vec![1, 1, 1, 1, 0, 0, 0], vec![1.0, 2.0, 3.0, 4.0]),
            (vec![0, 0, 0, 5, 0, 0, 0], vec![4.0; 5]),
        ] {
            let a = stats_of_counts(&counts, 1).expect("some");
            let b = stats(&values).expect("some");
            assert_eq!((a.n, a.mean, a.median), (b.n, b.mean, b.median));
            let (sa, sb) = (a.sd.unwrap_or(0.0), b.sd.unwrap_or(0.0));
            assert!((sa - sb).abs() < 1e-12);
        }
        assert!(stats_of_counts(&[0, 0], 1).is_none());
    }
}
