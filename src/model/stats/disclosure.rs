//! Statistical disclosure control for the group report: which figures may be
//! shown about how many people, and the noise that keeps one person's answers
//! out of reach however many reports are compared.
//!
//! The method is **noise infusion**, as statistics offices use it for tables
//! that can be cut any way and made again and again (the US Census Bureau's
//! establishment statistics, for one): every record's answers are perturbed
//! once, by a noise fixed for that record, and every figure of every report is
//! computed from the perturbed answers.
//!
//! - every record that counts in a report has a **record key**, a 64-bit number
//!   computed from the record itself (its round, month and answers; with its
//!   respondent too when it leaves statements unanswered), the same in every
//!   report and on every computer, and unknowable to anyone who does not hold the
//!   record;
//! - from the key, the record gets a **shift** for all its answers (uniform in
//!   ±[`PERSON_SHIFT`]), a **shift per area** (uniform in ±[`AREA_SHIFT`], the
//!   same for every statement of the area) and a **jitter per statement**
//!   (uniform in ±[`ANSWER_JITTER`]); a perturbed answer is the answer plus all
//!   three. The shared shifts keep an area's (and the whole's) mean as uncertain
//!   as one answer: averaging a person's statements does not average them away. Means, medians and spreads are computed from the
//!   perturbed answers; distributions and shares from them rounded to the scale;
//! - so differencing any two reports, however they are cut and whatever files
//!   are added (fakes included), gives at best one person's *perturbed* answers,
//!   the same each time: averaging many reports does not remove the noise. A
//!   careful attacker who has them (Bayes' rule with the published noise) gets
//!   a statement's answer right about 38 times in 100 and an area mean to
//!   within ±0.5 about 45 times in 100 (`tests/privacy.rs`). The jitter's width
//!   is a whole number of steps, so that the fraction of a perturbed answer
//!   says nothing about the shifts.
//!
//! Means are unbiased (the noise averages out over people: for 10 people a
//! statement's mean is off by about 0.43 (one standard deviation), for 40 by
//! 0.22); a spread is corrected
//! for the noise's own variance; a distribution is of the perturbed answers, so
//! it is smoother than the real one. On top of the noise, thresholds: no figure
//! about fewer than K people (the minimum group, at least 3), and below
//! [`SMALL_GROUP`] people only the mean.

use crate::model::code::StatementCode;
use crate::model::record::RecordDate;
use serde::Serialize;

/// Below this many people behind a figure, only its (perturbed) mean is shown:
/// no median, spread, distribution or share, from which the members of a small
/// group could read one another's answers.
pub const SMALL_GROUP: usize = 10;

/// The bound of a record's shift of all its answers, in points of the scale.
pub const PERSON_SHIFT: f64 = 1.75;

/// The bound of a record's shift per area, in points of the scale.
pub const AREA_SHIFT: f64 = 1.25;

/// The bound of a record's jitter per statement, in points of the scale.
pub const ANSWER_JITTER: f64 = 1.0;

/// The bound of the noise on one answer: the three together.
pub const ANSWER_NOISE: f64 = PERSON_SHIFT + AREA_SHIFT + ANSWER_JITTER;

/// The bound of the noise on a correlation or an alpha of a protected analysis.
pub const COEFFICIENT_NOISE: f64 = 0.05;

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

/// The record key of one record: FNV-1a over its parts, then mixed, so that it
/// is the same in every report and on every computer, and gives nothing away
/// about the record. Only what a named and an anonymous export of one attempt
/// share goes in (the round as compared, the month, the answers), so that the
/// two get the same noise and a report of each gives the same perturbed answers,
/// not two draws to average; a record with unanswered statements adds its
/// respondent, so that nobody can try every possible answer to a few
/// statements against the noise.
pub fn record_key(
    respondent: &str,
    round: &str,
    date: Option<RecordDate>,
    ratings: &[Option<u8>],
) -> u64 {
    let mut h = Fnv::default();
    if ratings.iter().any(Option::is_none) {
        h.bytes(respondent.as_bytes());
    }
    h.bytes(&[0xff]);
    h.bytes(round.as_bytes());
    h.bytes(&[0xfe]);
    if let Some(d) = date {
        let m = d.month();
        h.bytes(m.to_string().as_bytes());
    }
    h.bytes(&[0xfd]);
    for r in ratings {
        h.bytes(&[r.unwrap_or(0)]);
    }
    mix(h.0)
}

