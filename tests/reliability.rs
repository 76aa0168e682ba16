//! Faults and bad input through the public commands: killed saves, signals,
//! concurrent runs, newer schemas, and files that are not what they claim.

mod common;

use common::{TestEnv, SAMPLE};
use predicates::prelude::*;
use std::process::Stdio;
use std::time::Duration;

/// Every file in the attempts folder that is not a temp file must be a whole,
/// valid attempt.
fn assert_all_whole(env: &TestEnv) -> usize {
    let mut whole = 0;
    for path in env.attempt_files() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().to_string())
            .unwrap_or_default();
        if name.starts_with(".tmp-") {
            continue;
        }
        let text = std::fs::read_to_string(&path).expect("readable");
        let v: serde_json::Value = serde_json::from_str(&text)
            .unwrap_or_else(|e| panic!("{name} is not whole: {e}: {text:?}"));
        assert_eq!(
            v["answers"].as_object().map(serde_json::Map::len),
            Some(24),
            "{name}"
        );
        whole += 1;
    }
    whole
}

#[cfg(unix)]
#[test]
fn sigkill_at_any_point_of_a_save_leaves_whole_files_or_none() {
    let env = TestEnv::new();
    for i in 0..60u64 {
        let mut child = env
            .process()
            .args(["take", "--answers", SAMPLE])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("spawns");
        // Waits for the external process to get to a later point before the kill:
        // spread over the whole run (start-up, the write, the rename).
        std::thread::sleep(Duration::from_micros(i * 150));
        let _ = child.kill();
        let _ = child.wait();
    }
    let whole = assert_all_whole(&env);
    let listed = env
        .cmd()
        .args(["history", "--json"])
        .output()
        .expect("runs");
    assert!(listed.status.success());
    let rows: serde_json::Value = serde_json::from_slice(&listed.stdout).expect("JSON");
    assert_eq!(
        rows.as_array().map(Vec::len),
        Some(whole),
        "every whole file is listed"
    );
    assert!(
        String::from_utf8_lossy(&listed.stderr).is_empty(),
        "nothing to skip"
    );
}

#[test]
fn concurrent_takes_never_collide() {
    let env = TestEnv::new();
    for _ in 0..50 {
        let spawn = || {
            env.process()
                .args(["take", "--answers", SAMPLE])
                .stdout(Stdio::null())
                .stderr(Stdio::piped())
                .spawn()
                .expect("spawns")
        };
        let (a, b) = (spawn(), spawn());
        for child in [a, b] {
            let out = child.wait_with_output().expect("ends");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
        }
    }
    assert_eq!(assert_all_whole(&env), 100);
    let ids: std::collections::BTreeSet<String> =
        env.attempts().iter().map(|a| a["id"].to_string()).collect();
    assert_eq!(ids.len(), 100);
}

#[test]
fn a_newer_schema_is_reported_skipped_and_never_rewritten() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    let newer = env.data_dir().join("attempts/from-the-future.json");
    let text =
        r#"{"kind":"digikomp-attempt","schema_version":2,"id":"x","answers":{"101":4},"new":true}"#;
    std::fs::write(&newer, text).expect("w");
    for args in [
        &["history"][..],
        &["progress"],
        &["results"],
        &["export", "--format", "json"],
    ] {
        env.cmd()
            .args(args)
            .assert()
            .success()
            .stderr(predicate::str::contains(
                "from-the-future.json: skriven med schemaversion 2",
            ));
    }
    assert_eq!(std::fs::read_to_string(&newer).expect("still there"), text);
    // Deleting all data deletes it too: it is an attempt, of a newer version. Four
    // files: the two attempts, the profile the export made, and its lock file.
    env.cmd()
        .args(["delete", "--all", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Raderade 4 filer."));
    assert!(!env.data_dir().exists(), "nothing is left behind");
}

#[test]
fn bad_answer_files_get_one_line_errors() {
    let env = TestEnv::new();
    let dir = env.scratch();
    let junk = dir.join("junk.bin");
    std::fs::write(&junk, [0xffu8, 0xfe, 0x00, 0x80]).expect("w");
    let big = dir.join("big.txt");
    std::fs::File::create(&big)
        .and_then(|f| f.set_len(200 * 1024 * 1024))
        .expect("sparse");
    let cases = [
        (junk.clone(), "det är inte UTF-8-text"),
        (big.clone(), "för stor för svar"),
        (dir.to_path_buf(), "kunde inte läsa svarsfilen"),
    ];
    for (path, reason) in cases {
        let out = env
            .cmd()
            .args(["take", "--answers-file"])
            .arg(&path)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1));
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(reason), "{err}");
        assert!(
            err.contains(&path.display().to_string()),
            "names the file: {err}"
        );
        assert_eq!(err.trim_end().lines().count(), 1, "one line: {err}");
    }
    assert!(env.attempt_files().is_empty());
}

