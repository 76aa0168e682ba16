//! The export record: one attempt as it travels from a person to a workshop, the
//! JSON export file around it, and how text survives a spreadsheet.

use crate::model::ambassador::matching::Learning;
use crate::model::attempt::{Abstained, Answers, Attempt, Given, SetRef};
use crate::model::plan::PlanItem;
use crate::model::profile::Profile;
use crate::model::pseudonym;
use crate::model::question_set::QuestionSet;
use crate::model::score::score;
use chrono::{Datelike, NaiveDate};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// Written into every JSON export.
pub const EXPORT_KIND: &str = "digikomp-export";
/// The export schema this version writes and reads.
pub const EXPORT_SCHEMA_VERSION: u32 = 1;

/// What to split the respondents by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum GroupBy {
    Label,
    Role,
    Workplace,
}

/// The date of a record: a day, or only the month in an anonymous export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum RecordDate {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
}

impl RecordDate {
    /// Parses `YYYY-MM-DD` or `YYYY-MM`.
    pub fn parse(text: &str) -> Option<Self> {
        let text = text.trim();
        // The form every export writes, read without a format string (chrono's
        // parser is most of the cost of a record); anything else goes the long way.
        if let [y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1] = *text.as_bytes() {
            let digits = [y0, y1, y2, y3, m0, m1, d0, d1];
            if digits.iter().all(u8::is_ascii_digit) {
                let n = |ds: &[u8]| ds.iter().fold(0u32, |n, d| n * 10 + u32::from(d - b'0'));
                let year = i32::try_from(n(&digits[..4])).unwrap_or(i32::MAX);
                if let Some(day) = NaiveDate::from_ymd_opt(year, n(&digits[4..6]), n(&digits[6..]))
                {
                    return Some(RecordDate::Day(day));
                }
            }
        }
        if let Ok(day) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            return Some(RecordDate::Day(day));
        }
        let (year, month) = text.split_once('-')?;
        let (year, month) = (year.parse().ok()?, month.parse().ok()?);
        (year >= 1000 && (1..=12).contains(&month) && text.len() == 7)
            .then_some(RecordDate::Month { year, month })
    }

    /// Keeps only the month.
    #[must_use]
    pub fn month(self) -> Self {
        match self {
            RecordDate::Day(d) => RecordDate::Month {
                year: d.year(),
                month: d.month(),
            },
            month @ RecordDate::Month { .. } => month,
        }
    }

    /// Year, month and day (0 for a month), for ordering.
    fn key(self) -> (i32, u32, u32) {
        match self {
            RecordDate::Day(d) => (d.year(), d.month(), d.day()),
            RecordDate::Month { year, month } => (year, month, 0),
        }
    }
}

impl Ord for RecordDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl PartialOrd for RecordDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl fmt::Display for RecordDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RecordDate::Day(d) => write!(f, "{}", d.format("%Y-%m-%d")),
            RecordDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
        }
    }
}

impl Serialize for RecordDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for RecordDate {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        RecordDate::parse(&text).ok_or_else(|| {
            serde::de::Error::custom(format!("'{text}' is not a date (YYYY-MM-DD or YYYY-MM)"))
        })
    }
}

/// One attempt as it travels to a workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Pseudonymous, random, the same for every export from one data directory.
    pub respondent: String,
    pub attempt_id: String,
    #[serde(default)]
    pub date: Option<RecordDate>,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub workplace: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    pub question_set: SetRef,
    /// The study an anonymous export was made for (its pseudonyms hold within it).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub study: Option<String>,
    #[serde(deserialize_with = "crate::model::attempt::unique_answers")]
    pub answers: Answers,
    /// The statements answered "not part of my job": in no mean.
    #[serde(default, skip_serializing_if = "Abstained::is_empty")]
    pub abstained: Abstained,
    /// Mean per area number, to two decimals; written for the reader's
    /// convenience, `workshop` recomputes them.
    #[serde(default)]
    pub area_means: BTreeMap<u8, f64>,
    /// A leader's consent to be shown in the perspective report even in a
    /// group of fewer than K leaders (`export --set ledning
    /// --share-leader-view`); absent (false) otherwise.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub share_leader_view: bool,
}

impl Record {
    /// What was given on `code`.
    pub fn given(&self, code: crate::model::code::StatementCode) -> Option<Given> {
        crate::model::attempt::given(&self.answers, &self.abstained, code)
    }
}

/// A JSON export file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportFile {
    pub kind: String,
    pub schema_version: u32,
    pub records: Vec<Record>,
    /// The action plan, only with `export --with-plan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<PlanItem>>,
    /// What the person chose to share for collegial learning, only with
    /// `export --learning-match`: optional, so readers that do not know it
    /// read the file as before.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub learning: Option<Learning>,
}

/// Who an export says a record is from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Privacy {
    /// The respondent id, the attempt's id, the day, label, workplace and role.
    Named,
    /// A pseudonym and an attempt id keyed with `secret` for `study`, only the
    /// month, the label unless `keep_label` is false, no workplace or role.
    Anonymous {
        secret: String,
        study: String,
        keep_label: bool,
    },
}

