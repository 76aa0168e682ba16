//! The attempt model (what one sitting of the test produced) and its scoring.
//!
//! Scoring is pure: it takes an attempt's answers and a question set and returns
//! numbers, so it is tested without files or terminals.

use crate::lang::Lang;
use crate::questions::QuestionSet;
use crate::texts::fill;
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Written into every attempt file; readers refuse files of a newer schema.
pub const ATTEMPT_SCHEMA_VERSION: u32 = 1;

/// Names the kind of file, so that a foreign JSON file is not mistaken for an attempt.
pub const ATTEMPT_KIND: &str = "digikomp-attempt";

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
    pub answers: BTreeMap<String, u8>,
}

/// Answers as read from JSON, in the order given; a code given twice is an error
/// (serde would otherwise keep the last value silently). `K` is `String`, or
/// `&str` to borrow the codes from the input when thousands of files are read.
pub struct AnswerList<K>(pub Vec<(K, u8)>);

impl<'de, K> Deserialize<'de> for AnswerList<K>
where
    K: Deserialize<'de> + PartialEq + std::fmt::Display,
{
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor<K>(std::marker::PhantomData<K>);
        impl<'de, K> serde::de::Visitor<'de> for Visitor<K>
        where
            K: Deserialize<'de> + PartialEq + std::fmt::Display,
        {
            type Value = AnswerList<K>;
            fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str("a map from statement codes to ratings")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<Self::Value, A::Error> {
                let mut out: Vec<(K, u8)> = Vec::with_capacity(32);
                while let Some((code, value)) = map.next_entry::<K, u8>()? {
                    if out.iter().any(|(c, _)| *c == code) {
                        return Err(serde::de::Error::custom(format!(
                            "statement {code} is answered twice"
                        )));
                    }
                    out.push((code, value));
                }
                Ok(AnswerList(out))
            }
        }
        deserializer.deserialize_map(Visitor(std::marker::PhantomData))
    }
}

/// Reads an answers map, refusing a code given twice (see [`AnswerList`]).
pub fn unique_answers<'de, D>(deserializer: D) -> Result<BTreeMap<String, u8>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    AnswerList::<String>::deserialize(deserializer).map(|list| list.0.into_iter().collect())
}

impl Attempt {
    /// The short id: enough to name an attempt on the command line.
    pub fn short_id(&self) -> &str {
        self.id.get(..8).unwrap_or(&self.id)
    }
}

/// The mean rating of one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaScore {
    pub area: u8,
    pub mean: f64,
    pub answered: usize,
}

/// One statement with its rating, for the strengths and areas-to-develop lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rated {
    pub code: String,
    pub value: u8,
}

/// Everything the result screen shows, computed from one attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Per declared area, in the set's order; areas with no answers are left out.
    pub areas: Vec<AreaScore>,
    /// Mean over all answered statements (not the mean of area means, so that every
    /// statement weighs the same whatever the size of its area).
    pub overall: f64,
    pub strengths: Vec<Rated>,
    pub to_develop: Vec<Rated>,
    /// The area with the lowest mean (the lowest number wins a tie).
    pub weakest_area: Option<u8>,
}

/// How many statements the strengths and to-develop lists hold.
pub const HIGHLIGHTS: usize = 3;

