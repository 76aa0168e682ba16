//! Output formats of the group report: one writer per format (table, CSV, JSON,
//! Markdown, HTML with SVG charts, Excel with charts).

use crate::export::{col, html_escape, html_page, neutralise, AREA_COLOURS};
use crate::lang::Lang;
use crate::questions::QuestionSet;
use crate::render::{decimal, delta, Style};
use crate::texts::{fill, texts};
use crate::workshop::{Group, Report, Stats, MIN_GROUP};
use anyhow::{Context as _, Result};
use comfy_table::{Cell, CellAlignment};
use std::fmt::Write as _;

/// The output formats of `workshop`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Table,
    Csv,
    Json,
    Md,
    Html,
    Xlsx,
}

fn pct(share: f64) -> String {
    format!("{:.0} %", share * 100.0)
}

fn group_name(g: &Group, lang: Lang) -> String {
    g.name
        .clone()
        .unwrap_or_else(|| texts(lang).everyone.to_string())
}

fn small_note(g: &Group, lang: Lang) -> String {
    fill(
        texts(lang).group_too_small,
        &[("n", &g.respondents), ("min", &MIN_GROUP)],
    )
}

/// Renders `report` in `format`.
pub fn render(
    set: &QuestionSet,
    report: &Report,
    format: Format,
    lang: Lang,
    style: Style,
    csv_delimiter: u8,
) -> Result<Vec<u8>> {
    Ok(match format {
        Format::Table => table(set, report, lang, style).into_bytes(),
        Format::Json => {
            let mut v = serde_json::to_vec_pretty(report)?;
            v.push(b'\n');
            v
        }
        Format::Csv => csv(set, report, csv_delimiter)?,
        Format::Md => markdown(set, report, lang).into_bytes(),
        Format::Html => html(set, report, lang).into_bytes(),
        Format::Xlsx => xlsx(set, report, lang)?,
    })
}

fn table(set: &QuestionSet, r: &Report, lang: Lang, style: Style) -> String {
    let tx = texts(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "{}",
        style.heading(&format!(
            "{}: {} {}, {} {}",
            tx.group_profile, r.files_read, tx.files_word, r.respondents, tx.respondents_word
        ))
    );
    for g in &r.groups {
        let _ = writeln!(
            out,
            "\n{}",
            style.heading(&format!("{} (n = {})", group_name(g, lang), g.respondents))
        );
        let mut t = style.table();
        t.set_header(vec![
            tx.col_area.to_string(),
            tx.col_mean.to_string(),
            tx.col_median.to_string(),
            tx.col_sd.to_string(),
            format!("≥ {}", r.high),
            format!("≤ {}", r.low),
        ]);
        for [name, numbers @ ..] in area_cells(set, g, lang) {
            let mut row = vec![Cell::new(name)];
            row.extend(
                numbers
                    .into_iter()
                    .map(|n| Cell::new(n).set_alignment(CellAlignment::Right)),
            );
            t.add_row(row);
        }
        let _ = writeln!(out, "{t}");
        if g.too_small {
            let _ = writeln!(out, "{}", small_note(g, lang));
            continue;
        }
        let mut t = style.table();
        let mut header = vec![
            tx.col_code.to_string(),
            tx.col_mean.to_string(),
            tx.col_median.to_string(),
            tx.col_sd.to_string(),
        ];
        header.push(format!("{}–{}", set.scale.min, set.scale.max));
        header.push(format!("≥ {}", r.high));
        header.push(format!("≤ {}", r.low));
        t.set_header(header);
        for s in &g.statements {
            let dist: Vec<String> = s.distribution.iter().map(usize::to_string).collect();
            t.add_row(vec![
                Cell::new(&s.code),
                Cell::new(decimal(s.stats.mean, lang)).set_alignment(CellAlignment::Right),
                Cell::new(decimal(s.stats.median, lang)).set_alignment(CellAlignment::Right),
                Cell::new(s.stats.sd.map_or("–".into(), |v| decimal(v, lang)))
                    .set_alignment(CellAlignment::Right),
                Cell::new(dist.join(" ")),
                Cell::new(pct(s.share_high)).set_alignment(CellAlignment::Right),
                Cell::new(pct(s.share_low)).set_alignment(CellAlignment::Right),
            ]);
        }
        let _ = writeln!(out, "{t}");
        let _ = writeln!(out, "\n{}", style.heading(tx.priorities_lowest));
        for line in priorities_text(set, g, lang, "  ").lines() {
            let opts =
                textwrap::Options::new(usize::from(style.width)).subsequent_indent("        ");
            let _ = writeln!(out, "{}", textwrap::fill(line, opts));
        }
    }
    if let Some(c) = &r.comparison {
        let from = c.from.clone().unwrap_or_else(|| "–".into());
        let to = c.to.clone().unwrap_or_else(|| "–".into());
        let _ = writeln!(
            out,
            "\n{}",
            style.heading(&format!("{}: {from} → {to}", tx.col_change))
        );
        let _ = writeln!(out, "{}", side_by_side(set, r, lang, style));
        if !c.biggest_gains.is_empty() {
            let _ = writeln!(out, "{}", tx.biggest_gains);
            for (code, d) in &c.biggest_gains {
                let text = set.statement(code).map_or("", |s| s.text.get(lang));
                let opts = textwrap::Options::new(usize::from(style.width))
                    .initial_indent("  ")
                    .subsequent_indent("        ");
                let line = format!("{}  {code}  {text}", delta(*d, lang));
                let _ = writeln!(out, "{}", textwrap::fill(&line, opts));
            }
        }
    }
    for b in &r.skipped_files {
        let _ = writeln!(out, "\n{}: {} ({})", tx.skipped, b.file, b.reason);
    }
    out
}

