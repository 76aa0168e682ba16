//! `digikomp take` and `digikomp questions` driven through the built binary.

mod common;

use common::{json_of, TestEnv, SAMPLE};
use predicates::prelude::*;

#[test]
fn answers_flag_saves_an_attempt_with_the_right_values() {
    let env = TestEnv::new();
    env.cmd()
        .args(["take", "--answers", SAMPLE, "--label", "före kursen"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Sparat: "))
        .stdout(predicate::str::contains(
            "│ Totalt                            ┆   4,1 ┆",
        ));
    let attempts = env.attempts();
    assert_eq!(attempts.len(), 1);
    let a = &attempts[0];
    assert_eq!(a["kind"], "digikomp-attempt");
    assert_eq!(a["schema_version"], 1);
    assert_eq!(a["label"], "före kursen");
    assert_eq!(a["lang"], "sv");
    assert_eq!(a["question_set"]["id"], "digikomp-bibliotek");
    assert_eq!(a["question_set"]["version"], "1.0");
    assert_eq!(a["answers"].as_object().map(serde_json::Map::len), Some(24));
    assert_eq!(a["answers"]["101"], 5);
    assert_eq!(a["answers"]["207"], 1);
    assert_eq!(a["answers"]["505"], 5);
    assert_eq!(a["id"].as_str().map(str::len), Some(36));
    for field in ["started_at", "finished_at"] {
        let ts = a[field].as_str().expect("a timestamp");
        assert!(
            chrono::DateTime::parse_from_rfc3339(ts).is_ok(),
            "{field} is RFC 3339: {ts}"
        );
    }
}

#[test]
fn every_attempt_gets_its_own_file() {
    let env = TestEnv::new();
    for _ in 0..3 {
        env.take(SAMPLE, None);
    }
    let files = env.attempt_files();
    assert_eq!(files.len(), 3);
    let ids: std::collections::BTreeSet<_> =
        env.attempts().iter().map(|a| a["id"].to_string()).collect();
    assert_eq!(ids.len(), 3);
}

#[test]
fn json_output_has_the_scores() {
    let env = TestEnv::new();
    let v = json_of(env.cmd().args(["take", "--json", "--answers", SAMPLE]));
    let overall = v["score"]["overall"].as_f64().expect("overall");
    assert!((overall - 99.0 / 24.0).abs() < 1e-9);
    let means: Vec<f64> = v["score"]["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .map(|a| a["mean"].as_f64().expect("mean"))
        .collect();
    assert_eq!(means, vec![5.5, 24.0 / 7.0, 5.5, 4.0, 3.0]);
    assert_eq!(v["score"]["weakest_area"], 5);
    assert_eq!(v["attempt"]["answers"]["104"], 7);
    assert!(v["path"].as_str().is_some_and(|p| std::path::Path::new(p)
        .extension()
        .is_some_and(|e| e == "json")));
}

#[test]
fn answers_file_and_stdin_take_code_value_pairs() {
    let env = TestEnv::new();
    let values: Vec<&str> = SAMPLE.split(',').collect();
    let codes = [
        "101", "102", "103", "104", "201", "202", "203", "204", "205", "206", "207", "301", "302",
        "303", "304", "401", "402", "403", "404", "501", "502", "503", "504", "505",
    ];
    let pairs: Vec<String> = codes
        .iter()
        .zip(&values)
        .rev()
        .map(|(c, v)| format!("{c}={v}"))
        .collect();
    let file = env.scratch().join("answers.txt");
    std::fs::write(&file, pairs.join("\n")).expect("write");
    env.cmd()
        .args(["take", "--answers-file"])
        .arg(&file)
        .assert()
        .success();
    env.cmd()
        .args(["take", "--answers-file", "-"])
        .write_stdin(pairs.join(" "))
        .assert()
        .success();
    let attempts = env.attempts();
    assert_eq!(attempts.len(), 2);
    for a in attempts {
        assert_eq!(a["answers"]["101"], 5);
        assert_eq!(a["answers"]["304"], 2);
    }
}

#[test]
fn bad_answers_are_refused_and_nothing_is_written() {
    let env = TestEnv::new();
    let cases = [
        ("1,2,3", "förväntade 24 svar, ett per påstående, men fick 3"),
        (
            &SAMPLE.replacen('5', "8", 1),
            "svar 1 är 8, utanför skalan 1–7",
        ),
        (
            &SAMPLE.replacen('5', "0", 1),
            "svar 1 är 0, utanför skalan 1–7",
        ),
        (
            &SAMPLE.replacen('5', "x", 1),
            "svar 1 är x, men de här frågorna har inget sådant svar",
        ),
        ("", "förväntade 24 svar"),
    ];
    for (answers, message) in cases {
        env.cmd()
            .args(["take", "--answers", answers])
            .assert()
            .code(2)
            .stderr(predicate::str::contains(message))
            .stderr(predicate::str::contains("Ge 24 värden från 1 till 7"));
    }
    env.cmd()
        .args(["--lang", "en", "take", "--answers", "1,2,3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--answers: expected 24 answers, one per statement, but got 3. Give 24 values from 1 to 7",
        ));
    env.cmd()
        .args(["take", "--answers-file"])
        .arg(env.scratch().join("missing.txt"))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("kunde inte läsa svarsfilen"))
        .stderr(predicate::str::contains("missing.txt"));
    assert!(env.attempt_files().is_empty());
    assert!(!env.data_dir().exists(), "not even the folder is created");
}

#[test]
fn without_a_terminal_it_says_how_to_answer() {
    let env = TestEnv::new();
    env.cmd()
        .arg("take")
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("behöver en terminal"))
        .stderr(predicate::str::contains("--answers-file"));
    env.cmd()
        .args(["--lang", "en", "take"])
        .write_stdin("")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("needs a terminal"));
    assert!(!env.data_dir().exists());
}

