//! Parsing one export (CSV or JSON, told apart by its content) into rows the
//! aggregation can use, checking every record against the question set.

use crate::model::attempt::SetRef;
use crate::model::code::{StatementCode, CODE_SPACE};
use crate::model::question_set::QuestionSet;
use crate::model::record::{unneutralise, RecordDate, EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::model::text::visible;
use crate::store::json::place as json_place;
use serde::Deserialize;
use std::collections::BTreeMap;

/// One record as the workshop uses it: ratings by the statement's position in the
/// set (`None` where unanswered), so that aggregation indexes arrays instead of
/// looking codes up in maps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub respondent: String,
    pub attempt_id: String,
    pub date: Option<RecordDate>,
    pub label: Option<String>,
    pub workplace: Option<String>,
    pub role: Option<String>,
    pub ratings: Vec<Option<u8>>,
    /// Which of the files read it came from (0 until `read` sets it).
    pub file: usize,
}

/// Why an export, or one of its records, could not be used. The texts never quote
/// the file's content beyond a code or a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum BadInput {
    #[error("not UTF-8 text")]
    NotUtf8,
    #[error("empty file")]
    Empty,
    #[error("no records")]
    NoRecords,
    #[error("not a digikomp JSON export ({0})")]
    NotJsonExport(String),
    #[error("not a digikomp export (its kind is not {EXPORT_KIND})")]
    WrongKind,
    #[error("export schema version {0} is newer than this digikomp reads ({EXPORT_SCHEMA_VERSION}); upgrade digikomp")]
    Newer(u32),
    #[error("not a CSV export ({0})")]
    NotCsv(String),
    #[error("not a digikomp CSV export (columns respondent, attempt_id, question_set, question_set_version are needed)")]
    MissingColumns,
    #[error("statement {0} has two columns in the header")]
    TwoColumns(StatementCode),
    #[error("no statement columns (three-digit codes) in the header")]
    NoStatementColumns,
    #[error("statement {0} is not in the question set")]
    UnknownCode(String),
    #[error("uses the question set '{found}', not '{expected}'; run workshop with --questions for that set")]
    OtherSet { found: String, expected: String },
    #[error("respondent or attempt_id is empty")]
    NoIdentity,
    #[error("statement {code} is {value}, outside the scale {min}–{max}")]
    OutOfScale {
        code: StatementCode,
        value: String,
        min: u8,
        max: u8,
    },
    #[error("statement {code} is '{value}', not a rating")]
    NotARating { code: StatementCode, value: String },
    #[error("date '{0}' is not a date (YYYY-MM-DD or YYYY-MM)")]
    BadDate(String),
    #[error("no answers")]
    NoAnswers,
    #[error(
        "dated {0}, after today: a record from the future could replace someone's real answers"
    )]
    FutureDate(RecordDate),
    #[error("line {line}: {problem}")]
    Line { line: u64, problem: Box<BadInput> },
    #[error("record {record}: {problem}")]
    Record {
        record: usize,
        problem: Box<BadInput>,
    },
}

/// Parses an export from its bytes (JSON when it starts with `{` or `[`, else CSV)
/// and checks every record against `set`.
pub fn parse(set: &QuestionSet, bytes: &[u8]) -> Result<Vec<Row>, BadInput> {
    let text = std::str::from_utf8(bytes).map_err(|_| BadInput::NotUtf8)?;
    let text = text.trim_start_matches('\u{feff}');
    if text.trim().is_empty() {
        return Err(BadInput::Empty);
    }
    let rows = if text.trim_start().starts_with(['{', '[']) {
        parse_json(set, text)?
    } else {
        parse_csv(set, text)?
    };
    if rows.is_empty() {
        return Err(BadInput::NoRecords);
    }
    Ok(rows)
}

/// The JSON export as the workshop reads it: like the export file, but with
/// answers as a plain map (duplicate codes are refused by the codes' own check).
#[derive(Deserialize)]
struct ExportIn {
    kind: String,
    schema_version: u32,
    records: Vec<RecordIn>,
}

#[derive(Deserialize)]
struct RecordIn {
    respondent: String,
    attempt_id: String,
    #[serde(default)]
    date: Option<RecordDate>,
    #[serde(default)]
    label: Option<String>,
    #[serde(default)]
    workplace: Option<String>,
    #[serde(default)]
    role: Option<String>,
    question_set: SetRef,
    #[serde(deserialize_with = "crate::model::attempt::unique_answers")]
    answers: BTreeMap<StatementCode, u8>,
}

