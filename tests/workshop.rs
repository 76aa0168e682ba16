//! `profile`, `export` and `workshop` through the built binary: three people
//! export, the facilitator combines them, and every figure is checked by hand.

mod common;

use common::{assert_readable, json_of, stdout_of, TestEnv, CODES, SAMPLE};
use predicates::prelude::*;
use std::path::{Path, PathBuf};

fn answers(value_101: u8, rest: u8) -> String {
    let mut v = vec![rest.to_string(); 24];
    v[0] = value_101.to_string();
    v.join(",")
}

/// A person with their own data dir who takes the test once per (label, answers).
fn person(takes: &[(&str, String)]) -> TestEnv {
    let env = TestEnv::new();
    env.cmd()
        .args([
            "profile",
            "--workplace",
            "Stadsbiblioteket",
            "--role",
            "bibliotekarie",
        ])
        .assert()
        .success();
    for (label, a) in takes {
        env.take(a, Some(label));
    }
    env
}

fn export(env: &TestEnv, args: &[&str], to: &Path) {
    env.cmd()
        .arg("export")
        .args(args)
        .arg("-o")
        .arg(to)
        .assert()
        .success();
}

/// Three people, before and after: 101 is 1, 2, 6 before and 5, 6, 7 after;
/// everything else is 3 before and 5 after.
fn three_people(dir: &Path, format: &str) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for (i, (before, after)) in [(1, 5), (2, 6), (6, 7)].into_iter().enumerate() {
        let p = person(&[("före", answers(before, 3)), ("efter", answers(after, 5))]);
        let file = dir.join(format!("p{i}.{format}"));
        export(&p, &["--all"], &file);
        files.push(file);
    }
    files
}

/// The exact group report as JSON (`--exact`): the figures by hand are the
/// unperturbed ones; the protected report's are tested in `tests/privacy.rs`.
fn workshop_json(facilitator: &TestEnv, args: &[&str]) -> serde_json::Value {
    json_of(
        facilitator
            .cmd()
            .arg("workshop")
            .args(args)
            .args(["--format", "json", "--exact"]),
    )
}

#[test]
fn csv_export_opens_in_excel_and_parses_back() {
    let p = person(&[("=HYPERLINK(\"x\")", SAMPLE.to_string())]);
    let file = p.scratch().join("me.csv");
    export(&p, &[], &file);
    let bytes = std::fs::read(&file).expect("read");
    assert!(bytes.starts_with("\u{feff}".as_bytes()), "UTF-8 with BOM");
    let text = std::str::from_utf8(&bytes[3..]).expect("UTF-8");
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(text.as_bytes());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(String::from)
        .collect();
    assert_eq!(&header[..4], ["respondent", "attempt_id", "date", "label"]);
    assert_eq!(
        header
            .iter()
            .filter(|h| CODES.contains(&h.as_str()))
            .count(),
        24
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.expect("row")).collect();
    assert_eq!(rows.len(), 1);
    let get = |name: &str| rows[0][header.iter().position(|h| h == name).expect(name)].to_string();
    assert_eq!(
        get("label"),
        "'=HYPERLINK(\"x\")",
        "a formula is neutralised"
    );
    assert_eq!(get("workplace"), "Stadsbiblioteket");
    assert_eq!(get("101"), "5");
    assert_eq!(get("207"), "1");
    assert_eq!(get("area_1"), "5,50", "decimal comma with ;");
    assert_eq!(get("area_2"), "3,43");
    assert!(get("respondent").starts_with("r-"));

    let comma = p.scratch().join("me-comma.csv");
    export(&p, &["--delimiter", ","], &comma);
    let text = std::fs::read_to_string(&comma).expect("read");
    let mut reader = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let row = reader.records().next().expect("a row").expect("valid");
    assert_eq!(&row[row.len() - 5], "5.50");
}

