//! Markdown: a readable personal report, and the group report with a team plan
//! draft. Every text cell is escaped for Markdown tables.

use crate::i18n::texts;
use crate::model::record::Record;
use crate::render::format::decimal;
use crate::report::escape::md_text;
use crate::report::view::{self, Block, Table as ViewTable};
use crate::report::{plan_rows, Exporter, Personal, RenderCtx};
use crate::workshop::report::Report;
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
        // The overall mean over every statement answered with a number.
        let _ = write!(out, "| {} |", t.overall());
        for r in records {
            let overall = (!r.answers.is_empty())
                .then(|| crate::model::score::score(set, &r.answers).overall);
            let _ = write!(
                out,
                " {} |",
                overall.map_or("–".into(), |m| decimal(m, lang))
            );
        }
        out.push('\n');
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
                // `x`: "not part of my job", said under the table.
                let v = r.given(st.code).map_or("–".to_string(), |g| g.to_string());
                let _ = write!(out, " {v} |");
            }
            out.push('\n');
        }
        if let Some(plans) = &doc.plans {
            let _ = writeln!(out, "\n## {}\n", t.plan_title());
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} | {} |\n|---|---|---|---:|---:|---|",
                t.col_target(),
                t.col_goal(),
                t.col_due(),
                t.col_before(),
                t.col_after(),
                t.col_status()
            );
            for row in plan_rows(set, plans, doc.records, lang) {
                let cells: Vec<String> = row.iter().map(|c| md_text(c)).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
        }
        Ok(out.into_bytes())
    }
}

impl Exporter<Report> for Markdown {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let t = texts(cx.lang);
        let mut out = format!("# {}\n\n", md_text(t.group_profile()));
        for block in view::document(cx.set, report, cx.lang) {
            out.push_str(&block_md(&block));
        }
        Ok(out.into_bytes())
    }
}

/// A document of blocks (the perspective report, the leaders' guide) as
/// Markdown under the heading `title`.
pub(crate) fn blocks_md(title: &str, blocks: &[Block]) -> String {
    let mut out = format!("# {}\n\n", md_text(title));
    for block in blocks {
        out.push_str(&block_md(block));
    }
    out
}

/// One block of the group report's document as Markdown.
fn block_md(block: &Block) -> String {
    let mut out = String::new();
    match block {
        Block::Heading(level, text) => {
            let _ = writeln!(
                out,
                "{} {}\n",
                "#".repeat(usize::from(*level)),
                md_text(text)
            );
        }
        Block::Warning(text) => {
            let _ = writeln!(out, "> **{}**\n", md_text(text));
        }
        Block::Para(text) | Block::Legend(text) => {
            let _ = writeln!(out, "{}\n", md_text(text));
        }
        Block::Bullets(items) => {
            for item in items {
                let _ = writeln!(out, "- {}", md_text(item));
            }
            out.push('\n');
        }
        Block::Table(table) => out.push_str(&table_md(table)),
        Block::Ranked(rows) => {
            for r in rows {
                let _ = writeln!(
                    out,
                    "- {} · {} · {}",
                    md_text(&r.figure),
                    r.code,
                    md_text(&r.text)
                );
            }
            out.push('\n');
        }
        Block::PlanDraft { heads, rows, .. } => {
            let heads: Vec<String> = heads.iter().map(|h| md_text(h)).collect();
            let _ = writeln!(out, "| {} |\n|---|---|---:|---|---|", heads.join(" | "));
            for r in rows {
                let _ = writeln!(
                    out,
                    "| {} | {} | {} |  |  |",
                    r.code,
                    md_text(&r.text),
                    md_text(&r.figure)
                );
            }
            out.push('\n');
        }
        Block::Links(links) => {
            // The learning library's own addresses (checked: https, no space,
            // no angle bracket) are links; anything else stays escaped text.
            for l in links {
                let plain_url = l.url.starts_with("https://")
                    && !l
                        .url
                        .contains(|c: char| c.is_whitespace() || c == '<' || c == '>');
                if plain_url {
                    let _ = writeln!(out, "- {}: <{}>", md_text(&l.title), l.url);
                } else {
                    let _ = writeln!(out, "- {} ({})", md_text(&l.title), md_text(&l.url));
                }
            }
            out.push('\n');
        }
        Block::AreaChart(_) | Block::DistributionChart(_) => {}
    }
    out
}

/// A table of the document as a GFM table, the counts per point in one column.
fn table_md(table: &ViewTable) -> String {
    let grid = super::table::grid(table);
    let (heads, rows) = grid.cells();
    let mut out = format!(
        "| {} |\n|---|{}\n",
        heads
            .iter()
            .map(|h| md_text(&h.replace('\n', " ")))
            .collect::<Vec<_>>()
            .join(" | "),
        "---:|".repeat(heads.len().saturating_sub(1))
    );
    for row in rows {
        let cells: Vec<String> = row.iter().map(|c| md_text(c)).collect();
        let _ = writeln!(out, "| {} |", cells.join(" | "));
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
