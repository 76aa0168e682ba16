//! The question set: its TOML format, the bundled set, and validation at load.

use crate::lang::{Lang, Localized};
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// The bundled question set, compiled into the binary so that the tool works with
/// nothing installed beside it.
pub const BUNDLED_TOML: &str = include_str!("../questions/digikomp.toml");

/// The rating scale: integers `min..=max` with a label for each end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
    pub min_label: Localized,
    pub max_label: Localized,
}

impl Scale {
    /// Whether `value` is a rating on this scale.
    pub fn contains(&self, value: u8) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// How many points the scale has.
    pub fn points(&self) -> usize {
        usize::from(self.max - self.min) + 1
    }
}

/// A place to learn more about an area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    pub title: String,
    pub url: String,
}

/// One DigComp competence area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub number: u8,
    pub name: Localized,
    #[serde(default)]
    pub resources: Vec<Resource>,
}

/// One statement to rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Statement {
    /// Stable code, e.g. "203": its first digit is the area number.
    pub code: String,
    /// The DigComp 2.2 competence it is built on, e.g. "2.3".
    #[serde(default)]
    pub competence: Option<String>,
    pub text: Localized,
}

impl Statement {
    /// The area number this statement belongs to, read from the first digit of its code.
    pub fn area(&self) -> u8 {
        self.code
            .chars()
            .next()
            .and_then(|c| c.to_digit(10))
            .and_then(|d| u8::try_from(d).ok())
            .unwrap_or(0)
    }
}

/// A whole question set, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct QuestionSet {
    pub id: String,
    pub version: String,
    pub title: Localized,
    pub scale: Scale,
    pub areas: Vec<Area>,
    pub statements: Vec<Statement>,
}

/// One problem of a question set, with the line it is on where that can be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub message: String,
}

/// Checks a question set's text and reports every problem with its line, for
/// `questions --check`.
pub fn check(toml_text: &str) -> Result<QuestionSet, Vec<Problem>> {
    let set: QuestionSet = match toml::from_str(toml_text) {
        Ok(set) => set,
        Err(e) => {
            let line = e.span().map(|span| {
                toml_text[..span.start.min(toml_text.len())]
                    .lines()
                    .count()
                    .max(1)
            });
            return Err(vec![Problem {
                line,
                message: e.message().trim_end().to_string(),
            }]);
        }
    };
    let problems = set.located_problems();
    if problems.is_empty() {
        return Ok(set);
    }
    Err(problems
        .into_iter()
        .map(|(place, message)| {
            let line = match &place {
                // The i-th statement's `code` line: only statements have codes.
                Place::Statement(i) => find_line(toml_text, |l| key_is(l, "code", ""), *i),
                Place::Area(n) => find_line(toml_text, |l| key_is(l, "number", &n.to_string()), 0),
                Place::Key(key) => find_line(toml_text, |l| key_is(l, key, ""), 0),
                Place::Table(table) => find_line(toml_text, |l| l.trim() == *table, 0),
            };
            Problem { line, message }
        })
        .collect())
}

/// Whether `line` sets `key` (to `value`, when it is not empty).
fn key_is(line: &str, key: &str, value: &str) -> bool {
    line.split_once('=')
        .is_some_and(|(k, v)| k.trim() == key && (value.is_empty() || v.trim() == value))
}

/// The 1-based number of the `nth` line that matches.
fn find_line(text: &str, matches: impl Fn(&str) -> bool, nth: usize) -> Option<usize> {
    text.lines()
        .enumerate()
        .filter(|(_, l)| matches(l))
        .nth(nth)
        .map(|(i, _)| i + 1)
}

/// Where in the file a problem is.
enum Place {
    /// The statement at this index of `[[statements]]`.
    Statement(usize),
    Area(u8),
    Key(&'static str),
    Table(&'static str),
}

/// Why a question set was refused.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum QuestionSetError {
    #[error("{source_name} is not a valid question set: {message}")]
    Syntax {
        source_name: String,
        message: String,
    },
    #[error("{source_name} is not a valid question set:\n{}", problems.iter().map(|p| format!("  - {p}")).collect::<Vec<_>>().join("\n"))]
    Invalid {
        source_name: String,
        problems: Vec<String>,
    },
}

impl QuestionSet {
    /// The set compiled into the binary.
    pub fn bundled() -> Self {
        // The bundled file is checked by a unit test, so this cannot fail in a release.
        Self::parse(BUNDLED_TOML, "the bundled question set")
            .unwrap_or_else(|e| panic!("bundled question set is broken: {e}"))
    }

