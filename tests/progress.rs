//! `history`, `results`, `progress` and `delete` through the built binary, with
//! attempts written at fixed times so that every figure can be computed by hand.

mod common;

use common::{assert_readable, json_of, stdout_of, TestEnv};
use predicates::prelude::*;

/// Three attempts: all 2s; then area 1 raised to 6 and statement 505 at 7;
/// then all 4s except 101 at 1.
fn three(env: &TestEnv) {
    env.write_attempt(
        "aaaaaaaa-0000-4000-8000-000000000001",
        "2026-01-10T09:00:00+01:00",
        Some("före kursen"),
        "1.0",
        &[2; 24],
    );
    let mut second = [2; 24];
    second[..4].copy_from_slice(&[6, 6, 6, 6]);
    second[23] = 7;
    env.write_attempt(
        "bbbbbbbb-0000-4000-8000-000000000002",
        "2026-03-15T14:30:00+01:00",
        Some("efter kursen"),
        "1.0",
        &second,
    );
    let mut third = [4; 24];
    third[0] = 1;
    env.write_attempt(
        "cccccccc-0000-4000-8000-000000000003",
        "2026-09-01T10:00:00+02:00",
        None,
        "1.0",
        &third,
    );
}

fn json(env: &TestEnv, args: &[&str]) -> serde_json::Value {
    json_of(env.cmd().args(args))
}

fn stdout(env: &TestEnv, args: &[&str]) -> String {
    stdout_of(env.cmd().args(args))
}

#[test]
fn progress_figures_by_hand() {
    let env = TestEnv::new();
    three(&env);
    let p = json(&env, &["progress", "--by-statement", "--json"]);
    let ids: Vec<&str> = p["columns"]
        .as_array()
        .expect("columns")
        .iter()
        .map(|c| c["short_id"].as_str().expect("id"))
        .collect();
    assert_eq!(ids, ["aaaaaaaa", "bbbbbbbb", "cccccccc"]);
    // Area 1: 2.0, 6.0, (1+4+4+4)/4 = 3.25.
    let area1 = &p["areas"][0];
    assert_eq!(area1["key"], "1");
    assert_eq!(area1["values"], serde_json::json!([2.0, 6.0, 3.25]));
    assert_eq!(area1["change_since_previous"], -2.75);
    assert_eq!(area1["change_since_first"], 1.25);
    // Area 5: 2.0, (2*4+7)/5 = 3.0, 4.0.
    assert_eq!(p["areas"][4]["values"], serde_json::json!([2.0, 3.0, 4.0]));
    // Overall: 48/24 = 2.0; (4*6 + 19*2 + 7)/24 = 69/24; (1 + 23*4)/24 = 93/24.
    let overall = p["overall"]["values"].as_array().expect("overall");
    assert_eq!(overall[0].as_f64(), Some(2.0));
    assert!((overall[1].as_f64().expect("f64") - 69.0 / 24.0).abs() < 1e-12);
    assert!((overall[2].as_f64().expect("f64") - 93.0 / 24.0).abs() < 1e-12);
    // Statements: 101 went 2 → 6 → 1; 505 went 2 → 7 → 4.
    let s101 = &p["statements"][0];
    assert_eq!(s101["values"], serde_json::json!([2.0, 6.0, 1.0]));
    assert_eq!(s101["change_since_previous"], -5.0);
    assert_eq!(s101["change_since_first"], -1.0);
    // Every other statement rose 2 → 4, so the rises are the first three codes
    // after 101 in set order, and the only fall is 101.
    let rises: Vec<(&str, i64)> = p["biggest_rises"]
        .as_array()
        .expect("rises")
        .iter()
        .map(|m| {
            (
                m["code"].as_str().expect("code"),
                m["change"].as_i64().expect("change"),
            )
        })
        .collect();
    assert_eq!(rises, [("102", 2), ("103", 2), ("104", 2)]);
    assert_eq!(
        p["biggest_falls"],
        serde_json::json!([{"code": "101", "first": 2, "latest": 1, "change": -1}])
    );
    assert_eq!(p["not_comparable"], serde_json::json!([]));
}

