//! Did the training work? Six people before and after a course, rounds spelt
//! three ways, one person at a workplace of their own, anonymous exports of one
//! study: the rounds, the paired change against a hand computation, the
//! protection of small groups in every format, and exports that cannot be linked.

mod common;

use calamine::{open_workbook, Reader, Xlsx};
use common::{json_of, stdout_of, TestEnv};
use predicates::prelude::*;
use std::path::{Path, PathBuf};

/// (label before, rating before, rating after, workplace): every statement gets
/// the same rating, so every area mean is that rating.
const PEOPLE: [(&str, u8, u8, &str); 6] = [
    ("Före kursen", 3, 5, "Stora"),
    ("före kursen", 4, 5, "Stora"),
    ("FÖRE  KURSEN ", 2, 4, "Stora"),
    ("före", 4, 4, "Stora"),
    ("före", 3, 6, "Stora"),
    ("Före kursen", 5, 6, "Lilla"),
];

/// Each person's data: a profile, an attempt in January and one in March.
fn people() -> Vec<TestEnv> {
    PEOPLE
        .iter()
        .enumerate()
        .map(|(i, (label, before, after, workplace))| {
            let p = TestEnv::new();
            p.cmd()
                .args(["profile", "--workplace", workplace])
                .assert()
                .success();
            let id = |round: &str| format!("{i}{round}000000-0000-4000-8000-000000000000");
            p.write_attempt(
                &id("b"),
                "2026-01-10T10:00:00+01:00",
                Some(label),
                "1.0",
                &[*before; 24],
            );
            p.write_attempt(
                &id("a"),
                "2026-03-10T10:00:00+01:00",
                Some("efter"),
                "1.0",
                &[*after; 24],
            );
            p
        })
        .collect()
}

/// Every person's export into `dir`, with `args` (e.g. anonymous for a study).
fn exports(people: &[TestEnv], dir: &Path, args: &[&str]) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).expect("dir");
    people
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let file = dir.join(format!("p{i}.json"));
            p.cmd()
                .args(["export", "--all", "-o"])
                .arg(&file)
                .args(args)
                .assert()
                .success();
            file
        })
        .collect()
}