/// The groups' area means side by side, with the change from the first to the last.
fn side_by_side(set: &QuestionSet, r: &Report, lang: Lang, style: Style) -> comfy_table::Table {
    let tx = texts(lang);
    let mut t = style.table();
    let mut header = vec![tx.col_area.to_string()];
    header.extend(
        r.groups
            .iter()
            .map(|g| format!("{}\n(n = {})", group_name(g, lang), g.respondents)),
    );
    header.push(tx.col_change.to_string());
    t.set_header(header);
    let change = |area: Option<u8>| {
        r.comparison.as_ref().and_then(|c| match area {
            Some(a) => c.areas.iter().find(|(n, _)| *n == a).map(|(_, d)| *d),
            None => c.overall,
        })
    };
    for area in &set.areas {
        let mut row = vec![Cell::new(format!(
            "{} {}",
            area.number,
            area.name.get(lang)
        ))];
        for g in &r.groups {
            let m = g.areas.iter().find(|a| a.area == area.number);
            row.push(
                Cell::new(m.map_or("–".into(), |a| decimal(a.stats.mean, lang)))
                    .set_alignment(CellAlignment::Right),
            );
        }
        row.push(Cell::new(crate::render::marked_delta(
            change(Some(area.number)),
            lang,
            true,
        )));
        t.add_row(row);
    }
    let mut row = vec![Cell::new(tx.overall)];
    for g in &r.groups {
        row.push(
            Cell::new(
                g.overall
                    .as_ref()
                    .map_or("–".into(), |o| decimal(o.mean, lang)),
            )
            .set_alignment(CellAlignment::Right),
        );
    }
    row.push(Cell::new(crate::render::marked_delta(
        change(None),
        lang,
        true,
    )));
    t.add_row(row);
    t
}

/// A group's area figures as text: name, mean, median, spread, share high, share low.
fn area_cells(set: &QuestionSet, g: &Group, lang: Lang) -> Vec<[String; 6]> {
    g.areas
        .iter()
        .map(|a| {
            [
                format!("{} {}", a.area, set.area_name(a.area, lang)),
                decimal(a.stats.mean, lang),
                decimal(a.stats.median, lang),
                a.stats
                    .sd
                    .map_or_else(|| "–".to_string(), |s| decimal(s, lang)),
                pct(a.share_high),
                pct(a.share_low),
            ]
        })
        .collect()
}

