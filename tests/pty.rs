//! Pseudo-terminal tests: the real dialoguer flow driven with keystrokes (expectrl,
//! which matches bytes, so Swedish text can be waited for).
#![cfg(target_os = "linux")]

mod common;

use common::TestEnv;
use expectrl::process::unix::WaitStatus;
use expectrl::session::OsSession;
use expectrl::{ControlCode, Eof, Expect, Session};
use std::time::Duration;

fn spawn(env: &TestEnv, args: &[&str]) -> OsSession {
    spawn_sized(env, args, 80)
}

/// The binary in a pty `cols` columns wide and 24 rows high.
fn spawn_sized(env: &TestEnv, args: &[&str], cols: u16) -> OsSession {
    let mut cmd = env.process();
    cmd.args(args).env("TERM", "xterm").env("NO_COLOR", "1");
    let mut p = Session::spawn(cmd).expect("spawns in a pty");
    p.get_process_mut()
        .set_window_size(cols, 24)
        .expect("window size");
    p.set_expect_timeout(Some(Duration::from_secs(15)));
    p
}

/// A terminal emulator of `cols` × 24, to check what is on the screen after the
/// cursor movements and clearing, not only which bytes were sent.
fn emulator(cols: u16) -> vt100::Parser {
    let size = |n| std::num::NonZeroU16::new(n).expect("not zero");
    vt100::Parser::new(size(24), size(cols), 0)
}

/// Waits for `text` and feeds everything up to it to the emulator.
fn show_until(p: &mut OsSession, screen: &mut vt100::Parser, text: &str) {
    match p.expect(text) {
        Ok(captures) => screen.process(captures.as_bytes()),
        Err(e) => panic!("waiting for {text:?}: {e}"),
    }
}

fn wait_for(p: &mut OsSession, text: &str) {
    if let Err(e) = p.expect(text) {
        panic!("waiting for {text:?}: {e}");
    }
}

/// Waits for statement `i` of 24 and answers it.
fn answer(p: &mut OsSession, i: usize, keys: &str) {
    wait_for(p, &format!("Påstående {i} av 24"));
    p.send(keys).expect("send");
}

/// Everything printed until the program ends, as text.
fn rest(p: &mut OsSession) -> String {
    let captures = p.expect(Eof).expect("the program ends");
    String::from_utf8_lossy(captures.as_bytes()).to_string()
}

fn exit_code(p: &OsSession) -> i32 {
    match p.get_process().wait().expect("the process ends") {
        WaitStatus::Exited(_, code) => code,
        // Ended by a signal raised again after the terminal was restored: a shell
        // reports 128 + its number, as for an exit with that code.
        WaitStatus::Signaled(_, signal, _) => 128 + signal as i32,
        other => panic!("ended by {other:?}"),
    }
}

#[test]
fn keys_answer_go_back_review_and_save() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["take", "--label", "pty"]);
    wait_for(&mut p, "Vill du börja?");
    p.send("\r").expect("yes");
    answer(&mut p, 1, "2");
    // Backspace goes back; the earlier answer is preselected.
    answer(&mut p, 2, "\x7f");
    wait_for(&mut p, "Påstående 1 av 24");
    wait_for(&mut p, "[2]");
    // Arrow right three times from 2, then Enter: 5.
    p.send("\x1b[C\x1b[C\x1b[C\r").expect("send");
    for i in 2..=24 {
        answer(&mut p, i, "4");
    }
    wait_for(&mut p, "Granska: välj ett svar");
    // Down the list, then `s` saves from where the cursor is.
    p.send("\x1b[B\x1b[B\x1b[B").expect("down");
    wait_for(&mut p, "s = spara");
    p.send("s").expect("save");
    wait_for(&mut p, "Sparat:");
    wait_for(&mut p, "Totalt");
    // After the result: no action plan this time (the default answer).
    wait_for(&mut p, "Vill du välja något att arbeta med");
    p.send("\r").expect("no plan");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);

    let attempts = env.attempts();
    assert_eq!(attempts.len(), 1);
    assert_eq!(attempts[0]["answers"]["101"], 5);
    assert_eq!(attempts[0]["answers"]["102"], 4);
    assert_eq!(attempts[0]["label"], "pty");
    assert!(!env.data_dir().join("draft.json").exists());
}