#[test]
fn export_refuses_to_overwrite_and_anonymous_drops_details() {
    let p = person(&[("före kursen", SAMPLE.to_string())]);
    let file = p.scratch().join("me.json");
    export(&p, &[], &file);
    p.cmd()
        .args(["export", "-o"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "finns redan; välj ett annat namn eller lägg till --force",
        ));
    p.cmd()
        .args(["export", "--force", "-o"])
        .arg(&file)
        .assert()
        .success();

    let out = p
        .cmd()
        .args([
            "export",
            "--anonymous",
            "--study",
            "Höst 2026",
            "--no-label",
        ])
        .args(["--format", "json"])
        .output()
        .expect("runs");
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    let r = &v["records"][0];
    assert_eq!(v["kind"], "digikomp-export");
    assert_eq!(r["label"], serde_json::Value::Null);
    assert_eq!(r["workplace"], serde_json::Value::Null);
    assert_eq!(r["date"].as_str().map(str::len), Some(7), "only the month");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        !text.contains(&p.data_dir().display().to_string()),
        "no path"
    );
    if let Ok(user) = std::env::var("USER") {
        assert!(!text.contains(&format!("\"{user}\"")), "no user name");
    }
}

#[test]
fn the_respondent_id_is_stable_and_random() {
    let a = person(&[("x", SAMPLE.to_string())]);
    let b = person(&[("x", SAMPLE.to_string())]);
    let id = |p: &TestEnv| {
        json_of(p.cmd().args(["profile", "--json"]))["respondent_id"]
            .as_str()
            .expect("id")
            .to_string()
    };
    assert_eq!(id(&a), id(&a));
    assert_ne!(id(&a), id(&b));
}

#[test]
fn workshop_figures_by_hand() {
    let facilitator = TestEnv::new();
    let files = three_people(facilitator.scratch(), "csv");
    let r = workshop_json(
        &facilitator,
        &[
            files[0].to_str().expect("path"),
            files[1].to_str().expect("path"),
            files[2].to_str().expect("path"),
        ],
    );
    assert_eq!(r["files_read"], 3);
    assert_eq!(r["respondents"], 3);
    let groups = r["groups"].as_array().expect("groups");
    // Rounds are never mixed: without --group-by, a group per round.
    assert_eq!(r["rounds"], 2);
    assert_eq!(groups.len(), 2, "före and efter");
    assert_eq!(groups[0]["round"], "före");
    let g = &groups[1];
    assert_eq!(g["round"], "efter");
    assert_eq!(
        g["respondents"], 3,
        "each person's latest attempt of the round"
    );
    let s101 = &g["statements"][0];
    assert_eq!(s101["code"], "101");
    // Latest answers to 101: 5, 6, 7 → mean 6, median 6, sd 1.
    assert_eq!(
        (
            s101["mean"].as_f64(),
            s101["median"].as_f64(),
            s101["sd"].as_f64()
        ),
        (Some(6.0), Some(6.0), Some(1.0))
    );
    assert_eq!(
        s101["distribution"],
        serde_json::json!([0, 0, 0, 0, 1, 1, 1])
    );
    assert!((s101["share_high"].as_f64().expect("share") - 2.0 / 3.0).abs() < 1e-12);
    assert_eq!(s101["share_low"], 0.0);
    // Area 1 means per person: (5+15)/4 = 5, (6+15)/4 = 5.25, (7+15)/4 = 5.5.
    let a1 = &g["areas"][0];
    assert_eq!(
        (a1["mean"].as_f64(), a1["median"].as_f64()),
        (Some(5.25), Some(5.25))
    );
    assert_eq!(a1["sd"].as_f64(), Some(0.25));
    // Of the 12 ratings in area 1, two are ≥ 6 (6 and 7).
    assert!((a1["share_high"].as_f64().expect("share") - 2.0 / 12.0).abs() < 1e-12);
    // The five lowest means are all 5.0, in set order after 101 (6.0).
    assert_eq!(
        g["priorities"],
        serde_json::json!(["102", "103", "104", "201", "202"])
    );
}

