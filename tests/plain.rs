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
    assert!(
        err.contains("En tom rad är inget svar här: skriv en siffra 1–7, eller b, ? eller q."),
        "{err}"
    );
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
        .stderr(predicate::str::contains("Your answer is saved"));
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

/// The review as a conversation: rows as sentences, `?` and bad lines answered with
/// what works there, after an edit only the changed row read back, `l` for all.
#[test]
fn the_review_reads_sentences_and_only_the_changed_row_after_an_edit() {
    let env = TestEnv::new();
    let mut input = vec!["3"; 24];
    input.extend(["?", "99", "9", "?", "", "24", "7", "l", "s"]);
    let out = env
        .cmd()
        .arg("take")
        .write_stdin(lines(&input))
        .output()
        .expect("runs");
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    let review = &err[err.find("Granska: välj").expect("a review")..];
    let prompt = "Skriv s (eller tryck Enter) för att spara, ett nummer 1–24 för att ändra det svaret, l för att läsa listan igen, ? för hjälp eller q för att avsluta: ";
    // The first listing, then answers to ? and 99 in words.
    let steps: Vec<&str> = review.split(prompt).collect();
    let rows = |text: &str| -> usize {
        (1..=24)
            .map(|n| text.matches(&format!("Påstående {n}, ")).count())
            .sum()
    };
    assert_eq!(steps.len(), 7, "{review}");
    assert!(
        steps[0].contains("\nPåstående 9, Arbeta i delade dokument: 3\n"),
        "{}",
        steps[0]
    );
    assert_eq!(rows(steps[0]), 24);
    assert!(steps[1].starts_with("s eller en tom rad sparar svaren och visar resultatet. Ett nummer från 1 till 24 öppnar det påståendet"), "{}", steps[1]);
    assert_eq!(
        steps[2],
        "'99' är inget val: skriv s, ett nummer 1–24, l, ? eller q.\n"
    );
    // Statement 9 opened from the review: the current answer in words, b leads
    // back to the review, ? says so, and Enter keeps the answer.
    let edit = steps[3];
    assert!(edit.contains("Påstående 9 av 24\n"), "{edit}");
    assert!(
        edit.contains("Ditt svar nu: 3. Tryck Enter för att behålla det.\n"),
        "{edit}"
    );
    assert!(edit.contains("Svar (1–7, Enter = behåll 3, b = tillbaka till granskningen, ? = hjälp, q = spara och avsluta): "), "{edit}");
    assert!(
        !edit.contains("föregående"),
        "b does not go to the previous statement here: {edit}"
    );
    assert!(edit.contains("En tom rad behåller ditt svar 3. b går tillbaka till granskningen utan att ändra svaret."), "{edit}");
    assert!(
        edit.ends_with("Du behåller ditt svar 3.\nPåstående 9, Arbeta i delade dokument: 3\n"),
        "only the changed row is read back: {edit}"
    );
    assert!(
        steps[4].ends_with("): Påstående 24, Egna kunskapsluckor: 7\n"),
        "{}",
        steps[4]
    );
    assert_eq!(rows(steps[4]), 1, "only the changed row: {}", steps[4]);
    // l lists all rows again, with the change.
    assert_eq!(rows(steps[5]), 24, "{}", steps[5]);
    assert!(steps[5].contains("\nPåstående 24, Egna kunskapsluckor: 7\n"));
    let a = &env.attempts()[0];
    assert_eq!(a["answers"]["505"], 7);
    assert_eq!(a["answers"]["202"], 3);
}

/// The same in English with the bundled set's short titles, then the action plan:
/// `?` at the yes/no question, the picker, the goal and the date; refused lines
/// say what is accepted; a refused date is asked again and the right one kept.
#[test]
fn english_review_titles_and_the_plan_prompts_answer_question_marks() {
    let env = TestEnv::bundled();
    let mut input = vec!["4"; 24];
    // Open statement 9 from the review and go back; save; ask about the plan.
    input.extend(["9", "b", "s", "?", "y", "?", "s", "1", "?"]);
    input.extend([
        "read the guide",
        "?",
        "tomorrow",
        "2020-01-01",
        "2099-03-01",
        "n",
    ]);
    let out = env
        .cmd()
        .args(["--lang", "en", "take"])
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
        err.contains("\nStatement 9, Moderating the chat: 4\n"),
        "{err}"
    );
    assert!(
        err.contains("\nStatement 13, Checking a picture's licence: 4\n"),
        "{err}"
    );
    assert!(
        err.contains("Answer (1–7, x = Not part of my job, Enter = keep 4, b = back to the review, ? = help, q = save and quit): Statement 9, Moderating the chat: 4\nType s (or press Enter)"),
        "b from an edit goes back to the review and reads back the row: {err}"
    );
    let yes_no =
        "Do you want to pick something to work on until next time? (y/n, Enter = no, ? = help) ";
    assert!(
        err.contains(&format!("{yes_no}Type y and press Enter for yes, or n for no. An empty line means no.\n{yes_no}")),
        "{err}"
    );
    let pick = "Type the number of your choice (1–29), ? for help or an empty line to skip: ";
    assert!(
        err.contains(&format!(
            "{pick}Type the number in front of your choice, from 1 to 29, and press Enter."
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{pick}'s' is not a choice: type a number 1–29, ? for help or an empty line to skip.\n"
        )),
        "{err}"
    );
    let goal = "Your goal, e.g. \"take the course on source criticism before March\" (empty line: skip, ? = help): ";
    assert!(
        err.contains(&format!("{goal}Write in your own words what you will do")),
        "{err}"
    );
    let due = "Due (year-month-day, e.g. 2027-03-01; empty line: no date, ? = help): ";
    assert!(
        err.contains(&format!(
            "{due}Type the date by which you want to be done as year-month-day"
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{due}'tomorrow' is not a date: type year-month-day, e.g. 2027-03-01.\n{due}2020-01-01 has already passed (today is "
        )),
        "{err}"
    );
    let plans: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("plans.json")).expect("plans"),
    )
    .expect("JSON");
    assert_eq!(plans["items"][0]["target"]["code"], "105");
    assert_eq!(plans["items"][0]["goal"], "read the guide");
    assert_eq!(plans["items"][0]["due"], "2099-03-01");
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