fn priorities_text(set: &QuestionSet, g: &Group, lang: Lang, indent: &str) -> String {
    let mut out = String::new();
    let mut areas = Vec::new();
    for code in &g.priorities {
        if let (Some(st), Some(fig)) = (
            set.statement(code),
            g.statements.iter().find(|s| &s.code == code),
        ) {
            let _ = writeln!(
                out,
                "{indent}{}  {code}  {}",
                decimal(fig.stats.mean, lang),
                st.text.get(lang)
            );
            if !areas.contains(&st.area()) {
                areas.push(st.area());
            }
        }
    }
    for area in areas {
        if let Some(a) = set.area(area) {
            for res in &a.resources {
                let _ = writeln!(
                    out,
                    "{indent}→ {}: {} ({})",
                    a.name.get(lang),
                    res.title,
                    res.url
                );
            }
        }
    }
    out
}

fn csv(set: &QuestionSet, r: &Report, delimiter: u8) -> Result<Vec<u8>> {
    let comma = delimiter == b';';
    let num = |v: f64| {
        let s = format!("{v:.2}");
        if comma {
            s.replace('.', ",")
        } else {
            s
        }
    };
    let mut out = "\u{feff}".as_bytes().to_vec();
    {
        let mut w = csv::WriterBuilder::new()
            .delimiter(delimiter)
            .from_writer(&mut out);
        let mut header = vec![
            "group",
            "respondents",
            "kind",
            "key",
            "n",
            "mean",
            "median",
            "sd",
            "share_high",
            "share_low",
        ]
        .into_iter()
        .map(String::from)
        .collect::<Vec<_>>();
        header.extend((set.scale.min..=set.scale.max).map(|p| format!("count_{p}")));
        w.write_record(&header)?;
        for g in &r.groups {
            let name = neutralise(g.name.as_deref().unwrap_or(""));
            // One row layout for areas and statements; areas have no distribution.
            let mut row =
                |kind: &str, key: String, st: &Stats, high: f64, low: f64, counts: Vec<String>| {
                    let mut row = vec![
                        name.clone(),
                        g.respondents.to_string(),
                        kind.to_string(),
                        key,
                        st.n.to_string(),
                        num(st.mean),
                        num(st.median),
                        st.sd.map(num).unwrap_or_default(),
                        num(high),
                        num(low),
                    ];
                    row.extend(counts);
                    w.write_record(&row)
                };
            for a in &g.areas {
                let blanks = vec![String::new(); set.scale.points()];
                row(
                    "area",
                    a.area.to_string(),
                    &a.stats,
                    a.share_high,
                    a.share_low,
                    blanks,
                )?;
            }
            for s in &g.statements {
                let counts = s.distribution.iter().map(usize::to_string).collect();
                row(
                    "statement",
                    s.code.clone(),
                    &s.stats,
                    s.share_high,
                    s.share_low,
                    counts,
                )?;
            }
        }
        w.flush()?;
    }
    Ok(out)
}

