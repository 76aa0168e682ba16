//! The accessible plain mode through the binary: answers piped line by line,
//! bad lines asked again, going back, quitting, and a plain result.

mod common;

use common::TestEnv;
use predicates::prelude::*;

fn lines(values: &[&str]) -> String {
    values.iter().map(|v| format!("{v}\n")).collect()
}

#[test]
fn piped_lines_take_the_test_with_bad_lines_asked_again() {
    let env = TestEnv::new();
    let mut input = vec!["5", "8", "fem", "", "?", "6", "b", "7"];
    input.extend(std::iter::repeat_n("4", 22));
    let out = env
        .cmd()
        .arg("take")
        .write_stdin(lines(&input))
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("'8' är inget svar: skriv en siffra 1–7, eller b, ? eller q."),
        "{err}"
    );
    assert!(err.contains("'fem' är inget svar"), "{err}");
    assert!(err.contains("'' är inget svar"), "{err}");
    assert!(
        err.contains("Skriv en siffra från 1 (Mycket osäker) till 7 (Mycket säker)"),
        "{err}"
    );
    assert!(err.contains("Påstående 24 av 24"));
    assert!(
        !err.contains('\x1b') && !out.stdout.contains(&0x1b),
        "no escape sequences"
    );
    let a = &env.attempts()[0];
    assert_eq!(a["answers"]["101"], 5);
    assert_eq!(a["answers"]["102"], 7, "b went back and 7 replaced 6");
    assert_eq!(a["answers"]["103"], 4);
    assert_eq!(a["answers"]["505"], 4);
    let stdout = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(
        stdout.contains("Område 1, Informations- och datakompetens: medel 5,0"),
        "{stdout}"
    );
    assert!(
        !stdout.contains('│') && !stdout.contains('╭'),
        "no box drawing: {stdout}"
    );
    insta::with_settings!({filters => vec![(r"\d{4}-\d\d-\d\d \d\d:\d\d", "[DATE]")]}, {
        insta::assert_snapshot!("plain_result", stdout);
    });
}

#[test]
fn plain_flag_q_keeps_a_draft_and_piping_onto_a_draft_needs_restart() {
    let env = TestEnv::new();
    env.cmd()
        .args(["--lang", "en", "take", "--plain"])
        .write_stdin(lines(&["3", "q"]))
        .assert()
        .success()
        .stderr(predicate::str::contains("Statement 2 of 24"))
        .stderr(predicate::str::contains("Your 1 answers are saved"));
    env.cmd()
        .arg("take")
        .write_stdin(lines(&["4"]))
        .assert()
        .code(2)
        .stderr(predicate::str::contains("lägg till --restart"));
    let mut input = vec!["2"; 24];
    input.push("s");
    env.cmd()
        .args(["take", "--restart"])
        .write_stdin(lines(&input))
        .assert()
        .success();
    assert_eq!(env.attempts()[0]["answers"]["101"], 2);
    assert!(!env.data_dir().join("draft.json").exists());
}

#[test]
fn the_review_can_change_an_answer_by_number() {
    let env = TestEnv::new();
    let mut input = vec!["3"; 24];
    input.extend(["99", "24", "7", "s"]);
    let out = env
        .cmd()
        .arg("take")
        .write_stdin(lines(&input))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("'99' är inget val: skriv s, ett nummer 1–24 eller q."),
        "{err}"
    );
    assert!(err.contains("24. 505  3  Jag vet var mina egna"), "{err}");
    let a = &env.attempts()[0];
    assert_eq!(a["answers"]["505"], 7);
    assert_eq!(a["answers"]["504"], 3);
}

#[test]
fn term_dumb_chooses_plain_mode() {
    let env = TestEnv::new();
    env.cmd()
        .env("TERM", "dumb")
        .arg("take")
        .write_stdin(lines(&["4"; 24]))
        .assert()
        .success()
        .stdout(predicate::str::contains("Totalt: 4,0"));
}