#[test]
fn before_and_after_by_label_from_json_and_csv_mixed() {
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("exports");
    std::fs::create_dir_all(&dir).expect("dir");
    let mut files = three_people(&dir, "csv");
    // The same person exported twice (CSV and JSON): the duplicates are dropped.
    let again = person(&[("före", answers(4, 4))]);
    export(&again, &["--all"], &dir.join("d.csv"));
    export(&again, &["--all"], &dir.join("d.json"));
    files.push(dir.join("d.json"));
    let r = workshop_json(
        &facilitator,
        &[dir.to_str().expect("dir"), "--group-by", "label"],
    );
    assert_eq!(r["files_read"], 5);
    assert_eq!(r["duplicates_dropped"], 1);
    let names: Vec<&str> = r["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .map(|g| g["round"].as_str().expect("round"))
        .collect();
    assert_eq!(names, ["före", "efter"]);
    assert_eq!(r["groups"][0]["respondents"], 4);
    // Area 2 before: three people at 3 and one at 4 → 3.25; after: 5 → change 1.75.
    let c = &r["comparison"];
    assert_eq!(c["areas"][1], serde_json::json!([2, 1.75]));
    // 101 before: 1, 2, 6, 4 → 3.25, shown 3,3; after 6.0: a gain of 2.7 between
    // the means as shown (not the exact 2.75), the biggest.
    assert_eq!(c["biggest_gains"][0], serde_json::json!(["101", 2.7]));
}

#[test]
fn a_group_below_three_shows_no_statement_figures() {
    let facilitator = TestEnv::new();
    let a = person(&[("x", SAMPLE.to_string())]);
    let b = person(&[("x", SAMPLE.to_string())]);
    let fa = facilitator.scratch().join("a.json");
    let fb = facilitator.scratch().join("b.json");
    export(&a, &[], &fa);
    export(&b, &[], &fb);
    let r = workshop_json(
        &facilitator,
        &[fa.to_str().expect("p"), fb.to_str().expect("p")],
    );
    let g = &r["groups"][0];
    assert_eq!(g["too_small"], true);
    assert_eq!(g["statements"], serde_json::json!([]));
    assert_eq!(g["priorities"], serde_json::json!([]));
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&fa)
        .arg(&fb)
        .assert()
        .success()
        .stdout(predicate::str::contains("färre än 3"))
        .stdout(predicate::str::contains("│ 101").not());
}

#[test]
fn bad_files_are_named_and_skipped_or_fatal_with_strict() {
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    three_people(&dir, "json");
    std::fs::write(
        dir.join("trunc.json"),
        "{\"kind\": \"digikomp-export\", \"records\": [",
    )
    .expect("w");
    std::fs::write(dir.join("range.csv"), format!("respondent;attempt_id;question_set;question_set_version;{}\nr;a;digikomp-bibliotek;1.0;{}\n", CODES.join(";"), ["9"; 24].join(";"))).expect("w");
    std::fs::write(
        dir.join("other.csv"),
        "respondent;attempt_id;question_set;question_set_version;101\nr;a;annan;1;4\n",
    )
    .expect("w");
    std::fs::write(dir.join("junk.csv"), [0xffu8, 0xfe, 0, 1, 2]).expect("w");
    let out = facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("trunc.json: inte en JSON-export från digikomp (slutar för tidigt på rad 1"),
        "{err}"
    );
    assert!(
        err.contains("range.csv: svar 1: påstående 101 är 9, utanför skalan 1–7"),
        "{err}"
    );
    assert!(
        err.contains("other.csv: svar 1: använder frågeuppsättningen 'annan'"),
        "{err}"
    );
    assert!(err.contains("junk.csv: inte UTF-8-text"), "{err}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("3 deltagare"));
    facilitator
        .cmd()
        .args(["workshop", "--strict"])
        .arg(&dir)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "4 filer gick inte att använda (--strict)",
        ));
}

