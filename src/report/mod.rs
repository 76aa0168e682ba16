//! Reports in every file format. One exporter per format behind one trait,
//! [`Exporter`], written for the personal export ([`Personal`]) and the group
//! report ([`Report`]): adding a format is one file here and one entry in
//! [`format::FORMATS`].

pub mod ambassador;
pub mod analysis;
pub mod circle;
pub mod csv;
pub mod escape;
pub mod format;
pub mod html;
pub mod json;
pub mod markdown;
pub mod perspective;
pub mod svg;
pub mod table;
pub mod view;
pub mod xlsx;

use crate::i18n::{texts, Texts};
use crate::model::ambassador::matching::Learning;
use crate::model::lang::Lang;
use crate::model::plan::{PlanItem, Status};
use crate::model::question_set::{QuestionSet, Scale, Statement};
use crate::model::record::Record;
use crate::model::stats::disclosure::Shown;
use crate::render::format::{decimal, delta};
use crate::render::screens::describe_target;
use crate::render::style::Style;
use crate::workshop::report::{Comparison, Group, PairedFigures, Report, StatementFigures};
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
    /// What the person shares for collegial learning (JSON only).
    pub learning: Option<&'a Learning>,
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
    let mean = last.figures.mean?;
    (g.priorities_tied > 0)
        .then(|| texts(lang).priorities_tied(g.priorities_tied, decimal(mean, lang)))
}

/// One sentence per area (and overall) on what the paired figures mean.
pub(crate) fn paired_sentences(
    set: &QuestionSet,
    r: &Report,
    c: &Comparison,
    lang: Lang,
) -> Vec<String> {
    let t = texts(lang);
    let say = |name: String, p: &PairedFigures| match p.mean_change {
        None => t.paired_too_few(&name, p.n, r.min_group()),
        Some(m) if p.shown == Shown::MeanOnly => {
            t.paired_mean_only(&name, delta(m, lang), r.protection.small_group)
        }
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

/// The action plan as (target, goal, due, before, now, status) texts, for the
/// reports. Before is the rating in the item's baseline attempt, now in the
/// latest record exported after it, when the export holds them ("–" when
/// not: an export of the latest attempt only has no before).
pub(crate) fn plan_rows(
    set: &QuestionSet,
    plans: &[PlanItem],
    records: &[Record],
    lang: Lang,
) -> Vec<[String; 6]> {
    let t = texts(lang);
    plans
        .iter()
        .map(|p| {
            let baseline = records
                .iter()
                .position(|r| p.baseline_attempt.as_deref() == Some(r.attempt_id.as_str()));
            let before = baseline.and_then(|i| p.target.rating_in(set, &records[i].answers));
            let now = records
                .last()
                .filter(|_| baseline.is_some_and(|i| i + 1 < records.len()))
                .and_then(|r| p.target.rating_in(set, &r.answers));
            [
                describe_target(&p.target, set, lang),
                p.goal.clone(),
                p.due.map_or_else(String::new, |d| d.to_string()),
                crate::render::plan::rating(&p.target, before, lang),
                crate::render::plan::rating(&p.target, now, lang),
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