/// Builds the records of `attempts`, named or anonymous.
pub fn records(
    set: &QuestionSet,
    attempts: &[&Attempt],
    profile: &Profile,
    privacy: &Privacy,
) -> Vec<Record> {
    let named = *privacy == Privacy::Named;
    let shared = |field: &Option<String>| if named { field.clone() } else { None };
    attempts
        .iter()
        .map(|a| {
            let day = RecordDate::Day(a.finished_at.date_naive());
            let (respondent, attempt_id, label, study) = match privacy {
                Privacy::Named => (
                    profile.respondent_id.clone(),
                    a.id.clone(),
                    a.label.clone(),
                    None,
                ),
                Privacy::Anonymous {
                    secret,
                    study,
                    keep_label,
                } => (
                    pseudonym::respondent(secret, study),
                    pseudonym::attempt(secret, study, &a.id),
                    a.label.clone().filter(|_| *keep_label),
                    Some(study.clone()),
                ),
            };
            Record {
                respondent,
                attempt_id,
                date: Some(if named { day } else { day.month() }),
                label,
                workplace: shared(&profile.workplace),
                role: shared(&profile.role),
                question_set: a.question_set.clone(),
                study,
                answers: a.answers.clone(),
                abstained: a.abstained.clone(),
                area_means: score(set, &a.answers)
                    .areas
                    .iter()
                    .map(|m| (m.area, (m.mean * 100.0).round() / 100.0))
                    .collect(),
                share_leader_view: false,
            }
        })
        .collect()
}

/// The characters that make a spreadsheet treat a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// The separators a spreadsheet may split a CSV line on, whatever the file's
/// own delimiter: the list separators of English and Swedish locales, and tab.
const SEPARATORS: [char; 3] = [',', ';', '\t'];

/// Makes text safe for a spreadsheet cell, however the line is split: a `=`,
/// `+`, `-`, `@`, tab or carriage return (after any spaces, which some
/// spreadsheets skip) at the start of the text, or right after a `,`, `;` or
/// tab inside it, would make Excel or LibreOffice run it as a formula when the
/// file is opened split there; so each such place gets an apostrophe. A place
/// that already starts with an apostrophe gets one too, so that
/// [`unneutralise`] restores every text exactly.
pub fn neutralise(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 1);
    for (at, c) in text.char_indices() {
        if at == 0 && needs_apostrophe(text) {
            out.push('\'');
        }
        out.push(c);
        if SEPARATORS.contains(&c) && needs_apostrophe(&text[at + c.len_utf8()..]) {
            out.push('\'');
        }
    }
    out
}

/// Whether a cell starting here would start a formula: a formula character
/// after any spaces and quote marks (a reader splitting on another separator
/// takes a `"` there for the start of a quoted field, and drops it), or an
/// apostrophe of its own.
fn needs_apostrophe(text: &str) -> bool {
    text.trim_start_matches([' ', '"'])
        .starts_with(FORMULA_START)
        || text.starts_with('\'')
}

/// Undoes [`neutralise`].
pub fn unneutralise(text: &str) -> std::borrow::Cow<'_, str> {
    let placed = |rest: &str| rest.strip_prefix('\'').is_some_and(needs_apostrophe);
    if !text.contains('\'') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut skip_at = if placed(text) { Some(0) } else { None };
    for (at, c) in text.char_indices() {
        if skip_at == Some(at) {
            continue;
        }
        out.push(c);
        let next = at + c.len_utf8();
        if SEPARATORS.contains(&c) && placed(&text[next..]) {
            skip_at = Some(next);
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for text in [
            "=SUM(A1)", "+46 70", "-1", "@x", "\tx", "  =1+1", "'", "''=x",
        ] {
            let safe = neutralise(text);
            assert!(safe.starts_with('\''), "{safe}");
            assert_eq!(unneutralise(&safe), text);
        }
        assert_eq!(neutralise("före kursen"), "före kursen");
        assert_eq!(unneutralise("'ok"), "'ok");
    }

    #[test]
    fn dates_are_days_or_months() {
        let day = RecordDate::parse("2026-03-09").expect("day");
        assert_eq!(day.to_string(), "2026-03-09");
        assert_eq!(day.month().to_string(), "2026-03");
        assert_eq!(RecordDate::parse("2026-03"), Some(day.month()));
        assert!(day.month() < day);
        for bad in ["", "2026", "2026-13", "26-03", "2026-02-30", "idag"] {
            assert_eq!(RecordDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_quick_day_reading_agrees_with_chrono() {
        for text in [
            "2024-02-29",
            "2023-02-29",
            "0000-01-01",
            "9999-12-31",
            "2026-00-10",
            "2026-01-00",
            "2026-04-31",
            "2026-1-09",
            "+2026-01-09",
            " 2026-01-09 ",
        ] {
            let chrono = NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").ok();
            let ours = match RecordDate::parse(text) {
                Some(RecordDate::Day(d)) => Some(d),
                _ => None,
            };
            assert_eq!(ours, chrono, "{text}");
        }
    }
}
