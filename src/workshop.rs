//! The facilitator's side: reading many people's exports, checking and merging
//! them, and the group profile (means, spread, distributions, priorities,
//! before/after). Reading and statistics are pure over the records; output
//! formats live in `workshop_report`.

use crate::attempt::{mean, SetRef};
use crate::export::{unneutralise, ExportFile, Record, EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::questions::QuestionSet;
use serde::Serialize;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Largest export file read; anything bigger is not an export of this tool.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Below this many respondents a group shows no per-statement figures, so that a
/// report never reveals one person's answers.
pub const MIN_GROUP: usize = 3;

/// What to split the respondents by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    Label,
    Role,
    Workplace,
}

/// A file that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadFile {
    pub file: String,
    pub reason: String,
}

/// The records of every readable file, and the files that were not.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Record>,
    pub files_read: usize,
    pub bad: Vec<BadFile>,
}

/// Reads every `.csv` and `.json` file named, or found directly inside a named folder.
pub fn load(set: &QuestionSet, inputs: &[PathBuf]) -> Loaded {
    let mut files = Vec::new();
    let mut loaded = Loaded::default();
    for input in inputs {
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => match std::fs::read_dir(input) {
                Ok(entries) => {
                    let mut inside: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| {
                            matches!(
                                p.extension()
                                    .and_then(|e| e.to_str())
                                    .map(str::to_ascii_lowercase)
                                    .as_deref(),
                                Some("csv" | "json")
                            )
                        })
                        .collect();
                    inside.sort();
                    files.extend(inside);
                }
                Err(e) => loaded
                    .bad
                    .push(bad(input, &format!("cannot read the folder ({e})"))),
            },
            Ok(_) => files.push(input.clone()),
            Err(e) => loaded
                .bad
                .push(bad(input, &format!("cannot read it ({e})"))),
        }
    }
    for file in files {
        match read_file(set, &file) {
            Ok(records) => {
                loaded.files_read += 1;
                loaded.records.extend(records);
            }
            Err(reason) => loaded.bad.push(bad(&file, &reason)),
        }
    }
    loaded
}

fn bad(path: &Path, reason: &str) -> BadFile {
    BadFile {
        file: path.display().to_string(),
        reason: reason.to_string(),
    }
}

/// Reads one export, CSV or JSON by its content, and checks every record.
pub fn read_file(set: &QuestionSet, path: &Path) -> Result<Vec<Record>, String> {
    let meta = std::fs::metadata(path).map_err(|e| format!("cannot read it ({e})"))?;
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{} MB is too large for an export (at most {} MB)",
            meta.len() / 1_000_000,
            MAX_FILE_BYTES / 1_000_000
        ));
    }
    let bytes = std::fs::read(path).map_err(|e| format!("cannot read it ({e})"))?;
    parse(set, &bytes)
}

/// Parses an export from its bytes (JSON when it starts with `{`, else CSV).
pub fn parse(set: &QuestionSet, bytes: &[u8]) -> Result<Vec<Record>, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err("empty file".to_string());
    }
    let records = if text.trim_start().starts_with(['{', '[']) {
        parse_json(text)?
    } else {
        parse_csv(set, text)?
    };
    if records.is_empty() {
        return Err("no records".to_string());
    }
    for (i, r) in records.iter().enumerate() {
        check(set, r).map_err(|e| format!("record {}: {e}", i + 1))?;
    }
    Ok(records)
}

fn parse_json(text: &str) -> Result<Vec<Record>, String> {
    let file: ExportFile =
        serde_json::from_str(text).map_err(|e| format!("not a digikomp JSON export ({e})"))?;
    if file.kind != EXPORT_KIND {
        return Err(format!("not a digikomp export (kind '{}')", file.kind));
    }
    if file.schema_version > EXPORT_SCHEMA_VERSION {
        return Err(format!(
            "export schema version {} is newer than this digikomp reads ({EXPORT_SCHEMA_VERSION}); upgrade digikomp",
            file.schema_version
        ));
    }
    Ok(file.records)
}

