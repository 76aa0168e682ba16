//! The group report as text tables for the terminal.

use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::report::{
    area_cells, group_name, header_lines, paired_rows, paired_sentences, priorities, shown_change,
    small_note, Exporter, RenderCtx,
};
use crate::ui::format::{decimal, delta, marked_delta, percent};
use crate::ui::screens::resource_title;
use crate::ui::style::Style;
use crate::ui::texts::texts;
use crate::workshop::aggregate::{Comparison, Group, Report};
use anyhow::Result;
use comfy_table::{Cell, CellAlignment};
use std::fmt::Write as _;

/// The terminal table format (group report only: `export` writes files).
pub struct Table;

impl Exporter<Report> for Table {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        Ok(table(cx.set, report, cx.lang, cx.style).into_bytes())
    }
}

fn table(set: &QuestionSet, r: &Report, lang: Lang, style: Style) -> String {
    let tx = texts(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{}", style.heading(tx.group_profile));
    for line in header_lines(r, lang) {
        out.push_str(&style.wrapped(&line, "", ""));
    }
    for g in &r.groups {
        out.push_str(&group_section(set, r, g, lang, style));
    }
    if let Some(c) = &r.comparison {
        out.push_str(&comparison_section(set, r, c, lang, style));
    }
    for b in &r.skipped_files {
        let _ = writeln!(out, "\n{}: {} ({})", tx.skipped, b.file, b.reason);
    }
    out
}

/// One group: its area table, then (unless it is too small) its statements and
/// priorities.
fn group_section(set: &QuestionSet, r: &Report, g: &Group, lang: Lang, style: Style) -> String {
    let tx = texts(lang);
    let mut out = String::new();
    {
        let _ = writeln!(
            out,
            "\n{}",
            style.heading(&format!(
                "{} (n = {})",
                group_name(r, g, lang),
                g.respondents
            ))
        );
        if g.too_small {
            out.push_str(&style.wrapped(&small_note(r, g, lang), "", ""));
            return out;
        }
        let mut t = style.table();
        t.set_header(vec![
            tx.col_area.to_string(),
            tx.col_mean.to_string(),
            tx.col_median.to_string(),
            tx.col_sd.to_string(),
            format!("≥ {}", r.high),
            format!("≤ {}", r.low),
        ]);
        add_figure_rows(&mut t, area_cells(set, g, lang));
        let _ = writeln!(out, "{t}");
        let _ = writeln!(out, "{}", statement_table(set, r, g, lang, style));
        let _ = writeln!(out, "\n{}", style.heading(tx.priorities_lowest));
        for line in priorities_text(set, g, lang, "  ").lines() {
            out.push_str(&style.wrapped(line, "", "        "));
        }
    }
    out
}

/// A group's statements: mean, median, spread, distribution and shares.
fn statement_table(
    set: &QuestionSet,
    r: &Report,
    g: &Group,
    lang: Lang,
    style: Style,
) -> comfy_table::Table {
    let tx = texts(lang);
    {
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
                Cell::new(s.code),
                Cell::new(decimal(s.stats.mean, lang)).set_alignment(CellAlignment::Right),
                Cell::new(decimal(s.stats.median, lang)).set_alignment(CellAlignment::Right),
                Cell::new(s.stats.sd.map_or("–".into(), |v| decimal(v, lang)))
                    .set_alignment(CellAlignment::Right),
                Cell::new(dist.join(" ")),
                Cell::new(percent(s.share_high)).set_alignment(CellAlignment::Right),
                Cell::new(percent(s.share_low)).set_alignment(CellAlignment::Right),
            ]);
        }
        t
    }
}

/// The change from the first group to the last: areas side by side, and the
/// statements that rose most.
fn comparison_section(
    set: &QuestionSet,
    r: &Report,
    c: &Comparison,
    lang: Lang,
    style: Style,
) -> String {
    let tx = texts(lang);
    let mut out = String::new();
    {
        let from = c.from.clone().unwrap_or_else(|| "–".into());
        let to = c.to.clone().unwrap_or_else(|| "–".into());
        let _ = writeln!(
            out,
            "\n{}",
            style.heading(&format!("{}: {from} → {to}", tx.col_change))
        );
        let _ = writeln!(out, "{}", side_by_side(set, r, lang, style));
        out.push_str(&paired_section(set, r, c, lang, style));
        if !c.biggest_gains.is_empty() {
            let _ = writeln!(out, "{}", tx.biggest_gains);
            for (code, d) in &c.biggest_gains {
                let text = set.statement(*code).map_or("", |s| s.text.get(lang));
                let line = format!("{}  {code}  {text}", delta(*d, lang));
                out.push_str(&style.wrapped(&line, "  ", "        "));
            }
        }
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
            .map(|g| format!("{}\n(n = {})", group_name(r, g, lang), g.respondents)),
    );
    header.push(tx.col_change.to_string());
    t.set_header(header);
    // The change between the two compared rounds, from their means as shown.
    let mean_of = |g: &Group, area: Option<u8>| match area {
        Some(a) => g.areas.iter().find(|x| x.area == a).map(|x| x.stats.mean),
        None => g.overall.as_ref().map(|o| o.mean),
    };
    let change = |area: Option<u8>| {
        let c = r.comparison.as_ref()?;
        let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
        shown_change(mean_of(from, area), mean_of(to, area))
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
        row.push(Cell::new(marked_delta(
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
    row.push(Cell::new(marked_delta(change(None), lang, true)));
    t.add_row(row);
    t
}

/// The change for the people in both rounds: a table, its legend, and a
/// sentence per area on what it means.
fn paired_section(
    set: &QuestionSet,
    r: &Report,
    c: &Comparison,
    lang: Lang,
    style: Style,
) -> String {
    let tx = texts(lang);
    let from = c.from.clone().unwrap_or_default();
    let to = c.to.clone().unwrap_or_default();
    let mut out = format!("\n{}\n", style.heading(&tx.paired_title(from, to)));
    let mut t = style.table();
    t.set_header(tx.paired_columns().to_vec());
    add_figure_rows(&mut t, paired_rows(set, c, lang));
    let _ = writeln!(out, "{t}");
    out.push_str(&style.wrapped(tx.paired_legend(), "", ""));
    if c.paired.only_from + c.paired.only_to > 0 {
        let only = tx.only_one_round(c.paired.only_from, c.paired.only_to);
        out.push_str(&style.wrapped(&only, "", ""));
    }
    for line in paired_sentences(set, r, c, lang) {
        out.push_str(&style.wrapped(&line, "  • ", "    "));
    }
    out
}

pub(crate) fn priorities_text(set: &QuestionSet, g: &Group, lang: Lang, indent: &str) -> String {
    let mut out = String::new();
    for (st, fig) in priorities(set, g) {
        let _ = writeln!(
            out,
            "{indent}{}  {}  {}",
            decimal(fig.stats.mean, lang),
            st.code,
            st.text.get(lang)
        );
    }
    for res in set.resources_for_all(g.priorities.iter().copied()) {
        let _ = writeln!(out, "{indent}→ {} ({})", resource_title(res, lang), res.url);
    }
    out
}

/// Adds rows of a name and figures, the figures aligned right so that their
/// decimal commas line up.
fn add_figure_rows<const N: usize>(t: &mut comfy_table::Table, rows: Vec<[String; N]>) {
    for row in rows {
        let mut cells = row.into_iter();
        let mut line: Vec<Cell> = cells.next().map(Cell::new).into_iter().collect();
        line.extend(cells.map(|n| Cell::new(n).set_alignment(CellAlignment::Right)));
        t.add_row(line);
    }
}
