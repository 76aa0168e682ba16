//! The instrument: the rules the bundled question set (3.0) keeps, attempts made
//! with 1.0, no default answer, and `analyze` checked against a hand computation.

mod common;

use common::{assert_readable, json_of, stdout_of, TestEnv, V1};
use digikomp::model::lang::Lang;
use digikomp::model::question_set::QuestionSet;
use predicates::prelude::*;
use std::collections::BTreeSet;

const SMALL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small.toml");

#[test]
fn the_bundled_set_keeps_its_writing_rules() {
    let set = QuestionSet::bundled();
    assert_eq!(set.version, "3.0");
    assert_eq!(set.statements.len(), 24);
    let codes: BTreeSet<_> = set.statements.iter().map(|s| s.code).collect();
    assert_eq!(codes.len(), 24, "unique codes");
    for st in &set.statements {
        let sv = st.text.own(Lang::SV);
        let words = sv.split_whitespace().count();
        assert!(words <= 25, "{}: {words} Swedish words", st.code);
        assert!(sv.starts_with("Jag kan "), "{}: {sv}", st.code);
        assert!(st.text.own(Lang::EN).starts_with("I can "), "{}", st.code);
        assert!(!sv.starts_with("Jag vet"), "{}", st.code);
        let title = st.title.as_ref().expect("a short title");
        for t in [&title.own(Lang::SV), &title.own(Lang::EN)] {
            let n = t.split_whitespace().count();
            assert!(
                (2..=8).contains(&n),
                "{}: title '{t}' has {n} words",
                st.code
            );
        }
    }
    // 3.0: a task outside one's job is answered "Ingår inte i mitt arbete" (x).
    let welcome = set.welcome.as_ref().expect("a welcome line");
    assert!(welcome.own(Lang::SV).contains("Ingår inte i mitt arbete"));
    let abstain = set.scale.abstain.as_ref().expect("an abstain answer");
    assert_eq!(abstain.own(Lang::EN), "Not part of my job");
    // Short titles are verb phrases: an English -ing form first.
    for st in &set.statements {
        let title = st.title.as_ref().expect("title").own(Lang::EN).to_string();
        let first = title.split_whitespace().next().unwrap_or_default();
        assert!(first.ends_with("ing"), "{}: {title}", st.code);
    }
    // The three statements redone in 3.0 are gone, with their codes retired.
    let codes: BTreeSet<String> = set.statements.iter().map(|s| s.code.to_string()).collect();
    for retired in ["106", "301", "401", "210", "405", "502", "507", "508"] {
        assert!(!codes.contains(retired), "{retired} is retired");
    }
    assert_eq!(
        (
            set.scale.min_label.own(Lang::EN),
            set.scale.max_label.own(Lang::EN)
        ),
        ("Very unsure", "Very sure"),
        "symmetric English labels"
    );
}

#[test]
fn every_digcomp_competence_has_a_statement_and_a_resource() {
    let set = QuestionSet::bundled();
    let expected: BTreeSet<String> = [(1, 3), (2, 6), (3, 4), (4, 4), (5, 4)]
        .iter()
        .flat_map(|&(area, n)| (1..=n).map(move |i| format!("{area}.{i}")))
        .collect();
    let tagged: BTreeSet<String> = set
        .statements
        .iter()
        .filter_map(|s| s.competence.clone())
        .collect();
    assert_eq!(tagged, expected, "all 21 competences, 4.3 and 5.4 included");
    for st in &set.statements {
        let c = st.competence.as_deref().unwrap_or_default();
        assert!(
            c.starts_with(&st.area().to_string()),
            "{} is in its area",
            st.code
        );
    }
    // Resources live in the learning library: every statement is served.
    let library = digikomp::model::learning::Catalogue::bundled();
    for st in &set.statements {
        assert!(
            !library.for_statement(&set, st.code).is_empty(),
            "{} has a resource",
            st.code
        );
    }
    let ai = set
        .statements
        .iter()
        .filter(|s| s.text.own(Lang::SV).contains("AI"))
        .count();
    assert!(ai >= 2, "at least two statements about generative AI");
}

#[test]
fn questions_shows_version_three_and_the_short_titles() {
    let env = TestEnv::bundled();
    let out = stdout_of(env.cmd().arg("questions"));
    assert!(out.contains("(version 3.0)"), "{out}");
    let json = json_of(env.cmd().args(["questions", "--json"]));
    assert_eq!(json["version"], "3.0");
    assert_eq!(json["scale"]["abstain"]["sv"], "Ingår inte i mitt arbete");
    assert_eq!(json["statements"][0]["code"], "105");
    assert_eq!(
        json["statements"][0]["title"]["en"],
        "Searching the library's databases"
    );
}

#[test]
fn an_attempt_made_with_one_point_zero_is_shown_with_its_own_statements() {
    let env = TestEnv::new();
    env.take("5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5", None);
    // Now the bundled set (3.0) is in use.
    let now = TestEnv::bundled();
    std::fs::rename(env.data_dir(), now.data_dir()).expect("move the data");
    let out = stdout_of(now.cmd().arg("results"));
    assert!(
        out.contains("Jag kan hitta det en besökare letar efter"),
        "{out}"
    );
    let v = json_of(now.cmd().args(["results", "--json"]));
    // 1.0's area 2 has 7 statements: 3+3+2+4+5+6+1 = 24, 24/7.
    let area2 = v["score"]["areas"][1]["mean"].as_f64().expect("mean");
    assert!((area2 - 24.0 / 7.0).abs() < 1e-12);
    // progress compares by code: only 501 is in both 1.0 and 3.0.
    now.take(&["4"; 24].join(","), None);
    let p = json_of(now.cmd().args(["progress", "--json"]));
    let missing = p["not_comparable"][0]["missing"].as_array().map(Vec::len);
    assert_eq!(missing, Some(23), "the 23 new codes are named");
}