fn parse_json(set: &QuestionSet, text: &str) -> Result<Vec<Row>, BadInput> {
    let file: ExportIn =
        serde_json::from_str(text).map_err(|e| BadInput::NotJsonExport(json_place(&e)))?;
    if file.kind != EXPORT_KIND {
        return Err(BadInput::WrongKind);
    }
    if file.schema_version > EXPORT_SCHEMA_VERSION {
        return Err(BadInput::Newer(file.schema_version));
    }
    let codes = CodeIndex::new(set);
    file.records
        .into_iter()
        .enumerate()
        .map(|(i, r)| {
            row_of(set, &codes, r).map_err(|problem| BadInput::Record {
                record: i + 1,
                problem: Box::new(problem),
            })
        })
        .collect()
}

/// Text from someone else's file, made safe to show (see [`visible`]).
fn clean(text: &str) -> String {
    visible(text).into_owned()
}

/// Checks a JSON record against the set and turns it into a row.
fn row_of(set: &QuestionSet, codes: &CodeIndex, r: RecordIn) -> Result<Row, BadInput> {
    check_identity(set, &r.question_set, &r.respondent, &r.attempt_id)?;
    let mut ratings = vec![None; set.statements.len()];
    for (code, value) in r.answers {
        let i = codes.position(code)?;
        ratings[i] = Some(rating(set, code, value)?);
    }
    if ratings.iter().all(Option::is_none) {
        return Err(BadInput::NoAnswers);
    }
    Ok(Row {
        respondent: clean(&r.respondent),
        attempt_id: clean(&r.attempt_id),
        date: r.date,
        label: r.label.as_deref().map(clean),
        workplace: r.workplace.as_deref().map(clean),
        role: r.role.as_deref().map(clean),
        ratings,
        file: 0,
    })
}

/// The position of each statement code in the set: a table indexed by code
/// answers without comparing strings.
pub struct CodeIndex(Vec<Option<u16>>);

impl CodeIndex {
    /// The index of `set`'s codes.
    pub fn new(set: &QuestionSet) -> Self {
        let mut table = vec![None; CODE_SPACE];
        for (i, s) in set.statements.iter().enumerate() {
            if let Ok(i) = u16::try_from(i) {
                table[s.code.index()] = Some(i);
            }
        }
        CodeIndex(table)
    }

    fn position(&self, code: StatementCode) -> Result<usize, BadInput> {
        self.0[code.index()]
            .map(usize::from)
            .ok_or_else(|| BadInput::UnknownCode(code.to_string()))
    }
}

fn rating(set: &QuestionSet, code: StatementCode, value: u8) -> Result<u8, BadInput> {
    if set.scale.contains(value) {
        Ok(value)
    } else {
        Err(BadInput::OutOfScale {
            code,
            value: value.to_string(),
            min: set.scale.min,
            max: set.scale.max,
        })
    }
}

fn check_identity(
    set: &QuestionSet,
    qs: &SetRef,
    respondent: &str,
    attempt: &str,
) -> Result<(), BadInput> {
    if qs.id != set.id {
        return Err(BadInput::OtherSet {
            found: clean(&qs.id.chars().take(64).collect::<String>()),
            expected: set.id.clone(),
        });
    }
    if respondent.trim().is_empty() || attempt.trim().is_empty() {
        return Err(BadInput::NoIdentity);
    }
    Ok(())
}

/// The columns of a CSV export, found once in its header.
struct Columns {
    respondent: usize,
    attempt: usize,
    set_id: usize,
    version: usize,
    date: Option<usize>,
    label: Option<usize>,
    workplace: Option<usize>,
    role: Option<usize>,
    /// (column, statement position, code) per statement column.
    codes: Vec<(usize, usize, StatementCode)>,
}

impl Columns {
    fn of(set: &QuestionSet, header: &csv::StringRecord) -> Result<Self, BadInput> {
        let names: Vec<&str> = header.iter().map(str::trim).collect();
        let find = |name: &str| names.iter().position(|h| *h == name);
        let (Some(respondent), Some(attempt), Some(set_id), Some(version)) = (
            find("respondent"),
            find("attempt_id"),
            find("question_set"),
            find("question_set_version"),
        ) else {
            return Err(BadInput::MissingColumns);
        };
        let index = CodeIndex::new(set);
        let mut seen = [false; CODE_SPACE];
        let mut codes = Vec::new();
        for (column, h) in names.iter().enumerate() {
            if let Some(code) = StatementCode::parse(h) {
                if std::mem::replace(&mut seen[code.index()], true) {
                    return Err(BadInput::TwoColumns(code));
                }
                codes.push((column, index.position(code)?, code));
            } else if h.len() == 3 && h.bytes().all(|b| b.is_ascii_digit()) {
                return Err(BadInput::UnknownCode((*h).to_string()));
            }
        }
        if codes.is_empty() {
            return Err(BadInput::NoStatementColumns);
        }
        Ok(Columns {
            respondent,
            attempt,
            set_id,
            version,
            date: find("date"),
            label: find("label"),
            workplace: find("workplace"),
            role: find("role"),
            codes,
        })
    }
}