fn markdown(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    let tx = texts(lang);
    let mut out = format!("# {}\n\n", tx.group_profile);
    for g in &r.groups {
        let _ = writeln!(
            out,
            "## {} (n = {})\n",
            group_name(g, lang).replace('|', "\\|"),
            g.respondents
        );
        let _ = writeln!(
            out,
            "| {} | {} | {} | ≥ {} | ≤ {} |\n|---|---:|---:|---:|---:|",
            tx.col_area, tx.col_mean, tx.col_sd, r.high, r.low
        );
        for [name, mean, _median, sd, high, low] in area_cells(set, g, lang) {
            let _ = writeln!(out, "| {name} | {mean} | {sd} | {high} | {low} |");
        }
        out.push('\n');
        if g.too_small {
            let _ = writeln!(out, "{}\n", small_note(g, lang));
            continue;
        }
        let _ = writeln!(out, "### {}\n", tx.action_plan_draft);
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} |\n|---|---|---:|---|---|",
            tx.col_code, tx.col_statement, tx.col_mean, tx.col_owner, tx.col_date
        );
        for code in &g.priorities {
            if let (Some(st), Some(fig)) = (
                set.statement(code),
                g.statements.iter().find(|s| &s.code == code),
            ) {
                let _ = writeln!(
                    out,
                    "| {code} | {} | {} |  |  |",
                    st.text.get(lang).replace('|', "\\|"),
                    decimal(fig.stats.mean, lang)
                );
            }
        }
        out.push('\n');
        out.push_str(
            &priorities_text(set, g, lang, "")
                .lines()
                .filter_map(|l| l.strip_prefix("→ "))
                .map(|l| format!("- {l}\n"))
                .collect::<String>(),
        );
        out.push('\n');
    }
    if let Some(c) = &r.comparison {
        let _ = writeln!(out, "## {}\n", tx.change_per_area);
        let _ = writeln!(out, "| {} | {} |\n|---|---:|", tx.col_area, tx.col_change);
        for (area, d) in &c.areas {
            let _ = writeln!(
                out,
                "| {area} {} | {} |",
                set.area_name(*area, lang),
                delta(*d, lang)
            );
        }
        out.push('\n');
    }
    out
}

fn html(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    let tx = texts(lang);
    let mut body = format!("<h1>{}</h1>\n", tx.group_profile);
    body.push_str(&area_chart(set, r, lang));
    for g in &r.groups {
        let _ = writeln!(
            body,
            "<h2>{} (n = {})</h2>",
            html_escape(&group_name(g, lang)),
            g.respondents
        );
        if g.too_small {
            let _ = writeln!(body, "<p>{}</p>", html_escape(&small_note(g, lang)));
            continue;
        }
        body.push_str(&distribution_chart(set, g));
        let _ = writeln!(
            body,
            "<h3>{}</h3>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>",
            html_escape(tx.action_plan_draft),
            html_escape(tx.col_code),
            html_escape(tx.col_statement),
            html_escape(tx.col_mean),
            html_escape(tx.col_owner),
            html_escape(tx.col_date)
        );
        for code in &g.priorities {
            if let (Some(st), Some(fig)) = (
                set.statement(code),
                g.statements.iter().find(|s| &s.code == code),
            ) {
                let _ = writeln!(
                    body,
                    "<tr><td>{code}</td><td>{}</td><td class=\"n\">{}</td><td></td><td></td></tr>",
                    html_escape(st.text.get(lang)),
                    decimal(fig.stats.mean, lang)
                );
            }
        }
        body.push_str("</table>\n");
    }
    html_page(tx.group_profile, &body)
}

/// Bars of the area means, one colour per group.
fn area_chart(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    // Each area's name on a line of its own, its groups' bars below it, and a legend of
    // the groups on top: nothing is cut off, and the colours are explained.
    let (w, bar_h, label_h, left) = (640.0, 22.0, 20.0, 10.0);
    let groups = r.groups.len().max(1) as f64;
    let legend_h = 24.0;
    let h = legend_h + set.areas.len() as f64 * (label_h + bar_h * groups + 8.0);
    let scale = (w - left - 60.0) / f64::from(set.scale.max);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h:.0}\" role=\"img\">\n"
    );
    let mut x = left;
    for (k, g) in r.groups.iter().enumerate() {
        let name = html_escape(&format!("{} (n = {})", group_name(g, lang), g.respondents));
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"4\" width=\"14\" height=\"14\" fill=\"{}\"/><text x=\"{:.1}\" y=\"16\" font-size=\"13\">{name}</text>",
            AREA_COLOURS[k % AREA_COLOURS.len()],
            x + 20.0
        );
        x += 40.0 + 8.0 * name.chars().count() as f64;
    }
    let mut y = legend_h;
    for area in &set.areas {
        let _ = writeln!(
            svg,
            "<text x=\"{left}\" y=\"{:.1}\" font-size=\"14\" font-weight=\"bold\">{} {}</text>",
            y + 15.0,
            area.number,
            html_escape(area.name.get(lang))
        );
        y += label_h;
        for (k, g) in r.groups.iter().enumerate() {
            if let Some(a) = g.areas.iter().find(|a| a.area == area.number) {
                let width = a.stats.mean * scale;
                let _ = writeln!(
                    svg,
                    "<rect x=\"{left}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}: {}</title></rect><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\">{}</text>",
                    bar_h - 4.0,
                    AREA_COLOURS[k % AREA_COLOURS.len()],
                    html_escape(&group_name(g, lang)),
                    decimal(a.stats.mean, lang),
                    left + width + 6.0,
                    y + 14.0,
                    decimal(a.stats.mean, lang)
                );
            }
            y += bar_h;
        }
        y += 8.0;
    }
    svg.push_str("</svg>\n");
    svg
}

