//! The facilitator's side: reading many people's exports, checking and merging
//! them, and the group profile (means, spread, distributions, priorities,
//! before/after). Reading and statistics are pure over the records; output
//! formats live in `workshop_report`.

use crate::attempt::{mean, AnswerList, SetRef};
use crate::export::{unneutralise, EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::questions::QuestionSet;
use serde::Deserialize;
use serde::Serialize;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap, HashSet};
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

/// One record as the workshop uses it: ratings by the statement's position in the
/// set (0 where unanswered), so that aggregation indexes arrays instead of
/// looking codes up in maps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub respondent: String,
    pub attempt_id: String,
    pub date: Option<String>,
    pub label: Option<String>,
    pub workplace: Option<String>,
    pub role: Option<String>,
    pub ratings: Vec<u8>,
}

/// The records of every readable file, and the files that were not.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Row>,
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
                    // By the name's bytes: comparing Paths component by component is
                    // slow for thousands of files.
                    inside.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
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
    // Thousands of small files: read and parse them on every core.
    let results = crate::parallel::map(&files, 256, |f| read_file(set, f));
    for (file, result) in files.iter().zip(results) {
        match result {
            Ok(records) => {
                loaded.files_read += 1;
                loaded.records.extend(records);
            }
            Err(reason) => loaded.bad.push(bad(file, &reason)),
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
pub fn read_file(set: &QuestionSet, path: &Path) -> Result<Vec<Row>, String> {
    let mut file = std::fs::File::open(path).map_err(|e| format!("cannot read it ({e})"))?;
    let meta = file
        .metadata()
        .map_err(|e| format!("cannot read it ({e})"))?;
    if meta.is_dir() {
        return Err("is a folder inside a folder (only one level is read)".to_string());
    }
    if meta.len() > MAX_FILE_BYTES {
        return Err(format!(
            "{} MB is too large for an export (at most {} MB)",
            meta.len() / 1_000_000,
            MAX_FILE_BYTES / 1_000_000
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0) + 1);
    std::io::Read::read_to_end(&mut file, &mut bytes)
        .map_err(|e| format!("cannot read it ({e})"))?;
    parse(set, &bytes)
}

/// Parses an export from its bytes (JSON when it starts with `{` or `[`, else CSV)
/// and checks every record against `set`.
pub fn parse(set: &QuestionSet, bytes: &[u8]) -> Result<Vec<Row>, String> {
    let text = std::str::from_utf8(bytes).map_err(|_| "not UTF-8 text".to_string())?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err("empty file".to_string());
    }
    let rows = if text.trim_start().starts_with(['{', '[']) {
        parse_json(set, text)?
    } else {
        parse_csv(set, text)?
    };
    if rows.is_empty() {
        return Err("no records".to_string());
    }
    Ok(rows)
}

/// The JSON export as the workshop reads it: like [`ExportFile`], but borrowing
/// its strings from the input and keeping answers in a short list instead of a
/// map, since thousands of files are read at a time.
#[derive(Deserialize)]
struct ExportIn<'a> {
    #[serde(borrow)]
    kind: Cow<'a, str>,
    schema_version: u32,
    #[serde(borrow)]
    records: Vec<RecordIn<'a>>,
}

#[derive(Deserialize)]
struct RecordIn<'a> {
    #[serde(borrow)]
    respondent: Cow<'a, str>,
    #[serde(borrow)]
    attempt_id: Cow<'a, str>,
    #[serde(default)]
    date: Option<String>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    workplace: Option<String>,
    #[serde(default)]
    role: Option<String>,
    question_set: SetRef,
    /// Borrowed: codes are three digits, never escaped.
    #[serde(borrow)]
    answers: AnswerList<&'a str>,
}

fn parse_json(set: &QuestionSet, text: &str) -> Result<Vec<Row>, String> {
    let file: ExportIn<'_> =
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
    let codes = CodeIndex::new(set);
    file.records
        .into_iter()
        .enumerate()
        .map(|(i, r)| row_of(set, &codes, r).map_err(|e| format!("record {}: {e}", i + 1)))
        .collect()
}

/// Checks a JSON record against the set and turns it into a row.
fn row_of(set: &QuestionSet, codes: &CodeIndex, r: RecordIn<'_>) -> Result<Row, String> {
    check_identity(set, &r.question_set, &r.respondent, &r.attempt_id)?;
    let mut ratings = vec![0; set.statements.len()];
    for (code, value) in r.answers.0 {
        let i = codes.position(code)?;
        ratings[i] = rating(set, code, value)?;
    }
    if ratings.iter().all(|&v| v == 0) {
        return Err("no answers".to_string());
    }
    Ok(Row {
        respondent: r.respondent.into_owned(),
        attempt_id: r.attempt_id.into_owned(),
        date: r.date,
        label: r.label,
        workplace: r.workplace,
        role: r.role,
        ratings,
    })
}

/// The position of each statement code in the set: codes are three digits, so a
/// table of 1000 entries answers without comparing strings.
pub struct CodeIndex(Vec<Option<u16>>);

