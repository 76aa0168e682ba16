//! The attempt model: what one sitting of the test produced, the draft of an
//! unfinished one, and the reference to the question set both were answered with.

use crate::model::code::{StatementCode, CODE_SPACE};
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::text::{make_visible, make_visible_opt};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

/// Written into every attempt file; readers refuse files of a newer schema.
pub const ATTEMPT_SCHEMA_VERSION: u32 = 1;

/// Names the kind of file, so that a foreign JSON file is not mistaken for an attempt.
pub const ATTEMPT_KIND: &str = "digikomp-attempt";

/// Written into every draft file.
pub const DRAFT_KIND: &str = "digikomp-draft";

/// Ratings by statement code.
pub type Answers = BTreeMap<StatementCode, u8>;

/// The statements answered with the set's abstain answer ("Ingår inte i mitt
/// arbete"): answered, but with no rating, so left out of every mean.
pub type Abstained = BTreeSet<StatementCode>;

/// What a person gave on one statement: a point of the scale, or the set's
/// abstain answer, which is not a point.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Given {
    Point(u8),
    Abstain,
}

/// A point as its number, the abstain answer as `x`: how a prompt names what
/// was given, and the key that gives it.
impl fmt::Display for Given {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Given::Point(v) => write!(f, "{v}"),
            Given::Abstain => f.write_str("x"),
        }
    }
}

/// What was given on `code`, if anything: the one place that reads a rating
/// and an abstention together, so that no caller mistakes one for the other.
pub fn given(answers: &Answers, abstained: &Abstained, code: StatementCode) -> Option<Given> {
    answers
        .get(&code)
        .map(|&v| Given::Point(v))
        .or_else(|| abstained.contains(&code).then_some(Given::Abstain))
}

/// Records `given` on `code`, replacing whatever was given before.
pub fn give(answers: &mut Answers, abstained: &mut Abstained, code: StatementCode, given: Given) {
    match given {
        Given::Point(v) => {
            abstained.remove(&code);
            answers.insert(code, v);
        }
        Given::Abstain => {
            answers.remove(&code);
            abstained.insert(code);
        }
    }
}

/// Which question set an attempt or draft was answered against.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SetRef {
    pub id: String,
    pub version: String,
}

impl SetRef {
    /// The reference to `set`.
    pub fn of(set: &QuestionSet) -> Self {
        SetRef {
            id: set.id.clone(),
            version: set.version.clone(),
        }
    }
}

/// "digikomp-bibliotek 1.0": how a set is named on screen and in reports.
impl fmt::Display for SetRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} {}", self.id, self.version)
    }
}

/// Serializes a set reference as its text ("digikomp-bibliotek 1.0"), for reports
/// that name a set rather than store it.
pub fn set_ref_as_text<S: serde::Serializer>(
    value: &SetRef,
    serializer: S,
) -> Result<S::Ok, S::Error> {
    serializer.collect_str(value)
}

/// One completed sitting of the test, as saved on disk.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attempt {
    pub kind: String,
    pub schema_version: u32,
    /// Random UUID; its first 8 characters are the short id shown in tables.
    pub id: String,
    pub started_at: DateTime<FixedOffset>,
    pub finished_at: DateTime<FixedOffset>,
    pub question_set: SetRef,
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    /// Rating per statement code.
    #[serde(deserialize_with = "unique_answers")]
    pub answers: Answers,
    /// The statements answered "not part of my job" (sets that offer it).
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub abstained: Abstained,
}

impl Attempt {
    /// What was given on `code`.
    pub fn given(&self, code: StatementCode) -> Option<Given> {
        given(&self.answers, &self.abstained, code)
    }

    /// Makes its free texts (the label, the id) safe to show: a file may have been
    /// edited by hand.
    pub fn make_visible(&mut self) {
        make_visible(&mut self.id);
        make_visible_opt(&mut self.label);
    }

    /// The short id: enough to name an attempt on the command line.
    pub fn short_id(&self) -> &str {
        self.id.get(..8).unwrap_or(&self.id)
    }

    /// Whether it answered `set` (any version of it).
    pub fn answers_set(&self, set: &QuestionSet) -> bool {
        self.question_set.id == set.id
    }
}

