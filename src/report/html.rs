//! HTML: self-contained pages (inline style, SVG charts, no external asset) for a
//! screen, a projector, a printer and a screen reader alike.
//!
//! Everything is inside `<main>` under one `<h1>`, headings go down one level at a
//! time, every table has a `<caption>` and header cells with a `scope`, and a
//! legend under every table that uses a spread, a share, a change or a
//! distribution says what they are. The group report carries everything that the
//! table and Markdown reports do. Printed, the pages are A4, a heading stays with
//! what follows it, and no table row or chart is split.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::stats::shown_change;
use crate::render::format::{decimal, delta, marked_delta, percent};
use crate::render::screens::resource_title;
use crate::report::escape::html_escape;
use crate::report::svg::{area_chart, distribution_chart, profile_date_step, profile_svg};
use crate::report::{
    area_cells, group_name, header_lines, paired_rows, paired_sentences, plan_rows, priorities,
    small_note, tied_line, Exporter, Personal, RenderCtx,
};
use crate::workshop::report::{Comparison, Group, Report};
use anyhow::Result;
use std::fmt::Write as _;

/// The HTML format; the personal report carries the action plan when asked.
pub struct Html;

/// The style sheet of every page: readable on a screen and a projector (dark text
/// on white, at least 4.5:1), and on A4 paper.
const STYLE: &str = "\
:root{color-scheme:light}
body{font-family:system-ui,sans-serif;line-height:1.45;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111;background:#fff}
h1,h2,h3,h4{line-height:1.2}
h2{margin-top:2.2rem;border-bottom:2px solid #111;padding-bottom:.2rem}
h3{margin-top:1.6rem}
table{border-collapse:collapse;margin:.4rem 0 .6rem}
caption{text-align:left;font-weight:600;padding:.2rem 0 .4rem}
th,td{border:1px solid #767676;padding:.25rem .5rem;vertical-align:top}
thead th{background:#f0f0f0;vertical-align:bottom}
th{text-align:left;font-weight:600}
.n{text-align:right;font-variant-numeric:tabular-nums}
td.n,.nw{white-space:nowrap}
td:empty{width:6rem}
.legend,.note{font-size:.9em;color:#333;max-width:48rem;margin:.2rem 0 1rem}
figure{margin:1rem 0}
svg{display:block;width:100%;max-width:56rem;height:auto}
a{color:#0645ad}
.vh{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap}
@page{size:A4;margin:14mm 12mm 16mm}
@media print{
body{max-width:none;margin:0;padding:0;font-size:10pt}
h2{margin-top:1.2rem}
h2,h3,h4,caption{break-after:avoid;page-break-after:avoid}
tr,figure,.legend,li,table.keep{break-inside:avoid;page-break-inside:avoid}
.legend{break-before:avoid;page-break-before:avoid}
thead{display:table-header-group;break-after:avoid;page-break-after:avoid}
tbody tr:first-child{break-before:avoid;page-break-before:avoid}
table{width:100%;font-size:8.5pt}
th,td{padding:.15rem .3rem}
svg{max-width:100%}
a{color:#111;text-decoration:none}
a[href]::after{content:\" (\" attr(href) \")\";font-size:8pt;word-break:break-all}
}
";

/// Shared page frame of the HTML reports: inline style, the body inside `<main>`,
/// printable, no external asset.
pub fn html_page(title: &str, body: &str, lang: Lang) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n<main>\n{body}</main>\n</body>\n</html>\n",
        lang.code(),
        html_escape(title)
    )
}

/// A column header; `html` is markup already (escape text first), `numeric`
/// aligns it right over its numbers.
fn th_col(html: &str, numeric: bool) -> String {
    let class = if numeric { " class=\"n\"" } else { "" };
    format!("<th scope=\"col\"{class}>{html}</th>")
}

/// The opening of a table: its caption and its header row. A table of a few
/// rows is kept on one page in print; a long one continues on the next.
fn table_start(caption: &str, headers: &[String], rows: usize) -> String {
    let keep = if rows <= 12 { " class=\"keep\"" } else { "" };
    format!(
        "<table{keep}>\n<caption>{}</caption>\n<thead><tr>{}</tr></thead>\n<tbody>\n",
        html_escape(caption),
        headers.concat()
    )
}

/// A row: a header cell naming it, then numbers aligned right.
fn number_row(name: &str, numbers: &[String]) -> String {
    let mut out = format!("<tr><th scope=\"row\">{}</th>", html_escape(name));
    for n in numbers {
        let _ = write!(out, "<td class=\"n\">{}</td>", html_escape(n));
    }
    out.push_str("</tr>\n");
    out
}

/// A paragraph of the legend class under a table.
fn legend(text: &str) -> String {
    format!("<p class=\"legend\">{}</p>\n", html_escape(text))
}

impl Exporter<Personal<'_>> for Html {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let (set, records, lang) = (cx.set, doc.records, cx.lang);
        let t = texts(lang);
        let mut body = format!("<h1>{}</h1>\n", html_escape(set.title.get(lang)));
        let _ = writeln!(
            body,
            "<h2>{}</h2>\n<figure>\n{}</figure>",
            html_escape(t.html_profile_heading()),
            profile_svg(set, records, lang, "profile")
        );
        if profile_date_step(records.len()) > 1 {
            let _ = writeln!(body, "<p class=\"note\">{}</p>", t.html_some_dates());
        }
        body.push_str(&personal_table(set, doc, lang));
        if let Some(plans) = &doc.plans {
            let _ = writeln!(body, "<h2>{}</h2>", html_escape(t.plan_title()));
            let headers: Vec<String> = [t.col_target(), t.col_goal(), t.col_due(), t.col_status()]
                .iter()
                .map(|h| th_col(&html_escape(h), false))
                .collect();
            body.push_str(&table_start(t.html_plan_caption(), &headers, plans.len()));
            for [target, goal, due, status] in plan_rows(set, plans, lang) {
                let _ = writeln!(
                    body,
                    "<tr><th scope=\"row\">{}</th><td>{}</td><td>{}</td><td>{}</td></tr>",
                    html_escape(&target),
                    html_escape(&goal),
                    html_escape(&due),
                    html_escape(&status)
                );
            }
            body.push_str("</tbody>\n</table>\n");
        }
        Ok(html_page(set.title.get(lang), &body, lang).into_bytes())
    }
}

/// The person's area means, one attempt per row (oldest first) and one area per
/// column: as many attempts as there are fit on a page, since rows continue on
/// the next page and the columns are always the five areas.
fn personal_table(set: &QuestionSet, doc: &Personal<'_>, lang: Lang) -> String {
    let t = texts(lang);
    let mut headers = vec![th_col(&html_escape(t.html_col_attempt()), false)];
    headers.extend(set.areas.iter().map(|a| {
        th_col(
            &html_escape(&format!("{} {}", a.number, a.name.get(lang))),
            true,
        )
    }));
    let mut out = table_start(t.html_profile_caption(), &headers, doc.records.len());
    for r in doc.records {
        let date = r.date.map(|d| d.to_string()).unwrap_or_default();
        let label = r.label.as_deref().unwrap_or("");
        let means: Vec<String> = set
            .areas
            .iter()
            .map(|a| {
                r.area_means
                    .get(&a.number)
                    .map_or("–".into(), |m| decimal(*m, lang))
            })
            .collect();
        // The date is never broken over two lines; the label may wrap.
        let _ = write!(
            out,
            "<tr><th scope=\"row\"><span class=\"nw\">{}</span> {}</th>",
            html_escape(&date),
            html_escape(label)
        );
        for m in &means {
            let _ = write!(out, "<td class=\"n\">{m}</td>");
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

impl Exporter<Report> for Html {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        Ok(group_html(cx.set, report, cx.lang).into_bytes())
    }
}

fn group_html(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    let tx = texts(lang);
    let mut body = format!("<h1>{}</h1>\n", html_escape(tx.group_profile()));
    for line in header_lines(r, lang) {
        let _ = writeln!(body, "<p>{}</p>", html_escape(&line));
    }
    let chart = area_chart(set, r, lang, "areas");
    if !chart.is_empty() {
        let _ = writeln!(
            body,
            "<h2>{}</h2>\n<figure>\n{chart}</figure>",
            html_escape(tx.mean_per_area())
        );
    }
    for (i, g) in r.groups.iter().enumerate() {
        body.push_str(&group_section(set, r, g, i, lang));
    }
    if let Some(c) = &r.comparison {
        body.push_str(&change_html(set, r, c, lang));
    }
    if !r.skipped_files.is_empty() {
        let _ = writeln!(
            body,
            "<h2>{}</h2>\n<ul>",
            html_escape(tx.html_skipped_heading())
        );
        for b in &r.skipped_files {
            let _ = writeln!(
                body,
                "<li>{} ({})</li>",
                html_escape(&b.file),
                html_escape(&b.reason)
            );
        }
        body.push_str("</ul>\n");
    }
    html_page(tx.group_profile(), &body, lang)
}

/// One group: its n, and unless it is too small its areas, its statements (chart
/// and table) and its team plan draft with the learning resources.
fn group_section(set: &QuestionSet, r: &Report, g: &Group, i: usize, lang: Lang) -> String {
    let tx = texts(lang);
    let name = group_name(r, g, lang);
    let mut out = format!("<h2>{} (n = {})</h2>\n", html_escape(&name), g.respondents);
    if g.too_small {
        let _ = writeln!(out, "<p>{}</p>", html_escape(&small_note(r, g, lang)));
        return out;
    }
    let _ = writeln!(out, "<h3>{}</h3>", html_escape(tx.html_areas_heading()));
    let mut headers = vec![th_col(&html_escape(tx.col_area()), false)];
    headers.extend(
        [
            tx.col_mean().to_string(),
            tx.col_median().to_string(),
            tx.col_sd().to_string(),
            format!("≥ {}", r.high),
            format!("≤ {}", r.low),
        ]
        .iter()
        .map(|h| th_col(&html_escape(h), true)),
    );
    out.push_str(&table_start(
        &tx.html_areas_caption(&name),
        &headers,
        g.areas.len(),
    ));
    for [area, numbers @ ..] in area_cells(set, g, lang) {
        out.push_str(&number_row(&area, &numbers));
    }
    out.push_str("</tbody>\n</table>\n");
    out.push_str(&legend(&tx.areas_legend(r.high, r.low)));
    let _ = writeln!(
        out,
        "<h3>{}</h3>\n<figure>\n{}</figure>",
        html_escape(tx.html_statements_heading()),
        distribution_chart(set, r, g, lang, &format!("dist{i}"))
    );
    out.push_str(&statement_table(set, r, g, lang));
    out.push_str(&plan_draft(set, g, &name, lang));
    out
}

/// A group's statements: code, short title, mean, median, spread, how many gave
/// each rating, and the shares high and low.
fn statement_table(set: &QuestionSet, r: &Report, g: &Group, lang: Lang) -> String {
    let tx = texts(lang);
    let mut headers = vec![
        th_col(&html_escape(tx.col_code()), false),
        th_col(&html_escape(tx.col_statement()), false),
    ];
    for h in [tx.col_mean(), tx.col_median(), tx.col_sd()] {
        headers.push(th_col(&html_escape(h), true));
    }
    for p in set.scale.min..=set.scale.max {
        let hidden = html_escape(tx.html_count_prefix());
        headers.push(th_col(
            &format!("<span class=\"vh\">{hidden}</span>{p}"),
            true,
        ));
    }
    for h in [format!("≥ {}", r.high), format!("≤ {}", r.low)] {
        headers.push(th_col(&html_escape(&h), true));
    }
    let name = group_name(r, g, lang);
    let mut out = table_start(
        &tx.html_statements_caption(&name),
        &headers,
        g.statements.len(),
    );
    for s in &g.statements {
        let title = set
            .statement(s.code)
            .map(|st| st.short_title(lang))
            .unwrap_or_default();
        let mut numbers = vec![
            decimal(s.stats.mean, lang),
            decimal(s.stats.median, lang),
            s.stats.sd.map_or("–".into(), |v| decimal(v, lang)),
        ];
        numbers.extend(s.distribution.iter().map(usize::to_string));
        numbers.push(percent(s.share_high));
        numbers.push(percent(s.share_low));
        let _ = write!(
            out,
            "<tr><th scope=\"row\">{}</th><td>{}</td>",
            s.code,
            html_escape(&title)
        );
        for n in &numbers {
            let _ = write!(out, "<td class=\"n\">{}</td>", html_escape(n));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
    out.push_str(&legend(&super::statements_legend(
        tx, &set.scale, r.high, r.low, true,
    )));
    out
}

/// A group's team plan draft: the lowest statements with room for an owner and a
/// date, and the learning resources for them.
fn plan_draft(set: &QuestionSet, g: &Group, name: &str, lang: Lang) -> String {
    let tx = texts(lang);
    let mut out = format!(
        "<h3>{}</h3>\n<table class=\"keep\">\n<caption>{}</caption>\n<thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"n\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead>\n<tbody>\n",
        html_escape(tx.action_plan_draft()),
        html_escape(&tx.html_plan_draft_caption(name)),
        html_escape(tx.col_code()),
        html_escape(tx.col_statement()),
        html_escape(tx.col_mean()),
        html_escape(tx.col_owner()),
        html_escape(tx.col_date())
    );
    for (st, fig) in priorities(set, g) {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td></td><td></td></tr>",
            st.code,
            html_escape(st.text.get(lang)),
            decimal(fig.stats.mean, lang)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    if let Some(more) = tied_line(set, g, lang) {
        let _ = writeln!(out, "<p>{}</p>", html_escape(&more));
    }
    let resources = set.resources_for_all(g.priorities.iter().copied());
    if !resources.is_empty() {
        let _ = writeln!(
            out,
            "<h4>{}</h4>\n<ul>",
            html_escape(tx.html_resources_heading())
        );
        for res in resources {
            let title = html_escape(&resource_title(res, lang));
            let url = html_escape(&res.url);
            // Only a web address becomes a link; anything else is shown as text.
            let _ = if res.url.starts_with("https://") || res.url.starts_with("http://") {
                writeln!(out, "<li><a href=\"{url}\">{title}</a></li>")
            } else {
                writeln!(out, "<li>{title} ({url})</li>")
            };
        }
        out.push_str("</ul>\n");
    }
    out
}

/// The change between the two rounds: the rounds' area means side by side with
/// the change, the change for the same people, and the statements that rose most.
fn change_html(set: &QuestionSet, r: &Report, c: &Comparison, lang: Lang) -> String {
    let tx = texts(lang);
    let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
    let names = (group_name(r, from, lang), group_name(r, to, lang));
    let mut out = format!(
        "<h2>{}</h2>\n<h3>{}</h3>\n",
        html_escape(&format!("{}: {} → {}", tx.col_change(), names.0, names.1)),
        html_escape(tx.change_per_area())
    );
    out.push_str(&side_by_side(set, r, lang));
    out.push_str(&legend(&tx.change_legend(&names.0, &names.1)));
    out.push_str(&paired_html(set, r, c, lang));
    if !c.biggest_gains.is_empty() {
        let _ = writeln!(out, "<h3>{}</h3>", html_escape(tx.html_gains_heading()));
        let headers = [
            th_col(&html_escape(tx.col_code()), false),
            th_col(&html_escape(tx.col_statement()), false),
            th_col(&html_escape(tx.col_change()), true),
        ];
        out.push_str(&table_start(
            &tx.html_gains_caption(&names.0, &names.1),
            &headers,
            c.biggest_gains.len(),
        ));
        for (code, d) in &c.biggest_gains {
            let text = set.statement(*code).map_or("", |s| s.text.get(lang));
            let _ = writeln!(
                out,
                "<tr><th scope=\"row\">{code}</th><td>{}</td><td class=\"n\">{}</td></tr>",
                html_escape(text),
                html_escape(&delta(*d, lang))
            );
        }
        out.push_str("</tbody>\n</table>\n");
        out.push_str(&legend(&tx.html_gains_legend(&names.0, &names.1)));
    }
    out
}

/// Every group's area means side by side, and the change between the two
/// compared rounds, from their means as shown.
fn side_by_side(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    let tx = texts(lang);
    let mut headers = vec![th_col(&html_escape(tx.col_area()), false)];
    headers.extend(r.groups.iter().map(|g| {
        let name = html_escape(&group_name(r, g, lang));
        th_col(
            &format!("{name} <span class=\"nw\">(n = {})</span>", g.respondents),
            true,
        )
    }));
    headers.push(th_col(&html_escape(tx.col_change()), true));
    let mean_of = |g: &Group, area: Option<u8>| match area {
        Some(a) => g.areas.iter().find(|x| x.area == a).map(|x| x.stats.mean),
        None => g.overall.as_ref().map(|o| o.mean),
    };
    let row = |name: String, area: Option<u8>| {
        let mut cells: Vec<String> = r
            .groups
            .iter()
            .map(|g| mean_of(g, area).map_or("–".into(), |m| decimal(m, lang)))
            .collect();
        let change = r.comparison.as_ref().and_then(|c| {
            let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
            mean_of(from, area)
                .zip(mean_of(to, area))
                .map(|(a, b)| shown_change(a, b))
        });
        cells.push(marked_delta(change, lang, true));
        number_row(&name, &cells)
    };
    let mut out = table_start(tx.html_change_caption(), &headers, set.areas.len() + 1);
    for area in &set.areas {
        out.push_str(&row(
            format!("{} {}", area.number, area.name.get(lang)),
            Some(area.number),
        ));
    }
    out.push_str(&row(tx.overall().to_string(), None));
    out.push_str("</tbody>\n</table>\n");
    out
}

/// The change for the same people: a table, its legend, who was left out, and a
/// sentence per area.
fn paired_html(set: &QuestionSet, r: &Report, c: &Comparison, lang: Lang) -> String {
    let tx = texts(lang);
    let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
    let title = tx.paired_title(group_name(r, from, lang), group_name(r, to, lang));
    let mut out = format!("<h3>{}</h3>\n", html_escape(&title));
    let headers: Vec<String> = super::paired_columns(tx)
        .iter()
        .enumerate()
        .map(|(i, h)| th_col(&html_escape(h), i > 0))
        .collect();
    out.push_str(&table_start(
        tx.html_paired_caption(),
        &headers,
        c.paired.areas.len() + 1,
    ));
    for [name, numbers @ ..] in paired_rows(set, c, lang) {
        out.push_str(&number_row(&name, &numbers));
    }
    out.push_str("</tbody>\n</table>\n");
    out.push_str(&legend(tx.paired_legend()));
    if c.paired.only_from + c.paired.only_to > 0 {
        let only = tx.only_one_round(c.paired.only_from, c.paired.only_to);
        let _ = writeln!(out, "<p>{}</p>", html_escape(&only));
    }
    out.push_str("<ul>\n");
    for line in paired_sentences(set, r, c, lang) {
        let _ = writeln!(out, "<li>{}</li>", html_escape(&line));
    }
    out.push_str("</ul>\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::report::svg::contrast;

    #[test]
    fn the_page_names_its_language() {
        assert!(html_page("t", "", Lang::EN).contains("<html lang=\"en\">"));
        assert!(html_page("t", "", Lang::SV).contains("<html lang=\"sv\">"));
    }

    #[test]
    fn the_page_is_one_main_landmark_and_prints_on_a4() {
        let page = html_page("t", "<h1>t</h1>\n", Lang::SV);
        assert_eq!(page.matches("<main>").count(), 1);
        assert!(page.contains("@page{size:A4;"));
        assert!(page.contains("h2,h3,h4,caption{break-after:avoid"));
        assert!(page.contains("tr,figure,.legend,li,table.keep{break-inside:avoid"));
    }

    #[test]
    fn every_text_colour_of_the_style_has_4_5_to_1() {
        // The colours of text in STYLE, each on white and on the header cells.
        for text in ["#111111", "#333333", "#0645AD"] {
            for back in ["#FFFFFF", "#F0F0F0"] {
                let ratio = contrast(text, back);
                assert!(ratio >= 4.5, "{text} on {back}: {ratio:.2}");
            }
        }
        assert!(contrast("#767676", "#FFFFFF") >= 3.0, "table borders");
        for c in ["#111", "#333", "#0645ad", "#767676", "#f0f0f0"] {
            assert!(STYLE.contains(c), "{c} is the one in the style");
        }
    }
}