impl CodeIndex {
    /// The index of `set`'s codes.
    pub fn new(set: &QuestionSet) -> Self {
        let mut table = vec![None; 1000];
        for (i, s) in set.statements.iter().enumerate() {
            if let (Ok(n), Ok(i)) = (s.code.parse::<usize>(), u16::try_from(i)) {
                if let Some(slot) = table.get_mut(n) {
                    *slot = Some(i);
                }
            }
        }
        CodeIndex(table)
    }

    fn position(&self, code: &str) -> Result<usize, String> {
        let n = if code.len() == 3 && code.bytes().all(|b| b.is_ascii_digit()) {
            code.parse::<usize>().ok()
        } else {
            None
        };
        n.and_then(|n| self.0.get(n).copied().flatten())
            .map(usize::from)
            .ok_or_else(|| format!("statement {code} is not in the question set"))
    }
}

fn rating(set: &QuestionSet, code: &str, value: u8) -> Result<u8, String> {
    if set.scale.contains(value) {
        Ok(value)
    } else {
        Err(format!(
            "statement {code} is {value}, outside the scale {}–{}",
            set.scale.min, set.scale.max
        ))
    }
}

fn check_identity(
    set: &QuestionSet,
    qs: &SetRef,
    respondent: &str,
    attempt: &str,
) -> Result<(), String> {
    if qs.id != set.id {
        return Err(format!(
            "uses the question set '{}', not '{}'; run workshop with --questions for that set",
            qs.id, set.id
        ));
    }
    if respondent.trim().is_empty() || attempt.trim().is_empty() {
        return Err("respondent or attempt_id is empty".to_string());
    }
    Ok(())
}

fn parse_csv(set: &QuestionSet, text: &str) -> Result<Vec<Row>, String> {
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
    let (date, label, workplace, role) =
        (find("date"), find("label"), find("workplace"), find("role"));
    let codes = CodeIndex::new(set);
    // (column, statement position, code), resolved once for the whole file.
    let mut code_columns: Vec<(usize, usize, &str)> = Vec::new();
    let mut seen = BTreeSet::new();
    for (column, h) in header.iter().enumerate() {
        if h.len() == 3 && h.chars().all(|c| c.is_ascii_digit()) {
            if !seen.insert(h.as_str()) {
                return Err(format!("statement {h} has two columns in the header"));
            }
            code_columns.push((column, codes.position(h)?, h));
        }
    }
    if code_columns.is_empty() {
        return Err("no statement columns (three-digit codes) in the header".to_string());
    }
    let mut rows = Vec::new();
    let mut record = csv::ByteRecord::new();
    let mut line = 1;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => line += 1,
            Err(e) => return Err(format!("line {}: {e}", line + 1)),
        }
        // The whole file is UTF-8 (checked above), and fields split at ASCII bytes.
        let cell = |i: usize| -> &str {
            record
                .get(i)
                .and_then(|b| std::str::from_utf8(b).ok())
                .unwrap_or("")
                .trim()
        };
        let text = |i: Option<usize>| i.map(|i| unneutralise(cell(i))).filter(|s| !s.is_empty());
        let qs = SetRef {
            id: unneutralise(cell(set_id)),
            version: unneutralise(cell(version)),
        };
        let respondent = unneutralise(cell(resp));
        let attempt_id = unneutralise(cell(attempt));
        check_identity(set, &qs, &respondent, &attempt_id)
            .map_err(|e| format!("record {}: {e}", line - 1))?;
        let mut ratings = vec![0; set.statements.len()];
        for &(column, i, code) in &code_columns {
            let raw = cell(column);
            if raw.is_empty() {
                continue;
            }
            let value: u8 = raw
                .parse()
                .map_err(|_| format!("line {line}: statement {code} is '{raw}', not a rating"))?;
            ratings[i] =
                rating(set, code, value).map_err(|e| format!("record {}: {e}", line - 1))?;
        }
        if ratings.iter().all(|&v| v == 0) {
            return Err(format!("record {}: no answers", line - 1));
        }
        rows.push(Row {
            respondent,
            attempt_id,
            date: text(date),
            label: text(label),
            workplace: text(workplace),
            role: text(role),
            ratings,
        });
    }
    Ok(rows)
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
    let rows = loaded.records;
    // Exact duplicates: the same attempt given twice (two exports of one person).
    let mut seen: HashSet<(&str, &str)> = HashSet::with_capacity(rows.len());
    let unique: Vec<&Row> = rows
        .iter()
        .filter(|r| seen.insert((r.respondent.as_str(), r.attempt_id.as_str())))
        .collect();
    let duplicates_dropped = records_read - unique.len();
    let respondents = unique
        .iter()
        .map(|r| r.respondent.as_str())
        .collect::<HashSet<_>>()
        .len();

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

/// A group's rows with the position where the group first appeared in the input.
type FirstSeen<'a> = (usize, Vec<&'a Row>);

fn earliest(rows: &[&Row]) -> Option<String> {
    rows.iter().filter_map(|r| r.date.clone()).min()
}

/// Keeps each respondent's latest row (by date; on the same date, the later one in
/// the input).
fn latest_per_respondent(rows: Vec<&Row>) -> Vec<&Row> {
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

fn answered(values: impl Iterator<Item = u8>) -> Vec<u8> {
    values.filter(|&v| v != 0).collect()
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
