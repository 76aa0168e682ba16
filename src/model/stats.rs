//! Summary statistics: mean, median and sample standard deviation.

use serde::Serialize;

/// Below this many people no figure about them is shown (only how many they
/// are), so that a report never reveals one person's answers.
pub const MIN_GROUP: usize = 3;

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
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        f64::midpoint(sorted[n / 2 - 1], sorted[n / 2])
    };
    Some(Stats {
        n,
        mean,
        median,
        sd: sample_sd(values, mean),
    })
}

/// The sample standard deviation around `mean`; `None` below two values.
pub fn sample_sd(values: &[f64], mean: f64) -> Option<f64> {
    let n = values.len();
    (n > 1)
        .then(|| (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n as f64 - 1.0)).sqrt())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
