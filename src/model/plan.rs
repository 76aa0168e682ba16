//! The action plan: up to three statements or areas a person chooses to work on,
//! each with a goal and an optional date, and how their ratings moved since.
//! Pure functions over plans, attempts and the question set; stored by `store`.

use crate::model::attempt::{Answers, Attempt};
use crate::model::code::StatementCode;
use crate::model::lookup::{by_prefix, Lookup};
use crate::model::question_set::QuestionSet;
use crate::model::score::area_mean;
use crate::model::stats::shown_change;
use crate::model::text::{make_visible, make_visible_opt};
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// Written into `plans.json`.
pub const PLANS_KIND: &str = "digikomp-plans";
/// The plans schema this version writes and reads.
pub const PLANS_SCHEMA_VERSION: u32 = 1;
/// How many items may be open at once.
pub const MAX_OPEN: usize = 3;

/// What an item is about.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum Target {
    Statement { code: StatementCode },
    Area { area: u8 },
}

impl Target {
    /// The change an evaluation shows: a statement's whole answers differ by a
    /// whole number; an area's change is between its means as shown (one
    /// decimal), so that "2,9 → 4,3" always reads "+1,4".
    pub fn shown_change(&self, e: &Evaluation) -> Option<f64> {
        match self {
            Target::Statement { .. } => e.change,
            Target::Area { .. } => e.before.zip(e.after).map(|(b, a)| shown_change(b, a)),
        }
    }

    /// This target's rating in `attempt`: the answer, or the area's mean.
    pub fn rating(&self, set: &QuestionSet, attempt: &Attempt) -> Option<f64> {
        self.rating_in(set, &attempt.answers)
    }

    /// This target's rating in a set of answers (an attempt's or an export
    /// record's): the answer, or the area's mean.
    pub fn rating_in(&self, set: &QuestionSet, answers: &Answers) -> Option<f64> {
        match self {
            Target::Statement { code } => answers.get(code).map(|&v| f64::from(v)),
            Target::Area { area } => area_mean(set, answers, Some(*area)),
        }
    }
}

/// Whether an item is still being worked on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Open,
    Closed,
}

/// One item of the plan.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PlanItem {
    /// Short random id, for `plan close ID`.
    pub id: String,
    pub target: Target,
    pub goal: String,
    #[serde(default)]
    pub due: Option<NaiveDate>,
    pub created_at: DateTime<FixedOffset>,
    /// The attempt whose rating is "before": the latest one when the item was made.
    #[serde(default)]
    pub baseline_attempt: Option<String>,
    pub status: Status,
    #[serde(default)]
    pub closed_at: Option<DateTime<FixedOffset>>,
    /// The question set the item is about, by id; absent in items made before
    /// sets could be chosen (the staff set's).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub set: Option<String>,
    /// For a change plan (a leadership group's): who owns the action, what it
    /// needs, how to tell it worked, and when to follow it up. All optional.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub owner: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub resources: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub success: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub follow_up: Option<NaiveDate>,
}

impl PlanItem {
    /// Whether the item belongs to `set`: its own set, or for an item made
    /// before sets were recorded, any set but one with mirror statements.
    pub fn of_set(&self, set: &QuestionSet) -> bool {
        match &self.set {
            Some(id) => *id == set.id,
            None => !set.has_mirrors(),
        }
    }
}

/// The optional parts of a change plan's item.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ChangeDetails {
    pub owner: Option<String>,
    pub resources: Option<String>,
    pub success: Option<String>,
    pub follow_up: Option<NaiveDate>,
}

/// Every item, open and closed; closed ones stay for the history.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Plans {
    pub kind: String,
    pub schema_version: u32,
    pub items: Vec<PlanItem>,
    /// The learning resources the person has noted as worked through
    /// (`learn done`), oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub learned: Vec<Learned>,
}

/// A learning resource worked through, and the open items it served then.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learned {
    /// The resource's id in the learning library.
    pub resource: String,
    pub at: DateTime<FixedOffset>,
    /// The ids of the open items whose statement or area it serves.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<String>,
}

impl Target {
    /// Whether a resource serving `statements` serves this target: its
    /// statement, or a statement of its area.
    pub fn served_by(&self, statements: &[StatementCode]) -> bool {
        match self {
            Target::Statement { code } => statements.contains(code),
            Target::Area { area } => statements.iter().any(|c| c.area() == *area),
        }
    }
}

impl Default for Plans {
    fn default() -> Self {
        Plans {
            kind: PLANS_KIND.to_string(),
            schema_version: PLANS_SCHEMA_VERSION,
            items: Vec::new(),
            learned: Vec::new(),
        }
    }
}

