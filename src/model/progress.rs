//! Progression over attempts: which attempts to compare, the per-area and
//! per-statement series, and the changes between them. Pure functions over
//! attempts and a question set; the tables are drawn in `ui::screens`.

use crate::model::attempt::{Attempt, SetRef};
use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;
use crate::model::score::area_mean;
use crate::model::stats::first_with_ties;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Serialize, Serializer};
use std::fmt;

/// Which attempts a progression covers.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Window {
    /// Only the last N attempts.
    pub last: Option<usize>,
    /// Only attempts finished on or after this date (local date of the attempt).
    pub since: Option<NaiveDate>,
}

/// An attempt as a column of the progression.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Column {
    pub id: String,
    pub short_id: String,
    pub finished_at: DateTime<FixedOffset>,
    /// The attempt's local date, for table headers.
    pub date: NaiveDate,
    pub label: Option<String>,
    pub question_set_version: String,
}

/// What a row of the progression is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SeriesKey {
    Area(u8),
    Overall,
    Statement(StatementCode),
}

/// The key as JSON has it: an area number, `overall`, or a code.
impl fmt::Display for SeriesKey {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SeriesKey::Area(n) => write!(f, "{n}"),
            SeriesKey::Overall => f.write_str("overall"),
            SeriesKey::Statement(code) => write!(f, "{code}"),
        }
    }
}

impl Serialize for SeriesKey {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// One row of the progression: an area, the overall mean, or a statement.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Series {
    pub key: SeriesKey,
    /// One value per column; `None` where the attempt has no answer for it.
    pub values: Vec<Option<f64>>,
    /// Latest minus the previous column (both must have a value).
    pub change_since_previous: Option<f64>,
    /// Latest minus the first column that has a value.
    pub change_since_first: Option<f64>,
}

impl Series {
    fn new(key: SeriesKey, values: Vec<Option<f64>>) -> Self {
        let n = values.len();
        let latest = values.last().copied().flatten();
        let previous = if n >= 2 { values[n - 2] } else { None };
        let first = values[..n.saturating_sub(1)]
            .iter()
            .copied()
            .flatten()
            .next();
        Series {
            key,
            change_since_previous: latest.zip(previous).map(|(l, p)| l - p),
            change_since_first: latest.zip(first).map(|(l, f)| l - f),
            values,
        }
    }
}

/// An attempt whose statements differ from the current question set's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Mismatch {
    pub short_id: String,
    pub question_set_version: String,
    /// Codes of the current set that the attempt has no answer for.
    pub missing: Vec<StatementCode>,
    /// Codes the attempt answered that the current set does not have (ignored).
    pub extra: Vec<StatementCode>,
}

/// Attempts left out because they answered another question set.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct OtherSet {
    pub short_id: String,
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    pub question_set: SetRef,
}

/// A statement's change from its first to its latest rating.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Mover {
    pub code: StatementCode,
    pub first: u8,
    pub latest: u8,
    pub change: i16,
}

/// The whole progression, as `progress` prints it and `--json` emits it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Progression {
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    pub question_set: SetRef,
    pub columns: Vec<Column>,
    pub areas: Vec<Series>,
    pub overall: Series,
    /// Filled with `--by-statement` only.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub statements: Vec<Series>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub biggest_rises: Vec<Mover>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub biggest_falls: Vec<Mover>,
    /// How many more statements rose (fell) as much as the last one named: a
    /// tie the lists must not hide.
    pub rises_tied: usize,
    pub falls_tied: usize,
    pub not_comparable: Vec<Mismatch>,
    pub other_sets: Vec<OtherSet>,
}

/// How many rises and falls are called out.
const MOVERS: usize = 3;

/// The attempts in the window that answered `set` (same id; any version), oldest
/// first, and the ones left out because they answered another set.
pub fn select<'a>(
    set: &QuestionSet,
    attempts: &'a [Attempt],
    window: &Window,
) -> (Vec<&'a Attempt>, Vec<OtherSet>) {
    let mut chosen = Vec::new();
    let mut other = Vec::new();
    for a in attempts {
        if window
            .since
            .is_some_and(|since| a.finished_at.date_naive() < since)
        {
            continue;
        }
        if a.answers_set(set) {
            chosen.push(a);
        } else {
            other.push(OtherSet {
                short_id: a.short_id().to_string(),
                question_set: a.question_set.clone(),
            });
        }
    }
    if let Some(n) = window.last {
        let skip = chosen.len().saturating_sub(n);
        chosen.drain(..skip);
    }
    (chosen, other)
}

