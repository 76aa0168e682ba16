//! The action plan through the binary: adding, the before/after figures after a
//! new attempt, closing, the follow-up in `take` and `progress`, the review after
//! `take` in plain mode, and plans travelling with `export --with-plan` only.

mod common;

use common::{json_of, TestEnv};
use predicates::prelude::*;

/// 24 answers: all `rest`, with statement 203 (the 7th) set to `s203`.
fn answers(rest: u8, s203: u8) -> String {
    let mut v = vec![rest.to_string(); 24];
    v[6] = s203.to_string();
    v.join(",")
}

fn plan_json(env: &TestEnv, all: bool) -> serde_json::Value {
    let mut cmd = env.cmd();
    cmd.args(["plan", "--json"]);
    if all {
        cmd.arg("--all");
    }
    json_of(&mut cmd)
}

#[test]
fn before_and_after_figures_by_hand() {
    let env = TestEnv::new();
    env.cmd()
        .args(["plan", "add", "--statement", "203", "--goal", "x"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("Gör testet med `digikomp take`"));
    env.take(&answers(3, 2), Some("före"));
    env.cmd()
        .args([
            "plan",
            "add",
            "--statement",
            "203",
            "--goal",
            "gå Digitekets kurs om e-legitimation",
            "--due",
            "2099-03-01",
        ])
        .assert()
        .success()
        .stderr(predicate::str::contains("La till"));
    env.cmd()
        .args(["plan", "add", "--area", "2", "--goal", "öva på videomöten"])
        .assert()
        .success();
    let p = plan_json(&env, false);
    assert_eq!(p[0]["before"], 2.0);
    assert_eq!(p[0]["after"], serde_json::Value::Null);
    assert_eq!(p[0]["due"], "2099-03-01");
    // Area 2 is 201–207: six 3s and 203 at 2 → 20/7.
    assert!((p[1]["before"].as_f64().expect("f64") - 20.0 / 7.0).abs() < 1e-12);

    let out = env
        .cmd()
        .args(["take", "--answers", &answers(4, 6)])
        .output()
        .expect("runs");
    let result = String::from_utf8_lossy(&out.stdout);
    assert!(
        result.contains("Uppföljning av din handlingsplan"),
        "{result}"
    );
    // The line wraps between words at the width.
    let words = result.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains(
            "påstående 203 (E-legitimation och e-tjänster): gå Digitekets kurs om e-legitimation (före 2, nu 6: ▲ ökade med 4)"
        ),
        "{result}"
    );
    let p = plan_json(&env, false);
    assert_eq!(
        (
            p[0]["after"].as_f64(),
            p[0]["change"].as_f64(),
            p[0]["rose"].as_bool()
        ),
        (Some(6.0), Some(4.0), Some(true))
    );
    // Area 2 after: six 4s and a 6 → 30/7; change (30 − 20)/7 = 10/7.
    assert!((p[1]["after"].as_f64().expect("f64") - 30.0 / 7.0).abs() < 1e-12);
    assert!((p[1]["change"].as_f64().expect("f64") - 10.0 / 7.0).abs() < 1e-12);
    // Wide enough for the follow-up line to stay on one line.
    env.cmd()
        .env("COLUMNS", "160")
        .arg("progress")
        .assert()
        .success()
        .stdout(predicate::str::contains("område 2 (Kommunikation och samarbete): öva på videomöten (före 2,9, nu 4,3: ▲ ökade med 1,4)"));
    env.cmd()
        .env("COLUMNS", "160")
        .arg("plan")
        .assert()
        .success()
        .stdout(predicate::str::contains("┆    2 ┆   6 ┆ ▲ +4 "));
}

