//! `digikomp learn`: the learning library from the built binary: filters, a
//! filter that matches nothing, every JSON field, suggestions from one's own
//! result and plan, the catalogue check, a local catalogue, the study circle
//! and `learn done` with the plan item it serves; Swedish and English, at 40
//! columns and in plain mode.

mod common;

use common::{assert_readable, json_of, stdout_of, TestEnv};
use predicates::prelude::*;

const FIELDS: [&str; 14] = [
    "id",
    "title",
    "provider",
    "url",
    "language",
    "competences",
    "statements",
    "level",
    "format",
    "minutes",
    "mode",
    "audience",
    "licence",
    "last_verified",
];

#[test]
fn json_lists_every_resource_with_every_field_and_filters_combine() {
    let env = TestEnv::bundled();
    let all = json_of(env.cmd().args(["learn", "--json"]));
    let resources = all["resources"].as_array().expect("resources");
    assert!(resources.len() >= 30, "{}", resources.len());
    for r in resources {
        for field in FIELDS {
            assert!(!r[field].is_null(), "{field} in {r}");
        }
        assert!(r["title"]["sv"].is_string() && r["title"]["en"].is_string());
    }
    // Area 4, at most 10 minutes, to do together: each one passes each filter.
    let some = json_of(env.cmd().args([
        "learn",
        "--area",
        "4",
        "--max-minutes",
        "10",
        "--group",
        "--json",
    ]));
    let some = some["resources"].as_array().expect("resources");
    assert!(!some.is_empty());
    for r in some {
        assert!(r["minutes"].as_u64() <= Some(10), "{r}");
        assert_ne!(r["mode"], "self", "{r}");
        let statements = r["statements"].as_array().expect("statements");
        assert!(
            statements
                .iter()
                .any(|c| c.as_str().is_some_and(|c| c.starts_with('4'))),
            "{r}"
        );
    }
    // Every resource of statement 410 names it.
    let s410 = json_of(env.cmd().args(["learn", "--statement", "410", "--json"]));
    for r in s410["resources"].as_array().expect("resources") {
        assert!(r["statements"]
            .as_array()
            .expect("codes")
            .contains(&"410".into()));
    }
}

#[test]
fn a_filter_that_matches_nothing_says_so_and_exits_zero() {
    let env = TestEnv::bundled();
    env.cmd()
        .args(["learn", "--max-minutes", "1"])
        .assert()
        .success()
        .stdout("")
        .stderr(predicate::str::contains("Inga resurser passar filtret"));
    let none = json_of(env.cmd().args(["learn", "--max-minutes", "1", "--json"]));
    assert_eq!(none["resources"], serde_json::json!([]));
    env.cmd().args(["learn", "--area", "6"]).assert().code(2);
}

/// Answers in the set's order: `value` for `code`, 5 for the rest.
fn by_code(env: &TestEnv, code: &str, value: &str) -> String {
    let set = json_of(env.cmd().args(["questions", "--json"]));
    set["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|s| if s["code"] == code { value } else { "5" })
        .collect::<Vec<_>>()
        .join(",")
}

#[test]
fn for_me_starts_with_the_plan_then_the_lowest_ratings() {
    let env = TestEnv::bundled();
    env.cmd()
        .args(["learn", "--for-me"])
        .assert()
        .success()
        .stderr(predicate::str::contains("digikomp take"));
    // Everything 5, 410 at 1.
    env.take(&by_code(&env, "410", "1"), None);
    let first = json_of(env.cmd().args(["learn", "--for-me", "--json"]));
    let first = &first["resources"][0];
    assert!(
        first["statements"]
            .as_array()
            .expect("codes")
            .contains(&"410".into()),
        "the lowest statement first: {first}"
    );
    // A plan item on 211 comes before the lowest rating.
    env.cmd()
        .args(["plan", "add", "--statement", "211", "--goal", "öva"])
        .assert()
        .success();
    let planned = json_of(env.cmd().args(["learn", "--for-me", "--json"]));
    let planned = &planned["resources"][0];
    assert!(
        planned["statements"]
            .as_array()
            .expect("codes")
            .contains(&"211".into()),
        "{planned}"
    );
}

#[test]
fn done_notes_the_resource_and_names_the_plan_item_it_serves() {
    let env = TestEnv::bundled();
    env.take(&["4"; 24].join(","), None);
    env.cmd()
        .args([
            "plan",
            "add",
            "--statement",
            "410",
            "--goal",
            "lär mig om BankID",
        ])
        .assert()
        .success();
    let id = json_of(env.cmd().args(["plan", "--json"]))[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    env.cmd()
        .args(["learn", "done", "sakerhetskollen-vishing"])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!(
            "Det hör till punkt {id} i din handlingsplan"
        )));
    let plans: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(env.data_dir().join("plans.json")).expect("plans"),
    )
    .expect("json");
    assert_eq!(plans["learned"][0]["resource"], "sakerhetskollen-vishing");
    assert_eq!(plans["learned"][0]["items"][0], id.as_str());
    // Not served by any open item; an unknown id is a usage error.
    env.cmd()
        .args(["learn", "done", "uu-ub-sokteknik"])
        .assert()
        .success()
        .stderr(predicate::str::contains("hör inte till någon öppen punkt"));
    env.cmd()
        .args(["learn", "done", "finns-inte"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "'finns-inte' finns inte i lärbiblioteket",
        ));
}

