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
use crate::model::score::mean;
use crate::model::stats::{stats, Stats};
use crate::workshop::parse::Row;
use crate::workshop::read::{BadFile, Loaded};
use crate::workshop::rounds::{look_alike, round_key, Merges, Spellings};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

pub use crate::model::record::GroupBy;

/// One area's figures in a group: over the respondents' area means, and the
/// shares over every rating in the area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaFigures {
    pub area: u8,
    #[serde(flatten)]
    pub stats: Stats,
    pub share_high: f64,
    pub share_low: f64,
}

/// One statement's figures in a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementFigures {
    pub code: StatementCode,
    #[serde(flatten)]
    pub stats: Stats,
    /// How many rated each point of the scale, from `min` to `max`.
    pub distribution: Vec<usize>,
    pub share_high: f64,
    pub share_low: f64,
}

/// One group's profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The label, role or workplace as most people wrote it; `null` for everyone,
    /// or for the records without one.
    pub name: Option<String>,
    /// What the group is compared by (see [`round_key`]).
    #[serde(skip)]
    pub key: Option<String>,
    pub respondents: usize,
    /// `null` for a group smaller than the minimum.
    pub overall: Option<Stats>,
    /// Empty for a group smaller than the minimum.
    pub areas: Vec<AreaFigures>,
    /// Empty for a group smaller than the minimum.
    pub statements: Vec<StatementFigures>,
    /// The lowest statements by mean, lowest first (empty for a small group).
    pub priorities: Vec<StatementCode>,
    pub too_small: bool,
}

/// One area's paired change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaPaired {
    pub area: u8,
    #[serde(flatten)]
    pub paired: Paired,
}

/// The change for the people who answered both rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairedChange {
    /// People only in the first round, or only in the second: left out.
    pub only_from: usize,
    pub only_to: usize,
    pub areas: Vec<AreaPaired>,
    pub overall: Paired,
}

/// The change between two rounds (labels): never between workplaces or roles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub from: Option<String>,
    pub to: Option<String>,
    /// The positions of the two rounds in the report's groups.
    #[serde(skip)]
    pub groups: (usize, usize),
    /// Change of the round's area mean (unpaired: two groups' means), per area
    /// number; empty when either round is smaller than the minimum group.
    pub areas: Vec<(u8, f64)>,
    pub overall: Option<f64>,
    /// The biggest rises of statement means (only when both rounds are big enough).
    pub biggest_gains: Vec<(StatementCode, f64)>,
    pub paired: PairedChange,
}

/// Two rounds whose labels still look like one (a prefix, or a small edit apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LookAlike {
    pub a: String,
    pub b: String,
}

/// The whole group report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    pub question_set: SetRef,
    pub files_read: usize,
    pub skipped_files: Vec<BadFile>,
    pub records_read: usize,
    pub duplicates_dropped: usize,
    /// Distinct respondents over all groups.
    pub respondents: usize,
    /// Respondents whose records came from more than one file: worth a look, since
    /// one person's records normally travel in one export.
    pub respondents_in_several_files: usize,
    pub high: u8,
    pub low: u8,
    /// No figure is shown about fewer people than this.
    pub min_group: usize,
    pub group_by: Option<GroupBy>,
    pub groups: Vec<Group>,
    /// Rounds that may be one, with a hint to `--merge` them.
    pub look_alike: Vec<LookAlike>,
    pub comparison: Option<Comparison>,
}

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
#[error("no round is labelled '{0}'")]
pub struct UnknownRound(pub String);

