//! Excel workbooks for a spreadsheet user: the personal export (one row per
//! attempt, with a line chart of the area means) and the group report (areas,
//! statements, a distribution chart per group, and the paired change).
//!
//! Every number is stored whole and shown through a number format (means `0.0`,
//! spreads `0.00`, shares `0%`, changes `+0.0`, counts `0`), so that a sum or a
//! chart in the workbook uses the exact figure; dates are dates (`yyyy-mm-dd`).
//! Every table has a bold, frozen header row, an autofilter and column widths
//! from its longest text, and prints on A4 one page wide. Sheet names and headers
//! come from the catalogue, in the user's language.
//!
//! Text from people's files is written as literal text and never evaluated: a
//! string cell is not a formula, and every chart name refers to a cell holding it
//! (a name given as text would be read as a range such as `Sheet!A1`). The
//! workbook's metadata holds no time of creation.

use crate::error::Failure;
use crate::i18n::{texts, Texts};
use crate::model::attempt::Given;
use crate::model::code::StatementCode;
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::record::{Record, RecordDate};
use crate::model::score::score;
use crate::model::stats::disclosure::Protection;
use crate::report::svg::{rating_colour, AREA_COLOURS};
use crate::report::view::{group_name, header_lines};
use crate::report::{col, Exporter, Personal, RenderCtx};
use crate::workshop::report::{Comparison, Figures, Group, Report, StatementFigures};
use anyhow::{Context as _, Result};
use chrono::Datelike;
use rust_xlsxwriter::{
    Chart, ChartAxisCrossing, ChartFont, ChartFormat, ChartLegendPosition, ChartLine, ChartMarker,
    ChartMarkerType, ChartSolidFill, ChartType, DocProperties, ExcelDateTime, Format, IgnoreError,
    Workbook, Worksheet,
};

/// The Excel format.
pub struct Xlsx;

/// The longest text put in a cell that a chart names: longer names are cut with an
/// ellipsis (a cell holds at most 32,767 characters; a legend far fewer).
const MAX_NAME: usize = 100;
/// The most characters Excel keeps in a cell.
const MAX_CELL: usize = 32_767;
/// The most series one chart shows (Excel's limit is 255).
const MAX_SERIES: usize = 255;
/// The most distribution charts (one per group) one workbook shows.
const MAX_CHARTS: usize = 50;
/// The widest a column is made, in characters: a longer name is cut off at the
/// column's edge (the cell keeps all of it) rather than pushing every figure off
/// the screen.
const MAX_WIDTH: usize = 50;
/// The narrowest column, in characters.
const MIN_WIDTH: usize = 5;
/// Height of one statement's bar in a distribution chart, in pixels: enough for
/// every label in a 9-point font on one line, so that Excel skips none.
const BAR_PX: u32 = 24;
/// The rest of a distribution chart's height: title, legend and value axis.
const CHART_FRAME_PX: u32 = 150;
/// Width of a distribution chart: room for labels of about 45 characters
/// beside a bar wide enough to read shares of a few percent.
const CHART_WIDTH_PX: u32 = 960;
/// Excel's code for A4 paper.
const A4: u8 = 9;
/// Excel's default row height in pixels (15 points).
const ROW_PX: u32 = 20;
/// The markers of the personal chart's lines, one per area.
const MARKERS: [ChartMarkerType; 7] = [
    ChartMarkerType::Circle,
    ChartMarkerType::Square,
    ChartMarkerType::Triangle,
    ChartMarkerType::Diamond,
    ChartMarkerType::X,
    ChartMarkerType::Star,
    ChartMarkerType::LongDash,
];
/// Height of one bar of the area chart, in pixels.
const AREA_BAR_PX: u32 = 14;
/// The tallest area chart, in pixels: with many groups it is their table that
/// is read, not the chart.
const MAX_AREA_CHART_PX: u32 = 2000;

/// `text` cut to `max` characters, with an ellipsis when cut.
fn cut(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(max - 1).collect();
        s.push('…');
        s
    }
}

/// `text` cut to [`MAX_NAME`] characters, for a cell a chart names.
fn bounded(text: &str) -> String {
    cut(text, MAX_NAME)
}

