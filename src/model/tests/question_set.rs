//! The unit tests of [`crate::model::question_set`], in a file of their own.

// Test code only: question_set.rs includes this file as its
// #[cfg(test)] mod tests (its Swedish sample texts are test data).

use super::*;

#[test]
fn every_bundled_version_is_valid_and_found_by_its_version() {
    let set = QuestionSet::parse(BUNDLED_TOML, "bundled").expect("bundled set parses");
    assert_eq!(set.version, "3.0");
    for text in EARLIER_TOML {
        let old = QuestionSet::parse(text, "earlier").expect("earlier set parses");
        assert_eq!(old.id, set.id, "one instrument, several versions");
        assert_eq!(QuestionSet::bundled_version(&old.version), Some(old));
    }
    assert_eq!(QuestionSet::bundled_version("3.0"), Some(set));
    assert!(QuestionSet::bundled_version("2.0").is_some());
    assert_eq!(QuestionSet::bundled_version("0.1"), None);
}

/// An English reader gets an English title for every learning resource, which
/// says so when the resource itself is in Swedish.
#[test]
fn every_bundled_resource_has_an_english_title() {
    for text in std::iter::once(BUNDLED_TOML).chain(EARLIER_TOML) {
        let set = QuestionSet::parse(text, "bundled").expect("parses");
        let all = set
            .resources
            .iter()
            .chain(set.areas.iter().flat_map(|a| &a.resources));
        for r in all {
            assert!(!r.title.own(Lang::EN).trim().is_empty(), "{}", r.url);
            assert_ne!(
                r.title.own(Lang::EN),
                r.title.own(Lang::SV),
                "{} {}",
                set.version,
                r.url
            );
            let swedish_letters = r.title.own(Lang::EN).chars().any(|c| "åäöÅÄÖ".contains(c));
            assert!(
                !swedish_letters || r.title.own(Lang::EN).contains("(in Swedish)"),
                "{}",
                r.title.own(Lang::EN)
            );
        }
    }
}

#[test]
fn version_one_covers_all_21_digcomp_competences() {
    let set = QuestionSet::bundled_version("1.0").expect("1.0");
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
            comp.starts_with(&st.code.to_string()[..1]),
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
    assert_eq!(err.source_name, "x.toml");
    let faults: Vec<SetFault> = err.problems.into_iter().map(|p| p.fault).collect();
    let code = |c: &str| StatementCode::parse(c).expect("code");
    assert_eq!(
        faults,
        [
            SetProblem::MissingText {
                text: SetText::StatementText(code("101")),
                lang: Lang::EN
            },
            SetProblem::CodeTwice(code("101")),
            SetProblem::UnknownArea {
                code: code("301"),
                area: 3
            },
            SetProblem::BadCode("1x".into()),
        ]
        .map(SetFault::Invalid)
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
fn syntax_errors_name_the_source_with_line_and_column() {
    let err = QuestionSet::parse("id = \"x\"\nid = ", "mine.toml").unwrap_err();
    assert_eq!(err.source_name, "mine.toml");
    assert_eq!(err.problems.len(), 1);
    assert_eq!(err.problems[0].line, Some(2));
    let SetFault::Syntax { column, detail } = &err.problems[0].fault else {
        panic!("a syntax fault: {err:?}");
    };
    assert_eq!(*column, 6, "after `id = `: {detail}");
    let err = QuestionSet::parse(&minimal("bogus = 1"), "mine.toml").unwrap_err();
    assert!(
        matches!(&err.problems[0].fault, SetFault::Syntax { detail, .. } if detail.contains("bogus")),
        "{err:?}"
    );
}

#[test]
fn a_column_counts_characters() {
    assert_eq!(column_of("ab\nåäx", "ab\nåä".len()), 3);
    assert_eq!(column_of("x", 0), 1);
}

#[test]
fn refuses_a_backwards_scale() {
    let text = minimal("[[statements]]\ncode = \"101\"\ntext = { sv = \"a\", en = \"b\" }")
        .replace("max = 5", "max = 1");
    let err = QuestionSet::parse(&text, "x.toml").unwrap_err();
    assert!(
        err.problems
            .iter()
            .any(|p| p.fault == SetFault::Invalid(SetProblem::Backwards { min: 1, max: 1 })),
        "{err:?}"
    );
}

#[test]
fn a_mirror_area_must_be_1_to_9() {
    let text = minimal(
        "[[statements]]\ncode = \"101\"\nmirror_area = 12\ntext = { sv = \"a\", en = \"b\" }",
    );
    let err = QuestionSet::parse(&text, "x.toml").unwrap_err();
    assert_eq!(
        err.problems[0].fault,
        SetFault::Invalid(SetProblem::MirrorArea {
            code: crate::model::code::code("101"),
            area: 12
        })
    );
}
