//! A term of three meetings (start, middle, end) with their dates, and the log
//! of the meetings held: per meeting the date, how many came (never who), the
//! focus areas, the decisions and the actions with their status. Stored by
//! `store` as `ambassador-term.json` and `ambassador-log.json`.

use crate::model::ambassador::content::MeetingKey;
use crate::model::lookup::{by_prefix, Lookup};
use crate::model::text::make_visible;
use chrono::{DateTime, FixedOffset, NaiveDate};
use serde::{Deserialize, Serialize};

/// Written into `ambassador-term.json`.
pub const TERM_KIND: &str = "digikomp-ambassador-term";
/// Written into `ambassador-log.json`.
pub const LOG_KIND: &str = "digikomp-ambassador-log";
/// The schema both files are written in.
pub const AMBASSADOR_SCHEMA_VERSION: u32 = 1;

/// The weeks between two meetings when none are asked for: six weeks twice
/// fit a Swedish library term (about 18 weeks from late August or January)
/// with room for holidays, and give time to try things with visitors before
/// the group meets again; the last meeting's re-take is then 12 weeks after
/// the first measurement.
pub const DEFAULT_WEEKS: u8 = 6;

/// The fewest and most weeks between meetings.
pub const WEEKS: std::ops::RangeInclusive<u8> = 2..=12;

/// One meeting of the term and its date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermMeeting {
    pub key: MeetingKey,
    pub date: NaiveDate,
}

/// The term as saved.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Term {
    pub kind: String,
    pub schema_version: u32,
    pub created_at: DateTime<FixedOffset>,
    /// Weeks between two meetings.
    pub weeks: u8,
    pub meetings: Vec<TermMeeting>,
}

impl Term {
    /// A term starting on `start`, a meeting every `weeks` weeks.
    pub fn new(start: NaiveDate, weeks: u8, created_at: DateTime<FixedOffset>) -> Self {
        let meetings = MeetingKey::ALL
            .iter()
            .zip(0u64..)
            .map(|(&key, i)| TermMeeting {
                key,
                date: start + chrono::Days::new(i * 7 * u64::from(weeks)),
            })
            .collect();
        Term {
            kind: TERM_KIND.to_string(),
            schema_version: AMBASSADOR_SCHEMA_VERSION,
            created_at,
            weeks,
            meetings,
        }
    }
}

/// Whether an action is still to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ActionStatus {
    Open,
    Done,
}

/// Something the group decided to do.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Short random id, for `ambassador log done ID`.
    pub id: String,
    pub text: String,
    pub status: ActionStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub done_on: Option<NaiveDate>,
}

/// One meeting held.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LogEntry {
    pub date: NaiveDate,
    /// How many came: a number, never names.
    pub attended: u32,
    pub focus: Vec<u8>,
    pub decisions: Vec<String>,
    #[serde(default)]
    pub actions: Vec<Action>,
}

/// Every meeting logged, in date order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Log {
    pub kind: String,
    pub schema_version: u32,
    pub meetings: Vec<LogEntry>,
}

impl Default for Log {
    fn default() -> Self {
        Log {
            kind: LOG_KIND.to_string(),
            schema_version: AMBASSADOR_SCHEMA_VERSION,
            meetings: Vec::new(),
        }
    }
}

/// What marking an action done found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Marked {
    Done(String),
    Already(String),
    Unknown,
    /// Done before the meeting that decided it: the meeting's date.
    BeforeDecided(NaiveDate),
    /// The prefix fits several actions: their ids.
    Ambiguous(Vec<String>),
}

impl Log {
    /// Adds a meeting, keeping the log in date order.
    pub fn add(&mut self, entry: LogEntry) {
        let at = self.meetings.partition_point(|m| m.date <= entry.date);
        self.meetings.insert(at, entry);
    }