#[test]
fn english_everywhere_with_lang_or_env() {
    let env = TestEnv::new();
    env.cmd()
        .args(["--lang", "en", "take", "--answers", SAMPLE])
        .assert()
        .success()
        .stderr(predicate::str::contains("Saved: "))
        .stdout(predicate::str::contains("Your strengths"))
        .stdout(predicate::str::contains("│ Overall  "));
    env.cmd()
        .env("DIGIKOMP_LANG", "en")
        .args(["questions"])
        .assert()
        .success()
        .stdout(predicate::str::contains("24 statements, scale 1–7"));
    assert_eq!(env.attempts()[0]["lang"], "en");
    env.cmd()
        .args(["--lang", "de", "questions"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("okänt språk 'de'"));
}

#[test]
fn the_data_dir_flag_wins_over_the_environment() {
    let env = TestEnv::new();
    let other = env.scratch().join("elsewhere");
    env.cmd()
        .arg("--data-dir")
        .arg(&other)
        .args(["take", "--answers", SAMPLE])
        .assert()
        .success();
    assert!(env.attempt_files().is_empty());
    assert_eq!(
        std::fs::read_dir(other.join("attempts"))
            .expect("dir")
            .count(),
        1
    );
}

#[test]
fn a_file_where_the_data_dir_should_be_is_a_clear_error() {
    let env = TestEnv::new();
    std::fs::write(env.data_dir(), "not a folder").expect("write");
    env.cmd()
        .args(["take", "--answers", SAMPLE])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("är en fil, inte en mapp"))
        .stderr(predicate::str::contains("DIGIKOMP_DATA_DIR"));
}

#[test]
fn questions_lists_the_set_and_json_has_all_statements() {
    let env = TestEnv::new();
    let v = json_of(env.cmd().args(["questions", "--json"]));
    assert_eq!(v["statements"].as_array().map(Vec::len), Some(24));
    assert_eq!(v["scale"]["max"], 7);
    env.cmd()
        .arg("questions")
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "│ 203 ┆      2 ┆ Jag kan hjälpa en besökare att använda",
        ))
        .stdout(predicate::str::contains("  4 Säkerhet\n"))
        .stdout(predicate::str::contains("e-legitimation"));
}

#[test]
fn a_custom_question_set_works_end_to_end() {
    let env = TestEnv::new();
    let set = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small.toml");
    let out = env
        .cmd()
        .args([
            "--questions",
            set,
            "take",
            "--json",
            "--answers",
            "1,2,5,5,3,4",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let means: Vec<f64> = v["score"]["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .map(|a| a["mean"].as_f64().expect("mean"))
        .collect();
    assert_eq!(means, vec![1.5, 5.0, 3.5]);
    assert_eq!(v["attempt"]["question_set"]["id"], "region-test");
    env.cmd()
        .args(["--questions", set, "take", "--answers", "1,2,6,5,3,4"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("svar 3 är 6, utanför skalan 1–5"));
}

#[test]
fn a_broken_question_set_is_named_with_its_problems() {
    let env = TestEnv::new();
    let bad = env.scratch().join("bad.toml");
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/small.toml"
    ))
    .expect("read")
    .replace("code = \"202\"", "code = \"201\"");
    std::fs::write(&bad, text).expect("write");
    env.cmd()
        .arg("--questions")
        .arg(&bad)
        .arg("questions")
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "bad.toml är ingen giltig frågeuppsättning",
        ))
        .stderr(predicate::str::contains(
            "påstående 201: `code` används två gånger",
        ));
}

#[test]
fn result_screen_snapshot() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["take", "--answers", SAMPLE, "--label", "före kursen"])
        .output()
        .expect("runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    insta::with_settings!({filters => vec![(r"\d{4}-\d\d-\d\d \d\d:\d\d", "[DATE]")]}, {
        insta::assert_snapshot!("result_sv_80", stdout);
    });
    let out = env
        .cmd()
        .args(["--lang", "en", "take", "--answers", SAMPLE])
        .env("COLUMNS", "60")
        .output()
        .expect("runs");
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    insta::with_settings!({filters => vec![(r"\d{4}-\d\d-\d\d \d\d:\d\d", "[DATE]")]}, {
        insta::assert_snapshot!("result_en_60", stdout);
    });
}

