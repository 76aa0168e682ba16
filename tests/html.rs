//! The HTML reports through the built binary, as a screen reader, a projector and
//! a printer need them: one `<main>` and one `<h1>`, headings in order, captions
//! and scoped header cells, named charts with their numbers in words, everything
//! the other group formats carry, and a small group showing only its n.

mod common;

use common::{html_text, stdout_of, TestEnv};
use std::path::{Path, PathBuf};

/// (label, finished at, rating of every statement, rating of 101): three people
/// before and after, and a pilot of one in between.
fn people() -> Vec<Vec<(&'static str, &'static str, u8, u8)>> {
    let before = "2026-01-10T10:00:00+01:00";
    let after = "2026-03-10T10:00:00+01:00";
    vec![
        vec![("före", before, 3, 1), ("efter", after, 5, 5)],
        vec![("före", before, 3, 2), ("efter", after, 5, 6)],
        vec![("före", before, 4, 6), ("efter", after, 5, 7)],
        vec![("pilot", "2026-02-10T10:00:00+01:00", 6, 6)],
    ]
}

/// Every person's export (all attempts, JSON) in `dir`.
fn exports(dir: &Path) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).expect("dir");
    people()
        .into_iter()
        .enumerate()
        .map(|(i, takes)| {
            let p = TestEnv::new();
            for (k, (label, at, rest, first)) in takes.into_iter().enumerate() {
                let mut values = [rest; 24];
                values[0] = first;
                let id = format!("{i}{k}000000-0000-4000-8000-000000000000");
                p.write_attempt(&id, at, Some(label), "1.0", &values);
            }
            let file = dir.join(format!("p{i}.json"));
            p.cmd()
                .args(["export", "--all", "-o"])
                .arg(&file)
                .assert()
                .success();
            file
        })
        .collect()
}

/// The group report in HTML, grouped by round, in `lang`.
fn group_page(lang: &str) -> String {
    let facilitator = TestEnv::new();
    let dir = facilitator.scratch().join("exports");
    exports(&dir);
    stdout_of(facilitator.cmd().arg("workshop").arg(&dir).args([
        "--group-by",
        "label",
        "--format",
        "html",
        "--exact",
        "--lang",
        lang,
    ]))
}

/// The text between `start` (included) and the next `end` after it.
fn section<'a>(page: &'a str, start: &str, end: &str) -> &'a str {
    let at = page
        .find(start)
        .unwrap_or_else(|| panic!("{start} in the page"));
    let rest = &page[at..];
    let stop = rest[start.len()..]
        .find(end)
        .map_or(rest.len(), |i| i + start.len());
    &rest[..stop]
}

/// The levels of the headings, in order.
fn heading_levels(page: &str) -> Vec<u32> {
    page.match_indices("<h")
        .filter_map(|(i, _)| page[i + 2..].chars().next()?.to_digit(10))
        .collect()
}

