//! The item analysis of `analyze` as a table for the terminal, and as JSON.

use crate::model::analysis::{Analysis, Flag};
use crate::model::stats::MIN_GROUP;
use crate::report::json::Json;
use crate::report::table::Table;
use crate::report::{Exporter, RenderCtx};
use crate::ui::format::{fixed, percent, DecimalMark};
use crate::ui::grid::Grid;
use crate::ui::texts::texts;
use anyhow::Result;
use std::fmt::Write as _;

impl Exporter<Analysis> for Json {
    fn write(&self, analysis: &Analysis, _cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(analysis)?;
        v.push(b'\n');
        Ok(v)
    }
}

impl Exporter<Analysis> for Table {
    fn write(&self, a: &Analysis, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let t = texts(cx.lang);
        let mut out = format!("{}\n", cx.style.heading(&t.analysis_title(a.respondents)));
        if a.too_few {
            let _ = writeln!(out, "{}", t.analysis_too_few(a.respondents, MIN_GROUP));
            return Ok(out.into_bytes());
        }
        for area in &a.areas {
            out.push_str(&area_section(a, area.area, cx));
        }
        let _ = writeln!(
            out,
            "\n{}",
            cx.style.wrapped(t.analysis_legend(), "", "").trim_end()
        );
        out.push_str(&notes(a, cx));
        Ok(out.into_bytes())
    }
}

/// Two decimals in the user's language, or a dash.
fn two(value: Option<f64>, cx: &RenderCtx<'_>) -> String {
    value.map_or_else(
        || "–".to_string(),
        // A minus sign, as in every other figure on screen (the files keep ASCII).
        |v| fixed(v, 2, DecimalMark::of(cx.lang)).replace('-', "−"),
    )
}

/// One area: its alpha, then a row per statement.
fn area_section(a: &Analysis, number: u8, cx: &RenderCtx<'_>) -> String {
    let t = texts(cx.lang);
    let Some(area) = a.areas.iter().find(|x| x.area == number) else {
        return String::new();
    };
    let name = cx.set.area_name(number, cx.lang);
    let heading = t.analysis_area(number, name, two(area.alpha, cx), area.n);
    // The code and the short title name the row, so that a narrow terminal
    // keeps them together in a block.
    let [title, n, mean, sd, ends_col, item_rest, alpha] = t.analysis_columns();
    let mut grid = Grid::new()
        .words(title)
        .figure(n)
        .figure(mean)
        .figure(sd)
        .figure(ends_col)
        .figure(item_rest)
        .figure(alpha);
    for st in cx.set.statements_of(number) {
        let Some(s) = a.statements.iter().find(|s| s.code == st.code) else {
            continue;
        };
        let ends = match (s.floor, s.ceiling) {
            (Some(f), Some(c)) => format!("{} / {}", percent(f), percent(c)),
            _ => "–".to_string(),
        };
        grid.row(vec![
            format!("{} {}", s.code, st.short_title(cx.lang)),
            s.n.to_string(),
            two(s.mean, cx),
            two(s.sd, cx),
            ends,
            two(s.item_rest, cx),
            two(s.alpha_if_deleted, cx),
        ]);
    }
    format!(
        "\n{}\n{}",
        cx.style.heading(&heading),
        grid.render(cx.style)
    )
}

/// The flags in words: per area, then per statement.
fn notes(a: &Analysis, cx: &RenderCtx<'_>) -> String {
    let t = texts(cx.lang);
    let (min, max) = (cx.set.scale.min, cx.set.scale.max);
    let mut lines = Vec::new();
    for area in &a.areas {
        for &flag in &area.flags {
            let what = format!("{} {}", t.col_area, area.area);
            lines.push(format!("{what}: {}", t.analysis_flag(flag, max, min)));
        }
    }
    for s in &a.statements {
        for &flag in s.flags.iter().filter(|f| **f != Flag::Unreliable) {
            let name = cx.set.statement(s.code).map_or_else(
                || s.code.to_string(),
                |st| format!("{} {}", s.code, st.short_title(cx.lang)),
            );
            lines.push(format!("{name}: {}", t.analysis_flag(flag, max, min)));
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", cx.style.heading(t.analysis_notes()));
    for line in lines {
        out.push_str(&cx.style.wrapped(&line, "  • ", "    "));
    }
    out
}