#[test]
fn enter_alone_records_nothing_and_says_how_to_answer() {
    let env = TestEnv::bundled();
    let mut p = spawn(&env, &["take"]);
    wait_for(&mut p, "Ingår inte i mitt arbete");
    wait_for(&mut p, "Vill du börja?");
    p.send("\r").expect("yes");
    wait_for(&mut p, "Påstående 1 av 24");
    p.send("\r").expect("enter");
    wait_for(&mut p, "Inget svar är valt: tryck en siffra 1–7");
    p.send("\r\r\r").expect("enter again");
    // Still on the first statement: the first arrow selects the middle.
    p.send("\x1b[D").expect("left");
    wait_for(&mut p, "[4]");
    p.send("q").expect("quit");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);
    assert!(env.attempts().is_empty(), "nothing was saved");
    assert!(
        !env.data_dir().join("draft.json").exists(),
        "no answer, no draft"
    );
}

#[test]
fn x_answers_not_part_of_my_job_and_is_selected_on_the_way_back() {
    let env = TestEnv::bundled();
    let mut p = spawn(&env, &["take"]);
    wait_for(&mut p, "Vill du börja?");
    p.send("\r").expect("yes");
    wait_for(&mut p, "Påstående 1 av 24");
    wait_for(&mut p, "x  Ingår inte i mitt arbete");
    p.send("x").expect("x");
    wait_for(&mut p, "Påstående 2 av 24");
    p.send("5").expect("5");
    wait_for(&mut p, "Påstående 3 av 24");
    // Back to the first: the abstain answer is the one selected.
    p.send("b").expect("back");
    p.send("b").expect("back");
    wait_for(&mut p, "[x]");
    p.send("q").expect("quit");
    rest(&mut p);
    let draft: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("draft.json")).expect("a draft"),
    )
    .expect("json");
    assert_eq!(draft["abstained"], serde_json::json!(["105"]));
    assert_eq!(draft["answers"]["109"], 5);
}

#[test]
fn ctrl_c_keeps_a_draft_restores_the_cursor_and_resumes() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["take"]);
    wait_for(&mut p, "Vill du börja?");
    p.send("\r").expect("yes");
    answer(&mut p, 1, "5");
    answer(&mut p, 2, "6");
    answer(&mut p, 3, "7");
    wait_for(&mut p, "Påstående 4 av 24");
    p.send(ControlCode::EndOfText).expect("ctrl-c");
    let out = rest(&mut p);
    assert!(
        out.contains("\x1b[?25h"),
        "the cursor is shown again: {out:?}"
    );
    assert!(out.contains("Dina 3 svar är sparade"), "{out:?}");
    assert_eq!(exit_code(&p), 130);
    let draft: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("draft.json")).expect("a draft"),
    )
    .expect("JSON");
    assert_eq!(
        draft["answers"].as_object().map(serde_json::Map::len),
        Some(3)
    );
    assert!(env.attempt_files().is_empty());

    let mut p = spawn(&env, &["take"]);
    wait_for(&mut p, "med 3 av 24 svar");
    p.send("\r").expect("yes");
    for i in 4..=24 {
        answer(&mut p, i, "1");
    }
    wait_for(&mut p, "Granska: välj ett svar");
    p.send("\r").expect("save");
    wait_for(&mut p, "Vill du välja något att arbeta med");
    p.send("\r").expect("no plan");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);
    let a = &env.attempts()[0];
    assert_eq!(a["answers"]["101"], 5);
    assert_eq!(a["answers"]["102"], 6);
    assert_eq!(a["answers"]["103"], 7);
    assert_eq!(a["answers"]["104"], 1);
}

#[test]
fn an_action_plan_item_is_picked_with_keys_after_the_result() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["take"]);
    wait_for(&mut p, "Vill du börja?");
    p.send("\r").expect("yes");
    for i in 1..=24 {
        answer(&mut p, i, if i == 7 { "1" } else { "5" });
    }
    wait_for(&mut p, "Granska: välj ett svar");
    p.send("\r").expect("save");
    wait_for(&mut p, "Vill du välja något att arbeta med");
    // Up to "Ja", then the first candidate (the lowest: 203), a goal, no date.
    p.send("\x1b[A\r").expect("yes");
    wait_for(&mut p, "Välj ett påstående eller område");
    p.send("\r").expect("the first");
    wait_for(&mut p, "Ditt mål");
    p.send("gå kursen om e-legitimation\r").expect("goal");
    wait_for(&mut p, "Senast");
    p.send("\r").expect("no date");
    wait_for(&mut p, "La till");
    wait_for(&mut p, "Vill du välja något mer att arbeta med?");
    p.send("\r").expect("no more");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);
    let plans: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("plans.json")).expect("plans"),
    )
    .expect("JSON");
    assert_eq!(plans["items"][0]["target"]["code"], "203");
    assert_eq!(plans["items"][0]["goal"], "gå kursen om e-legitimation");
    assert_eq!(plans["items"][0]["due"], serde_json::Value::Null);
}