/// Every chart is an image with a name and a text alternative of its own.
fn assert_charts_are_named(page: &str) {
    let charts: Vec<&str> = page.split("<svg").skip(1).collect();
    assert!(!charts.is_empty(), "a chart at least");
    for chart in charts {
        let chart = &chart[..chart.find("</svg>").expect("closed")];
        assert!(chart.contains("role=\"img\""), "{chart}");
        let label = chart
            .split("aria-labelledby=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("aria-labelledby");
        assert!(
            chart.contains(&format!("<title id=\"{label}\">")),
            "named by its own title: {label}"
        );
        let described = chart
            .split("aria-describedby=\"")
            .nth(1)
            .and_then(|s| s.split('"').next())
            .expect("aria-describedby");
        let desc = section(chart, &format!("<desc id=\"{described}\">"), "</desc>");
        assert!(desc.chars().any(|c| c.is_ascii_digit()), "numbers: {desc}");
    }
}

/// One main landmark and one h1, headings never skipping a level, a caption on
/// every table.
fn assert_structure(page: &str) {
    assert_eq!(page.matches("<main>").count(), 1);
    assert_eq!(page.matches("</main>").count(), 1);
    let levels = heading_levels(page);
    assert_eq!(levels.first(), Some(&1), "{levels:?}");
    assert_eq!(levels.iter().filter(|&&l| l == 1).count(), 1, "one h1");
    for pair in levels.windows(2) {
        assert!(pair[1] <= pair[0] + 1, "no level skipped: {levels:?}");
    }
    for table in page.split("<table").skip(1) {
        let after = &table[table.find('>').expect("tag") + 1..];
        assert!(after.starts_with("\n<caption>"), "a caption: {table}");
    }
}

#[test]
fn the_group_report_is_structured_and_its_charts_are_named() {
    let page = group_page("sv");
    assert!(page.contains("<html lang=\"sv\">"));
    assert_structure(&page);
    assert_charts_are_named(&page);
    // Every header cell has a scope.
    let cells = page.matches("<th>").count() + page.matches("<th ").count();
    assert!(cells > 0);
    assert_eq!(cells, page.matches("<th scope=").count());
    // The area chart's axis runs over the scale, 1 to 7, and is labelled.
    let chart = section(&page, "<svg", "</svg>");
    assert!(chart.contains("Medel (1 = Mycket osäker, 7 = Mycket säker)"));
    for tick in 1..=7 {
        assert!(chart.contains(&format!("text-anchor=\"middle\">{tick}</text>")));
    }
    // The distribution chart shows short titles (here the 1.0 set's), not bare codes.
    let dist = page.split("<svg").nth(2).expect("a distribution chart");
    assert!(dist.contains(">101 Söka på nätet</text>"), "{dist}");
}

#[test]
fn the_group_report_has_every_figure_of_the_other_formats() {
    let page = group_page("sv");
    let text = html_text(&page);
    for expected in [
        "4 filer, 7 poster, 4 deltagare",
        "Varje persons senaste försök i varje omgång räknas.",
        "EXAKTA SIFFROR, INTE FÖR ATT DELA",
        "Median",
        "Spridning",
        "≥ 6",
        "≤ 3",
        "Antal som svarade 7",
        "Samma personer före och efter: före → efter",
        "95 % KI",
        "Största ökningar per påstående",
        "Att lära sig mer",
        "Handlingsplan (utkast)",
    ] {
        assert!(text.contains(expected), "{expected}");
    }
    assert!(page.contains("<a href=\"https://"), "resources are links");
    for english in [
        "Areas",
        "Spread",
        "Share",
        "Number who",
        "Change",
        "learn",
        "Mean",
    ] {
        assert!(!text.contains(english), "{english} in Swedish");
    }
    // Före, area 1 (101 and three more): 2.5, 2.75, 4.5; mean 3.25, median 2.75.
    let fore = section(&page, "<h2>före (n = 3)</h2>", "<h2>");
    assert!(
        fore.contains("<th scope=\"row\">1 Informations- och datakompetens</th><td class=\"n\">3,3</td><td class=\"n\">2,8</td>"),
        "{fore}"
    );
    // A legend under each table that uses a spread, a share or a change.
    let legends = html_text(fore);
    assert!(legends.contains("Spridning: standardavvikelsen"));
    assert!(legends.contains("≥ 6: andelen som svarade 6 eller högre"));
    let change = section(&page, "<h2>Förändring: före → efter</h2>", "</main>");
    assert!(change.contains("Förändring: medlet i «efter» minus medlet i «före»"));
    assert!(change.contains("n: personer som svarat i båda omgångarna"));
    // 101 rose most: 1, 2, 6 → 5, 6, 7, means 3,0 → 6,0.
    assert!(
        change.contains("<li><span class=\"nw\">+3,0</span> 101 "),
        "{change}"
    );
}

#[test]
fn a_group_below_three_shows_only_its_n() {
    let page = group_page("sv");
    let pilot = section(&page, "<h2>pilot (n = 1)</h2>", "<h2>");
    let numbers: Vec<String> = html_text(pilot)
        .split(|c: char| !c.is_ascii_digit() && c != ',')
        .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
        .map(|w| w.trim_matches(',').to_string())
        .collect();
    // Its n, and the minimum the note names: nothing else.
    assert_eq!(numbers, ["1", "1", "3"], "{pilot}");
    assert!(!pilot.contains("<table") && !pilot.contains("<svg"));
    // Nor is it in the chart of every group's area means.
    let chart = section(&page, "<svg", "</svg>");
    assert!(!chart.contains("pilot"), "{chart}");
}

#[test]
fn english_reports_are_in_english_only() {
    let page = group_page("en");
    assert!(page.contains("<html lang=\"en\">"));
    assert_structure(&page);
    assert_charts_are_named(&page);
    let text = html_text(&page);
    for english in [
        "Areas",
        "SD: the standard deviation",
        "Number who answered 7",
        "To learn more",
    ] {
        assert!(text.contains(english), "{english}");
    }
    for swedish in [
        "Område",
        "Medel",
        "Spridning",
        "Påstående",
        "Antal",
        "deltagare",
        "Förändring",
    ] {
        assert!(!text.contains(swedish), "{swedish} in English");
    }
}

#[test]
fn the_personal_report_with_twenty_attempts_keeps_every_attempt_readable() {
    let env = TestEnv::new();
    for day in 1..=20u8 {
        let id = format!("{day:08}-0000-4000-8000-000000000000");
        let at = format!("2026-01-{day:02}T10:00:00+01:00");
        let label = (day == 1).then_some("före <kurs>");
        env.write_attempt(&id, &at, label, "1.0", &[1 + day % 7; 24]);
    }
    env.cmd()
        .args(["plan", "add", "--area", "4", "--goal", "Gå kursen"])
        .assert()
        .success();
    for lang in ["sv", "en"] {
        let page = stdout_of(env.cmd().args([
            "export",
            "--all",
            "--with-plan",
            "--format",
            "html",
            "--lang",
            lang,
        ]));
        assert!(page.contains(&format!("<html lang=\"{lang}\">")));
        assert_structure(&page);
        assert_charts_are_named(&page);
        // One row per attempt, the newest last: the table grows down, not across.
        let table = section(&page, "<table", "</table>");
        assert_eq!(table.matches("<tr><th scope=\"row\">").count(), 20);
        assert!(table.contains("2026-01-20"));
        assert!(table.contains("före &lt;kurs&gt;"), "labels are escaped");
        // The dates under the chart are turned so that they do not collide, and
        // every value is in the chart's description.
        let chart = section(&page, "<svg", "</svg>");
        assert!(chart.contains("rotate(-45"));
        assert!(chart.contains(">2026-01-20</text>"), "the newest date");
        let desc = section(chart, "<desc", "</desc>");
        assert_eq!(desc.matches("2026-01-").count(), 20 * 5, "{desc}");
    }
}

/// The personal page: an overall mean per attempt (worked by hand), the plan's
/// before and now, a due date kept on one line, two attempts of one day told
/// apart on the chart's axis, and one attempt's markers side by side.
#[test]
fn the_personal_page_has_the_overall_the_plan_before_and_now_and_tells_attempts_apart() {
    let env = TestEnv::new();
    // 1.0: 24 statements. All 4, then 101 at 6 (the rest 4): 98/24 = 4,08 → 4,1.
    env.take(&["4"; 24].join(","), Some("före"));
    env.cmd()
        .args([
            "plan",
            "add",
            "--statement",
            "101",
            "--goal",
            "gå kursen",
            "--due",
            "2099-01-31",
        ])
        .assert()
        .success();
    let mut second = vec!["4"; 24];
    second[0] = "6";
    env.take(&second.join(","), None);
    env.take(&second.join(","), None);
    let page = env.scratch().join("p.html");
    env.cmd()
        .args(["export", "--all", "--with-plan", "-o"])
        .arg(&page)
        .assert()
        .success();
    let page = std::fs::read_to_string(&page).expect("page");
    let text = html_text(&page);
    assert!(text.contains("Totalt"), "{text}");
    assert!(text.contains("4,0") && text.contains("4,1"), "{text}");
    // The plan: before 4 (the first attempt), now 6 (the latest).
    let plan = &page[page.find("2099-01-31").expect("the plan")..];
    assert!(page.contains("<span class=\"nw\">2099-01-31</span>"));
    let cells: Vec<&str> = plan
        .split("<td class=\"n\">")
        .skip(1)
        .take(2)
        .map(|c| c.split('<').next().unwrap_or(""))
        .collect();
    assert_eq!(cells, ["4", "6"], "{plan}");
    // The two unlabelled attempts of today are (1) and (2) on the axis.
    assert!(
        page.contains("<tspan") && page.contains(">(1)</tspan>") && page.contains(">(2)</tspan>")
    );
    assert!(page.contains(">före</tspan>"));

    // One attempt: five markers at five different places along the axis.
    let one = TestEnv::new();
    one.take(&["4"; 24].join(","), None);
    let file = one.scratch().join("one.html");
    one.cmd()
        .args(["export", "-o"])
        .arg(&file)
        .assert()
        .success();
    let svg = std::fs::read_to_string(&file).expect("page");
    let xs: std::collections::BTreeSet<String> = svg
        .split("<polyline")
        .skip(1)
        .filter_map(|p| p.split("points=\"").nth(1))
        .filter_map(|p| p.split(',').next())
        .map(ToString::to_string)
        .collect();
    assert_eq!(xs.len(), 5, "{xs:?}");
}
