//! The command line's own output in the chosen language: help, the version and
//! usage errors, in Swedish by default and in English with `--lang en` or
//! `DIGIKOMP_LANG=en`.

mod common;

use common::digikomp;

/// Runs digikomp with `args` and returns (exit code, stdout, stderr).
fn run(args: &[&str], env_lang: Option<&str>) -> (i32, String, String) {
    let mut cmd = digikomp();
    cmd.args(args).env("COLUMNS", "100");
    if let Some(lang) = env_lang {
        cmd.env("DIGIKOMP_LANG", lang);
    }
    let out = cmd.output().expect("runs");
    (
        out.status.code().expect("an exit code"),
        String::from_utf8(out.stdout).expect("UTF-8 on stdout"),
        String::from_utf8(out.stderr).expect("UTF-8 on stderr"),
    )
}

/// The help of `args` (a command path and `--help`), which must succeed.
fn help(args: &[&str], env_lang: Option<&str>) -> String {
    let (code, out, err) = run(args, env_lang);
    assert_eq!(code, 0, "{args:?}: {err}");
    out
}

/// Words of clap's English help that must never show in the Swedish help.
const ENGLISH: [&str; 8] = [
    "Usage",
    "Options",
    "Print help",
    "Arguments",
    "Commands",
    "[default:",
    "[possible values:",
    "[env:",
];

fn assert_swedish(what: &str, text: &str) {
    for line in text.lines() {
        for word in ENGLISH {
            assert!(!line.contains(word), "{what}: English '{word}' in: {line}");
        }
    }
}

#[test]
fn the_help_is_swedish_by_default() {
    let top = help(&["--help"], None);
    for heading in [
        "Användning: digikomp [FLAGGOR] <KOMMANDO>",
        "Kommandon:",
        "Flaggor:",
    ] {
        assert!(top.contains(heading), "{heading} in:\n{top}");
    }
    assert!(top.contains("Visa hjälp"), "{top}");
    assert!(top.contains("Slutkoder:"), "{top}");
    assert!(!top.contains("Exit codes:"), "{top}");
    assert!(!top.contains("Language of everything printed"), "{top}");
    assert_swedish("--help", &top);
    // `--lang sv` says the same as the default.
    assert_eq!(help(&["--lang", "sv", "--help"], None), top);

    let take = help(&["take", "--help"], None);
    assert!(take.contains("Exempel:"), "{take}");
    assert!(
        take.contains("[standard: auto] [möjliga värden: auto,"),
        "{take}"
    );
    for english in [
        "Discard an unfinished test",
        "Accessible plain mode",
        "Examples:",
    ] {
        assert!(!take.contains(english), "{english} in:\n{take}");
    }
    assert_swedish("take --help", &take);

    let workshop = help(&["workshop", "--help"], None);
    assert!(
        workshop.contains("Argument:\n  <FIL|MAPP>..."),
        "{workshop}"
    );
    assert!(workshop.contains("Visa inga siffror om färre än K personer"));
    assert!(!workshop.contains("Show no figure about fewer than K people"));
    assert_swedish("workshop --help", &workshop);

    let add = help(&["plan", "add", "--help"], None);
    assert!(
        add.contains("Användning: digikomp plan add [FLAGGOR]"),
        "{add}"
    );
    assert!(add.contains("--statement <KOD>"), "{add}");
    assert!(!add.contains("A statement to work on"), "{add}");
    assert_swedish("plan add --help", &add);
}

#[test]
fn the_help_is_english_when_asked_for() {
    for (args, env) in [
        (&["--lang", "en", "--help"][..], None),
        (&["--help"], Some("en")),
    ] {
        let top = help(args, env);
        assert!(top.contains("Usage: digikomp [OPTIONS] <COMMAND>"), "{top}");
        assert!(top.contains("Language of everything printed"), "{top}");
        assert!(top.contains("Exit codes:"), "{top}");
        assert!(!top.contains("Användning"), "{top}");
    }
    let take = help(&["take", "--help", "--lang=en"], None);
    assert!(take.contains("Examples:"), "{take}");
    assert!(take.contains("Print help"), "{take}");
}