fn parse_csv(set: &QuestionSet, text: &str) -> Result<Vec<Record>, String> {
    let first = text.lines().next().unwrap_or("");
    let delimiter = if first.matches(';').count() >= first.matches(',').count() {
        b';'
    } else {
        b','
    };
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter)
        .flexible(false)
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .map_err(|e| format!("not a CSV export ({e})"))?
        .iter()
        .map(|h| h.trim().to_string())
        .collect();
    let find = |name: &str| header.iter().position(|h| h == name);
    let (Some(resp), Some(attempt), Some(set_id), Some(version)) = (
        find("respondent"),
        find("attempt_id"),
        find("question_set"),
        find("question_set_version"),
    ) else {
        return Err("not a digikomp CSV export (columns respondent, attempt_id, question_set, question_set_version are needed)".to_string());
    };
    let optional = |name: &str| find(name);
    let (date, label, workplace, role) = (
        optional("date"),
        optional("label"),
        optional("workplace"),
        optional("role"),
    );
    let code_columns: Vec<(usize, String)> = header
        .iter()
        .enumerate()
        .filter(|(_, h)| h.len() == 3 && h.chars().all(|c| c.is_ascii_digit()))
        .map(|(i, h)| (i, h.clone()))
        .collect();
    if code_columns.is_empty() {
        return Err("no statement columns (three-digit codes) in the header".to_string());
    }
    let mut seen = BTreeSet::new();
    if let Some((_, code)) = code_columns.iter().find(|(_, c)| !seen.insert(c.clone())) {
        return Err(format!("statement {code} has two columns in the header"));
    }
    let _ = set;
    let mut records = Vec::new();
    for (line, row) in reader.records().enumerate() {
        let row = row.map_err(|e| format!("line {}: {e}", line + 2))?;
        let cell = |i: usize| {
            row.get(i)
                .map(|s| unneutralise(s.trim()))
                .unwrap_or_default()
        };
        let opt = |i: Option<usize>| i.map(cell).filter(|s| !s.is_empty());
        let mut answers = BTreeMap::new();
        for (i, code) in &code_columns {
            let raw = row.get(*i).unwrap_or("").trim();
            if raw.is_empty() {
                continue;
            }
            let value: u8 = raw.parse().map_err(|_| {
                format!(
                    "line {}: statement {code} is '{raw}', not a rating",
                    line + 2
                )
            })?;
            answers.insert(code.clone(), value);
        }
        records.push(Record {
            respondent: cell(resp),
            attempt_id: cell(attempt),
            date: opt(date),
            label: opt(label),
            workplace: opt(workplace),
            role: opt(role),
            question_set: SetRef {
                id: cell(set_id),
                version: cell(version),
            },
            answers,
            area_means: BTreeMap::new(),
        });
    }
    Ok(records)
}

/// Checks one record against the current set.
fn check(set: &QuestionSet, r: &Record) -> Result<(), String> {
    if r.question_set.id != set.id {
        return Err(format!(
            "uses the question set '{}', not '{}'; run workshop with --questions for that set",
            r.question_set.id, set.id
        ));
    }
    if r.respondent.trim().is_empty() || r.attempt_id.trim().is_empty() {
        return Err("respondent or attempt_id is empty".to_string());
    }
    for (code, &value) in &r.answers {
        if set.statement(code).is_none() {
            return Err(format!("statement {code} is not in the question set"));
        }
        if !set.scale.contains(value) {
            return Err(format!(
                "statement {code} is {value}, outside the scale {}–{}",
                set.scale.min, set.scale.max
            ));
        }
    }
    if r.answers.is_empty() {
        return Err("no answers".to_string());
    }
    Ok(())
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
    let mut sorted = values.to_vec();
    sorted.sort_by(f64::total_cmp);
    let median = if n % 2 == 1 {
        sorted[n / 2]
    } else {
        (sorted[n / 2 - 1] + sorted[n / 2]) / 2.0
    };
    let sd = (n > 1).then(|| {
        (values.iter().map(|v| (v - mean).powi(2)).sum::<f64>() / (n as f64 - 1.0)).sqrt()
    });
    Some(Stats {
        n,
        mean,
        median,
        sd,
    })
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
    pub code: String,
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
    pub priorities: Vec<String>,
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
    pub biggest_gains: Vec<(String, f64)>,
}

/// The whole group report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    pub question_set: String,
    pub files_read: usize,
    pub skipped_files: Vec<BadFile>,
    pub records_read: usize,
    pub duplicates_dropped: usize,
    /// Distinct respondents over all groups.
    pub respondents: usize,
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
    // Exact duplicates: the same attempt given twice (two exports of one person).
    let mut seen = BTreeSet::new();
    let mut unique = Vec::new();
    for r in loaded.records {
        if seen.insert((r.respondent.clone(), r.attempt_id.clone())) {
            unique.push(r);
        }
    }
    let duplicates_dropped = records_read - unique.len();

    let key = |r: &Record| -> Option<String> {
        match opts.group_by {
            None => None,
            Some(GroupBy::Label) => r.label.clone(),
            Some(GroupBy::Role) => r.role.clone(),
            Some(GroupBy::Workplace) => r.workplace.clone(),
        }
    };
    // Groups in order of their earliest date, so "före" comes before "efter".
    let respondents = unique
        .iter()
        .map(|r| r.respondent.as_str())
        .collect::<BTreeSet<_>>()
        .len();
    // (first position in the input, records) per group key.
    let mut groups: BTreeMap<Option<String>, FirstSeen> = BTreeMap::new();
    for (i, r) in unique.into_iter().enumerate() {
        groups.entry(key(&r)).or_insert((i, Vec::new())).1.push(r);
    }
    let mut ordered: Vec<(Option<String>, FirstSeen)> = groups.into_iter().collect();
    // Earliest date first, so "före" comes before "efter"; on the same date, the
    // order in which the groups first appear in the files.
    ordered.sort_by(|a, b| {
        earliest(&a.1 .1)
            .cmp(&earliest(&b.1 .1))
            .then(a.1 .0.cmp(&b.1 .0))
    });

    let groups: Vec<Group> = ordered
        .into_iter()
        .map(|(name, (_, records))| group(set, name, latest_per_respondent(records), opts))
        .collect();
    let comparison = (groups.len() >= 2).then(|| compare(&groups[0], &groups[groups.len() - 1]));

    Report {
        question_set: format!("{} {}", set.id, set.version),
        files_read: loaded.files_read,
        skipped_files: loaded.bad,
        records_read,
        duplicates_dropped,
        respondents,
        high: opts.high,
        low: opts.low,
        group_by: opts.group_by,
        groups,
        comparison,
    }
}

