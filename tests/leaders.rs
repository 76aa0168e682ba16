//! The library directors' track through the binary: the leaders' set (`--set
//! ledning`) taken with `--answers` and line by line, with "Vet inte" (`x`);
//! the perspective report of three staff and one director of one workplace,
//! its gaps worked out by hand; what a director who did not share is kept out
//! of; the change plan and the reflection guide in Swedish and English.

mod common;

use common::{assert_readable, json_of, stdout_of, TestEnv};
use std::path::{Path, PathBuf};

/// The leaders' set, as shipped.
const LEDNING: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/questions/ledning.toml");

/// A director's answers in the set's order: 101–104, 201–204, 301–304,
/// 401–404, 501–503, then the mirrors 601–605 (areas 1–5 of the staff set).
/// Theme means: 1 (5,4,3; 104 "Vet inte") 4.0; 2 (6,2,3,4) 3.75; 3 (5,6,7,1)
/// 4.75; 4 (2,3,4,5) 3.5; 5 (6; 502 "Vet inte"; 4) 5.0.
const LEADER: &str = "5,4,3,x,6,2,3,4,5,6,7,1,2,3,4,5,6,x,4,6,4,4,3,5";

/// A second director of the same workplace whose mirrors are all 1: never shared.
const QUIET_LEADER: &str = "4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,4,1,1,1,1,1";

/// Answers to the bundled staff set with one value per area (its codes' first
/// digit), in the set's order.
fn staff_answers(env: &TestEnv, per_area: [u8; 5]) -> String {
    let set = json_of(env.cmd().args(["questions", "--json"]));
    set["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .map(|s| {
            let code = s["code"].as_str().expect("code");
            let area = usize::from(code.as_bytes()[0] - b'1');
            per_area[area].to_string()
        })
        .collect::<Vec<_>>()
        .join(",")
}

/// Someone of `workplace` who takes a set once and exports it as JSON to `to`.
fn person(workplace: &str, set: &str, answers: &str, export: &[&str], to: &Path) -> TestEnv {
    let env = TestEnv::bundled();
    env.cmd()
        .args(["profile", "--workplace", workplace])
        .assert()
        .success();
    env.cmd()
        .args(["--set", set, "take", "--answers", answers])
        .assert()
        .success();
    env.cmd()
        .args(["--set", set, "export", "-f", "json", "-o"])
        .arg(to)
        .args(export)
        .assert()
        .success();
    env
}

/// Three staff of Centrum, one director who shares (and, with `quiet`, one who
/// does not), exported into a folder.
fn workplace(facilitator: &TestEnv, quiet: bool) -> PathBuf {
    let dir = facilitator.scratch().join("exports");
    std::fs::create_dir_all(&dir).expect("folder");
    // Staff area means: 1: (3+4+5)/3 = 4.0, 2: 4.0, 3: (2+3+4)/3 = 3.0,
    // 4: 5.0, 5: (4+5+6)/3 = 5.0.
    for (i, per_area) in [[3, 4, 2, 5, 4], [4, 4, 3, 5, 5], [5, 4, 4, 5, 6]]
        .into_iter()
        .enumerate()
    {
        let answers = staff_answers(facilitator, per_area);
        person(
            "Centrum",
            "staff",
            &answers,
            &[],
            &dir.join(format!("s{i}.json")),
        );
    }
    person(
        "Centrum",
        "ledning",
        LEADER,
        &["--share-leader-view"],
        &dir.join("chef.json"),
    );
    if quiet {
        person(
            "Centrum",
            "ledning",
            QUIET_LEADER,
            &[],
            &dir.join("chef2.json"),
        );
    }
    dir
}

