//! The group's figures: duplicates dropped, each respondent's latest record per
//! group, then per group the area and statement statistics and the priorities,
//! and between two rounds the change, unpaired and for the people in both.
//!
//! A group, a round or a paired comparison of fewer than the minimum group shows
//! how many people it has and nothing else.

use crate::model::attempt::SetRef;
use crate::model::code::StatementCode;
use crate::model::paired::{paired, Paired};
use crate::model::question_set::QuestionSet;
use crate::model::record::RecordDate;
use crate::model::stats::{first_with_ties, stats, stats_of_counts};
use crate::workshop::read::Loaded;
use crate::workshop::rounds::{look_alike, round_key, Merges, Spellings};
use crate::workshop::rows::{Cell, Rows};
use ahash::AHashMap;
use std::collections::hash_map::Entry;

pub use crate::model::record::GroupBy;
use crate::workshop::report::{
    AreaFigures, AreaPaired, Comparison, Group, LookAlike, PairedChange, Report, StatementFigures,
};

/// Options of the aggregation.
#[derive(Debug, Clone)]
pub struct Options {
    pub group_by: Option<GroupBy>,
    pub high: u8,
    pub low: u8,
    /// How many priorities to name.
    pub priorities: usize,
    /// No figure about fewer people than this (at least 3).
    pub min_group: usize,
    /// Labels joined into one round.
    pub merges: Merges,
    /// The two rounds to compare, as given; else the earliest and the latest.
    pub compare: Option<(String, String)>,
}

/// A round named in `--compare` that no record has.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub struct UnknownRound(pub String);

/// Builds the group report from loaded records.
pub fn aggregate(
    set: &QuestionSet,
    loaded: Loaded,
    opts: &Options,
) -> Result<Report, UnknownRound> {
    let rows = &loaded.rows;
    let kept = unique(rows);
    let duplicates_dropped = rows.len() - kept.len();
    let (respondents, respondents_in_several_files) = count_respondents(rows, &kept);
    let keys = GroupKeys::new(rows, &kept, &opts.merges);
    // The kept rows of each group key, with where the group first appeared.
    // By key number, after the rows without a group: keys are numbered densely.
    let mut groups: Vec<Option<FirstSeen>> = vec![None; keys.texts.len() + 1];
    for (pos, &i) in kept.iter().enumerate() {
        let slot = rows.meta[i as usize]
            .group
            .map_or(0, |g| keys.of_group[g as usize] as usize + 1);
        groups[slot].get_or_insert((pos, Vec::new())).1.push(i);
    }
    let mut ordered: Vec<(Option<u32>, FirstSeen)> = groups
        .into_iter()
        .enumerate()
        .filter_map(|(slot, g)| {
            let key = slot
                .checked_sub(1)
                .map(|k| u32::try_from(k).unwrap_or(u32::MAX));
            g.map(|g| (key, g))
        })
        .collect();
    // Earliest date first, so "före" comes before "efter"; on the same date, the
    // order in which the groups first appear in the files.
    ordered.sort_by(|a, b| {
        earliest(rows, &a.1 .1)
            .cmp(&earliest(rows, &b.1 .1))
            .then(a.1 .0.cmp(&b.1 .0))
    });
    let index = AreaIndex::new(set);
    let latest: Vec<(Option<u32>, Vec<u32>)> = ordered
        .into_iter()
        .map(|(k, (_, members))| (k, latest_per_respondent(rows, &members)))
        .collect();
    let groups: Vec<Group> = latest
        .iter()
        .map(|(k, members)| {
            let name = k.map(|k| keys.shown[k as usize].clone());
            let key = k.map(|k| keys.texts[k as usize].clone());
            group(set, &index, rows, name, key, members, opts)
        })
        .collect();
    let comparison = if opts.group_by == Some(GroupBy::Label) {
        comparison(&index, rows, &groups, &latest, opts)?
    } else {
        None
    };
    Ok(Report {
        question_set: SetRef::of(set),
        files_read: loaded.files_read,
        skipped_files: loaded.bad,
        records_read: rows.len(),
        duplicates_dropped,
        respondents,
        respondents_in_several_files,
        high: opts.high,
        low: opts.low,
        min_group: opts.min_group,
        group_by: opts.group_by,
        look_alike: look_alikes(&groups),
        groups,
        comparison,
    })
}

/// A group's rows, with the position where the group first appeared in the input.
type FirstSeen = (usize, Vec<u32>);

