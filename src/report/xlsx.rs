//! Excel workbooks with charts: one row per attempt for the personal export; area
//! and statement sheets for the group report.

use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::record::neutralise;
use crate::report::csv::csv_header;
use crate::report::{col, figure_columns, group_name, Exporter, Personal, RenderCtx};
use crate::ui::texts::texts;
use crate::workshop::aggregate::Report;
use anyhow::{Context as _, Result};
use rust_xlsxwriter::{Chart, ChartType, Workbook, Worksheet};

/// The Excel format.
pub struct Xlsx;

impl Exporter<Personal<'_>> for Xlsx {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let (set, records, lang) = (cx.set, doc.records, cx.lang);
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("digikomp")?;
        let header = csv_header(set);
        for (c, h) in header.iter().enumerate() {
            sheet.write_string(0, col(c)?, h)?;
        }
        for (i, r) in records.iter().enumerate() {
            let row = u32::try_from(i + 1).context("too many rows")?;
            let texts = [
                r.respondent.as_str(),
                r.attempt_id.as_str(),
                &r.date.map(|d| d.to_string()).unwrap_or_default(),
                r.label.as_deref().unwrap_or(""),
                r.workplace.as_deref().unwrap_or(""),
                r.role.as_deref().unwrap_or(""),
                r.question_set.id.as_str(),
                r.question_set.version.as_str(),
            ];
            for (c, text) in texts.iter().enumerate() {
                sheet.write_string(row, col(c)?, neutralise(text))?;
            }
            for (k, st) in set.statements.iter().enumerate() {
                if let Some(v) = r.answers.get(&st.code) {
                    sheet.write_number(row, col(8 + k)?, f64::from(*v))?;
                }
            }
            for (k, area) in set.areas.iter().enumerate() {
                if let Some(m) = r.area_means.get(&area.number) {
                    sheet.write_number(row, col(8 + set.statements.len() + k)?, *m)?;
                }
            }
        }
        if !records.is_empty() {
            let last = u32::try_from(records.len()).context("too many rows")?;
            let mut chart = Chart::new_line();
            chart.title().set_name(set.title.get(lang));
            chart
                .y_axis()
                .set_min(f64::from(set.scale.min))
                .set_max(f64::from(set.scale.max));
            for (k, area) in set.areas.iter().enumerate() {
                let c = col(8 + set.statements.len() + k)?;
                chart
                    .add_series()
                    .set_name(area.name.get(lang))
                    .set_categories(("digikomp", 1, 2, last, 2))
                    .set_values(("digikomp", 1, c, last, c));
            }
            sheet.insert_chart(last + 2, 0, &chart)?;
        }
        Ok(book.save_to_buffer()?)
    }
}

impl Exporter<Report> for Xlsx {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        group_xlsx(cx.set, report, cx.lang)
    }
}

fn group_xlsx(set: &QuestionSet, r: &Report, lang: Lang) -> Result<Vec<u8>> {
    let mut book = Workbook::new();
    area_sheet(book.add_worksheet(), set, r, lang)?;
    statement_sheet(book.add_worksheet(), set, r, lang)?;
    Ok(book.save_to_buffer()?)
}

/// The sheet of area figures per group, with a bar chart of the means.
fn area_sheet(areas: &mut Worksheet, set: &QuestionSet, r: &Report, lang: Lang) -> Result<()> {
    let tx = texts(lang);
    areas.set_name("areas")?;
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
        areas.write_string(0, col(c)?, *h)?;
    }
    let mut row = 1u32;
    for g in &r.groups {
        for a in &g.areas {
            areas.write_string(row, 0, neutralise(&group_name(g, lang)))?;
            areas.write_number(row, 1, g.respondents as f64)?;
            areas.write_number(row, 2, f64::from(a.area))?;
            areas.write_string(row, 3, set.area_name(a.area, lang))?;
            areas.write_number(row, 4, a.stats.mean)?;
            areas.write_number(row, 5, a.stats.median)?;
            if let Some(sd) = a.stats.sd {
                areas.write_number(row, 6, sd)?;
            }
            areas.write_number(row, 7, a.share_high)?;
            areas.write_number(row, 8, a.share_low)?;
            row += 1;
        }
    }
    let mut chart = Chart::new_bar();
    chart.title().set_name(tx.mean_per_area);
    chart
        .x_axis()
        .set_min(f64::from(set.scale.min))
        .set_max(f64::from(set.scale.max));
    let per = u32::try_from(set.areas.len()).context("too many areas")?;
    for (k, g) in r.groups.iter().enumerate() {
        let first = 1 + u32::try_from(k).context("too many groups")? * per;
        chart
            .add_series()
            .set_name(group_name(g, lang).as_str())
            .set_categories(("areas", first, 3, first + per - 1, 3))
            .set_values(("areas", first, 4, first + per - 1, 4));
    }
    areas.insert_chart(row + 2, 0, &chart)?;
    Ok(())
}

/// The sheet of statement figures per group, with a distribution chart per group.
fn statement_sheet(st: &mut Worksheet, set: &QuestionSet, r: &Report, lang: Lang) -> Result<()> {
    let tx = texts(lang);
    st.set_name("statements")?;
    let headers = figure_columns(set, &["group", "code"]);
    for (c, h) in headers.iter().enumerate() {
        st.write_string(0, col(c)?, h)?;
    }
    let mut row = 1u32;
    let mut charts = Vec::new();
    for g in &r.groups {
        let first = row;
        for s in &g.statements {
            st.write_string(row, 0, neutralise(&group_name(g, lang)))?;
            st.write_string(row, 1, s.code.to_string())?;
            st.write_number(row, 2, s.stats.n as f64)?;
            st.write_number(row, 3, s.stats.mean)?;
            st.write_number(row, 4, s.stats.median)?;
            if let Some(sd) = s.stats.sd {
                st.write_number(row, 5, sd)?;
            }
            st.write_number(row, 6, s.share_high)?;
            st.write_number(row, 7, s.share_low)?;
            for (p, count) in s.distribution.iter().enumerate() {
                st.write_number(row, col(8 + p)?, *count as f64)?;
            }
            row += 1;
        }
        // One chart per group: how many gave each rating, statement by statement.
        if row > first {
            let mut chart = Chart::new(ChartType::BarPercentStacked);
            chart
                .title()
                .set_name(format!("{}: {}", group_name(g, lang), tx.col_distribution).as_str());
            for (p, value) in (set.scale.min..=set.scale.max).enumerate() {
                let c = col(8 + p)?;
                chart
                    .add_series()
                    .set_name(value.to_string().as_str())
                    .set_categories(("statements", first, 1, row - 1, 1))
                    .set_values(("statements", first, c, row - 1, c));
            }
            charts.push(chart);
        }
    }
    for (k, chart) in charts.iter().enumerate() {
        let at = u16::try_from(k * 9).context("too many groups")? + col(9 + set.scale.points())?;
        st.insert_chart(1, at, chart)?;
    }
    Ok(())
}
