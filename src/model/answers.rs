//! Answers given without prompts (`take --answers`): one value per statement in
//! the set's order, or `code=value` pairs.

use crate::model::attempt::{give, Abstained, Answers, Given};
use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;

/// Why a list of answers was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("{self:?}")]
pub enum AnswersError {
    Count {
        expected: usize,
        got: usize,
    },
    NotANumber {
        position: usize,
        token: String,
    },
    OutOfRange {
        position: usize,
        value: i64,
        min: u8,
        max: u8,
    },
    UnknownCode {
        code: String,
    },
    Duplicate {
        code: StatementCode,
    },
    Missing {
        code: StatementCode,
    },
    /// `x` given, but the set has no abstain answer.
    NoAbstain {
        position: usize,
    },
    /// Every statement answered `x`: nothing to take a mean of.
    NoPoint,
    Mixed,
}

/// The answers of one sitting: ratings, and the statements answered with the
/// set's abstain answer.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Parsed {
    pub answers: Answers,
    pub abstained: Abstained,
}

/// The token for the abstain answer ("Ingår inte i mitt arbete").
pub const ABSTAIN_TOKEN: &str = "x";

/// Parses answers given on the command line or in a file: either one value per
/// statement in the set's order (`5,6,4,…`), or `code=value` pairs in any order
/// (`101=5 102=6 …`). Commas, semicolons and white space all separate. `x`
/// gives the set's abstain answer, where the set has one.
pub fn parse_answers(set: &QuestionSet, text: &str) -> Result<Parsed, AnswersError> {
    let tokens: Vec<&str> = text
        .split(|c: char| c == ',' || c == ';' || c.is_whitespace())
        .filter(|t| !t.is_empty())
        .collect();
    let pairs = tokens.iter().filter(|t| t.contains('=')).count();
    if pairs > 0 && pairs != tokens.len() {
        return Err(AnswersError::Mixed);
    }
    let check = |position: usize, token: &str| -> Result<Given, AnswersError> {
        if token.eq_ignore_ascii_case(ABSTAIN_TOKEN) {
            return match set.scale.abstain {
                Some(_) => Ok(Given::Abstain),
                None => Err(AnswersError::NoAbstain { position }),
            };
        }
        let value: i64 = token.parse().map_err(|_| AnswersError::NotANumber {
            position,
            token: token.to_string(),
        })?;
        u8::try_from(value)
            .ok()
            .filter(|v| set.scale.contains(*v))
            .map(Given::Point)
            .ok_or(AnswersError::OutOfRange {
                position,
                value,
                min: set.scale.min,
                max: set.scale.max,
            })
    };

    let mut out = Parsed::default();
    if pairs == 0 {
        if tokens.len() != set.statements.len() {
            return Err(AnswersError::Count {
                expected: set.statements.len(),
                got: tokens.len(),
            });
        }
        for (i, (st, token)) in set.statements.iter().zip(&tokens).enumerate() {
            give(
                &mut out.answers,
                &mut out.abstained,
                st.code,
                check(i + 1, token)?,
            );
        }
    } else {
        for (i, token) in tokens.iter().enumerate() {
            let (text, value) = token.split_once('=').unwrap_or((token, ""));
            let code = StatementCode::parse(text)
                .filter(|&c| set.statement(c).is_some())
                .ok_or_else(|| AnswersError::UnknownCode {
                    code: text.to_string(),
                })?;
            let value = check(i + 1, value)?;
            if out.answers.contains_key(&code) || out.abstained.contains(&code) {
                return Err(AnswersError::Duplicate { code });
            }
            give(&mut out.answers, &mut out.abstained, code, value);
        }
        if let Some(st) = set
            .statements
            .iter()
            .find(|s| !out.answers.contains_key(&s.code) && !out.abstained.contains(&s.code))
        {
            return Err(AnswersError::Missing { code: st.code });
        }
    }
    if out.answers.is_empty() {
        return Err(AnswersError::NoPoint);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::code::code;
    use crate::model::score::tests::{answers, SAMPLE};

    #[test]
    fn parses_plain_values_in_set_order() {
        let set = crate::model::attempt::fixtures::v1();
        let text = SAMPLE.map(|v| v.to_string()).join(",");
        assert_eq!(
            parse_answers(&set, &text).map(|p| p.answers),
            Ok(answers(&SAMPLE))
        );
        let spaced = SAMPLE.map(|v| v.to_string()).join(" ; \n");
        assert_eq!(
            parse_answers(&set, &spaced).map(|p| p.answers),
            Ok(answers(&SAMPLE))
        );
    }

    #[test]
    fn parses_code_value_pairs_in_any_order() {
        let set = crate::model::attempt::fixtures::v1();
        let mut pairs: Vec<String> = set
            .statements
            .iter()
            .zip(SAMPLE)
            .map(|(s, v)| format!("{}={v}", s.code))
            .collect();
        pairs.reverse();
        assert_eq!(
            parse_answers(&set, &pairs.join(" ")).map(|p| p.answers),
            Ok(answers(&SAMPLE))
        );
    }

    #[test]
    fn refuses_bad_answers_with_position_and_value() {
        let set = crate::model::attempt::fixtures::v1();
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
        v[4] = "x".into();
        assert_eq!(
            parse_answers(&set, &v.join(",")),
            Err(AnswersError::NoAbstain { position: 5 }),
            "1.0 has no abstain answer"
        );
        assert_eq!(
            parse_answers(&set, "999=4"),
            Err(AnswersError::UnknownCode { code: "999".into() })
        );
        assert_eq!(
            parse_answers(&set, "101=4 101=5"),
            Err(AnswersError::Duplicate { code: code("101") })
        );
        assert_eq!(
            parse_answers(&set, "101=4"),
            Err(AnswersError::Missing { code: code("102") })
        );
    }

    #[test]
    fn x_is_the_abstain_answer_where_the_set_has_one() {
        let set = crate::model::question_set::QuestionSet::bundled();
        let mut v: Vec<String> = vec!["4".into(); 24];
        v[0] = "x".into();
        v[23] = "X".into();
        let parsed = parse_answers(&set, &v.join(",")).expect("parses");
        assert_eq!(parsed.answers.len(), 22);
        let first = set.statements[0].code;
        let last = set.statements[23].code;
        assert_eq!(parsed.abstained, [first, last].into_iter().collect());
        assert_eq!(
            parse_answers(&set, &vec!["x"; 24].join(",")),
            Err(AnswersError::NoPoint),
            "a test of only x has no mean"
        );
        let pairs = format!("{first}=x {first}=4");
        assert_eq!(
            parse_answers(&set, &pairs),
            Err(AnswersError::Duplicate { code: first })
        );
    }
}
