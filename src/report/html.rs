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
use crate::render::format::decimal;
use crate::report::escape::html_escape;
use crate::report::svg::{area_chart, distribution_chart, profile_date_step, profile_svg};
use crate::report::view::{self, Block, Link, Ranked, Table as ViewTable};
use crate::report::{plan_rows, Exporter, Personal, RenderCtx};
use crate::workshop::report::Report;
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
.warning{border:2px solid #111;padding:.5rem .75rem}
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
            let headers: Vec<String> = [
                (t.col_target(), false),
                (t.col_goal(), false),
                (t.col_due(), false),
                (t.col_before(), true),
                (t.col_after(), true),
                (t.col_status(), false),
            ]
            .iter()
            .map(|(h, n)| th_col(&html_escape(h), *n))
            .collect();
            body.push_str(&table_start(t.html_plan_caption(), &headers, plans.len()));
            for [target, goal, due, before, now, status] in plan_rows(set, plans, records, lang) {
                // A date is never broken over two lines.
                let _ = writeln!(
                    body,
                    "<tr><th scope=\"row\">{}</th><td>{}</td><td><span class=\"nw\">{}</span></td><td class=\"n\">{}</td><td class=\"n\">{}</td><td>{}</td></tr>",
                    html_escape(&target),
                    html_escape(&goal),
                    html_escape(&due),
                    html_escape(&before),
                    html_escape(&now),
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
    headers.push(th_col(&html_escape(t.overall()), true));
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
        // The overall mean over every statement answered with a number.
        let overall = crate::model::score::score(set, &r.answers);
        let overall = if r.answers.is_empty() {
            "–".to_string()
        } else {
            decimal(overall.overall, lang)
        };
        let _ = write!(out, "<td class=\"n\">{overall}</td>");
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
    for block in view::document(set, r, lang) {
        body.push_str(&block_html(set, r, &block, lang));
    }
    html_page(tx.group_profile(), &body, lang)
}

/// One block of the group report's document as HTML.
fn block_html(set: &QuestionSet, r: &Report, block: &Block, lang: Lang) -> String {
    let mut out = String::new();
    match block {
        Block::AreaChart(heading) => {
            let chart = area_chart(set, r, lang, "areas");
            if !chart.is_empty() {
                let _ = writeln!(
                    out,
                    "<h2>{}</h2>\n<figure>\n{chart}</figure>",
                    html_escape(heading)
                );
            }
        }
        Block::DistributionChart(i) => {
            if let Some(g) = r.groups.get(*i) {
                let chart = distribution_chart(set, r, g, lang, &format!("dist{i}"));
                if !chart.is_empty() {
                    let _ = writeln!(out, "<figure>\n{chart}</figure>");
                }
            }
        }
        other => out.push_str(&text_block_html(other)),
    }
    out
}

/// A document of blocks without charts (the perspective report, the
/// leaders' guide) as a whole page under the heading `title`; `after(i)` is
/// markup put after block `i` (a chart of its own), usually none.
pub(crate) fn blocks_page(
    title: &str,
    blocks: &[Block],
    lang: Lang,
    after: &dyn Fn(usize) -> String,
) -> String {
    let mut body = format!("<h1>{}</h1>\n", html_escape(title));
    for (i, block) in blocks.iter().enumerate() {
        body.push_str(&text_block_html(block));
        body.push_str(&after(i));
    }
    html_page(title, &body, lang)
}

/// One block that is not a chart as HTML.
fn text_block_html(block: &Block) -> String {
    let mut out = String::new();
    match block {
        Block::Heading(level, text) => {
            let _ = writeln!(out, "<h{level}>{}</h{level}>", html_escape(text));
        }
        Block::Warning(text) => {
            let _ = writeln!(
                out,
                "<p class=\"warning\"><strong>{}</strong></p>",
                html_escape(text)
            );
        }
        Block::Para(text) => {
            let _ = writeln!(out, "<p>{}</p>", html_escape(text));
        }
        Block::Legend(text) => out.push_str(&legend(text)),
        Block::Bullets(items) => {
            out.push_str("<ul>\n");
            for item in items {
                let _ = writeln!(out, "<li>{}</li>", html_escape(item));
            }
            out.push_str("</ul>\n");
        }
        Block::Table(table) => out.push_str(&table_html(table)),
        Block::Ranked(rows) => {
            out.push_str("<ul>\n");
            for row in rows {
                let _ = writeln!(
                    out,
                    "<li><span class=\"nw\">{}</span> {} {}</li>",
                    html_escape(&row.figure),
                    html_escape(&row.code),
                    html_escape(&row.text)
                );
            }
            out.push_str("</ul>\n");
        }
        Block::PlanDraft {
            caption,
            heads,
            rows,
        } => out.push_str(&plan_draft_html(caption, heads, rows)),
        Block::Links(links) => out.push_str(&links_html(links)),
        Block::AreaChart(_) | Block::DistributionChart(_) => {}
    }
    out
}

/// A printable plan: code, statement and mean, and empty cells for an owner and
/// a date.
fn plan_draft_html(caption: &str, heads: &[String; 5], rows: &[Ranked]) -> String {
    let headers: Vec<String> = heads
        .iter()
        .enumerate()
        .map(|(i, h)| th_col(&html_escape(h), i == 2))
        .collect();
    let mut out = table_start(caption, &headers, rows.len());
    for row in rows {
        let _ = writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td></td><td></td></tr>",
            html_escape(&row.code),
            html_escape(&row.text),
            html_escape(&row.figure)
        );
    }
    out.push_str("</tbody>\n</table>\n");
    out
}

/// Learning resources as a list of links.
fn links_html(links: &[Link]) -> String {
    let mut out = String::from("<ul>\n");
    for l in links {
        let title = html_escape(&l.title);
        let url = html_escape(&l.url);
        // Only a web address becomes a link; anything else is shown as text.
        let _ = if l.url.starts_with("https://") || l.url.starts_with("http://") {
            writeln!(out, "<li><a href=\"{url}\">{title}</a></li>")
        } else {
            writeln!(out, "<li>{title} ({url})</li>")
        };
    }
    out.push_str("</ul>\n");
    out
}

/// A table of the document: its caption, a header row, and a row per line with
/// its name as a row header and the figures aligned right.
fn table_html(table: &ViewTable) -> String {
    let mut headers = vec![th_col(&html_escape(&table.head), false)];
    for c in &table.columns {
        let title = html_escape(&c.title).replace('\n', "<br>");
        let title = match &c.hidden_prefix {
            Some(prefix) => format!("<span class=\"vh\">{}</span>{title}", html_escape(prefix)),
            None => title,
        };
        headers.push(th_col(&title, c.numeric));
    }
    let mut out = table_start(&table.caption, &headers, table.rows.len());
    for row in &table.rows {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", html_escape(&row.head));
        for (cell, c) in row.cells.iter().zip(&table.columns) {
            let class = if c.numeric { " class=\"n\"" } else { "" };
            let _ = write!(out, "<td{class}>{}</td>", html_escape(cell));
        }
        out.push_str("</tr>\n");
    }
    out.push_str("</tbody>\n</table>\n");
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
