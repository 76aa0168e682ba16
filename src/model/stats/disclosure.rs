//! Statistical disclosure control for the group report: which figures may be
//! shown about how many people, and the consistent perturbation that keeps one
//! person's answers out of reach when reports are compared.
//!
//! The method is the cell-key method that statistics offices use in table
//! builders, applied to the sums that means come from:
//!
//! - every record that counts in a report has a **record key**, a 64-bit number
//!   computed from the record itself (its respondent, round, date and answers),
//!   the same in every report and on every computer, and unknowable to anyone who
//!   does not hold the record;
//! - every published figure has a **cell key**: the sum of the record keys of the
//!   people behind it, plus a salt that names the figure. The same people give the
//!   same cell key, and so the same noise, in every report; one person more or
//!   fewer gives another cell key and independent noise;
//! - a **mean** is shown as (sum + D) / n, with D in [−[`SUM_NOISE`], +[`SUM_NOISE`]]
//!   drawn from the cell key; a **count** (of a distribution, of the people who rose)
//!   gets an integer in [−2, +2]; a **spread** comes from a sum of squared
//!   deviations with its own bounded noise. Differencing two reports that differ by
//!   one person gives that person's answer plus the difference of two independent
//!   noises, not the answer.
//!
//! On top of the noise, thresholds: no figure about fewer than K people (the
//! minimum group, at least 3), and below [`SMALL_GROUP`] people only the mean.

use crate::model::record::RecordDate;
use serde::Serialize;

/// Below this many people behind a figure, only its (perturbed) mean is shown:
/// no median, spread, distribution or share, from which the members of a small
/// group could read one another's answers.
pub const SMALL_GROUP: usize = 10;

/// The bound of the noise on a sum of answers or of means, in points of the
/// scale: a mean of n people is off by at most this over n.
pub const SUM_NOISE: f64 = 2.0;

/// The bound of the noise on a count of people or of answers.
pub const COUNT_NOISE: i64 = 2;

/// The bound of the noise on a sum of squared deviations of answers (points²).
pub const SQUARES_NOISE_ANSWERS: f64 = 4.0;

/// The bound of the noise on a sum of squared deviations of means or of
/// changes of means (points²).
pub const SQUARES_NOISE_MEANS: f64 = 1.5;

/// How the figures of a report are protected.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Protection {
    /// Thresholds and consistent perturbation: a report to share.
    Perturbed,
    /// Every population of at least K people exactly: for the facilitator, who
    /// holds the files anyway; not for sharing.
    Exact,
}

/// How much of a figure is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Shown {
    /// Every figure.
    All,
    /// Only the mean (fewer than [`SMALL_GROUP`] people behind it).
    MeanOnly,
    /// Nothing but how many (fewer than K people behind it).
    Nothing,
}

impl Shown {
    /// What may be shown of a figure with `n` people behind it.
    pub fn of(n: usize, min_group: usize, protection: Protection) -> Self {
        if n < min_group {
            Shown::Nothing
        } else if protection == Protection::Perturbed && n < SMALL_GROUP {
            Shown::MeanOnly
        } else {
            Shown::All
        }
    }
}

/// The record key of one record: FNV-1a over its parts, then mixed, so that
/// it is the same in every report and on every computer, and gives nothing away
/// about the record.
pub fn record_key(
    respondent: &str,
    round: &str,
    date: Option<RecordDate>,
    ratings: impl IntoIterator<Item = Option<u8>>,
) -> u64 {
    let mut h = Fnv::default();
    h.bytes(respondent.as_bytes());
    h.bytes(&[0xff]);
    h.bytes(round.as_bytes());
    h.bytes(&[0xfe]);
    match date {
        Some(RecordDate::Day(d)) => h.bytes(d.to_string().as_bytes()),
        Some(RecordDate::Month { year, month }) => h.bytes(format!("{year}-{month:02}").as_bytes()),
        None => {}
    }
    h.bytes(&[0xfd]);
    for r in ratings {
        h.bytes(&[r.unwrap_or(0)]);
    }
    mix(h.0)
}

/// The key of a figure: the sum of its people's record keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CellKey(u64);

impl CellKey {
    /// Adds one person's record key.
    pub fn add(&mut self, record: u64) {
        self.0 = self.0.wrapping_add(record);
    }

    /// The keys of two figures' people together (a person in both rounds).
    #[must_use]
    pub fn with(self, other: CellKey) -> CellKey {
        CellKey(self.0.wrapping_add(other.0))
    }

    /// A number in [0, 1) for the figure that `salt` names.
    fn uniform(self, salt: Salt) -> f64 {
        let bits = mix(self.0 ^ salt.0);
        (bits >> 11) as f64 / (1u64 << 53) as f64
    }

    /// The noise on a sum: uniform in [−bound, +bound].
    pub fn sum_noise(self, salt: Salt, bound: f64) -> f64 {
        bound * (2.0 * self.uniform(salt) - 1.0)
    }

    /// The noise on a count: −2 … +2, with 0 the likeliest (0.1, 0.2, 0.4, 0.2, 0.1).
    pub fn count_noise(self, salt: Salt) -> i64 {
        let u = self.uniform(salt);
        match u {
            u if u < 0.1 => -COUNT_NOISE,
            u if u < 0.3 => -1,
            u if u < 0.7 => 0,
            u if u < 0.9 => 1,
            _ => COUNT_NOISE,
        }
    }
}

/// What a noise is for: the figure's kind and where it is, so that the figures
/// of one group of people get independent noises.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Salt(u64);

/// The kinds of figures that get noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Sum = 1,
    Squares = 2,
    Count = 3,
    High = 4,
    Low = 5,
}