/// A workbook with no time of creation in its metadata: a file should not tell
/// when it was made beyond what its contents say.
fn new_workbook() -> Result<Workbook> {
    let mut book = Workbook::new();
    let epoch = ExcelDateTime::from_ymd(2000, 1, 1)?;
    book.set_properties(&DocProperties::new().set_creation_datetime(&epoch));
    Ok(book)
}

/// Printing on A4 in landscape, one page wide: a table keeps every column and a
/// chart its whole width.
fn print_setup(sheet: &mut Worksheet) {
    sheet
        .set_paper_size(A4)
        .set_landscape()
        .set_print_fit_to_pages(1, 0);
}

/// What a number is, which decides its number format and how wide it shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Figure {
    /// A whole number: a count or a rating (`0`).
    Count,
    /// A mean or a median (`0.0`).
    Mean,
    /// A standard deviation or an effect size (`0.00`).
    Spread,
    /// A share from 0 to 1 (`0%`).
    Share,
    /// A change, with its sign (`+0.0`).
    Change,
}

impl Figure {
    /// The Excel number format.
    fn code(self) -> &'static str {
        match self {
            Figure::Count => "0",
            Figure::Mean => "0.0",
            Figure::Spread => "0.00",
            Figure::Share => "0%",
            // Conditions, so that a change that rounds to nothing shows 0.0, never
            // "-0.0" or "+0.0".
            Figure::Change => "[>=0.05]+0.0;[<=-0.05]-0.0;0.0",
        }
    }

    /// How many characters the number shows with this format.
    fn shown_width(self, v: f64) -> usize {
        match self {
            Figure::Count => format!("{v:.0}"),
            Figure::Mean => format!("{v:.1}"),
            Figure::Spread => format!("{v:.2}"),
            Figure::Share => format!("{:.0}%", v * 100.0),
            Figure::Change => format!("{v:+.1}"),
        }
        .chars()
        .count()
    }
}

/// A worksheet being filled as a table: row 0 is the header. It remembers the
/// widest text of each column, and [`Table::finish`] sets the widths, freezes
/// the header and puts an autofilter on the rows.
struct Table<'a> {
    sheet: &'a mut Worksheet,
    widths: Vec<usize>,
    last_row: u32,
}

impl<'a> Table<'a> {
    /// A table on `sheet` with the bold `headers` in row 0.
    fn new<S: AsRef<str>>(sheet: &'a mut Worksheet, headers: &[S]) -> Result<Self> {
        let bold = Format::new().set_bold();
        let mut widths = Vec::with_capacity(headers.len());
        for (c, h) in headers.iter().enumerate() {
            sheet.write_string_with_format(0, col(c)?, h.as_ref(), &bold)?;
            // Room for the autofilter's button beside the header.
            widths.push(h.as_ref().chars().count() + 3);
        }
        Ok(Table {
            sheet,
            widths,
            last_row: 0,
        })
    }

    /// Notes that `row`, column `c` shows `chars` characters.
    fn saw(&mut self, row: u32, c: usize, chars: usize) {
        self.last_row = self.last_row.max(row);
        if let Some(w) = self.widths.get_mut(c) {
            *w = (*w).max(chars);
        }
    }

    /// Literal text, never a formula, cut to what a cell holds.
    fn text(&mut self, row: u32, c: usize, text: &str) -> Result<()> {
        let text = cut(text, MAX_CELL);
        self.sheet.write_string(row, col(c)?, &text)?;
        self.saw(row, c, text.chars().count());
        Ok(())
    }

    /// A number stored whole, shown with the format of its kind.
    fn number(&mut self, row: u32, c: usize, value: f64, kind: Figure) -> Result<()> {
        let format = Format::new().set_num_format(kind.code());
        self.sheet
            .write_number_with_format(row, col(c)?, value, &format)?;
        self.saw(row, c, kind.shown_width(value));
        Ok(())
    }

    /// A count, stored as a number.
    fn count(&mut self, row: u32, c: usize, n: usize) -> Result<()> {
        self.number(row, c, n as f64, Figure::Count)
    }

