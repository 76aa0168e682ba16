//! Markdown: a readable personal report, and the group report with a team plan
//! draft. Every text cell is escaped for Markdown tables.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::record::Record;
use crate::model::stats::shown_change;
use crate::render::format::{decimal, delta};
use crate::render::screens::resource_title;
use crate::report::escape::md_text;
use crate::report::{
    area_cells, group_name, header_lines, paired_rows, paired_sentences, plan_rows, priorities,
    small_note, tied_line, Exporter, Personal, RenderCtx,
};
use crate::workshop::report::{Comparison, Group, Report};
use anyhow::Result;
use std::fmt::Write as _;

/// The Markdown format; the personal report carries the action plan when asked.
pub struct Markdown;

impl Exporter<Personal<'_>> for Markdown {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let (set, records, lang) = (cx.set, doc.records, cx.lang);
        let t = texts(lang);
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", md_text(set.title.get(lang)));
        if let Some(first) = records.first() {
            let _ = writeln!(
                out,
                "- {}: {}",
                t.profile_respondent(),
                md_text(&first.respondent)
            );
            if let Some(w) = &first.workplace {
                let _ = writeln!(out, "- {}: {}", t.profile_workplace(), md_text(w));
            }
            if let Some(r) = &first.role {
                let _ = writeln!(out, "- {}: {}", t.profile_role(), md_text(r));
            }
            out.push('\n');
        }
        let heads = column_heads(records);
        let _ = write!(out, "| {} |", t.col_area());
        for head in &heads {
            let _ = write!(out, " {head} |");
        }
        out.push_str("\n|---|");
        out.push_str(&"---:|".repeat(records.len()));
        out.push('\n');
        for area in &set.areas {
            let _ = write!(out, "| {} {} |", area.number, md_text(area.name.get(lang)));
            for r in records {
                let mean = r.area_means.get(&area.number);
                let _ = write!(out, " {} |", mean.map_or("–".into(), |m| decimal(*m, lang)));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "\n## {}\n", t.all_answers());
        let _ = write!(out, "| {} | {} |", t.col_code(), t.col_statement());
        for head in &heads {
            let _ = write!(out, " {head} |");
        }
        out.push_str("\n|---|---|");
        out.push_str(&"---:|".repeat(records.len()));
        out.push('\n');
        for st in &set.statements {
            let _ = write!(out, "| {} | {} |", st.code, md_text(st.text.get(lang)));
            for r in records {
                let v = r
                    .answers
                    .get(&st.code)
                    .map_or("–".to_string(), u8::to_string);
                let _ = write!(out, " {v} |");
            }
            out.push('\n');
        }
        if let Some(plans) = &doc.plans {
            let _ = writeln!(out, "\n## {}\n", t.plan_title());
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                t.col_target(),
                t.col_goal(),
                t.col_due(),
                t.col_status()
            );
            for row in plan_rows(set, plans, lang) {
                let cells: Vec<String> = row.iter().map(|c| md_text(c)).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
        }
        Ok(out.into_bytes())
    }
}

impl Exporter<Report> for Markdown {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        Ok(group_markdown(cx.set, report, cx.lang).into_bytes())
    }
}

fn group_markdown(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    let tx = texts(lang);
    let mut out = format!("# {}\n\n", tx.group_profile());
    for line in header_lines(r, lang) {
        let _ = writeln!(out, "{}  ", md_text(&line));
    }
    out.push('\n');
    for g in &r.groups {
        out.push_str(&md_group(set, r, g, lang));
    }
    if let Some(c) = &r.comparison {
        out.push_str(&md_change(set, r, c, lang));
    }
    out
}

