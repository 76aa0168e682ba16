//! The item analysis of `analyze` as a table for the terminal, and as JSON.

use crate::i18n::{texts, Texts};
use crate::model::stats::analysis::{Analysis, Flag};
use crate::model::stats::disclosure::Protection;
use crate::model::stats::disclosure::COEFFICIENT_NOISE;
use crate::model::stats::MIN_GROUP;
use crate::render::format::{fixed, percent, DecimalMark};
use crate::render::grid::Grid;
use crate::report::json::Json;
use crate::report::table::Table;
use crate::report::{Exporter, RenderCtx};
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
        match a.protection {
            Protection::Perturbed => out.push_str(&cx.style.wrapped(
                &t.analysis_protected(
                    a.least,
                    fixed(COEFFICIENT_NOISE, 2, DecimalMark::of(cx.lang)),
                ),
                "",
                "",
            )),
            Protection::Exact => {
                out.push_str(&cx.style.wrapped(&t.protection_exact(MIN_GROUP), "", ""));
            }
        }
        if a.too_few {
            let _ = writeln!(out, "{}", t.analysis_too_few(a.respondents, a.least));
            return Ok(cx.style.say(&out, cx.lang).into_bytes());
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
        Ok(cx.style.say(&out, cx.lang).into_bytes())
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
    let mut grid = Grid::new()
        .words(t.analysis_col_statement())
        .figure(t.analysis_col_n())
        .figure(t.analysis_col_mean())
        .figure(t.analysis_col_sd())
        .figure(t.analysis_col_floor_ceiling())
        .figure(t.analysis_col_item_rest())
        .figure(t.analysis_col_alpha_without());
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

/// What a flag of the item analysis means for the statement or the area.
fn flag_text(t: &'static Texts, flag: Flag, max: u8, min: u8) -> String {
    match flag {
        Flag::Ceiling => t.analysis_flag_ceiling(max),
        Flag::Floor => t.analysis_flag_floor(min),
        Flag::LowItemRest => t.analysis_flag_low_item_rest().to_string(),
        Flag::LowAlpha => t.analysis_flag_low_alpha().to_string(),
        Flag::Unreliable => t.analysis_flag_unreliable().to_string(),
    }
}

/// The flags in words: per area, then per statement.
fn notes(a: &Analysis, cx: &RenderCtx<'_>) -> String {
    let t = texts(cx.lang);
    let (min, max) = (cx.set.scale.min, cx.set.scale.max);
    let mut lines = Vec::new();
    for area in &a.areas {
        for &flag in &area.flags {
            let what = format!("{} {}", t.col_area(), area.area);
            lines.push(format!("{what}: {}", flag_text(t, flag, max, min)));
        }
    }
    for s in &a.statements {
        for &flag in s.flags.iter().filter(|f| **f != Flag::Unreliable) {
            let name = cx.set.statement(s.code).map_or_else(
                || s.code.to_string(),
                |st| format!("{} {}", s.code, st.short_title(cx.lang)),
            );
            lines.push(format!("{name}: {}", flag_text(t, flag, max, min)));
        }
    }
    if lines.is_empty() {
        return String::new();
    }
    let mut out = format!("\n{}\n", cx.style.heading(t.analysis_notes()));
    for line in lines {
        let mark = if cx.style.plain { "  " } else { "  • " };
        out.push_str(&cx.style.wrapped(&line, mark, "    "));
    }
    out
}