#[test]
fn every_command_has_swedish_help() {
    let paths: [&[&str]; 17] = [
        &[],
        &["take"],
        &["results"],
        &["history"],
        &["progress"],
        &["delete"],
        &["profile"],
        &["plan"],
        &["plan", "add"],
        &["plan", "close"],
        &["export"],
        &["workshop"],
        &["analyze"],
        &["questions"],
        &["paths"],
        &["completions"],
        &["man"],
    ];
    for path in paths {
        for flag in ["--help", "-h"] {
            let mut args = path.to_vec();
            args.push(flag);
            let text = help(&args, None);
            assert!(text.contains("Användning: digikomp"), "{args:?}:\n{text}");
            assert_swedish(&format!("{args:?}"), &text);
        }
    }
    // `help <command>` shows the same as `<command> --help`.
    assert_eq!(help(&["help"], None), help(&["--help"], None));
    assert_eq!(
        help(&["plan", "help"], None),
        help(&["plan", "--help"], None)
    );
    assert_eq!(
        help(&["help", "plan", "add"], None),
        help(&["plan", "add", "--help"], None)
    );
}

#[test]
fn usage_errors_speak_the_chosen_language() {
    let (code, out, err) = run(&["tak"], None);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert_eq!(
        err,
        "fel: okänt kommando 'tak'. Menade du 'take'? Se 'digikomp --help'.\n"
    );

    let (code, _, err) = run(&["progress", "--last", "0"], None);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "fel: --last måste vara minst 1. Se 'digikomp progress --help'.\n"
    );

    let (code, _, err) = run(&["--lang", "en", "tak"], None);
    assert_eq!(code, 2);
    assert_eq!(
        err,
        "error: unknown command 'tak'. Did you mean 'take'? See 'digikomp --help'.\n"
    );

    let (code, _, err) = run(&["progress", "--since", "15/3"], Some("en"));
    assert_eq!(code, 2);
    assert!(
        err.contains("'15/3' is not a date: use YYYY-MM-DD"),
        "{err}"
    );

    let (code, _, err) = run(&["progress", "--since", "15/3"], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("'15/3' är inget datum: skriv ÅÅÅÅ-MM-DD"),
        "{err}"
    );

    // An unknown language is reported in Swedish, the default.
    let (code, _, err) = run(&["questions"], Some("fi"));
    assert_eq!(code, 2);
    assert!(err.starts_with("fel: okänt språk 'fi'"), "{err}");

    for args in [
        &["history", "--jsn"][..],
        &["completions", "tcsh"],
        &["workshop"],
    ] {
        let (code, _, err) = run(args, None);
        assert_eq!(code, 2, "{args:?}");
        assert!(err.starts_with("fel: "), "{args:?}: {err}");
        assert!(!err.contains("Usage"), "{args:?}: {err}");
        assert!(!err.contains("tip:"), "{args:?}: {err}");
    }
}

#[test]
fn version_and_missing_command() {
    let (code, out, _) = run(&["--version"], None);
    assert_eq!(code, 0);
    assert_eq!(out, format!("digikomp {}\n", env!("CARGO_PKG_VERSION")));
    let (code, out, err) = run(&["-V", "--lang", "en"], None);
    assert_eq!((code, out.starts_with("digikomp ")), (0, true), "{err}");

    // Nothing at all: the help, on stderr, as a usage error.
    let (code, out, err) = run(&[], None);
    assert_eq!(code, 2);
    assert_eq!(out, "");
    assert!(err.contains("Användning: digikomp"), "{err}");
    assert_swedish("no arguments", &err);
}

#[test]
fn completions_still_work() {
    let (code, out, err) = run(&["completions", "bash"], None);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("_digikomp()"));
}

