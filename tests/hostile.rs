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
    // The longest label an export may carry (a longer one is refused at read).
    let long = "L".repeat(200);
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
        names.iter().any(|n| n.starts_with("LLL")),
        "the longest label, cut to what a name shows"
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

    // delete --all removes all that digikomp wrote (a damaged attempt named as
    // digikomp names them too), and names what it did not write.
    std::fs::write(root.join("notes.txt"), "mine").expect("w");
    std::fs::write(root.join("attempts/20260101T000000Z-deadbeef.json"), "{").expect("w");
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
        err.contains("c.json: daterad 2999-01-01, efter i dag"),
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

/// A CSV export (`;`) of `rows`, each `(respondent, attempt, label, date)`, all
/// statements answered 4.
fn csv_export(dir: &Path, name: &str, rows: &[(String, String, String, String)]) -> PathBuf {
    let mut text = format!(
        "respondent;attempt_id;date;label;question_set;question_set_version;{}\n",
        CODES.join(";")
    );
    for (r, a, label, date) in rows {
        let label = format!("\"{}\"", label.replace('"', "\"\""));
        text.push_str(&format!(
            "{r};{a};{date};{label};digikomp-bibliotek;1.0;{}\n",
            ["4"; 24].join(";")
        ));
    }
    let path = dir.join(name);
    std::fs::write(&path, text).expect("write");
    path
}

#[test]
fn long_fields_are_refused_where_they_are_read_and_hints_are_capped() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    // Two labels of 100,000 characters: the file is refused at its first record,
    // never compared.
    let long = |c: char| c.to_string().repeat(100_000);
    let rows: Vec<_> = [long('a'), long('b')]
        .into_iter()
        .enumerate()
        .map(|(i, l)| {
            (
                format!("r{i}"),
                format!("a{i}"),
                l,
                "2026-01-10".to_string(),
            )
        })
        .collect();
    csv_export(&dir, "long.csv", &rows);
    // 8,000 distinct labels, each the start of the next ("a", "a0", "a00", …
    // cut at 200 characters) and many a small edit apart: the hints stop at ten.
    let rows: Vec<_> = (0..8000)
        .map(|i| {
            let label = format!("a{}", "0".repeat(i % 199)) + &format!("{i}");
            let label: String = label.chars().take(200).collect();
            (
                format!("p{i}"),
                format!("b{i}"),
                label,
                "2026-01-10".to_string(),
            )
        })
        .collect();
    csv_export(&dir, "many.csv", &rows);
    let out = env
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--group-by", "label", "--format", "json"])
        .timeout(Duration::from_secs(30))
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("long.csv: svar 1: fältet label är längre än 200 tecken"),
        "{err}"
    );
    let hints = err
        .lines()
        .filter(|l| l.starts_with("tips: omgångarna"))
        .count();
    assert_eq!(hints, 10, "{err}");
    assert!(err.contains("tips: fler omgångar liknar varandra"), "{err}");
    // The flags that take a text refuse a long one too, in words.
    for args in [
        vec!["take", "--answers", SAMPLE, "--label"],
        vec!["profile", "--workplace"],
        vec!["profile", "--role"],
        vec!["plan", "add", "--area", "1", "--goal"],
    ] {
        env.cmd()
            .args(&args)
            .arg("x".repeat(201))
            .assert()
            .code(2)
            .stderr(predicate::str::contains("får vara högst 200 tecken"));
    }
}

#[test]
fn a_hint_to_paste_runs_nothing_in_a_shell() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let mut rows = Vec::new();
    // Each risky label looks like "före" (one is the start of the other); one
    // plain pair gets a paste-ready hint.
    let labels = [
        "före",
        "före$(touch pwned)\"`x`",
        "före\\'; touch pwned; #",
        "före’; calc; ’x",
        "före & calc",
        "efter",
        "efterr",
    ];
    for (k, label) in labels.iter().enumerate() {
        for i in 0..3 {
            rows.push((
                format!("r{k}{i}"),
                format!("a{k}{i}"),
                (*label).to_string(),
                "2026-01-10".to_string(),
            ));
        }
    }
    csv_export(&dir, "a.csv", &rows);
    let out = env.cmd().arg("workshop").arg(&dir).output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    let hints: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with("tips: omgångarna"))
        .collect();
    assert!(hints.len() >= 4, "{err}");
    for hint in &hints {
        let (_, merge) = hint.split_once("--merge ").expect("a --merge");
        if hint.contains("«efter") {
            // Plain names: one word in double quotes, alike in every shell.
            assert!(merge.starts_with("\"efter"), "{hint}");
        } else {
            // Anything else: no command to paste, only what to write.
            assert!(merge.starts_with("\"FRÅN=TILL\""), "{hint}");
        }
    }
}

