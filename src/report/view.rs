//! The group report as a document, made once and written by each text format
//! (the terminal table, Markdown and HTML): headings, sentences, tables with
//! their captions and legends, ranked statements, links and where a chart goes.
//! Every format so carries the same figures and the same notes about what is
//! not shown and why; a format decides only how a block looks.

use crate::i18n::{texts, Texts};
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::stats::disclosure::{Protection, Shown};
use crate::model::stats::shown_change;
use crate::render::format::{decimal, delta, fixed, marked_delta, percent, DecimalMark};
use crate::render::screens::learn_more;
use crate::workshop::report::{Comparison, Figures, Group, PairedFigures, Report};

/// A part of the document.
#[derive(Debug, Clone, PartialEq)]
pub enum Block {
    /// A heading: 2 for a group or the change, 3 for a part of one.
    Heading(u8, String),
    /// A sentence or two.
    Para(String),
    /// What a table's figures are, under it.
    Legend(String),
    /// Said before anything else: a report not for sharing.
    Warning(String),
    Bullets(Vec<String>),
    Table(Table),
    /// Statements each with a figure before it (priorities, biggest gains).
    Ranked(Vec<Ranked>),
    /// A printable plan: the ranked statements with room for an owner and a
    /// date; `heads` are code, statement, mean, owner and date.
    PlanDraft {
        caption: String,
        heads: [String; 5],
        rows: Vec<Ranked>,
    },
    /// Where to learn more.
    Links(Vec<Link>),
    /// Where a chart goes (HTML only), with its heading: the areas of every
    /// group, or one group's statements by the position of the group.
    AreaChart(String),
    DistributionChart(usize),
}

/// A table: its caption, the title of its first column (the rows' names), and
/// its other columns.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub head: String,
    pub columns: Vec<Column>,
    pub rows: Vec<Row>,
    /// Columns `start..end` that hold one count per point of the scale: the
    /// terminal and Markdown join them under one title.
    pub points: Option<(usize, usize, String)>,
}

/// A column after the first.
#[derive(Debug, Clone, PartialEq)]
pub struct Column {
    pub title: String,
    /// Said before the title to a screen reader only (a count per point: "Antal som svarade 3").
    pub hidden_prefix: Option<String>,
    /// Right-aligned and never wrapped.
    pub numeric: bool,
}

impl Column {
    fn number(title: impl Into<String>) -> Self {
        Column {
            title: title.into(),
            hidden_prefix: None,
            numeric: true,
        }
    }
}

/// A row: its name, then a cell per column.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    pub head: String,
    pub cells: Vec<String>,
}

/// A statement with a figure before it.
#[derive(Debug, Clone, PartialEq)]
pub struct Ranked {
    pub figure: String,
    pub code: String,
    pub text: String,
}

/// A learning resource.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    pub title: String,
    pub url: String,
}

/// The most groups a document shows one by one: a report is read, and a
/// hundred pages of groups are not (nor should a file of 1 MB make one of
/// 10 MB); every group is in the data formats.
pub const MAX_DETAILED: usize = 50;

/// The most rounds whose area means stand side by side in the change table.
const MAX_SIDE_BY_SIDE: usize = 12;

/// The dash of a figure that is not shown.
pub const DASH: &str = "–";

/// The group report's document.
pub fn document(set: &QuestionSet, r: &Report, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let mut out = Vec::new();
    if r.protection.method == Protection::Exact {
        out.push(Block::Warning(t.protection_exact(r.min_group())));
    }
    for line in header_lines(r, lang) {
        out.push(Block::Para(line));
    }
    if r.groups.iter().any(|g| !g.too_small) {
        out.push(Block::AreaChart(t.mean_per_area().to_string()));
    }
    for (i, g) in r.groups.iter().enumerate().take(MAX_DETAILED) {
        out.extend(group_blocks(set, r, g, i, lang));
    }
    if r.groups.len() > MAX_DETAILED {
        out.push(Block::Para(
            t.groups_not_detailed(MAX_DETAILED, r.groups.len()),
        ));
    }
    if let Some(c) = &r.comparison {
        out.extend(change_blocks(set, r, c, lang));
    }
    if !r.skipped.is_empty() {
        out.push(Block::Heading(2, t.html_skipped_heading().to_string()));
        out.push(Block::Para(t.skipped_count(r.skipped.len())));
        out.push(Block::Bullets(r.skipped.clone()));
    }
    out
}

