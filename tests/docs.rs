//! The man page and the shell completions: one page that names every command
//! and its flags and refers to no page that does not exist, in the chosen
//! language; completions that offer `sv` and `en` for `--lang`. The Markdown
//! documentation (README.md and docs/): every relative link resolves.

mod common;

use common::digikomp;
use std::io::Write as _;
use std::process::Stdio;

/// The stdout of a successful run of digikomp with `args`.
fn stdout(args: &[&str]) -> String {
    let out = digikomp().args(args).output().expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).expect("UTF-8")
}

/// Every command path below `digikomp` with one of its own flags.
const COMMANDS: [(&str, &str); 17] = [
    ("take", "\\-\\-answers\\-file"),
    ("results", "<ID>"),
    ("history", "\\-\\-json"),
    ("progress", "\\-\\-by\\-statement"),
    ("delete", "\\-\\-all"),
    ("profile", "\\-\\-workplace"),
    ("plan", "\\-\\-all"),
    ("plan add", "\\-\\-statement"),
    ("plan close", "<ID>"),
    ("export", "\\-\\-with\\-plan"),
    ("workshop", "\\-\\-min\\-group"),
    ("analyze", "\\-\\-strict"),
    ("questions", "\\-\\-check"),
    ("paths", "\\-\\-json"),
    ("i18n", "\\-\\-check"),
    ("completions", "<SHELL>"),
    ("man", ""),
];

/// The text of the subsection of `command` in a rendered page.
fn subsection<'a>(page: &'a str, command: &str) -> &'a str {
    let head = format!(".SS \"digikomp {command}\"\n");
    let start = page
        .find(&head)
        .unwrap_or_else(|| panic!("no subsection for {command}"));
    let body = &page[start + head.len()..];
    let end = [body.find(".SS "), body.find(".SH ")]
        .into_iter()
        .flatten()
        .min()
        .unwrap_or(body.len());
    &body[..end]
}

#[test]
fn the_man_page_has_every_command_and_no_missing_page() {
    for lang in ["sv", "en"] {
        let page = stdout(&["man", "--lang", lang]);
        assert!(!page.contains("(1)"), "{lang}: a reference to another page");
        assert!(!page.contains("digikomp\\-take"), "{lang}");
        for (command, flag) in COMMANDS {
            let body = subsection(&page, command);
            // Swedish placeholders differ: `<ID>` is `<ID>`, `<SHELL>` is `<SKAL>`.
            let flag = if lang == "sv" {
                flag.replace("SHELL", "SKAL")
            } else {
                flag.to_string()
            };
            assert!(
                body.contains(&format!(".TP\n{flag}")) || body.contains(&flag),
                "{lang}: {command} lists {flag}:\n{body}"
            );
        }
        // A subcommand's section lists its own flags, not the global ones again.
        assert!(!subsection(&page, "take").contains("\\-\\-data\\-dir"));
    }
    let sv = stdout(&["man"]);
    assert_eq!(sv, stdout(&["man", "--lang", "sv"]), "Swedish by default");
    for heading in [".SH \"NAMN\"", ".SH \"KOMMANDON\"", ".SH \"MILJ\\[u00D6]\""] {
        assert!(sv.contains(heading), "{heading}");
    }
    assert!(!sv.contains("OPTIONS") && !sv.contains("Print help"));
    let en = stdout(&["man", "--lang", "en"]);
    assert!(en.contains(".SH \"EXIT STATUS\"\n.TP\n\\fB0\\fR\nsuccess\n"));
    assert!(en.contains("[default: auto] [possible values: auto, always, never]"));
}

/// The page renders without a warning where groff is installed; `man -l` shows
/// the exit codes one per item, not run together into one paragraph.
#[test]
fn groff_renders_the_man_page_without_warnings() {
    if std::process::Command::new("groff")
        .arg("--version")
        .output()
        .is_err()
    {
        eprintln!("groff is not installed: skipped");
        return;
    }
    for lang in ["sv", "en"] {
        let page = stdout(&["man", "--lang", lang]);
        let mut groff = std::process::Command::new("groff")
            // -P-cbou: plain text, no overstriking for bold and underline.
            .args(["-man", "-Tutf8", "-ww", "-P-cbou"])
            .env("LC_ALL", "C.UTF-8")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("groff starts");
        groff
            .stdin
            .take()
            .expect("stdin")
            .write_all(page.as_bytes())
            .expect("page written");
        let out = groff.wait_with_output().expect("groff ends");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(out.status.success() && err.is_empty(), "{lang}: {err}");
        let plain = String::from_utf8_lossy(&out.stdout);
        let lines: Vec<&str> = plain.lines().map(str::trim).collect();
        for code in ["0", "1", "2", "130"] {
            assert!(
                lines.iter().any(|l| l.starts_with(&format!("{code} "))),
                "{lang}: exit code {code} starts its own line:\n{plain}"
            );
        }
        if lang == "sv" {
            assert!(plain.contains("SLUTSTATUS") && plain.contains("MILJÖ"));
        }
    }
}