    /// Parses and validates a set; `source_name` is how errors name it (usually a path).
    pub fn parse(toml_text: &str, source_name: &str) -> Result<Self, QuestionSetError> {
        let set: QuestionSet = toml::from_str(toml_text).map_err(|e| QuestionSetError::Syntax {
            source_name: source_name.to_string(),
            message: e.to_string().trim_end().to_string(),
        })?;
        let problems = set.problems();
        if problems.is_empty() {
            Ok(set)
        } else {
            Err(QuestionSetError::Invalid {
                source_name: source_name.to_string(),
                problems,
            })
        }
    }

    /// Every problem with the set, each naming the code and field concerned.
    fn problems(&self) -> Vec<String> {
        self.located_problems()
            .into_iter()
            .map(|(_, m)| m)
            .collect()
    }

    /// Every problem, with where it is.
    fn located_problems(&self) -> Vec<(Place, String)> {
        let mut out = Vec::new();
        if self.id.trim().is_empty() {
            out.push((Place::Key("id"), "`id` is empty".to_string()));
        }
        if self.version.trim().is_empty() {
            out.push((Place::Key("version"), "`version` is empty".to_string()));
        }
        check_localized(&mut out, Place::Key("title"), "title", &self.title);
        if self.scale.min >= self.scale.max {
            out.push((
                Place::Table("[scale]"),
                format!(
                    "scale: `min` ({}) must be below `max` ({})",
                    self.scale.min, self.scale.max
                ),
            ));
        }
        if self.scale.min == 0 {
            out.push((
                Place::Table("[scale]"),
                "scale: `min` must be at least 1 (0 means \"no answer\" in reports)".to_string(),
            ));
        }
        if self.scale.max > 10 {
            out.push((
                Place::Table("[scale]"),
                format!(
                    "scale: `max` is {}; at most 10 points are supported",
                    self.scale.max
                ),
            ));
        }
        check_localized(
            &mut out,
            Place::Table("[scale]"),
            "scale.min_label",
            &self.scale.min_label,
        );
        check_localized(
            &mut out,
            Place::Table("[scale]"),
            "scale.max_label",
            &self.scale.max_label,
        );

        let mut numbers = BTreeSet::new();
        if self.areas.is_empty() {
            out.push((
                Place::Table("[[areas]]"),
                "no [[areas]] are declared".to_string(),
            ));
        }
        for area in &self.areas {
            if !(1..=9).contains(&area.number) {
                out.push((
                    Place::Area(area.number),
                    format!(
                        "area {}: `number` must be 1 to 9 (it is the first digit of its statements' codes)",
                        area.number
                    ),
                ));
            }
            if !numbers.insert(area.number) {
                out.push((
                    Place::Area(area.number),
                    format!("area {}: declared twice", area.number),
                ));
            }
            check_localized(
                &mut out,
                Place::Area(area.number),
                &format!("area {}: name", area.number),
                &area.name,
            );
        }

        let mut codes = BTreeSet::new();
        if self.statements.is_empty() {
            out.push((
                Place::Table("[[statements]]"),
                "no [[statements]] are declared".to_string(),
            ));
        }
        for (i, st) in self.statements.iter().enumerate() {
            let code = &st.code;
            let here = || Place::Statement(i);
            if code.len() != 3 || !code.chars().all(|c| c.is_ascii_digit()) {
                out.push((
                    here(),
                    format!("statement '{code}': `code` must be three digits, e.g. \"203\""),
                ));
            } else if !numbers.contains(&st.area()) {
                out.push((
                    here(),
                    format!(
                        "statement {code}: its area {} (the first digit of the code) is not declared in [[areas]]",
                        st.area()
                    ),
                ));
            }
            if !codes.insert(code.clone()) {
                out.push((here(), format!("statement {code}: `code` is used twice")));
            }
            check_localized(
                &mut out,
                here(),
                &format!("statement {code}: text"),
                &st.text,
            );
        }
        for area in &self.areas {
            if !self.statements.iter().any(|s| s.area() == area.number) {
                out.push((
                    Place::Area(area.number),
                    format!("area {}: has no statements", area.number),
                ));
            }
        }
        out
    }

    /// The area with this number, if declared.
    pub fn area(&self, number: u8) -> Option<&Area> {
        self.areas.iter().find(|a| a.number == number)
    }

    /// The statement with this code, if any.
    pub fn statement(&self, code: &str) -> Option<&Statement> {
        self.statements.iter().find(|s| s.code == code)
    }