/// A record key told apart from another person's equal one by the
/// respondent: for people whose answers, round and month are all the same.
pub fn apart(key: u64, respondent: &str) -> u64 {
    let mut h = Fnv::default();
    h.bytes(&key.to_le_bytes());
    h.bytes(respondent.as_bytes());
    mix(h.0)
}

/// A number in [0, 1) from a record key and what it is for.
fn uniform(key: u64, what: u64) -> f64 {
    let bits = mix(key ^ mix(what));
    (bits >> 11) as f64 / (1u64 << 53) as f64
}

/// A record's shift for the statements of `area`, its own shift included:
/// uniform in ±[`AREA_SHIFT`] plus uniform in ±[`PERSON_SHIFT`].
pub fn area_shift(key: u64, area: u8) -> f64 {
    PERSON_SHIFT * (2.0 * uniform(key, 0x0900) - 1.0)
        + AREA_SHIFT * (2.0 * uniform(key, 0x0a00 | u64::from(area)) - 1.0)
}

/// A record's jitter for one statement: uniform in ±[`ANSWER_JITTER`].
pub fn answer_jitter(key: u64, code: StatementCode) -> f64 {
    let what = 0x0001_0000 | u64::try_from(code.index()).unwrap_or(0);
    ANSWER_JITTER * (2.0 * uniform(key, what) - 1.0)
}

/// The perturbed answer of a record (its `key`) to statement `code` of `area`.
pub fn infused(rating: u8, key: u64, area: u8, code: StatementCode) -> f64 {
    f64::from(rating) + area_shift(key, area) + answer_jitter(key, code)
}

/// A perturbed answer as a point of the scale `min..=max`, for a distribution.
pub fn point(value: f64, min: u8, max: u8) -> u8 {
    let rounded = value.round().clamp(f64::from(min), f64::from(max));
    // In range by the clamp: the cast cannot cut.
    rounded as u8
}

/// The variance the noise adds to one perturbed answer (of a uniform in ±a:
/// a²/3), taken off a spread of answers so that it estimates the real one.
pub fn answer_noise_variance() -> f64 {
    (PERSON_SHIFT * PERSON_SHIFT + AREA_SHIFT * AREA_SHIFT + ANSWER_JITTER * ANSWER_JITTER) / 3.0
}

/// The variance the noise adds to a person's mean over statements of which
/// `per_area[g]` are in area g: the person's shift whole, the area shifts
/// weighted by their share, the jitters averaged.
pub fn mean_noise_variance(per_area: &[usize]) -> f64 {
    let k: usize = per_area.iter().sum();
    if k == 0 {
        return 0.0;
    }
    let k = k as f64;
    let shifts: f64 = per_area
        .iter()
        .map(|&n| (n as f64 / k).powi(2) * AREA_SHIFT * AREA_SHIFT / 3.0)
        .sum();
    PERSON_SHIFT * PERSON_SHIFT / 3.0 + shifts + ANSWER_JITTER * ANSWER_JITTER / (3.0 * k)
}

/// The standard deviation of values whose sample variance is `variance`, less
/// the variance `noise` that perturbation added; never below zero.
pub fn corrected_sd(variance: f64, noise: f64) -> f64 {
    (variance - noise).max(0.0).sqrt()
}

/// The key of a coefficient of a protected analysis: the sum of its people's
/// record keys, so that the same people give the same noise.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct CellKey(u64);

impl CellKey {
    /// Adds one person's record key.
    pub fn add(&mut self, record: u64) {
        self.0 = self.0.wrapping_add(record);
    }