/// The lines under the report's title: how many files, records and people,
/// which attempt counts, how the figures are protected, and what was merged.
pub fn header_lines(r: &Report, lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let mut lines = vec![t.report_counts(r.files_read, r.records_read, r.respondents)];
    lines.push(if r.rounds > 1 {
        t.rounds_apart(r.rounds)
    } else {
        t.latest_counts().to_string()
    });
    if r.protection.method == Protection::Perturbed {
        lines.push(t.protection_perturbed(
            r.min_group(),
            r.protection.small_group,
            decimal(r.protection.answer_noise, lang),
            decimal(r.protection.area_shift, lang),
        ));
    }
    if r.anonymous_duplicates > 0 {
        lines.push(t.anonymous_copies(r.anonymous_duplicates));
    }
    if r.future_records > 0 {
        lines.push(t.future_records(r.future_records));
    }
    if r.id_clashes > 0 {
        lines.push(t.id_clashes(r.id_clashes));
    }
    if r.respondents_in_several_files > 0 {
        lines.push(t.several_files(r.respondents_in_several_files));
    }
    lines
}

/// A group's name as shown: its round, its workplace or role within the round,
/// "Alla" for one round without a label, "(utan etikett)" for records without one.
pub fn group_name(r: &Report, g: &Group, lang: Lang) -> String {
    let t = texts(lang);
    let round = match (&g.round, r.rounds) {
        (Some(round), _) => round.clone(),
        (None, 0) => t.everyone().to_string(),
        (None, _) => t.without_label().to_string(),
    };
    match r.group_by {
        Some(crate::model::record::GroupBy::Role | crate::model::record::GroupBy::Workplace) => {
            let group = g.group.clone().unwrap_or_else(|| {
                if r.group_by == Some(crate::model::record::GroupBy::Role) {
                    t.without_role().to_string()
                } else {
                    t.without_workplace().to_string()
                }
            });
            if r.rounds == 0 {
                group
            } else {
                t.group_in_round(round, group)
            }
        }
        _ => round,
    }
}

/// A figure as shown, or a dash.
fn figure(value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(|| DASH.to_string(), |v| decimal(v, lang))
}

/// A share as shown, or a dash.
fn share(value: Option<f64>) -> String {
    value.map_or_else(|| DASH.to_string(), percent)
}

/// The legends of what is not shown in a table of figures.
fn shown_legends(
    t: &'static Texts,
    r: &Report,
    shown: impl IntoIterator<Item = Shown>,
) -> Vec<Block> {
    let (mut nothing, mut mean_only) = (false, false);
    for s in shown {
        nothing |= s == Shown::Nothing;
        mean_only |= s == Shown::MeanOnly;
    }
    let mut out = Vec::new();
    if mean_only {
        out.push(Block::Legend(t.mean_only_small(r.protection.small_group)));
    }
    if nothing {
        out.push(Block::Legend(t.hidden_fewer(r.min_group())));
    }
    out
}

/// The cells of a figure row: mean, median, spread, share high, share low.
fn figure_cells(f: &Figures, lang: Lang) -> Vec<String> {
    vec![
        figure(f.mean, lang),
        figure(f.median, lang),
        figure(f.sd, lang),
        share(f.share_high),
        share(f.share_low),
    ]
}

fn group_blocks(set: &QuestionSet, r: &Report, g: &Group, i: usize, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let name = group_name(r, g, lang);
    let mut out = vec![Block::Heading(2, format!("{name} (n = {})", g.respondents))];
    if g.too_small {
        out.push(Block::Para(t.group_too_small(g.respondents, r.min_group())));
        return out;
    }
    out.extend(area_blocks(set, r, g, &name, lang));
    out.extend(statement_blocks(set, r, g, i, &name, lang));
    out.extend(plan_blocks(set, g, &name, lang));
    out
}