    /// The area's name in `lang`, or its number when it is unknown.
    pub fn area_name(&self, number: u8, lang: Lang) -> String {
        self.area(number)
            .map_or_else(|| format!("{number}"), |a| a.name.get(lang).to_string())
    }
}

fn check_localized(out: &mut Vec<(Place, String)>, place: Place, what: &str, text: &Localized) {
    let missing: Vec<Lang> = [Lang::Sv, Lang::En]
        .into_iter()
        .filter(|&lang| text.get(lang).trim().is_empty())
        .collect();
    let mut place = Some(place);
    for lang in missing {
        let at = place.take().unwrap_or(Place::Key("title"));
        out.push((at, format!("{what}: the `{lang}` text is missing")));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bundled_set_is_valid_and_complete() {
        let set = QuestionSet::parse(BUNDLED_TOML, "bundled").expect("bundled set parses");
        assert_eq!(set.statements.len(), 24);
        assert_eq!(set.areas.len(), 5);
        assert_eq!((set.scale.min, set.scale.max), (1, 7));
        for area in &set.areas {
            assert!(
                !area.resources.is_empty(),
                "area {} has resources",
                area.number
            );
        }
    }

    #[test]
    fn bundled_set_covers_all_21_digcomp_competences() {
        let set = QuestionSet::bundled();
        let covered: BTreeSet<_> = set
            .statements
            .iter()
            .filter_map(|s| s.competence.clone())
            .collect();
        let expected: BTreeSet<String> = [(1, 3), (2, 6), (3, 4), (4, 4), (5, 4)]
            .iter()
            .flat_map(|&(area, n)| (1..=n).map(move |i| format!("{area}.{i}")))
            .collect();
        assert_eq!(expected.len(), 21);
        assert_eq!(covered, expected);
        for st in &set.statements {
            let comp = st.competence.as_deref().unwrap_or_default();
            assert!(
                comp.starts_with(&st.code[..1]),
                "{} is in its area",
                st.code
            );
        }
    }

    fn minimal(statements: &str) -> String {
        format!(
            r#"
id = "t"
version = "1"
title = {{ sv = "T", en = "T" }}
[scale]
min = 1
max = 5
min_label = {{ sv = "låg", en = "low" }}
max_label = {{ sv = "hög", en = "high" }}
[[areas]]
number = 1
name = {{ sv = "Ett", en = "One" }}
{statements}
"#
        )
    }

    #[test]
    fn accepts_a_minimal_set_with_another_scale() {
        let set = QuestionSet::parse(
            &minimal("[[statements]]\ncode = \"101\"\ntext = { sv = \"a\", en = \"b\" }"),
            "x.toml",
        )
        .expect("valid");
        assert_eq!(set.scale.points(), 5);
        assert_eq!(set.statements[0].area(), 1);
    }

    #[test]
    fn reports_every_problem_with_code_and_field() {
        let err = QuestionSet::parse(
            &minimal(
                r#"
[[statements]]
code = "101"
text = { sv = "a", en = "" }
[[statements]]
code = "101"
text = { sv = "a", en = "b" }
[[statements]]
code = "301"
text = { sv = "a", en = "b" }
[[statements]]
code = "1x"
text = { sv = "a", en = "b" }
"#,
            ),
            "x.toml",
        )
        .unwrap_err();
        let QuestionSetError::Invalid {
            source_name,
            problems,
        } = err
        else {
            panic!("expected Invalid, got {err:?}");
        };
        assert_eq!(source_name, "x.toml");
        assert_eq!(
            problems,
            vec![
                "statement 101: text: the `en` text is missing",
                "statement 101: `code` is used twice",
                "statement 301: its area 3 (the first digit of the code) is not declared in [[areas]]",
                "statement '1x': `code` must be three digits, e.g. \"203\"",
            ]
        );
    }

    #[test]
    fn check_gives_lines() {
        let text = minimal(
            "[[statements]]\ncode = \"101\"\ntext = { sv = \"a\", en = \"b\" }\n[[statements]]\ncode = \"101\"\ntext = { sv = \"a\", en = \"\" }",
        );
        let problems = check(&text).unwrap_err();
        let lines: Vec<usize> = problems.iter().filter_map(|p| p.line).collect();
        let second = text
            .lines()
            .enumerate()
            .filter(|(_, l)| l.starts_with("code"))
            .nth(1)
            .map(|(i, _)| i + 1);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert_eq!(lines, vec![second.expect("line"); 2]);
        let problems = check("id = \"x\"\nversion = 1\n").unwrap_err();
        assert_eq!(problems[0].line, Some(2), "{problems:?}");
    }

    #[test]
    fn syntax_errors_name_the_source() {
        let err = QuestionSet::parse("id = ", "mine.toml").unwrap_err();
        assert!(err
            .to_string()
            .starts_with("mine.toml is not a valid question set"));
        let err = QuestionSet::parse(&minimal("bogus = 1"), "mine.toml").unwrap_err();
        assert!(err.to_string().contains("bogus"), "{err}");
    }

    #[test]
    fn refuses_a_backwards_scale() {
        let text = minimal("[[statements]]\ncode = \"101\"\ntext = { sv = \"a\", en = \"b\" }")
            .replace("max = 5", "max = 1");
        let err = QuestionSet::parse(&text, "x.toml").unwrap_err().to_string();
        assert!(
            err.contains("scale: `min` (1) must be below `max` (1)"),
            "{err}"
        );
    }
}
