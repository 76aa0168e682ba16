//! Other people's files and our own data, made hostile by the tests themselves:
//! escapes, special files, injections, races, leftovers, links, full streams,
//! oversized and out-of-range data. Each test names the class it covers.

mod common;

use calamine::{open_workbook, Reader, Xlsx};
use common::{json_of, TestEnv, CODES, SAMPLE};
use predicates::prelude::*;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// Text that would act on a terminal: ESC (with an OSC 52 clipboard write and a
/// colour), BEL, NUL, and a right-to-left override.
const NASTY: &str = "x\u{1b}]52;c;aGVq\u{7}\u{1b}[31m\0\u{202e}y";

/// [`NASTY`] without the NUL, which no file name or argument can hold.
const NASTY_ARG: &str = "x\u{1b}]52;c;aGVq\u{7}\u{1b}[31m\u{202e}y";

/// No byte that acts on a terminal: only newlines and printable text.
fn assert_inert(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| (c.is_control() && c != '\n') || ('\u{202a}'..='\u{202e}').contains(&c))
        .collect();
    assert!(bad.is_empty(), "{what} carries {bad:?}: {text}");
}

/// An export record of `respondent`, as JSON, with free texts set to `text`.
fn record(respondent: &str, attempt: &str, text: &str, date: &str) -> serde_json::Value {
    let answers: serde_json::Map<String, serde_json::Value> =
        CODES.iter().map(|c| (c.to_string(), 4.into())).collect();
    serde_json::json!({
        "respondent": respondent, "attempt_id": attempt, "date": date,
        "label": text, "workplace": text, "role": text,
        "question_set": { "id": "digikomp-bibliotek", "version": "1.0" },
        "answers": answers,
    })
}

fn export_file(dir: &Path, name: &str, records: &[serde_json::Value]) -> PathBuf {
    let path = dir.join(name);
    let file =
        serde_json::json!({"kind": "digikomp-export", "schema_version": 1, "records": records});
    std::fs::write(&path, file.to_string()).expect("write");
    path
}