/// Instrument 3.0's "not part of my job" (`x`): an answer, not a point, left
/// out of every mean. Worked by hand below.
#[test]
fn not_part_of_my_job_is_answered_with_x_and_counts_in_no_mean() {
    let env = TestEnv::bundled();
    // 3.0 in its order: area 1 is 105 109 107 108 (4 statements), area 2 has 7,
    // area 3 has 4, area 4 has 4, area 5 has 5. Area 1: x, 6, 4, x → (6 + 4) / 2 = 5.0.
    let answers = "x,6,4,x,5,5,5,5,5,5,5,4,4,4,4,3,3,3,3,2,2,2,2,x";
    let out = env
        .cmd()
        .args(["take", "--answers", answers])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let v = json_of(env.cmd().args(["results", "--json"]));
    let areas = &v["score"]["areas"];
    assert_eq!(areas[0]["mean"], 5.0);
    assert_eq!(areas[0]["answered"], 2);
    // Area 5: 2, 2, 2, 2, x → 2.0 over 4.
    assert_eq!(areas[4]["mean"], 2.0);
    assert_eq!(areas[4]["answered"], 4);
    // Overall over the 21 numbers: 6+4 + 5·7 + 4·4 + 3·4 + 2·4 = 10+35+16+12+8 = 81; 81/21.
    let overall = v["score"]["overall"].as_f64().expect("overall");
    assert!((overall - 81.0 / 21.0).abs() < 1e-12, "{overall}");
    let abstained = v["attempt"]["abstained"].as_array().expect("abstained");
    assert_eq!(abstained.len(), 3);
    // The result says it in words; results shows the answer by name.
    let shown =
        String::from_utf8_lossy(&env.cmd().args(["results"]).output().expect("runs").stdout)
            .to_string();
    assert!(
        shown.contains("3 påståenden ingår inte i ditt arbete"),
        "{shown}"
    );
    assert!(shown.contains("Ingår inte i mitt arbete"), "{shown}");
    // The export writes x; a workshop reads it as no rating.
    let csv = env.scratch().join("me.csv");
    env.cmd()
        .args(["export", "-o"])
        .arg(&csv)
        .assert()
        .success();
    let text = std::fs::read_to_string(&csv).expect("csv");
    let row = text.lines().nth(1).expect("a record");
    assert!(row.contains(";x;6;4;x;"), "{row}");
}

/// A workshop reads `x` as no rating: worked by hand below.
#[test]
fn a_workshop_counts_not_part_of_my_job_in_no_figure() {
    let answers = "x,6,4,x,5,5,5,5,5,5,5,4,4,4,4,3,3,3,3,2,2,2,2,x";
    let env = TestEnv::bundled();
    env.take(answers, None);
    let csv = env.scratch().join("me.csv");
    env.cmd()
        .args(["export", "-o"])
        .arg(&csv)
        .assert()
        .success();
    // Three colleagues with the same answers (the least a report shows):
    // 105 and 108 have no rating, so no figure; area 1 is (6 + 4) / 2 = 5.0.
    let dir = env.scratch().join("exports");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::copy(&csv, dir.join("a.csv")).expect("copy");
    for name in ["b.csv", "c.csv"] {
        let other = TestEnv::bundled();
        other.take(answers, None);
        other
            .cmd()
            .args(["export", "-o"])
            .arg(dir.join(name))
            .assert()
            .success();
    }
    let report = json_of(
        env.cmd()
            .args(["workshop", "--exact", "--format", "json"])
            .arg(&dir),
    );
    let group = &report["groups"][0];
    assert_eq!(group["respondents"], 3);
    let codes: Vec<&str> = group["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .filter_map(|s| s["code"].as_str())
        .collect();
    assert!(
        !codes.contains(&"105") && !codes.contains(&"108"),
        "{codes:?}"
    );
    assert_eq!(group["areas"][0]["mean"], 5.0);
    // Plain mode takes x too.
    let plain = TestEnv::bundled();
    plain
        .cmd()
        .arg("take")
        .write_stdin(answers.replace(',', "\n"))
        .assert()
        .success()
        .stderr(predicate::str::contains(
            "Eller x: Ingår inte i mitt arbete.",
        ));
    let saved = plain.attempts();
    assert_eq!(saved[0]["abstained"].as_array().map(Vec::len), Some(3));
}

/// A plan item whose statement is now "not part of my job" says so, rather
/// than that there is no new measurement.
#[test]
fn a_plan_item_now_answered_x_says_so() {
    let env = TestEnv::bundled();
    let first = "4,3,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4";
    env.take(first, None);
    env.cmd()
        .args(["plan", "add", "--statement", "109", "--goal", "öva"])
        .assert()
        .success();
    env.cmd()
        .args(["take", "--answers", &first.replacen(",3,", ",x,", 1)])
        .assert()
        .success()
        .stdout(predicate::str::contains("ingår nu inte i"));
}
