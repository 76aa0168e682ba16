//! The group's figures: duplicates dropped, each respondent's latest record per
//! group, then per group the area and statement statistics, the priorities, and
//! the change from the first group to the last.

use crate::model::attempt::SetRef;
use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;
use crate::model::record::RecordDate;
use crate::model::score::mean;
use crate::model::stats::{stats, Stats, MIN_GROUP};
use crate::workshop::parse::Row;
use crate::workshop::read::{BadFile, Loaded};
use serde::Serialize;
use std::collections::{HashMap, HashSet};

/// What to split the respondents by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    Label,
    Role,
    Workplace,
}

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
    /// The label, role or workplace; `null` for everyone or for records without one.
    pub name: Option<String>,
    pub respondents: usize,
    pub overall: Option<Stats>,
    pub areas: Vec<AreaFigures>,
    /// Empty when the group has fewer than [`MIN_GROUP`] respondents.
    pub statements: Vec<StatementFigures>,
    /// The lowest statements by mean, lowest first (empty for a small group).
    pub priorities: Vec<StatementCode>,
    pub too_small: bool,
}

/// The change between the first and the last group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub from: Option<String>,
    pub to: Option<String>,
    /// Change of the area mean, per area number.
    pub areas: Vec<(u8, f64)>,
    pub overall: Option<f64>,
    /// The biggest rises of statement means (only when both groups are big enough).
    pub biggest_gains: Vec<(StatementCode, f64)>,
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
    pub group_by: Option<GroupBy>,
    pub groups: Vec<Group>,
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
}

/// Builds the group report from loaded records.
pub fn aggregate(set: &QuestionSet, loaded: Loaded, opts: &Options) -> Report {
    let records_read = loaded.records.len();
    let rows = loaded.records;
    let unique = unique(&rows);
    let duplicates_dropped = records_read - unique.len();
    let mut files_of: HashMap<&str, (usize, bool)> = HashMap::new();
    for r in &unique {
        let entry = files_of
            .entry(r.respondent.as_str())
            .or_insert((r.file, false));
        entry.1 |= entry.0 != r.file;
    }
    let respondents = files_of.len();
    let respondents_in_several_files = files_of.values().filter(|(_, several)| *several).count();

    let key = |r: &Row| -> Option<String> {
        match opts.group_by {
            None => None,
            Some(GroupBy::Label) => r.label.clone(),
            Some(GroupBy::Role) => r.role.clone(),
            Some(GroupBy::Workplace) => r.workplace.clone(),
        }
    };
    // (first position in the input, records) per group key.
    let mut groups: HashMap<Option<String>, FirstSeen<'_>> = HashMap::new();
    for (i, r) in unique.into_iter().enumerate() {
        groups.entry(key(r)).or_insert((i, Vec::new())).1.push(r);
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
    let groups: Vec<Group> = ordered
        .into_iter()
        .map(|(name, (_, rows))| group(set, &areas, name, &latest_per_respondent(rows), opts))
        .collect();
    let comparison = (groups.len() >= 2).then(|| compare(&groups[0], &groups[groups.len() - 1]));

    Report {
        question_set: SetRef::of(set),
        files_read: loaded.files_read,
        skipped_files: loaded.bad,
        records_read,
        duplicates_dropped,
        respondents,
        respondents_in_several_files,
        high: opts.high,
        low: opts.low,
        group_by: opts.group_by,
        groups,
        comparison,
    }
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
    rows: &[&Row],
    opts: &Options,
) -> Group {
    let respondents = rows.len();
    let too_small = respondents < MIN_GROUP;
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
    if !too_small {
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
        respondents,
        overall: stats(&overall_means),
        areas,
        statements,
        priorities,
        too_small,
    }
}

fn compare(from: &Group, to: &Group) -> Comparison {
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
    }
}
