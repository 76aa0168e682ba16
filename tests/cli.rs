//! The command line as a whole: help (and docs/staff.md's copy of it), completions,
//! man page, paths, colour, quiet, and a second question set through every command.

mod common;

use common::{json_of, stdout_of, TestEnv, SAMPLE};
use predicates::prelude::*;

const SMALL: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/small.toml");

#[test]
fn the_documented_usage_is_the_binarys_help() {
    let env = TestEnv::new();
    // The documentation is in English.
    let out = env
        .cmd()
        .env("COLUMNS", "100")
        .args(["--lang", "en", "--help"])
        .output()
        .expect("runs");
    let help = String::from_utf8(out.stdout).expect("UTF-8");
    let page = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/staff.md"))
        .expect("docs/staff.md");
    let start = page
        .find("<!-- help:start -->\n```text\n")
        .expect("start marker")
        + "<!-- help:start -->\n```text\n".len();
    let end = page[start..]
        .find("```\n<!-- help:end -->")
        .expect("end marker")
        + start;
    assert_eq!(
        &page[start..end],
        help,
        "docs/staff.md's usage section differs from `digikomp --help`; paste the new help between the markers (bash scripts/readme-help.sh)"
    );
}

#[test]
fn help_snapshots() {
    let env = TestEnv::new();
    for cmd in ["take", "export", "workshop", "progress"] {
        let out = env
            .cmd()
            .env("COLUMNS", "100")
            .args(["--lang", "en", cmd, "--help"])
            .output()
            .expect("runs");
        let text = String::from_utf8(out.stdout).expect("UTF-8");
        assert!(text.contains("Examples:"), "{cmd} --help has examples");
        insta::assert_snapshot!(format!("help_{cmd}"), text);
    }
}

#[test]
fn every_subcommand_has_examples() {
    let env = TestEnv::new();
    for cmd in [
        "take",
        "results",
        "history",
        "progress",
        "delete",
        "profile",
        "export",
        "workshop",
        "questions",
        "paths",
        "completions",
        "man",
        "plan",
    ] {
        env.cmd()
            .args([cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Exempel:\n  digikomp"));
        env.cmd()
            .args(["--lang", "en", cmd, "--help"])
            .assert()
            .success()
            .stdout(predicate::str::contains("Examples:\n  digikomp"));
    }
}

#[test]
fn completions_and_man_page() {
    let env = TestEnv::new();
    for (shell, marker) in [
        ("bash", "_digikomp()"),
        ("zsh", "#compdef digikomp"),
        ("fish", "complete -c digikomp"),
        ("powershell", "Register-ArgumentCompleter"),
    ] {
        env.cmd()
            .args(["completions", shell])
            .assert()
            .success()
            .stdout(predicate::str::contains(marker))
            .stdout(predicate::str::contains("workshop"));
    }
    env.cmd()
        .arg("man")
        .assert()
        .success()
        .stdout(predicate::str::contains(".TH DIGIKOMP 1"))
        .stdout(predicate::str::contains("workshop"));
    env.cmd().args(["completions", "tcsh"]).assert().code(2);
}

#[test]
fn paths_say_where_they_came_from() {
    let env = TestEnv::bundled();
    let json = |cmd: &mut assert_cmd::Command| json_of(cmd.args(["paths", "--json"]));
    let v = json(&mut env.cmd());
    assert_eq!(v[0]["name"], "data directory");
    assert_eq!(v[0]["source"], "DIGIKOMP_DATA_DIR");
    assert_eq!(v[0]["path"], env.data_dir().display().to_string());
    assert_eq!(v[0]["exists"], false);
    assert_eq!(
        v[2]["path"],
        env.data_dir().join("draft.json").display().to_string()
    );
    assert_eq!(v[4]["source"], "bundled (digikomp-bibliotek 3.0)");

    let flag = env.scratch().join("usb");
    let v = json(
        env.cmd()
            .arg("--data-dir")
            .arg(&flag)
            .args(["--questions", SMALL]),
    );
    assert_eq!(v[0]["source"], "--data-dir");
    assert_eq!(v[4]["source"], "--questions");
    assert_eq!(v[4]["path"], SMALL);

    let home = env.scratch().join("home");
    let v = json(
        env.cmd()
            .env_remove("DIGIKOMP_DATA_DIR")
            .env("HOME", &home)
            .env_remove("XDG_DATA_HOME"),
    );
    assert_eq!(v[0]["source"], "platform default");
    #[cfg(target_os = "linux")]
    assert_eq!(
        v[0]["path"],
        home.join(".local/share/digikomp").display().to_string()
    );

    // The table in the user's language; the JSON keys above stay stable.
    env.cmd()
        .arg("paths")
        .assert()
        .success()
        .stdout(predicate::str::contains("datamapp"))
        .stdout(predicate::str::contains(
            "(DIGIKOMP_DATA_DIR, inte skapad än)",
        ))
        .stdout(predicate::str::contains("(i datamappen, inte skapad än)"));
    env.cmd()
        .args(["--lang", "en", "paths"])
        .assert()
        .success()
        .stdout(predicate::str::contains("data directory"))
        .stdout(predicate::str::contains(
            "(DIGIKOMP_DATA_DIR, not created yet)",
        ));
}

/// Errors from the file system and from files are said in the user's language,
/// with the file and what digikomp was doing; English keeps the system's words.
#[test]
fn file_errors_are_said_in_the_users_language() {
    let env = TestEnv::new();
    let missing = env.scratch().join("saknas.txt");
    env.cmd()
        .args(["take", "--answers-file"])
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "fel: kunde inte läsa svarsfilen {}: filen eller mappen finns inte",
            missing.display()
        )));
    env.cmd()
        .args(["--lang", "en", "take", "--answers-file"])
        .arg(&missing)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(format!(
            "error: could not read the answers file {}",
            missing.display()
        )));
    env.cmd()
        .args(["take", "--answers-file"])
        .arg(env.scratch())
        .assert()
        .code(1)
        .stderr(predicate::str::contains("är en mapp"));
    let dir = env.data_dir().join("attempts");
    std::fs::create_dir_all(&dir).expect("dir");
    std::fs::write(dir.join("trasig.json"), "{").expect("w");
    let out = env.cmd().arg("history").output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("trasig.json: slutar för tidigt på rad"),
        "{err}"
    );
    env.cmd()
        .args(["profile"])
        .assert()
        .success()
        .stdout(predicate::str::contains("deltagar-id:"))
        .stdout(predicate::str::contains("arbetsplats:"));
}