/// The groups' keys: each distinct label (or role, workplace) as compared (see
/// [`round_key`]) after the merges, and how each key is shown (its most common
/// spelling).
struct GroupKeys {
    /// The key number of each distinct group text of the rows.
    of_group: Vec<u32>,
    /// The key texts, by key number.
    texts: Vec<String>,
    /// How each key is shown.
    shown: Vec<String>,
}

impl GroupKeys {
    fn new(rows: &Rows, kept: &[u32], merges: &Merges) -> Self {
        let mut counts = vec![0usize; rows.groups.len()];
        for &i in kept {
            if let Some(g) = rows.meta[i as usize].group {
                counts[g as usize] += 1;
            }
        }
        let mut numbers: AHashMap<String, u32> = AHashMap::new();
        let mut texts = Vec::new();
        let mut spellings = Spellings::default();
        let of_group = (0..rows.groups.len())
            .map(|g| {
                let text = rows.groups.text(g as u32);
                let key = merges.resolve(&round_key(text));
                for _ in 0..counts[g] {
                    spellings.add(&key, text);
                }
                *numbers.entry(key.clone()).or_insert_with(|| {
                    texts.push(key);
                    u32::try_from(texts.len() - 1).unwrap_or(u32::MAX)
                })
            })
            .collect();
        let shown = texts
            .iter()
            .map(|k| spellings.shown(k).unwrap_or_default())
            .collect();
        GroupKeys {
            of_group,
            texts,
            shown,
        }
    }
}

/// Distinct respondents, and those of them whose records came from several files.
fn count_respondents(rows: &Rows, kept: &[u32]) -> (usize, usize) {
    // Respondents are numbered densely: a table beats a map.
    let mut first_file: Vec<Option<(u32, bool)>> = vec![None; rows.respondents.len()];
    for &i in kept {
        let m = &rows.meta[i as usize];
        let slot = &mut first_file[m.respondent as usize];
        match slot {
            None => *slot = Some((m.file, false)),
            Some((file, several)) => *several |= *file != m.file,
        }
    }
    let seen = first_file.iter().flatten();
    let several = seen.clone().filter(|(_, s)| *s).count();
    (seen.count(), several)
}

/// The `n` statements with the lowest mean, lowest first, and how many more
/// share the last one's mean as shown.
fn lowest(statements: &[StatementFigures], n: usize) -> (Vec<StatementCode>, usize) {
    let mut by_mean: Vec<&StatementFigures> = statements.iter().collect();
    by_mean.sort_by(|a, b| a.stats.mean.total_cmp(&b.stats.mean));
    // Tied as shown: half away from zero to one decimal, as every mean is.
    let (lowest, tied) = first_with_ties(by_mean, n, |s| (s.stats.mean * 10.0).round() as i64);
    (lowest.iter().map(|s| s.code).collect(), tied)
}

/// Pairs of groups whose keys look like one round.
fn look_alikes(groups: &[Group]) -> Vec<LookAlike> {
    let mut out = Vec::new();
    for (i, a) in groups.iter().enumerate() {
        for b in &groups[i + 1..] {
            if let (Some(ka), Some(kb)) = (&a.key, &b.key) {
                if look_alike(ka, kb) {
                    // The hint folds the smaller round into the larger.
                    let (from, into) = if a.respondents <= b.respondents {
                        (a, b)
                    } else {
                        (b, a)
                    };
                    out.push(LookAlike {
                        a: from.name.clone().unwrap_or_default(),
                        b: into.name.clone().unwrap_or_default(),
                    });
                }
            }
        }
    }
    out
}

/// The comparison of two rounds: the ones `--compare` names, else the earliest
/// and the latest labelled round of at least the minimum group's size (any two
/// when fewer than two are that big).
fn comparison(
    index: &AreaIndex,
    rows: &Rows,
    groups: &[Group],
    latest: &[(Option<u32>, Vec<u32>)],
    opts: &Options,
) -> Result<Option<Comparison>, UnknownRound> {
    let labelled: Vec<usize> = (0..groups.len())
        .filter(|&i| groups[i].key.is_some())
        .collect();
    let (from, to) = if let Some((a, b)) = &opts.compare {
        let find = |label: &str| {
            let wanted = opts.merges.resolve(&round_key(label));
            labelled
                .iter()
                .copied()
                .find(|&i| groups[i].key.as_deref() == Some(wanted.as_str()))
                .ok_or_else(|| UnknownRound(label.to_string()))
        };
        (find(a)?, find(b)?)
    } else {
        // The earliest and the latest round big enough to show; a stray
        // round of one or two people (a misspelt label) would leave the
        // comparison empty.
        let shown: Vec<usize> = labelled
            .iter()
            .copied()
            .filter(|&i| !groups[i].too_small)
            .collect();
        let pick = if shown.len() >= 2 { &shown } else { &labelled };
        let (Some(&a), Some(&b)) = (pick.first(), pick.last()) else {
            return Ok(None);
        };
        if a == b {
            return Ok(None);
        }
        (a, b)
    };
    let paired = paired_change(index, rows, &latest[from].1, &latest[to].1, opts.min_group);
    let mut c = compare(&groups[from], &groups[to], paired);
    c.groups = (from, to);
    Ok(Some(c))
}

