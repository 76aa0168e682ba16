//! Excel workbooks with charts: one row per attempt for the personal export; area
//! and statement sheets for the group report.
//!
//! Text from people's files is written as literal text and never evaluated: a
//! string cell is not a formula, and every chart name refers to a cell holding it
//! (a name given as text would be read as a range such as `Sheet!A1`). Numbers
//! carry a number format instead of being rounded, dates are dates, and the
//! workbook's metadata holds no time of creation.

use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::record::RecordDate;
use crate::report::csv::csv_header;
use crate::report::{col, figure_columns, group_name, Exporter, Personal, RenderCtx};
use crate::ui::texts::texts;
use crate::workshop::aggregate::{Comparison, Report};
use anyhow::{Context as _, Result};
use chrono::Datelike;
use rust_xlsxwriter::{
    Chart, ChartType, DocProperties, ExcelDateTime, Format, Workbook, Worksheet,
};

/// The Excel format.
pub struct Xlsx;

/// The longest text put in a cell that a chart names: longer names are cut with an
/// ellipsis (a cell holds at most 32,767 characters; a legend far fewer).
const MAX_NAME: usize = 100;
/// The most series one chart shows (Excel's limit is 255).
const MAX_SERIES: usize = 255;
/// The most distribution charts (one per group) one sheet shows.
const MAX_CHARTS: usize = 50;

/// `text` cut to [`MAX_NAME`] characters.
fn bounded(text: &str) -> String {
    if text.chars().count() <= MAX_NAME {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(MAX_NAME - 1).collect();
        s.push('…');
        s
    }
}

/// A workbook with no time of creation in its metadata: a file should not tell
/// when it was made beyond what its contents say.
fn new_workbook() -> Result<Workbook> {
    let mut book = Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    Ok(book)
}

/// One decimal for means and spreads, whole percent for shares.
fn formats() -> (Format, Format) {
    (
        Format::new().set_num_format("0.0"),
        Format::new().set_num_format("0%"),
    )
}

/// Writes a record's date as a date: a day, or the first of the month shown as a month.
fn write_date(sheet: &mut Worksheet, row: u32, column: u16, date: RecordDate) -> Result<()> {
    let (value, shown) = match date {
        RecordDate::Day(d) => (
            ExcelDateTime::from_ymd(
                u16::try_from(d.year()).unwrap_or(1900),
                u8::try_from(d.month()).unwrap_or(1),
                u8::try_from(d.day()).unwrap_or(1),
            )?,
            "yyyy-mm-dd",
        ),
        RecordDate::Month { year, month } => (
            ExcelDateTime::from_ymd(
                u16::try_from(year).unwrap_or(1900),
                u8::try_from(month).unwrap_or(1),
                1,
            )?,
            "yyyy-mm",
        ),
    };
    sheet.write_datetime_with_format(row, column, &value, &Format::new().set_num_format(shown))?;
    Ok(())
}

impl Exporter<Personal<'_>> for Xlsx {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let (set, records, lang) = (cx.set, doc.records, cx.lang);
        let mut book = new_workbook()?;
        let sheet = book.add_worksheet();
        sheet.set_name("digikomp")?;
        let (one_decimal, _) = formats();
        let header = csv_header(set);
        for (c, h) in header.iter().enumerate() {
            sheet.write_string(0, col(c)?, h)?;
        }
        let first_area = 8 + set.statements.len();
        for (i, r) in records.iter().enumerate() {
            let row = u32::try_from(i + 1).context("too many rows")?;
            let texts = [
                r.respondent.as_str(),
                r.attempt_id.as_str(),
                "",
                r.label.as_deref().unwrap_or(""),
                r.workplace.as_deref().unwrap_or(""),
                r.role.as_deref().unwrap_or(""),
                r.question_set.id.as_str(),
                r.question_set.version.as_str(),
            ];
            for (c, text) in texts.iter().enumerate().filter(|(_, t)| !t.is_empty()) {
                sheet.write_string(row, col(c)?, *text)?;
            }
            if let Some(date) = r.date {
                write_date(sheet, row, 2, date)?;
            }
            for (k, st) in set.statements.iter().enumerate() {
                if let Some(v) = r.answers.get(&st.code) {
                    sheet.write_number(row, col(8 + k)?, f64::from(*v))?;
                }
            }
            for (k, area) in set.areas.iter().enumerate() {
                if let Some(m) = r.area_means.get(&area.number) {
                    sheet.write_number_with_format(row, col(first_area + k)?, *m, &one_decimal)?;
                }
            }
        }
        sheet.set_column_width(0, 16)?;
        sheet.set_column_width(1, 12)?;
        sheet.set_column_width(2, 12)?;
        sheet.set_column_width(3, 18)?;
        personal_chart(sheet, set, records.len(), lang)?;
        Ok(book.save_to_buffer()?)
    }
}

