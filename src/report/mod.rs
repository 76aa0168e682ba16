//! Reports in every file format. One exporter per format behind one trait,
//! [`Exporter`], written for the personal export ([`Personal`]) and the group
//! report ([`Report`]): adding a format is one file here and one entry in
//! [`format::FORMATS`].

pub mod analysis;
pub mod csv;
pub mod escape;
pub mod format;
pub mod html;
pub mod json;
pub mod markdown;
pub mod svg;
pub mod table;
pub mod xlsx;

use crate::i18n::{texts, Texts};
use crate::model::lang::Lang;
use crate::model::paired::Paired;
use crate::model::plan::{PlanItem, Status};
use crate::model::question_set::{QuestionSet, Scale, Statement};
use crate::model::record::GroupBy;
use crate::model::record::Record;
use crate::render::format::{decimal, delta, fixed, percent, DecimalMark};
use crate::render::screens::describe_target;
use crate::render::style::Style;
use crate::workshop::report::{Comparison, Group, Report, StatementFigures};
use anyhow::{Context as _, Result};

/// What every exporter needs besides the document: the set, the language, the
/// terminal style (tables) and the CSV delimiter.
pub struct RenderCtx<'a> {
    pub set: &'a QuestionSet,
    pub lang: Lang,
    pub style: Style,
    pub delimiter: u8,
}

/// A person's export: their records (oldest first), and the action plan when asked.
pub struct Personal<'a> {
    pub records: &'a [Record],
    pub plans: Option<&'a [PlanItem]>,
}

/// One file format of a document `D`.
pub trait Exporter<D: ?Sized> {
    /// The document as the bytes of a file.
    fn write(&self, doc: &D, cx: &RenderCtx<'_>) -> Result<Vec<u8>>;
}

/// The columns of a table of group figures: `first`, then n, mean, median, spread,
/// the shares, and a count per point of the scale.
pub(crate) fn figure_columns(set: &QuestionSet, first: &[&str]) -> Vec<String> {
    first
        .iter()
        .chain(&["n", "mean", "median", "sd", "share_high", "share_low"])
        .map(ToString::to_string)
        .chain((set.scale.min..=set.scale.max).map(|p| format!("count_{p}")))
        .collect()
}

/// A group's priorities with their statements and figures, lowest mean first.
pub(crate) fn priorities<'a>(
    set: &'a QuestionSet,
    g: &'a Group,
) -> impl Iterator<Item = (&'a Statement, &'a StatementFigures)> {
    g.priorities.iter().filter_map(|&code| {
        let st = set.statement(code)?;
        let fig = g.statements.iter().find(|s| s.code == code)?;
        Some((st, fig))
    })
}

/// "… och 2 påståenden till med medlet 3,8." when statements after a group's
/// priorities share the last one's mean as shown.
pub(crate) fn tied_line(set: &QuestionSet, g: &Group, lang: Lang) -> Option<String> {
    let (_, last) = priorities(set, g).last()?;
    (g.priorities_tied > 0)
        .then(|| texts(lang).priorities_tied(g.priorities_tied, decimal(last.stats.mean, lang)))
}

/// A group's name as shown: its label, role or workplace; "Alla" without a
/// breakdown, "(utan etikett)" and the like for the records without one.
pub(crate) fn group_name(r: &Report, g: &Group, lang: Lang) -> String {
    let t = texts(lang);
    match (&g.name, r.group_by) {
        (Some(name), _) => name.clone(),
        (None, None) => t.everyone().to_string(),
        (None, Some(GroupBy::Label)) => t.without_label().to_string(),
        (None, Some(GroupBy::Role)) => t.without_role().to_string(),
        (None, Some(GroupBy::Workplace)) => t.without_workplace().to_string(),
    }
}

/// The lines under the report's title: how many files, records and people, and
/// that each person's latest attempt per group counts.
pub(crate) fn header_lines(r: &Report, lang: Lang) -> Vec<String> {
    let t = texts(lang);
    let mut lines = vec![
        t.report_counts(r.files_read, r.records_read, r.respondents),
        if r.group_by.is_some() {
            t.latest_counts_groups()
        } else {
            t.latest_counts()
        }
        .to_string(),
    ];
    if r.respondents_in_several_files > 0 {
        lines.push(t.several_files(r.respondents_in_several_files));
    }
    lines
}