#[test]
fn html_is_one_file_with_svg_and_xlsx_reads_back() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let facilitator = TestEnv::new();
    let files = three_people(facilitator.scratch(), "json");
    let html = facilitator.scratch().join("g.html");
    let xlsx = facilitator.scratch().join("g.xlsx");
    for out in [&html, &xlsx] {
        facilitator
            .cmd()
            .arg("workshop")
            .args(&files)
            .args(["--group-by", "label", "--exact", "-o"])
            .arg(out)
            .assert()
            .success();
    }
    let page = std::fs::read_to_string(&html).expect("html");
    assert!(page.starts_with("<!DOCTYPE html>"));
    assert!(
        page.matches("<svg").count() >= 3,
        "area chart and distributions"
    );
    for external in ["<script", "<link", "src=\"http", "url(http"] {
        assert!(!page.contains(external), "no external asset: {external}");
    }
    let mut book: Xlsx<_> = open_workbook(&xlsx).expect("opens as xlsx");
    let areas = book.worksheet_range("Områden").expect("areas sheet");
    assert_eq!(
        areas.get_value((0, 4)),
        Some(&Data::String("Medelvärde".into()))
    );
    // First row: group "före", area 1: (1+9)/4, (2+9)/4, (6+9)/4 → mean of 2.5, 2.75, 3.75 = 3.
    assert_eq!(areas.get_value((1, 0)), Some(&Data::String("före".into())));
    assert_eq!(areas.get_value((1, 4)), Some(&Data::Float(3.0)));
    // The area chart and one distribution chart per group (zip stores names plainly).
    let bytes = std::fs::read(&xlsx).expect("xlsx bytes");
    for chart in [
        "xl/charts/chart1.xml",
        "xl/charts/chart2.xml",
        "xl/charts/chart3.xml",
    ] {
        assert!(
            bytes.windows(chart.len()).any(|w| w == chart.as_bytes()),
            "{chart} in the workbook"
        );
    }
    let statements = book
        .worksheet_range("Påståenden")
        .expect("statements sheet");
    assert_eq!(
        statements.get_value((1, 1)),
        Some(&Data::String("101".into()))
    );

    let personal = facilitator.scratch().join("me.xlsx");
    let p = person(&[("x", SAMPLE.to_string())]);
    export(&p, &[], &personal);
    let mut book: Xlsx<_> = open_workbook(&personal).expect("opens");
    let sheet = book.worksheet_range("Försök").expect("sheet");
    assert_eq!(
        sheet.get_value((1, 8)),
        Some(&Data::Float(5.0)),
        "answer to 101"
    );
}

#[test]
fn personal_html_and_markdown_reports() {
    let p = person(&[("före <kurs>", SAMPLE.to_string())]);
    let html = p.scratch().join("me.html");
    export(&p, &[], &html);
    let page = std::fs::read_to_string(&html).expect("html");
    assert!(page.contains("<svg") && page.contains("<polyline"));
    assert!(page.contains("före &lt;kurs&gt;"), "labels are escaped");
    assert!(!page.contains("<kurs>"));
    let out = p
        .cmd()
        .args(["export", "--format", "md"])
        .output()
        .expect("runs");
    let md = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        md.contains("| 1 Informations- och datakompetens | 5,5 |"),
        "{md}"
    );
    assert!(md.contains("| 207 | Jag kan hantera"), "{md}");
}

/// Replaces random ids and today's dates, which differ on every run.
fn filtered(text: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let mut l = line.to_string();
        for word in line.split(|c: char| c == ';' || c == '"' || c.is_whitespace() || c == '`') {
            if (word.starts_with("r-") && word.len() == 14)
                || (word.len() == 36 && word.matches('-').count() == 4)
            {
                l = l.replace(word, "[ID]");
            } else if word.len() == 10
                && word.chars().filter(|c| *c == '-').count() == 2
                && word.starts_with("20")
            {
                l = l.replace(word, "[DATE]");
            }
        }
        out.push_str(&l);
        out.push('\n');
    }
    out
}

