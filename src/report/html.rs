//! HTML: self-contained pages with inline style and SVG charts, printable and
//! without external assets.

use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::report::escape::html_escape;
use crate::report::svg::{area_chart, distribution_chart, profile_svg};
use crate::report::{
    group_name, header_lines, paired_rows, paired_sentences, plan_rows, priorities, small_note,
    Exporter, Personal, RenderCtx,
};
use crate::ui::format::decimal;
use crate::ui::texts::texts;
use crate::workshop::aggregate::{Comparison, Report};
use anyhow::Result;
use std::fmt::Write as _;

/// The HTML format; the personal report carries the action plan when asked.
pub struct Html;

/// Shared page frame of the HTML reports: inline style, printable, no external asset.
pub fn html_page(title: &str, body: &str, lang: Lang) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"{}\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\nbody{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}}\ntable{{border-collapse:collapse;margin:1rem 0}}td,th{{border:1px solid #999;padding:.3rem .6rem}}td.n{{text-align:right}}\nsvg{{max-width:100%;height:auto}}@media print{{body{{margin:0}}}}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        lang.code(),
        html_escape(title)
    )
}

impl Exporter<Personal<'_>> for Html {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let (set, records, lang) = (cx.set, doc.records, cx.lang);
        let t = texts(lang);
        let mut body = format!("<h1>{}</h1>\n", html_escape(set.title.get(lang)));
        body.push_str(&profile_svg(set, records, lang));
        body.push_str("<table>\n<tr><th>");
        body.push_str(&html_escape(t.col_area));
        body.push_str("</th>");
        for r in records {
            let head = format!(
                "{} {}",
                &r.date.map(|d| d.to_string()).unwrap_or_default(),
                r.label.as_deref().unwrap_or("")
            );
            let _ = write!(body, "<th>{}</th>", html_escape(head.trim()));
        }
        body.push_str("</tr>\n");
        for area in &set.areas {
            let _ = write!(
                body,
                "<tr><td>{} {}</td>",
                area.number,
                html_escape(area.name.get(lang))
            );
            for r in records {
                let mean = r.area_means.get(&area.number);
                let _ = write!(
                    body,
                    "<td class=\"n\">{}</td>",
                    mean.map_or("–".into(), |m| decimal(*m, lang))
                );
            }
            body.push_str("</tr>\n");
        }
        body.push_str("</table>\n");
        if let Some(plans) = &doc.plans {
            let _ = write!(
                body,
                "<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                html_escape(t.plan_title),
                html_escape(t.col_target),
                html_escape(t.col_goal),
                html_escape(t.col_due),
                html_escape(t.col_status)
            );
            for row in plan_rows(set, plans, lang) {
                body.push_str("<tr>");
                for cell in &row {
                    let _ = write!(body, "<td>{}</td>", html_escape(cell));
                }
                body.push_str("</tr>\n");
            }
            body.push_str("</table>\n");
        }
        Ok(html_page(set.title.get(lang), &body, lang).into_bytes())
    }
}

impl Exporter<Report> for Html {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        Ok(group_html(cx.set, report, cx.lang).into_bytes())
    }
}

fn group_html(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    let tx = texts(lang);
    let mut body = format!("<h1>{}</h1>\n", tx.group_profile);
    for line in header_lines(r, lang) {
        let _ = writeln!(body, "<p>{}</p>", html_escape(&line));
    }
    body.push_str(&area_chart(set, r, lang));
    for g in &r.groups {
        let _ = writeln!(
            body,
            "<h2>{} (n = {})</h2>",
            html_escape(&group_name(r, g, lang)),
            g.respondents
        );
        if g.too_small {
            let _ = writeln!(body, "<p>{}</p>", html_escape(&small_note(r, g, lang)));
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
        for (st, fig) in priorities(set, g) {
            let _ = writeln!(
                body,
                "<tr><td>{}</td><td>{}</td><td class=\"n\">{}</td><td></td><td></td></tr>",
                st.code,
                html_escape(st.text.get(lang)),
                decimal(fig.stats.mean, lang)
            );
        }
        body.push_str("</table>\n");
    }
    if let Some(c) = &r.comparison {
        body.push_str(&paired_html(set, r, c, lang));
    }
    html_page(tx.group_profile, &body, lang)
}

/// The change for the same people: a table and a sentence per area.
fn paired_html(set: &QuestionSet, r: &Report, c: &Comparison, lang: Lang) -> String {
    let tx = texts(lang);
    let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
    let title = tx.paired_title(group_name(r, from, lang), group_name(r, to, lang));
    let mut out = format!("<h2>{}</h2>\n<table>\n<tr>", html_escape(&title));
    for h in tx.paired_columns() {
        let _ = write!(out, "<th scope=\"col\">{}</th>", html_escape(h));
    }
    out.push_str("</tr>\n");
    for [name, numbers @ ..] in paired_rows(set, c, lang) {
        let _ = write!(out, "<tr><th scope=\"row\">{}</th>", html_escape(&name));
        for n in numbers {
            let _ = write!(out, "<td class=\"n\">{}</td>", html_escape(&n));
        }
        out.push_str("</tr>\n");
    }
    let _ = writeln!(
        out,
        "</table>\n<p>{}</p>\n<ul>",
        html_escape(tx.paired_legend())
    );
    for line in paired_sentences(set, r, c, lang) {
        let _ = writeln!(out, "<li>{}</li>", html_escape(&line));
    }
    out.push_str("</ul>\n");
    out
}
#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_names_its_language() {
        assert!(html_page("t", "", Lang::En).contains("<html lang=\"en\">"));
        assert!(html_page("t", "", Lang::Sv).contains("<html lang=\"sv\">"));
    }
}
