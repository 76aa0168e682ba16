//! Paired change: the same people before and after. Per person the change of a
//! mean; over the people its mean, a 95 % confidence interval from the t
//! distribution with n − 1 degrees of freedom, the effect size d_z (mean change
//! over the standard deviation of the changes), and how many rose, stayed and fell.

use crate::model::stats::sample_sd;
use serde::Serialize;

/// A change within ± this counts as staying the same (half a point on the scale).
pub const SAME_BAND: f64 = 0.5;

/// The paired change of one area, or overall.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Paired {
    /// People who answered both rounds.
    pub n: usize,
    pub mean_change: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    pub d_z: Option<f64>,
    /// Changes above +0.5.
    pub rose: Option<usize>,
    /// Changes within ±0.5.
    pub same: Option<usize>,
    /// Changes below −0.5.
    pub fell: Option<usize>,
}

impl Paired {
    /// Only the number of people: what a report shows of fewer than the minimum group.
    pub fn only_n(n: usize) -> Self {
        Paired {
            n,
            mean_change: None,
            ci_low: None,
            ci_high: None,
            d_z: None,
            rose: None,
            same: None,
            fell: None,
        }
    }

    /// Whether the interval lies wholly above or below zero.
    pub fn is_clear(&self) -> bool {
        matches!((self.ci_low, self.ci_high), (Some(lo), Some(hi)) if lo > 0.0 || hi < 0.0)
    }
}

/// The paired figures of `changes` (one per person).
pub fn paired(changes: &[f64]) -> Paired {
    let n = changes.len();
    if n == 0 {
        return Paired::only_n(0);
    }
    let mean = changes.iter().sum::<f64>() / n as f64;
    let sd = sample_sd(changes, mean);
    let half = sd.map(|sd| t_975(n - 1) * sd / (n as f64).sqrt());
    let count = |keep: fn(f64) -> bool| changes.iter().filter(|&&c| keep(c)).count();
    Paired {
        n,
        mean_change: Some(mean),
        ci_low: half.map(|h| mean - h),
        ci_high: half.map(|h| mean + h),
        d_z: sd.filter(|sd| *sd > 0.0).map(|sd| mean / sd),
        rose: Some(count(|c| c > SAME_BAND)),
        same: Some(count(|c| c.abs() <= SAME_BAND)),
        fell: Some(count(|c| c < -SAME_BAND)),
    }
}

/// The 97.5th percentile of Student's t with `df` degrees of freedom, for a
/// two-sided 95 % interval: exact to three decimals from a table for 1–30, 40, 60
/// and 120, and between those linear in 1/df (off by less than 0.002).
pub fn t_975(df: usize) -> f64 {
    const TABLE: [(usize, f64); 33] = [
        (1, 12.706),
        (2, 4.303),
        (3, 3.182),
        (4, 2.776),
        (5, 2.571),
        (6, 2.447),
        (7, 2.365),
        (8, 2.306),
        (9, 2.262),
        (10, 2.228),
        (11, 2.201),
        (12, 2.179),
        (13, 2.160),
        (14, 2.145),
        (15, 2.131),
        (16, 2.120),
        (17, 2.110),
        (18, 2.101),
        (19, 2.093),
        (20, 2.086),
        (21, 2.080),
        (22, 2.074),
        (23, 2.069),
        (24, 2.064),
        (25, 2.060),
        (26, 2.056),
        (27, 2.052),
        (28, 2.048),
        (29, 2.045),
        (30, 2.042),
        (40, 2.021),
        (60, 2.000),
        (120, 1.980),
    ];
    const NORMAL: f64 = 1.960;
    if df == 0 {
        return f64::INFINITY;
    }
    if let Some(&(_, t)) = TABLE.iter().find(|(d, _)| *d == df) {
        return t;
    }
    let inv = |d: usize| 1.0 / d as f64;
    let (lo, hi) = TABLE
        .windows(2)
        .map(|w| (w[0], w[1]))
        .find(|((a, _), (b, _))| *a < df && df < *b)
        .unwrap_or(((120, 1.980), (usize::MAX, NORMAL)));
    let (x, x0, x1) = (
        inv(df),
        inv(lo.0),
        if hi.0 == usize::MAX { 0.0 } else { inv(hi.0) },
    );
    lo.1 + (hi.1 - lo.1) * (x0 - x) / (x0 - x1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paired_change_by_hand() {
        // Four people change by +1, +2, 0, +1: mean 1.0; deviations 0, 1, −1, 0,
        // squares 2, variance 2/3, sd √(2/3) = 0.8165; t(3) = 3.182;
        // half-width 3.182 · 0.8165 / 2 = 1.2990; d_z = 1 / 0.8165 = 1.2247.
        let p = paired(&[1.0, 2.0, 0.0, 1.0]);
        let sd = (2.0f64 / 3.0).sqrt();
        assert_eq!(p.n, 4);
        assert_eq!(p.mean_change, Some(1.0));
        let half = 3.182 * sd / 2.0;
        assert!((p.ci_low.expect("low") - (1.0 - half)).abs() < 1e-12);
        assert!((p.ci_high.expect("high") - (1.0 + half)).abs() < 1e-12);
        assert!((p.d_z.expect("d_z") - 1.0 / sd).abs() < 1e-12);
        assert_eq!((p.rose, p.same, p.fell), (Some(3), Some(1), Some(0)));
        assert!(!p.is_clear(), "the interval (−0.30, 2.30) crosses zero");
    }

    #[test]
    fn t_from_the_table_and_between() {
        assert!((t_975(3) - 3.182).abs() < 1e-12);
        assert!((t_975(30) - 2.042).abs() < 1e-12);
        // df 50 lies between 40 (2.021) and 60 (2.000); the true value is 2.009.
        assert!((t_975(50) - 2.009).abs() < 0.002);
        assert!((t_975(1000) - 1.962).abs() < 0.002);
    }

    #[test]
    fn one_person_has_no_interval() {
        let p = paired(&[0.4]);
        assert_eq!(
            (p.n, p.mean_change, p.ci_low, p.d_z),
            (1, Some(0.4), None, None)
        );
        assert_eq!(paired(&[]).mean_change, None);
    }
}