/// Whether a cell would start a formula in a spreadsheet: it starts (after
/// spaces, tabs and carriage returns, which some spreadsheets skip) with `=`,
/// `+`, `-` or `@` and is not a number.
fn starts_formula(cell: &str) -> bool {
    let t = cell.trim_start_matches([' ', '\t', '\r']);
    t.starts_with(['=', '+', '-', '@']) && t.replace(',', ".").parse::<f64>().is_err()
}

/// The cells of `bytes` read as CSV split on `sep` (quotes honoured, as a
/// spreadsheet does) that would start a formula.
fn formula_cells(bytes: &[u8], sep: u8) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(sep)
        .has_headers(false)
        .flexible(true)
        .from_reader(bytes);
    reader
        .records()
        .flatten()
        .flat_map(|r| r.iter().map(str::to_string).collect::<Vec<_>>())
        .filter(|c| starts_formula(c))
        .collect()
}

#[test]
fn no_formula_starts_behind_any_separator() {
    // Every formula start behind every separator a spreadsheet may split on.
    let mut labels = Vec::new();
    for sep in [",", ";", "\t"] {
        for start in ["=", "+", "-", "@", " =", "\"=", " \"+"] {
            labels.push(format!("x{sep}{start}cmd|' /C calc'!A0{sep}"));
        }
    }
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let recs: Vec<_> = labels
        .iter()
        .enumerate()
        .flat_map(|(k, l)| {
            (0..3).map(move |i| record(&format!("r{k}-{i}"), &format!("a{i}"), l, "2026-01-10"))
        })
        .collect();
    export_file(&dir, "g.json", &recs);
    for delimiter in [";", ",", "\\t"] {
        for by in ["label", "workplace", "role"] {
            let out = env
                .cmd()
                .arg("workshop")
                .arg(&dir)
                .args(["--format", "csv", "--exact", "--delimiter", delimiter])
                .args(["--group-by", by])
                .output()
                .expect("runs");
            assert!(
                out.status.success(),
                "{}",
                String::from_utf8_lossy(&out.stderr)
            );
            for sep in [b',', b';', b'\t'] {
                let found = formula_cells(&out.stdout, sep);
                assert!(found.is_empty(), "{delimiter} split on {sep}: {found:?}");
            }
        }
    }
    // The personal export: label, workplace, role and the plan's goal.
    for (k, label) in labels.iter().enumerate() {
        let env = TestEnv::new();
        env.cmd()
            .args(["profile", "--workplace", label, "--role", label])
            .assert()
            .success();
        env.take(SAMPLE, Some(label));
        for delimiter in [";", ",", "\\t"] {
            let out = env
                .cmd()
                .args(["export", "--format", "csv", "--delimiter", delimiter])
                .output()
                .expect("runs");
            assert!(out.status.success());
            for sep in [b',', b';', b'\t'] {
                let found = formula_cells(&out.stdout, sep);
                assert!(
                    found.is_empty(),
                    "{k} {delimiter} split on {sep}: {found:?}"
                );
            }
        }
    }
}

/// Writes `text` to `path`, making the folder first.
fn put(path: &Path, text: &str) {
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("dir");
    std::fs::write(path, text).expect("write");
}