#[test]
fn last_and_since_narrow_the_columns() {
    let env = TestEnv::new();
    three(&env);
    let p = json(&env, &["progress", "--last", "2", "--json"]);
    assert_eq!(p["columns"].as_array().map(Vec::len), Some(2));
    assert_eq!(
        p["overall"]["values"][0]
            .as_f64()
            .map(|v| (v * 24.0).round()),
        Some(69.0)
    );
    let p = json(&env, &["progress", "--since", "2026-03-15", "--json"]);
    assert_eq!(p["columns"][0]["short_id"], "bbbbbbbb");
    env.cmd()
        .args(["progress", "--since", "15/3"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'15/3' är inget datum: skriv år-månad-dag",
        ));
    env.cmd()
        .args(["progress", "--since", "2027-01-01"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("Inga försök matchar urvalet"));
}

#[test]
fn progress_tables_snapshot_at_80_columns() {
    let env = TestEnv::new();
    three(&env);
    insta::assert_snapshot!("progress_areas", stdout(&env, &["progress"]));
    insta::assert_snapshot!(
        "progress_by_statement",
        stdout(&env, &["--lang", "en", "progress", "--by-statement"])
    );
}

#[test]
fn many_attempts_collapse_to_fit_80_columns_and_narrow_ones_stack() {
    let env = TestEnv::new();
    for i in 1..=9u8 {
        env.write_attempt(
            &format!("{i:08}-0000-4000-8000-000000000000"),
            &format!("2026-0{i}-01T12:00:00+01:00"),
            None,
            "1.0",
            &[i.min(7); 24],
        );
    }
    let out = stdout(&env, &["progress"]);
    // Area names beside the first and the latest attempt fill 80 columns: the
    // seven between are left out and said so.
    assert!(out.contains("7 försök visas inte i tabellen"), "{out}");
    assert!(
        out.contains("2026-01-01") && out.contains("2026-09-01"),
        "{out}"
    );
    assert!(
        !out.contains("2026-08-01") && !out.contains("2026-05-01"),
        "{out}"
    );
    for line in out.lines() {
        assert!(line.chars().count() <= 80, "too wide: {line}");
    }
    // The trend still covers all nine attempts: eight steps, each as the
    // figures show it (the last three attempts show the same means).
    assert!(out.contains("↗↗↗↗↗↗→→"), "{out}");
    insta::assert_snapshot!("progress_collapsed", out);
}

#[test]
fn history_lists_every_attempt_with_means() {
    let env = TestEnv::new();
    three(&env);
    let h = json(&env, &["history", "--json"]);
    let rows = h.as_array().expect("rows");
    assert_eq!(rows.len(), 3);
    assert_eq!(rows[0]["label"], "före kursen");
    assert_eq!(rows[1]["areas"]["1"], 6.0);
    assert_eq!(rows[1]["areas"]["5"], 3.0);
    assert_eq!(
        rows[2]["overall"].as_f64().map(|v| (v * 24.0).round()),
        Some(93.0)
    );
    assert!(rows[2]["path"]
        .as_str()
        .is_some_and(|p| p.ends_with("cccccccc-0000-4000-8000-000000000003.json")));
    insta::assert_snapshot!("history", stdout(&env, &["history"]));
}

#[test]
fn results_shows_the_latest_or_a_chosen_attempt() {
    let env = TestEnv::new();
    three(&env);
    let r = json(&env, &["results", "--json"]);
    assert_eq!(r["attempt"]["id"], "cccccccc-0000-4000-8000-000000000003");
    let r = json(&env, &["results", "BBBB", "--json"]);
    assert_eq!(r["attempt"]["label"], "efter kursen");
    assert_eq!(r["score"]["areas"][0]["mean"], 6.0);
    let out = stdout(&env, &["results", "aaaa"]);
    assert!(
        out.contains("Resultat · 2026-01-10 09:00 · före kursen"),
        "{out}"
    );
    assert!(out.contains("Alla svar"));
    assert!(out.contains("│ 505 ┆    2 ┆"), "{out}");
    env.cmd()
        .args(["results", "zzz"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("inget sparat försök har id 'zzz'"));
    env.write_attempt(
        "aaaaaaaa-1111-4000-8000-000000000009",
        "2026-01-11T09:00:00+01:00",
        None,
        "1.0",
        &[3; 24],
    );
    env.cmd()
        .args(["results", "aaaaaaaa"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("passar flera försök"));
}

#[test]
fn a_corrupt_file_is_reported_once_and_skipped() {
    let env = TestEnv::new();
    three(&env);
    let dir = env.data_dir().join("attempts");
    std::fs::write(
        dir.join("trasig.json"),
        "{\"kind\": \"digikomp-attempt\", \"answers\": {",
    )
    .expect("w");
    std::fs::write(dir.join("binary.json"), [0xff, 0x00, 0x12]).expect("w");
    let out = env.cmd().args(["progress"]).output().expect("runs");
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(stderr.matches("trasig.json").count(), 1, "{stderr}");
    assert_eq!(stderr.matches("binary.json").count(), 1, "{stderr}");
    assert!(stderr.contains("inte giltig JSON"), "{stderr}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("Utveckling över 3 försök"));
    assert_eq!(
        json(&env, &["history", "--json"]).as_array().map(Vec::len),
        Some(3)
    );
}

#[test]
fn mixed_question_set_versions_are_compared_by_code() {
    let env = TestEnv::new();
    let mut old = [3; 24];
    old[23] = 0; // version 0.9 had no statement 505
    env.write_attempt(
        "dddddddd-0000-4000-8000-000000000001",
        "2025-05-01T10:00:00+02:00",
        None,
        "0.9",
        &old,
    );
    env.write_attempt(
        "eeeeeeee-0000-4000-8000-000000000002",
        "2026-05-01T10:00:00+02:00",
        None,
        "1.0",
        &[5; 24],
    );
    let p = json(&env, &["progress", "--by-statement", "--json"]);
    assert_eq!(
        p["not_comparable"],
        serde_json::json!([{"short_id": "dddddddd", "question_set_version": "0.9", "missing": ["505"], "extra": []}])
    );
    let s505 = p["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .find(|s| s["key"] == "505")
        .cloned()
        .expect("505");
    assert_eq!(s505["values"], serde_json::json!([null, 5.0]));
    assert_eq!(s505["change_since_first"], serde_json::Value::Null);
    // Area 5 of the old attempt is the mean of the four statements it has.
    assert_eq!(p["areas"][4]["values"], serde_json::json!([3.0, 5.0]));
    let out = stdout(&env, &["progress"]);
    assert!(
        out.contains("Ej jämförbart: försök dddddddd (version 0.9): saknar 505."),
        "{out}"
    );

    let mut foreign = serde_json::from_str::<serde_json::Value>(
        &std::fs::read_to_string(
            env.data_dir()
                .join("attempts/eeeeeeee-0000-4000-8000-000000000002.json"),
        )
        .expect("r"),
    )
    .expect("json");
    foreign["id"] = "ffffffff-0000-4000-8000-000000000003".into();
    foreign["question_set"]["id"] = "region-test".into();
    std::fs::write(
        env.data_dir().join("attempts/foreign.json"),
        foreign.to_string(),
    )
    .expect("w");
    let out = stdout(&env, &["progress"]);
    assert!(out.contains("Utveckling över 2 försök"), "{out}");
    assert!(
        out.contains("1 försök gjordes med en annan frågeuppsättning (region-test 1.0)"),
        "{out}"
    );
}

#[test]
fn delete_one_and_all() {
    let env = TestEnv::new();
    three(&env);
    env.cmd()
        .args(["delete", "bbbb"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lägg till --yes"));
    assert_eq!(env.attempt_files().len(), 3);
    env.cmd()
        .args(["delete", "bbbb", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Raderade 1 fil."));
    let left: Vec<String> = json(&env, &["history", "--json"])
        .as_array()
        .expect("rows")
        .iter()
        .map(|r| r["short_id"].as_str().expect("id").to_string())
        .collect();
    assert_eq!(left, ["aaaaaaaa", "cccccccc"]);
    // A draft of a newer schema: digikomp cannot use it, but can see it wrote it.
    std::fs::write(
        env.data_dir().join("draft.json"),
        r#"{"kind": "digikomp-draft", "schema_version": 99}"#,
    )
    .expect("w");
    env.cmd()
        .args(["profile", "--role", "chef"])
        .assert()
        .success();
    env.cmd()
        .args(["plan", "add", "--area", "1", "--goal", "x"])
        .assert()
        .success();
    env.cmd()
        .args(["delete", "--all", "--yes"])
        .assert()
        .success();
    assert!(env.attempt_files().is_empty());
    for file in ["draft.json", "profile.json", "plans.json"] {
        assert!(!env.data_dir().join(file).exists(), "{file} is deleted");
    }
    env.cmd().arg("delete").assert().code(2);
}

#[test]
fn empty_data_dir_says_how_to_start() {
    let env = TestEnv::new();
    for cmd in ["history", "progress", "results"] {
        env.cmd()
            .arg(cmd)
            .assert()
            .success()
            .stdout("")
            .stderr(predicate::str::contains("Gör testet med `digikomp take`"));
    }
    assert_eq!(json(&env, &["history", "--json"]), serde_json::json!([]));
}

/// `results` reads only the files that can hold the attempt it shows (found by the
/// time and id in the names digikomp saves with), so one bad old file is not even
/// opened; `history` reads them all and reports it. Reading the folder clears a
/// killed save's temp file; saving leaves it alone, as it never lists the folder.
#[cfg(unix)]
#[test]
fn results_reads_only_the_attempt_it_shows() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("attempts");
    for (id, at, name) in [
        (
            "aaaaaaaa-0000-4000-8000-000000000001",
            "2026-01-10T09:00:00+01:00",
            "20260110T080000Z-aaaaaaaa.json",
        ),
        (
            "bbbbbbbb-0000-4000-8000-000000000002",
            "2026-02-10T09:00:00+01:00",
            "20260210T080000Z-bbbbbbbb.json",
        ),
    ] {
        let path = env.write_attempt(id, at, None, "1.0", &[4; 24]);
        std::fs::rename(&path, dir.join(name)).expect("rename");
    }
    std::fs::write(dir.join("20250101T000000Z-cccccccc.json"), "{ trasig").expect("w");

    let out = env
        .cmd()
        .args(["results", "--json"])
        .output()
        .expect("runs");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(r["attempt"]["id"], "bbbbbbbb-0000-4000-8000-000000000002");
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let r = json(&env, &["results", "aaaa", "--json"]);
    assert_eq!(r["attempt"]["id"], "aaaaaaaa-0000-4000-8000-000000000001");

    let temp = dir.join(".tmp-killed.part");
    std::fs::write(&temp, "half an attempt").expect("w");
    let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&temp)
        .and_then(|f| f.set_modified(hour_ago))
        .expect("mtime");
    // Saving never lists the folder (`--json` shows no story of earlier attempts).
    env.cmd()
        .args(["take", "--json", "--answers", &["5"; 24].join(",")])
        .assert()
        .success();
    assert!(temp.exists(), "saving does not list the folder");
    env.cmd()
        .arg("history")
        .assert()
        .success()
        .stderr(predicate::str::contains("20250101T000000Z-cccccccc.json"));
    assert!(
        !temp.exists(),
        "reading the folder clears a killed save's temp file"
    );

    // A name that does not follow the pattern: everything is read, as before.
    std::fs::rename(
        dir.join("20260210T080000Z-bbbbbbbb.json"),
        dir.join("kopia.json"),
    )
    .expect("rename");
    let r = json(&env, &["results", "bbbb", "--json"]);
    assert_eq!(r["attempt"]["id"], "bbbbbbbb-0000-4000-8000-000000000002");
}

/// `history` at 40, 60, 80 and 120 columns: a table while every number and date
/// fits whole (a label may wrap between words), else a block per attempt; no line
/// is wider than the terminal and no figure is split.
#[test]
fn history_at_every_width() {
    let env = TestEnv::new();
    three(&env);
    for width in [40, 60, 80, 120] {
        let out = stdout_of(env.cmd().env("COLUMNS", width.to_string()).arg("history"));
        for line in out.lines() {
            assert!(
                line.chars().count() <= width,
                "{width}: {} columns: {line}",
                line.chars().count()
            );
        }
        // 6,0 is area 1 of the second attempt: always written whole.
        assert!(out.contains("6,0"), "{width}: {out}");
        insta::assert_snapshot!(format!("history_{width}"), out);
    }
}

#[test]
fn personal_screens_at_every_width() {
    let env = TestEnv::new();
    three(&env);
    env.cmd()
        .args(["plan", "add", "--statement", "304", "--goal"])
        .arg("gå Digitekets kurs om programmering och öva med tre kolleger på biblioteket")
        .args(["--due", "2099-03-01"])
        .assert()
        .success();
    env.cmd()
        .args(["plan", "add", "--area", "2", "--goal", "öva på videomöten"])
        .assert()
        .success();
    for width in [40, 60, 80, 120] {
        let run = |args: &[&str]| stdout_of(env.cmd().env("COLUMNS", width.to_string()).args(args));
        let progress = run(&["progress", "--by-statement"]);
        assert_readable(&progress, width);
        // Statements by their short titles, never by a bare code; the legend.
        assert!(
            progress.contains("Leda en programmeringsaktivitet"),
            "{progress}"
        );
        assert!(
            progress.contains("Δ förra: ändringen sedan förra försöket"),
            "{progress}"
        );
        // 23 statements went from 2 to 4: three are named, and the tie is said.
        let words = progress.split_whitespace().collect::<Vec<_>>().join(" ");
        assert!(
            words.contains("… och 20 påståenden till med ▲ +2."),
            "{progress}"
        );
        insta::assert_snapshot!(format!("progress_by_statement_{width}"), progress);
        for args in [&["results"][..], &["questions"], &["history"]] {
            let out = run(args);
            assert_readable(&out, width);
        }
        insta::assert_snapshot!(format!("results_{width}"), run(&["results"]));
        let plan = run(&["plan"]);
        assert_readable(&plan, width);
        assert!(plan.contains("(Leda en"), "{plan}");
        // Plan ids are random.
        insta::with_settings!({filters => vec![(r"\b[0-9a-f]{8}\b", "[id]")]}, {
            insta::assert_snapshot!(format!("plan_{width}"), plan);
        });
    }
}

/// The result screen tells the change since the previous and the first attempt,
/// in words and figures, reading only those two files: a damaged file between
/// them is not even opened.
#[test]
fn the_result_screen_tells_the_change_reading_two_files() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("attempts");
    let mut second = [4; 24];
    second[..4].copy_from_slice(&[6, 6, 6, 6]);
    for (id, at, name, values) in [
        (
            "aaaaaaaa-0000-4000-8000-000000000001",
            "2026-01-10T09:00:00+01:00",
            "20260110T080000Z-aaaaaaaa.json",
            [2; 24],
        ),
        (
            "bbbbbbbb-0000-4000-8000-000000000002",
            "2026-03-10T09:00:00+01:00",
            "20260310T080000Z-bbbbbbbb.json",
            second,
        ),
    ] {
        let path = env.write_attempt(id, at, None, "1.0", &values);
        std::fs::rename(&path, dir.join(name)).expect("rename");
    }
    std::fs::write(dir.join("20260201T000000Z-cccccccc.json"), "{ trasig").expect("w");
    // Now: area 1 (101–104) all 5 → 5,0; the rest 4.
    let mut now = [4; 24];
    now[..4].copy_from_slice(&[5; 4]);
    let answers = now.map(|v| v.to_string()).join(",");
    let out = env
        .cmd()
        .env("COLUMNS", "200")
        .args(["take", "--answers", &answers])
        .output()
        .expect("runs");
    // An arrow is bound to its number with a no-break space.
    let stdout = String::from_utf8_lossy(&out.stdout).replace('\u{a0}', " ");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{stderr}");
    assert!(
        !stderr.contains("cccccccc"),
        "the file between is not read: {stderr}"
    );
    assert!(
        stdout.contains("Jämfört med dina tidigare försök"),
        "{stdout}"
    );
    // Area 1: first 2,0, previous 6,0, now 5,0: −1,0 since the previous, +3,0
    // since the first.
    assert!(
        stdout.contains("Informations- och datakompetens: 5,0 nu, lägre än förra gången (6,0; ▼ −1,0) och högre än första gången, 2026-01-10 (2,0; ▲ +3,0)."),
        "{stdout}"
    );
    // Area 2: 2,0 → 4,0 → 4,0.
    assert!(
        stdout.contains("Kommunikation och samarbete: 4,0 nu, samma som förra gången (4,0) och högre än första gången, 2026-01-10 (2,0; ▲ +2,0)."),
        "{stdout}"
    );
    // Overall: first 2,0; previous (4·6 + 20·4)/24 = 104/24 = 4,33 → 4,3; now
    // (4·5 + 20·4)/24 = 100/24 = 4,17 → 4,2: −0,1 from the means as shown.
    assert!(
        stdout.contains("Totalt: 4,2 nu, lägre än förra gången (4,3; ▼ −0,1)"),
        "{stdout}"
    );
    // In plain mode, the same without arrows.
    let plain = stdout_of(env.cmd().args(["take", "--plain", "--answers", &answers]));
    assert!(
        plain.contains("Informations- och datakompetens: 5,0 nu, samma som förra gången (5,0) och högre än första gången, 2026-01-10 (2,0; +3,0)."),
        "{plain}"
    );
}

/// Every answer the same: nothing is called a strength or something to develop;
/// a tie at the end of a list is said.
#[test]
fn equal_answers_and_ties_are_said_as_such() {
    let env = TestEnv::new();
    let out = stdout_of(env.cmd().args(["take", "--answers", &["4"; 24].join(",")]));
    assert!(
        out.contains("Du gav alla påståenden samma svar, 4,"),
        "{out}"
    );
    assert!(
        !out.contains("Dina styrkor") && !out.contains("Att utveckla"),
        "{out}"
    );
    let mut values = ["5"; 24];
    values[..5].copy_from_slice(&["7"; 5]);
    let out =
        stdout_of(
            env.cmd()
                .env("COLUMNS", "200")
                .args(["take", "--answers", &values.join(",")]),
        );
    assert!(out.contains("  7 av 7 · påstående 101: "), "{out}");
    assert!(out.contains("… och 2 påståenden till med 7."), "{out}");
    assert!(out.contains("  5 av 7 · påstående 202: "), "{out}");
    assert!(out.contains("… och 16 påståenden till med 5."), "{out}");
}

/// Two attempts saved in the same second: their own times, not their names,
/// say which was the previous one, as in `history`.
#[test]
fn the_previous_attempt_within_one_second_is_the_later_one() {
    let env = TestEnv::new();
    let dir = env.data_dir().join("attempts");
    for (id, at, name, value) in [
        (
            "aaaaaaaa-0000-4000-8000-000000000001",
            "2026-03-10T09:00:00.900+01:00",
            "20260310T080000Z-aaaaaaaa.json",
            6,
        ),
        (
            "bbbbbbbb-0000-4000-8000-000000000002",
            "2026-03-10T09:00:00.100+01:00",
            "20260310T080000Z-bbbbbbbb.json",
            2,
        ),
    ] {
        let path = env.write_attempt(id, at, None, "1.0", &[value; 24]);
        std::fs::rename(&path, dir.join(name)).expect("rename");
    }
    let out = stdout_of(env.cmd().env("COLUMNS", "200").args([
        "take",
        "--answers",
        &["4"; 24].join(","),
    ]))
    .replace('\u{a0}', " ");
    // bbbbbbbb (all 2) came first, aaaaaaaa (all 6) just after it.
    assert!(
        out.contains("Totalt: 4,0 nu, lägre än förra gången (6,0; ▼ −2,0) och högre än första gången, 2026-03-10 (2,0; ▲ +2,0)."),
        "{out}"
    );
}