/// A group's records with the position where the group first appeared in the input.
type FirstSeen = (usize, Vec<Record>);

fn earliest(records: &[Record]) -> Option<String> {
    records.iter().filter_map(|r| r.date.clone()).min()
}

/// Keeps each respondent's latest record (by date, then by position in the input).
fn latest_per_respondent(records: Vec<Record>) -> Vec<Record> {
    let mut latest: BTreeMap<String, Record> = BTreeMap::new();
    for r in records {
        match latest.get(&r.respondent) {
            Some(kept) if kept.date > r.date => {}
            _ => {
                latest.insert(r.respondent.clone(), r);
            }
        }
    }
    latest.into_values().collect()
}

fn share(values: &[u8], pred: impl Fn(u8) -> bool) -> f64 {
    if values.is_empty() {
        0.0
    } else {
        values.iter().filter(|&&v| pred(v)).count() as f64 / values.len() as f64
    }
}

fn group(set: &QuestionSet, name: Option<String>, records: Vec<Record>, opts: &Options) -> Group {
    let respondents = records.len();
    let too_small = respondents < MIN_GROUP;
    let in_area = |r: &Record, area: u8| -> Vec<u8> {
        set.statements
            .iter()
            .filter(|s| s.area() == area)
            .filter_map(|s| r.answers.get(&s.code).copied())
            .collect()
    };
    let areas = set
        .areas
        .iter()
        .filter_map(|area| {
            let means: Vec<f64> = records
                .iter()
                .filter_map(|r| mean(&in_area(r, area.number)))
                .collect();
            let all: Vec<u8> = records
                .iter()
                .flat_map(|r| in_area(r, area.number))
                .collect();
            stats(&means).map(|stats| AreaFigures {
                area: area.number,
                stats,
                share_high: share(&all, |v| v >= opts.high),
                share_low: share(&all, |v| v <= opts.low),
            })
        })
        .collect();
    let overall_means: Vec<f64> = records
        .iter()
        .filter_map(|r| mean(&r.answers.values().copied().collect::<Vec<_>>()))
        .collect();

    let mut statements = Vec::new();
    if !too_small {
        for st in &set.statements {
            let values: Vec<u8> = records
                .iter()
                .filter_map(|r| r.answers.get(&st.code).copied())
                .collect();
            let as_f64: Vec<f64> = values.iter().map(|&v| f64::from(v)).collect();
            if let Some(stats) = stats(&as_f64) {
                let distribution = (set.scale.min..=set.scale.max)
                    .map(|p| values.iter().filter(|&&v| v == p).count())
                    .collect();
                statements.push(StatementFigures {
                    code: st.code.clone(),
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
        .map(|s| s.code.clone())
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
    let mut gains: Vec<(String, f64)> = to
        .statements
        .iter()
        .filter_map(|t| {
            from.statements
                .iter()
                .find(|f| f.code == t.code)
                .map(|f| (t.code.clone(), t.stats.mean - f.stats.mean))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
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
    fn junk_never_panics() {
        let set = QuestionSet::bundled();
        for junk in [
            &b""[..],
            b"\xff\xfe\x00",
            b"{",
            b"{\"kind\":\"digikomp-export\",\"schema_version\":1,\"records\":[{}]}",
            b"respondent;attempt_id\n",
            b"a,b,c\n1,2,3",
            b"respondent;attempt_id;question_set;question_set_version;101\nr;a;digikomp-bibliotek;1.0;99999",
            b"respondent;attempt_id;question_set;question_set_version;101\nr;a;digikomp-bibliotek;1.0;-1",
            b"respondent;attempt_id;question_set;question_set_version;101\nr;a;digikomp-bibliotek;1.0;8",
            b"respondent;attempt_id;question_set;question_set_version;101\nr;a;digikomp-bibliotek;1.0",
        ] {
            assert!(parse(&set, junk).is_err(), "{:?}", String::from_utf8_lossy(junk));
        }
    }
}