/// Scores `answers` against `set`. Answers to codes the set does not have are ignored.
pub fn score(set: &QuestionSet, answers: &BTreeMap<String, u8>) -> Score {
    let rated: Vec<Rated> = set
        .statements
        .iter()
        .filter_map(|s| {
            answers.get(&s.code).map(|&value| Rated {
                code: s.code.clone(),
                value,
            })
        })
        .collect();

    let areas: Vec<AreaScore> = set
        .areas
        .iter()
        .filter_map(|area| {
            let values: Vec<u8> = rated
                .iter()
                .filter(|r| r.code.starts_with(char::from(b'0' + area.number)))
                .map(|r| r.value)
                .collect();
            mean(&values).map(|mean| AreaScore {
                area: area.number,
                mean,
                answered: values.len(),
            })
        })
        .collect();

    let all: Vec<u8> = rated.iter().map(|r| r.value).collect();
    let overall = mean(&all).unwrap_or(0.0);

    // Stable sorts keep the set's order among equal ratings, so ties are predictable.
    let mut high = rated.clone();
    high.sort_by_key(|r| std::cmp::Reverse(r.value));
    let strengths: Vec<Rated> = high.into_iter().take(HIGHLIGHTS).collect();
    let mut low = rated;
    low.sort_by_key(|r| r.value);
    let to_develop: Vec<Rated> = low
        .into_iter()
        .filter(|r| !strengths.iter().any(|s| s.code == r.code))
        .take(HIGHLIGHTS)
        .collect();

    let weakest_area = areas
        .iter()
        .min_by(|a, b| a.mean.total_cmp(&b.mean))
        .map(|a| a.area);

    Score {
        areas,
        overall,
        strengths,
        to_develop,
        weakest_area,
    }
}

/// The arithmetic mean, or `None` for no values.
pub fn mean(values: &[u8]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let sum: u32 = values.iter().map(|&v| u32::from(v)).sum();
    Some(f64::from(sum) / values.len() as f64)
}

/// Why a list of answers was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum AnswersError {
    #[error("expected {expected} answers, one per statement, but got {got}")]
    Count { expected: usize, got: usize },
    #[error("'{token}' (answer {position}) is not a whole number")]
    NotANumber { position: usize, token: String },
    #[error("answer {position} is {value}, outside the scale {min}–{max}")]
    OutOfRange {
        position: usize,
        value: i64,
        min: u8,
        max: u8,
    },
    #[error("'{code}' is not a statement code of this question set")]
    UnknownCode { code: String },
    #[error("statement {code} is answered twice")]
    Duplicate { code: String },
    #[error("statement {code} has no answer")]
    Missing { code: String },
    #[error("mix of plain values and code=value pairs: use one form")]
    Mixed,
}

impl AnswersError {
    /// The message in `lang` (the `Display` text is English).
    pub fn message(&self, lang: Lang) -> String {
        let t = crate::texts::texts(lang);
        match self {
            AnswersError::Count { expected, got } => {
                fill(t.err_count, &[("expected", expected), ("got", got)])
            }
            AnswersError::NotANumber { position, token } => fill(
                t.err_not_number,
                &[("token", token), ("position", position)],
            ),
            AnswersError::OutOfRange {
                position,
                value,
                min,
                max,
            } => fill(
                t.err_out_of_range,
                &[
                    ("position", position),
                    ("value", value),
                    ("min", min),
                    ("max", max),
                ],
            ),
            AnswersError::UnknownCode { code } => fill(t.err_unknown_code, &[("code", code)]),
            AnswersError::Duplicate { code } => fill(t.err_duplicate, &[("code", code)]),
            AnswersError::Missing { code } => fill(t.err_missing, &[("code", code)]),
            AnswersError::Mixed => t.err_mixed.to_string(),
        }
    }
}