/// English words that never belong in a Swedish message (file names in this test
/// are Swedish, so none of them can come from a path).
const ENGLISH_WORDS: [&str; 16] = [
    "could",
    "cannot",
    "the",
    "is",
    "not",
    "file",
    "folder",
    "error",
    "warning",
    "records",
    "answers",
    "statement",
    "inside",
    "skipped",
    "exists",
    "directory",
];

/// The English words of `line`, ignoring back-quoted commands and flags.
fn english_in(line: &str) -> Vec<String> {
    let outside_quotes: String = line.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    outside_quotes
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.starts_with('-'))
        .filter(|w| ENGLISH_WORDS.contains(&w.to_lowercase().as_str()))
        .map(str::to_string)
        .collect()
}

/// Every error and warning path a user meets with files (missing, a folder, not
/// UTF-8, damaged, of the wrong kind, from another set, special) is said in
/// Swedish by default, and in English with `--lang en` (where the same check
/// finds English words, so it is not blind).
#[cfg(unix)]
#[test]
fn error_paths_in_swedish_have_no_english_words() {
    let env = common::TestEnv::new();
    let dir = env.scratch().join("mapp");
    std::fs::create_dir_all(dir.join("undermapp")).expect("dir");
    std::fs::write(dir.join("trasig.json"), "{\"kind\": \"digikomp-export\"").expect("w");
    std::fs::write(dir.join("skräp.csv"), [0xff, 0xfe, 0x00]).expect("w");
    std::fs::write(dir.join("fel.csv"), "a;b\n1;2\n").expect("w");
    std::fs::write(dir.join("tom.csv"), "").expect("w");
    std::fs::write(
        dir.join("annan.csv"),
        "respondent;attempt_id;question_set;question_set_version;101\nr;a;annan;1;4\n",
    )
    .expect("w");
    let attempts = env.data_dir().join("attempts");
    std::fs::create_dir_all(&attempts).expect("dir");
    std::fs::write(attempts.join("trasig.json"), "{").expect("w");
    std::fs::write(attempts.join("lapp.txt"), "x").expect("w");
    std::fs::write(
        attempts.join("framtid.json"),
        r#"{"kind":"digikomp-attempt","schema_version":99}"#,
    )
    .expect("w");
    let saknas = env.scratch().join("saknas.txt");
    let saknas = saknas.to_str().expect("UTF-8");
    let mapp = dir.to_str().expect("UTF-8");
    let cases: Vec<Vec<&str>> = vec![
        vec!["take", "--answers-file", saknas],
        vec!["take", "--answers-file", mapp],
        vec!["take", "--answers", "1,2"],
        vec!["--questions", saknas, "questions"],
        vec!["--questions", mapp, "questions"],
        vec!["history"],
        vec!["progress"],
        vec!["workshop", mapp],
        vec!["workshop", "--strict", mapp],
        vec!["workshop", saknas],
        vec!["analyze", mapp],
        vec!["results", "zzzz"],
        vec!["plan", "close", "zzzz"],
        vec!["paths"],
        vec!["profile"],
    ];
    let mut english_found = 0;
    for args in &cases {
        let out = env.cmd().args(args).output().expect("runs");
        let text = format!(
            "{}{}",
            String::from_utf8_lossy(&out.stdout),
            String::from_utf8_lossy(&out.stderr)
        );
        for line in text.lines() {
            let found = english_in(line);
            assert!(found.is_empty(), "{args:?}: English {found:?} in: {line}");
        }
        let out = env
            .cmd()
            .arg("--lang")
            .arg("en")
            .args(args)
            .output()
            .expect("runs");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(
            err.lines()
                .all(|l| !l.starts_with("fel:") && !l.starts_with("varning:")),
            "{args:?} in English: {err}"
        );
        english_found += err.lines().filter(|l| !english_in(l).is_empty()).count();
    }
    assert!(english_found >= cases.len() / 2, "the check sees English");
}
