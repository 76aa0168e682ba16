//! Item analysis for piloting a question set: per statement its spread, floor
//! and ceiling, how well it agrees with the rest of its area (item-rest
//! correlation) and the area's reliability without it; per area Cronbach's alpha.
//!
//! Pure: ratings in (one row per respondent, one cell per statement of the set,
//! `None` where unanswered), figures out. Sample variances (n − 1) throughout.

use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;
use crate::model::stats::disclosure::{
    answer_noise_variance, corrected_sd, point, CellKey, Protection, SMALL_GROUP,
};
use crate::model::stats::{sample_sd, MIN_GROUP};
use serde::Serialize;

#[cfg(test)]
use crate::model::stats::disclosure::COEFFICIENT_NOISE;

/// Below this share a statement's agreement with the rest of its area is low.
pub const MIN_ITEM_REST: f64 = 0.3;
/// Below this an area's statements do not sum into one reliable score.
pub const MIN_ALPHA: f64 = 0.7;
/// Above this share of answers at one end of the scale, a statement has a floor
/// or a ceiling.
pub const MAX_END_SHARE: f64 = 0.5;
/// Below this many complete respondents an area's figures are unreliable.
pub const RELIABLE_N: usize = 10;

/// Something an item analysis says about a statement or an area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// Over half answered the top of the scale.
    Ceiling,
    /// Over half answered the bottom of the scale.
    Floor,
    /// The item-rest correlation is below [`MIN_ITEM_REST`].
    LowItemRest,
    /// Cronbach's alpha is below [`MIN_ALPHA`].
    LowAlpha,
    /// Fewer than [`RELIABLE_N`] complete respondents.
    Unreliable,
}

/// One statement's figures. `None` where they cannot be computed, or where fewer
/// than [`MIN_GROUP`] people answered (then only `n` is shown).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementAnalysis {
    pub code: StatementCode,
    pub n: usize,
    pub mean: Option<f64>,
    pub sd: Option<f64>,
    /// Share of answers at the scale's minimum.
    pub floor: Option<f64>,
    /// Share of answers at the scale's maximum.
    pub ceiling: Option<f64>,
    /// Pearson correlation with the sum of the other statements of its area, over
    /// the respondents who answered every statement of the area.
    pub item_rest: Option<f64>,
    /// The area's alpha without this statement.
    pub alpha_if_deleted: Option<f64>,
    pub flags: Vec<Flag>,
}

/// One area's figures.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaAnalysis {
    pub area: u8,
    /// How many statements the area has.
    pub statements: usize,
    /// Respondents who answered every statement of the area.
    pub n: usize,
    pub alpha: Option<f64>,
    pub flags: Vec<Flag>,
}

/// The whole analysis.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Analysis {
    pub respondents: usize,
    /// How the figures are protected.
    pub protection: Protection,
    /// No figure about fewer people than this: [`SMALL_GROUP`] when protected,
    /// [`MIN_GROUP`] when exact.
    pub least: usize,
    /// True when there are fewer respondents than `least`: no figure but n.
    pub too_few: bool,
    pub areas: Vec<AreaAnalysis>,
    pub statements: Vec<StatementAnalysis>,
}

/// Analyses `rows` (one per respondent, by statement position in `set`), whose
/// record keys are `keys` and whose answers as the group report uses them
/// (perturbed, in a protected analysis; else the answers) are `values`. A
/// protected analysis shows nothing about fewer than [`SMALL_GROUP`] people;
/// its means, spreads, floors and ceilings are those of the perturbed answers,
/// as in the group report (so an analysis says nothing a report does not), and
/// its correlations and alphas, from the answers, are off by at most
/// `COEFFICIENT_NOISE`, the same for the same people.
pub fn analyze(
    set: &QuestionSet,
    rows: &[&[Option<u8>]],
    values: &[&[Option<f64>]],
    keys: &[u64],
    protection: Protection,
) -> Analysis {
    let least = match protection {
        Protection::Perturbed => SMALL_GROUP,
        Protection::Exact => MIN_GROUP,
    };
    let too_few = rows.len() < least;
    let mut statements: Vec<StatementAnalysis> = set
        .statements
        .iter()
        .enumerate()
        .map(|(i, st)| {
            let column: Vec<f64> = values.iter().filter_map(|r| r[i]).collect();
            let few = too_few || column.len() < least;
            describe_item(set, st.code, &column, few, protection)
        })
        .collect();
    let areas = set
        .areas
        .iter()
        .map(|area| {
            area_analysis(
                set,
                area.number,
                rows,
                keys,
                least,
                too_few,
                protection,
                &mut statements,
            )
        })
        .collect();
    Analysis {
        respondents: rows.len(),
        protection,
        least,
        too_few,
        areas,
        statements,
    }
}