/// A group's areas, then the whole: the table, its legend, what is not shown.
fn area_blocks(set: &QuestionSet, r: &Report, g: &Group, name: &str, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let mut out = vec![Block::Heading(3, t.html_areas_heading().to_string())];
    let columns = vec![
        Column::number(t.col_mean()),
        Column::number(t.col_median()),
        Column::number(t.col_sd()),
        Column::number(format!("≥ {}", r.high)),
        Column::number(format!("≤ {}", r.low)),
    ];
    let mut rows: Vec<Row> = g
        .areas
        .iter()
        .map(|a| Row {
            head: format!("{} {}", a.area, set.area_name(a.area, lang)),
            cells: figure_cells(&a.figures, lang),
        })
        .collect();
    rows.push(Row {
        head: t.overall().to_string(),
        cells: figure_cells(&g.overall, lang),
    });
    out.push(Block::Table(without_hidden_columns(Table {
        caption: t.html_areas_caption(name),
        head: t.col_area().to_string(),
        columns,
        rows,
        points: None,
    })));
    let all_shown = g.areas.iter().any(|a| a.figures.shown == Shown::All);
    out.push(Block::Legend(if all_shown {
        t.areas_legend(r.high, r.low)
    } else {
        t.areas_legend_mean_only().to_string()
    }));
    out.extend(shown_legends(
        t,
        r,
        g.areas
            .iter()
            .map(|a| a.figures.shown)
            .chain([g.overall.shown]),
    ));
    out
}

/// A group's statements: the chart, the table, its legend, what is not shown.
fn statement_blocks(
    set: &QuestionSet,
    r: &Report,
    g: &Group,
    i: usize,
    name: &str,
    lang: Lang,
) -> Vec<Block> {
    let t = texts(lang);
    let mut out = vec![Block::Heading(3, t.html_statements_heading().to_string())];
    if g.statements.iter().any(|s| s.distribution.is_some()) {
        out.push(Block::DistributionChart(i));
    }
    out.push(Block::Table(without_hidden_columns(statement_table(
        set, r, g, name, lang,
    ))));
    if g.statements.iter().any(|s| s.figures.shown == Shown::All) {
        out.push(Block::Legend(super::statements_legend(
            t, &set.scale, r.high, r.low, false,
        )));
    }
    out.extend(shown_legends(
        t,
        r,
        g.statements.iter().map(|s| s.figures.shown),
    ));
    out
}

/// The lowest statements as a printable plan, and where to learn more.
fn plan_blocks(set: &QuestionSet, g: &Group, name: &str, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let mut out = Vec::new();
    let ranked: Vec<Ranked> = super::priorities(set, g)
        .map(|(st, fig)| Ranked {
            figure: figure(fig.figures.mean, lang),
            code: st.code.to_string(),
            text: st.text.get(lang).to_string(),
        })
        .collect();
    if !ranked.is_empty() {
        out.push(Block::Heading(3, t.action_plan_draft().to_string()));
        out.push(Block::PlanDraft {
            caption: t.html_plan_draft_caption(name),
            heads: [
                t.col_code().to_string(),
                t.col_statement().to_string(),
                t.col_mean().to_string(),
                t.col_owner().to_string(),
                t.col_date().to_string(),
            ],
            rows: ranked,
        });
        if let Some(more) = super::tied_line(set, g, lang) {
            out.push(Block::Para(more));
        }
        let links: Vec<Link> = learn_more(set, g.priorities.iter().copied(), lang)
            .into_iter()
            .map(|(title, url)| Link { title, url })
            .collect();
        if !links.is_empty() {
            out.push(Block::Heading(3, t.html_resources_heading().to_string()));
            out.push(Block::Links(links));
        }
    }
    out
}