    /// Marks the action whose id starts with `prefix` done on `on`.
    pub fn mark_done(&mut self, prefix: &str, on: NaiveDate) -> Marked {
        let ids: Vec<String> = self
            .meetings
            .iter()
            .flat_map(|m| m.actions.iter().map(|a| a.id.clone()))
            .collect();
        let id = match by_prefix(&ids, prefix, String::as_str) {
            Lookup::One(id) => id.clone(),
            Lookup::None => return Marked::Unknown,
            Lookup::Many(many) => return Marked::Ambiguous(many.into_iter().cloned().collect()),
        };
        for meeting in &mut self.meetings {
            let decided = meeting.date;
            if let Some(action) = meeting.actions.iter_mut().find(|a| a.id == id) {
                if action.status == ActionStatus::Done {
                    return Marked::Already(id);
                }
                if on < decided {
                    return Marked::BeforeDecided(decided);
                }
                action.status = ActionStatus::Done;
                action.done_on = Some(on);
                return Marked::Done(id);
            }
        }
        Marked::Unknown
    }

    /// Every focus area of the log, in order of first mention.
    pub fn focus_areas(&self) -> Vec<u8> {
        let mut out: Vec<u8> = Vec::new();
        for &a in self.meetings.iter().flat_map(|m| &m.focus) {
            if !out.contains(&a) {
                out.push(a);
            }
        }
        out
    }

    /// The actions decided at meetings with `area` in focus: (done, all).
    pub fn actions_for(&self, area: u8) -> (Vec<&Action>, usize) {
        let actions: Vec<&Action> = self
            .meetings
            .iter()
            .filter(|m| m.focus.contains(&area))
            .flat_map(|m| &m.actions)
            .collect();
        let all = actions.len();
        let done = actions
            .into_iter()
            .filter(|a| a.status == ActionStatus::Done)
            .collect();
        (done, all)
    }

    /// Hand-edited text made visible, as every personal file is when read.
    pub fn make_visible(&mut self) {
        for m in &mut self.meetings {
            m.decisions.iter_mut().for_each(make_visible);
            for a in &mut m.actions {
                make_visible(&mut a.text);
                make_visible(&mut a.id);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").expect("date")
    }

    #[test]
    fn a_term_is_three_meetings_weeks_apart() {
        let now = DateTime::parse_from_rfc3339("2027-01-10T10:00:00+01:00").expect("time");
        let term = Term::new(day("2027-01-11"), 6, now);
        let dates: Vec<String> = term.meetings.iter().map(|m| m.date.to_string()).collect();
        assert_eq!(dates, ["2027-01-11", "2027-02-22", "2027-04-05"]);
    }

    #[test]
    fn actions_are_marked_done_by_prefix() {
        let mut log = Log::default();
        let action = |id: &str| Action {
            id: id.into(),
            text: "x".into(),
            status: ActionStatus::Open,
            done_on: None,
        };
        log.add(LogEntry {
            date: day("2027-02-01"),
            attended: 6,
            focus: vec![2],
            decisions: vec![],
            actions: vec![action("ab12"), action("ab34")],
        });
        log.add(LogEntry {
            date: day("2027-01-01"),
            attended: 5,
            focus: vec![4],
            decisions: vec![],
            actions: vec![],
        });
        assert_eq!(log.meetings[0].date, day("2027-01-01"), "date order");
        assert!(matches!(
            log.mark_done("ab", day("2027-02-02")),
            Marked::Ambiguous(_)
        ));
        assert_eq!(
            log.mark_done("ab1", day("2027-02-02")),
            Marked::Done("ab12".into())
        );
        assert_eq!(
            log.mark_done("ab12", day("2027-02-02")),
            Marked::Already("ab12".into())
        );
        assert_eq!(log.mark_done("zz", day("2027-02-02")), Marked::Unknown);
        let (done, all) = log.actions_for(2);
        assert_eq!((done.len(), all), (1, 2));
        assert_eq!(log.focus_areas(), vec![4, 2]);
    }
}