fn earliest(rows: &Rows, members: &[u32]) -> Option<RecordDate> {
    members
        .iter()
        .filter_map(|&i| rows.meta[i as usize].date)
        .min()
}

/// The rows without exact duplicates (the same attempt of one respondent given
/// twice, e.g. two exports of one person), in the input's order: of equal ones,
/// the first is kept.
pub fn unique(rows: &Rows) -> Vec<u32> {
    // The rows' attempt keys grouped by respondent (a counting sort: respondents
    // are numbered densely), so that each respondent's few attempts are compared
    // among themselves, next to each other in memory, with no table of them all.
    let mut start = vec![0usize; rows.respondents.len() + 1];
    for m in &rows.meta {
        start[m.respondent as usize + 1] += 1;
    }
    for r in 1..start.len() {
        start[r] += start[r - 1];
    }
    let mut next = start.clone();
    let mut by_respondent = vec![(0u64, 0u32); rows.len()];
    for (i, m) in rows.meta.iter().enumerate() {
        let slot = &mut next[m.respondent as usize];
        by_respondent[*slot] = (m.attempt, u32::try_from(i).unwrap_or(u32::MAX));
        *slot += 1;
    }
    let mut keep = vec![true; rows.len()];
    for w in start.windows(2) {
        let attempts = &mut by_respondent[w[0]..w[1]];
        if attempts.len() > 1 {
            // By attempt, then position: the first of equal attempts is kept.
            attempts.sort_unstable();
            for pair in attempts.windows(2) {
                if pair[0].0 == pair[1].0 {
                    keep[pair[1].1 as usize] = false;
                }
            }
        }
    }
    (0..rows.len())
        .filter(|&i| keep[i])
        .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
        .collect()
}

/// Keeps each respondent's latest row of `members` (by date; on the same date,
/// the later one in the input), in the order respondents first appear.
pub fn latest_per_respondent(rows: &Rows, members: &[u32]) -> Vec<u32> {
    let mut kept: Vec<u32> = Vec::with_capacity(members.len());
    // Where each respondent's row is in `kept`: a table by respondent number when
    // the group holds a fair share of everyone (it is cheaper than a map, but
    // costs its size however small the group), else a map.
    if members.len() >= rows.respondents.len() / 8 {
        let mut at = vec![u32::MAX; rows.respondents.len()];
        for &i in members {
            let slot = &mut at[rows.meta[i as usize].respondent as usize];
            if *slot == u32::MAX {
                *slot = u32::try_from(kept.len()).unwrap_or(u32::MAX);
                kept.push(i);
            } else {
                keep_later(rows, &mut kept[*slot as usize], i);
            }
        }
    } else {
        let mut at: AHashMap<u32, usize> = AHashMap::with_capacity(members.len());
        for &i in members {
            match at.entry(rows.meta[i as usize].respondent) {
                Entry::Occupied(k) => keep_later(rows, &mut kept[*k.get()], i),
                Entry::Vacant(v) => {
                    v.insert(kept.len());
                    kept.push(i);
                }
            }
        }
    }
    kept
}

/// Replaces the row `held` with `later` (further on in the input) unless `held`
/// has the later date.
fn keep_later(rows: &Rows, held: &mut u32, later: u32) {
    if rows.meta[*held as usize].date <= rows.meta[later as usize].date {
        *held = later;
    }
}

/// Which statement positions belong to each declared area, computed once.
struct AreaIndex {
    areas: Vec<(u8, Vec<usize>)>,
}