#[test]
fn a_director_takes_the_set_with_answers_and_dont_know() {
    let env = TestEnv::bundled();
    env.cmd()
        .args(["--set", "ledning", "take", "--answers", LEADER])
        .assert()
        .success();
    let a = &env.attempts()[0];
    assert_eq!(a["question_set"]["id"], "digikomp-ledning");
    assert_eq!(a["abstained"], serde_json::json!(["104", "502"]));
    assert_eq!(a["answers"]["601"], 6);
    // The result per theme, in the leaders' words.
    let out = stdout_of(env.cmd().args(["--plain", "--set", "leaders", "results"]));
    assert!(
        out.contains("Tema 4, Att leda förändringen: medel 3,5"),
        "{out}"
    );
    assert!(out.contains("besvarades med ”Vet inte”"), "{out}");
    // The staff set's commands show only its own attempts, and say so.
    let out = env.cmd().arg("history").output().expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("1 försök gjordes med den andra frågeuppsättningen")
            && err.contains("--set ledning"),
        "{err}"
    );
    // DIGIKOMP_SET chooses the set too, with a Swedish alias.
    let out = stdout_of(
        env.cmd()
            .env("DIGIKOMP_SET", "chef")
            .args(["history", "--json"]),
    );
    assert!(out.contains("digikomp-ledning"), "{out}");
}

#[test]
fn a_director_takes_the_set_line_by_line() {
    let env = TestEnv::bundled();
    let mut input: Vec<&str> = LEADER.split(',').collect();
    input.insert(0, "x");
    input.remove(1);
    let lines: String = input.iter().map(|v| format!("{v}\n")).collect();
    let out = env
        .cmd()
        .args(["--lang", "en", "--plain", "--set", "ledning", "take"])
        .write_stdin(lines)
        .output()
        .expect("runs");
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.contains("Theme 1, Direction and mission"), "{err}");
    assert!(err.contains("how the library you lead works"), "{err}");
    // A mirror statement is rated with its own end labels.
    assert!(
        err.contains("Very unsure") && err.contains("Don't know"),
        "{err}"
    );
    let a = &env.attempts()[0];
    assert_eq!(a["abstained"], serde_json::json!(["101", "104", "502"]));
    let shown = String::from_utf8_lossy(&out.stdout);
    assert!(
        shown.contains("Theme 4, Leading the change: mean 3.5"),
        "{shown}"
    );
}

