//! The Excel workbooks read back as a spreadsheet user meets them: values stored
//! whole with a number format, dates as dates, the distribution chart with a bar
//! per statement in the ordered palette, column widths, a frozen and filtered
//! header, names in the chosen language, and no formula anywhere. Values are read
//! with calamine; what calamine does not expose (formats, charts, widths) is read
//! from the workbook's XML parts.

mod common;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::TestEnv;
use std::io::Read as _;
use std::path::{Path, PathBuf};

/// One part of a workbook (a file inside its zip), as text.
fn part(book: &Path, name: &str) -> String {
    let file = std::fs::File::open(book).expect("the workbook");
    let mut zip = zip::ZipArchive::new(file).expect("a zip");
    let mut text = String::new();
    zip.by_name(name)
        .unwrap_or_else(|_| panic!("{name} in the workbook"))
        .read_to_string(&mut text)
        .expect("UTF-8 XML");
    text
}

/// The names of a workbook's parts.
fn parts(book: &Path) -> Vec<String> {
    let file = std::fs::File::open(book).expect("the workbook");
    let zip = zip::ZipArchive::new(file).expect("a zip");
    zip.file_names().map(ToString::to_string).collect()
}

/// The value of `attr="…"` in `tag` (the text of one XML start tag).
fn attr<'a>(tag: &'a str, attr: &str) -> Option<&'a str> {
    let key = format!(" {attr}=\"");
    let start = tag.find(&key)? + key.len();
    Some(&tag[start..start + tag[start..].find('"')?])
}

/// Every start tag `<name …>` in `xml`, as text.
fn tags<'a>(xml: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    xml.match_indices(&open)
        .map(|(i, _)| &xml[i..i + xml[i..].find('>').expect("a closed tag")])
        .collect()
}

/// The XML of the sheet called `name`: sheets are stored in order as
/// `xl/worksheets/sheetN.xml`.
fn sheet_xml(book: &Path, name: &str) -> String {
    let workbook = part(book, "xl/workbook.xml");
    let index = tags(&workbook, "sheet")
        .iter()
        .position(|t| attr(t, "name") == Some(name))
        .unwrap_or_else(|| panic!("a sheet called {name}"));
    part(book, &format!("xl/worksheets/sheet{}.xml", index + 1))
}

/// The number format of cell `cell` (e.g. "E2") of sheet `name`: its style's
/// format code, "General" for none.
fn number_format(book: &Path, name: &str, cell: &str) -> String {
    let sheet = sheet_xml(book, name);
    let tag = tags(&sheet, "c")
        .into_iter()
        .find(|t| attr(t, "r") == Some(cell))
        .unwrap_or_else(|| panic!("cell {cell} in {name}"));
    let style: usize = attr(tag, "s").map_or(0, |s| s.parse().expect("a style index"));
    let styles = part(book, "xl/styles.xml");
    let xfs = &styles[styles.find("<cellXfs").expect("cell formats")..];
    let xf = tags(xfs, "xf")[style];
    let id = attr(xf, "numFmtId").expect("a format id");
    if id == "0" {
        return "General".to_string();
    }
    tags(&styles, "numFmt")
        .into_iter()
        .find(|t| attr(t, "numFmtId") == Some(id))
        .and_then(|t| attr(t, "formatCode"))
        .unwrap_or_else(|| panic!("format {id} is defined"))
        .to_string()
}

/// The widths set for the columns of a sheet, by 1-based column number.
fn column_widths(sheet: &str) -> Vec<(u32, f64)> {
    tags(sheet, "col")
        .into_iter()
        .flat_map(|t| {
            let min: u32 = attr(t, "min").expect("min").parse().expect("a number");
            let max: u32 = attr(t, "max").expect("max").parse().expect("a number");
            let width: f64 = attr(t, "width").expect("width").parse().expect("a width");
            (min..=max).map(move |c| (c, width))
        })
        .collect()
}