/// The table without the columns that show nothing in any row (a small group's
/// medians, spreads, counts and shares): the legends say what is not shown.
fn without_hidden_columns(mut table: Table) -> Table {
    let keep: Vec<bool> = (0..table.columns.len())
        .map(|c| {
            table
                .rows
                .iter()
                .any(|r| r.cells.get(c).is_some_and(|v| v != DASH))
        })
        .collect();
    // The counts per point keep their place among the kept columns.
    table.points = table.points.take().and_then(|(start, end, title)| {
        let new_start = keep[..start].iter().filter(|k| **k).count();
        let kept = keep[start..end].iter().filter(|k| **k).count();
        (kept > 0).then(|| (new_start, new_start + kept, title))
    });
    let mut k = keep.iter();
    table.columns.retain(|_| *k.next().unwrap_or(&true));
    for row in &mut table.rows {
        let mut k = keep.iter();
        row.cells.retain(|_| *k.next().unwrap_or(&true));
    }
    table
}

/// A group's statements: short title, mean, median, spread, how many gave each
/// point, and the shares high and low.
fn statement_table(set: &QuestionSet, r: &Report, g: &Group, name: &str, lang: Lang) -> Table {
    let t = texts(lang);
    let mut columns = vec![
        Column::number(t.col_mean()),
        Column::number(t.col_median()),
        Column::number(t.col_sd()),
    ];
    let first_point = columns.len();
    for p in set.scale.min..=set.scale.max {
        columns.push(Column {
            title: p.to_string(),
            hidden_prefix: Some(t.html_count_prefix().to_string()),
            numeric: true,
        });
    }
    let end_points = columns.len();
    columns.push(Column::number(format!("≥ {}", r.high)));
    columns.push(Column::number(format!("≤ {}", r.low)));
    let rows = g
        .statements
        .iter()
        .map(|s| {
            let f = &s.figures;
            let mut cells = vec![
                figure(f.mean, lang),
                figure(f.median, lang),
                figure(f.sd, lang),
            ];
            match &s.distribution {
                Some(d) => cells.extend(d.iter().map(u64::to_string)),
                None => cells.extend((first_point..end_points).map(|_| DASH.to_string())),
            }
            cells.push(share(f.share_high));
            cells.push(share(f.share_low));
            let head = match set.statement(s.code) {
                Some(st) => format!("{} {}", s.code, st.short_title(lang)),
                None => s.code.to_string(),
            };
            Row { head, cells }
        })
        .collect();
    Table {
        caption: t.html_statements_caption(name),
        head: t.col_statement().to_string(),
        columns,
        rows,
        points: Some((
            first_point,
            end_points,
            format!("{}–{}", set.scale.min, set.scale.max),
        )),
    }
}