    /// A record's date as a date: a day (`yyyy-mm-dd`), or a month (`yyyy-mm`,
    /// the first of the month) for an anonymous export. A date Excel cannot hold
    /// (before 1900 or after 9999, from a hand-edited attempt) is written as text.
    fn date(&mut self, row: u32, c: usize, date: RecordDate) -> Result<()> {
        let (y, m, d, shown) = match date {
            RecordDate::Day(d) => (d.year(), d.month(), d.day(), "yyyy-mm-dd"),
            RecordDate::Month { year, month } => (year, month, 1, "yyyy-mm"),
        };
        let value = match (u16::try_from(y), u8::try_from(m), u8::try_from(d)) {
            (Ok(y), Ok(m), Ok(d)) => ExcelDateTime::from_ymd(y, m, d).ok(),
            _ => None,
        };
        let Some(value) = value else {
            return self.text(row, c, &date.to_string());
        };
        self.sheet.write_datetime_with_format(
            row,
            col(c)?,
            &value,
            &Format::new().set_num_format(shown),
        )?;
        self.saw(row, c, shown.len());
        Ok(())
    }

    /// Sets the column widths, freezes the header row (and repeats it on every
    /// printed page) and, when the table has rows, filters them.
    fn finish(self) -> Result<()> {
        print_setup(self.sheet);
        self.sheet.set_repeat_rows(0, 0)?;
        for (c, w) in self.widths.iter().enumerate() {
            let chars = (*w + 1).clamp(MIN_WIDTH, MAX_WIDTH);
            self.sheet.set_column_width(col(c)?, chars as f64)?;
        }
        self.sheet.set_freeze_panes(1, 0)?;
        if self.last_row > 0 && !self.widths.is_empty() {
            let last_col = col(self.widths.len() - 1)?;
            self.sheet.autofilter(0, 0, self.last_row, last_col)?;
        }
        Ok(())
    }
}

impl Exporter<Personal<'_>> for Xlsx {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let (set, records, lang) = (cx.set, doc.records, cx.lang);
        let t = texts(lang);
        let name = t.xlsx_sheet_attempts();
        let mut book = new_workbook()?;
        let sheet = book.add_worksheet();
        sheet.set_name(name)?;
        let headers: Vec<String> = attempt_columns(t)
            .iter()
            .map(ToString::to_string)
            .chain(set.statements.iter().map(|s| s.code.to_string()))
            .chain(set.areas.iter().map(|a| t.xlsx_area_column(a.number)))
            .collect();
        let first_answer = attempt_columns(t).len();
        let first_area = first_answer + set.statements.len();
        let mut table = Table::new(sheet, &headers)?;
        for (i, r) in records.iter().enumerate() {
            let row = u32::try_from(i + 1).context("too many rows")?;
            let texts = [
                (0, r.respondent.as_str()),
                (1, r.attempt_id.as_str()),
                (3, r.label.as_deref().unwrap_or("")),
                (4, r.workplace.as_deref().unwrap_or("")),
                (5, r.role.as_deref().unwrap_or("")),
                (6, r.question_set.id.as_str()),
                (7, r.question_set.version.as_str()),
            ];
            for (c, text) in texts.into_iter().filter(|(_, t)| !t.is_empty()) {
                table.text(row, c, text)?;
            }
            if let Some(date) = r.date {
                table.date(row, 2, date)?;
            }
            for (k, st) in set.statements.iter().enumerate() {
                match r.given(st.code) {
                    Some(Given::Point(v)) => {
                        table.number(row, first_answer + k, f64::from(v), Figure::Count)?;
                    }
                    // A text cell: no formula counts it as a rating.
                    Some(Given::Abstain) => table.text(row, first_answer + k, "x")?,
                    None => {}
                }
            }
            // The means from the answers, whole: the record's own are rounded
            // to two decimals for CSV and JSON.
            let means = score(set, &r.answers);
            for (k, area) in set.areas.iter().enumerate() {
                if let Some(m) = means.areas.iter().find(|m| m.area == area.number) {
                    table.number(row, first_area + k, m.mean, Figure::Mean)?;
                }
            }
        }
        table.finish()?;
        personal_chart(sheet, name, set, records, first_area, lang)?;
        Ok(book.save_to_buffer()?)
    }
}