/// Builds the progression of `attempts` (already selected, oldest first) against `set`.
pub fn progression(
    set: &QuestionSet,
    attempts: &[&Attempt],
    other_sets: Vec<OtherSet>,
    by_statement: bool,
) -> Progression {
    let columns = attempts
        .iter()
        .map(|a| Column {
            id: a.id.clone(),
            short_id: a.short_id().to_string(),
            finished_at: a.finished_at,
            date: a.finished_at.date_naive(),
            label: a.label.clone(),
            question_set_version: a.question_set.version.clone(),
        })
        .collect();

    // Only statements of the current set count, so every mean is over the same codes
    // an attempt shares with the set; differences are reported, never mixed in silently.
    let areas = set
        .areas
        .iter()
        .map(|area| {
            let values = attempts
                .iter()
                .map(|a| area_mean(set, &a.answers, Some(area.number)))
                .collect();
            Series::new(SeriesKey::Area(area.number), values)
        })
        .collect();
    let overall = Series::new(
        SeriesKey::Overall,
        attempts
            .iter()
            .map(|a| area_mean(set, &a.answers, None))
            .collect(),
    );
    let (statements, (rises, rises_tied), (falls, falls_tied)) = if by_statement {
        statement_series(set, attempts)
    } else {
        (Vec::new(), (Vec::new(), 0), (Vec::new(), 0))
    };
    Progression {
        question_set: SetRef::of(set),
        columns,
        areas,
        overall,
        statements,
        biggest_rises: rises,
        biggest_falls: falls,
        rises_tied,
        falls_tied,
        not_comparable: mismatches(set, attempts),
        other_sets,
    }
}

/// The movers named, and how many more tie with the last of them.
type Named = (Vec<Mover>, usize);

/// Per statement: its series, and the biggest rises and falls from the first
/// rating to the latest, each with how many more tie with its last.
fn statement_series(set: &QuestionSet, attempts: &[&Attempt]) -> (Vec<Series>, Named, Named) {
    let mut statements = Vec::new();
    let mut movers = Vec::new();
    for st in &set.statements {
        let ratings: Vec<Option<u8>> = attempts
            .iter()
            .map(|a| a.answers.get(&st.code).copied())
            .collect();
        statements.push(Series::new(
            SeriesKey::Statement(st.code),
            ratings.iter().map(|r| r.map(f64::from)).collect(),
        ));
        let first = ratings[..ratings.len().saturating_sub(1)]
            .iter()
            .copied()
            .flatten()
            .next();
        if let (Some(first), Some(Some(latest))) = (first, ratings.last().copied()) {
            let change = i16::from(latest) - i16::from(first);
            movers.push(Mover {
                code: st.code,
                first,
                latest,
                change,
            });
        }
    }
    // Stable sorts keep the set's order among equal changes.
    let mut rises: Vec<Mover> = movers.iter().filter(|m| m.change > 0).cloned().collect();
    rises.sort_by_key(|m| std::cmp::Reverse(m.change));
    let mut falls: Vec<Mover> = movers.into_iter().filter(|m| m.change < 0).collect();
    falls.sort_by_key(|m| m.change);
    let named = |sorted| first_with_ties(sorted, MOVERS, |m: &Mover| m.change);
    (statements, named(rises), named(falls))
}