/// An unfinished test, saved after every answer so that an interruption loses nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: String,
    pub schema_version: u32,
    pub started_at: DateTime<FixedOffset>,
    pub question_set: SetRef,
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    #[serde(deserialize_with = "unique_answers")]
    pub answers: Answers,
    /// The statements answered "not part of my job".
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub abstained: Abstained,
}

impl Draft {
    /// What was given on `code`.
    pub fn given(&self, code: StatementCode) -> Option<Given> {
        given(&self.answers, &self.abstained, code)
    }

    /// Records `given` on `code`.
    pub fn give(&mut self, code: StatementCode, given: Given) {
        give(&mut self.answers, &mut self.abstained, code, given);
    }

    /// Makes its label safe to show.
    pub fn make_visible(&mut self) {
        make_visible_opt(&mut self.label);
    }
}

/// Reads an answers map in one pass, refusing a code given twice (serde would
/// otherwise keep the last value silently). Codes are three digits, so a table of
/// [`CODE_SPACE`] flags tells a repeat at once, however many keys a file holds.
pub fn unique_answers<'de, D>(deserializer: D) -> Result<Answers, D::Error>
where
    D: serde::Deserializer<'de>,
{
    struct Visitor;
    impl<'de> serde::de::Visitor<'de> for Visitor {
        type Value = Answers;
        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a map from statement codes to ratings")
        }
        fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Answers, A::Error> {
            let mut seen = [false; CODE_SPACE];
            let mut out = Answers::new();
            while let Some((code, value)) = map.next_entry::<StatementCode, u8>()? {
                if std::mem::replace(&mut seen[code.index()], true) {
                    return Err(serde::de::Error::custom(format!(
                        "statement {code} is answered twice"
                    )));
                }
                out.insert(code, value);
            }
            Ok(out)
        }
    }
    deserializer.deserialize_map(Visitor)
}

/// Attempts for the unit tests of every module.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{Attempt, SetRef, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION};
    use crate::model::lang::Lang;
    use crate::model::question_set::QuestionSet;
    use chrono::{DateTime, FixedOffset, TimeZone};

    /// Noon (+01:00) on a day of 2026.
    pub fn at(month: u32, day: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, month, day, 12, 0, 0).single())
            .expect("a valid time")
    }

    /// Version 1.0 of the bundled set: the unit tests of scoring, progression and
    /// plans were worked out by hand for its areas of 4, 7, 4, 4 and 5 statements.
    pub fn v1() -> QuestionSet {
        QuestionSet::bundled_version("1.0").expect("1.0 is bundled")
    }

    /// An attempt at the 1.0 set, answered with `values` in the set's order.
    pub fn attempt(id: &str, finished_at: DateTime<FixedOffset>, values: &[u8]) -> Attempt {
        let set = v1();
        Attempt {
            kind: ATTEMPT_KIND.into(),
            schema_version: ATTEMPT_SCHEMA_VERSION,
            id: id.into(),
            started_at: finished_at,
            finished_at,
            question_set: SetRef::of(&set),
            lang: Lang::SV,
            label: None,
            answers: set
                .statements
                .iter()
                .zip(values)
                .map(|(s, &v)| (s.code, v))
                .collect(),
            abstained: super::Abstained::new(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::code::code;

    #[test]
    fn a_repeated_code_is_refused_in_one_pass() {
        let ok: Draft = serde_json::from_str(
            r#"{"kind":"digikomp-draft","schema_version":1,"started_at":"2026-01-01T10:00:00+01:00",
            "question_set":{"id":"x","version":"1"},"lang":"sv","answers":{"101":4,"1\u00302":5}}"#,
        )
        .expect("parses");
        assert_eq!(ok.answers[&code("102")], 5);
        let twice = r#"{"kind":"digikomp-draft","schema_version":1,"started_at":"2026-01-01T10:00:00+01:00",
            "question_set":{"id":"x","version":"1"},"lang":"sv","answers":{"101":4,"101":5}}"#;
        let err = serde_json::from_str::<Draft>(twice).unwrap_err();
        assert!(err.to_string().contains("101 is answered twice"), "{err}");
    }

    #[test]
    fn set_refs_name_id_and_version() {
        let r = SetRef {
            id: "digikomp-bibliotek".into(),
            version: "1.0".into(),
        };
        assert_eq!(r.to_string(), "digikomp-bibliotek 1.0");
    }
}