/// Three people of one workplace: two rate everything 4; the third rates 101 a 5
/// and the rest 4. Area 1 (four statements) then has the person means 4, 4 and
/// 4.25, whose mean is 49/12 = 4.0833…; statement 101 has the mean 13/3 and the
/// spread √(1/3).
fn group_files(dir: &Path) -> Vec<PathBuf> {
    (0..3)
        .map(|i| {
            let person = TestEnv::new();
            let mut values = vec!["4"; 24];
            if i == 2 {
                values[0] = "5";
            }
            person.take(&values.join(","), Some("före"));
            let file = dir.join(format!("p{i}.json"));
            person
                .cmd()
                .args(["export", "-o"])
                .arg(&file)
                .assert()
                .success();
            file
        })
        .collect()
}

/// The group workbook of [`group_files`], in `lang`.
fn group_book(env: &TestEnv, lang: &str) -> PathBuf {
    let files = group_files(env.scratch());
    let book = env.scratch().join(format!("g-{lang}.xlsx"));
    env.cmd()
        .args(["--lang", lang, "workshop", "--exact"])
        .args(&files)
        .arg("-o")
        .arg(&book)
        .assert()
        .success();
    book
}

#[test]
fn group_figures_are_whole_numbers_with_a_number_format() {
    let env = TestEnv::new();
    let book = group_book(&env, "sv");
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    assert_eq!(
        wb.sheet_names(),
        ["Om rapporten", "Områden", "Påståenden", "Fördelning"],
        "no paired sheet without two rounds"
    );
    let areas = wb.worksheet_range("Områden").expect("areas");
    let header: Vec<String> = areas
        .rows()
        .next()
        .expect("a header")
        .iter()
        .map(ToString::to_string)
        .collect();
    assert_eq!(
        header,
        [
            "Grupp",
            "Deltagare",
            "Område",
            "Namn",
            "Medelvärde",
            "Median",
            "Standardavvikelse",
            "Andel 6 eller högre",
            "Andel 3 eller lägre",
        ]
    );
    assert_eq!(areas.get_value((1, 0)), Some(&Data::String("före".into())));
    assert_eq!(
        areas.get_value((1, 1)),
        Some(&Data::Float(3.0)),
        "respondents"
    );
    let Some(Data::Float(mean)) = areas.get_value((1, 4)) else {
        panic!(
            "the mean of area 1 is a number: {:?}",
            areas.get_value((1, 4))
        );
    };
    assert!((mean - 49.0 / 12.0).abs() < 1e-12, "whole, not 4.1: {mean}");
    assert_eq!(number_format(&book, "Områden", "E2"), "0.0", "mean");
    assert_eq!(number_format(&book, "Områden", "F2"), "0.0", "median");
    assert_eq!(number_format(&book, "Områden", "G2"), "0.00", "sd");
    assert_eq!(number_format(&book, "Områden", "H2"), "0%", "share high");
    assert_eq!(number_format(&book, "Områden", "B2"), "0", "respondents");

    let statements = wb.worksheet_range("Påståenden").expect("statements");
    assert_eq!(
        statements.get_value((1, 1)),
        Some(&Data::String("101".into()))
    );
    assert_eq!(
        statements.get_value((1, 2)),
        Some(&Data::String("Söka på nätet".into())),
        "the statement's short title"
    );
    let Some(Data::Float(mean)) = statements.get_value((1, 4)) else {
        panic!("the mean of 101 is a number");
    };
    assert!((mean - 13.0 / 3.0).abs() < 1e-12, "{mean}");
    let Some(Data::Float(sd)) = statements.get_value((1, 6)) else {
        panic!("the sd of 101 is a number");
    };
    assert!((sd - (1.0f64 / 3.0).sqrt()).abs() < 1e-12, "{sd}");
    assert_eq!(number_format(&book, "Påståenden", "G2"), "0.00");
    // How many gave 4 and 5 to 101: two and one.
    assert_eq!(statements.get_value((1, 12)), Some(&Data::Float(2.0)));
    assert_eq!(statements.get_value((1, 13)), Some(&Data::Float(1.0)));
    assert_eq!(number_format(&book, "Påståenden", "M2"), "0");
}