/// One area's alpha, and its statements' item-rest correlations and alphas
/// without them (written into `statements`).
#[allow(clippy::too_many_arguments)] // The analysis's own state, passed down once.
fn area_analysis(
    set: &QuestionSet,
    number: u8,
    rows: &[&[Option<u8>]],
    keys: &[u64],
    least: usize,
    too_few: bool,
    protection: Protection,
    statements: &mut [StatementAnalysis],
) -> AreaAnalysis {
    let members: Vec<usize> = set
        .statements
        .iter()
        .enumerate()
        .filter(|(_, s)| s.area() == number)
        .map(|(i, _)| i)
        .collect();
    let mut cell = CellKey::default();
    let complete: Vec<Vec<f64>> = rows
        .iter()
        .zip(keys)
        .filter_map(|(r, &k)| {
            let row: Option<Vec<f64>> = members.iter().map(|&i| r[i].map(f64::from)).collect();
            if row.is_some() {
                cell.add(k);
            }
            row
        })
        .collect();
    let area_few = too_few || complete.len() < least;
    // A coefficient with its noise, in a protected analysis.
    let coefficient = |v: Option<f64>, place: u32| {
        v.map(|v| match protection {
            Protection::Perturbed => v + cell.coefficient_noise(place),
            Protection::Exact => v,
        })
    };
    let mut flags = Vec::new();
    let alpha = coefficient(
        (!area_few).then(|| cronbach_alpha(&complete)).flatten(),
        u32::from(number),
    );
    if alpha.is_some_and(|a| a < MIN_ALPHA) {
        flags.push(Flag::LowAlpha);
    }
    if complete.len() < RELIABLE_N {
        flags.push(Flag::Unreliable);
    }
    if !area_few {
        for (k, &i) in members.iter().enumerate() {
            let place = 1000 + u32::try_from(i).unwrap_or(0);
            let item = &mut statements[i];
            item.item_rest = coefficient(item_rest(&complete, k), place);
            item.alpha_if_deleted =
                coefficient(cronbach_alpha(&without(&complete, k)), place + 1000);
            if item.item_rest.is_some_and(|r| r < MIN_ITEM_REST) {
                item.flags.push(Flag::LowItemRest);
            }
        }
    }
    AreaAnalysis {
        area: number,
        statements: members.len(),
        n: complete.len(),
        alpha,
        flags,
    }
}

/// A statement's own figures (the area's are filled in by [`analyze`]) from
/// its `values` (perturbed answers in a protected analysis).
fn describe_item(
    set: &QuestionSet,
    code: StatementCode,
    values: &[f64],
    too_few: bool,
    protection: Protection,
) -> StatementAnalysis {
    let n = values.len();
    let shown = n > 0 && !too_few;
    let (min, max) = (set.scale.min, set.scale.max);
    let share = |end: u8| {
        let c = values
            .iter()
            .filter(|&&v| point(v, min, max) == end)
            .count();
        c as f64 / n as f64
    };
    let mean = shown.then(|| values.iter().sum::<f64>() / n as f64);
    let sd = mean
        .and_then(|m| sample_sd(values, m))
        .map(|sd| match protection {
            Protection::Perturbed => corrected_sd(sd * sd, answer_noise_variance()),
            Protection::Exact => sd,
        });
    let (floor, ceiling) = if shown {
        (Some(share(min)), Some(share(max)))
    } else {
        (None, None)
    };
    let mut flags = Vec::new();
    if ceiling.is_some_and(|c| c > MAX_END_SHARE) {
        flags.push(Flag::Ceiling);
    }
    if floor.is_some_and(|f| f > MAX_END_SHARE) {
        flags.push(Flag::Floor);
    }
    StatementAnalysis {
        code,
        n,
        mean,
        sd,
        floor,
        ceiling,
        item_rest: None,
        alpha_if_deleted: None,
        flags,
    }
}

