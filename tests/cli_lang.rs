//! The command line's own output in the chosen language: help, the version and
//! usage errors, in Swedish by default and in English with `--lang en` or
//! `DIGIKOMP_LANG=en`.

mod common;

use common::{digikomp, html_text};

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
    let paths: [&[&str]; 26] = [
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
        &["ambassador"],
        &["ambassador", "pack"],
        &["ambassador", "term"],
        &["ambassador", "log"],
        &["ambassador", "log", "add"],
        &["ambassador", "log", "done"],
        &["ambassador", "log", "show"],
        &["ambassador", "match"],
        &["ambassador", "check"],
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
        err.contains("'15/3' is not a date: use year-month-day"),
        "{err}"
    );

    let (code, _, err) = run(&["progress", "--since", "15/3"], None);
    assert_eq!(code, 2);
    assert!(
        err.contains("'15/3' är inget datum: skriv år-månad-dag"),
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

/// Swedish words that never belong in an English message.
const SWEDISH_WORDS: [&str; 22] = [
    "och",
    "är",
    "inte",
    "för",
    "med",
    "att",
    "på",
    "av",
    "eller",
    "kan",
    "fel",
    "varning",
    "försök",
    "påstående",
    "påståenden",
    "område",
    "områden",
    "svar",
    "sparat",
    "utveckla",
    "deltagare",
    "frågeuppsättning",
];

/// English words of a Swedish text, beyond [`ENGLISH_WORDS`]: the little words of
/// any English sentence, and the nouns digikomp's English uses.
const MORE_ENGLISH_WORDS: [&str; 30] = [
    "and",
    "with",
    "you",
    "your",
    "must",
    "has",
    "have",
    "was",
    "are",
    "this",
    "that",
    "which",
    "from",
    "of",
    "or",
    "use",
    "see",
    "area",
    "areas",
    "attempt",
    "attempts",
    "saved",
    "mean",
    "problem(s)",
    "scale",
    "respondent",
    "workplace",
    "role",
    "draft",
    "missing",
];

/// The words of `text` a reader reads: without back-quoted commands, flags, file
/// paths and web addresses, `digikomp <command>` examples, and the values a flag
/// takes as they are typed (`[möjliga värden: label, role, workplace]`).
fn prose_words(text: &str) -> Vec<String> {
    let mut text = text.to_string();
    for marker in ["[möjliga värden:", "[possible values:"] {
        while let Some(at) = text.find(marker) {
            let end = text[at..].find(']').map_or(text.len(), |e| at + e + 1);
            text.replace_range(at..end, " ");
        }
    }
    let outside_quotes: String = text.split('`').step_by(2).collect::<Vec<_>>().join(" ");
    let mut words = Vec::new();
    let mut after_digikomp = false;
    // In an example command line, the word after a flag is its value
    // (`--group-by workplace`), not prose.
    let mut in_example = false;
    let mut after_flag = false;
    for token in outside_quotes.split_whitespace() {
        let command = std::mem::replace(&mut after_digikomp, token == "digikomp");
        in_example |= token == "digikomp";
        let value = std::mem::replace(&mut after_flag, in_example && token.starts_with("--"));
        if command
            || value
            || token.starts_with('-')
            || token.contains(['/', '\\', '=', '@', '_'])
            || token.contains("://")
        {
            continue;
        }
        words.extend(
            token
                .split(|c: char| !c.is_alphanumeric() && c != '(' && c != ')')
                .map(|w| w.trim_matches(['(', ')']).to_lowercase())
                .filter(|w| !w.is_empty()),
        );
    }
    words
}

/// What a case prints that is meant to be read.
#[derive(Clone, Copy, PartialEq)]
enum Shows {
    /// stdout and stderr are prose.
    Prose,
    /// stdout is data (CSV, JSON, a binary): only stderr is prose.
    Data,
    /// stdout is an HTML page: its text is prose.
    Html,
    /// stdout is roff: its text is prose.
    Roff,
}

/// One run of a sweep: the arguments, what to pipe in, what it shows, and the
/// exit code it must end with.
struct Case {
    args: Vec<String>,
    stdin: Option<String>,
    shows: Shows,
    code: i32,
}

fn case(args: &[&str], shows: Shows, code: i32) -> Case {
    Case {
        args: args.iter().map(ToString::to_string).collect(),
        stdin: None,
        shows,
        code,
    }
}

/// The prose a case printed in `lang`, after checking its exit code.
fn run_case(env: &common::TestEnv, c: &Case, lang: &str) -> String {
    match try_case(env, c, lang) {
        Ok(text) => text,
        Err(e) => panic!("{e}"),
    }
}

/// The prose a case printed in `lang`, or what went wrong.
fn try_case(env: &common::TestEnv, c: &Case, lang: &str) -> Result<String, String> {
    let mut cmd = env.process();
    cmd.env("COLUMNS", "100")
        .env("NO_COLOR", "1")
        .arg("--lang")
        .arg(lang)
        .args(&c.args)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("starts");
    {
        use std::io::Write as _;
        let mut stdin = child.stdin.take().expect("stdin");
        if let Some(input) = &c.stdin {
            stdin.write_all(input.as_bytes()).expect("input written");
        }
    }
    let out = child.wait_with_output().expect("ends");
    let stdout = String::from_utf8_lossy(&out.stdout).into_owned();
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    if out.status.code() != Some(c.code) {
        return Err(format!(
            "{lang} {:?}: exit {:?}, not {}:\n{stdout}\n{stderr}",
            c.args,
            out.status.code(),
            c.code
        ));
    }
    let shown = match c.shows {
        Shows::Prose => stdout,
        Shows::Data => String::new(),
        Shows::Html => html_text(&stdout),
        Shows::Roff => roff_text(&stdout),
    };
    Ok(format!("{shown}\n{stderr}"))
}

/// The text of a roff page: no requests, escapes as the characters they stand for.
fn roff_text(page: &str) -> String {
    let mut out = String::new();
    for line in page.lines().filter(|l| !l.starts_with('.')) {
        let mut rest = line;
        while let Some(at) = rest.find("\\[u") {
            out.push_str(&rest[..at]);
            let end = rest[at..].find(']').map_or(rest.len(), |e| at + e);
            let code = u32::from_str_radix(&rest[at + 3..end], 16).expect("hex");
            out.push(char::from_u32(code).expect("a char"));
            rest = &rest[(end + 1).min(rest.len())..];
        }
        out.push_str(rest);
        out.push('\n');
    }
    out.replace("\\-", "-")
        .replace("\\(aq", "'")
        .replace("\\(dq", "\"")
        .replace("\\fB", "")
        .replace("\\fI", "")
        .replace("\\fR", "")
        .replace("\\e", "\\")
}

/// The words of the wrong language in `text` for `lang`.
fn wrong_language(text: &str, lang: &str) -> Vec<String> {
    prose_words(text)
        .into_iter()
        .filter(|w| {
            if lang == "sv" {
                ENGLISH_WORDS.contains(&w.as_str()) || MORE_ENGLISH_WORDS.contains(&w.as_str())
            } else {
                SWEDISH_WORDS.contains(&w.as_str())
            }
        })
        .collect()
}

/// Runs every case in Swedish and in English; fails on any line with a word of
/// the other language.
/// Returns in how many runs the same check made the other way (Swedish words in
/// the Swedish run) found some, and how many runs there were: a caller asserts
/// that it is most of them, so that the check is known not to be blind.
fn sweep(env: &common::TestEnv, cases: &[Case]) -> (usize, usize) {
    let mut problems = Vec::new();
    let mut seen = 0;
    for c in cases {
        for lang in ["sv", "en"] {
            let text = match try_case(env, c, lang) {
                Ok(text) => text,
                Err(e) => {
                    problems.push(e);
                    continue;
                }
            };
            for line in text.lines() {
                let found = wrong_language(line, lang);
                if !found.is_empty() {
                    problems.push(format!("{lang} {:?}: {found:?} in: {line}", c.args));
                }
            }
            let other = if lang == "sv" { "en" } else { "sv" };
            if !wrong_language(&text, other).is_empty() {
                seen += 1;
            }
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    (seen, cases.len() * 2)
}

/// Adds up what [`sweep`] saw.
#[derive(Default)]
struct Seen(usize, usize);

impl Seen {
    fn add(&mut self, (seen, runs): (usize, usize)) {
        self.0 += seen;
        self.1 += runs;
    }

    /// The check found words of the language in at least four runs of five.
    fn assert_not_blind(&self) {
        assert!(
            self.0 * 5 >= self.1 * 4,
            "the check sees words in {} of {} runs",
            self.0,
            self.1
        );
    }
}

/// The ids of the saved attempts, oldest first.
fn attempt_ids(env: &common::TestEnv) -> Vec<String> {
    let out = env
        .process()
        .args(["history", "--json"])
        .output()
        .expect("runs");
    let list: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON");
    list.as_array()
        .expect("a list")
        .iter()
        .map(|a| a["id"].as_str().expect("an id").to_string())
        .collect()
}

/// Five people's exports (two attempts each, labelled före and efter), each made
/// from their own data directory in `scratch`.
fn five_exports(scratch: &std::path::Path) -> Vec<String> {
    let mut exports = Vec::new();
    for (i, answers) in [
        "4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4",
        "5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5",
        "2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4",
        "7,7,6,6,5,5,4,4,3,3,2,2,1,1,2,2,3,3,4,4,5,5,6,6",
        "3,3,3,3,3,3,3,3,3,3,3,3,5,5,5,5,5,5,5,5,5,5,5,5",
    ]
    .iter()
    .enumerate()
    {
        let dir = scratch.join(format!("person{i}"));
        let file = scratch.join(format!("person{i}.csv"));
        for label in ["före", "efter"] {
            let ok = digikomp()
                .arg("--data-dir")
                .arg(&dir)
                .args(["take", "--answers", answers, "--label", label])
                .output()
                .expect("runs");
            assert!(ok.status.success());
        }
        let ok = digikomp()
            .arg("--data-dir")
            .arg(&dir)
            .args(["export", "--all", "-o"])
            .arg(&file)
            .output()
            .expect("runs");
        assert!(
            ok.status.success(),
            "{}",
            String::from_utf8_lossy(&ok.stderr)
        );
        exports.push(file.to_str().expect("UTF-8").to_string());
    }
    exports
}

/// The commands of [`every_command_speaks_one_language`], with `group` the
/// exports the workshop and the item analysis read.
fn command_cases(group: &[&str]) -> Vec<Case> {
    let with = |head: &[&'static str]| -> Vec<&str> {
        head.iter().copied().chain(group.iter().copied()).collect()
    };

    let mut take = case(&["take", "--plain", "--label", "före"], Shows::Prose, 0);
    take.stdin = Some(format!("{}\ns\nn\n", ["5"; 24].join("\n")));
    vec![
        take,
        case(&["take", "--answers", common::SAMPLE], Shows::Prose, 0),
        case(&["results"], Shows::Prose, 0),
        case(&["history"], Shows::Prose, 0),
        case(&["progress"], Shows::Prose, 0),
        case(&["progress", "--by-statement"], Shows::Prose, 0),
        case(
            &["plan", "add", "--statement", "105", "--goal", "kurs"],
            Shows::Prose,
            0,
        ),
        case(&["plan"], Shows::Prose, 0),
        case(&["plan", "--all"], Shows::Prose, 0),
        case(
            &["profile", "--workplace", "Stadsbiblioteket"],
            Shows::Prose,
            0,
        ),
        case(&["profile"], Shows::Prose, 0),
        case(
            &["export", "--format", "md", "--with-plan"],
            Shows::Prose,
            0,
        ),
        case(
            &["export", "--format", "html", "--with-plan"],
            Shows::Html,
            0,
        ),
        case(&["export", "--format", "csv"], Shows::Data, 0),
        case(&["export", "--format", "json"], Shows::Data, 0),
        case(&with(&["workshop"]), Shows::Prose, 0),
        case(&with(&["workshop", "--format", "md"]), Shows::Prose, 0),
        case(&with(&["workshop", "--format", "html"]), Shows::Html, 0),
        case(
            &with(&[
                "workshop",
                "--compare",
                "före",
                "efter",
                "--group-by",
                "label",
            ]),
            Shows::Prose,
            0,
        ),
        case(&with(&["analyze"]), Shows::Prose, 0),
        case(&["questions"], Shows::Prose, 0),
        case(&["paths"], Shows::Prose, 0),
        case(&["man"], Shows::Roff, 0),
    ]
}

/// Every command's normal output, each run in Swedish and in English, has no
/// word of the other language: taking the test line by line, the result, the
/// history, the progress, the plan, every export that prints text, the
/// workshop and the item analysis in every text format, the question set, the
/// paths, the profile, deleting and the man page.
#[test]
fn every_command_speaks_one_language() {
    let env = common::TestEnv::bundled();
    let scratch = env.scratch().to_path_buf();
    let exports = five_exports(&scratch);
    let group: Vec<&str> = exports.iter().map(String::as_str).collect();
    let mut cases = command_cases(&group);
    let mut seen = Seen::default();
    seen.add(sweep(&env, &cases));

    // Exports to files and deleting say what they did.
    let out = scratch.join("ut");
    let out = out.to_str().expect("UTF-8");
    let ids = attempt_ids(&env);
    assert!(ids.len() >= 4, "{ids:?}");
    cases = vec![
        case(
            &[
                "export",
                "--force",
                "--format",
                "xlsx",
                "-o",
                &format!("{out}.xlsx"),
            ],
            Shows::Prose,
            0,
        ),
        case(
            &["export", "--force", "-o", &format!("{out}.csv")],
            Shows::Prose,
            0,
        ),
    ];
    sweep(&env, &cases);
    seen.assert_not_blind();
    for (lang, id) in [("sv", &ids[0]), ("en", &ids[1])] {
        let text = run_case(&env, &case(&["delete", id, "--yes"], Shows::Prose, 0), lang);
        assert!(wrong_language(&text, lang).is_empty(), "{lang}: {text}");
    }
    let text = run_case(
        &env,
        &case(&["delete", "--all", "--yes"], Shows::Prose, 0),
        "sv",
    );
    assert!(wrong_language(&text, "sv").is_empty(), "{text}");
}

/// The error cases of a data directory with nothing saved yet, with the files
/// they need written into `scratch`.
fn errors_before_any_attempt(scratch: &std::path::Path) -> Vec<Case> {
    let file = |name: &str, text: &str| {
        let path = scratch.join(name);
        std::fs::write(&path, text).expect("w");
        path.to_str().expect("UTF-8").to_string()
    };
    let saknas = scratch.join("saknas.csv");
    let saknas = saknas.to_str().expect("UTF-8");
    let syntax = file("syntax.toml", "id = \"x\"\nversion = 1\n");
    let invalid = file(
        "ogiltig.toml",
        "id = \"\"\nversion = \"1\"\ntitle = { sv = \"T\", en = \"\" }\n[scale]\nmin = 0\nmax = 12\nmin_label = { sv = \"l\", en = \"l\" }\nmax_label = { sv = \"h\", en = \"h\" }\n[[areas]]\nnumber = 1\nname = { sv = \"E\", en = \"O\" }\n[[areas]]\nnumber = 1\nname = { sv = \"E\", en = \"O\" }\n[[statements]]\ncode = \"201\"\ntext = { sv = \"a\", en = \"b\" }\n[[statements]]\ncode = \"1x\"\ntext = { sv = \"a\", en = \"b\" }\n[[resources]]\ntitle = \"r\"\nurl = \"ftp://x\"\n",
    );
    let finns = file("finns.csv", "x");
    // Nothing saved yet.
    vec![
        case(&["results"], Shows::Prose, 0),
        case(&["history"], Shows::Prose, 0),
        case(&["progress"], Shows::Prose, 0),
        case(
            &["plan", "add", "--statement", "105", "--goal", "x"],
            Shows::Prose,
            1,
        ),
        case(&["export"], Shows::Prose, 1),
        case(&["delete", "abcd", "--yes"], Shows::Prose, 1),
        case(&["--questions", &syntax, "questions"], Shows::Prose, 1),
        case(&["--questions", &invalid, "questions"], Shows::Prose, 1),
        case(&["questions", "--check", &syntax], Shows::Prose, 1),
        case(&["questions", "--check", &invalid], Shows::Prose, 1),
        case(&["questions", "--check", saknas], Shows::Prose, 1),
        case(&["take", "--answers", "1,2"], Shows::Prose, 2),
        case(&["take", "--answers", "x"], Shows::Prose, 2),
        case(&["take", "--answers-file", saknas], Shows::Prose, 1),
        case(&["take"], Shows::Prose, 2),
        case(&["workshop", saknas], Shows::Prose, 1),
        case(&["workshop", &finns], Shows::Prose, 1),
        case(&["analyze", &finns], Shows::Prose, 1),
        case(&["tak"], Shows::Prose, 2),
        case(&["history", "--jsn"], Shows::Prose, 2),
        case(&["progress", "--last", "0"], Shows::Prose, 2),
        case(&["progress", "--since", "15/3"], Shows::Prose, 2),
        case(&["plan", "add", "--statement", "99"], Shows::Prose, 2),
        case(&["workshop", "--compare", "a"], Shows::Prose, 2),
        case(&["completions", "tcsh"], Shows::Prose, 2),
    ]
}

/// Every error and usage error a user can cause from outside, in Swedish and in
/// English, has no word of the other language.
#[cfg(unix)]
#[test]
fn every_error_speaks_one_language() {
    let env = common::TestEnv::bundled();
    let scratch = env.scratch().to_path_buf();
    let mut cases = errors_before_any_attempt(&scratch);
    let finns = scratch.join("finns.csv");
    let finns = finns.to_str().expect("UTF-8");
    let mut seen = Seen::default();
    seen.add(sweep(&env, &cases));

    env.take(common::SAMPLE, None);
    cases = vec![
        case(&["results", "zzzz"], Shows::Prose, 1),
        case(&["plan", "close", "zzzz"], Shows::Prose, 1),
        case(
            &["plan", "add", "--statement", "999", "--goal", "x"],
            Shows::Prose,
            2,
        ),
        case(&["export", "-o", finns], Shows::Prose, 2),
        case(
            &["export", "--format", "csv", "--with-plan"],
            Shows::Prose,
            2,
        ),
        case(&["export", "--anonymous", "--with-plan"], Shows::Prose, 2),
        case(&["progress"], Shows::Prose, 0),
    ];
    seen.add(sweep(&env, &cases));
    for _ in 0..3 {
        let ok = env
            .process()
            .args(["plan", "add", "--statement", "105", "--goal", "x"])
            .output()
            .expect("runs");
        assert!(ok.status.success());
    }
    seen.add(sweep(
        &env,
        &[case(
            &["plan", "add", "--statement", "107", "--goal", "x"],
            Shows::Prose,
            1,
        )],
    ));
    // Damaged personal files, and a data directory that is a file.
    for name in ["plans.json", "profile.json"] {
        std::fs::write(env.data_dir().join(name), "{").expect("w");
    }
    seen.add(sweep(
        &env,
        &[
            case(&["plan"], Shows::Prose, 1),
            case(&["profile"], Shows::Prose, 1),
        ],
    ));
    let not_a_folder = scratch.join("inte-en-mapp");
    std::fs::write(&not_a_folder, "x").expect("w");
    let not_a_folder = not_a_folder.to_str().expect("UTF-8");
    seen.add(sweep(
        &env,
        &[case(
            &[
                "--data-dir",
                not_a_folder,
                "take",
                "--answers",
                common::SAMPLE,
            ],
            Shows::Prose,
            1,
        )],
    ));
    seen.assert_not_blind();
}