/// Builds the group report from loaded records.
pub fn aggregate(
    set: &QuestionSet,
    loaded: Loaded,
    opts: &Options,
) -> Result<Report, UnknownRound> {
    let records_read = loaded.records.len();
    let rows = loaded.records;
    let unique = unique(&rows);
    let duplicates_dropped = records_read - unique.len();
    let (respondents, respondents_in_several_files) = count_respondents(&unique);
    let mut spellings = Spellings::default();
    let key = |r: &Row| -> Option<String> {
        let text = match opts.group_by {
            None => None,
            Some(GroupBy::Label) => r.label.as_deref(),
            Some(GroupBy::Role) => r.role.as_deref(),
            Some(GroupBy::Workplace) => r.workplace.as_deref(),
        }?;
        Some(opts.merges.resolve(&round_key(text)))
    };
    // (first position in the input, records) per group key.
    let mut groups: HashMap<Option<String>, FirstSeen<'_>> = HashMap::new();
    for (i, r) in unique.into_iter().enumerate() {
        let k = key(r);
        if let (Some(k), Some(text)) = (&k, group_text(r, opts.group_by)) {
            spellings.add(k, text);
        }
        groups.entry(k).or_insert((i, Vec::new())).1.push(r);
    }
    let mut ordered: Vec<(Option<String>, FirstSeen<'_>)> = groups.into_iter().collect();
    // Earliest date first, so "före" comes before "efter"; on the same date, the
    // order in which the groups first appear in the files.
    ordered.sort_by(|a, b| {
        earliest(&a.1 .1)
            .cmp(&earliest(&b.1 .1))
            .then(a.1 .0.cmp(&b.1 .0))
    });
    let areas = AreaIndex::new(set);
    let latest: Vec<(Option<String>, Vec<&Row>)> = ordered
        .into_iter()
        .map(|(k, (_, rows))| (k, latest_per_respondent(rows)))
        .collect();
    let groups: Vec<Group> = latest
        .iter()
        .map(|(k, rows)| {
            let name = k.as_ref().and_then(|k| spellings.shown(k));
            group(set, &areas, name, k.clone(), rows, opts)
        })
        .collect();
    let comparison = if opts.group_by == Some(GroupBy::Label) {
        comparison(&areas, &groups, &latest, opts)?
    } else {
        None
    };
    Ok(Report {
        question_set: SetRef::of(set),
        files_read: loaded.files_read,
        skipped_files: loaded.bad,
        records_read,
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

/// The text a record is grouped by.
fn group_text(r: &Row, by: Option<GroupBy>) -> Option<&str> {
    match by? {
        GroupBy::Label => r.label.as_deref(),
        GroupBy::Role => r.role.as_deref(),
        GroupBy::Workplace => r.workplace.as_deref(),
    }
}

/// Distinct respondents, and those of them whose records came from several files.
fn count_respondents(rows: &[&Row]) -> (usize, usize) {
    let mut files_of: HashMap<&str, (usize, bool)> = HashMap::new();
    for r in rows {
        let entry = files_of
            .entry(r.respondent.as_str())
            .or_insert((r.file, false));
        entry.1 |= entry.0 != r.file;
    }
    let several = files_of.values().filter(|(_, several)| *several).count();
    (files_of.len(), several)
}

/// Pairs of groups whose keys look like one round.
fn look_alikes(groups: &[Group]) -> Vec<LookAlike> {
    let mut out = Vec::new();
    for (i, a) in groups.iter().enumerate() {
        for b in &groups[i + 1..] {
            if let (Some(ka), Some(kb)) = (&a.key, &b.key) {
                if look_alike(ka, kb) {
                    out.push(LookAlike {
                        a: a.name.clone().unwrap_or_default(),
                        b: b.name.clone().unwrap_or_default(),
                    });
                }
            }
        }
    }
    out
}

/// The comparison of two rounds: the ones `--compare` names, else the earliest
/// and the latest labelled round.
fn comparison(
    index: &AreaIndex,
    groups: &[Group],
    latest: &[(Option<String>, Vec<&Row>)],
    opts: &Options,
) -> Result<Option<Comparison>, UnknownRound> {
    let labelled: Vec<usize> = (0..groups.len())
        .filter(|&i| groups[i].key.is_some())
        .collect();
    let (from, to) = match &opts.compare {
        Some((a, b)) => {
            let find = |label: &str| {
                let wanted = opts.merges.resolve(&round_key(label));
                labelled
                    .iter()
                    .copied()
                    .find(|&i| groups[i].key.as_deref() == Some(wanted.as_str()))
                    .ok_or_else(|| UnknownRound(label.to_string()))
            };
            (find(a)?, find(b)?)
        }
        None => match (labelled.first(), labelled.last()) {
            (Some(&a), Some(&b)) if a != b => (a, b),
            _ => return Ok(None),
        },
    };
    let paired = paired_change(index, &latest[from].1, &latest[to].1, opts.min_group);
    let mut c = compare(&groups[from], &groups[to], paired);
    c.groups = (from, to);
    Ok(Some(c))
}

/// A group's rows with the position where the group first appeared in the input.
type FirstSeen<'a> = (usize, Vec<&'a Row>);

fn earliest(rows: &[&Row]) -> Option<RecordDate> {
    rows.iter().filter_map(|r| r.date).min()
}

/// The rows without exact duplicates: the same attempt given twice (two exports
/// of one person).
pub fn unique(rows: &[Row]) -> Vec<&Row> {
    let mut seen: HashSet<(&str, &str)> = HashSet::with_capacity(rows.len());
    rows.iter()
        .filter(|r| seen.insert((r.respondent.as_str(), r.attempt_id.as_str())))
        .collect()
}

/// Keeps each respondent's latest row (by date; on the same date, the later one in
/// the input).
pub fn latest_per_respondent(rows: Vec<&Row>) -> Vec<&Row> {
    let mut latest: HashMap<&str, usize> = HashMap::with_capacity(rows.len());
    let mut kept: Vec<&Row> = Vec::with_capacity(rows.len());
    for r in rows {
        match latest.get(r.respondent.as_str()) {
            Some(&i) if kept[i].date > r.date => {}
            Some(&i) => kept[i] = r,
            None => {
                latest.insert(r.respondent.as_str(), kept.len());
                kept.push(r);
            }
        }
    }
    kept
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

fn share(values: &[u8], pred: impl Fn(u8) -> bool) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().filter(|&&v| pred(v)).count() as f64 / values.len() as f64
    }
}

fn answered(values: impl Iterator<Item = Option<u8>>) -> Vec<u8> {
    values.flatten().collect()
}

fn group(
    set: &QuestionSet,
    index: &AreaIndex,
    name: Option<String>,
    key: Option<String>,
    rows: &[&Row],
    opts: &Options,
) -> Group {
    let respondents = rows.len();
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
            too_small: true,
        };
    }
    let areas = index
        .areas
        .iter()
        .filter_map(|(area, members)| {
            let mut all = Vec::with_capacity(rows.len() * members.len());
            let means: Vec<f64> = rows
                .iter()
                .filter_map(|r| {
                    let values = answered(members.iter().map(|&i| r.ratings[i]));
                    all.extend_from_slice(&values);
                    mean(&values)
                })
                .collect();
            stats(&means).map(|stats| AreaFigures {
                area: *area,
                stats,
                share_high: share(&all, |v| v >= opts.high),
                share_low: share(&all, |v| v <= opts.low),
            })
        })
        .collect();
    let overall_means: Vec<f64> = rows
        .iter()
        .filter_map(|r| mean(&answered(r.ratings.iter().copied())))
        .collect();

    let mut statements = Vec::new();
    {
        for (i, st) in set.statements.iter().enumerate() {
            let values = answered(rows.iter().map(|r| r.ratings[i]));
            let as_f64: Vec<f64> = values.iter().map(|&v| f64::from(v)).collect();
            if let Some(stats) = stats(&as_f64) {
                let mut distribution = vec![0; set.scale.points()];
                for &v in &values {
                    distribution[usize::from(v - set.scale.min)] += 1;
                }
                statements.push(StatementFigures {
                    code: st.code,
                    stats,
                    distribution,
                    share_high: share(&values, |v| v >= opts.high),
                    share_low: share(&values, |v| v <= opts.low),
                });
            }
        }
    }
    let mut by_mean: Vec<&StatementFigures> = statements.iter().collect();
    by_mean.sort_by(|a, b| a.stats.mean.total_cmp(&b.stats.mean));
    let priorities = by_mean
        .iter()
        .take(opts.priorities)
        .map(|s| s.code)
        .collect();

    Group {
        name,
        key,
        respondents,
        overall: stats(&overall_means),
        areas,
        statements,
        priorities,
        too_small: false,
    }
}

/// The mean of a row's answers to the statements at `members` (every statement
/// when `None`).
fn row_mean(r: &Row, members: Option<&[usize]>) -> Option<f64> {
    match members {
        Some(m) => mean(&answered(m.iter().map(|&i| r.ratings[i]))),
        None => mean(&answered(r.ratings.iter().copied())),
    }
}

/// The change for the respondents in both rounds, per area and overall.
fn paired_change(index: &AreaIndex, from: &[&Row], to: &[&Row], min: usize) -> PairedChange {
    let before: HashMap<&str, &Row> = from.iter().map(|r| (r.respondent.as_str(), *r)).collect();
    let both: Vec<(&Row, &Row)> = to
        .iter()
        .filter_map(|r| before.get(r.respondent.as_str()).map(|b| (*b, *r)))
        .collect();
    let changes = |members: Option<&[usize]>| -> Paired {
        let diffs: Vec<f64> = both
            .iter()
            .filter_map(|(b, a)| Some(row_mean(a, members)? - row_mean(b, members)?))
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