    /// A coefficient's noise: uniform in ±[`COEFFICIENT_NOISE`], for the
    /// coefficient that `place` names.
    pub fn coefficient_noise(self, place: u32) -> f64 {
        COEFFICIENT_NOISE * (2.0 * uniform(self.0, 0x0c00_0000 | u64::from(place)) - 1.0)
    }
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
    use crate::model::code::code;

    #[test]
    fn the_record_key_depends_on_what_an_attempt_is() {
        let full = [Some(5), Some(3)];
        let base = record_key("r-1", "före", None, &full);
        // A named and an anonymous export of one attempt: one key.
        assert_eq!(base, record_key("p-xyz", "före", None, &full));
        let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).map(RecordDate::Day);
        let month = Some(RecordDate::Month {
            year: 2026,
            month: 3,
        });
        assert_eq!(
            record_key("r-1", "före", day, &full),
            record_key("p-xyz", "före", month, &full)
        );
        assert_ne!(base, record_key("r-1", "efter", None, &full));
        assert_ne!(base, record_key("r-1", "före", None, &[Some(5), Some(4)]));
        assert_ne!(base, record_key("r-1", "före", day, &full));
        // With a statement unanswered the respondent goes in.
        let part = [Some(5), None];
        assert_ne!(
            record_key("r-1", "före", None, &part),
            record_key("r-2", "före", None, &part)
        );
    }

    #[test]
    fn noise_is_fixed_per_record_bounded_and_spread() {
        let c = code("105");
        assert_eq!(infused(4, 7, 1, c).to_bits(), infused(4, 7, 1, c).to_bits());
        let (mut shifts, mut jitters) = (Vec::new(), Vec::new());
        for key in 0..20_000u64 {
            let key = mix(key);
            let a = area_shift(key, 1);
            let j = answer_jitter(key, c);
            assert!(a.abs() <= PERSON_SHIFT + AREA_SHIFT && j.abs() <= ANSWER_JITTER);
            shifts.push(a);
            jitters.push(j);
        }
        let mean = |v: &[f64]| v.iter().sum::<f64>() / v.len() as f64;
        assert!(mean(&shifts).abs() < 0.03 && mean(&jitters).abs() < 0.02);
        // Uniform: a variance of a²/3 (the two shifts' added), within 3 %.
        let var = |v: &[f64]| v.iter().map(|x| x * x).sum::<f64>() / v.len() as f64;
        let shifts_var = (PERSON_SHIFT * PERSON_SHIFT + AREA_SHIFT * AREA_SHIFT) / 3.0;
        assert!((var(&shifts) / shifts_var - 1.0).abs() < 0.03);
        assert!((var(&jitters) / (ANSWER_JITTER * ANSWER_JITTER / 3.0) - 1.0).abs() < 0.03);
        // The shift is shared by an area's statements; another area has its own.
        assert_ne!(area_shift(9, 1).to_bits(), area_shift(9, 2).to_bits());
    }

    #[test]
    fn points_and_variances_by_hand() {
        assert_eq!(point(7.6, 1, 7), 7);
        assert_eq!(point(0.2, 1, 7), 1);
        assert_eq!(point(4.5, 1, 7), 5, "half away from zero");
        assert_eq!(point(4.49, 1, 7), 4);
        // (1.75² + 1.25² + 1²)/3 = (3.0625 + 1.5625 + 1)/3 = 5.625/3.
        assert!((answer_noise_variance() - 5.625 / 3.0).abs() < 1e-12);
        // One area of four statements: 3.0625/3 + 1.5625/3 + 1/(3·4).
        let one = (3.0625 + 1.5625 + 1.0 / 4.0) / 3.0;
        assert!((mean_noise_variance(&[4]) - one).abs() < 1e-12);
        // Two areas of two: 3.0625/3 + 2·(1/2)²·1.5625/3 + 1/12.
        let two = 3.0625 / 3.0 + 0.5 * 1.5625 / 3.0 + 1.0 / 12.0;
        assert!((mean_noise_variance(&[2, 2]) - two).abs() < 1e-12);
        assert!((corrected_sd(4.0, 3.0) - 1.0).abs() < 1e-12);
        assert!(corrected_sd(1.0, 3.0).abs() < 1e-12);
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
}
