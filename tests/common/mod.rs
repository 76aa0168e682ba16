//! Shared helpers for the binary's tests: a private data directory per test.

#![allow(dead_code)] // Each test binary uses its own subset of the helpers.

use assert_cmd::Command;
use std::path::{Path, PathBuf};

/// The answers used across the tests, in the bundled set's order. Area sizes are
/// 4, 7, 4, 4, 5; area means 5.5, 24/7, 5.5, 4.0, 3.0; overall 99/24.
pub const SAMPLE: &str = "5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5";

/// The variables of the developer's shell that change what digikomp does. Every
/// test starts from none of them and sets what it needs.
pub const CLEARED_ENV: [&str; 6] = [
    "DIGIKOMP_LANG",
    "DIGIKOMP_DATA_DIR",
    "DIGIKOMP_QUESTIONS",
    "DIGIKOMP_SPLIT_MIN_BYTES",
    "NO_COLOR",
    "COLUMNS",
];

/// The first version of the bundled set, as shipped in `questions/`. The tests of
/// the tool's mechanics (progression, workshop, plans, prompts) run against it:
/// their figures were worked out by hand for its areas of 4, 7, 4, 4 and 5
/// statements. `tests/instrument.rs` covers the current bundled set.
pub const V1: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/questions/digikomp-1.0.toml");

/// Version 2.0 of the set, for the tests written against its 24 codes.
#[allow(dead_code)] // Not every test binary uses it.
pub const V2: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/questions/digikomp-2.0.toml");

/// The binary, with [`CLEARED_ENV`] removed: the one way every test starts it.
pub fn digikomp() -> std::process::Command {
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_digikomp"));
    for var in CLEARED_ENV {
        cmd.env_remove(var);
    }
    cmd
}

/// Runs `cmd`, which must succeed (its stderr is shown if not), and returns stdout.
pub fn stdout_of(cmd: &mut Command) -> String {
    let out = cmd.output().expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8 on stdout")
}

/// Runs `cmd`, which must succeed, and parses its stdout as JSON.
pub fn json_of(cmd: &mut Command) -> serde_json::Value {
    serde_json::from_str(&stdout_of(cmd)).expect("JSON on stdout")
}

/// A temp data directory and a way to run the binary against it.
pub struct TestEnv {
    dir: tempfile::TempDir,
    /// The question set given in `DIGIKOMP_QUESTIONS`; `None` for the bundled one.
    questions: Option<&'static str>,
}

impl TestEnv {
    /// A fresh data directory, with the 1.0 set (see [`V1`]).
    pub fn new() -> Self {
        TestEnv {
            dir: tempfile::tempdir().expect("a temp dir"),
            questions: Some(V1),
        }
    }

    /// A fresh data directory, with the set in `path`.
    #[allow(dead_code)] // Not every test binary uses it.
    pub fn with_set(path: &'static str) -> Self {
        TestEnv {
            dir: tempfile::tempdir().expect("a temp dir"),
            questions: Some(path),
        }
    }

    /// A fresh data directory, with the bundled (current) set.
    pub fn bundled() -> Self {
        TestEnv {
            dir: tempfile::tempdir().expect("a temp dir"),
            questions: None,
        }
    }

    /// The binary with this data directory and question set, nothing else set.
    pub fn process(&self) -> std::process::Command {
        let mut cmd = digikomp();
        cmd.env("DIGIKOMP_DATA_DIR", self.data_dir());
        if let Some(set) = self.questions {
            cmd.env("DIGIKOMP_QUESTIONS", set);
        }
        cmd
    }