/// The area means over the attempts, as lines with a marker of their own (so
/// that colour is not the only difference, and a single attempt shows); one
/// category per attempt, labelled by its date. The title and the series'
/// names are the chart's own texts, so no helper cell sits under the data.
fn personal_chart(
    sheet: &mut Worksheet,
    name: &str,
    set: &QuestionSet,
    records: &[Record],
    first_area: usize,
    lang: Lang,
) -> Result<()> {
    if records.is_empty() {
        return Ok(());
    }
    let last = u32::try_from(records.len()).context("too many rows")?;
    let mut chart = Chart::new_line();
    chart.set_width(720).set_height(400);
    // A leading "=" would make a name a formula; our names never start so,
    // and `literal` makes sure.
    chart.title().set_name(&literal(set.title.get(lang)));
    chart.legend().set_position(ChartLegendPosition::Bottom);
    chart
        .y_axis()
        .set_min(f64::from(set.scale.min))
        .set_max(f64::from(set.scale.max))
        .set_major_unit(1.0);
    // A text axis: two attempts on one day are two points, not one date.
    let months = records
        .iter()
        .any(|r| matches!(r.date, Some(RecordDate::Month { .. })));
    chart
        .x_axis()
        .set_text_axis(true)
        .set_num_format(if months { "yyyy-mm" } else { "yyyy-mm-dd" });
    for (k, area) in set.areas.iter().enumerate() {
        let c = col(first_area + k)?;
        let colour = AREA_COLOURS[k % AREA_COLOURS.len()];
        chart
            .add_series()
            .set_name(&literal(&format!(
                "{} {}",
                area.number,
                area.name.get(lang)
            )))
            .set_categories((name, 1, 2, last, 2))
            .set_values((name, 1, c, last, c))
            .set_format(ChartLine::new().set_color(colour).set_width(2.25))
            .set_marker(
                ChartMarker::new()
                    .set_type(MARKERS[k % MARKERS.len()])
                    .set_size(8)
                    .set_format(ChartSolidFill::new().set_color(colour)),
            );
    }
    sheet.insert_chart(last + 2, 0, &chart)?;
    Ok(())
}

/// A chart text as a literal, never a formula or a cell reference: bounded,
/// and without a leading "=".
fn literal(text: &str) -> String {
    bounded(text).trim_start_matches('=').to_string()
}

/// The most rows an Excel worksheet holds.
const EXCEL_ROWS: usize = 1_048_576;

impl Exporter<Report> for Xlsx {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let t = texts(cx.lang);
        // The statements sheet is the longest: a header and a row per statement
        // of each group. Counted before any sheet is built, so that a report
        // Excel could not open is refused at once, not after filling memory.
        let rows = 1 + report
            .groups
            .iter()
            .map(|g| g.statements.len())
            .sum::<usize>();
        if rows > EXCEL_ROWS {
            return Err(Failure::Usage(t.xlsx_too_many_rows(rows, EXCEL_ROWS)).into());
        }
        let mut book = new_workbook()?;
        notes_sheet(book.add_worksheet(), t, report)?;
        // The sheets that grow with the groups keep one row in memory at a time
        // (written in row order), their texts shared: memory stays flat
        // however many groups a report has.
        area_sheet(book.add_worksheet_with_low_memory()?, t, cx.set, report)?;
        statement_sheet(book.add_worksheet_with_low_memory()?, t, cx.set, report)?;
        if report
            .groups
            .iter()
            .any(|g| g.statements.iter().any(|s| s.distribution.is_some()))
        {
            distribution_sheet(book.add_worksheet(), t, cx.set, report)?;
        }
        if let Some(c) = &report.comparison {
            let names = (
                group_name(report, &report.groups[c.groups.0], cx.lang),
                group_name(report, &report.groups[c.groups.1], cx.lang),
            );
            paired_sheet(book.add_worksheet(), t, cx.set, c, &names)?;
        }
        Ok(book.save_to_buffer()?)
    }
}