#[test]
fn ctrl_c_at_a_dialoguer_prompt_exits_130_with_the_cursor_shown() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["take"]);
    wait_for(&mut p, "Vill du börja?");
    p.send(ControlCode::EndOfText).expect("ctrl-c");
    let out = rest(&mut p);
    assert!(out.contains("\x1b[?25h"), "{out:?}");
    assert_eq!(exit_code(&p), 130);
    assert!(!env.data_dir().join("draft.json").exists());
}

#[test]
fn q_saves_the_draft_and_restart_discards_it() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["--lang", "en", "take"]);
    wait_for(&mut p, "Do you want to start?");
    p.send("\r").expect("yes");
    wait_for(&mut p, "Statement 1 of 24");
    p.send("3").expect("send");
    wait_for(&mut p, "Statement 2 of 24");
    p.send("q").expect("send");
    let out = rest(&mut p);
    assert!(out.contains("Your answer is saved"), "{out}");
    assert_eq!(exit_code(&p), 0);
    assert!(env.data_dir().join("draft.json").exists());

    let mut p = spawn(&env, &["--lang", "en", "take", "--restart"]);
    wait_for(&mut p, "Do you want to start?");
    p.send("\x1b[B\r").expect("no");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);
    assert!(!env.data_dir().join("draft.json").exists());
}

/// The key hint under a statement fits 40 and 60 columns whole, with how to quit;
/// the review list pages in Swedish.
#[test]
fn key_hints_fit_narrow_terminals_and_always_show_q() {
    for (cols, first, later, review) in [
        (
            40,
            "1–7 · ←/→ Enter · q = avsluta",
            "1–7 ←/→ Enter · ⌫ bakåt · q avsluta",
            "↑/↓ Enter · s spara · q avsluta",
        ),
        (
            60,
            "1–7 svarar · ←/→ och Enter · q = spara och avsluta",
            "1–7 · ←/→ Enter · Backsteg = bakåt · q = spara och avsluta",
            "↑/↓ och Enter väljer · s = spara · q = avsluta",
        ),
    ] {
        let env = TestEnv::new();
        let mut p = spawn_sized(&env, &["take"], cols);
        let mut screen = emulator(cols);
        show_until(&mut p, &mut screen, "Vill du börja?");
        p.send("\r").expect("yes");
        show_until(&mut p, &mut screen, first);
        let shown = screen.screen().contents();
        assert!(
            shown.contains(&format!("  {first}\n")) || shown.ends_with(first),
            "{cols}: {shown}"
        );
        p.send("4").expect("send");
        show_until(&mut p, &mut screen, later);
        let shown = screen.screen().contents();
        assert!(shown.contains("Påstående 2 av 24"), "{cols}: {shown}");
        assert!(!shown.contains('…'), "nothing is cut: {shown}");
        p.send("4").expect("send");
        for i in 3..=24 {
            show_until(&mut p, &mut screen, &format!("Påstående {i} av 24"));
            show_until(&mut p, &mut screen, later);
            p.send("4").expect("send");
        }
        show_until(&mut p, &mut screen, review);
        let shown = screen.screen().contents();
        assert!(shown.contains("Visar 1–12 av 26"), "{cols}: {shown}");
        assert!(
            shown.contains("  Påstående 1 (svar 4): Söka på nätet"),
            "{cols}: {shown}"
        );
        assert!(!shown.contains("Page"), "{shown}");
        p.send("q").expect("quit");
        rest(&mut p);
        assert_eq!(exit_code(&p), 0);
        assert!(
            env.data_dir().join("draft.json").exists(),
            "q keeps the draft"
        );
    }
}

/// A terminal made narrower in the middle of a statement: every key redraws the
/// screen for the new width, and the header is on the screen once, not once per key.
#[test]
fn a_resize_mid_statement_leaves_one_header() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["take"]);
    let mut screen = emulator(80);
    show_until(&mut p, &mut screen, "Vill du börja?");
    p.send("\r").expect("yes");
    for i in 1..=2 {
        show_until(&mut p, &mut screen, &format!("Påstående {i} av 24"));
        show_until(&mut p, &mut screen, "q = spara och avsluta");
        p.send("4").expect("send");
    }
    show_until(&mut p, &mut screen, "Påstående 3 av 24");
    show_until(
        &mut p,
        &mut screen,
        "Backsteg = föregående · q = spara och avsluta",
    );
    // The pty's new size reaches the program with a SIGWINCH from the kernel.
    p.get_process_mut()
        .set_window_size(40, 24)
        .expect("window size");
    screen.set_size(
        std::num::NonZeroU16::new(24).expect("rows"),
        std::num::NonZeroU16::new(40).expect("cols"),
    );
    for selected in ["[4]", "[5]", "[6]", "[7]", "[7]"] {
        p.send("\x1b[C").expect("right");
        show_until(&mut p, &mut screen, selected);
        show_until(&mut p, &mut screen, "avsluta");
    }
    let shown = screen.screen().contents();
    assert_eq!(shown.matches("Påstående 3 av 24").count(), 1, "{shown}");
    assert_eq!(
        shown.matches("Område 1 · Informations- och").count(),
        1,
        "{shown}"
    );
    assert!(shown.contains("[7]"), "{shown}");
    p.send("\r").expect("answer 7");
    wait_for(&mut p, "Påstående 4 av 24");
    p.send("q").expect("quit");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);
    let draft: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("draft.json")).expect("a draft"),
    )
    .expect("JSON");
    assert_eq!(draft["answers"]["103"], 7);
}