#[test]
fn questions_check_reports_every_problem_with_its_line() {
    let env = TestEnv::new();
    let bad = env.scratch().join("bad.toml");
    let text = std::fs::read_to_string(SMALL)
        .expect("read")
        .replace("code = \"202\"", "code = \"201\"")
        .replace("max = 5", "max = 1");
    std::fs::write(&bad, &text).expect("w");
    let line_of = |needle: &str, nth: usize| {
        text.lines()
            .enumerate()
            .filter(|(_, l)| l.contains(needle))
            .nth(nth)
            .map(|(i, _)| i + 1)
            .expect("line")
    };
    let out = env
        .cmd()
        .args(["questions", "--check"])
        .arg(&bad)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    let name = bad.display().to_string();
    assert!(
        err.contains(&format!(
            "{name}:{}: skala: `min` (1) måste vara mindre än `max` (1)",
            line_of("[scale]", 0)
        )),
        "{err}"
    );
    assert!(
        err.contains(&format!(
            "{name}:{}: påstående 201: `code` används två gånger",
            line_of("code = \"201\"", 1)
        )),
        "{err}"
    );
    assert!(
        err.contains("har 2 problem; rätta dem och kontrollera igen"),
        "{err}"
    );
    env.cmd()
        .args(["questions", "--check", SMALL])
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "ok: 6 påståenden i 3 områden, skala 1–5",
        ));
}

#[test]
fn colour_follows_the_flag_and_no_color() {
    let env = TestEnv::new();
    let run = |args: &[&str], no_color: bool| {
        let mut cmd = env.cmd();
        if !no_color {
            cmd.env_remove("NO_COLOR");
        }
        let out = cmd
            .args(args)
            .args(["take", "--answers", SAMPLE])
            .output()
            .expect("runs");
        String::from_utf8(out.stdout).expect("UTF-8")
    };
    assert!(
        run(&["--color", "always"], false).contains("\x1b["),
        "always colours"
    );
    assert!(!run(&["--color", "never"], false).contains("\x1b["));
    assert!(
        !run(&[], true).contains("\x1b["),
        "NO_COLOR and no terminal"
    );
    assert!(
        !run(&[], false).contains("\x1b["),
        "auto: stdout is not a terminal"
    );
}