/// The first sheet: what the report counts and how its figures are protected,
/// in the report's words (a report made with `--exact` says first that it is
/// not for sharing).
fn notes_sheet(sheet: &mut Worksheet, t: &'static Texts, r: &Report) -> Result<()> {
    sheet.set_name(t.xlsx_sheet_notes())?;
    let bold = Format::new().set_bold();
    sheet.write_string_with_format(0, 0, t.group_profile(), &bold)?;
    let mut row = 2u32;
    if r.protection.method == Protection::Exact {
        sheet.write_string_with_format(row, 0, t.protection_exact(r.min_group()), &bold)?;
        row += 1;
    }
    for line in header_lines(r, t.lang()) {
        sheet.write_string(row, 0, &line)?;
        row += 1;
    }
    row += 1;
    for line in [
        t.hidden_fewer(r.min_group()),
        t.mean_only_small(r.protection.small_group),
    ] {
        sheet.write_string(row, 0, &line)?;
        row += 1;
    }
    sheet.set_column_width(0, 120.0)?;
    Ok(())
}

/// The sheet of area figures per group, with a bar chart of the means.
fn area_sheet(
    sheet: &mut Worksheet,
    t: &'static Texts,
    set: &QuestionSet,
    r: &Report,
) -> Result<()> {
    let name = t.xlsx_sheet_areas();
    sheet.set_name(name)?;
    let mut headers = vec![
        t.xlsx_group().to_string(),
        t.xlsx_respondents().to_string(),
        t.col_area().to_string(),
        t.xlsx_name().to_string(),
    ];
    headers.extend(figure_columns(t, r.high, r.low));
    let mut table = Table::new(sheet, &headers)?;
    let mut row = 1u32;
    for g in &r.groups {
        for a in &g.areas {
            table.text(row, 0, &bounded(&group_name(r, g, t.lang())))?;
            table.count(row, 1, g.respondents)?;
            table.count(row, 2, usize::from(a.area))?;
            table.text(row, 3, &set.area_name(a.area, t.lang()))?;
            figures(&mut table, row, 4, &a.figures)?;
            row += 1;
        }
    }
    table.finish()?;
    let mut chart = Chart::new_bar();
    chart.title().set_name(t.mean_per_area());
    chart.legend().set_position(ChartLegendPosition::Top);
    chart
        .x_axis()
        .set_min(f64::from(set.scale.min))
        .set_max(f64::from(set.scale.max));
    // The first area at the top, as in the table.
    chart
        .y_axis()
        .set_reverse()
        .set_crossing(ChartAxisCrossing::Max);
    let per = u32::try_from(set.areas.len()).context("too many areas")?;
    let mut first = 1;
    let mut series = 0u32;
    // Only groups big enough to show have bars; the limit counts those.
    let drawn = r
        .groups
        .iter()
        .filter(|g| g.areas.len() == set.areas.len())
        .count();
    for g in &r.groups {
        let rows = u32::try_from(g.areas.len()).context("too many areas")?;
        if rows == per && (series as usize) < MAX_SERIES {
            let colour = AREA_COLOURS[series as usize % AREA_COLOURS.len()];
            chart
                .add_series()
                .set_name((name, first, 0))
                .set_categories((name, first, 3, first + per - 1, 3))
                .set_values((name, first, 4, first + per - 1, 4))
                .set_format(ChartSolidFill::new().set_color(colour));
            series += 1;
        }
        first += rows;
    }
    if series == 0 {
        // Every group is below the smallest size shown: nothing to draw, and an
        // empty chart would make Excel refuse the file.
        return Ok(());
    }
    let bars = per * (series + 1) * AREA_BAR_PX;
    chart
        .set_width(720)
        .set_height((bars + CHART_FRAME_PX).min(MAX_AREA_CHART_PX));
    if drawn > MAX_SERIES {
        sheet.write_string(row + 1, 0, t.chart_first_groups(MAX_SERIES, drawn))?;
    }
    sheet.insert_chart(row + 2, 0, &chart)?;
    Ok(())
}

/// A statement as a chart's category: its code and short title, as in the HTML
/// report's chart.
fn statement_label(set: &QuestionSet, code: StatementCode, lang: Lang) -> String {
    match set.statement(code) {
        Some(st) => format!("{code} {}", st.short_title(lang)),
        None => code.to_string(),
    }
}

/// A row's figures from column `c` on: mean, median, spread, share high and
/// share low; a figure not shown is an empty cell.
fn figures(table: &mut Table<'_>, row: u32, c: usize, f: &Figures) -> Result<()> {
    let cells = [
        (f.mean, Figure::Mean),
        (f.median, Figure::Mean),
        (f.sd, Figure::Spread),
        (f.share_high, Figure::Share),
        (f.share_low, Figure::Share),
    ];
    for (i, (value, kind)) in cells.into_iter().enumerate() {
        if let Some(v) = value {
            table.number(row, c + i, v, kind)?;
        }
    }
    Ok(())
}