/// Parses answers given on the command line or in a file: either one value per
/// statement in the set's order (`5,6,4,…`), or `code=value` pairs in any order
/// (`101=5 102=6 …`). Commas, semicolons and white space all separate.
pub fn parse_answers(set: &QuestionSet, text: &str) -> Result<BTreeMap<String, u8>, AnswersError> {
    let tokens: Vec<&str> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    let pairs = tokens.iter().filter(|t| t.contains('=')).count();
    if pairs > 0 && pairs != tokens.len() {
        return Err(AnswersError::Mixed);
    }
    let check = |position: usize, token: &str| -> Result<u8, AnswersError> {
        let value: i64 = token.parse().map_err(|_| AnswersError::NotANumber {
            position,
            token: token.to_string(),
        })?;
        u8::try_from(value)
            .ok()
            .filter(|v| set.scale.contains(*v))
            .ok_or(AnswersError::OutOfRange {
                position,
                value,
                min: set.scale.min,
                max: set.scale.max,
            })
    };

    let mut answers = BTreeMap::new();
    if pairs == 0 {
        if tokens.len() != set.statements.len() {
            return Err(AnswersError::Count {
                expected: set.statements.len(),
                got: tokens.len(),
            });
        }
        for (i, (st, token)) in set.statements.iter().zip(&tokens).enumerate() {
            answers.insert(st.code.clone(), check(i + 1, token)?);
        }
    } else {
        for (i, token) in tokens.iter().enumerate() {
            let (code, value) = token.split_once('=').unwrap_or((token, ""));
            if set.statement(code).is_none() {
                return Err(AnswersError::UnknownCode {
                    code: code.to_string(),
                });
            }
            let value = check(i + 1, value)?;
            if answers.insert(code.to_string(), value).is_some() {
                return Err(AnswersError::Duplicate {
                    code: code.to_string(),
                });
            }
        }
        if let Some(st) = set
            .statements
            .iter()
            .find(|s| !answers.contains_key(&s.code))
        {
            return Err(AnswersError::Missing {
                code: st.code.clone(),
            });
        }
    }
    Ok(answers)
}

/// Attempts for the unit tests of every module.
#[cfg(test)]
pub(crate) mod fixtures {
    use super::{Attempt, SetRef, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION};
    use crate::lang::Lang;
    use crate::questions::QuestionSet;
    use chrono::{DateTime, FixedOffset, TimeZone};

