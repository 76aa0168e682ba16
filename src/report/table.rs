//! The group report as text tables for the terminal.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::stats::shown_change;
use crate::render::format::{decimal, delta, marked_delta, percent};
use crate::render::grid::Grid;
use crate::render::screens::resource_title;
use crate::render::style::Style;
use crate::report::{
    area_cells, group_name, header_lines, paired_rows, paired_sentences, priorities, small_note,
    tied_line, Exporter, RenderCtx,
};
use crate::workshop::report::{Comparison, Group, Report};
use anyhow::Result;
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
    let _ = writeln!(out, "{}", style.heading(tx.group_profile()));
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
        let _ = writeln!(out, "\n{}: {} ({})", tx.skipped(), b.file, b.reason);
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
        let mut areas = Grid::new()
            .words(tx.col_area())
            .figure(tx.col_mean())
            .figure(tx.col_median())
            .figure(tx.col_sd())
            .figure(format!("≥ {}", r.high))
            .figure(format!("≤ {}", r.low));
        for row in area_cells(set, g, lang) {
            areas.row(row.to_vec());
        }
        out.push_str(&areas.render(style));
        out.push_str(&style.wrapped(&tx.areas_legend(r.high, r.low), "", ""));
        out.push('\n');
        out.push_str(&statement_grid(set, r, g, lang).render(style));
        out.push_str(&style.wrapped(
            &super::statements_legend(tx, &set.scale, r.high, r.low, false),
            "",
            "",
        ));
        let _ = writeln!(out, "\n{}", style.heading(tx.priorities_lowest()));
        out.push_str(&priorities_text(set, g, lang, style));
    }
    out
}

/// A group's statements by their short titles: mean, median, spread,
/// distribution and shares.
fn statement_grid(set: &QuestionSet, r: &Report, g: &Group, lang: Lang) -> Grid {
    let tx = texts(lang);
    let mut grid = Grid::new()
        .words(tx.col_statement())
        .figure(tx.col_mean())
        .figure(tx.col_median())
        .figure(tx.col_sd())
        .whole(format!("{}–{}", set.scale.min, set.scale.max))
        .figure(format!("≥ {}", r.high))
        .figure(format!("≤ {}", r.low));
    for s in &g.statements {
        let dist: Vec<String> = s.distribution.iter().map(usize::to_string).collect();
        let name = match set.statement(s.code) {
            Some(st) => format!("{} {}", s.code, st.short_title(lang)),
            None => s.code.to_string(),
        };
        grid.row(vec![
            name,
            decimal(s.stats.mean, lang),
            decimal(s.stats.median, lang),
            s.stats.sd.map_or("–".into(), |v| decimal(v, lang)),
            dist.join(" "),
            percent(s.share_high),
            percent(s.share_low),
        ]);
    }
    grid
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
            style.heading(&format!("{}: {from} → {to}", tx.col_change()))
        );
        out.push_str(&side_by_side(set, r, lang).render(style));
        out.push_str(&style.wrapped(&tx.change_legend(&from, &to), "", ""));
        out.push_str(&paired_section(set, r, c, lang, style));
        if !c.biggest_gains.is_empty() {
            let _ = writeln!(out, "{}", tx.biggest_gains());
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
fn side_by_side(set: &QuestionSet, r: &Report, lang: Lang) -> Grid {
    let tx = texts(lang);
    let mut grid = Grid::new().words(tx.col_area());
    for g in &r.groups {
        grid = grid.figure(format!(
            "{}\n(n = {})",
            group_name(r, g, lang),
            g.respondents
        ));
    }
    grid = grid.whole(tx.col_change());
    // The change between the two compared rounds, from their means as shown.
    let mean_of = |g: &Group, area: Option<u8>| match area {
        Some(a) => g.areas.iter().find(|x| x.area == a).map(|x| x.stats.mean),
        None => g.overall.as_ref().map(|o| o.mean),
    };
    let change = |area: Option<u8>| {
        let c = r.comparison.as_ref()?;
        let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
        mean_of(from, area)
            .zip(mean_of(to, area))
            .map(|(a, b)| shown_change(a, b))
    };
    let rows = set
        .areas
        .iter()
        .map(|a| (format!("{} {}", a.number, a.name.get(lang)), Some(a.number)))
        .chain(std::iter::once((tx.overall().to_string(), None)));
    for (name, area) in rows {
        let mut row = vec![name];
        for g in &r.groups {
            row.push(mean_of(g, area).map_or("–".into(), |m| decimal(m, lang)));
        }
        row.push(marked_delta(change(area), lang, true));
        grid.row(row);
    }
    grid
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
    let [first, columns @ ..] = super::paired_columns(tx);
    let mut grid = Grid::new().words(first);
    for c in columns {
        grid = grid.whole(c);
    }
    for row in paired_rows(set, c, lang) {
        grid.row(row.to_vec());
    }
    out.push_str(&grid.render(style));
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

/// The lowest statements with their texts, then where to learn more: each
/// resource's title wrapped between words and its address on a line of its own,
/// so that wrapping never breaks it.
fn priorities_text(set: &QuestionSet, g: &Group, lang: Lang, style: Style) -> String {
    let mut out = String::new();
    for (st, fig) in priorities(set, g) {
        let line = format!(
            "{}  {}  {}",
            decimal(fig.stats.mean, lang),
            st.code,
            st.text.get(lang)
        );
        out.push_str(&style.wrapped(&line, "  ", "        "));
    }
    if let Some(more) = tied_line(set, g, lang) {
        out.push_str(&style.wrapped(&more, "  ", "  "));
    }
    for res in set.resources_for_all(g.priorities.iter().copied()) {
        out.push_str(&style.wrapped(&resource_title(res, lang), "  → ", "    "));
        let _ = writeln!(out, "    {}", res.url);
    }
    out
}