/// The sheet of statement figures per group: n, mean, median, spread, shares and
/// how many gave each point of the scale.
fn statement_sheet(
    sheet: &mut Worksheet,
    t: &'static Texts,
    set: &QuestionSet,
    r: &Report,
) -> Result<()> {
    sheet.set_name(t.xlsx_sheet_statements())?;
    let mut headers = vec![
        t.xlsx_group().to_string(),
        t.col_code().to_string(),
        t.col_statement().to_string(),
        t.xlsx_answers().to_string(),
    ];
    headers.extend(figure_columns(t, r.high, r.low));
    headers.extend((set.scale.min..=set.scale.max).map(|p| t.xlsx_answered(p)));
    let mut table = Table::new(sheet, &headers)?;
    let mut row = 1u32;
    for g in &r.groups {
        for s in &g.statements {
            table.text(row, 0, &bounded(&group_name(r, g, t.lang())))?;
            table.text(row, 1, &s.code.to_string())?;
            let title = set.statement(s.code).map(|st| st.short_title(t.lang()));
            table.text(row, 2, title.as_deref().unwrap_or(""))?;
            table.count(row, 3, s.figures.n)?;
            figures(&mut table, row, 4, &s.figures)?;
            for (p, count) in s.distribution.iter().flatten().enumerate() {
                table.count(row, 9 + p, usize::try_from(*count).unwrap_or(usize::MAX))?;
            }
            row += 1;
        }
    }
    let rows = table.last_row;
    table.finish()?;
    if rows > 0 {
        // The codes are text on purpose ("105", never 105.0): Excel need not
        // flag them.
        sheet.ignore_error_range(1, 1, rows, 1, IgnoreError::NumberStoredAsText)?;
    }
    Ok(())
}