fn change_blocks(set: &QuestionSet, r: &Report, c: &Comparison, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let (from, to) = (&r.groups[c.groups.0], &r.groups[c.groups.1]);
    let names = (group_name(r, from, lang), group_name(r, to, lang));
    let mut out = vec![
        Block::Heading(2, format!("{}: {} → {}", t.col_change(), names.0, names.1)),
        Block::Heading(3, t.change_per_area().to_string()),
    ];
    // Every round's area means side by side (or, past a dozen rounds, the two
    // compared), and the change between the two compared rounds, from their
    // means as shown.
    let side_by_side: Vec<&Group> = if r.groups.len() <= MAX_SIDE_BY_SIDE {
        r.groups.iter().collect()
    } else {
        vec![from, to]
    };
    let mut columns: Vec<Column> = side_by_side
        .iter()
        .map(|g| {
            Column::number(format!(
                // "(n = 8)" stays whole when the header wraps.
                "{}\n(n\u{a0}=\u{a0}{})",
                group_name(r, g, lang),
                g.respondents
            ))
        })
        .collect();
    columns.push(Column::number(t.col_change()));
    let mean_of = |g: &Group, area: Option<u8>| match area {
        Some(a) => g
            .areas
            .iter()
            .find(|x| x.area == a)
            .and_then(|x| x.figures.mean),
        None => g.overall.mean,
    };
    let row = |head: String, area: Option<u8>| {
        let mut cells: Vec<String> = side_by_side
            .iter()
            .map(|g| figure(mean_of(g, area), lang))
            .collect();
        let change = mean_of(from, area)
            .zip(mean_of(to, area))
            .map(|(a, b)| shown_change(a, b));
        cells.push(marked_delta(change, lang, true));
        Row { head, cells }
    };
    let mut rows: Vec<Row> = set
        .areas
        .iter()
        .map(|a| row(format!("{} {}", a.number, a.name.get(lang)), Some(a.number)))
        .collect();
    rows.push(row(t.overall().to_string(), None));
    out.push(Block::Table(Table {
        caption: t.html_change_caption().to_string(),
        head: t.col_area().to_string(),
        columns,
        rows,
        points: None,
    }));
    out.push(Block::Legend(t.change_legend(&names.0, &names.1)));
    out.extend(paired_blocks(set, r, c, &names, lang));
    let gains: Vec<Ranked> = c
        .biggest_gains
        .iter()
        .map(|(code, d)| Ranked {
            figure: delta(*d, lang),
            code: code.to_string(),
            text: set
                .statement(*code)
                .map_or(String::new(), |s| s.text.get(lang).to_string()),
        })
        .collect();
    if !gains.is_empty() {
        out.push(Block::Heading(3, t.html_gains_heading().to_string()));
        out.push(Block::Ranked(gains));
        out.push(Block::Legend(t.html_gains_legend(&names.0, &names.1)));
    }
    out
}

/// The change for the same people: a table, its legend, who was left out, and a
/// sentence per area.
fn paired_blocks(
    set: &QuestionSet,
    r: &Report,
    c: &Comparison,
    names: &(String, String),
    lang: Lang,
) -> Vec<Block> {
    let t = texts(lang);
    let mut out = vec![Block::Heading(3, t.paired_title(&names.0, &names.1))];
    let [_, columns @ ..] = super::paired_columns(t);
    let dash = || DASH.to_string();
    let cells = |p: &PairedFigures| {
        vec![
            p.n.to_string(),
            p.mean_change.map_or_else(dash, |m| delta(m, lang)),
            match (p.ci_low, p.ci_high) {
                (Some(lo), Some(hi)) => format!("{} … {}", delta(lo, lang), delta(hi, lang)),
                _ => dash(),
            },
            p.d_z.map_or_else(dash, |d| {
                fixed(d, 2, DecimalMark::of(lang)).replace('-', "−")
            }),
            match (p.rose, p.same, p.fell) {
                (Some(a), Some(b), Some(f)) => format!("{a} / {b} / {f}"),
                _ => dash(),
            },
        ]
    };
    let mut rows: Vec<Row> = c
        .paired
        .areas
        .iter()
        .map(|a| Row {
            head: format!("{} {}", a.area, set.area_name(a.area, lang)),
            cells: cells(&a.paired),
        })
        .collect();
    rows.push(Row {
        head: t.overall().to_string(),
        cells: cells(&c.paired.overall),
    });
    out.push(Block::Table(without_hidden_columns(Table {
        caption: t.html_paired_caption().to_string(),
        head: t.paired_col_area().to_string(),
        columns: columns.iter().map(|c| Column::number(*c)).collect(),
        rows,
        points: None,
    })));
    out.push(Block::Legend(t.paired_legend().to_string()));
    let all = c
        .paired
        .areas
        .iter()
        .map(|a| &a.paired)
        .chain([&c.paired.overall]);
    if all
        .clone()
        .any(|p| p.shown == Shown::All && p.ci_low.is_some() && p.d_z.is_none())
    {
        out.push(Block::Legend(t.paired_no_effect().to_string()));
    }
    out.extend(shown_legends(t, r, all.map(|p| p.shown)));
    if c.paired.only_from + c.paired.only_to > 0 {
        out.push(Block::Para(
            t.only_one_round(c.paired.only_from, c.paired.only_to),
        ));
    }
    out.push(Block::Bullets(super::paired_sentences(set, r, c, lang)));
    out
}