/// What a screen reader should never meet in plain mode: box drawing, block
/// elements (bars, sparklines), arrows and marks that carry meaning alone,
/// bullets, backticks and escape sequences.
fn drawn(text: &str) -> Vec<char> {
    let mut found: Vec<char> = text
        .chars()
        .filter(|&c| {
            ('\u{2500}'..='\u{259f}').contains(&c)
                || matches!(c, '▲' | '▼' | '↗' | '↘' | '→' | '•' | '`' | '\u{1b}')
        })
        .collect();
    found.dedup();
    found
}

/// Runs `digikomp --plain ARGS` with `input` on stdin; asserts nothing is
/// drawn in what it says, and adds it to `transcript`.
fn walk(
    env: &TestEnv,
    args: &[&str],
    path: Option<&std::path::Path>,
    input: Option<String>,
    transcript: &mut String,
) {
    let mut cmd = env.cmd();
    cmd.arg("--plain").args(args);
    if let Some(path) = path {
        cmd.arg(path);
    }
    if let Some(input) = input {
        cmd.write_stdin(input);
    }
    let out = cmd.output().expect("runs");
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        drawn(&said).is_empty(),
        "{args:?}: {:?} in\n{said}",
        drawn(&said)
    );
    let shown = path.map_or(String::new(), |p| {
        format!(" {}", p.file_name().unwrap_or_default().to_string_lossy())
    });
    transcript.push_str(&format!(
        "$ digikomp --plain {}{shown}\n{said}\n",
        args.join(" ")
    ));
}

/// A screen-reader walk-through of every command in plain mode, in the order
/// a new user meets them: each command's stdout and stderr, kept as one
/// transcript (a snapshot a reviewer can read as a screen reader would say
/// it), with nothing drawn in it.
#[test]
fn a_screen_reader_walk_through_of_every_command() {
    let env = TestEnv::bundled();
    let dir = env.scratch().join("exports");
    std::fs::create_dir_all(&dir).expect("dir");
    let mut transcript = String::new();
    let t = &mut transcript;
    walk(&env, &["questions"], None, None, t);
    walk(
        &env,
        &["take", "--label", "före"],
        None,
        Some(lines(&["4"; 24])),
        t,
    );
    // 24 answers, save, then the plan: pick 1, a goal, a date, no more.
    let plan = [vec!["5"; 24], vec!["", "j", "1", "öva", "2099-03-01", "n"]].concat();
    walk(
        &env,
        &["take", "--label", "efter"],
        None,
        Some(lines(&plan)),
        t,
    );
    for args in [
        &["results"][..],
        &["history"],
        &["progress", "--by-statement"],
        &["plan"],
    ] {
        walk(&env, args, None, None, t);
    }
    walk(
        &env,
        &["plan", "add"],
        None,
        Some(lines(&["2", "läsa på", ""])),
        t,
    );
    walk(&env, &["profile", "--workplace", "Bibl A"], None, None, t);
    walk(
        &env,
        &["export", "--all", "-o"],
        Some(&dir.join("anna.csv")),
        None,
        t,
    );
    walk(&env, &["paths"], None, None, t);
    walk(&env, &["i18n"], None, None, t);
    walk(&env, &["delete", "--all"], None, Some(lines(&["n"])), t);
    walk(&env, &["nonsense"], None, None, t);
    // The group's commands, on three people's exports. Their answers differ
    // from everyone else's: people with the same answers get noise keyed by
    // their (random) respondent ids, which would change the figures per run.
    for i in 0..3_usize {
        let person = TestEnv::bundled();
        let answers: Vec<String> = (0..24).map(|j| ((j + i) % 7 + 1).to_string()).collect();
        person.take(&answers.join(","), Some("före"));
        person
            .cmd()
            .args(["export", "--all", "-o"])
            .arg(dir.join(format!("p{i}.json")))
            .assert()
            .success();
    }
    walk(&env, &["workshop", "--exact"], Some(&dir), None, t);
    walk(
        &env,
        &["workshop", "--group-by", "workplace"],
        Some(&dir),
        None,
        t,
    );
    walk(&env, &["analyze", "--exact"], Some(&dir), None, t);
    // Run-specific parts (ids, times, paths) made stable for the snapshot.
    let mut settings = insta::Settings::clone_current();
    settings.add_filter(r"\d{8}T\d{6}Z-[0-9a-f]{8}", "[STAMP]-[ID]");
    settings.add_filter(r"\b[0-9a-f]{8}\b", "[ID]");
    settings.add_filter(r"\d{4}-\d{2}-\d{2} \d{2}:\d{2}", "[TIME]");
    settings.add_filter(r"\d{4}-\d{2}-\d{2}", "[DATE]");
    settings.add_filter(r"r-[0-9a-f]{12}", "[RESPONDENT]");
    settings.add_filter(&regex_escape(&env.scratch().display().to_string()), "[TMP]");
    settings.bind(|| insta::assert_snapshot!("plain_walk_through", transcript));
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .flat_map(|c| {
            if "\\.+*?()|[]{}^$".contains(c) {
                vec!['\\', c]
            } else {
                vec![c]
            }
        })
        .collect()
}