#[cfg(unix)]
#[test]
fn delete_all_deletes_exactly_what_digikomp_wrote() {
    let env = TestEnv::new();
    let root = env.data_dir();
    let attempts = root.join("attempts");
    // Only attempts digikomp cannot use, and nothing else of its own: a newer
    // schema, a damaged file named as digikomp names them, one nobody may read,
    // a temp file of a killed save.
    put(
        &attempts.join("20260101T000000Z-aaaaaaaa.json"),
        r#"{"kind": "digikomp-attempt", "schema_version": 99}"#,
    );
    put(
        &attempts.join("20260102T000000Z-bbbbbbbb.json"),
        "{\"kind\": \"digik",
    );
    let locked = attempts.join("20260103T000000Z-cccccccc.json");
    put(&locked, "{}");
    std::fs::set_permissions(&locked, std::os::unix::fs::PermissionsExt::from_mode(0o000))
        .expect("chmod");
    put(&attempts.join(".tmp-abc123.part"), "half");
    env.cmd()
        .args(["delete", "--all", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Raderade 4 filer."));
    assert!(!root.exists(), "nothing left, so the folder went too");

    // Files digikomp did not write stay, whatever their names, each said with why.
    env.take(SAMPLE, None);
    put(&root.join("profile.json"), r#"{"name": "mine"}"#);
    put(&root.join("plans.json"), "my own plans");
    put(&root.join("draft.json"), r#"{"kind": "something-else"}"#);
    put(&root.join("other.json"), r#"{"kind": "digikomp-attempt"}"#);
    put(&attempts.join("notes.json"), r#"{"hello": 1}"#);
    put(
        &attempts.join("export.json"),
        r#"{"kind": "digikomp-export"}"#,
    );
    std::os::unix::fs::symlink(root.join("other.json"), attempts.join("link.json")).expect("link");
    let out = env
        .cmd()
        .args(["delete", "--all", "--yes"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("Raderade 1 fil."), "only the attempt: {err}");
    for name in [
        "profile.json",
        "plans.json",
        "draft.json",
        "other.json",
        "attempts/notes.json",
        "attempts/export.json",
    ] {
        assert!(root.join(name).exists(), "{name} stays");
        assert!(
            err.contains(&format!("Kvar: {}", root.join(name).display())),
            "{name} said: {err}"
        );
    }
    assert!(
        err.contains("en länk, och digikomp skriver aldrig länkar"),
        "{err}"
    );
    // With nothing of digikomp's left, it says so.
    env.cmd()
        .args(["delete", "--all", "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Inget att radera"));
}

#[test]
fn the_pseudonyms_key_and_file_names_stay_private() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    env.cmd()
        .args(["export", "--anonymous", "--study", "Höst"])
        .assert()
        .success();
    let stored: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("profile.json")).expect("profile"),
    )
    .expect("json");
    let secret = stored["secret"]
        .as_str()
        .expect("a key was made")
        .to_string();
    let shown = json_of(env.cmd().args(["profile", "--json"]));
    assert!(shown.get("secret").is_none(), "{shown}");
    assert!(!shown.to_string().contains(&secret));

    // A skipped file is named on the terminal only: a report says why, not who.
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let recs: Vec<_> = (0..3)
        .map(|i| record(&format!("r{i}"), &format!("a{i}"), "x", "2026-01-10"))
        .collect();
    export_file(&dir, "group.json", &recs);
    std::fs::write(dir.join("anna_svensson.csv"), "not an export").expect("w");
    for format in ["table", "md", "html", "csv", "json", "xlsx"] {
        let file = env.scratch().join(format!("report.{format}"));
        let out = env
            .cmd()
            .arg("workshop")
            .arg(&dir)
            .args(["--format", format, "-o"])
            .arg(&file)
            .output()
            .expect("runs");
        assert!(out.status.success(), "{format}");
        assert!(
            String::from_utf8_lossy(&out.stderr).contains("anna_svensson.csv"),
            "{format}: the terminal names it"
        );
        let bytes = std::fs::read(&file).expect("written");
        let text = if format == "xlsx" {
            workbook_text(&file)
        } else {
            String::from_utf8_lossy(&bytes).into_owned()
        };
        assert!(!text.contains("anna_svensson"), "{format} names the file");
        assert!(
            !text.contains(&*dir.to_string_lossy()),
            "{format} shows a path"
        );
    }
}

/// All the XML text of a workbook's parts.
fn workbook_text(book: &Path) -> String {
    let mut zip = zip::ZipArchive::new(std::fs::File::open(book).expect("open")).expect("zip");
    let mut all = String::new();
    for i in 0..zip.len() {
        let mut part = zip.by_index(i).expect("part");
        let mut text = String::new();
        let _ = std::io::Read::read_to_string(&mut part, &mut text);
        all.push_str(&text);
    }
    all
}

/// Characters a renderer may draw as nothing: each must be shown escaped.
const INVISIBLE: [char; 15] = [
    '\u{ad}',
    '\u{34f}',
    '\u{115f}',
    '\u{17b4}',
    '\u{180e}',
    '\u{200b}',
    '\u{2060}',
    '\u{206a}',
    '\u{3164}',
    '\u{fe0f}',
    '\u{feff}',
    '\u{ffa0}',
    '\u{fff9}',
    '\u{e0041}',
    '\u{1d173}',
];

#[test]
fn invisible_characters_are_shown_in_every_format() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let recs: Vec<_> = INVISIBLE
        .iter()
        .enumerate()
        .flat_map(|(k, c)| {
            (0..3).map(move |i| {
                record(
                    &format!("r{k}-{i}"),
                    &format!("a{i}"),
                    &format!("Fö{c}re"),
                    "2026-01-10",
                )
            })
        })
        .collect();
    export_file(&dir, "g.json", &recs);
    for format in ["table", "md", "html", "csv", "json"] {
        let out = env
            .cmd()
            .arg("workshop")
            .arg(&dir)
            .args(["--format", format, "--group-by", "label"])
            .output()
            .expect("runs");
        assert!(out.status.success(), "{format}");
        let text = String::from_utf8_lossy(&out.stdout);
        let found: Vec<char> = text
            .chars()
            .filter(|c| INVISIBLE.contains(c) && *c != '\u{feff}')
            .collect();
        assert!(found.is_empty(), "{format}: {found:?}");
        // The BOM of a CSV is its first character only.
        assert!(!text.chars().skip(1).any(|c| c == '\u{feff}'), "{format}");
        for c in INVISIBLE {
            let escaped = format!("\\u{{{:x}}}", u32::from(c));
            let escaped_html = format!("\\u{{{:x}}}", u32::from(c));
            assert!(
                text.contains(&escaped) || text.contains(&escaped_html),
                "{format}: {escaped} shown"
            );
        }
    }
}

#[test]
fn markdown_never_makes_a_link_of_a_name() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let names = [
        "https://evil.example/x",
        "www.evil.example",
        "<http://evil.example>",
        "ftp://evil.example/x",
        "anna@evil.example",
    ];
    let recs: Vec<_> = names
        .iter()
        .enumerate()
        .flat_map(|(k, n)| {
            (0..3).map(move |i| record(&format!("r{k}-{i}"), &format!("a{i}"), n, "2026-01-10"))
        })
        .collect();
    export_file(&dir, "g.json", &recs);
    for by in ["label", "workplace", "role"] {
        let md = String::from_utf8(
            env.cmd()
                .arg("workshop")
                .arg(&dir)
                .args(["--format", "md", "--group-by", by])
                .output()
                .expect("runs")
                .stdout,
        )
        .expect("utf-8");
        // Escaped characters (`\<`, `\:`) are text, not markup.
        let unescaped = md.replace("\\<", "").replace("\\:", "");
        // (The learning library's own addresses are links: `<https://…>`.)
        for raw in [
            "https://evil",
            "www.evil",
            "<http://evil",
            "ftp://evil",
            "@evil",
        ] {
            assert!(!unescaped.contains(raw), "{by}: {raw} in {md}");
        }
        // An address is split after its "@" by an empty comment.
        assert!(md.contains("anna@<!-- -->evil"), "{by}: {md}");
    }
}

#[test]
fn one_attempt_in_two_files_is_one_attempt() {
    let env = TestEnv::new();
    env.take(SAMPLE, None);
    let file = env.attempt_files().remove(0);
    let copy = file.with_file_name("copy-of-it.json");
    std::fs::copy(&file, &copy).expect("copy");
    let rows = json_of(env.cmd().args(["history", "--json"]));
    assert_eq!(rows.as_array().map(Vec::len), Some(1), "{rows}");
    let id = rows[0]["short_id"].as_str().expect("id").to_string();
    env.cmd()
        .args(["delete", &id, "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Raderade 2 filer."));
    assert!(env.attempt_files().is_empty());

    // The same id with other answers (a hand-edited copy): both go with it.
    env.take(SAMPLE, None);
    let file = env.attempt_files().remove(0);
    let mut edited: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("r")).expect("json");
    edited["answers"]["101"] = 1.into();
    std::fs::write(file.with_file_name("edited.json"), edited.to_string()).expect("w");
    let id = json_of(env.cmd().args(["history", "--json"]))[0]["short_id"]
        .as_str()
        .expect("id")
        .to_string();
    env.cmd()
        .args(["delete", &id, "--yes"])
        .assert()
        .success()
        .stderr(predicate::str::contains("Raderade 2 filer."));

    // In a group report, a duplicate is decided by content.
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let mut recs: Vec<_> = (0..3)
        .map(|i| record(&format!("r{i}"), &format!("a{i}"), "x", "2026-01-10"))
        .collect();
    recs.push(record("r0", "a0", "x", "2026-01-10"));
    let mut other = record("r1", "a1", "x", "2026-01-11");
    other["answers"]["101"] = 7.into();
    recs.push(other);
    export_file(&dir, "g.json", &recs);
    let out = env
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--format", "json", "--exact"])
        .output()
        .expect("runs");
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(r["duplicates_dropped"], 1, "the equal copy of r0's");
    assert_eq!(r["id_clashes"], 1, "r1's other answers under one id");
    assert_eq!(r["respondents"], 3);
    let md = String::from_utf8(
        env.cmd()
            .arg("workshop")
            .arg(&dir)
            .args(["--format", "md", "--exact"])
            .output()
            .expect("runs")
            .stdout,
    )
    .expect("utf-8");
    assert!(md.contains("1 post har samma försöks-id"), "{md}");
}

#[test]
fn limits_and_odd_values_are_said_in_words() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let recs: Vec<_> = (0..3)
        .map(|i| record(&format!("r{i}"), &format!("a{i}"), "x", "2026-01-10"))
        .collect();
    export_file(&dir, "g.json", &recs);
    let usage = |args: &[&str], says: &str| {
        env.cmd()
            .args(args)
            .assert()
            .code(2)
            .stderr(predicate::str::contains(says));
    };
    let d = dir.to_str().expect("utf-8");
    usage(
        &["workshop", d, "--min-group", "65536"],
        "--min-group får vara högst 65535",
    );
    usage(
        &["workshop", d, "--min-group", "99999999999999999999999"],
        "--min-group får vara högst 65535",
    );
    usage(
        &["workshop", d, "--min-group", "2"],
        "--min-group måste vara minst 3",
    );
    usage(
        &["workshop", d, "--high", "3", "--low", "5"],
        "--high 3 måste vara större än --low 5",
    );
    usage(
        &["workshop", d, "--high", "4", "--low", "4"],
        "måste vara större",
    );
    // A data directory that is a file is said to be one, by every command.
    let file = env.scratch().join("a-file");
    std::fs::write(&file, "x").expect("w");
    for cmd in [
        &["plan"][..],
        &["history"],
        &["profile"],
        &["delete", "--all", "--yes"],
    ] {
        env.cmd()
            .arg("--data-dir")
            .arg(&file)
            .args(cmd)
            .assert()
            .code(1)
            .stderr(predicate::str::contains("är en fil, inte en mapp"))
            .stderr(predicate::str::contains("plans.json").not());
    }
}