#[test]
fn an_empty_line_is_no_answer_in_plain_mode() {
    let env = TestEnv::bundled();
    // Enter alone on every statement: no answer is chosen, nothing is saved.
    env.cmd()
        .arg("take")
        .write_stdin("\n".repeat(30))
        .assert()
        .success()
        .stderr(predicate::str::contains("En tom rad är inget svar här"));
    assert!(
        env.attempt_files().is_empty(),
        "Enter alone saves no attempt"
    );
}

#[test]
fn analyze_figures_by_hand() {
    // The small set: areas 1–3 with two statements each, a 1–5 scale. Area 1:
    //   101: 1, 2, 3, 4 (mean 2.5, deviations ±1.5, ±0.5, squares 5, variance 5/3)
    //   102: 2, 3, 3, 5 (mean 3.25, squares 1.5625 + 0.0625 + 0.0625 + 3.0625 = 4.75)
    //   sums 3, 5, 6, 9 (mean 5.75, squares 18.75, variance 6.25)
    //   alpha = 2 · (1 − (5/3 + 4.75/3) / 6.25) = 2 · (1 − 3.25/6.25) = 0.96
    //   item-rest of 101 = r(101, 102): products 1.875 + 0.125 − 0.125 + 2.625 = 4.5,
    //   r = 4.5 / √(5 · 4.75)
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("pilot.csv");
    let mut text = String::from(
        "respondent;attempt_id;question_set;question_set_version;101;102;201;202;301;302\n",
    );
    for (i, (a, b)) in [(1, 2), (2, 3), (3, 3), (4, 5)].iter().enumerate() {
        text.push_str(&format!(
            "r{i};a{i};region-test;2;{a};{b};3;4;2;{}\n",
            5 - i
        ));
    }
    std::fs::write(&csv, text).expect("write");
    let env = TestEnv::new();
    let v = json_of(
        env.cmd()
            .args(["--questions", SMALL, "analyze", "--json", "--exact"])
            .arg(&csv),
    );
    assert_eq!(v["respondents"], 4);
    let area1 = &v["areas"][0];
    assert_eq!(area1["n"], 4);
    assert!((area1["alpha"].as_f64().expect("alpha") - 0.96).abs() < 1e-12);
    let s101 = &v["statements"][0];
    let r = s101["item_rest"].as_f64().expect("item-rest");
    assert!((r - 4.5 / (5.0f64 * 4.75).sqrt()).abs() < 1e-12, "{r}");
    assert!((s101["sd"].as_f64().expect("sd") - (5.0f64 / 3.0).sqrt()).abs() < 1e-12);
    assert_eq!(s101["floor"], 0.25, "one of four answered 1");
    assert_eq!(s101["ceiling"], 0.0);
    assert_eq!(
        s101["alpha_if_deleted"],
        serde_json::Value::Null,
        "one item left"
    );
    // Statement 201 (all 3) does not vary: no correlation, and the area is flagged.
    assert_eq!(v["statements"][2]["item_rest"], serde_json::Value::Null);
    assert!(v["areas"][0]["flags"]
        .as_array()
        .is_some_and(|f| f.contains(&"unreliable".into())));

    let table = stdout_of(
        env.cmd()
            .args(["--questions", SMALL, "analyze", "--exact"])
            .arg(&csv),
    );
    assert!(table.contains("alfa 0,96"), "{table}");
    assert!(table.contains("färre än 10 har svarat"), "{table}");
    for width in [40, 60, 80, 120] {
        let table = stdout_of(
            env.cmd()
                .env("COLUMNS", width.to_string())
                .args(["--questions", SMALL, "analyze", "--exact"])
                .arg(&csv),
        );
        assert_readable(&table, width);
        assert!(table.contains("0,96"), "{width}: {table}");
    }
}

#[test]
fn analyze_shows_only_n_below_three_people() {
    let dir = tempfile::tempdir().expect("tempdir");
    let csv = dir.path().join("two.csv");
    std::fs::write(
        &csv,
        "respondent;attempt_id;question_set;question_set_version;101;102;201;202;301;302\n\
         r1;a1;region-test;2;1;2;3;4;5;5\nr2;a2;region-test;2;2;3;3;4;5;5\n",
    )
    .expect("write");
    let env = TestEnv::new();
    let v = json_of(
        env.cmd()
            .args(["--questions", SMALL, "analyze", "--json"])
            .arg(&csv),
    );
    assert_eq!(v["too_few"], true);
    assert_eq!(v["statements"][0]["n"], 2);
    assert_eq!(v["statements"][0]["mean"], serde_json::Value::Null);
    // The four people of the test above are too few for a protected analysis:
    // nothing but n below ten.
    assert_eq!(v["least"], 10);
    let _ = V1;
}