#[test]
fn every_table_has_widths_a_bold_frozen_header_and_a_filter() {
    let env = TestEnv::new();
    let book = group_book(&env, "sv");
    for (name, columns, rows) in [("Områden", 9, 6), ("Påståenden", 16, 25)] {
        let sheet = sheet_xml(&book, name);
        let widths = column_widths(&sheet);
        for c in 1..=columns {
            assert!(
                widths.iter().any(|(k, _)| *k == c),
                "{name}: column {c} has a width"
            );
        }
        assert!(
            sheet.contains(r#"<pane ySplit="1" topLeftCell="A2""#),
            "{name}: frozen header"
        );
        let last = char::from(b'A' + u8::try_from(columns - 1).expect("few columns"));
        assert!(
            sheet.contains(&format!(r#"<autoFilter ref="A1:{last}{rows}"/>"#)),
            "{name}: a filter over the header and every row"
        );
        let bold = number_format(&book, name, "A1");
        assert_eq!(bold, "General", "a header is text");
    }
    let styles = part(&book, "xl/styles.xml");
    assert!(styles.contains("<b/>"), "a bold font for the headers");
    // The name column fits "Informations- och datakompetens" (31 characters);
    // the respondents column is narrower than the name column.
    let widths = column_widths(&sheet_xml(&book, "Områden"));
    let width = |c: u32| widths.iter().find(|(k, _)| *k == c).expect("a width").1;
    assert!(width(4) >= 31.0, "the area names: {}", width(4));
    assert!(width(4) <= 51.0, "but not wider than 50: {}", width(4));
    assert!(width(2) < width(4));
}

#[test]
fn the_distribution_chart_has_a_labelled_bar_per_statement_in_scale_order() {
    let env = TestEnv::new();
    let book = group_book(&env, "sv");
    let charts: Vec<String> = parts(&book)
        .into_iter()
        .filter(|p| p.starts_with("xl/charts/chart"))
        .collect();
    assert_eq!(charts.len(), 2, "the area chart and one distribution chart");
    let chart = part(&book, "xl/charts/chart2.xml");
    assert!(
        chart.contains(r#"<c:grouping val="percentStacked"/>"#),
        "100 % stacked"
    );
    assert!(
        chart.contains(r#"<c:barDir val="bar"/>"#),
        "horizontal bars"
    );
    assert_eq!(
        chart.matches("<c:ser>").count(),
        7,
        "a series per point of 1–7"
    );
    // Every series draws the 24 statements, labelled from one column of 24 cells.
    let categories: Vec<&str> = chart
        .split("<c:cat><c:strRef><c:f>Fördelning!$A$")
        .skip(1)
        .map(|rest| &rest[..rest.find('<').expect("the range ends")])
        .collect();
    assert_eq!(categories.len(), 7, "every series has the statements");
    let (first, last) = categories[0].split_once(":$A$").expect("a range");
    let rows = last.parse::<u32>().expect("a row") - first.parse::<u32>().expect("a row") + 1;
    assert_eq!(rows, 24, "{}", categories[0]);
    assert!(categories.iter().all(|c| *c == categories[0]));
    assert!(chart.contains("<c:ptCount val=\"24\"/>"));
    assert!(
        chart.contains("<c:v>101 Söka på nätet</c:v>"),
        "code and title"
    );
    assert!(chart.contains("<c:v>505 "), "the last statement too");
    // The first statement at the top, the axis from 0 to 100 %.
    assert!(chart.contains(r#"<c:orientation val="maxMin"/>"#));
    assert!(chart.contains(r#"<c:max val="1"/><c:min val="0"/>"#));
    assert!(chart.contains(r#"<c:numFmt formatCode="0%""#));
    // The ordered palette, dark red through grey to dark blue.
    let colours: Vec<&str> = tags(&chart, "a:srgbClr")
        .into_iter()
        .filter_map(|t| attr(t, "val"))
        .filter(|c| *c != "FFFFFF")
        .collect();
    assert_eq!(
        colours,
        ["97121F", "BB4734", "BB7866", "8B8B8B", "5090B1", "0077AB", "005290"]
    );
    // The legend says what the ends of the scale mean.
    assert!(chart.contains("<c:v>1 Mycket osäker</c:v>"));
    assert!(chart.contains("<c:v>4</c:v>"));
    assert!(chart.contains("<c:v>7 Mycket säker</c:v>"));
    // Tall enough for every label: at least 22 px per statement. The chart is
    // anchored from one row to another (of 20 px each, the default) plus an
    // offset in EMU (9,525 per pixel).
    let drawing = part(&book, "xl/drawings/drawing2.xml");
    let number = |after: &str, tag: &str| -> u64 {
        let rest = &drawing[drawing.find(after).expect("an anchor")..];
        let open = format!("<{tag}>");
        let start = rest.find(&open).expect("the tag") + open.len();
        rest[start..start + rest[start..].find('<').expect("its end")]
            .parse()
            .expect("a number")
    };
    let from = number("<xdr:from>", "xdr:row");
    let (to, offset) = (
        number("<xdr:to>", "xdr:row"),
        number("<xdr:to>", "xdr:rowOff"),
    );
    let height = (to - from) * 20 + offset / 9_525;
    assert!(height >= 24 * 22, "{height} px");
    // The shares it draws are on the sheet, whole, as percentages.
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    let sheet = wb.worksheet_range("Fördelning").expect("distribution");
    let row = sheet
        .rows()
        .position(|r| r[0] == Data::String("101 Söka på nätet".into()))
        .expect("a row for 101");
    let Some(Data::Float(share)) = sheet.get_value((u32::try_from(row).expect("a row"), 4)) else {
        panic!("the share who gave 4");
    };
    assert!((share - 2.0 / 3.0).abs() < 1e-12, "{share}");
}

#[test]
fn the_personal_workbook_has_dates_and_whole_means() {
    let env = TestEnv::new();
    let values: [u8; 24] = common::SAMPLE
        .split(',')
        .map(|v| v.parse().expect("a rating"))
        .collect::<Vec<u8>>()
        .try_into()
        .expect("24 answers");
    env.write_attempt(
        "a1",
        "2026-03-14T10:00:00+01:00",
        Some("före"),
        "1.0",
        &values,
    );
    env.write_attempt(
        "a2",
        "2026-05-02T10:00:00+02:00",
        Some("efter"),
        "1.0",
        &values,
    );
    let book = env.scratch().join("me.xlsx");
    env.cmd()
        .args(["export", "--all", "-o"])
        .arg(&book)
        .assert()
        .success();
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    assert_eq!(wb.sheet_names(), ["Försök"]);
    let sheet = wb.worksheet_range("Försök").expect("attempts");
    assert_eq!(sheet.get_value((0, 2)), Some(&Data::String("Datum".into())));
    let Some(Data::DateTime(date)) = sheet.get_value((1, 2)) else {
        panic!("the date is a date: {:?}", sheet.get_value((1, 2)));
    };
    let day = chrono::NaiveDate::from_ymd_opt(2026, 3, 14).expect("a day");
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).expect("Excel's day 0");
    assert!((date.as_f64() - (day - epoch).num_days() as f64).abs() < 1e-9);
    assert!(matches!(sheet.get_value((2, 2)), Some(Data::DateTime(_))));
    assert_eq!(number_format(&book, "Försök", "C2"), "yyyy-mm-dd");
    // Area 2 of the sample: 24/7, stored whole (the CSV has 3.43).
    assert_eq!(
        sheet.get_value((0, 33)),
        Some(&Data::String("Område 2".into()))
    );
    let Some(Data::Float(mean)) = sheet.get_value((1, 33)) else {
        panic!("area 2's mean is a number");
    };
    assert!((mean - 24.0 / 7.0).abs() < 1e-12, "{mean}");
    assert_eq!(number_format(&book, "Försök", "AH2"), "0.0");
    assert_eq!(
        sheet.get_value((1, 8)),
        Some(&Data::Float(5.0)),
        "the answer to 101"
    );
    // The chart's categories are the dates, one per attempt.
    let chart = part(&book, "xl/charts/chart1.xml");
    assert!(chart.contains("<c:f>Försök!$C$2:$C$3</c:f>"));
    assert_eq!(chart.matches("<c:ser>").count(), 5, "a line per area");
    // An anonymous export has months, as dates too.
    let anonymous = env.scratch().join("anon.xlsx");
    env.cmd()
        .args([
            "export",
            "--all",
            "--anonymous",
            "--study",
            "Vår 2026",
            "-o",
        ])
        .arg(&anonymous)
        .assert()
        .success();
    let mut wb: Xlsx<_> = open_workbook(&anonymous).expect("opens");
    let sheet = wb.worksheet_range("Försök").expect("attempts");
    let Some(Data::DateTime(month)) = sheet.get_value((1, 2)) else {
        panic!("the month is a date: {:?}", sheet.get_value((1, 2)));
    };
    let first = chrono::NaiveDate::from_ymd_opt(2026, 3, 1).expect("a day");
    assert!((month.as_f64() - (first - epoch).num_days() as f64).abs() < 1e-9);
    assert_eq!(number_format(&anonymous, "Försök", "C2"), "yyyy-mm");
}

#[test]
fn english_sheets_and_headers() {
    let env = TestEnv::new();
    let book = group_book(&env, "en");
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    assert_eq!(
        wb.sheet_names(),
        ["About the report", "Areas", "Statements", "Distribution"]
    );
    let areas = wb.worksheet_range("Areas").expect("areas");
    assert_eq!(areas.get_value((0, 4)), Some(&Data::String("Mean".into())));
    assert_eq!(areas.get_value((1, 0)), Some(&Data::String("före".into())));
    let statements = wb.worksheet_range("Statements").expect("statements");
    assert_eq!(
        statements.get_value((0, 9)),
        Some(&Data::String("Answered 1".into()))
    );
    let chart = part(&book, "xl/charts/chart2.xml");
    assert!(chart.contains("Share of the answers"), "the value axis");
}

#[test]
fn fifty_charts_at_most_and_the_sheet_says_so() {
    let env = TestEnv::new();
    let records: Vec<serde_json::Value> = (0..51)
        .flat_map(|g| {
            (0..3).map(move |k| {
                let answers: serde_json::Map<String, serde_json::Value> = common::CODES
                    .iter()
                    .map(|c| ((*c).to_string(), (1 + (g + k) % 7).into()))
                    .collect();
                serde_json::json!({
                    "respondent": format!("r{g}-{k}"),
                    "attempt_id": format!("a{g}-{k}"),
                    "date": "2026-01-10",
                    "label": format!("grupp {g}"),
                    "question_set": { "id": "digikomp-bibliotek", "version": "1.0" },
                    "answers": answers,
                })
            })
        })
        .collect();
    let file = env.scratch().join("many.json");
    let export = serde_json::json!({
        "kind": "digikomp-export",
        "schema_version": 1,
        "records": records,
    });
    std::fs::write(&file, export.to_string()).expect("written");
    let book = env.scratch().join("many.xlsx");
    env.cmd()
        .args(["workshop", "--group-by", "label", "--exact", "-o"])
        .arg(&book)
        .arg(&file)
        .assert()
        .success();
    let charts = parts(&book)
        .iter()
        .filter(|p| p.starts_with("xl/charts/chart"))
        .count();
    assert_eq!(charts, 1 + 50, "the area chart and 50 distribution charts");
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    let sheet = wb.worksheet_range("Fördelning").expect("distribution");
    assert_eq!(
        sheet.get_value((0, 0)),
        Some(&Data::String(
            "Diagrammen visar de första 50 av 51 grupperna; alla finns på bladet Påståenden."
                .into()
        ))
    );
}

#[test]
fn a_date_excel_cannot_hold_is_written_as_text() {
    let env = TestEnv::new();
    env.write_attempt("old", "1850-01-01T10:00:00+00:00", None, "1.0", &[4; 24]);
    let book = env.scratch().join("old.xlsx");
    env.cmd()
        .args(["export", "-o"])
        .arg(&book)
        .assert()
        .success();
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    let sheet = wb.worksheet_range("Försök").expect("attempts");
    assert_eq!(
        sheet.get_value((1, 2)),
        Some(&Data::String("1850-01-01".into()))
    );
}

#[test]
fn a_group_too_small_to_show_gives_a_workbook_without_charts() {
    let env = TestEnv::new();
    let files = group_files(env.scratch());
    let book = env.scratch().join("small.xlsx");
    // Two people: below the smallest group shown, so no figure and no chart.
    env.cmd()
        .arg("workshop")
        .args(&files[..2])
        .arg("-o")
        .arg(&book)
        .assert()
        .success();
    assert!(!parts(&book).iter().any(|p| p.contains("charts/")));
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    let areas = wb.worksheet_range("Områden").expect("areas");
    assert!(areas.rows().count() >= 1);
}

/// The paired sheet says which rounds it compares and who was left out.
#[test]
fn the_paired_sheet_names_its_rounds_and_who_is_left_out() {
    let env = TestEnv::new();
    let dir = env.scratch();
    let mut files = Vec::new();
    for i in 0..4 {
        let person = TestEnv::new();
        person.take(&["3"; 24].join(","), Some("före"));
        if i < 3 {
            person.take(&["5"; 24].join(","), Some("efter"));
        }
        let file = dir.join(format!("p{i}.json"));
        person
            .cmd()
            .args(["export", "--all", "-o"])
            .arg(&file)
            .assert()
            .success();
        files.push(file);
    }
    let book = dir.join("g.xlsx");
    env.cmd()
        .args(["workshop", "--exact"])
        .args(&files)
        .arg("-o")
        .arg(&book)
        .assert()
        .success();
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    let name = wb
        .sheet_names()
        .into_iter()
        .find(|n| n == "Parvis förändring")
        .expect("a paired sheet");
    let sheet = wb.worksheet_range(&name).expect("paired");
    let texts: Vec<String> = sheet
        .rows()
        .filter_map(|r| r.first().map(ToString::to_string))
        .collect();
    assert!(
        texts
            .iter()
            .any(|t| t.contains("före") && t.contains("efter")),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .any(|t| t.starts_with("1 svarade bara i den första omgången och 0")),
        "{texts:?}"
    );
}

/// The personal chart's title and series names are its own texts: no helper
/// cell sits under the data.
#[test]
fn the_personal_chart_needs_no_helper_cells() {
    let env = TestEnv::new();
    env.take(common::SAMPLE, Some("före"));
    env.take(common::SAMPLE, Some("efter"));
    let book = env.scratch().join("me.xlsx");
    env.cmd()
        .args(["export", "--all", "-o"])
        .arg(&book)
        .assert()
        .success();
    let mut wb: Xlsx<_> = open_workbook(&book).expect("opens");
    let sheet = wb.worksheet_range("Försök").expect("attempts");
    assert_eq!(
        sheet.height(),
        3,
        "a header and two attempts, nothing below"
    );
    let chart = part(&book, "xl/charts/chart1.xml");
    assert!(
        chart.contains("1 Informations- och datakompetens"),
        "{chart}"
    );
}