/// The attempts whose codes differ from the set's, and how.
fn mismatches(set: &QuestionSet, attempts: &[&Attempt]) -> Vec<Mismatch> {
    attempts
        .iter()
        .filter_map(|a| {
            let missing: Vec<StatementCode> = set
                .statements
                .iter()
                .filter(|s| a.given(s.code).is_none())
                .map(|s| s.code)
                .collect();
            let extra: Vec<StatementCode> = a
                .answers
                .keys()
                .filter(|&&code| set.statement(code).is_none())
                .copied()
                .collect();
            (!missing.is_empty() || !extra.is_empty()).then(|| Mismatch {
                short_id: a.short_id().to_string(),
                question_set_version: a.question_set.version.clone(),
                missing,
                extra,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::attempt::fixtures;
    use crate::model::code::code;

    fn attempt(day: u32, version: &str, values: &[u8]) -> Attempt {
        let mut a = fixtures::attempt(&format!("{day:08}-0000"), fixtures::at(1, day), values);
        a.question_set.version = version.into();
        a
    }

    #[test]
    fn area_means_and_changes_by_hand() {
        let set = crate::model::attempt::fixtures::v1();
        let a = attempt(1, "1.0", &[2; 24]);
        let mut b_values = [3; 24];
        b_values[0] = 7; // area 1: (7+3+3+3)/4 = 4.0
        let b = attempt(2, "1.0", &b_values);
        let c = attempt(3, "1.0", &[5; 24]);
        let p = progression(&set, &[&a, &b, &c], Vec::new(), true);
        let area1 = &p.areas[0];
        assert_eq!(area1.values, vec![Some(2.0), Some(4.0), Some(5.0)]);
        assert_eq!(area1.change_since_previous, Some(1.0));
        assert_eq!(area1.change_since_first, Some(3.0));
        // Overall of b: (7 + 23*3)/24 = 76/24.
        assert_eq!(p.overall.values[1], Some(76.0 / 24.0));
        assert_eq!(p.overall.change_since_first, Some(3.0));
        let s101 = &p.statements[0];
        assert_eq!(s101.values, vec![Some(2.0), Some(7.0), Some(5.0)]);
        assert_eq!(s101.change_since_previous, Some(-2.0));
        assert_eq!(p.biggest_rises.len(), 3);
        assert!(p.biggest_rises.iter().all(|m| m.change == 3));
        assert!(p.biggest_falls.is_empty());
        assert!(p.not_comparable.is_empty());
    }

    #[test]
    fn one_attempt_has_no_changes() {
        let set = crate::model::attempt::fixtures::v1();
        let a = attempt(1, "1.0", &[4; 24]);
        let p = progression(&set, &[&a], Vec::new(), false);
        assert_eq!(p.overall.values, vec![Some(4.0)]);
        assert_eq!(p.overall.change_since_previous, None);
        assert_eq!(p.overall.change_since_first, None);
    }

    #[test]
    fn other_versions_are_compared_by_code_and_reported() {
        let set = crate::model::attempt::fixtures::v1();
        let mut old = attempt(1, "0.9", &[2; 24]);
        old.answers.remove(&code("505"));
        old.answers.insert(code("599"), 7);
        let new = attempt(2, "1.0", &[4; 24]);
        let p = progression(&set, &[&old, &new], Vec::new(), true);
        assert_eq!(
            p.not_comparable,
            vec![Mismatch {
                short_id: "00000001".into(),
                question_set_version: "0.9".into(),
                missing: vec![code("505")],
                extra: vec![code("599")],
            }]
        );
        // Area 5 of the old attempt: the four statements it has, all 2; 599 is ignored.
        assert_eq!(p.areas[4].values[0], Some(2.0));
        let s505 = p
            .statements
            .iter()
            .find(|s| s.key == SeriesKey::Statement(code("505")))
            .expect("505");
        assert_eq!(s505.values, vec![None, Some(4.0)]);
        assert_eq!(s505.change_since_first, None);
    }

    #[test]
    fn window_and_other_sets() {
        let set = crate::model::attempt::fixtures::v1();
        let mut foreign = attempt(4, "1", &[4; 24]);
        foreign.question_set.id = "annan".into();
        let all = vec![
            attempt(1, "1.0", &[1; 24]),
            attempt(2, "1.0", &[2; 24]),
            attempt(3, "1.0", &[3; 24]),
            foreign,
        ];
        let (chosen, other) = select(&set, &all, &Window::default());
        assert_eq!(chosen.len(), 3);
        assert_eq!(other[0].question_set.to_string(), "annan 1");
        let (chosen, _) = select(
            &set,
            &all,
            &Window {
                last: Some(2),
                since: None,
            },
        );
        assert_eq!(
            chosen.iter().map(|a| a.short_id()).collect::<Vec<_>>(),
            ["00000002", "00000003"]
        );
        let (chosen, _) = select(
            &set,
            &all,
            &Window {
                last: None,
                since: NaiveDate::from_ymd_opt(2026, 1, 3),
            },
        );
        assert_eq!(chosen.len(), 1);
    }
}
