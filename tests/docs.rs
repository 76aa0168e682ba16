//! The man page and the shell completions: one page that names every command
//! and its flags and refers to no page that does not exist, in the chosen
//! language; completions that offer `sv` and `en` for `--lang`.

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