#[test]
fn a_link_loop_and_a_full_disk_are_said_in_words() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    let recs: Vec<_> = (0..3)
        .map(|i| record(&format!("r{i}"), &format!("a{i}"), "x", "2026-01-10"))
        .collect();
    export_file(&dir, "g.json", &recs);
    // A link that leads round in a circle.
    #[cfg(unix)]
    {
        let a = env.scratch().join("loop-a.csv");
        let b = env.scratch().join("loop-b.csv");
        std::os::unix::fs::symlink(&b, &a).expect("link");
        std::os::unix::fs::symlink(&a, &b).expect("link");
        env.cmd()
            .arg("workshop")
            .arg(&a)
            .arg(&dir)
            .assert()
            .success()
            .stderr(predicate::str::contains("leder runt i en cirkel"))
            .stderr(predicate::str::contains("systemfel").not());
    }
    // Help sent where it cannot be written is an error, as any output is.
    #[cfg(target_os = "linux")]
    for args in [&["--help"][..], &["--version"], &["workshop", "--help"]] {
        let full = std::fs::OpenOptions::new()
            .write(true)
            .open("/dev/full")
            .expect("/dev/full");
        let out = env
            .process()
            .args(args)
            .stdout(full)
            .output()
            .expect("runs");
        assert_eq!(out.status.code(), Some(1), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stderr).contains("kunde inte skriva"));
    }
}