/// One stacked bar per statement: how many rated each point of the scale.
/// A diverging palette (ColorBrewer RdBu) from low (red) to high (blue).
const RATING_COLOURS: [&str; 7] = [
    "#b2182b", "#d6604d", "#f4a582", "#e0e0e0", "#92c5de", "#4393c3", "#2166ac",
];

/// The colour of point `p` (0-based) of a scale with `points` points.
fn rating_colour(p: usize, points: usize) -> &'static str {
    let last = RATING_COLOURS.len() - 1;
    let i = if points <= 1 {
        last
    } else {
        (p * last + (points - 1) / 2) / (points - 1)
    };
    RATING_COLOURS[i.min(last)]
}

fn distribution_chart(set: &QuestionSet, g: &Group) -> String {
    let (w, row_h, left) = (640.0, 18.0, 50.0);
    let points = set.scale.points();
    let legend_h = 26.0;
    let h = legend_h + g.statements.len() as f64 * row_h + 10.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h:.0}\" role=\"img\">\n"
    );
    // The legend: one swatch per rating, so the colours need no guessing.
    for p in 0..points {
        let x = left + p as f64 * 44.0;
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"4\" width=\"16\" height=\"14\" fill=\"{}\"/><text x=\"{:.1}\" y=\"16\" font-size=\"13\">{}</text>",
            rating_colour(p, points),
            x + 20.0,
            usize::from(set.scale.min) + p
        );
    }
    for (i, s) in g.statements.iter().enumerate() {
        let y = legend_h + i as f64 * row_h;
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"12\">{}</text>",
            y + 12.0,
            s.code
        );
        let total = s.stats.n.max(1) as f64;
        let mut x = left;
        for (p, count) in s.distribution.iter().enumerate() {
            let width = (w - left - 10.0) * (*count as f64) / total;
            let _ = writeln!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}: {count}</title></rect>",
                row_h - 4.0,
                rating_colour(p, points),
                usize::from(set.scale.min) + p
            );
            x += width;
        }
    }
    svg.push_str("</svg>\n");
    svg
}

fn xlsx(set: &QuestionSet, r: &Report, lang: Lang) -> Result<Vec<u8>> {
    use rust_xlsxwriter::{Chart, ChartType, Workbook};
    let tx = texts(lang);
    let mut book = Workbook::new();
    let areas = book.add_worksheet();
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

    let st = book.add_worksheet();
    st.set_name("statements")?;
    let mut headers: Vec<String> = [
        "group",
        "code",
        "n",
        "mean",
        "median",
        "sd",
        "share_high",
        "share_low",
    ]
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    headers.extend((set.scale.min..=set.scale.max).map(|p| format!("count_{p}")));
    for (c, h) in headers.iter().enumerate() {
        st.write_string(0, col(c)?, h)?;
    }
    let mut row = 1u32;
    let mut charts = Vec::new();
    for g in &r.groups {
        let first = row;
        for s in &g.statements {
            st.write_string(row, 0, neutralise(&group_name(g, lang)))?;
            st.write_string(row, 1, &s.code)?;
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
    Ok(book.save_to_buffer()?)
}
