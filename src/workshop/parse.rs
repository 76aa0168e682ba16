//! Parsing one export (CSV or JSON, told apart by its content) into rows the
//! aggregation can use, checking every record against the question set.

use crate::model::attempt::SetRef;
use crate::model::code::{StatementCode, CODE_SPACE};
use crate::model::question_set::QuestionSet;
use crate::model::record::{unneutralise, GroupBy, RecordDate, EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::model::text::{name_of, too_long, visible};
use crate::store::json::JsonPlace;
use crate::workshop::rows::{Cell, Meta, Rows};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::{BufRead, Read};
use std::num::NonZeroU8;

/// What kept a file from being read as an export at all, and where, without
/// quoting it (a parser's message can repeat the text it choked on).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum Unreadable {
    CannotRead,
    NotCsv,
    FieldCount { expected: u64, found: u64 },
    Json(JsonPlace),
}

/// Why an export, or one of its records, could not be used. The texts never quote
/// the file's content beyond a code or a value.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum BadInput {
    NotUtf8,
    Empty,
    NoRecords,
    NotJsonExport(Unreadable),
    WrongKind,
    Newer(u32),
    NotCsv(Unreadable),
    MissingColumns,
    TwoColumns(StatementCode),
    NoStatementColumns,
    UnknownCode(String),
    OtherSet {
        found: String,
        expected: String,
    },
    NoIdentity,
    OutOfScale {
        code: StatementCode,
        value: String,
        min: u8,
        max: u8,
    },
    NotARating {
        code: StatementCode,
        value: String,
    },
    BadDate(String),
    NoAnswers,
    TooLarge,
    LongLine,
    /// A text field (named by its column) longer than [`crate::model::text::MAX_TEXT_CHARS`].
    LongText(&'static str),
    FutureDate(RecordDate),
    Line {
        line: u64,
        problem: Box<BadInput>,
    },
    Record {
        record: usize,
        problem: Box<BadInput>,
    },
}

/// The longest line a CSV export may have: a record is a few hundred bytes, so
/// a longer line is not an export, and is not read into memory.
pub const MAX_LINE: usize = 1024 * 1024;

/// What [`LineBound`] says of a line past [`MAX_LINE`].
const LONG_LINE: &str = "line too long";

/// The largest JSON export read: one person's attempts are a few kilobytes.
pub const MAX_JSON_BYTES: u64 = 64 * 1024 * 1024;

/// Reads one export from `input` (JSON when it starts with `{` or `[`, else CSV)
/// into `rows`, checking every record against `set`, with the value of `by` as
/// each record's group. On an error `rows` is left as it was.
pub fn read_into(
    set: &QuestionSet,
    mut input: impl BufRead,
    rows: &mut Rows,
    by: Option<GroupBy>,
    file: u32,
) -> Result<usize, BadInput> {
    let before = rows.len();
    let result = (|| {
        let start = skip_bom_and_space(&mut input)?;
        match start {
            None => Err(BadInput::Empty),
            Some(b'{' | b'[') => read_json(set, input, rows, by, file),
            Some(_) => read_csv(set, input, rows, by, file),
        }
    })();
    match result {
        Ok(0) => {
            rows.truncate(before);
            Err(BadInput::NoRecords)
        }
        Ok(n) => Ok(n),
        Err(e) => {
            rows.truncate(before);
            Err(e)
        }
    }
}

/// Parses an export from its bytes into rows of their own (no groups).
pub fn parse(set: &QuestionSet, bytes: &[u8]) -> Result<Rows, BadInput> {
    let mut rows = Rows::new(set.statements.len());
    read_into(set, bytes, &mut rows, None, 0)?;
    Ok(rows)
}

/// Reads past a byte-order mark and leading white space; the first byte after
/// them, or `None` for an empty input.
fn skip_bom_and_space(input: &mut impl BufRead) -> Result<Option<u8>, BadInput> {
    let io = |_| BadInput::NotCsv(Unreadable::CannotRead);
    let mut first = true;
    loop {
        let buf = input.fill_buf().map_err(io)?;
        if buf.is_empty() {
            return Ok(None);
        }
        if first && buf.starts_with("\u{feff}".as_bytes()) {
            input.consume(3);
            first = false;
            continue;
        }
        first = false;
        if let Some(i) = buf.iter().position(|b| !b.is_ascii_whitespace()) {
            let b = buf[i];
            input.consume(i);
            return Ok(Some(b));
        }
        let n = buf.len();
        input.consume(n);
    }
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
    #[serde(default)]
    share_leader_view: bool,
}