#[test]
fn terminal_escapes_in_other_peoples_files_are_shown_not_obeyed() {
    let env = TestEnv::new();
    let dir = env.scratch().join(format!("in{NASTY_ARG}"));
    std::fs::create_dir_all(&dir).expect("dir");
    let recs: Vec<_> = (0..3)
        .map(|i| {
            record(
                &format!("r{i}{NASTY}"),
                &format!("a{i}"),
                NASTY,
                "2026-01-10",
            )
        })
        .collect();
    export_file(&dir, "group.json", &recs);
    std::fs::write(
        dir.join(format!("bad{NASTY_ARG}.csv")),
        format!("respondent;{NASTY}\n"),
    )
    .expect("w");
    let mut kind = serde_json::json!({"kind": NASTY, "schema_version": 1, "records": []});
    std::fs::write(dir.join("kind.json"), kind.to_string()).expect("w");
    kind["kind"] = "digikomp-export".into();
    kind["records"] = serde_json::json!([{"respondent": "r", "attempt_id": "a",
        "question_set": {"id": NASTY, "version": "1"}, "answers": {"101": 4}}]);
    std::fs::write(dir.join("set.json"), kind.to_string()).expect("w");
    for format in ["table", "md", "csv", "json"] {
        for group in [None, Some("label"), Some("workplace"), Some("role")] {
            let mut cmd = env.cmd();
            cmd.arg("workshop").arg(&dir).args(["--format", format]);
            if let Some(g) = group {
                cmd.args(["--group-by", g]);
            }
            let out = cmd.output().expect("runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            assert_inert(&format!("{format} {group:?} stdout"), &out.stdout);
            assert_inert(&format!("{format} {group:?} stderr"), &out.stderr);
        }
    }
    let out = env.cmd().arg("analyze").arg(&dir).output().expect("runs");
    assert_inert("analyze", &out.stdout);
    assert_inert("analyze stderr", &out.stderr);
}

#[test]
fn terminal_escapes_in_our_own_data_are_shown_not_obeyed() {
    let env = TestEnv::new();
    env.take(SAMPLE, Some(NASTY_ARG));
    env.cmd()
        .args(["profile", "--workplace", NASTY_ARG, "--role", NASTY_ARG])
        .assert()
        .success();
    env.cmd()
        .args(["plan", "add", "--statement", "101", "--goal", NASTY_ARG])
        .assert()
        .success();
    // A hand-edited attempt with a label written straight into the file.
    env.write_attempt(
        "hand",
        "2026-02-01T10:00:00+01:00",
        Some(NASTY),
        "1.0",
        &[4; 24],
    );
    let id = env.attempts()[0]["id"]
        .as_str()
        .map(|s| s[..4].to_string())
        .expect("id");
    for args in [
        &["history"][..],
        &["results"],
        &["results", &id],
        &["progress", "--by-statement"],
        &["plan", "--all"],
        &["profile"],
        &["paths"],
        &["export", "--format", "md", "--all", "--with-plan"],
        &["export", "--format", "csv", "--all"],
    ] {
        let out = env.cmd().args(args).output().expect("runs");
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_inert(&format!("{args:?}"), &out.stdout);
        assert_inert(&format!("{args:?} stderr"), &out.stderr);
    }
    // A data directory whose name is hostile, named in messages.
    let odd = env.scratch().join(format!("d{NASTY_ARG}"));
    let out = env
        .cmd()
        .arg("--data-dir")
        .arg(&odd)
        .arg("history")
        .output()
        .expect("runs");
    assert_inert("empty history", &out.stderr);
    // A question set with an escape in a text is refused, and the refusal is inert.
    let set = env.scratch().join("set.toml");
    let text = std::fs::read_to_string(common::V1).expect("v1").replace(
        "Jag kan hitta det en besökare",
        // TOML escapes: the file parses, and the text then holds ESC and BEL.
        "Jag kan \\u001b]52;c;aGVq\\u0007 \\u202e",
    );
    std::fs::write(&set, text).expect("w");
    let out = env
        .cmd()
        .args(["questions", "--check"])
        .arg(&set)
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert_inert("questions --check", &out.stderr);
    assert!(String::from_utf8_lossy(&out.stderr).contains("ett styrtecken"));
}

#[cfg(unix)]
#[test]
fn special_files_are_named_and_skipped_never_read() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let fifo = |path: &Path| {
        let ok = std::process::Command::new("mkfifo")
            .arg(path)
            .status()
            .expect("mkfifo");
        assert!(ok.success());
    };
    fifo(&dir.join("pipe.csv"));
    fifo(&env.data_dir().join("attempts/pipe.json"));
    std::os::unix::fs::symlink("/dev/zero", dir.join("zero.json")).expect("link");
    // Each would block or fill memory if it were read; a timeout guards the test.
    let out = env
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .timeout(Duration::from_secs(20))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("pipe.csv: inte en vanlig fil"), "{err}");
    assert!(err.contains("zero.json: inte en vanlig fil"), "{err}");
    let out = env
        .cmd()
        .arg("history")
        .timeout(Duration::from_secs(20))
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("pipe.json: inte en vanlig fil"));
    for name in ["plans.json", "profile.json", "draft.json"] {
        let fresh = TestEnv::new();
        fresh.take(SAMPLE, None);
        fifo(&fresh.data_dir().join(name));
        let out = fresh
            .cmd()
            .args(["plan", "--all"])
            .timeout(Duration::from_secs(20))
            .output()
            .expect("runs");
        let _ = fresh
            .cmd()
            .arg("profile")
            .timeout(Duration::from_secs(20))
            .output();
        assert!(out.status.code().is_some(), "{name}: ends by itself");
    }
    let out = env
        .cmd()
        .args(["--questions", "/dev/zero", "questions"])
        .timeout(Duration::from_secs(20))
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("inte en vanlig fil"));
}