/// A goal longer than the terminal is wide leaves no copy of the input line, and
/// a refused date is said in words and asked again, never marked with a ✔.
#[test]
fn a_long_goal_leaves_no_ghost_and_a_refused_date_no_tick() {
    let env = TestEnv::new();
    env.cmd()
        .args(["take", "--answers", common::SAMPLE])
        .assert()
        .success();
    let mut p = spawn_sized(&env, &["plan", "add"], 40);
    let mut screen = emulator(40);
    show_until(&mut p, &mut screen, "q = avstå");
    p.send("\r").expect("the first");
    show_until(&mut p, &mut screen, "? = hjälp) › ");
    let goal = "gå Digitekets kurs om källkritik och e-legitimation före mars";
    p.send(format!("{goal}\r")).expect("goal");
    // At 40 columns the date's question is wrapped between words; its last
    // line ends where the date is typed.
    show_until(&mut p, &mut screen, "datum, ? = hjälp) › ");
    p.send("imorgon\r").expect("a bad date");
    show_until(&mut p, &mut screen, "'imorgon' är inget datum");
    show_until(&mut p, &mut screen, "datum, ? = hjälp) › ");
    let shown = screen.screen().contents();
    assert!(
        !shown.contains('✔') || shown.matches('✔').count() == 1,
        "{shown}"
    );
    assert!(
        !shown.contains("✔ Senast"),
        "the refused date is not ticked: {shown}"
    );
    assert_eq!(
        shown.matches("Ditt mål").count(),
        1,
        "no ghost of the goal line: {shown}"
    );
    p.send("?\r").expect("help");
    show_until(&mut p, &mut screen, "uppföljningen");
    show_until(&mut p, &mut screen, "datum, ? = hjälp) › ");
    p.send("2099-03-01\r").expect("a date");
    show_until(&mut p, &mut screen, "La till");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);
    let shown = screen.screen().contents();
    assert_eq!(shown.matches("Ditt mål").count(), 1, "{shown}");
    assert_eq!(shown.matches("Senast").count(), 1, "{shown}");
    assert!(shown.contains("· 2099-03-01"), "{shown}");
    assert!(
        !shown.contains("imorgon"),
        "refusals go once a date is taken: {shown}"
    );
    let plans: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("plans.json")).expect("plans"),
    )
    .expect("JSON");
    assert_eq!(plans["items"][0]["goal"], goal);
    assert_eq!(plans["items"][0]["due"], "2099-03-01");
}

/// A yes/no question takes the letters of the language: j and n in Swedish,
/// y and n in English, and its hint says so.
#[test]
fn yes_and_no_are_letters_of_the_language() {
    let env = TestEnv::new();
    let mut p = spawn(&env, &["take"]);
    wait_for(&mut p, "j = ja · n = nej");
    p.send("n").expect("no");
    wait_for(&mut p, "Vill du börja? · Nej");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);

    let mut p = spawn(&env, &["--lang", "en", "take"]);
    wait_for(&mut p, "y = yes · n = no");
    p.send("j").expect("not a key in English");
    p.send("y").expect("yes");
    wait_for(&mut p, "Do you want to start? · Yes");
    wait_for(&mut p, "Statement 1 of 24");
    p.send("q").expect("quit");
    rest(&mut p);
    assert_eq!(exit_code(&p), 0);
}

/// A message on a terminal's stderr wraps between words at its width (into a
/// pipe it stays one line, which the other tests read).
#[test]
fn messages_wrap_at_the_terminal_width() {
    let env = TestEnv::new();
    let mut p = spawn_sized(&env, &["plan"], 40);
    let out = rest(&mut p);
    assert_eq!(exit_code(&p), 0);
    let lines: Vec<&str> = out.lines().map(|l| l.trim_end_matches('\r')).collect();
    assert!(lines.len() >= 2, "{out}");
    assert!(lines.iter().all(|l| l.chars().count() <= 40), "{out}");
    assert!(lines[0].starts_with("Ingen handlingsplan än."), "{out}");
}