#[test]
fn workshop_and_export_snapshots() {
    let facilitator = TestEnv::new();
    let files = three_people(facilitator.scratch(), "csv");
    let run = |args: &[&str]| {
        let out = facilitator
            .cmd()
            .arg("workshop")
            .args(&files)
            .args(args)
            .output()
            .expect("runs");
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    insta::assert_snapshot!(
        "workshop_table_by_label",
        run(&["--group-by", "label", "--exact"])
    );
    insta::assert_snapshot!(
        "workshop_action_plan_md",
        run(&["--format", "md", "--exact"])
    );
    let csv = std::fs::read_to_string(&files[0]).expect("csv");
    insta::assert_snapshot!("export_csv", filtered(&csv));
}

#[test]
fn unknown_attempts_and_empty_folders_say_what_to_do() {
    let p = person(&[("x", SAMPLE.to_string())]);
    p.cmd()
        .args(["export", "--attempt", "zz"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "inget sparat försök har id 'zz'; se `digikomp history`",
        ));
    let empty = p.scratch().join("tom");
    std::fs::create_dir_all(&empty).expect("dir");
    p.cmd()
        .arg("workshop")
        .arg(&empty)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "hittade inga .csv- eller .json-filer i",
        ))
        .stderr(predicate::str::contains("tom"));
    let fresh = TestEnv::new();
    fresh
        .cmd()
        .arg("export")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Gör testet med `digikomp take`"));
}

/// A CSV large enough to be read on every core gives the figures a single pass
/// gives (the same file with one quoted field is read in one pass), and a bad
/// record far into it is numbered as in the whole file. The size from which a
/// file is split is set to 64 KB here, so that a file of 1.5 MB reaches it.
#[test]
fn a_large_csv_read_on_every_core_gives_the_same_figures() {
    let env = TestEnv::new();
    let records = 21_000;
    let split_at = 64 * 1024;
    let header = format!(
        "respondent;attempt_id;question_set;question_set_version;label;{}\n",
        CODES.join(";")
    );
    let line = |i: usize, label: &str, first: &str| {
        let ratings: Vec<String> = (0..24)
            .map(|k| {
                if k == 0 {
                    first.to_string()
                } else {
                    ((i * 7 + k * 3) % 7 + 1).to_string()
                }
            })
            .collect();
        format!(
            "r{};a{i};digikomp-bibliotek;1.0;{label};{}\n",
            i % 3_000,
            ratings.join(";")
        )
    };
    let write = |name: &str, quoted_first: bool, bad_at: Option<usize>| {
        let mut text = header.clone();
        for i in 0..records {
            let label = if quoted_first && i == 0 {
                "\"före\""
            } else {
                "före"
            };
            let first = if Some(i) == bad_at {
                "9".to_string()
            } else {
                ((i % 7) + 1).to_string()
            };
            text.push_str(&line(i, label, &first));
        }
        assert!(text.len() > 16 * split_at, "{} bytes", text.len());
        let path = env.scratch().join(name);
        std::fs::write(&path, text).expect("w");
        path
    };
    let split = write("delad.csv", false, None);
    let whole = write("hel.csv", true, None);
    let report = |path: &Path| {
        let mut v = json_of(
            env.cmd()
                .env("DIGIKOMP_SPLIT_MIN_BYTES", split_at.to_string())
                .args(["workshop", "--format", "json", "--exact"])
                .arg(path),
        );
        v["groups"].take()
    };
    let (a, b) = (report(&split), report(&whole));
    assert_eq!(a, b);
    // 3,000 respondents, each one's latest attempt; statement 101 by hand: the
    // latest record of respondent j is i = j + 18,000, rated (i mod 7) + 1.
    assert_eq!(a[0]["respondents"], 3_000);
    let n101: Vec<u64> = (0..3_000u64).map(|j| (j + 18_000) % 7 + 1).collect();
    let mean = n101.iter().sum::<u64>() as f64 / 3_000.0;
    let shown = a[0]["statements"][0]["mean"].as_f64().expect("mean");
    assert!((shown - mean).abs() < 1e-9, "{shown} vs {mean}");

    let bad = write("trasig.csv", false, Some(20_000));
    env.cmd()
        .env("DIGIKOMP_SPLIT_MIN_BYTES", split_at.to_string())
        .arg("workshop")
        .arg(&bad)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "trasig.csv: svar 20001: påstående 101 är 9, utanför skalan 1–7",
        ));
}