#[test]
fn the_check_passes_and_a_local_catalogue_is_merged_or_refused_in_words() {
    let env = TestEnv::bundled();
    env.cmd()
        .args(["learn", "--check"])
        .assert()
        .success()
        .stdout(predicate::str::contains("inga fel"));
    let local = env.scratch().join("vara.toml");
    std::fs::write(
        &local,
        r#"id = "vart-bibliotek"
version = "1"

[[resources]]
id = "vart-bankid"
url = "https://example.org/bibliotek/bankid"
provider = "Vårt bibliotek"
language = "sv"
competences = ["4.2"]
statements = ["410"]
level = "basic"
format = "exercise"
minutes = 15
mode = "group"
audience = "staff"
licence = "CC BY 4.0"
last_verified = 2026-11-01
[resources.title]
sv = "Vår övning om BankID-samtal"
en = "Our exercise on BankID calls"
"#,
    )
    .expect("write");
    let merged = json_of(
        env.cmd()
            .args(["learn", "--statement", "410", "--json", "--resources"])
            .arg(&local),
    );
    assert!(merged["resources"]
        .as_array()
        .expect("resources")
        .iter()
        .any(|r| r["id"] == "vart-bankid"));
    std::fs::write(
        &local,
        "id = \"x\"\nversion = \"1\"\n[[resources]]\nid = \"Bad Id\"\n",
    )
    .expect("write");
    env.cmd()
        .args(["learn", "--resources"])
        .arg(&local)
        .assert()
        .code(1)
        .stderr(predicate::str::contains("kan inte använda lärbiblioteket"));
}

#[test]
fn a_study_circle_in_markdown_and_html() {
    let env = TestEnv::bundled();
    let md = stdout_of(env.cmd().args(["learn", "circle", "4"]));
    assert!(md.starts_with("# Studiecirkel: område 4, Säkerhet"), "{md}");
    assert!(md.matches("\n## Träff ").count() >= 3, "{md}");
    assert!(md.contains("**Prova tillsammans:**"));
    let page = env.scratch().join("cirkel.html");
    env.cmd()
        .args(["--lang", "en", "learn", "circle", "1", "-o"])
        .arg(&page)
        .assert()
        .success();
    let html = std::fs::read_to_string(&page).expect("page");
    assert!(html.contains("<html lang=\"en\">"));
    assert!(html.contains("<h1>Study circle: area 1, Information and data literacy</h1>"));
    assert!(html.contains("<a href=\"https://"));
}

#[test]
fn readable_at_40_columns_in_both_languages_and_in_plain_mode() {
    let env = TestEnv::bundled();
    env.take(&["4"; 24].join(","), None);
    for lang in ["sv", "en"] {
        for args in [
            &["learn", "--area", "2"][..],
            &["learn", "--for-me"][..],
            &["learn", "circle", "3"][..],
        ] {
            let out = stdout_of(
                env.cmd()
                    .env("COLUMNS", "40")
                    .args(["--lang", lang])
                    .args(args),
            );
            // Addresses are kept whole on a line of their own.
            let text: String = out
                .lines()
                .filter(|l| !l.trim_start().starts_with("https://") && !l.contains("](http"))
                .collect::<Vec<_>>()
                .join("\n");
            if args[1] != "circle" {
                assert_readable(&text, 40);
            }
        }
    }
    let plain = stdout_of(env.cmd().args(["--plain", "learn", "--area", "1"]));
    assert!(!plain.contains('·'), "{plain}");
    assert!(plain.contains("breddad, artikel, 20 min"), "{plain}");
}

#[test]
fn an_unknown_statement_and_a_format_against_the_file_name_are_said() {
    let env = TestEnv::bundled();
    env.cmd()
        .args(["learn", "--statement", "999"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("'999' är ingen påståendekod"));
    let file = env.scratch().join("c.html");
    env.cmd()
        .args(["learn", "circle", "1", "--format", "md", "-o"])
        .arg(&file)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "--format md passar inte filnamnet",
        ));
    assert!(!file.exists());
    // The guide's addresses are links in Markdown: the library's own, checked.
    let md = stdout_of(env.cmd().args(["learn", "circle", "1"]));
    assert!(md.contains(": <https://"), "{md}");
}