impl Plans {
    /// Makes the free texts (ids, goals) safe to show.
    pub fn make_visible(&mut self) {
        for item in &mut self.items {
            make_visible(&mut item.id);
            make_visible(&mut item.goal);
            make_visible_opt(&mut item.baseline_attempt);
        }
    }

    /// The open items.
    pub fn open(&self) -> impl Iterator<Item = &PlanItem> {
        self.items.iter().filter(|i| i.status == Status::Open)
    }

    /// The open items about `set` (see [`PlanItem::of_set`]).
    pub fn open_of<'a>(&'a self, set: &'a QuestionSet) -> impl Iterator<Item = &'a PlanItem> {
        self.open().filter(move |i| i.of_set(set))
    }

    /// Closes the open item with this id (or a prefix of it that names one open
    /// item) and returns its whole id; `None` if there is none.
    pub fn close(&mut self, id: &str, now: DateTime<FixedOffset>) -> Option<String> {
        let open: Vec<&PlanItem> = self.open().collect();
        let Lookup::One(found) = by_prefix(&open, id, |i| i.id.as_str()) else {
            return None;
        };
        let found = found.id.clone();
        let item = self.items.iter_mut().find(|i| i.id == found)?;
        item.status = Status::Closed;
        item.closed_at = Some(now);
        Some(found)
    }
}

/// How an item's rating moved: before (in its baseline attempt, or the latest
/// attempt before the item when that one was deleted) and now (in the latest
/// attempt after it was made). Exact figures: the screens round them to one
/// decimal and take the change between the rounded ones.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evaluation {
    pub before: Option<f64>,
    pub after: Option<f64>,
    pub change: Option<f64>,
    /// `true` when the exact change is above zero, `false` when not, `null`
    /// before a new attempt.
    pub rose: Option<bool>,
    /// The statement was answered "not part of my job" in the latest attempt:
    /// measured, but with no rating to compare.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub now_abstained: bool,
}

/// Each of `items` with its evaluation over `attempts` (oldest first).
pub fn evaluate_all<'a>(
    set: &QuestionSet,
    items: &[&'a PlanItem],
    attempts: &[&Attempt],
) -> Vec<(&'a PlanItem, Evaluation)> {
    items
        .iter()
        .map(|item| (*item, evaluate(set, item, attempts)))
        .collect()
}

/// Evaluates `item` over `attempts` (oldest first). "After" is the latest attempt
/// that comes after the baseline in that order (after the item was made, when the
/// baseline is gone), so two attempts within one second still count as before and after.
pub fn evaluate(set: &QuestionSet, item: &PlanItem, attempts: &[&Attempt]) -> Evaluation {
    // The baseline attempt; when it has been deleted, the latest attempt made
    // before the item, so that a deletion does not leave "before" empty.
    let position = item
        .baseline_attempt
        .as_ref()
        .and_then(|id| attempts.iter().position(|a| &a.id == id))
        .or_else(|| {
            attempts
                .partition_point(|a| a.finished_at <= item.created_at)
                .checked_sub(1)
        });
    let before = position.and_then(|i| item.target.rating(set, attempts[i]));
    let first_later = position.map_or_else(
        || attempts.partition_point(|a| a.finished_at <= item.created_at),
        |i| i + 1,
    );
    let later = &attempts[first_later..];
    let after = later.last().and_then(|a| item.target.rating(set, a));
    let now_abstained = match (&item.target, later.last()) {
        (Target::Statement { code }, Some(a)) => a.abstained.contains(code),
        _ => false,
    };
    let change = before.zip(after).map(|(b, a)| a - b);
    Evaluation {
        before,
        after,
        change,
        rose: change.map(|c| c > 0.0),
        now_abstained,
    }
}