/// A sheet of one distribution chart per group (for its first [`MAX_CHARTS`]
/// groups with figures), each above the shares it draws: a heading the chart's
/// title refers to, then the chart, then a table of the share of the group that
/// gave each point, statement by statement.
fn distribution_sheet(
    sheet: &mut Worksheet,
    t: &'static Texts,
    set: &QuestionSet,
    r: &Report,
) -> Result<()> {
    let name = t.xlsx_sheet_distribution();
    sheet.set_name(name)?;
    print_setup(sheet);
    let heading = Format::new().set_bold().set_font_size(13);
    let bold = Format::new().set_bold();
    let share = Format::new().set_num_format(Figure::Share.code());
    let shown: Vec<&Group> = r
        .groups
        .iter()
        .filter(|g| g.statements.iter().any(|s| s.distribution.is_some()))
        .collect();
    let mut at = 0u32;
    if shown.len() > MAX_CHARTS {
        sheet.write_string(
            at,
            0,
            t.xlsx_charts_first_groups(MAX_CHARTS, shown.len(), t.xlsx_sheet_statements()),
        )?;
        at += 2;
    }
    let points = set.scale.points();
    let mut label_width = t.col_statement().chars().count();
    for g in shown.iter().take(MAX_CHARTS) {
        let title = t.xlsx_distribution_title(bounded(&group_name(r, g, t.lang())), g.respondents);
        sheet.write_string_with_format(at, 0, &title, &heading)?;
        let with: Vec<(&StatementFigures, &Vec<u64>)> = g
            .statements
            .iter()
            .filter_map(|s| s.distribution.as_ref().map(|d| (s, d)))
            .collect();
        let statements = u32::try_from(with.len()).context("too many statements")?;
        let height = BAR_PX * statements + CHART_FRAME_PX;
        let data = at + 2 + height.div_ceil(ROW_PX);
        let last = data + statements;
        sheet.write_string_with_format(data, 0, t.col_statement(), &bold)?;
        for (p, value) in (set.scale.min..=set.scale.max).enumerate() {
            sheet.write_string_with_format(
                data,
                col(1 + p)?,
                scale_point(set, value, t.lang()),
                &bold,
            )?;
        }
        for (i, (s, dist)) in with.iter().enumerate() {
            let row = data + 1 + u32::try_from(i).context("too many statements")?;
            let label = statement_label(set, s.code, t.lang());
            label_width = label_width.max(label.chars().count());
            sheet.write_string(row, 0, &label)?;
            let n = dist.iter().sum::<u64>().max(1) as f64;
            for (p, count) in dist.iter().enumerate() {
                sheet.write_number_with_format(row, col(1 + p)?, *count as f64 / n, &share)?;
            }
        }
        let chart = distribution_chart(t, name, points, at, data, last)?;
        sheet.insert_chart(at + 1, 0, &chart)?;
        at = last + 3;
    }
    sheet.set_column_width(0, (label_width + 1).clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
    for (p, value) in (set.scale.min..=set.scale.max).enumerate() {
        let width = scale_point(set, value, t.lang()).chars().count();
        sheet.set_column_width(col(1 + p)?, (width + 1).clamp(MIN_WIDTH, MAX_WIDTH) as f64)?;
    }
    Ok(())
}

/// A point of the scale as the legend says it: the number, and at the ends the
/// set's word for it ("1 Mycket osäker", "2", …, "7 Mycket säker").
fn scale_point(set: &QuestionSet, value: u8, lang: Lang) -> String {
    if value == set.scale.min {
        format!("{value} {}", set.scale.min_label.get(lang))
    } else if value == set.scale.max {
        format!("{value} {}", set.scale.max_label.get(lang))
    } else {
        value.to_string()
    }
}

/// A group's distribution chart: a 100 % stacked bar per statement, the first
/// at the top, in the ordered palette of the ratings (dark red through grey to
/// dark blue), every statement labelled. The title, the categories and the
/// series names are cells of `sheet`: the heading in row `title`, the header in
/// row `header`, the statements below it down to row `last`.
fn distribution_chart(
    t: &'static Texts,
    sheet: &str,
    points: usize,
    title: u32,
    header: u32,
    last: u32,
) -> Result<Chart> {
    let statements = last - header;
    let mut chart = Chart::new(ChartType::BarPercentStacked);
    chart
        .set_width(CHART_WIDTH_PX)
        .set_height(BAR_PX * statements + CHART_FRAME_PX);
    chart.title().set_name((sheet, title, 0));
    chart.legend().set_position(ChartLegendPosition::Top);
    chart
        .x_axis()
        .set_name(t.xlsx_share_of_answers())
        .set_min(0.0)
        .set_max(1.0)
        .set_major_unit(0.25)
        .set_num_format("0%");
    chart
        .y_axis()
        .set_reverse()
        .set_crossing(ChartAxisCrossing::Max)
        .set_font(ChartFont::new().set_size(9));
    for p in 0..points {
        let c = col(1 + p)?;
        // A white edge between the parts: each part is seen against white.
        let mut format = ChartFormat::new();
        format
            .set_solid_fill(ChartSolidFill::new().set_color(rating_colour(p, points)))
            .set_border(ChartLine::new().set_color("#FFFFFF").set_width(0.75));
        chart
            .add_series()
            .set_name((sheet, header, c))
            .set_categories((sheet, header + 1, 0, last, 0))
            .set_values((sheet, header + 1, c, last, c))
            .set_gap(40)
            .set_format(&mut format);
    }
    Ok(chart)
}

/// The headers of the attempts sheet before the answers: respondent, attempt,
/// date, label, workplace, role, question set and its version.
fn attempt_columns(t: &'static Texts) -> [&'static str; 8] {
    [
        t.xlsx_col_respondent(),
        t.xlsx_col_attempt(),
        t.xlsx_col_date(),
        t.xlsx_col_label(),
        t.xlsx_col_workplace(),
        t.xlsx_col_role(),
        t.xlsx_col_question_set(),
        t.xlsx_col_version(),
    ]
}

/// The headers of a group's figures after its first columns: mean, median,
/// standard deviation, and the shares at or above `high` and at or below `low`.
fn figure_columns(t: &'static Texts, high: u8, low: u8) -> [String; 5] {
    [
        t.xlsx_col_mean().to_string(),
        t.xlsx_col_median().to_string(),
        t.xlsx_col_sd().to_string(),
        t.xlsx_col_share_high(high),
        t.xlsx_col_share_low(low),
    ]
}

/// The headers of the paired sheet: area, n, mean change, the 95 % interval's
/// ends, d_z, and how many rose, stayed and fell.
fn paired_columns(t: &'static Texts) -> [&'static str; 9] {
    [
        t.paired_col_area(),
        t.paired_col_n(),
        t.paired_col_change(),
        t.xlsx_col_ci_low(),
        t.xlsx_col_ci_high(),
        t.paired_col_dz(),
        t.xlsx_col_rose(),
        t.xlsx_col_same(),
        t.xlsx_col_fell(),
    ]
}

/// The change for the people in both rounds, per area and overall.
fn paired_sheet(
    sheet: &mut Worksheet,
    t: &'static Texts,
    set: &QuestionSet,
    c: &Comparison,
    names: &(String, String),
) -> Result<()> {
    sheet.set_name(t.xlsx_sheet_paired())?;
    let mut table = Table::new(sheet, &paired_columns(t))?;
    let rows = c
        .paired
        .areas
        .iter()
        .map(|a| (Some(a.area), &a.paired))
        .chain(std::iter::once((None, &c.paired.overall)));
    for (i, (area, p)) in rows.enumerate() {
        let row = u32::try_from(i + 1).context("too many rows")?;
        match area {
            Some(a) => table.text(row, 0, &format!("{a} {}", set.area_name(a, t.lang())))?,
            None => table.text(row, 0, t.overall())?,
        }
        table.count(row, 1, p.n)?;
        let numbers = [
            (2, p.mean_change, Figure::Change),
            (3, p.ci_low, Figure::Change),
            (4, p.ci_high, Figure::Change),
            (5, p.d_z, Figure::Spread),
        ];
        for (c, v, kind) in numbers {
            if let Some(v) = v {
                table.number(row, c, v, kind)?;
            }
        }
        for (c, v) in [(6, p.rose), (7, p.same), (8, p.fell)] {
            if let Some(v) = v {
                table.count(row, c, usize::try_from(v).unwrap_or(usize::MAX))?;
            }
        }
    }
    table.finish()?;
    // Under the table (outside its filter): which rounds, and who is left out.
    let below = u32::try_from(c.paired.areas.len() + 3).context("too many rows")?;
    sheet.write_string(below, 0, bounded(&t.paired_title(&names.0, &names.1)))?;
    sheet.write_string(
        below + 1,
        0,
        bounded(&t.only_one_round(c.paired.only_from, c.paired.only_to)),
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sheet_names_follow_excels_rules_in_both_languages() {
        for lang in [Lang::SV, Lang::EN] {
            let t = texts(lang);
            let names = [
                t.xlsx_sheet_attempts(),
                t.xlsx_sheet_areas(),
                t.xlsx_sheet_statements(),
                t.xlsx_sheet_distribution(),
                t.xlsx_sheet_paired(),
            ];
            for name in names {
                assert!(name.chars().count() <= 31, "{name}");
                assert!(
                    !name.contains(['[', ']', ':', '*', '?', '/', '\\']),
                    "{name}"
                );
                assert!(!name.starts_with('\'') && !name.ends_with('\''), "{name}");
            }
            let mut distinct = names.to_vec();
            distinct.sort_unstable();
            distinct.dedup();
            assert_eq!(distinct.len(), names.len(), "{lang:?}");
        }
    }

    #[test]
    fn a_column_is_as_wide_as_the_number_shows() {
        assert_eq!(Figure::Mean.shown_width(49.0 / 12.0), "4.1".len());
        assert_eq!(Figure::Spread.shown_width(1.0 / 3.0), "0.33".len());
        assert_eq!(Figure::Share.shown_width(2.0 / 3.0), "67%".len());
        assert_eq!(Figure::Share.shown_width(1.0), "100%".len());
        assert_eq!(Figure::Change.shown_width(-0.25), "-0.3".len());
        assert_eq!(Figure::Count.shown_width(12.0), "12".len());
    }

    #[test]
    fn long_text_is_cut_with_an_ellipsis() {
        assert_eq!(cut("kort", 10), "kort");
        assert_eq!(cut("åäöåäöåäö", 4), "åäö…");
        assert_eq!(bounded(&"L".repeat(200)).chars().count(), MAX_NAME);
    }
}