#[test]
fn quiet_keeps_data_and_errors_only() {
    let env = TestEnv::new();
    let out = env
        .cmd()
        .args(["-q", "take", "--answers", SAMPLE])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(
        out.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("Totalt"));
    env.cmd()
        .args(["--quiet", "take", "--answers", "1"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("förväntade 24 svar"));
}

/// Three people's exports of the small regional set, in `env`'s scratch folder:
/// statement 101 answered 1, 2 and 3.
fn regional_exports(env: &TestEnv) -> Vec<std::path::PathBuf> {
    (0..3)
        .map(|i| {
            let p = TestEnv::new();
            p.cmd()
                .args(["--questions", SMALL])
                .args(["take", "--answers", &format!("{},2,3,4,5,5", i + 1)])
                .assert()
                .success();
            let f = env.scratch().join(format!("p{i}.json"));
            p.cmd()
                .args(["--questions", SMALL, "export", "-o"])
                .arg(&f)
                .assert()
                .success();
            f
        })
        .collect()
}

#[test]
fn a_regional_question_set_works_with_every_command() {
    let env = TestEnv::new();
    let set = ["--questions", SMALL];
    for (label, answers) in [("före", "1,2,5,5,3,4"), ("efter", "3,4,5,5,4,5")] {
        env.cmd()
            .args(set)
            .args(["take", "--label", label, "--answers", answers])
            .assert()
            .success();
    }
    let p = json_of(env.cmd().args(set).args(["progress", "--json"]));
    // Area 1 (101, 102): 1.5 then 3.5; area 3 (301, 302): 3.5 then 4.5.
    assert_eq!(p["areas"][0]["values"], serde_json::json!([1.5, 3.5]));
    assert_eq!(p["areas"][2]["change_since_first"], 1.0);
    assert_eq!(p["areas"].as_array().map(Vec::len), Some(3));
    env.cmd()
        .args(set)
        .arg("progress")
        .assert()
        .success()
        .stdout(predicate::str::contains("Utveckling över 2 försök"));
    // The bundled set does not show the other set's attempts, and says so.
    env.cmd()
        .arg("progress")
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains(
            "2 försök gjordes med en annan frågeuppsättning (region-test 2)",
        ));

    let csv = env.scratch().join("me.csv");
    env.cmd()
        .args(set)
        .args(["export", "--all", "-o"])
        .arg(&csv)
        .assert()
        .success();
    let text = std::fs::read_to_string(&csv).expect("csv");
    assert!(
        text.lines()
            .next()
            .is_some_and(|h| h.ends_with("101;102;201;202;301;302;area_1;area_2;area_3")),
        "{text}"
    );

    let people = regional_exports(&env);
    let r = json_of(
        env.cmd()
            .args(set)
            .arg("workshop")
            .args(&people)
            .args(["--format", "json", "--exact"]),
    );
    let s101 = &r["groups"][0]["statements"][0];
    assert_eq!(s101["mean"], 2.0);
    assert_eq!(
        s101["distribution"],
        serde_json::json!([1, 1, 1, 0, 0]),
        "five points on this scale"
    );
    // The bundled set refuses these exports, naming the set.
    env.cmd()
        .arg("workshop")
        .args(&people)
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "använder frågeuppsättningen 'region-test'",
        ));
}

/// At 40 and 60 columns a help's examples put a description under its command,
/// indented, instead of wrapping it back under the commands; only the usage line
/// and a single unbreakable word may be wider.
#[test]
fn help_fits_narrow_terminals() {
    let env = TestEnv::new();
    for width in [40, 60] {
        for command in ["take", "workshop", "export", "progress"] {
            let out = stdout_of(
                env.cmd()
                    .env("COLUMNS", width.to_string())
                    .args([command, "--help"]),
            );
            for line in out.lines() {
                let body = line.trim();
                let whole = !body.contains(' ') || body.starts_with("Användning:");
                assert!(
                    line.chars().count() <= width || whole,
                    "{command} at {width}: {line:?}\n{out}"
                );
            }
        }
        let take = stdout_of(
            env.cmd()
                .env("COLUMNS", width.to_string())
                .args(["take", "--help"]),
        );
        assert!(
            take.contains("  digikomp take --plain\n      rad för rad, för skärmläsare")
                || take.contains("  digikomp take --plain\n      rad för rad, för\n"),
            "{width}: {take}"
        );
    }
}