impl AreaIndex {
    fn new(set: &QuestionSet) -> Self {
        AreaIndex {
            areas: set
                .areas
                .iter()
                .map(|a| {
                    let members = set
                        .statements
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.area() == a.number)
                        .map(|(i, _)| i)
                        .collect();
                    (a.number, members)
                })
                .collect(),
        }
    }
}

/// The mean of the answered cells at `members` (every cell when `None`).
fn cells_mean(cells: &[Cell], members: Option<&[usize]>) -> Option<f64> {
    let (mut sum, mut n) = (0u32, 0u32);
    let mut add = |c: &Cell| {
        if let Some(v) = c {
            sum += u32::from(v.get());
            n += 1;
        }
    };
    match members {
        Some(m) => m.iter().for_each(|&i| add(&cells[i])),
        None => cells.iter().for_each(add),
    }
    (n > 0).then(|| f64::from(sum) / f64::from(n))
}

/// How many gave each rating, per statement: the counts every statement figure
/// comes from (exact on an integer scale).
fn histograms(set: &QuestionSet, rows: &Rows, members: &[u32]) -> Vec<Vec<u64>> {
    let points = set.scale.points();
    let mut counts = vec![vec![0u64; points]; set.statements.len()];
    for &i in members {
        for (s, cell) in rows.ratings(i as usize).iter().enumerate() {
            if let Some(v) = cell {
                counts[s][usize::from(v.get() - set.scale.min)] += 1;
            }
        }
    }
    counts
}

/// The shares of ratings at or above `high` and at or below `low` in `counts`.
fn shares(counts: &[u64], min: u8, high: u8, low: u8) -> (f64, f64) {
    let total: u64 = counts.iter().sum();
    if total == 0 {
        return (0.0, 0.0);
    }
    let at = |keep: &dyn Fn(u8) -> bool| -> u64 {
        counts
            .iter()
            .enumerate()
            .filter(|&(p, _)| keep(min + u8::try_from(p).unwrap_or(u8::MAX)))
            .map(|(_, c)| c)
            .sum()
    };
    (
        at(&|v| v >= high) as f64 / total as f64,
        at(&|v| v <= low) as f64 / total as f64,
    )
}

fn group(
    set: &QuestionSet,
    index: &AreaIndex,
    rows: &Rows,
    name: Option<String>,
    key: Option<String>,
    members: &[u32],
    opts: &Options,
) -> Group {
    let respondents = members.len();
    if respondents < opts.min_group {
        // Its n, and nothing else: no mean, median, spread, share or distribution.
        return Group {
            name,
            key,
            respondents,
            overall: None,
            areas: Vec::new(),
            statements: Vec::new(),
            priorities: Vec::new(),
            priorities_tied: 0,
            too_small: true,
        };
    }
    let counts = histograms(set, rows, members);
    let (min, high, low) = (set.scale.min, opts.high, opts.low);
    let areas = index
        .areas
        .iter()
        .filter_map(|(area, positions)| {
            let means: Vec<f64> = members
                .iter()
                .filter_map(|&i| cells_mean(rows.ratings(i as usize), Some(positions)))
                .collect();
            let mut all = vec![0u64; set.scale.points()];
            for &p in positions {
                all.iter_mut().zip(&counts[p]).for_each(|(a, c)| *a += c);
            }
            let (share_high, share_low) = shares(&all, min, high, low);
            stats(&means).map(|stats| AreaFigures {
                area: *area,
                stats,
                share_high,
                share_low,
            })
        })
        .collect();
    let overall: Vec<f64> = members
        .iter()
        .filter_map(|&i| cells_mean(rows.ratings(i as usize), None))
        .collect();
    let statements: Vec<StatementFigures> = set
        .statements
        .iter()
        .zip(&counts)
        .filter_map(|(st, c)| {
            let (share_high, share_low) = shares(c, min, high, low);
            stats_of_counts(c, min).map(|stats| StatementFigures {
                code: st.code,
                stats,
                distribution: c
                    .iter()
                    .map(|&n| usize::try_from(n).unwrap_or(usize::MAX))
                    .collect(),
                share_high,
                share_low,
            })
        })
        .collect();
    let (priorities, priorities_tied) = lowest(&statements, opts.priorities);
    Group {
        name,
        key,
        respondents,
        overall: stats(&overall),
        areas,
        statements,
        priorities,
        priorities_tied,
        too_small: false,
    }
}