/// The area means over the attempts, as lines; the area names are written in a
/// small table under the data, which the series names refer to.
fn personal_chart(sheet: &mut Worksheet, set: &QuestionSet, rows: usize, lang: Lang) -> Result<()> {
    if rows == 0 {
        return Ok(());
    }
    let last = u32::try_from(rows).context("too many rows")?;
    let names_at = last + 2;
    let first_area = 8 + set.statements.len();
    let mut chart = Chart::new_line();
    sheet.write_string(names_at, 0, bounded(set.title.get(lang)))?;
    chart.title().set_name(("digikomp", names_at, 0));
    chart
        .y_axis()
        .set_min(f64::from(set.scale.min))
        .set_max(f64::from(set.scale.max));
    for (k, area) in set.areas.iter().enumerate() {
        let name_row = names_at + 1 + u32::try_from(k).context("too many areas")?;
        sheet.write_number(name_row, 0, f64::from(area.number))?;
        sheet.write_string(name_row, 1, bounded(area.name.get(lang)))?;
        let c = col(first_area + k)?;
        chart
            .add_series()
            .set_name(("digikomp", name_row, 1))
            .set_categories(("digikomp", 1, 2, last, 2))
            .set_values(("digikomp", 1, c, last, c));
    }
    let below = names_at + 2 + u32::try_from(set.areas.len()).context("too many areas")?;
    sheet.insert_chart(below, 0, &chart)?;
    Ok(())
}

impl Exporter<Report> for Xlsx {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let mut book = new_workbook()?;
        area_sheet(book.add_worksheet(), cx.set, report, cx.lang)?;
        statement_sheet(book.add_worksheet(), cx.set, report, cx.lang)?;
        if let Some(c) = &report.comparison {
            paired_sheet(book.add_worksheet(), cx.set, c, cx.lang)?;
        }
        Ok(book.save_to_buffer()?)
    }
}

/// The sheet of area figures per group, with a bar chart of the means.
fn area_sheet(sheet: &mut Worksheet, set: &QuestionSet, r: &Report, lang: Lang) -> Result<()> {
    let tx = texts(lang);
    sheet.set_name("areas")?;
    let (one_decimal, percent) = formats();
    let headers = [
        "group",
        "respondents",
        "area",
        "name",
        "mean",
        "median",
        "sd",
        "share_high",
        "share_low",
    ];
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, col(c)?, *h)?;
    }
    let mut row = 1u32;
    for g in &r.groups {
        for a in &g.areas {
            sheet.write_string(row, 0, bounded(&group_name(r, g, lang)))?;
            sheet.write_number(row, 1, g.respondents as f64)?;
            sheet.write_number(row, 2, f64::from(a.area))?;
            sheet.write_string(row, 3, set.area_name(a.area, lang))?;
            sheet.write_number_with_format(row, 4, a.stats.mean, &one_decimal)?;
            sheet.write_number_with_format(row, 5, a.stats.median, &one_decimal)?;
            if let Some(sd) = a.stats.sd {
                sheet.write_number_with_format(row, 6, sd, &one_decimal)?;
            }
            sheet.write_number_with_format(row, 7, a.share_high, &percent)?;
            sheet.write_number_with_format(row, 8, a.share_low, &percent)?;
            row += 1;
        }
    }
    sheet.set_column_width(0, 24)?;
    sheet.set_column_width(3, 36)?;
    let mut chart = Chart::new_bar();
    chart.title().set_name(tx.mean_per_area);
    chart
        .x_axis()
        .set_min(f64::from(set.scale.min))
        .set_max(f64::from(set.scale.max));
    let per = u32::try_from(set.areas.len()).context("too many areas")?;
    let mut first = 1;
    for g in r.groups.iter().take(MAX_SERIES) {
        let rows = u32::try_from(g.areas.len()).context("too many areas")?;
        if rows == per {
            chart
                .add_series()
                .set_name(("areas", first, 0))
                .set_categories(("areas", first, 3, first + per - 1, 3))
                .set_values(("areas", first, 4, first + per - 1, 4));
        }
        first += rows;
    }
    if r.groups.len() > MAX_SERIES {
        sheet.write_string(
            row + 1,
            0,
            tx.chart_first_groups(MAX_SERIES, r.groups.len()),
        )?;
    }
    sheet.insert_chart(row + 2, 0, &chart)?;
    Ok(())
}