#[test]
fn markdown_and_html_reports_cannot_be_injected() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let evil = "<script>alert(1)</script>\n| [x](javascript:alert(1))";
    let recs: Vec<_> = (0..3)
        .map(|i| record(&format!("r{i}"), &format!("a{i}"), evil, "2026-01-10"))
        .collect();
    export_file(&dir, "g.json", &recs);
    let md = String::from_utf8(
        env.cmd()
            .arg("workshop")
            .arg(&dir)
            .args(["--group-by", "label", "--format", "md"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("utf-8");
    assert!(!md.contains("<script>"), "{md}");
    // A link needs an unescaped "](": every bracket is escaped.
    assert!(!md.replace("\\]", "").contains("](javascript"), "{md}");
    assert!(md.contains("\\<script\\>"), "{md}");
    let html = String::from_utf8(
        env.cmd()
            .arg("workshop")
            .arg(&dir)
            .args(["--group-by", "label", "--format", "html"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("utf-8");
    assert!(!html.contains("<script>"), "only our own markup");
}

#[test]
fn a_workbook_is_written_whatever_the_group_names() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let long = "L".repeat(32_768);
    let mut recs = Vec::new();
    for (i, name) in [
        "Nope!A1",
        "=(A1:B2)",
        "=SUM(1)",
        long.as_str(),
        "+46 70",
        "@x",
    ]
    .iter()
    .enumerate()
    {
        for k in 0..3 {
            recs.push(record(
                &format!("r{i}-{k}"),
                &format!("a{i}-{k}"),
                name,
                "2026-01-10",
            ));
        }
    }
    // Many groups: more than a chart can take.
    for i in 0..300 {
        recs.push(record(
            &format!("m{i}"),
            &format!("m{i}"),
            &format!("g{i}"),
            "2026-01-10",
        ));
    }
    export_file(&dir, "g.json", &recs);
    let xlsx = env.scratch().join("g.xlsx");
    env.cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--group-by", "label", "--exact", "-o"])
        .arg(&xlsx)
        .timeout(Duration::from_secs(60))
        .assert()
        .success();
    let mut book: Xlsx<_> = open_workbook(&xlsx).expect("a workbook");
    let areas = book.worksheet_range("Områden").expect("areas");
    let names: Vec<String> = areas.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert!(
        names.contains(&"Nope!A1".to_string()),
        "literal text, no apostrophe"
    );
    assert!(
        names.contains(&"=SUM(1)".to_string()),
        "a formula's text, never a formula"
    );
    assert!(
        names
            .iter()
            .any(|n| n.starts_with("LLL") && n.ends_with('…')),
        "cut"
    );
    // The chart titles keep the names as text too.
    let shown = book.worksheet_range("Fördelning").expect("distribution");
    assert!(shown
        .rows()
        .any(|r| r[0].to_string().starts_with("=SUM(1): ")));
    // No cell of any sheet is a formula.
    let (sheets, with_formulas) = sheets_with_formulas(&xlsx);
    assert_eq!(sheets, 5, "notes, areas, statements, distribution, paired");
    assert_eq!(with_formulas, Vec::<String>::new());
}

/// How many worksheets a workbook has, and the names of those with a formula.
fn sheets_with_formulas(book: &Path) -> (usize, Vec<String>) {
    let file = std::fs::File::open(book).expect("the workbook");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let sheets: Vec<String> = zip
        .file_names()
        .filter(|n| n.starts_with("xl/worksheets/sheet"))
        .map(ToString::to_string)
        .collect();
    let with_formulas = sheets
        .iter()
        .filter(|name| {
            let mut xml = String::new();
            std::io::Read::read_to_string(&mut zip.by_name(name).expect("a sheet"), &mut xml)
                .expect("XML");
            xml.contains("<f>") || xml.contains("<f ")
        })
        .cloned()
        .collect();
    (sheets.len(), with_formulas)
}

#[test]
fn concurrent_changes_lose_nothing() {
    for _ in 0..8 {
        let env = TestEnv::new();
        env.take(SAMPLE, None);
        let spawn = |args: &[&str]| {
            env.process()
                .args(args)
                .stdout(std::process::Stdio::null())
                .stderr(std::process::Stdio::null())
                .spawn()
                .expect("spawns")
        };
        let children = [
            spawn(&["plan", "add", "--statement", "101", "--goal", "a"]),
            spawn(&["plan", "add", "--statement", "102", "--goal", "b"]),
            spawn(&["plan", "add", "--area", "3", "--goal", "c"]),
            spawn(&["profile", "--workplace", "Filial"]),
            spawn(&["profile", "--role", "chef"]),
        ];
        for mut c in children {
            c.wait().expect("ends");
        }
        let plans = json_of(env.cmd().args(["plan", "--json"]));
        assert_eq!(
            plans.as_array().map(Vec::len),
            Some(3),
            "three items: {plans}"
        );
        let profile = json_of(env.cmd().args(["profile", "--json"]));
        assert_eq!(
            (profile["workplace"].as_str(), profile["role"].as_str()),
            (Some("Filial"), Some("chef"))
        );
    }
    // Two first uses of a fresh data directory agree on one respondent id.
    for _ in 0..8 {
        let env = TestEnv::new();
        env.take(SAMPLE, None);
        std::fs::remove_file(env.data_dir().join("profile.json")).ok();
        let a = env
            .process()
            .args(["profile", "--json"])
            .output()
            .expect("runs");
        let b = env
            .process()
            .args(["profile", "--json"])
            .output()
            .expect("runs");
        let id = |o: &std::process::Output| {
            serde_json::from_slice::<serde_json::Value>(&o.stdout).expect("json")["respondent_id"]
                .clone()
        };
        assert_eq!(id(&a), id(&b));
    }
}

#[cfg(unix)]
#[test]
fn nothing_is_left_behind_and_nothing_not_ours_is_replaced() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    let root = env.data_dir();
    let old = root.join(".tmp-killed.part");
    std::fs::write(&old, "goal of a killed save").expect("w");
    let hour_ago = std::time::SystemTime::now() - Duration::from_secs(3600);
    std::fs::File::options()
        .write(true)
        .open(&old)
        .and_then(|f| f.set_modified(hour_ago))
        .expect("mtime");
    env.cmd()
        .args(["plan", "add", "--area", "1", "--goal", "g"])
        .assert()
        .success();
    assert!(
        !old.exists(),
        "a stale temp file in the data root is removed by the next save"
    );

    // --force replaces only a regular file; a link (even dangling) is never replaced.
    let target = env.scratch().join("precious");
    std::fs::write(&target, "keep").expect("w");
    let link = env.scratch().join("link.csv");
    std::os::unix::fs::symlink(&target, &link).expect("link");
    let dangling = env.scratch().join("dangling.csv");
    std::os::unix::fs::symlink(env.scratch().join("nowhere"), &dangling).expect("link");
    for (path, force) in [
        (&link, true),
        (&dangling, false),
        (&PathBuf::from("/dev/null"), true),
    ] {
        let mut cmd = env.cmd();
        cmd.args(["export", "-o"]).arg(path);
        if force {
            cmd.arg("--force");
        }
        cmd.assert()
            .code(2)
            .stderr(predicate::str::contains("ingen vanlig fil"));
    }
    // A folder given to -o is said to be one, even with --force.
    let folder = env.scratch().join("ut");
    std::fs::create_dir(&folder).expect("mkdir");
    env.cmd()
        .args(["export", "--force", "-o"])
        .arg(&folder)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("är en mapp: ge -o ett filnamn"));
    assert_eq!(std::fs::read_to_string(&target).expect("r"), "keep");
    assert!(std::fs::symlink_metadata(&dangling)
        .expect("still a link")
        .file_type()
        .is_symlink());

    // No chmod through a link: the folder it points at keeps its mode.
    let shared = env.scratch().join("shared");
    std::fs::create_dir_all(&shared).expect("dir");
    std::fs::set_permissions(&shared, std::os::unix::fs::PermissionsExt::from_mode(0o755))
        .expect("chmod");
    let other = TestEnv::new();
    std::fs::create_dir_all(other.data_dir()).expect("dir");
    std::os::unix::fs::symlink(&shared, other.data_dir().join("attempts")).expect("link");
    other.take(SAMPLE, None);
    let perms = std::fs::metadata(&shared).expect("meta").permissions();
    let mode = std::os::unix::fs::PermissionsExt::mode(&perms) & 0o777;
    assert_eq!(mode, 0o755);

    // delete --all removes all that digikomp wrote, and names what it did not write.
    std::fs::write(root.join("notes.txt"), "mine").expect("w");
    std::fs::write(root.join("attempts/damaged.json"), "{").expect("w");
    env.cmd()
        .args(["delete", "--all", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Kvar:").and(predicate::str::contains("notes.txt")));
    let left: Vec<_> = std::fs::read_dir(&root)
        .expect("dir")
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert_eq!(left, vec![std::ffi::OsString::from("notes.txt")]);
}

#[cfg(unix)]
#[test]
fn a_closed_or_full_stream_is_no_panic() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    std::fs::write(env.data_dir().join("attempts/junk.json"), "{").expect("w");
    let full = || {
        std::fs::File::options()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full")
    };
    let out = env
        .process()
        .arg("history")
        .stderr(full())
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(0),
        "a warning that cannot be written is no failure"
    );
    let out = env
        .process()
        .arg("history")
        .stdout(full())
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = env
        .process()
        .args(["results", "nope"])
        .stderr(full())
        .output()
        .expect("runs");
    assert_eq!(
        out.status.code(),
        Some(1),
        "an error that cannot be written still exits 1"
    );
}

#[test]
fn bounded_inputs_and_values_off_the_scale() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    // A tab-separated export (a delimiter export can write) is read back.
    let tsv = env.scratch().join("me.csv");
    env.cmd()
        .args(["export", "--delimiter", "\\t", "-o"])
        .arg(&tsv)
        .assert()
        .success();
    let r = json_of(
        env.cmd()
            .arg("workshop")
            .arg(&tsv)
            .args(["--format", "json"]),
    );
    assert_eq!(r["respondents"], 1);
    // --high off the scale is a usage error.
    env.cmd()
        .arg("workshop")
        .arg(&tsv)
        .args(["--high", "8"])
        .assert()
        .code(2);
    // An attempt with an answer off the scale is skipped, by name; escaped keys read.
    let mut values = [4u8; 24];
    values[0] = 65;
    env.write_attempt(
        "offscale",
        "2026-03-01T10:00:00+01:00",
        None,
        "1.0",
        &values,
    );
    let file = env.data_dir().join("attempts/escaped.json");
    let text = std::fs::read_to_string(env.attempt_files()[0].clone())
        .expect("r")
        .replace("\"101\"", "\"\\u0031\\u00301\"")
        .replace(
            &env.attempts()[0]["id"].as_str().expect("id").to_string(),
            "escaped-1",
        );
    std::fs::write(&file, text).expect("w");
    let out = env
        .cmd()
        .args(["history", "--json"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("offscale.json: påstående 101 har svaret 65, utanför skalan 1–7"),
        "{err}"
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(
        rows.as_array().map(Vec::len),
        Some(2),
        "the escaped file is read"
    );
    // A plan file of 3 GB (sparse) is refused at once, not read.
    let big = TestEnv::new();
    big.take(SAMPLE, None);
    std::fs::File::create(big.data_dir().join("plans.json"))
        .and_then(|f| f.set_len(3 << 30))
        .expect("sparse");
    big.cmd()
        .arg("plan")
        .timeout(Duration::from_secs(20))
        .assert()
        .code(1)
        .stderr(predicate::str::contains("för stor"));
    // One very long line in plain mode is read past, in bounded memory.
    let long = format!("{}\n{}\n", "9".repeat(5_000_000), "q");
    env.cmd()
        .args(["take", "--plain", "--restart"])
        .write_stdin(long)
        .timeout(Duration::from_secs(20))
        .assert()
        .success()
        .stderr(predicate::str::contains("är inget svar"));
}

#[test]
fn records_from_the_future_and_respondents_in_several_files() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let good: Vec<_> = (0..3)
        .map(|i| record(&format!("r{i}"), &format!("a{i}"), "x", "2026-01-10"))
        .collect();
    export_file(&dir, "a.json", &good);
    // The same respondents again, from another file; and one record far ahead.
    export_file(&dir, "b.json", &[record("r0", "b0", "x", "2026-01-11")]);
    export_file(&dir, "c.json", &[record("r1", "c1", "x", "2999-01-01")]);
    let out = env
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--format", "json"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("c.json: svar 1: daterad 2999-01-01, efter i dag"),
        "{err}"
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(r["respondents"], 3);
    assert_eq!(
        r["respondents_in_several_files"], 1,
        "r0 is in a.json and b.json"
    );
}

#[test]
fn quadratic_inputs_are_refused_early() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    // 40,000 distinct answer keys: the first that is not a code ends the read.
    let answers: serde_json::Map<String, serde_json::Value> =
        (0..40_000).map(|i| (format!("k{i}"), 4.into())).collect();
    let rec = serde_json::json!({"respondent": "r", "attempt_id": "a",
        "question_set": {"id": "digikomp-bibliotek", "version": "1.0"}, "answers": answers});
    export_file(&dir, "keys.json", &[rec]);
    let err = String::from_utf8_lossy(
        &env.cmd()
            .arg("workshop")
            .arg(&dir)
            .output()
            .expect("runs")
            .stderr,
    )
    .to_string();
    assert!(err.contains("keys.json"), "{err}");
    // A question set of 3,500 statements with a problem each (about 250 KB) is
    // checked in one pass; one of 20,000 (over 256 KB) is refused unread.
    let many = |n: usize| {
        let mut set = std::fs::read_to_string(common::V1).expect("v1");
        for _ in 0..n {
            set.push_str("\n[[statements]]\ncode = \"1x\"\ntext = { sv = \"a\", en = \"b\" }\n");
        }
        let path = env.scratch().join(format!("many-{n}.toml"));
        std::fs::write(&path, set).expect("w");
        env.cmd()
            .args(["questions", "--check"])
            .arg(&path)
            .timeout(Duration::from_secs(30))
            .output()
            .expect("runs")
    };
    let out = many(3_500);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr)
            .matches("måste vara tre siffror")
            .count(),
        3_500
    );
    let out = many(20_000);
    assert_eq!(out.status.code(), Some(1));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("för stor"), "{err}");
}

#[test]
fn a_profile_that_cannot_be_made_says_why() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    // A file where the lock file should go: the data dir cannot hold a profile.
    std::fs::create_dir_all(env.data_dir().join(".lock")).expect("a folder in the way");
    env.cmd()
        .arg("export")
        .assert()
        .code(1)
        .stderr(predicate::str::contains("kunde inte skapa din profil"));
}