fn read_json(
    set: &QuestionSet,
    input: impl BufRead,
    rows: &mut Rows,
    by: Option<GroupBy>,
    file: u32,
) -> Result<usize, BadInput> {
    let mut bytes = Vec::new();
    input
        .take(MAX_JSON_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|_| BadInput::NotJsonExport(Unreadable::CannotRead))?;
    if bytes.len() as u64 > MAX_JSON_BYTES {
        return Err(BadInput::TooLarge);
    }
    let text = std::str::from_utf8(&bytes).map_err(|_| BadInput::NotUtf8)?;
    let export: ExportIn = serde_json::from_str(text)
        .map_err(|e| BadInput::NotJsonExport(Unreadable::Json(JsonPlace::of(&e))))?;
    if export.kind != EXPORT_KIND {
        return Err(BadInput::WrongKind);
    }
    if export.schema_version > EXPORT_SCHEMA_VERSION {
        return Err(BadInput::Newer(export.schema_version));
    }
    let codes = CodeIndex::new(set);
    let mut cells = vec![None; set.statements.len()];
    for (i, r) in export.records.iter().enumerate() {
        json_record(set, &codes, r, rows, by, file, &mut cells).map_err(|problem| {
            BadInput::Record {
                record: i + 1,
                problem: Box::new(problem),
            }
        })?;
    }
    Ok(export.records.len())
}