#[test]
fn completions_offer_the_two_languages_for_lang() {
    let bash = stdout(&["completions", "bash"]);
    let at = bash.find("--lang)").expect("a case for --lang");
    let case = &bash[at..at + 120];
    assert!(case.contains("compgen -W \"sv en\""), "{case}");
    assert!(!case.contains("compgen -f"), "{case}");

    let zsh = stdout(&["completions", "zsh"]);
    let line = zsh
        .lines()
        .find(|l| l.starts_with("'--lang="))
        .expect("--lang in zsh");
    assert!(line.ends_with(":(sv en)' \\"), "{line}");

    let fish = stdout(&["completions", "fish"]);
    let line = fish
        .lines()
        .find(|l| l.contains("-l lang"))
        .expect("--lang in fish");
    assert!(line.contains("-r -f -a \"sv"), "{line}");
    assert!(fish.contains(r#"en\t''""#), "fish offers en");

    // The descriptions follow the language; the values are the same.
    assert!(zsh.contains("Språk för allt som skrivs ut"));
    let en = stdout(&["completions", "zsh", "--lang", "en"]);
    assert!(en.contains("Language of everything printed"));
}

/// The Markdown files the project ships: the README and every page of `docs/`.
fn markdown_files() -> Vec<std::path::PathBuf> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = vec![root.join("README.md")];
    let mut pages: Vec<_> = std::fs::read_dir(root.join("docs"))
        .expect("docs/")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "md"))
        .collect();
    pages.sort();
    files.extend(pages);
    files
}

/// The lines of a Markdown text, with the lines of fenced code blocks blanked
/// (their `#` lines are comments, not headings; their brackets are not links).
fn outside_code(text: &str) -> Vec<&str> {
    let mut fence: Option<&str> = None;
    text.lines()
        .map(|line| {
            let s = line.trim_start();
            if let Some(f) = fence {
                if s.starts_with(f) {
                    fence = None;
                }
                return "";
            }
            if s.starts_with("```") {
                fence = Some("```");
                return "";
            }
            if s.starts_with("~~~") {
                fence = Some("~~~");
                return "";
            }
            line
        })
        .collect()
}

/// A heading's anchor by GitHub's rules: the text without its backticks and
/// asterisks, in lower case, spaces made `-`, and every character but letters,
/// digits, `-` and `_` dropped.
fn slug(heading: &str) -> String {
    heading
        .chars()
        .filter(|c| !matches!(c, '`' | '*'))
        .flat_map(char::to_lowercase)
        .filter_map(|c| match c {
            ' ' => Some('-'),
            c if c.is_alphanumeric() || c == '-' || c == '_' => Some(c),
            _ => None,
        })
        .collect()
}

/// The anchors of a Markdown file's headings; a repeated heading gets `-1`, `-2`…
fn anchors(text: &str) -> std::collections::BTreeSet<String> {
    let mut seen = std::collections::BTreeMap::<String, usize>::new();
    let mut out = std::collections::BTreeSet::new();
    for line in outside_code(text) {
        let hashes = line.chars().take_while(|&c| c == '#').count();
        if !(1..=6).contains(&hashes) || !line[hashes..].starts_with(' ') {
            continue;
        }
        let s = slug(line[hashes..].trim().trim_end_matches('#').trim());
        let n = seen.entry(s.clone()).or_insert(0);
        out.insert(if *n == 0 {
            s.clone()
        } else {
            format!("{s}-{n}")
        });
        *n += 1;
    }
    out
}

/// The targets of the inline links `[text](target)` on a line, outside code spans.
fn link_targets(line: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut in_code = false;
    let bytes = line.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'`' => in_code = !in_code,
            b']' if !in_code && bytes.get(i + 1) == Some(&b'(') => {
                let rest = &line[i + 2..];
                if let Some(end) = rest.find(')') {
                    let target = rest[..end].split_whitespace().next().unwrap_or("");
                    out.push(target);
                    i += end + 2;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

#[test]
fn every_link_in_the_docs_resolves() {
    let mut broken = Vec::new();
    let mut checked = 0;
    for file in markdown_files() {
        let text = std::fs::read_to_string(&file).expect("readable");
        for (n, line) in outside_code(&text).into_iter().enumerate() {
            for target in link_targets(line) {
                // Web addresses and mailto: are not checked here.
                if target.contains(':') {
                    continue;
                }
                checked += 1;
                let (path, anchor) = target.split_once('#').unwrap_or((target, ""));
                let dest = if path.is_empty() {
                    file.clone()
                } else {
                    file.parent().expect("a folder").join(path)
                };
                let place = format!("{}:{}: {target}", file.display(), n + 1);
                if !dest.is_file() {
                    broken.push(format!("{place}: no such file"));
                } else if !anchor.is_empty()
                    && dest.extension().is_some_and(|e| e == "md")
                    && !anchors(&std::fs::read_to_string(&dest).expect("readable")).contains(anchor)
                {
                    broken.push(format!("{place}: no such heading"));
                }
            }
        }
    }
    assert!(checked > 0, "no links found");
    assert!(broken.is_empty(), "broken links:\n{}", broken.join("\n"));
}

#[test]
fn the_anchor_rules_are_githubs() {
    assert_eq!(
        slug("Piloting a set: `digikomp analyze FILE|DIR…`"),
        "piloting-a-set-digikomp-analyze-filedir"
    );
    assert_eq!(
        slug("The instrument's versions"),
        "the-instruments-versions"
    );
    assert_eq!(slug("`digikomp --help`"), "digikomp---help");
    assert_eq!(slug("Attempt (`attempts/*.json`)"), "attempt-attemptsjson");
    let text = "# A\n```sh\n# not a heading\n```\n## A\n";
    let a = anchors(text);
    assert!(a.contains("a") && a.contains("a-1") && !a.contains("not-a-heading"));
    assert_eq!(
        link_targets("see [x](a.md#b) and `[y](c.md)` then [z](#d)"),
        ["a.md#b", "#d"]
    );
}
