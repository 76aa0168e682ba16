//! The perspective report (the leaders' picture beside the staff's) in every
//! format; the leaders' reflection guide built from it is in [`guide`]. The
//! text formats share one document of [`Block`]s, as the group report does.

pub mod chart;
pub mod guide;

use crate::i18n::{texts, Texts};
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::record::neutralise;
use crate::model::stats::disclosure::{Protection, Shown, SMALL_GROUP};
use crate::render::format::{decimal, delta, fixed};
use crate::render::style::Style;
use crate::report::csv::{mark, writer};
use crate::report::view::{Block, Column, Row, Table, DASH};
use crate::report::{html, markdown, table};
use crate::workshop::aggregate::GroupBy;
use crate::workshop::perspective::{Focus, GapDirection, GroupView, Perspective};
use anyhow::Result;
use rust_xlsxwriter::Workbook;

/// The two sets the report speaks of.
#[derive(Clone, Copy)]
pub struct Sets<'a> {
    pub staff: &'a QuestionSet,
    pub leaders: &'a QuestionSet,
}

/// The report as the bytes of `format` (`table`, `csv`, `json`, `md`, `html`
/// or `xlsx`).
pub fn write(
    format: &str,
    p: &Perspective,
    sets: Sets<'_>,
    lang: Lang,
    style: Style,
    delimiter: u8,
) -> Result<Vec<u8>> {
    let t = texts(lang);
    let title = t.leaders_perspective_title();
    Ok(match format {
        "csv" => csv(p, delimiter),
        "json" => {
            let mut out = serde_json::to_vec_pretty(p)?;
            out.push(b'\n');
            out
        }
        "md" => markdown::blocks_md(title, &document(p, sets, lang).0).into_bytes(),
        "html" => {
            // Each group's chart after its table of areas.
            let (blocks, tables) = document(p, sets, lang);
            let after = |i: usize| {
                tables
                    .iter()
                    .position(|&at| at == i)
                    .and_then(|k| {
                        let g = p.perspective.get(k)?;
                        let name = group_name(t, p, g);
                        Some(chart::chart(g, &name, sets, lang, &format!("persp{k}")))
                    })
                    .unwrap_or_default()
            };
            html::blocks_page(title, &blocks, lang, &after).into_bytes()
        }
        "xlsx" => xlsx(p, sets, lang)?,
        _ => table::blocks_text(title, &document(p, sets, lang).0, style, lang).into_bytes(),
    })
}

/// A group's name as shown: the workplace or role, else those without one
/// (or everyone, when the report is not split by workplace or role).
pub(crate) fn group_name(t: &'static Texts, p: &Perspective, g: &GroupView) -> String {
    g.group.clone().unwrap_or_else(|| {
        match p.group_by {
            Some(GroupBy::Workplace) => t.leaders_group_no_workplace(),
            Some(GroupBy::Role) => t.leaders_group_no_role(),
            _ => t.leaders_group_all(),
        }
        .to_string()
    })
}

/// A figure with one decimal, or the dash of a figure not shown.
pub(crate) fn figure(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| DASH.to_string(), |v| decimal(v, lang))
}

/// The sentence of a large gap, or `None`.
pub(crate) fn gap_sentence(
    t: &'static Texts,
    area: &str,
    gap: f64,
    dir: GapDirection,
    lang: Lang,
) -> String {
    match dir {
        GapDirection::LeadersHigher => t.leaders_gap_higher(area, delta(gap, lang)),
        GapDirection::LeadersLower => t.leaders_gap_lower(area, delta(gap, lang)),
    }
}

/// A focus item in words.
pub(crate) fn focus_text(f: &Focus, sets: Sets<'_>, lang: Lang) -> String {
    let t = texts(lang);
    match *f {
        Focus::Gap { area, gap } => {
            t.leaders_focus_gap(sets.staff.area_name(area, lang), delta(gap, lang))
        }
        Focus::Theme { theme, mean } => {
            t.leaders_focus_theme(sets.leaders.area_name(theme, lang), decimal(mean, lang))
        }
    }
}

/// The report's document: what it is, then per group the areas, the gaps in
/// words, the leaders' themes and the focus items; and where each group's
/// table of areas is among the blocks.
fn document(p: &Perspective, sets: Sets<'_>, lang: Lang) -> (Vec<Block>, Vec<usize>) {
    let mut tables = Vec::new();
    let t = texts(lang);
    let mut out = Vec::new();
    if p.protection == Protection::Exact {
        out.push(Block::Warning(t.protection_exact(p.min_group)));
    }
    out.push(Block::Para(
        t.leaders_perspective_intro(decimal(p.large_gap, lang)),
    ));
    out.push(Block::Legend(t.leaders_perspective_privacy(p.min_group)));
    for g in &p.perspective {
        let name = group_name(t, p, g);
        out.push(Block::Heading(2, name.clone()));
        out.push(Block::Para(t.leaders_shown(g.leaders, g.leaders_shown)));
        tables.push(out.len());
        out.push(areas_table(g, &name, sets, lang));
        let gaps: Vec<String> = g
            .areas
            .iter()
            .filter_map(|a| {
                let name = sets.staff.area_name(a.area, lang);
                Some(gap_sentence(t, &name, a.shown_gap?, a.large_gap?, lang))
            })
            .collect();
        // Gaps shown but not named: a protected small group's noise.
        let noisy = p.protection == Protection::Perturbed
            && g.areas
                .iter()
                .any(|a| a.gap.is_some() && a.staff_shown == Shown::MeanOnly);
        if !gaps.is_empty() {
            out.push(Block::Bullets(gaps));
        } else if !noisy {
            out.push(Block::Para(
                t.leaders_no_large_gap(decimal(p.large_gap, lang)),
            ));
        }
        if noisy {
            out.push(Block::Para(t.leaders_gap_noisy(SMALL_GROUP)));
        }
        out.push(Block::Heading(3, t.leaders_themes_heading().to_string()));
        out.push(themes_table(g, &name, sets, lang));
        out.push(Block::Heading(3, t.leaders_focus_heading().to_string()));
        if g.focus.is_empty() {
            out.push(Block::Para(t.leaders_focus_none().to_string()));
        } else {
            out.push(Block::Bullets(
                g.focus.iter().map(|f| focus_text(f, sets, lang)).collect(),
            ));
            out.push(Block::Para(t.leaders_focus_plan().to_string()));
        }
    }
    (out, tables)
}