/// The paired change per area and overall, as text: area, n, mean change, 95 %
/// interval, d_z, and rose / same / fell.
pub(crate) fn paired_rows(set: &QuestionSet, c: &Comparison, lang: Lang) -> Vec<[String; 6]> {
    let t = texts(lang);
    let row = |name: String, p: &Paired| {
        let dash = || "–".to_string();
        [
            name,
            p.n.to_string(),
            p.mean_change.map_or_else(dash, |m| delta(m, lang)),
            match (p.ci_low, p.ci_high) {
                (Some(lo), Some(hi)) => format!("{} … {}", delta(lo, lang), delta(hi, lang)),
                _ => dash(),
            },
            p.d_z
                .map_or_else(dash, |d| fixed(d, 2, DecimalMark::of(lang))),
            match (p.rose, p.same, p.fell) {
                (Some(r), Some(s), Some(f)) => format!("{r} / {s} / {f}"),
                _ => dash(),
            },
        ]
    };
    c.paired
        .areas
        .iter()
        .map(|a| {
            row(
                format!("{} {}", a.area, set.area_name(a.area, lang)),
                &a.paired,
            )
        })
        .chain(std::iter::once(row(
            t.overall().to_string(),
            &c.paired.overall,
        )))
        .collect()
}

/// One sentence per area (and overall) on what the paired figures mean.
pub(crate) fn paired_sentences(
    set: &QuestionSet,
    r: &Report,
    c: &Comparison,
    lang: Lang,
) -> Vec<String> {
    let t = texts(lang);
    let say = |name: String, p: &Paired| match p.mean_change {
        None => t.paired_too_few(&name, p.n, r.min_group),
        Some(m) if p.is_clear() && m > 0.0 => t.paired_clear_rose(&name, delta(m, lang)),
        Some(m) if p.is_clear() => t.paired_clear_fell(&name, delta(m, lang)),
        Some(_) => t.paired_unclear(&name),
    };
    c.paired
        .areas
        .iter()
        .map(|a| say(set.area_name(a.area, lang), &a.paired))
        .chain(std::iter::once(say(
            t.overall().to_string(),
            &c.paired.overall,
        )))
        .collect()
}

pub(crate) fn small_note(r: &Report, g: &Group, lang: Lang) -> String {
    texts(lang).group_too_small(g.respondents, r.min_group)
}

/// A group's area figures as text: name, mean, median, spread, share high, share low.
pub(crate) fn area_cells(set: &QuestionSet, g: &Group, lang: Lang) -> Vec<[String; 6]> {
    g.areas
        .iter()
        .map(|a| {
            [
                format!("{} {}", a.area, set.area_name(a.area, lang)),
                decimal(a.stats.mean, lang),
                decimal(a.stats.median, lang),
                a.stats
                    .sd
                    .map_or_else(|| "–".to_string(), |s| decimal(s, lang)),
                percent(a.share_high),
                percent(a.share_low),
            ]
        })
        .collect()
}

/// The action plan as (target, goal, due, status) texts, for the reports.
pub(crate) fn plan_rows(set: &QuestionSet, plans: &[PlanItem], lang: Lang) -> Vec<[String; 4]> {
    let t = texts(lang);
    plans
        .iter()
        .map(|p| {
            [
                describe_target(&p.target, set, lang),
                p.goal.clone(),
                p.due.map_or_else(String::new, |d| d.to_string()),
                match p.status {
                    Status::Open => t.status_open().to_string(),
                    Status::Closed => t.status_closed().to_string(),
                },
            ]
        })
        .collect()
}

/// The column heads of the paired table: area, n, change, interval, d_z, and
/// rose / same / fell.
pub(crate) fn paired_columns(t: &'static Texts) -> [&'static str; 6] {
    [
        t.paired_col_area(),
        t.paired_col_n(),
        t.paired_col_change(),
        t.paired_col_ci(),
        t.paired_col_dz(),
        t.paired_col_counts(),
    ]
}

/// What the figures of a group's statement table are, in the terminal and in
/// the HTML report; `chart` says that the 1–7 columns are what the chart beside
/// them draws.
pub(crate) fn statements_legend(
    t: &'static Texts,
    scale: &Scale,
    high: u8,
    low: u8,
    chart: bool,
) -> String {
    let (min, max) = (scale.min, scale.max);
    let next = min + 1;
    let (min_label, max_label) = (scale.min_label.get(t.lang()), scale.max_label.get(t.lang()));
    let columns = if chart {
        t.statements_legend_columns_chart(min, next, max, min_label, max_label)
    } else {
        t.statements_legend_columns(min, next, max, min_label, max_label)
    };
    format!("{columns} {}", t.statements_legend_figures(high, low))
}

/// A column index for rust_xlsxwriter.
pub fn col(c: usize) -> Result<u16> {
    u16::try_from(c).context("too many columns for a worksheet")
}