#[test]
fn the_set_passes_the_check_and_lists_its_mirrors() {
    let env = TestEnv::bundled();
    let out = stdout_of(env.cmd().args(["questions", "--check", LEDNING]));
    assert!(out.contains("ok: 24 påståenden i 6 områden"), "{out}");
    let set = json_of(env.cmd().args(["--set", "ledning", "questions", "--json"]));
    let mirrors: Vec<(String, u64)> = set["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .filter_map(|s| Some((s["code"].as_str()?.to_string(), s["mirror_area"].as_u64()?)))
        .collect();
    let expected: Vec<(String, u64)> = (1..=5).map(|a| (format!("60{a}"), a)).collect();
    assert_eq!(mirrors, expected);
    // A leaders' option on the staff set is a usage error.
    env.cmd()
        .args(["export", "--share-leader-view"])
        .assert()
        .code(2);
}

/// The exact perspective report of `dir`, as JSON.
fn perspective(facilitator: &TestEnv, dir: &Path, extra: &[&str]) -> serde_json::Value {
    json_of(
        facilitator
            .cmd()
            .arg("workshop")
            .arg(dir)
            .args(["-f", "json"])
            .args(extra),
    )
}

#[test]
fn the_perspective_report_gaps_are_right_by_hand() {
    let facilitator = TestEnv::bundled();
    let dir = workplace(&facilitator, false);
    let p = perspective(&facilitator, &dir, &["--exact"]);
    let group = &p["perspective"][0];
    assert_eq!(group["group"], "Centrum");
    assert_eq!(group["leaders"], 1);
    // By hand, leaders_mean − staff_mean per area (the director's mirrors 6, 4,
    // 4, 3, 5 against the staff means 4.0, 4.0, 3.0, 5.0, 5.0):
    //   1: 6 − 4.0 = +2.0 (named: the leaders believe the staff surer)
    //   2: 4 − 4.0 =  0.0
    //   3: 4 − 3.0 = +1.0 (named: exactly one point)
    //   4: 3 − 5.0 = −2.0 (named: the leaders believe the staff less sure)
    //   5: 5 − 5.0 =  0.0
    // Staff spread (n − 1): area 1: 3, 4, 5 → sd 1.0; area 4: 5, 5, 5 → 0.
    let expected = [
        (1, 6.0, 4.0, 2.0, Some("leaders_higher")),
        (2, 4.0, 4.0, 0.0, None),
        (3, 4.0, 3.0, 1.0, Some("leaders_higher")),
        (4, 3.0, 5.0, -2.0, Some("leaders_lower")),
        (5, 5.0, 5.0, 0.0, None),
    ];
    for (a, (area, leaders, staff, gap, large)) in group["areas"]
        .as_array()
        .expect("areas")
        .iter()
        .zip(expected)
    {
        assert_eq!(a["area"], area);
        assert_eq!(a["leaders_n"], 1);
        assert_eq!(a["staff_n"], 3);
        let close = |v: &serde_json::Value, x: f64| (v.as_f64().expect("number") - x).abs() < 1e-9;
        assert!(close(&a["leaders_mean"], leaders), "{a}");
        assert!(close(&a["staff_mean"], staff), "{a}");
        assert!(close(&a["gap"], gap), "{a}");
        assert_eq!(a["large_gap"].as_str(), large, "{a}");
    }
    assert!((group["areas"][0]["staff_sd"].as_f64().expect("sd") - 1.0).abs() < 1e-9);
    // Focus: the two largest gaps (|2.0|, areas 1 and 4 by number), then the
    // director's lowest theme, 4 (3.5).
    assert_eq!(
        group["focus"],
        serde_json::json!([
            {"kind": "gap", "area": 1, "gap": 2.0},
            {"kind": "gap", "area": 4, "gap": -2.0},
            {"kind": "theme", "theme": 4, "mean": 3.5},
        ])
    );
    // The gaps in words, both ways.
    let out = stdout_of(
        facilitator
            .cmd()
            .arg("workshop")
            .arg(&dir)
            .args(["--exact", "-f", "md"]),
    );
    assert!(
        out.contains("Informations- och datakunskap: ledningen tror att medarbetarna är säkrare än de själva säger (skillnad +2,0)."),
        "{out}"
    );
    assert!(out.contains("Säkerhet: ledningen tror att medarbetarna är mindre säkra än de själva säger (skillnad −2,0)."), "{out}");
    let out = stdout_of(
        facilitator
            .cmd()
            .args(["--lang", "en", "workshop", "--exact", "-f", "md"])
            .arg(&dir),
    );
    assert!(
        out.contains(
            "the leaders believe the staff are surer than the staff themselves say (gap +2.0)"
        ),
        "{out}"
    );
    assert!(
        out.contains("| 4 Safety | 3.0 | 1 | 5.0 | 0.0 | 3 | −2.0 |"),
        "{out}"
    );
}

#[test]
fn a_director_who_did_not_share_is_not_shown() {
    let facilitator = TestEnv::bundled();
    let dir = workplace(&facilitator, true);
    for extra in [&["--exact"][..], &[]] {
        let p = perspective(&facilitator, &dir, extra);
        let group = &p["perspective"][0];
        assert_eq!(group["leaders"], 2);
        assert_eq!(group["leaders_shown"], 1, "{extra:?}");
        // Only the director who shared: their 6, never the other's 1.
        let area1 = &group["areas"][0];
        assert_eq!(area1["leaders_n"], 1);
        assert_eq!(area1["leaders_mean"], 6.0);
    }
    // The protected report follows the group rules for the staff: three
    // people, only the (perturbed) mean, no spread.
    let p = perspective(&facilitator, &dir, &[]);
    assert_eq!(p["protection"], "perturbed");
    let area1 = &p["perspective"][0]["areas"][0];
    assert_eq!(area1["staff_shown"], "mean_only");
    assert!(area1["staff_sd"].is_null());
    // Three staff's noisy means: a gap is shown but never named, nor a focus.
    for a in p["perspective"][0]["areas"].as_array().expect("areas") {
        assert!(a["large_gap"].is_null(), "{a}");
    }
    let focus = p["perspective"][0]["focus"].as_array().expect("focus");
    assert!(focus.iter().all(|f| f["kind"] == "theme"), "{focus:?}");
}

#[test]
fn every_format_and_40_columns() {
    let facilitator = TestEnv::bundled();
    let dir = workplace(&facilitator, false);
    let csv = stdout_of(
        facilitator
            .cmd()
            .arg("workshop")
            .arg(&dir)
            .args(["--exact", "-f", "csv"]),
    );
    assert!(
        csv.contains("Centrum;4;1;3,00;3;5,00;0,00;-2,00;leaders_lower"),
        "{csv}"
    );
    let html_file = facilitator.scratch().join("p.html");
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .arg("-o")
        .arg(&html_file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&html_file).expect("html");
    assert!(
        html.contains("<caption>Centrum: ledningens bild och medarbetarnas per område</caption>"),
        "{html}"
    );
    // A chart beside the table: every bar named, with its figure, in text.
    assert!(html.contains("role=\"img\""), "{html}");
    assert!(html.contains(">Ledningen 6,0</text>"), "{html}");
    let xlsx = facilitator.scratch().join("p.xlsx");
    facilitator
        .cmd()
        .arg("workshop")
        .arg(&dir)
        .arg("-o")
        .arg(&xlsx)
        .assert()
        .success();
    assert!(std::fs::metadata(&xlsx).expect("xlsx").len() > 1000);
    for lang in ["sv", "en"] {
        let out = stdout_of(
            facilitator
                .cmd()
                .env("COLUMNS", "40")
                .args(["--plain", "--lang", lang, "workshop"])
                .arg(&dir),
        );
        assert_readable(&out, 40);
    }
}

#[test]
fn the_guide_in_swedish_and_english() {
    let facilitator = TestEnv::bundled();
    let dir = workplace(&facilitator, false);
    let md = stdout_of(facilitator.cmd().arg("workshop").arg(&dir).arg("--guide"));
    assert!(
        md.starts_with("# Reflektionsguide för ledningsmötet"),
        "{md}"
    );
    // The lowest theme first, with its questions.
    assert!(
        md.contains("### Att leda förändringen (ledningens medel 3,5)"),
        "{md}"
    );
    assert!(md.contains("Vad ska vi sluta göra, eller göra mindre av, för att få tid att lära?"));
    assert!(md.contains("### Förbereda"), "{md}");
    let html_file = facilitator.scratch().join("guide.html");
    facilitator
        .cmd()
        .args(["--lang", "en", "workshop"])
        .arg(&dir)
        .args(["--guide", "-o"])
        .arg(&html_file)
        .assert()
        .success();
    let html = std::fs::read_to_string(&html_file).expect("html");
    assert!(
        html.contains("<h1>Reflection guide for the leaders&#39; meeting</h1>")
            || html.contains("<h1>Reflection guide for the leaders&#x27;"),
        "{html}"
    );
    assert!(html.contains("What should we stop doing, or do less of, to make time for learning?"));
    // The guide needs both sides.
    facilitator
        .cmd()
        .arg("workshop")
        .arg(dir.join("s0.json"))
        .arg("--guide")
        .assert()
        .code(2);
}

#[test]
fn the_change_plan_in_swedish_and_english() {
    // A focus item becomes an action with its details.
    let director = TestEnv::bundled();
    director
        .cmd()
        .args(["--set", "ledning", "take", "--answers", LEADER])
        .assert()
        .success();
    director
        .cmd()
        .args([
            "--set",
            "ledning",
            "plan",
            "add",
            "--area",
            "4",
            "--goal",
            "En förändringsplan",
            "--owner",
            "Biblioteksledningen",
            "--due",
            "2027-03-31",
            "--resources",
            "Två timmar i månaden",
            "--success",
            "Planen är antagen",
            "--follow-up",
            "2027-06-15",
        ])
        .assert()
        .success();
    let sv = stdout_of(
        director
            .cmd()
            .env("COLUMNS", "160")
            .args(["--set", "ledning", "plan"]),
    );
    assert!(sv.contains("tema 4 (Att leda förändringen)"), "{sv}");
    assert!(sv.contains("ansvarig Biblioteksledningen"), "{sv}");
    assert!(sv.contains("uppföljning 2027-06-15"), "{sv}");
    let en = stdout_of(
        director
            .cmd()
            .env("COLUMNS", "160")
            .args(["--lang", "en", "--set", "ledning", "plan"]),
    );
    assert!(en.contains("theme 4 (Leading the change)"), "{en}");
    assert!(en.contains("worked when:"), "{en}");
    // The staff set's plan does not show the leaders' item.
    let items = json_of(director.cmd().args(["plan", "--json"]));
    assert_eq!(items, serde_json::json!([]));
    let items = json_of(director.cmd().args(["--set", "ledning", "plan", "--json"]));
    assert_eq!(items[0]["set"], "digikomp-ledning");
    assert_eq!(items[0]["owner"], "Biblioteksledningen");
}

#[test]
fn analyze_reads_leaders_exports() {
    let facilitator = TestEnv::bundled();
    let dir = facilitator.scratch().join("chefer");
    std::fs::create_dir_all(&dir).expect("folder");
    for i in 0..3 {
        person(
            "Centrum",
            "ledning",
            LEADER,
            &[],
            &dir.join(format!("c{i}.json")),
        );
    }
    let out = stdout_of(
        facilitator
            .cmd()
            .args(["--set", "ledning", "analyze", "--exact"])
            .arg(&dir),
    );
    assert!(out.contains("3 deltagare"), "{out}");
}

#[test]
fn a_leaders_csv_export_is_read_among_the_staffs() {
    let facilitator = TestEnv::bundled();
    let dir = workplace(&facilitator, false);
    std::fs::remove_file(dir.join("chef.json")).expect("remove");
    let director = TestEnv::bundled();
    director
        .cmd()
        .args(["profile", "--workplace", "Centrum"])
        .assert()
        .success();
    director
        .cmd()
        .args(["--set", "ledning", "take", "--answers", LEADER])
        .assert()
        .success();
    director
        .cmd()
        .args(["--set", "ledning", "export", "--share-leader-view", "-o"])
        .arg(dir.join("chef.csv"))
        .assert()
        .success();
    let p = perspective(&facilitator, &dir, &["--exact"]);
    assert_eq!(p["perspective"][0]["areas"][0]["leaders_mean"], 6.0);
}

/// A director at a terminal: the rating screen with the themes' and the
/// mirrors' own labels and "Vet inte" on `x`, then the question at `export`
/// whether the estimates may be shown.
#[cfg(target_os = "linux")]
#[test]
fn a_director_at_a_terminal_takes_the_set_and_shares_at_export() {
    use expectrl::{Eof, Expect, Session};
    let env = TestEnv::bundled();
    let spawn = |args: &[&str]| {
        let mut cmd = env.process();
        cmd.args(args).env("TERM", "xterm").env("NO_COLOR", "1");
        let mut p = Session::spawn(cmd).expect("spawns in a pty");
        p.get_process_mut().set_window_size(100, 30).expect("size");
        p.set_expect_timeout(Some(std::time::Duration::from_secs(15)));
        p
    };
    let wait = |p: &mut expectrl::session::OsSession, text: &str| {
        if let Err(e) = p.expect(text) {
            panic!("waiting for {text:?}: {e}");
        }
    };
    let mut p = spawn(&["--set", "ledning", "take"]);
    wait(&mut p, "Vill du börja?");
    p.send("\r").expect("yes");
    wait(&mut p, "Tema 1 · Riktning och uppdrag");
    wait(&mut p, "x  Vet inte");
    p.send("x").expect("x");
    for i in 2..=24 {
        wait(&mut p, &format!("Påstående {i} av 24"));
        if i == 20 {
            wait(&mut p, "Mycket osäker");
        }
        p.send("4").expect("4");
    }
    wait(&mut p, "Granska");
    p.send("\r").expect("save");
    wait(&mut p, "Sparat:");
    wait(&mut p, "Vill du välja något att arbeta med");
    p.send("\r").expect("no plan");
    p.expect(Eof).expect("ends");
    let a = &env.attempts()[0];
    assert_eq!(a["question_set"]["id"], "digikomp-ledning");
    assert_eq!(a["abstained"], serde_json::json!(["101"]));

    let file = env.scratch().join("chef.json");
    let path = file.display().to_string();
    let mut p = spawn(&["--set", "ledning", "export", "-o", &path]);
    wait(&mut p, "Får dina skattningar visas");
    p.send("j").expect("yes");
    p.expect(Eof).expect("ends");
    let export: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(&file).expect("written")).expect("JSON");
    assert_eq!(export["records"][0]["share_leader_view"], true);
}