#[test]
fn rounds_spelt_three_ways_become_two_after_merge() {
    let people = people();
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("named");
    exports(&people, &dir, &[]);
    // Without --merge: "före kursen" (three spellings, four people), "före" and
    // "efter", and a hint that the first two look like one.
    let out = facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--group-by", "label", "--format", "json"])
        .output()
        .expect("runs");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    let sizes: Vec<u64> = r["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["respondents"].as_u64().expect("n"))
        .collect();
    assert_eq!(sizes, [4, 2, 6]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("--merge"));
    // With it: two rounds of six.
    let r = json_of(facilitator.cmd().arg("workshop").arg(&dir).args([
        "--group-by",
        "label",
        "--merge",
        "före=före kursen",
        "--format",
        "json",
    ]));
    let groups = r["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 2);
    assert_eq!(
        (
            groups[0]["respondents"].as_u64(),
            groups[1]["round"].as_str()
        ),
        (Some(6), Some("efter"))
    );
}

/// The paired figures of the six people, worked out by hand: changes +2, +1, +2,
/// 0, +3, +1; mean 9/6 = 1.5; deviations ±0.5 (four), ∓1.5 (two); squares 5.5;
/// variance 5.5/5 = 1.1; t(5) = 2.571; half-width 2.571 · √1.1 / √6.
fn check_paired(p: &serde_json::Value) {
    let sd = 1.1f64.sqrt();
    let half = 2.571 * sd / 6f64.sqrt();
    assert_eq!(p["n"], 6);
    assert_eq!(p["mean_change"], 1.5);
    assert!(
        (p["ci_low"].as_f64().expect("low") - (1.5 - half)).abs() < 1e-9,
        "{p}"
    );
    assert!(
        (p["ci_high"].as_f64().expect("high") - (1.5 + half)).abs() < 1e-9,
        "{p}"
    );
    assert!(
        (p["d_z"].as_f64().expect("d_z") - 1.5 / sd).abs() < 1e-9,
        "{p}"
    );
    assert_eq!(
        (p["rose"].as_u64(), p["same"].as_u64(), p["fell"].as_u64()),
        (Some(5), Some(1), Some(0))
    );
}

#[test]
fn paired_change_with_intervals_by_hand_from_anonymous_exports() {
    let people = people();
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("anonymous");
    exports(&people, &dir, &["--anonymous", "--study", "Höst 2026"]);
    let r = json_of(facilitator.cmd().arg("workshop").arg(&dir).args([
        "--group-by",
        "label",
        "--merge",
        "före=före kursen",
        "--format",
        "json",
        "--exact",
    ]));
    let paired = &r["comparison"]["paired"];
    check_paired(&paired["overall"]);
    for area in paired["areas"].as_array().expect("areas") {
        check_paired(area);
    }
    assert_eq!(
        (paired["only_from"].as_u64(), paired["only_to"].as_u64()),
        (Some(0), Some(0))
    );
    // The table says it in words: the interval (0.40 … 2.60) lies above zero.
    let table = stdout_of(facilitator.cmd().arg("workshop").arg(&dir).args([
        "--group-by",
        "label",
        "--merge",
        "före=före kursen",
        "--exact",
    ]));
    assert!(table.contains("+0,4 … +2,6"), "{table}");
    assert!(
        table.contains("samma personer skattar sig högre efteråt (+1,5)"),
        "{table}"
    );
    // With --min-group 7 the six are too few: n and nothing else.
    let r = json_of(facilitator.cmd().arg("workshop").arg(&dir).args([
        "--group-by",
        "label",
        "--merge",
        "före=före kursen",
        "--min-group",
        "7",
        "--format",
        "json",
        "--exact",
    ]));
    assert_eq!(r["comparison"]["paired"]["overall"]["n"], 6);
    assert_eq!(
        r["comparison"]["paired"]["overall"]["mean_change"],
        serde_json::Value::Null
    );
    assert_eq!(r["groups"][0]["areas"], serde_json::json!([]));
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--min-group", "2"])
        .assert()
        .code(2);
}

#[test]
fn a_workplace_of_one_shows_nothing_but_its_n_in_any_format() {
    let people = people();
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("named");
    exports(&people, &dir, &[]);
    let args = ["--group-by", "workplace"];
    let r = json_of(
        facilitator
            .cmd()
            .arg("workshop")
            .arg(&dir)
            .args(args)
            .args(["--format", "json"]),
    );
    // A round and a workplace together: every Lilla group is one person.
    let lilla: Vec<&serde_json::Value> = r["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .filter(|g| g["group"] == "Lilla")
        .collect();
    assert!(!lilla.is_empty());
    for g in &lilla {
        assert_eq!(g["respondents"], 1);
        assert_eq!(g["overall"]["mean"], serde_json::Value::Null);
        assert_eq!(g["areas"], serde_json::json!([]));
    }
    assert_eq!(
        r["comparison"],
        serde_json::Value::Null,
        "workplaces are not rounds"
    );
    // Lilla's one person answered 5 and 6: no 5,0 or 6,0 may appear with
    // Lilla's name in any text format, and the Lilla rows of the CSV are n only.
    for format in ["table", "md", "html"] {
        let out = stdout_of(
            facilitator
                .cmd()
                .arg("workshop")
                .arg(&dir)
                .args(args)
                .args(["--format", format]),
        );
        let heading = "· Lilla (n = 1)";
        let at = out.find(heading).expect("named");
        let section: String = out[at..].chars().take(400).collect();
        let section = section.split(" (n = ").nth(1).unwrap_or_default();
        assert!(
            !section.contains("6,0") && !section.contains("5,0"),
            "{format}: {section}"
        );
        assert!(section.contains("färre än 3"), "{format}: {section}");
    }
    let csv = stdout_of(
        facilitator
            .cmd()
            .arg("workshop")
            .arg(&dir)
            .args(args)
            .args(["--format", "csv"]),
    );
    let rows: Vec<&str> = csv.lines().filter(|l| l.contains(";Lilla;")).collect();
    assert!(!rows.is_empty(), "{csv}");
    for row in rows {
        let cells: Vec<&str> = row.split(';').collect();
        assert_eq!(cells[3], "group", "{row}");
        assert!(cells[6..].iter().all(|c| c.is_empty()), "{row}");
    }
}

#[test]
fn a_workplace_of_one_is_not_in_the_workbook_and_is_no_round() {
    let people = people();
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("named");
    exports(&people, &dir, &[]);
    let args = ["--group-by", "workplace"];
    let xlsx = facilitator.scratch().join("w.xlsx");
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(args)
        .arg("-o")
        .arg(&xlsx)
        .assert()
        .success();
    let mut book: Xlsx<_> = open_workbook(&xlsx).expect("xlsx");
    for sheet in ["Områden", "Påståenden", "Fördelning"] {
        // A workbook of small groups has no distributions to chart.
        let Ok(range) = book.worksheet_range(sheet) else {
            continue;
        };
        assert!(
            range.rows().all(|r| !r[0].to_string().contains("Lilla")),
            "{sheet}"
        );
    }
    // A round comparison of workplaces is refused.
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--group-by", "workplace", "--compare", "Stora", "Lilla"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--group-by workplace"));
}

#[test]
fn an_anonymous_export_cannot_be_linked() {
    let p = &people()[0];
    let json = |args: &[&str]| -> serde_json::Value {
        json_of(
            p.cmd()
                .args(["export", "--all", "--format", "json"])
                .args(args),
        )
    };
    let named = json(&[]);
    let anonymous = json(&["--anonymous", "--study", "Höst 2026"]);
    let again = json(&["--anonymous", "--study", "Höst 2026"]);
    let other = json(&["--anonymous", "--study", "Vår 2027"]);
    let (n, a) = (&named["records"][0], &anonymous["records"][0]);
    assert_eq!(
        a["respondent"], again["records"][0]["respondent"],
        "stable within a study"
    );
    assert_ne!(
        a["respondent"], other["records"][0]["respondent"],
        "apart across studies"
    );
    assert_ne!(a["respondent"], n["respondent"]);
    assert_ne!(a["attempt_id"], n["attempt_id"]);
    assert_eq!(a["date"], "2026-01", "the month only");
    // No field equals the named export's, except the ratings, the label and what
    // follows from the ratings and the set.
    for (key, value) in a.as_object().expect("record") {
        let same = !value.is_null() && n.get(key) == Some(value);
        let allowed = ["answers", "area_means", "label", "question_set"].contains(&key.as_str());
        assert!(!same || allowed, "{key} links the exports");
    }
    assert_eq!(a["workplace"], serde_json::Value::Null);
    // The secret that keys the pseudonym never leaves the data directory.
    let profile = std::fs::read_to_string(p.data_dir().join("profile.json")).expect("profile");
    let secret = serde_json::from_str::<serde_json::Value>(&profile).expect("json")["secret"]
        .as_str()
        .expect("a secret")
        .to_string();
    assert!(!anonymous.to_string().contains(&secret));
    // Without a terminal, the study must be given.
    p.cmd()
        .args(["export", "--anonymous"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--study"));
    // The workbook has no time of creation in its metadata.
    let xlsx = p.scratch().join("a.xlsx");
    p.cmd()
        .args(["export", "--anonymous", "--study", "Höst 2026", "-o"])
        .arg(&xlsx)
        .assert()
        .success();
    let core = unzip_core(&xlsx);
    assert!(core.contains("2000-01-01"), "{core}");
}

/// `docProps/core.xml` of a workbook.
fn unzip_core(path: &Path) -> String {
    let out = std::process::Command::new("python3")
        .args(["-c", "import sys,zipfile; print(zipfile.ZipFile(sys.argv[1]).read('docProps/core.xml').decode())"])
        .arg(path)
        .output()
        .expect("python3 reads the zip");
    String::from_utf8_lossy(&out.stdout).to_string()
}

/// A JSON export of records `(respondent, label, date, rating of statement 101,
/// rating of every other statement)` under set 1.0.
fn export_of(path: &Path, records: &[(String, &str, &str, u8, u8)]) {
    let recs: Vec<serde_json::Value> = records
        .iter()
        .enumerate()
        .map(|(i, (who, label, date, first, rest))| {
            let answers: serde_json::Map<String, serde_json::Value> = common::CODES
                .iter()
                .map(|c| {
                    (
                        c.to_string(),
                        (if *c == "101" { *first } else { *rest }).into(),
                    )
                })
                .collect();
            serde_json::json!({
                "respondent": who, "attempt_id": format!("a{i}"), "date": date,
                "label": label, "question_set": {"id": "digikomp-bibliotek", "version": "1.0"},
                "answers": answers,
            })
        })
        .collect();
    let doc = serde_json::json!({"kind": "digikomp-export", "schema_version": 1, "records": recs});
    std::fs::write(path, doc.to_string()).expect("write");
}

/// Changes on screen are between the figures as shown, at the edges too.
///
/// Statement 101, eight people: before 2, 2, 3, 3, 3, 3, 3, 4 (sum 23, mean
/// 2.875, shown 2,9); after 4, 4, 4, 5, 5, 5, 5, 5 (sum 37, mean 4.625, shown
/// 4,6). The rise shown is 4,6 − 2,9 = +1,7, not the exact 1.75 rounded (+1,8).
/// Every other statement: everyone 4 before and 4 after, so each person's
/// change in area 2 is 0 and the interval of a zero change is 0,0 … 0,0, never
/// "±0,0".
#[test]
fn changes_are_between_the_figures_as_shown() {
    let env = TestEnv::new();
    let before = [2, 2, 3, 3, 3, 3, 3, 4];
    let after = [4, 4, 4, 5, 5, 5, 5, 5];
    let mut records = Vec::new();
    for (i, (b, a)) in before.iter().zip(after).enumerate() {
        records.push((format!("r{i}"), "före", "2026-01-10", *b, 4));
        records.push((format!("r{i}"), "efter", "2026-05-10", a, 4));
    }
    let file = env.scratch().join("kurs.json");
    export_of(&file, &records);
    let r = json_of(
        env.cmd()
            .arg("workshop")
            .arg(&file)
            .args(["--format", "json", "--exact"]),
    );
    assert_eq!(
        r["comparison"]["biggest_gains"][0],
        serde_json::json!(["101", 1.7])
    );
    let table = stdout_of(env.cmd().arg("workshop").arg(&file).arg("--exact"));
    assert!(table.contains("+1,7"), "{table}");
    assert!(!table.contains("+1,8"), "{table}");
    // The only "±" is the legend's band of "the same" ("inom ±0,5").
    assert_eq!(table.matches('±').count(), 1, "no ± in a change: {table}");
    assert!(table.contains("0,0 … 0,0"), "{table}");
    let md = stdout_of(
        env.cmd()
            .arg("workshop")
            .arg(&file)
            .args(["--exact", "-f", "md"]),
    );
    assert!(md.contains("+1,7") && !md.contains("+1,8"), "{md}");
}