    /// Noon (+01:00) on a day of 2026.
    pub fn at(month: u32, day: u32) -> DateTime<FixedOffset> {
        FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, month, day, 12, 0, 0).single())
            .expect("a valid time")
    }

    /// An attempt at the bundled set, answered with `values` in the set's order.
    pub fn attempt(id: &str, finished_at: DateTime<FixedOffset>, values: &[u8]) -> Attempt {
        let set = QuestionSet::bundled();
        Attempt {
            kind: ATTEMPT_KIND.into(),
            schema_version: ATTEMPT_SCHEMA_VERSION,
            id: id.into(),
            started_at: finished_at,
            finished_at,
            question_set: SetRef::of(&set),
            lang: Lang::Sv,
            label: None,
            answers: set
                .statements
                .iter()
                .zip(values)
                .map(|(s, &v)| (s.code.clone(), v))
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answers(values: &[u8]) -> BTreeMap<String, u8> {
        let set = QuestionSet::bundled();
        set.statements
            .iter()
            .zip(values)
            .map(|(s, &v)| (s.code.clone(), v))
            .collect()
    }

    // Area sizes in the bundled set: 4, 7, 4, 4, 5.
    const SAMPLE: [u8; 24] = [
        5, 6, 4, 7, // area 1: mean 22/4 = 5.5
        3, 3, 2, 4, 5, 6, 1, // area 2: 24/7 = 3.428…
        7, 7, 6, 2, // area 3: 22/4 = 5.5
        4, 4, 4, 4, // area 4: 4.0
        1, 2, 3, 4, 5, // area 5: 15/5 = 3.0
    ];

    #[test]
    fn area_means_and_overall_by_hand() {
        let set = QuestionSet::bundled();
        let s = score(&set, &answers(&SAMPLE));
        let means: Vec<(u8, f64)> = s.areas.iter().map(|a| (a.area, a.mean)).collect();
        assert_eq!(
            means,
            vec![(1, 5.5), (2, 24.0 / 7.0), (3, 5.5), (4, 4.0), (5, 3.0)]
        );
        // Sum of all 24 = 22 + 24 + 22 + 16 + 15 = 99.
        assert!((s.overall - 99.0 / 24.0).abs() < 1e-12);
        assert_eq!(s.weakest_area, Some(5));
    }

    #[test]
    fn strengths_and_to_develop_break_ties_in_set_order() {
        let set = QuestionSet::bundled();
        let s = score(&set, &answers(&SAMPLE));
        let codes = |v: &[Rated]| {
            v.iter()
                .map(|r| (r.code.clone(), r.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            codes(&s.strengths),
            vec![("104".into(), 7), ("301".into(), 7), ("302".into(), 7)]
        );
        assert_eq!(
            codes(&s.to_develop),
            vec![("207".into(), 1), ("501".into(), 1), ("203".into(), 2)]
        );
    }

    #[test]
    fn all_equal_answers_do_not_repeat_a_statement() {
        let set = QuestionSet::bundled();
        let s = score(&set, &answers(&[4; 24]));
        assert!((s.overall - 4.0).abs() < 1e-12);
        let mut all: Vec<_> = s
            .strengths
            .iter()
            .chain(&s.to_develop)
            .map(|r| &r.code)
            .collect();
        all.dedup();
        assert_eq!(all.len(), 6);
        assert_eq!(s.weakest_area, Some(1), "ties go to the lowest area number");
    }

    #[test]
    fn mean_of_nothing_is_none() {
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[1, 2]), Some(1.5));
    }

    #[test]
    fn parses_plain_values_in_set_order() {
        let set = QuestionSet::bundled();
        let text = SAMPLE.map(|v| v.to_string()).join(",");
        assert_eq!(parse_answers(&set, &text), Ok(answers(&SAMPLE)));
        let spaced = SAMPLE.map(|v| v.to_string()).join(" ; \n");
        assert_eq!(parse_answers(&set, &spaced), Ok(answers(&SAMPLE)));
    }

    #[test]
    fn parses_code_value_pairs_in_any_order() {
        let set = QuestionSet::bundled();
        let mut pairs: Vec<String> = set
            .statements
            .iter()
            .zip(SAMPLE)
            .map(|(s, v)| format!("{}={v}", s.code))
            .collect();
        pairs.reverse();
        assert_eq!(parse_answers(&set, &pairs.join(" ")), Ok(answers(&SAMPLE)));
    }

    #[test]
    fn refuses_bad_answers_with_position_and_value() {
        let set = QuestionSet::bundled();
        assert_eq!(
            parse_answers(&set, "1,2,3"),
            Err(AnswersError::Count {
                expected: 24,
                got: 3
            })
        );
        let mut v: Vec<String> = vec!["4".into(); 24];
        v[4] = "8".into();
        assert_eq!(
            parse_answers(&set, &v.join(",")),
            Err(AnswersError::OutOfRange {
                position: 5,
                value: 8,
                min: 1,
                max: 7
            })
        );
        v[4] = "-1".into();
        assert!(matches!(
            parse_answers(&set, &v.join(",")),
            Err(AnswersError::OutOfRange { value: -1, .. })
        ));
        v[4] = "0".into();
        assert!(matches!(
            parse_answers(&set, &v.join(",")),
            Err(AnswersError::OutOfRange { value: 0, .. })
        ));
        v[4] = "fem".into();
        assert_eq!(
            parse_answers(&set, &v.join(",")),
            Err(AnswersError::NotANumber {
                position: 5,
                token: "fem".into()
            })
        );
        v[4] = "99999999999999999999999".into();
        assert!(matches!(
            parse_answers(&set, &v.join(",")),
            Err(AnswersError::NotANumber { .. })
        ));
        assert_eq!(parse_answers(&set, "101=4 5"), Err(AnswersError::Mixed));
        assert_eq!(
            parse_answers(&set, "999=4"),
            Err(AnswersError::UnknownCode { code: "999".into() })
        );
        assert_eq!(
            parse_answers(&set, "101=4 101=5"),
            Err(AnswersError::Duplicate { code: "101".into() })
        );
        assert_eq!(
            parse_answers(&set, "101=4"),
            Err(AnswersError::Missing { code: "102".into() })
        );
    }
}