/// The sample variance; `None` below two values.
fn variance(values: &[f64]) -> Option<f64> {
    let n = values.len();
    if n < 2 {
        return None;
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    Some(values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n as f64 - 1.0))
}

/// Cronbach's alpha of complete rows (one value per item):
/// k/(k−1) · (1 − Σ item variances / variance of the sums). `None` for fewer than
/// two items or two rows, or when the sums do not vary.
pub fn cronbach_alpha(rows: &[Vec<f64>]) -> Option<f64> {
    let k = rows.first()?.len();
    if k < 2 {
        return None;
    }
    let item_vars: Option<Vec<f64>> = (0..k)
        .map(|j| variance(&rows.iter().map(|r| r[j]).collect::<Vec<_>>()))
        .collect();
    let sums: Vec<f64> = rows.iter().map(|r| r.iter().sum()).collect();
    let total = variance(&sums).filter(|v| *v > 0.0)?;
    let k = k as f64;
    Some(k / (k - 1.0) * (1.0 - item_vars?.iter().sum::<f64>() / total))
}

/// The Pearson correlation of item `j` with the sum of the other items.
pub fn item_rest(rows: &[Vec<f64>], j: usize) -> Option<f64> {
    let item: Vec<f64> = rows.iter().map(|r| r[j]).collect();
    let rest: Vec<f64> = rows.iter().map(|r| r.iter().sum::<f64>() - r[j]).collect();
    pearson(&item, &rest)
}

/// The Pearson correlation; `None` for fewer than two pairs or no variation.
fn pearson(x: &[f64], y: &[f64]) -> Option<f64> {
    let n = x.len();
    if n < 2 || n != y.len() {
        return None;
    }
    let (mx, my) = (
        x.iter().sum::<f64>() / n as f64,
        y.iter().sum::<f64>() / n as f64,
    );
    let cov: f64 = x.iter().zip(y).map(|(a, b)| (a - mx) * (b - my)).sum();
    let sx: f64 = x.iter().map(|a| (a - mx).powi(2)).sum();
    let sy: f64 = y.iter().map(|b| (b - my).powi(2)).sum();
    (sx > 0.0 && sy > 0.0).then(|| cov / (sx * sy).sqrt())
}