    /// The data directory the binary is pointed at (created on first save).
    pub fn data_dir(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// A scratch folder beside the data directory.
    pub fn scratch(&self) -> &Path {
        self.dir.path()
    }

    /// `digikomp` with the data dir set, plain output at 80 columns, Swedish.
    pub fn cmd(&self) -> Command {
        let mut cmd = Command::from_std(self.process());
        cmd.env("COLUMNS", "80").env("NO_COLOR", "1");
        cmd
    }

    /// The saved attempt files, sorted by name.
    pub fn attempt_files(&self) -> Vec<PathBuf> {
        let mut files: Vec<PathBuf> = std::fs::read_dir(self.data_dir().join("attempts"))
            .map(|rd| rd.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        files.sort();
        files
    }

    /// The saved attempts as JSON values, oldest file name first.
    pub fn attempts(&self) -> Vec<serde_json::Value> {
        self.attempt_files()
            .iter()
            .map(|p| {
                let text = std::fs::read_to_string(p).expect("readable attempt");
                serde_json::from_str(&text).expect("valid JSON attempt")
            })
            .collect()
    }

    /// Saves one attempt through the binary.
    pub fn take(&self, answers: &str, label: Option<&str>) {
        let mut cmd = self.cmd();
        cmd.args(["take", "--answers", answers]);
        if let Some(label) = label {
            cmd.args(["--label", label]);
        }
        cmd.assert().success();
    }
}

/// The codes of the bundled set, in order.
pub const CODES: [&str; 24] = [
    "101", "102", "103", "104", "201", "202", "203", "204", "205", "206", "207", "301", "302",
    "303", "304", "401", "402", "403", "404", "501", "502", "503", "504", "505",
];

impl TestEnv {
    /// Writes an attempt file directly, with a chosen time, so that tests control
    /// the order and the dates. `values` follow [`CODES`]; a 0 leaves the code out.
    pub fn write_attempt(
        &self,
        id: &str,
        finished_at: &str,
        label: Option<&str>,
        version: &str,
        values: &[u8; 24],
    ) -> PathBuf {
        let answers: serde_json::Map<String, serde_json::Value> = CODES
            .iter()
            .zip(values)
            .filter(|(_, &v)| v != 0)
            .map(|(c, &v)| (c.to_string(), v.into()))
            .collect();
        let mut attempt = serde_json::json!({
            "kind": "digikomp-attempt",
            "schema_version": 1,
            "id": id,
            "started_at": finished_at,
            "finished_at": finished_at,
            "question_set": { "id": "digikomp-bibliotek", "version": version },
            "lang": "sv",
            "answers": answers,
        });
        if let Some(label) = label {
            attempt["label"] = label.into();
        }
        let dir = self.data_dir().join("attempts");
        std::fs::create_dir_all(&dir).expect("attempts dir");
        let path = dir.join(format!("{id}.json"));
        std::fs::write(&path, attempt.to_string()).expect("write attempt");
        path
    }
}

/// Asserts that `out` is readable at `width` columns: no line is wider, and no
/// number, date or range was split across lines or cells (a token of digits and
/// separators must be whole: "4,5", "−0,3", "2026-01-10", "1–7", "14:30").
pub fn assert_readable(out: &str, width: usize) {
    for line in out.lines() {
        let columns = line.chars().count();
        // An address is never broken: it may overflow on a line of its own.
        let address = line.trim_start().starts_with("https://") && !line.trim().contains(' ');
        assert!(
            columns <= width || address,
            "{width}: {columns} columns: {line}\n{out}"
        );
        for token in line
            .split(|c: char| c.is_whitespace() || "│┆╭╮╰╯─┬┴╞╪═╡├┤┼(".contains(c))
            .map(|t| t.trim_end_matches(['.', ':', ';', ')', '%']))
        {
            let numeric = token.starts_with(|c: char| c.is_ascii_digit() || "+−,".contains(c))
                && token.chars().any(|c| c.is_ascii_digit())
                && token
                    .chars()
                    .all(|c| c.is_ascii_digit() || ",-–:+−".contains(c));
            if numeric {
                assert!(
                    whole(token),
                    "{width}: a split figure {token:?} in: {line}\n{out}"
                );
            }
        }
    }
}

/// Whether a token of digits and separators is a whole figure.
fn whole(token: &str) -> bool {
    let t = token.trim_start_matches(['+', '−']);
    let digits = |s: &str| !s.is_empty() && s.chars().all(|c| c.is_ascii_digit());
    let parts: Vec<&str> = t.split(['-', '–', ':']).collect();
    match parts.as_slice() {
        // 4,5 / 12 / "1, 2 … 7" in a sentence
        [n] => match n.split_once(',') {
            None => digits(n),
            Some((a, "")) => digits(a),
            Some((a, b)) => digits(a) && (digits(b) || b.strip_suffix(',').is_some_and(digits)),
        },
        // 1–7, 14:30
        [a, b] => digits(a) && digits(b) && (b.len() == 2 || a.len() == 1),
        // 2026-01-10
        [y, m, d] => {
            y.len() == 4 && m.len() == 2 && d.len() == 2 && digits(y) && digits(m) && digits(d)
        }
        _ => false,
    }
}

/// The text of an HTML page a reader sees: no style block, no tags, white space
/// as single spaces.
pub fn html_text(page: &str) -> String {
    let without_style = match (page.find("<style"), page.find("</style>")) {
        (Some(a), Some(b)) if a < b => format!("{}{}", &page[..a], &page[b..]),
        _ => page.to_string(),
    };
    let mut out = String::new();
    let mut in_tag = false;
    for c in without_style.chars() {
        match c {
            '<' => in_tag = true,
            '>' => {
                in_tag = false;
                out.push(' ');
            }
            c if !in_tag => out.push(c),
            _ => {}
        }
    }
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}