/// Checks a JSON record against the set and adds it.
fn json_record(
    set: &QuestionSet,
    codes: &CodeIndex,
    r: &RecordIn,
    rows: &mut Rows,
    by: Option<GroupBy>,
    file: u32,
    cells: &mut [Cell],
) -> Result<(), BadInput> {
    check_identity(set, &r.question_set, &r.respondent, &r.attempt_id)?;
    bounded("respondent", &r.respondent)?;
    bounded("attempt_id", &r.attempt_id)?;
    for (column, text) in [
        ("label", &r.label),
        ("workplace", &r.workplace),
        ("role", &r.role),
    ] {
        bounded(column, text.as_deref().unwrap_or_default())?;
    }
    cells.fill(None);
    for (&code, &value) in &r.answers {
        cells[codes.position(code)?] = Some(rating(set, code, value)?);
    }
    if cells.iter().all(Option::is_none) {
        return Err(BadInput::NoAnswers);
    }
    let group = match by {
        None | Some(GroupBy::Label) => None,
        Some(GroupBy::Role) => r.role.as_deref(),
        Some(GroupBy::Workplace) => r.workplace.as_deref(),
    };
    let meta = Meta {
        respondent: rows.respondents.intern(&visible(&r.respondent)),
        round: r
            .label
            .as_deref()
            .filter(|l| !l.trim().is_empty())
            .map(|l| rows.rounds.intern(&name_of(l))),
        group: group
            .filter(|g| !g.trim().is_empty())
            .map(|g| rows.groups.intern(&name_of(g))),
        date: r.date,
        attempt: rows.attempt_key(&r.attempt_id),
        file,
        shared: r.share_leader_view,
    };
    rows.push(meta, cells);
    Ok(())
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

fn rating(set: &QuestionSet, code: StatementCode, value: u8) -> Result<NonZeroU8, BadInput> {
    match NonZeroU8::new(value).filter(|v| set.scale.contains(v.get())) {
        Some(v) => Ok(v),
        None => Err(BadInput::OutOfScale {
            code,
            value: value.to_string(),
            min: set.scale.min,
            max: set.scale.max,
        }),
    }
}

/// Refuses a text field longer than [`crate::model::text::MAX_TEXT_CHARS`]: no name is that long,
/// and a bound on every text keeps grouping, comparing and showing them linear
/// in the input.
fn bounded(column: &'static str, text: &str) -> Result<(), BadInput> {
    if too_long(text) {
        Err(BadInput::LongText(column))
    } else {
        Ok(())
    }
}

/// Text from someone else's file, made safe to show (see [`visible`]).
fn clean(text: &str) -> String {
    visible(text).into_owned()
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
    date: Option<usize>,
    /// The label column (the round), if any.
    round: Option<usize>,
    /// The column the report is grouped by within a round (role or workplace), if any.
    group: Option<usize>,
    /// That column's name.
    group_name: &'static str,
    /// `share_leader_view` (a leader's export), if any.
    shared: Option<usize>,
    /// (column, statement position, code) per statement column.
    codes: Vec<(usize, usize, StatementCode)>,
}

impl Columns {
    fn of(
        set: &QuestionSet,
        header: &csv::StringRecord,
        by: Option<GroupBy>,
    ) -> Result<Self, BadInput> {
        let names: Vec<&str> = header.iter().map(str::trim).collect();
        let find = |name: &str| names.iter().position(|h| *h == name);
        let (Some(respondent), Some(attempt), Some(set_id), Some(_version)) = (
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
            date: find("date"),
            round: find("label"),
            group: match by {
                None | Some(GroupBy::Label) => None,
                Some(GroupBy::Role) => find("role"),
                Some(GroupBy::Workplace) => find("workplace"),
            },
            group_name: if by == Some(GroupBy::Role) {
                "role"
            } else {
                "workplace"
            },
            codes,
            shared: find("share_leader_view"),
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

fn read_csv(
    set: &QuestionSet,
    input: impl BufRead,
    rows: &mut Rows,
    by: Option<GroupBy>,
    file: u32,
) -> Result<usize, BadInput> {
    let mut input = LineBound::new(input);
    let first = input.peek_line()?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delimiter(&first))
        .flexible(false)
        .buffer_capacity(64 * 1024)
        .from_reader(input);
    let header = reader.headers().map_err(|e| csv_problem(&e))?.clone();
    let mut record = csv::ByteRecord::new();
    let columns = match Columns::of(set, &header, by) {
        Ok(columns) => columns,
        // Columns of another set's codes: when the first record names another
        // set, that is what is wrong (a leaders' export among the staff's).
        Err(problem) => {
            let at = header.iter().position(|h| h.trim() == "question_set");
            if let (Some(at), Ok(true)) = (at, reader.read_byte_record(&mut record)) {
                let found = unneutralise(
                    std::str::from_utf8(record.get(at).unwrap_or_default())
                        .unwrap_or_default()
                        .trim(),
                );
                if !found.is_empty() && found != set.id {
                    return Err(BadInput::OtherSet {
                        found: clean(&found.chars().take(64).collect::<String>()),
                        expected: set.id.clone(),
                    });
                }
            }
            return Err(problem);
        }
    };
    let mut cells = vec![None; set.statements.len()];
    let mut count = 0;
    loop {
        match reader.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => count += 1,
            Err(e) => {
                return Err(BadInput::Line {
                    line: count as u64 + 2,
                    problem: Box::new(csv_problem(&e)),
                })
            }
        }
        csv_record(set, &columns, &record, rows, file, &mut cells).map_err(|problem| {
            BadInput::Record {
                record: count,
                problem: Box::new(problem),
            }
        })?;
    }
    Ok(count)
}

/// A reader that refuses a line longer than [`MAX_LINE`] before it is read into
/// memory, and lets the first line be looked at before the CSV reader starts.
struct LineBound<R> {
    inner: R,
    since_newline: usize,
}

impl<R: BufRead> LineBound<R> {
    fn new(inner: R) -> Self {
        LineBound {
            inner,
            since_newline: 0,
        }
    }

    /// The first line (at most [`MAX_LINE`] bytes), without consuming it.
    fn peek_line(&mut self) -> Result<String, BadInput> {
        let buf = self
            .inner
            .fill_buf()
            .map_err(|_| BadInput::NotCsv(Unreadable::CannotRead))?;
        let end = buf.iter().position(|&b| b == b'\n').unwrap_or(buf.len());
        Ok(String::from_utf8_lossy(&buf[..end.min(MAX_LINE)]).into_owned())
    }
}

impl<R: BufRead> std::io::Read for LineBound<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(out)?;
        // The longest run without a newline, found with a vectorised search: the
        // check costs next to nothing per byte.
        let mut run_start = 0;
        for nl in memchr::memchr_iter(b'\n', &out[..n]) {
            if self.since_newline + (nl - run_start) > MAX_LINE {
                return Err(std::io::Error::other(LONG_LINE));
            }
            self.since_newline = 0;
            run_start = nl + 1;
        }
        self.since_newline += n - run_start;
        if self.since_newline > MAX_LINE {
            return Err(std::io::Error::other(LONG_LINE));
        }
        Ok(n)
    }
}