/// The rows without item `j`.
fn without(rows: &[Vec<f64>], j: usize) -> Vec<Vec<f64>> {
    rows.iter()
        .map(|r| {
            r.iter()
                .enumerate()
                .filter(|&(i, _)| i != j)
                .map(|(_, &v)| v)
                .collect()
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Four respondents, three items:
    ///   R1 1 2 2 · R2 2 3 3 · R3 3 3 4 · R4 4 5 5
    fn rows() -> Vec<Vec<f64>> {
        [
            [1.0, 2.0, 2.0],
            [2.0, 3.0, 3.0],
            [3.0, 3.0, 4.0],
            [4.0, 5.0, 5.0],
        ]
        .iter()
        .map(|r| r.to_vec())
        .collect()
    }

    #[test]
    fn alpha_by_hand() {
        // Item variances (n − 1 = 3): item 1: deviations ±1.5, ±0.5, squares sum 5,
        // so 5/3; item 2 (2,3,3,5, mean 3.25): 4.75/3; item 3: 5/3. Σ = 14.75/3.
        // Sums 5, 8, 10, 14 (mean 9.25): squares 18.0625 + 1.5625 + 0.5625 +
        // 22.5625 = 42.75, variance 14.25 = 42.75/3.
        // alpha = 3/2 · (1 − 14.75/42.75) = 3/2 · 28/42.75 = 42/42.75 = 56/57.
        let a = cronbach_alpha(&rows()).expect("alpha");
        assert!((a - 56.0 / 57.0).abs() < 1e-12, "{a}");
    }

    #[test]
    fn item_rest_and_alpha_if_deleted_by_hand() {
        // Item 1 against items 2 + 3 = 4, 6, 7, 10 (mean 6.75): deviations
        // −1.5/−2.75, −0.5/−0.75, 0.5/0.25, 1.5/3.25; products sum 9.5; squares
        // 5 and 18.75; r = 9.5 / √(5 · 18.75) = 9.5 / √93.75.
        let r = item_rest(&rows(), 0).expect("r");
        assert!((r - 9.5 / 93.75f64.sqrt()).abs() < 1e-12, "{r}");
        // Without item 1: items 2 and 3, variances 4.75/3 and 5/3; their sums
        // (the rest above) vary by 18.75/3 = 6.25. alpha = 2 · (1 − 3.25/6.25) = 0.96.
        let a = cronbach_alpha(&without(&rows(), 0)).expect("alpha");
        assert!((a - 0.96).abs() < 1e-12, "{a}");
    }

    #[test]
    fn nothing_to_divide_by_is_none() {
        assert_eq!(cronbach_alpha(&[]), None);
        assert_eq!(cronbach_alpha(&[vec![1.0, 2.0]]), None, "one row");
        assert_eq!(cronbach_alpha(&[vec![3.0, 3.0], vec![3.0, 3.0]]), None);
        assert_eq!(pearson(&[1.0, 1.0], &[1.0, 2.0]), None);
    }

    /// The answers as values, each moved by `by` (a stand-in for noise).
    fn values(rows: &[Vec<Option<u8>>], by: f64) -> Vec<Vec<Option<f64>>> {
        rows.iter()
            .map(|r| r.iter().map(|c| c.map(|v| f64::from(v) + by)).collect())
            .collect()
    }

    #[test]
    fn fewer_than_three_show_only_n() {
        let set = crate::model::attempt::fixtures::v1();
        let rows = vec![vec![Some(7); set.statements.len()]; 2];
        let refs: Vec<&[Option<u8>]> = rows.iter().map(Vec::as_slice).collect();
        let vals = values(&rows, 0.0);
        let vrefs: Vec<&[Option<f64>]> = vals.iter().map(Vec::as_slice).collect();
        let a = analyze(&set, &refs, &vrefs, &[1, 2], Protection::Exact);
        assert!(a.too_few);
        assert_eq!(a.statements[0].n, 2);
        assert_eq!(a.statements[0].mean, None);
        assert_eq!(a.statements[0].ceiling, None);
        assert_eq!(a.areas[0].alpha, None);
    }

    #[test]
    fn a_protected_analysis_shows_nothing_of_fewer_than_ten_and_perturbs_the_rest() {
        let set = crate::model::attempt::fixtures::v1();
        let rows: Vec<Vec<Option<u8>>> = (0..12u8)
            .map(|i| {
                (0..set.statements.len())
                    .map(|s| Some((i + s as u8) % 7 + 1))
                    .collect()
            })
            .collect();
        let refs: Vec<&[Option<u8>]> = rows.iter().map(Vec::as_slice).collect();
        let keys: Vec<u64> = (0..12u64).map(|k| k * 7919 + 1).collect();
        // Values moved up by 0.6: a ceiling counts those that round to 7.
        let moved = values(&rows, 0.6);
        let moved: Vec<&[Option<f64>]> = moved.iter().map(Vec::as_slice).collect();
        let exact_values = values(&rows, 0.0);
        let exact_values: Vec<&[Option<f64>]> = exact_values.iter().map(Vec::as_slice).collect();
        let few = analyze(
            &set,
            &refs[..9],
            &moved[..9],
            &keys[..9],
            Protection::Perturbed,
        );
        assert!(few.too_few);
        assert_eq!(few.statements[0].mean, None);
        let exact = analyze(&set, &refs, &exact_values, &keys, Protection::Exact);
        let noisy = analyze(&set, &refs, &moved, &keys, Protection::Perturbed);
        let (e, p) = (&exact.statements[0], &noisy.statements[0]);
        // The mean is the values' mean: the exact one plus 0.6.
        assert!((p.mean.expect("mean") - e.mean.expect("mean") - 0.6).abs() < 1e-12);
        // Statement 0 gets 1, 2, …, 7, 1, …, 5: the ceiling is 7 (one of 12)
        // exactly; moved by 0.6, the 6 rounds to 7 too: two of 12.
        assert!((e.ceiling.expect("ceiling") - 1.0 / 12.0).abs() < 1e-12);
        assert!((p.ceiling.expect("ceiling") - 2.0 / 12.0).abs() < 1e-12);
        let (e_r, p_r) = (e.item_rest.expect("r"), p.item_rest.expect("r"));
        assert!((e_r - p_r).abs() <= COEFFICIENT_NOISE + 1e-12);
        // The same people, the same figures.
        assert_eq!(
            noisy,
            analyze(&set, &refs, &moved, &keys, Protection::Perturbed)
        );
    }
}