/// Columns of figures with these titles.
fn numeric(titles: &[&str]) -> Vec<Column> {
    titles
        .iter()
        .map(|title| Column {
            title: (*title).to_string(),
            hidden_prefix: None,
            numeric: true,
        })
        .collect()
}

/// A group's table per DigComp area: leaders, staff and the gap.
fn areas_table(g: &GroupView, name: &str, sets: Sets<'_>, lang: Lang) -> Block {
    let t = texts(lang);
    let rows = g
        .areas
        .iter()
        .map(|a| Row {
            head: format!("{} {}", a.area, sets.staff.area_name(a.area, lang)),
            cells: vec![
                figure(a.leaders_mean, lang),
                a.leaders_n.to_string(),
                figure(a.staff_mean, lang),
                figure(a.staff_sd, lang),
                a.staff_n.to_string(),
                a.shown_gap
                    .map_or_else(|| DASH.to_string(), |d| delta(d, lang)),
            ],
        })
        .collect();
    Block::Table(Table {
        caption: t.leaders_table_caption(name),
        head: t.leaders_col_area().to_string(),
        columns: numeric(&[
            t.leaders_col_leaders(),
            t.leaders_col_leaders_n(),
            t.leaders_col_staff(),
            t.leaders_col_staff_sd(),
            t.leaders_col_staff_n(),
            t.leaders_col_gap(),
        ]),
        rows,
        points: None,
    })
}

/// A group's table of the leaders' own themes.
fn themes_table(g: &GroupView, name: &str, sets: Sets<'_>, lang: Lang) -> Block {
    let t = texts(lang);
    Block::Table(Table {
        caption: t.leaders_themes_caption(name),
        head: t.leaders_col_theme().to_string(),
        columns: numeric(&[t.leaders_col_leaders_n(), t.leaders_col_mean()]),
        rows: g
            .themes
            .iter()
            .map(|th| Row {
                head: format!("{} {}", th.theme, sets.leaders.area_name(th.theme, lang)),
                cells: vec![th.leaders_n.to_string(), figure(th.mean, lang)],
            })
            .collect(),
        points: None,
    })
}

/// CSV: one row per group and area, with the JSON's fields.
fn csv(p: &Perspective, delimiter: u8) -> Vec<u8> {
    let m = mark(delimiter);
    let num = |v: Option<f64>| v.map(|v| fixed(v, 2, m)).unwrap_or_default();
    let mut out = Vec::new();
    let mut w = writer(&mut out, delimiter);
    w.write_record([
        "group",
        "area",
        "leaders_n",
        "leaders_mean",
        "staff_n",
        "staff_mean",
        "staff_sd",
        "gap",
        "large_gap",
    ]);
    for g in &p.perspective {
        for a in &g.areas {
            w.write_record([
                neutralise(g.group.as_deref().unwrap_or("")),
                a.area.to_string(),
                a.leaders_n.to_string(),
                num(a.leaders_mean),
                a.staff_n.to_string(),
                num(a.staff_mean),
                num(a.staff_sd),
                num(a.gap),
                match a.large_gap {
                    Some(GapDirection::LeadersHigher) => "leaders_higher",
                    Some(GapDirection::LeadersLower) => "leaders_lower",
                    None => "",
                }
                .to_string(),
            ]);
        }
    }
    out
}

/// Excel: one sheet, a row per group and area; texts are string cells.
fn xlsx(p: &Perspective, sets: Sets<'_>, lang: Lang) -> Result<Vec<u8>> {
    let t = texts(lang);
    let mut book = Workbook::new();
    let sheet = book.add_worksheet();
    sheet.set_name(t.leaders_xlsx_sheet())?;
    let heads = [
        t.leaders_col_group(),
        t.leaders_col_area(),
        t.leaders_col_leaders(),
        t.leaders_col_leaders_n(),
        t.leaders_col_staff(),
        t.leaders_col_staff_sd(),
        t.leaders_col_staff_n(),
        t.leaders_col_gap(),
    ];
    for (c, h) in heads.iter().enumerate() {
        sheet.write_string(0, crate::report::col(c)?, *h)?;
    }
    let mut row: u32 = 1;
    for g in &p.perspective {
        for a in &g.areas {
            sheet.write_string(row, 0, group_name(t, p, g))?;
            sheet.write_string(row, 1, sets.staff.area_name(a.area, lang))?;
            let numbers = [
                a.leaders_mean,
                Some(a.leaders_n as f64),
                a.staff_mean,
                a.staff_sd,
                Some(a.staff_n as f64),
                a.gap,
            ];
            for (c, v) in numbers.into_iter().enumerate() {
                if let Some(v) = v {
                    let v = crate::model::stats::round(v, 2);
                    sheet.write_number(row, crate::report::col(c + 2)?, v)?;
                }
            }
            row += 1;
        }
    }
    Ok(book.save_to_buffer()?)
}