/// One group: its areas and its team plan draft, or n only.
fn md_group(set: &QuestionSet, r: &Report, g: &Group, lang: Lang) -> String {
    let tx = texts(lang);
    let name = md_text(&group_name(r, g, lang));
    let mut out = format!("## {name} (n = {})\n\n", g.respondents);
    if g.too_small {
        let _ = writeln!(out, "{}\n", md_text(&small_note(r, g, lang)));
        return out;
    }
    let _ = writeln!(
        out,
        "| {} | {} | {} | ≥ {} | ≤ {} |\n|---|---:|---:|---:|---:|",
        tx.col_area(),
        tx.col_mean(),
        tx.col_sd(),
        r.high,
        r.low
    );
    for [name, mean, _median, sd, high, low] in area_cells(set, g, lang) {
        let name = md_text(&name);
        let _ = writeln!(out, "| {name} | {mean} | {sd} | {high} | {low} |");
    }
    out.push('\n');
    let _ = writeln!(out, "### {}\n", tx.action_plan_draft());
    let _ = writeln!(
        out,
        "| {} | {} | {} | {} | {} |\n|---|---|---:|---|---|",
        tx.col_code(),
        tx.col_statement(),
        tx.col_mean(),
        tx.col_owner(),
        tx.col_date()
    );
    for (st, fig) in priorities(set, g) {
        let _ = writeln!(
            out,
            "| {} | {} | {} |  |  |",
            st.code,
            md_text(st.text.get(lang)),
            decimal(fig.stats.mean, lang)
        );
    }
    out.push('\n');
    if let Some(more) = tied_line(set, g, lang) {
        let _ = writeln!(out, "{more}\n");
    }
    for res in set.resources_for_all(g.priorities.iter().copied()) {
        let title = md_text(&resource_title(res, lang));
        let _ = writeln!(out, "- {title} ({})", md_text(&res.url));
    }
    out.push('\n');
    out
}

/// A column head per attempt: its date and label, and a number in brackets
/// where two would read the same.
fn column_heads(records: &[Record]) -> Vec<String> {
    let bases: Vec<String> = records
        .iter()
        .map(|r| {
            let date = r.date.map(|d| d.to_string()).unwrap_or_default();
            match &r.label {
                Some(l) => format!("{date} {}", md_text(l)),
                None => date,
            }
        })
        .collect();
    bases
        .iter()
        .enumerate()
        .map(|(i, base)| {
            let before = bases[..i].iter().filter(|b| *b == base).count();
            let again = bases[i + 1..].contains(base);
            if before > 0 || again {
                format!("{base} ({})", before + 1)
            } else {
                base.clone()
            }
        })
        .collect()
}

/// The change between the two rounds: unpaired per area (from the means as
/// shown), then for the same people, with a sentence per area.
fn md_change(set: &QuestionSet, r: &Report, c: &Comparison, lang: Lang) -> String {
    let tx = texts(lang);
    let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
    let mean = |g: &Group, area: u8| {
        g.areas
            .iter()
            .find(|a| a.area == area)
            .map(|a| a.stats.mean)
    };
    let mut out = format!("## {}\n\n", tx.change_per_area());
    let _ = writeln!(
        out,
        "| {} | {} |\n|---|---:|",
        tx.col_area(),
        tx.col_change()
    );
    for area in &set.areas {
        let change = mean(from, area.number)
            .zip(mean(to, area.number))
            .map(|(a, b)| shown_change(a, b));
        let _ = writeln!(
            out,
            "| {} {} | {} |",
            area.number,
            md_text(area.name.get(lang)),
            change.map_or_else(|| "–".to_string(), |d| delta(d, lang))
        );
    }
    let names = (
        md_text(&group_name(r, from, lang)),
        md_text(&group_name(r, to, lang)),
    );
    let _ = writeln!(out, "\n## {}\n", tx.paired_title(names.0, names.1));
    let cols = super::paired_columns(tx);
    let _ = writeln!(
        out,
        "| {} |\n|---|---:|---:|---:|---:|---:|",
        cols.join(" | ")
    );
    for row in paired_rows(set, c, lang) {
        let cells: Vec<String> = row.iter().map(|c| md_text(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
    }
    let _ = writeln!(out, "\n{}\n", md_text(tx.paired_legend()));
    for line in paired_sentences(set, r, c, lang) {
        let _ = writeln!(out, "- {}", md_text(&line));
    }
    out.push('\n');
    out
}