#[test]
fn at_most_three_open_and_closed_ones_stay_in_the_history() {
    let env = TestEnv::new();
    env.take(&answers(3, 3), None);
    for code in ["101", "102", "103"] {
        env.cmd()
            .args(["plan", "add", "--statement", code, "--goal", "öva"])
            .assert()
            .success();
    }
    env.cmd()
        .args(["plan", "add", "--statement", "104", "--goal", "öva"])
        .assert()
        .code(1)
        .stderr(predicate::str::contains("redan 3 öppna punkter"));
    env.cmd()
        .args(["plan", "add", "--statement", "999", "--goal", "x"])
        .assert()
        .code(2);
    env.cmd()
        .args(["plan", "add", "--area", "4"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("--goal"));
    let id = plan_json(&env, false)[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    env.cmd()
        .args(["plan", "close", &id[..4]])
        .assert()
        .success();
    env.cmd().args(["plan", "close", "nope"]).assert().code(1);
    assert_eq!(plan_json(&env, false).as_array().map(Vec::len), Some(2));
    let all = plan_json(&env, true);
    assert_eq!(all.as_array().map(Vec::len), Some(3));
    assert_eq!(all[0]["status"], "closed");
    assert!(all[0]["closed_at"].is_string());
    env.cmd()
        .args(["plan", "add", "--statement", "104", "--goal", "öva"])
        .assert()
        .success();
}

#[test]
fn the_review_after_take_closes_and_adds_in_plain_mode() {
    let env = TestEnv::new();
    env.take(&answers(3, 1), None);
    env.cmd()
        .args(["plan", "add", "--statement", "101", "--goal", "söka bättre"])
        .assert()
        .success();
    // 24 answers, save, then: close the item (2), yes to adding, pick the first
    // candidate (the lowest: 203 at 1), a goal, a bad date and a good one, then no.
    let mut input: Vec<String> = answers(4, 1).split(',').map(String::from).collect();
    input.extend(
        [
            "s",
            "2",
            "j",
            "1",
            "boka tid med digitala ambassadören",
            "snart",
            "2027-01-15",
            "n",
        ]
        .map(String::from),
    );
    let out = env
        .cmd()
        .arg("take")
        .write_stdin(input.join("\n") + "\n")
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("Vad vill du göra med påstående 101 (Söka på nätet)?"),
        "{err}"
    );
    assert!(err.contains("'snart' är inget datum"), "{err}");
    let all = plan_json(&env, true);
    assert_eq!(all[0]["status"], "closed");
    assert_eq!(
        all[1]["target"],
        serde_json::json!({"kind": "statement", "code": "203"})
    );
    assert_eq!(all[1]["goal"], "boka tid med digitala ambassadören");
    assert_eq!(all[1]["due"], "2027-01-15");
    assert_eq!(all[1]["before"], 1.0);
}

#[test]
fn plans_travel_with_export_only_when_asked() {
    let env = TestEnv::new();
    env.take(&answers(3, 2), None);
    env.cmd()
        .args(["plan", "add", "--area", "4", "--goal", "<b>säkerhet</b>"])
        .assert()
        .success();
    let json = |args: &[&str]| json_of(env.cmd().args(["export", "--format", "json"]).args(args));
    assert!(json(&[]).get("plans").is_none(), "not by default");
    let with = json(&["--with-plan"]);
    assert_eq!(with["plans"][0]["goal"], "<b>säkerhet</b>");
    env.cmd()
        .args(["export", "--with-plan", "--format", "html"])
        .assert()
        .success()
        .stdout(predicate::str::contains("&lt;b&gt;säkerhet&lt;/b&gt;"))
        .stdout(predicate::str::contains("Din handlingsplan"));
    env.cmd()
        .args(["export", "--with-plan", "--format", "csv"])
        .assert()
        .code(2);
    env.cmd()
        .args(["export", "--with-plan", "--anonymous", "--format", "json"])
        .assert()
        .code(2);
}

#[test]
fn the_workshop_html_has_the_team_plan_draft() {
    let facilitator = TestEnv::new();
    let files: Vec<_> = (0..3)
        .map(|i| {
            let p = TestEnv::new();
            p.take(&answers(4, i + 1), None);
            let f = facilitator.scratch().join(format!("p{i}.json"));
            p.cmd().arg("export").arg("-o").arg(&f).assert().success();
            f
        })
        .collect();
    let out = facilitator
        .cmd()
        .arg("workshop")
        .args(&files)
        .args(["--format", "html"])
        .output()
        .expect("runs");
    let page = String::from_utf8(out.stdout).expect("UTF-8");
    assert!(page.contains("<h3>Handlingsplan (utkast)</h3>"), "{page}");
    assert!(
        page.contains("<tr><td>203</td><td>Jag kan hjälpa en besökare att använda e-legitimation"),
        "{page}"
    );
    assert!(page.contains("<th scope=\"col\">Ansvarig</th><th scope=\"col\">Datum</th>"));
}

/// A date that has passed is refused when an item is made, and an open item
/// whose date passed later says so in words; `plan close` answers with the
/// whole id whatever prefix was typed.
#[test]
fn past_dates_are_refused_then_marked_and_close_names_the_whole_id() {
    let env = TestEnv::new();
    env.take(&answers(3, 2), None);
    env.cmd()
        .args([
            "plan",
            "add",
            "--statement",
            "203",
            "--goal",
            "x",
            "--due",
            "2020-01-01",
        ])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("2020-01-01 har redan varit"));
    env.cmd()
        .args([
            "plan",
            "add",
            "--statement",
            "203",
            "--goal",
            "x",
            "--due",
            "2099-01-01",
        ])
        .assert()
        .success();
    // Time passes: the item's date is now behind us.
    let path = env.data_dir().join("plans.json");
    let text = std::fs::read_to_string(&path).expect("plans");
    std::fs::write(&path, text.replace("2099-01-01", "2021-06-01")).expect("write");
    env.cmd()
        .arg("plan")
        .assert()
        .success()
        // The cell is kept whole (a no-break space inside).
        .stdout(predicate::str::is_match(r"2021-06-01\s\(passerat\)").expect("regex"));
    let id = plan_json(&env, false)[0]["id"]
        .as_str()
        .expect("id")
        .to_string();
    env.cmd()
        .args(["plan", "close", &id[..3]])
        .assert()
        .success()
        .stderr(predicate::str::contains(format!("Stängde {id};")));
}