/// The candidates to work on, lowest rating first: every statement and every area
/// of `attempt`, with its rating.
pub fn candidates(set: &QuestionSet, attempt: &Attempt) -> Vec<(Target, f64)> {
    // A mirror statement (a leader's estimate of the staff) is nothing to develop
    // in oneself, nor is a theme of only mirrors.
    let own = |area: u8| set.statements_of(area).any(|s| s.mirror_area.is_none());
    let mut out: Vec<(Target, f64)> = set
        .statements
        .iter()
        .filter(|s| s.mirror_area.is_none())
        .filter_map(|s| {
            attempt
                .answers
                .get(&s.code)
                .map(|&v| (Target::Statement { code: s.code }, f64::from(v)))
        })
        .chain(set.areas.iter().filter(|a| own(a.number)).filter_map(|a| {
            let target = Target::Area { area: a.number };
            target.rating(set, attempt).map(|m| (target, m))
        }))
        .collect();
    out.sort_by(|a, b| a.1.total_cmp(&b.1));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::attempt::fixtures;
    use crate::model::code::code;

    fn at(day: u32) -> DateTime<FixedOffset> {
        fixtures::at(2, day)
    }

    fn attempt(id: &str, day: u32, values: &[u8]) -> Attempt {
        fixtures::attempt(id, at(day), values)
    }

    fn item(target: Target, baseline: &str, day: u32) -> PlanItem {
        PlanItem {
            id: "abcd1234".into(),
            target,
            goal: "gå kursen".into(),
            due: None,
            created_at: at(day),
            baseline_attempt: Some(baseline.into()),
            status: Status::Open,
            closed_at: None,
            set: None,
            owner: None,
            resources: None,
            success: None,
            follow_up: None,
        }
    }

    /// All 3s but 203 at 2, then all 4s but 203 at 5.
    fn first_and_second() -> ([u8; 24], [u8; 24]) {
        let mut first = [3; 24];
        first[6] = 2; // 203
        let mut second = [4; 24];
        second[6] = 5;
        (first, second)
    }

    #[test]
    fn before_and_after_by_hand() {
        let set = crate::model::attempt::fixtures::v1();
        let (first, second) = first_and_second();
        let a = attempt("a", 1, &first);
        let b = attempt("b", 10, &second);
        let s203 = item(Target::Statement { code: code("203") }, "a", 2);
        let e = evaluate(&set, &s203, &[&a, &b]);
        assert_eq!(
            (e.before, e.after, e.change, e.rose),
            (Some(2.0), Some(5.0), Some(3.0), Some(true))
        );
        // Area 2 (201–207): before (6×3 + 2)/7 = 20/7, after (6×4 + 5)/7 = 29/7.
        let area2 = item(Target::Area { area: 2 }, "a", 2);
        let e = evaluate(&set, &area2, &[&a, &b]);
        assert_eq!(e.before, Some(20.0 / 7.0));
        assert_eq!(e.after, Some(29.0 / 7.0));
        assert_eq!(e.rose, Some(true));
        let e = evaluate(&set, &s203, &[&a]);
        assert_eq!(
            (e.before, e.after, e.rose),
            (Some(2.0), None, None),
            "no new attempt yet"
        );
        let fell = evaluate(
            &set,
            &item(Target::Statement { code: code("101") }, "b", 11),
            &[&a, &b, &attempt("c", 12, &first)],
        );
        assert_eq!(
            (fell.before, fell.after, fell.rose),
            (Some(4.0), Some(3.0), Some(false))
        );
    }

    #[test]
    fn a_deleted_baseline_falls_back_to_the_attempt_before_the_item() {
        let set = crate::model::attempt::fixtures::v1();
        let (first, second) = first_and_second();
        // The baseline "gone" was deleted; "a" (day 1) is the latest before the
        // item (day 2), "b" (day 10) the one after it.
        let a = attempt("a", 1, &first);
        let b = attempt("b", 10, &second);
        let s203 = item(Target::Statement { code: code("203") }, "gone", 2);
        let e = evaluate(&set, &s203, &[&a, &b]);
        assert_eq!(
            (e.before, e.after, e.change),
            (Some(2.0), Some(5.0), Some(3.0))
        );
        // Nothing before the item: no before, and b is still the after.
        let e = evaluate(&set, &s203, &[&b]);
        assert_eq!((e.before, e.after), (None, Some(5.0)));
    }

    #[test]
    fn closing_keeps_the_item() {
        let mut plans = Plans::default();
        plans.items.push(item(Target::Area { area: 4 }, "a", 1));
        assert_eq!(plans.close("zz", at(3)), None);
        let closed = plans.close("abcd", at(3)).expect("closed");
        assert!(closed.starts_with("abcd"), "the whole id: {closed}");
        assert_eq!(plans.items[0].status, Status::Closed);
        assert_eq!(plans.open().count(), 0);
        assert_eq!(plans.close("abcd", at(4)), None, "already closed");
    }

    #[test]
    fn candidates_lowest_first() {
        let set = crate::model::attempt::fixtures::v1();
        let mut v = [5; 24];
        v[6] = 1;
        let c = candidates(&set, &attempt("a", 1, &v));
        assert_eq!(c[0], (Target::Statement { code: code("203") }, 1.0));
        assert_eq!(c.len(), 24 + 5);
    }
}