#[test]
fn workshop_skips_every_kind_of_bad_file_and_goes_on() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    // One good export among the bad ones.
    env.take(SAMPLE, None);
    env.cmd()
        .arg("export")
        .arg("-o")
        .arg(dir.join("good.json"))
        .assert()
        .success();
    let header = format!(
        "respondent;attempt_id;question_set;question_set_version;{}",
        common::CODES.join(";")
    );
    let row = |v: &str| {
        format!(
            "{header}\nr;a;digikomp-bibliotek;1.0;{}\n",
            vec![v; 24].join(";")
        )
    };
    let nested = format!("{}{}", "[".repeat(10_000), "]".repeat(10_000));
    let files: Vec<(&str, Vec<u8>, &str)> = vec![
        ("truncated.json", br#"{"kind":"digikomp-export","schema_version":1,"records":[{"respondent":"r""#.to_vec(), "not a digikomp JSON export"),
        ("truncated.csv", header.as_bytes()[..40].to_vec(), "not a digikomp CSV export"),
        ("types.json", br#"{"kind":"digikomp-export","schema_version":1,"records":[{"respondent":"r","attempt_id":"a","question_set":{"id":"digikomp-bibliotek","version":"1.0"},"answers":{"101":"fem"}}]}"#.to_vec(), "a value of the wrong type"),
        ("huge.csv", row("99999999999999999999").into_bytes(), "not a rating"),
        ("negative.csv", row("-3").into_bytes(), "not a rating"),
        ("zero.csv", row("0").into_bytes(), "is 0, outside the scale 1–7"),
        ("eight.csv", row("8").into_bytes(), "is 8, outside the scale 1–7"),
        ("dupcode.csv", b"respondent;attempt_id;question_set;question_set_version;101;101\nr;a;digikomp-bibliotek;1.0;4;5\n".to_vec(), "statement 101 has two columns"),
        ("dupkey.json", br#"{"kind":"digikomp-export","schema_version":1,"records":[{"respondent":"r","attempt_id":"a","question_set":{"id":"digikomp-bibliotek","version":"1.0"},"answers":{"101":4,"101":5}}]}"#.to_vec(), "statement 101 is answered twice"),
        ("unknown.json", br#"{"kind":"digikomp-export","schema_version":1,"records":[{"respondent":"r","attempt_id":"a","question_set":{"id":"digikomp-bibliotek","version":"1.0"},"answers":{"999":4}}]}"#.to_vec(), "statement 999 is not in the question set"),
        ("empty.csv", Vec::new(), "empty file"),
        ("binary.csv", vec![0x00, 0x9f, 0x92, 0x96, 0xff], "not UTF-8 text"),
        ("nested.json", nested.into_bytes(), "not a digikomp JSON export"),
    ];
    for (name, bytes, _) in &files {
        std::fs::write(dir.join(name), bytes).expect("w");
    }
    std::fs::File::create(dir.join("big.csv"))
        .and_then(|f| f.set_len(200 * 1024 * 1024))
        .expect("sparse");
    #[cfg(unix)]
    {
        std::os::unix::fs::symlink(dir.join("loop-b.json"), dir.join("loop-a.json")).expect("link");
        std::os::unix::fs::symlink(dir.join("loop-a.json"), dir.join("loop-b.json")).expect("link");
    }
    // In English: the reasons' own wording (tests/workshop.rs checks the Swedish).
    let out = env
        .cmd()
        .args(["--lang", "en", "workshop", "--format", "json"])
        .arg(&dir)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    for (name, _, reason) in &files {
        let line = err
            .lines()
            .find(|l| l.contains(&format!("{name}:")))
            .unwrap_or_else(|| panic!("{name} is reported: {err}"));
        assert!(
            line.contains(reason),
            "{name}: expected '{reason}' in: {line}"
        );
    }
    assert!(
        err.contains("big.csv: has a line longer than 1 MB: not an export"),
        "{err}"
    );
    #[cfg(unix)]
    assert!(err.contains("loop-a.json: cannot read it"), "{err}");
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    assert_eq!(report["respondents"], 1, "the good file is used");
}

#[test]
fn a_folder_of_ten_thousand_junk_files() {
    let env = TestEnv::new();
    let dir = env.scratch().join("junk");
    std::fs::create_dir_all(&dir).expect("dir");
    for i in 0..10_000 {
        std::fs::write(dir.join(format!("{i:05}.csv")), format!("junk {i}")).expect("w");
    }
    let out = env.cmd().arg("workshop").arg(&dir).output().expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        err.lines()
            .filter(|l| l.starts_with("varning: hoppade över "))
            .count(),
        20,
        "the first 20 are named, then a count: a screen of names helps nobody"
    );
    assert!(
        err.contains("och 9980 filer till gick inte att använda"),
        "{err}"
    );
    assert!(
        err.contains("inga användbara svar"),
        "{}",
        err.lines().last().unwrap_or("")
    );
}

#[cfg(target_os = "linux")]
mod signals {
    use super::*;
    use expectrl::process::unix::{Signal, WaitStatus};
    use expectrl::{Eof, Expect, Session};

    fn take_until_statement_3(env: &TestEnv) -> expectrl::session::OsSession {
        let mut cmd = env.process();
        cmd.arg("take").env("TERM", "xterm").env("NO_COLOR", "1");
        let mut p = Session::spawn(cmd).expect("pty");
        p.set_expect_timeout(Some(Duration::from_secs(15)));
        p.expect("Vill du börja?").expect("welcome");
        p.send("\r").expect("yes");
        p.expect("Påstående 1 av 24").expect("1");
        p.send("4").expect("answer");
        p.expect("Påstående 2 av 24").expect("2");
        p.send("6").expect("answer");
        p.expect("Påstående 3 av 24").expect("3");
        p
    }

    fn check(signal: Signal, code: i32) {
        let env = TestEnv::new();
        let mut p = take_until_statement_3(&env);
        p.get_process_mut().kill(signal).expect("signal");
        let rest = p.expect(Eof).expect("ends");
        let out = String::from_utf8_lossy(rest.as_bytes()).to_string();
        assert!(out.contains("\x1b[?25h"), "cursor restored: {out:?}");
        assert!(out.contains("Dina svar hittills är sparade"), "{out:?}");
        // The signal is raised again once the terminal is restored, so the parent
        // sees the process ended by it (a shell reports 128 + its number).
        match p.get_process().wait().expect("waits") {
            WaitStatus::Signaled(_, s, _) => assert_eq!(s, signal),
            WaitStatus::Exited(_, c) => assert_eq!(c, code),
            other => panic!("{other:?}"),
        }
        let draft: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(env.data_dir().join("draft.json")).expect("draft"),
        )
        .expect("JSON");
        assert_eq!(draft["answers"], serde_json::json!({"101": 4, "102": 6}));
    }

    #[test]
    fn sigterm_keeps_the_draft_and_exits_143() {
        check(Signal::SIGTERM, 143);
    }

    #[test]
    fn sighup_keeps_the_draft_and_exits_129() {
        check(Signal::SIGHUP, 129);
    }

    #[test]
    fn sigint_keeps_the_draft_and_exits_130() {
        check(Signal::SIGINT, 130);
    }
}