#[test]
fn a_record_from_the_future_costs_only_itself() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    // One person's `--all` export: three attempts, one hand-dated ahead.
    let mut recs: Vec<_> = (0..3)
        .map(|i| record(&format!("r{i}"), &format!("a{i}"), "x", "2026-01-10"))
        .collect();
    recs.push(record("r0", "later", "x", "2999-01-01"));
    export_file(&dir, "anna.json", &recs);
    let out = env
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .args(["--format", "json", "--exact"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("anna.json: 1 post är daterad 2999-01-01, efter i dag, och räknades inte"),
        "{err}"
    );
    let r: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(r["files_read"], 1);
    assert_eq!(r["records_read"], 3, "the records used");
    assert_eq!(r["future_records"], 1);
    assert_eq!(r["respondents"], 3);
}

#[test]
#[cfg(unix)]
fn delete_all_follows_no_link_and_reads_the_kind_not_the_word() {
    let env = TestEnv::new();
    let root = env.data_dir();
    env.take(SAMPLE, None);
    // attempts/ replaced by a link to a folder of the user's own files: nothing
    // in it is digikomp's to delete, though the names look like attempts.
    let elsewhere = env.scratch().join("elsewhere");
    std::fs::create_dir_all(&elsewhere).expect("dir");
    let attempts = root.join("attempts");
    for entry in std::fs::read_dir(&attempts).expect("dir") {
        let path = entry.expect("entry").path();
        std::fs::rename(&path, elsewhere.join(path.file_name().expect("name"))).expect("move");
    }
    std::fs::remove_dir(&attempts).expect("rmdir");
    std::os::unix::fs::symlink(&elsewhere, &attempts).expect("link");
    // A text file that mentions the kind is still the user's: only a JSON
    // object that declares it is ours.
    put(&root.join("notes.txt"), r#"see "kind": "digikomp-profile""#);
    let out = env
        .cmd()
        .args(["delete", "--all", "--yes"])
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert_eq!(
        std::fs::read_dir(&elsewhere).expect("dir").count(),
        1,
        "the linked folder is not entered: {err}"
    );
    assert!(root.join("notes.txt").exists(), "{err}");
    assert!(
        err.contains(&format!("Kvar: {}", attempts.display())),
        "{err}"
    );
}

#[test]
fn one_name_in_two_unicode_forms_is_one_group() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("dir");
    // "före" typed on two systems: é as one code point (NFC, most systems) and
    // as e + a combining diaeresis (NFD, as macOS file names give it). They
    // look the same, so they are the same round.
    let recs: Vec<_> = ["f\u{f6}re", "fo\u{308}re", "f\u{f6}re"]
        .iter()
        .enumerate()
        .map(|(i, label)| record(&format!("r{i}"), &format!("a{i}"), label, "2026-01-10"))
        .collect();
    export_file(&dir, "g.json", &recs);
    let report = json_of(env.cmd().arg("workshop").arg(&dir).args([
        "--format",
        "json",
        "--group-by",
        "label",
    ]));
    let groups = report["groups"].as_array().expect("groups");
    assert_eq!(groups.len(), 1, "{report:#}");
    assert_eq!(groups[0]["respondents"], 3, "{report:#}");
    assert_eq!(groups[0]["round"], "f\u{f6}re");
}

#[test]
#[cfg(unix)]
fn a_data_folder_link_to_nowhere_is_said_in_words() {
    let env = TestEnv::new();
    let link = env.scratch().join("data-link");
    std::os::unix::fs::symlink(env.scratch().join("gone"), &link).expect("link");
    env.cmd()
        .env("DIGIKOMP_DATA_DIR", &link)
        .args(["take", "--answers", SAMPLE])
        .assert()
        .code(1)
        .stderr(predicate::str::contains(
            "är en länk som inte leder till någon mapp",
        ));
}