/// The sheet of statement figures per group, with a distribution chart per group.
fn statement_sheet(sheet: &mut Worksheet, set: &QuestionSet, r: &Report, lang: Lang) -> Result<()> {
    let tx = texts(lang);
    sheet.set_name("statements")?;
    let (one_decimal, percent) = formats();
    let headers = figure_columns(set, &["group", "code"]);
    for (c, h) in headers.iter().enumerate() {
        sheet.write_string(0, col(c)?, h)?;
    }
    let mut row = 1u32;
    let mut charts = Vec::new();
    for g in &r.groups {
        let first = row;
        for s in &g.statements {
            sheet.write_string(row, 0, bounded(&group_name(r, g, lang)))?;
            sheet.write_string(row, 1, s.code.to_string())?;
            sheet.write_number(row, 2, s.stats.n as f64)?;
            sheet.write_number_with_format(row, 3, s.stats.mean, &one_decimal)?;
            sheet.write_number_with_format(row, 4, s.stats.median, &one_decimal)?;
            if let Some(sd) = s.stats.sd {
                sheet.write_number_with_format(row, 5, sd, &one_decimal)?;
            }
            sheet.write_number_with_format(row, 6, s.share_high, &percent)?;
            sheet.write_number_with_format(row, 7, s.share_low, &percent)?;
            for (p, count) in s.distribution.iter().enumerate() {
                sheet.write_number(row, col(8 + p)?, *count as f64)?;
            }
            row += 1;
        }
        if row > first && charts.len() < MAX_CHARTS {
            charts.push(distribution_chart(
                set,
                first,
                row - 1,
                tx.col_distribution,
            )?);
        }
    }
    sheet.set_column_width(0, 24)?;
    if r.groups.len() > MAX_CHARTS {
        sheet.write_string(
            row + 1,
            0,
            tx.chart_first_groups(MAX_CHARTS, r.groups.len()),
        )?;
    }
    let at = col(9 + set.scale.points())?;
    for (k, chart) in charts.iter().enumerate() {
        let down = 1 + u32::try_from(k * 20).context("too many groups")?;
        sheet.insert_chart(down, at, chart)?;
    }
    Ok(())
}

/// How many of a group gave each rating, statement by statement, as 100 % stacked
/// bars; the title is the group's name, from its first row.
fn distribution_chart(set: &QuestionSet, first: u32, last: u32, axis: &str) -> Result<Chart> {
    let mut chart = Chart::new(ChartType::BarPercentStacked);
    chart.title().set_name(("statements", first, 0));
    chart.x_axis().set_name(axis);
    for (p, value) in (set.scale.min..=set.scale.max).enumerate() {
        let c = col(8 + p)?;
        // The point of the scale: digits only, so never read as a range.
        chart
            .add_series()
            .set_name(value.to_string().as_str())
            .set_categories(("statements", first, 1, last, 1))
            .set_values(("statements", first, c, last, c))
            .set_format(
                rust_xlsxwriter::ChartFormat::new().set_solid_fill(
                    rust_xlsxwriter::ChartSolidFill::new()
                        .set_color(crate::report::svg::rating_colour(p, set.scale.points())),
                ),
            );
    }
    Ok(chart)
}

/// The change for the people in both rounds, per area and overall.
fn paired_sheet(
    sheet: &mut Worksheet,
    set: &QuestionSet,
    c: &Comparison,
    lang: Lang,
) -> Result<()> {
    sheet.set_name("paired")?;
    let (one_decimal, _) = formats();
    let two = Format::new().set_num_format("0.00");
    let headers = [
        "area",
        "n",
        "mean_change",
        "ci_low",
        "ci_high",
        "d_z",
        "rose",
        "same",
        "fell",
    ];
    for (k, h) in headers.iter().enumerate() {
        sheet.write_string(0, col(k)?, *h)?;
    }
    let rows = c
        .paired
        .areas
        .iter()
        .map(|a| (Some(a.area), &a.paired))
        .chain(std::iter::once((None, &c.paired.overall)));
    for (i, (area, p)) in rows.enumerate() {
        let row = u32::try_from(i + 1).context("too many rows")?;
        match area {
            Some(a) => sheet.write_string(row, 0, format!("{a} {}", set.area_name(a, lang)))?,
            None => sheet.write_string(row, 0, "overall")?,
        };
        sheet.write_number(row, 1, p.n as f64)?;
        let numbers = [
            (2, p.mean_change, &one_decimal),
            (3, p.ci_low, &one_decimal),
            (4, p.ci_high, &one_decimal),
            (5, p.d_z, &two),
        ];
        for (c, v, f) in numbers {
            if let Some(v) = v {
                sheet.write_number_with_format(row, c, v, f)?;
            }
        }
        for (c, v) in [(6, p.rose), (7, p.same), (8, p.fell)] {
            if let Some(v) = v {
                sheet.write_number(row, c, v as f64)?;
            }
        }
    }
    sheet.set_column_width(0, 36)?;
    Ok(())
}
