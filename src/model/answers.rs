//! Answers given without prompts (`take --answers`): one value per statement in
//! the set's order, or `code=value` pairs.

use crate::model::attempt::Answers;
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
    Mixed,
}

/// Parses answers given on the command line or in a file: either one value per
/// statement in the set's order (`5,6,4,…`), or `code=value` pairs in any order
/// (`101=5 102=6 …`). Commas, semicolons and white space all separate.
pub fn parse_answers(set: &QuestionSet, text: &str) -> Result<Answers, AnswersError> {
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

    let mut answers = Answers::new();
    if pairs == 0 {
        if tokens.len() != set.statements.len() {
            return Err(AnswersError::Count {
                expected: set.statements.len(),
                got: tokens.len(),
            });
        }
        for (i, (st, token)) in set.statements.iter().zip(&tokens).enumerate() {
            answers.insert(st.code, check(i + 1, token)?);
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
            if answers.insert(code, value).is_some() {
                return Err(AnswersError::Duplicate { code });
            }
        }
        if let Some(st) = set
            .statements
            .iter()
            .find(|s| !answers.contains_key(&s.code))
        {
            return Err(AnswersError::Missing { code: st.code });
        }
    }
    Ok(answers)
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
        assert_eq!(parse_answers(&set, &text), Ok(answers(&SAMPLE)));
        let spaced = SAMPLE.map(|v| v.to_string()).join(" ; \n");
        assert_eq!(parse_answers(&set, &spaced), Ok(answers(&SAMPLE)));
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
        assert_eq!(parse_answers(&set, &pairs.join(" ")), Ok(answers(&SAMPLE)));
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
}