/// What is wrong with a CSV file, without quoting it.
fn csv_problem(e: &csv::Error) -> BadInput {
    match e.kind() {
        csv::ErrorKind::Utf8 { .. } => return BadInput::NotUtf8,
        csv::ErrorKind::Io(io) if io.to_string() == LONG_LINE => return BadInput::LongLine,
        _ => {}
    }
    BadInput::NotCsv(match e.kind() {
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => Unreadable::FieldCount {
            expected: *expected_len,
            found: *len,
        },
        _ => Unreadable::NotCsv,
    })
}

/// Checks one CSV record and adds it.
fn csv_record(
    set: &QuestionSet,
    columns: &Columns,
    record: &csv::ByteRecord,
    rows: &mut Rows,
    file: u32,
    cells: &mut [Cell],
) -> Result<(), BadInput> {
    // One check of the whole record; then each text field is valid UTF-8 too.
    std::str::from_utf8(record.as_slice()).map_err(|_| BadInput::NotUtf8)?;
    let text = |i: usize| {
        let raw = record.get(i).unwrap_or_default();
        unneutralise(std::str::from_utf8(raw).unwrap_or_default().trim())
    };
    let (respondent, attempt) = (text(columns.respondent), text(columns.attempt));
    if text(columns.set_id) != set.id {
        return Err(BadInput::OtherSet {
            found: clean(&text(columns.set_id).chars().take(64).collect::<String>()),
            expected: set.id.clone(),
        });
    }
    if respondent.is_empty() || attempt.is_empty() {
        return Err(BadInput::NoIdentity);
    }
    bounded("respondent", &respondent)?;
    bounded("attempt_id", &attempt)?;
    for &(column, i, code) in &columns.codes {
        cells[i] = rating_cell(set, code, record.get(column).unwrap_or_default())?;
    }
    if cells.iter().all(Option::is_none) {
        return Err(BadInput::NoAnswers);
    }
    let date = match columns.date.map(text).filter(|d| !d.is_empty()) {
        Some(d) => Some(
            RecordDate::parse(&d).ok_or_else(|| BadInput::BadDate(d.chars().take(20).collect()))?,
        ),
        None => None,
    };
    let group = columns.group.map(text).filter(|g| !g.is_empty());
    let round = columns.round.map(text).filter(|g| !g.is_empty());
    bounded("label", round.as_deref().unwrap_or_default())?;
    bounded(columns.group_name, group.as_deref().unwrap_or_default())?;
    let meta = Meta {
        respondent: rows.respondents.intern(&visible(&respondent)),
        round: round.map(|r| rows.rounds.intern(&name_of(&r))),
        group: group.map(|g| rows.groups.intern(&name_of(&g))),
        date,
        attempt: rows.attempt_key(&attempt),
        file,
        shared: columns.shared.is_some_and(|c| text(c) == "yes"),
    };
    rows.push(meta, cells);
    Ok(())
}

/// A rating cell: empty is no answer, `x` the abstain answer ("not part of my
/// job", which no mean counts); otherwise a whole number on the scale (digits
/// only: a sign, a decimal or a value past 255 is not a rating).
fn rating_cell(set: &QuestionSet, code: StatementCode, raw: &[u8]) -> Result<Cell, BadInput> {
    let raw = raw.trim_ascii();
    if raw.is_empty() || raw.eq_ignore_ascii_case(b"x") {
        return Ok(None);
    }
    let value = (raw.len() <= 3 && raw.iter().all(u8::is_ascii_digit))
        .then(|| raw.iter().fold(0u16, |n, d| n * 10 + u16::from(d - b'0')))
        .and_then(|v| u8::try_from(v).ok());
    match value {
        Some(v) => rating(set, code, v).map(Some),
        None => Err(BadInput::NotARating {
            code,
            value: clean(
                &String::from_utf8_lossy(raw)
                    .chars()
                    .take(12)
                    .collect::<String>(),
            ),
        }),
    }
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
            assert_eq!(rows.ratings(0)[0].map(NonZeroU8::get), Some(5), "{d:?}");
        }
    }
}