/// The change for the respondents in both rounds, per area and overall.
fn paired_change(
    index: &AreaIndex,
    rows: &Rows,
    from: &[u32],
    to: &[u32],
    min: usize,
) -> PairedChange {
    let before: AHashMap<u32, u32> = from
        .iter()
        .map(|&i| (rows.meta[i as usize].respondent, i))
        .collect();
    let both: Vec<(u32, u32)> = to
        .iter()
        .filter_map(|&i| {
            before
                .get(&rows.meta[i as usize].respondent)
                .map(|&b| (b, i))
        })
        .collect();
    let changes = |members: Option<&[usize]>| -> Paired {
        let diffs: Vec<f64> = both
            .iter()
            .filter_map(|&(b, a)| {
                let after = cells_mean(rows.ratings(a as usize), members)?;
                Some(after - cells_mean(rows.ratings(b as usize), members)?)
            })
            .collect();
        if diffs.len() < min {
            Paired::only_n(diffs.len())
        } else {
            paired(&diffs)
        }
    };
    PairedChange {
        only_from: from.len() - both.len(),
        only_to: to.len() - both.len(),
        areas: index
            .areas
            .iter()
            .map(|(area, members)| AreaPaired {
                area: *area,
                paired: changes(Some(members)),
            })
            .collect(),
        overall: changes(None),
    }
}

fn compare(from: &Group, to: &Group, paired: PairedChange) -> Comparison {
    let areas = to
        .areas
        .iter()
        .filter_map(|t| {
            from.areas
                .iter()
                .find(|f| f.area == t.area)
                .map(|f| (t.area, t.stats.mean - f.stats.mean))
        })
        .collect();
    let overall = to
        .overall
        .as_ref()
        .zip(from.overall.as_ref())
        .map(|(t, f)| t.mean - f.mean);
    let mut gains: Vec<(StatementCode, f64)> = to
        .statements
        .iter()
        .filter_map(|t| {
            from.statements
                .iter()
                .find(|f| f.code == t.code)
                .map(|f| (t.code, t.stats.mean - f.stats.mean))
        })
        .filter(|(_, d)| *d > 0.0)
        .collect();
    gains.sort_by(|a, b| b.1.total_cmp(&a.1));
    gains.truncate(3);
    Comparison {
        from: from.name.clone(),
        to: to.name.clone(),
        areas,
        overall,
        biggest_gains: gains,
        paired,
        groups: (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::rows::Meta;

    /// Rows of (respondent, attempt, day of March 2026).
    fn rows(records: &[(&str, &str, u32)]) -> Rows {
        let mut rows = Rows::new(1);
        for &(respondent, attempt, day) in records {
            let meta = Meta {
                respondent: rows.respondents.intern(respondent),
                group: None,
                date: chrono::NaiveDate::from_ymd_opt(2026, 3, day).map(RecordDate::Day),
                attempt: rows.attempt_key(attempt),
                file: 0,
            };
            rows.push(meta, &[None]);
        }
        rows
    }

    #[test]
    fn the_first_of_equal_attempts_is_kept_in_the_input_order() {
        let r = rows(&[
            ("a", "1", 1),
            ("b", "1", 1),
            ("a", "2", 2),
            ("a", "1", 9),
            ("b", "1", 1),
            ("c", "1", 1),
        ]);
        // b's attempt 1 is not a's: only the repeats of one respondent's attempt go.
        assert_eq!(unique(&r), vec![0, 1, 2, 5]);
    }

    #[test]
    fn the_latest_row_per_respondent_and_the_later_one_on_a_tie() {
        let r = rows(&[
            ("a", "1", 5),
            ("b", "1", 1),
            ("a", "2", 3),
            ("b", "2", 1),
            ("c", "1", 2),
            ("a", "3", 5),
        ]);
        // Everyone: a table by respondent number.
        assert_eq!(
            latest_per_respondent(&r, &[0, 1, 2, 3, 4, 5]),
            vec![5, 3, 4]
        );
        // A small share of many respondents: a map, with the same answer.
        let mut many: Vec<(String, String, u32)> = (0..40)
            .map(|i| (format!("r{i}"), "x".to_string(), 1))
            .collect();
        many.extend([("r7".into(), "y".into(), 1), ("r3".into(), "y".into(), 2)]);
        let refs: Vec<(&str, &str, u32)> = many
            .iter()
            .map(|(r, a, d)| (r.as_str(), a.as_str(), *d))
            .collect();
        let big = rows(&refs);
        assert_eq!(latest_per_respondent(&big, &[3, 7, 40, 41]), vec![41, 40]);
    }
}