impl Salt {
    /// The salt of a figure of `kind` about the statement, area or whole (`place`,
    /// e.g. a code, an area number, 0 for the whole) at `point` (a point of the
    /// scale, or 0).
    pub fn of(kind: Kind, place: u32, point: u32) -> Self {
        Salt(mix((kind as u64) << 56
            | u64::from(place) << 24
            | u64::from(point)))
    }
}

/// The perturbed mean of `sum` over `n` people, kept on the scale.
pub fn perturbed_mean(sum: f64, n: usize, key: CellKey, salt: Salt, min: f64, max: f64) -> f64 {
    let n = n.max(1) as f64;
    ((sum + key.sum_noise(salt, SUM_NOISE)) / n).clamp(min, max)
}

/// The sample standard deviation from a perturbed sum of squared deviations;
/// `None` for fewer than two people.
pub fn perturbed_sd(squares: f64, n: usize, key: CellKey, salt: Salt, bound: f64) -> Option<f64> {
    (n >= 2).then(|| ((squares + key.sum_noise(salt, bound)).max(0.0) / (n - 1) as f64).sqrt())
}

/// A count with its noise, never below zero.
pub fn perturbed_count(count: u64, key: CellKey, salt: Salt) -> u64 {
    let c = i64::try_from(count).unwrap_or(i64::MAX);
    u64::try_from((c + key.count_noise(salt)).max(0)).unwrap_or(0)
}

/// FNV-1a, 64 bits.
struct Fnv(u64);

impl Default for Fnv {
    fn default() -> Self {
        Fnv(0xcbf2_9ce4_8422_2325)
    }
}

impl Fnv {
    fn bytes(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 ^= u64::from(b);
            self.0 = self.0.wrapping_mul(0x0000_0100_0000_01b3);
        }
    }
}

/// The finaliser of SplitMix64: every bit of the input moves every bit of the output.
fn mix(mut z: u64) -> u64 {
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key_of(records: &[u64]) -> CellKey {
        let mut k = CellKey::default();
        for &r in records {
            k.add(r);
        }
        k
    }

    #[test]
    fn the_same_people_get_the_same_noise_and_one_more_another() {
        let a = record_key("r-1", "före", None, [Some(5), Some(3)]);
        let b = record_key("r-2", "före", None, [Some(4), None]);
        let c = record_key("r-3", "före", None, [Some(7), Some(1)]);
        let salt = Salt::of(Kind::Sum, 105, 0);
        let noise = |keys: &[u64], salt: Salt| key_of(keys).sum_noise(salt, 2.0).to_bits();
        // Order does not matter: a set of people is a set.
        assert_eq!(noise(&[a, b], salt), noise(&[b, a], salt));
        assert_ne!(noise(&[a, b], salt), noise(&[a, b, c], salt));
        // Another figure of the same people has another noise.
        assert_ne!(
            noise(&[a, b], salt),
            noise(&[a, b], Salt::of(Kind::Sum, 106, 0))
        );
    }

    #[test]
    fn the_record_key_depends_on_every_part() {
        let base = record_key("r-1", "före", None, [Some(5), Some(3)]);
        assert_ne!(base, record_key("r-2", "före", None, [Some(5), Some(3)]));
        assert_ne!(base, record_key("r-1", "efter", None, [Some(5), Some(3)]));
        assert_ne!(base, record_key("r-1", "före", None, [Some(5), Some(4)]));
        assert_ne!(base, record_key("r-1", "före", None, [Some(5), None]));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).map(RecordDate::Day);
        assert_ne!(base, record_key("r-1", "före", day, [Some(5), Some(3)]));
    }

    #[test]
    fn noises_stay_in_their_bounds_and_are_spread_over_them() {
        let mut sums = Vec::new();
        let mut counts = [0usize; 5];
        for i in 0..20_000u64 {
            let k = key_of(&[mix(i)]);
            let s = k.sum_noise(Salt::of(Kind::Sum, 1, 0), SUM_NOISE);
            assert!((-SUM_NOISE..=SUM_NOISE).contains(&s));
            sums.push(s);
            let c = k.count_noise(Salt::of(Kind::Count, 1, 0));
            counts[usize::try_from(c + 2).expect("in range")] += 1;
        }
        let mean = sums.iter().sum::<f64>() / sums.len() as f64;
        assert!(mean.abs() < 0.05, "uniform around zero: {mean}");
        // 0.1, 0.2, 0.4, 0.2, 0.1 of 20,000, within 2 %.
        for (c, p) in counts.iter().zip([0.1, 0.2, 0.4, 0.2, 0.1]) {
            assert!((*c as f64 / 20_000.0 - p).abs() < 0.02, "{counts:?}");
        }
    }

    #[test]
    fn what_is_shown_follows_the_number_of_people() {
        assert_eq!(Shown::of(2, 3, Protection::Perturbed), Shown::Nothing);
        assert_eq!(Shown::of(3, 3, Protection::Perturbed), Shown::MeanOnly);
        assert_eq!(Shown::of(9, 3, Protection::Perturbed), Shown::MeanOnly);
        assert_eq!(Shown::of(10, 3, Protection::Perturbed), Shown::All);
        assert_eq!(Shown::of(3, 3, Protection::Exact), Shown::All);
        assert_eq!(Shown::of(4, 5, Protection::Exact), Shown::Nothing);
    }

    #[test]
    fn a_mean_is_off_by_at_most_the_bound_over_n() {
        let k = key_of(&[1, 2, 3]);
        for n in [3usize, 10, 40] {
            let sum = 4.0 * n as f64;
            let m = perturbed_mean(sum, n, k, Salt::of(Kind::Sum, 0, 0), 1.0, 7.0);
            assert!((m - 4.0).abs() <= SUM_NOISE / n as f64 + 1e-12);
        }
    }
}