#[test]
fn the_group_report_at_every_width() {
    let facilitator = TestEnv::new();
    let files = three_people(facilitator.scratch(), "csv");
    for width in [40, 60, 80, 120] {
        let out = stdout_of(
            facilitator
                .cmd()
                .env("COLUMNS", width.to_string())
                .arg("workshop")
                .args(&files)
                .args(["--group-by", "label", "--exact"]),
        );
        assert_readable(&out, width);
        // Statements by their short titles, and the legends under the tables.
        assert!(
            out.contains("303 Upphovsrätt och Creative Commons"),
            "{out}"
        );
        assert!(out.contains("1–7: hur många som svarade 1, 2 … 7"), "{out}");
        // Five priorities of 24 equal means: the tie is said, not hidden.
        assert!(
            out.split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .contains("… och 19 påståenden till med medlet 3,0."),
            "{out}"
        );
        insta::assert_snapshot!(format!("workshop_by_label_{width}"), out);
    }
}

/// A stray round of one person (a label typed differently) is neither compared
/// by default nor the round the hint folds the others into.
#[test]
fn a_stray_small_round_is_not_the_default_comparison() {
    let facilitator = TestEnv::new();
    let mut files = Vec::new();
    for i in 0..4 {
        let mut takes = vec![
            ("före kursen", answers(3, 3)),
            ("efter kursen", answers(5, 5)),
        ];
        if i == 3 {
            takes.push(("före", answers(4, 4)));
        }
        let p = person(&takes);
        let file = facilitator.scratch().join(format!("p{i}.json"));
        export(&p, &["--all"], &file);
        files.push(file);
    }
    let out = facilitator
        .cmd()
        .arg("workshop")
        .args(&files)
        .args(["--group-by", "label", "--format", "json"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(v["comparison"]["from"], "före kursen", "{v}");
    assert_eq!(v["comparison"]["to"], "efter kursen", "{v}");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("--merge \"före=före kursen\""), "{err}");
}

/// Two attempts on one day without labels get columns that can be told apart.
#[test]
fn markdown_columns_of_one_day_are_numbered() {
    let p = person(&[]);
    p.take(SAMPLE, None);
    p.take(SAMPLE, None);
    p.take(SAMPLE, Some("efter"));
    let md = stdout_of(
        p.cmd()
            .args(["export", "--all", "--format", "md", "-o", "-"]),
    );
    let header = md
        .lines()
        .find(|l| l.starts_with("| Kod |"))
        .expect("the answers table");
    assert!(
        header.contains(" (1) |") && header.contains(" (2) |"),
        "{header}"
    );
    assert!(header.ends_with(" efter |"), "{header}");
}

/// `--compare` with a round the files do not have lists the rounds they do
/// have, or says there are none and how a round gets its label.
#[test]
fn compare_with_an_unknown_round_says_which_rounds_there_are() {
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    three_people(&dir, "csv");
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--compare", "före", "senare"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "ingen omgång heter 'senare'; omgångarna i filerna är 'före' och 'efter'",
        ));
    let plain = facilitator.scratch().join("plain");
    std::fs::create_dir_all(&plain).expect("dir");
    let p = TestEnv::new();
    p.take(SAMPLE, None);
    export(&p, &[], &plain.join("p.csv"));
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&plain)
        .args(["--compare", "före", "efter"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("filerna har inga omgångar alls"));
}