/// The delimiter a CSV export was written with, from its header line: every
/// delimiter `export` can write (`;`, `,` and tab).
fn delimiter(first_line: &str) -> u8 {
    [b';', b',', b'\t']
        .into_iter()
        .max_by_key(|&d| first_line.bytes().filter(|&b| b == d).count())
        .unwrap_or(b';')
}

fn parse_csv(set: &QuestionSet, text: &str) -> Result<Vec<Row>, BadInput> {
    let first = text.lines().next().unwrap_or("");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(first))
        .flexible(false)
        .from_reader(text.as_bytes());
    let header = reader.headers().map_err(|e| csv_problem(&e))?.clone();
    let columns = Columns::of(set, &header)?;
    let mut rows = Vec::new();
    let mut record = csv::StringRecord::new();
    let mut line = 1;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => line += 1,
            Err(e) => {
                return Err(BadInput::Line {
                    line: line + 1,
                    problem: Box::new(csv_problem(&e)),
                })
            }
        }
        let row = csv_row(set, &columns, &record).map_err(|problem| BadInput::Record {
            record: rows.len() + 1,
            problem: Box::new(problem),
        })?;
        rows.push(row);
    }
    Ok(rows)
}

/// What is wrong with a CSV file, without quoting it.
fn csv_problem(e: &csv::Error) -> BadInput {
    BadInput::NotCsv(match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("a record has {len} fields where the header has {expected_len}")
        }
        csv::ErrorKind::Utf8 { .. } => "not UTF-8 text".to_string(),
        _ => "cannot be read as CSV".to_string(),
    })
}

/// One CSV record as a row.
fn csv_row(
    set: &QuestionSet,
    columns: &Columns,
    record: &csv::StringRecord,
) -> Result<Row, BadInput> {
    let cell = |i: usize| unneutralise(record.get(i).unwrap_or("").trim());
    let text = |i: Option<usize>| i.map(|i| clean(cell(i))).filter(|s| !s.is_empty());
    let qs = SetRef {
        id: cell(columns.set_id).to_string(),
        version: cell(columns.version).to_string(),
    };
    let respondent = clean(cell(columns.respondent));
    let attempt_id = clean(cell(columns.attempt));
    check_identity(set, &qs, &respondent, &attempt_id)?;
    let mut ratings = vec![None; set.statements.len()];
    for &(column, i, code) in &columns.codes {
        let raw = cell(column);
        if raw.is_empty() {
            continue;
        }
        let value: u8 = raw.parse().map_err(|_| BadInput::NotARating {
            code,
            value: clean(&raw.chars().take(12).collect::<String>()),
        })?;
        ratings[i] = Some(rating(set, code, value)?);
    }
    if ratings.iter().all(Option::is_none) {
        return Err(BadInput::NoAnswers);
    }
    let date = match text(columns.date) {
        Some(d) => Some(
            RecordDate::parse(&d).ok_or_else(|| BadInput::BadDate(d.chars().take(20).collect()))?,
        ),
        None => None,
    };
    Ok(Row {
        respondent,
        attempt_id,
        date,
        label: text(columns.label),
        workplace: text(columns.workplace),
        role: text(columns.role),
        ratings,
        file: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

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
            b"respondent;attempt_id;question_set;question_set_version;105\nr;a;digikomp-bibliotek;2.0;99999",
            b"respondent;attempt_id;question_set;question_set_version;105\nr;a;digikomp-bibliotek;2.0;-1",
            b"respondent;attempt_id;question_set;question_set_version;105\nr;a;digikomp-bibliotek;2.0;8",
            b"respondent;attempt_id;question_set;question_set_version;101\nr;a;digikomp-bibliotek;1.0",
        ] {
            assert!(parse(&set, junk).is_err(), "{:?}", String::from_utf8_lossy(junk));
        }
    }

    #[test]
    fn every_delimiter_export_writes_is_read() {
        let set = QuestionSet::bundled();
        for d in [";", ",", "\t"] {
            let text = [
                "respondent",
                "attempt_id",
                "question_set",
                "question_set_version",
                "105",
            ]
            .join(d)
                + "\n"
                + &["r", "a", "digikomp-bibliotek", "2.0", "5"].join(d);
            let rows = parse(&set, text.as_bytes()).expect("reads");
            assert_eq!(rows[0].ratings[0], Some(5), "{d:?}");
        }
    }
}
