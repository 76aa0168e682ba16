//! The `progress` screen: areas (and overall) by attempt, the changes since the
//! previous and the first attempt, a trend line, the statements by their short
//! titles with `--by-statement`, the biggest movers, and the notes under it. Built
//! on [`Grid`], so it is a table where it fits and a block per row where not.

use crate::i18n::texts;
use crate::model::code::StatementCode;
use crate::model::lang::Lang;
use crate::model::progress::{Progression, Series, SeriesKey};
use crate::model::question_set::QuestionSet;
use crate::render::format::{decimal, marked_delta, shown_change, trend_steps};
use crate::render::grid::Grid;
use crate::render::screens::area_word;
use crate::render::style::Style;
use std::fmt::Write as _;

/// Says how many attempts were left out because they answered other question sets.
pub fn other_sets_note(p: &Progression, lang: Lang) -> String {
    let mut sets: Vec<String> = p
        .other_sets
        .iter()
        .map(|o| o.question_set.to_string())
        .collect();
    sets.sort_unstable();
    sets.dedup();
    texts(lang).other_sets(p.other_sets.len(), sets.join(", "))
}

/// How many of the latest attempts the trend line shows.
const TREND_POINTS: usize = 12;

/// The most attempts a table shows side by side.
const MAX_COLUMNS: usize = 10;

/// The columns of `k` attempts out of `n`: all when few; else the first and the
/// latest ones.
fn columns(n: usize, k: usize) -> Vec<usize> {
    if n <= k {
        (0..n).collect()
    } else {
        std::iter::once(0).chain(n - (k - 1)..n).collect()
    }
}

/// The `progress` screen: areas (and overall) by attempt, the changes, a trend
/// line; with `--by-statement` the statements too, and the biggest movers.
pub fn progress_screen(set: &QuestionSet, p: &Progression, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut out = String::new();
    let n = p.columns.len();
    let _ = writeln!(out, "{}", style.heading(&t.progress_title(n)));
    let areas: Vec<(String, &Series)> = p
        .areas
        .iter()
        .chain(std::iter::once(&p.overall))
        .map(|s| (row_name(set, s.key, lang), s))
        .collect();
    let statements: Vec<(String, &Series)> = p
        .statements
        .iter()
        .map(|s| (row_name(set, s.key, lang), s))
        .collect();
    // As many attempts side by side as let both tables fit (at least the first
    // and the latest); where not even two fit, blocks of the first, the latest
    // and the one before it.
    let layout = (2..=MAX_COLUMNS)
        .rev()
        .map(|k| ProgressLayout {
            p,
            lang,
            plain: style.plain,
            shown: columns(n, k),
        })
        .find(|l| {
            l.grid(area_word(set, lang), &areas, true).fits(style.width)
                && (statements.is_empty()
                    || l.grid(t.col_statement(), &statements, false)
                        .fits(style.width))
        })
        .unwrap_or_else(|| ProgressLayout {
            p,
            lang,
            plain: style.plain,
            shown: columns(n, 3),
        });
    out.push_str(
        &layout
            .grid(area_word(set, lang), &areas, true)
            .render(style),
    );
    if !statements.is_empty() {
        out.push('\n');
        out.push_str(
            &layout
                .grid(t.col_statement(), &statements, false)
                .render(style),
        );
        if n > 1 {
            out.push_str(&movers_text(set, p, lang, style));
        }
    }
    if n > 1 {
        out.push('\n');
        let legend = if style.plain {
            t.progress_legend_plain(TREND_POINTS)
        } else {
            t.progress_legend(TREND_POINTS)
        };
        out.push_str(&style.wrapped(&legend, "", ""));
    }
    out.push_str(&progress_notes(p, layout.shown.len(), lang, style));
    out
}

/// A row's name: "2 Kommunikation och samarbete", "Totalt", or "105 Källkritik
/// med AI" (the statement's short title: a bare code says nothing).
fn row_name(set: &QuestionSet, key: SeriesKey, lang: Lang) -> String {
    match key {
        SeriesKey::Area(area) => format!("{area} {}", set.area_name(area, lang)),
        SeriesKey::Overall => texts(lang).overall().to_string(),
        SeriesKey::Statement(code) => match set.statement(code) {
            Some(st) => format!("{code} {}", st.short_title(lang)),
            None => code.to_string(),
        },
    }
}

/// The changes since the previous and the first attempt between the means as
/// shown (one decimal), so that "2,8 … 4,0" reads "+1,2", never "+1,3".
fn shown_changes(series: &Series) -> (Option<f64>, Option<f64>) {
    let n = series.values.len();
    let latest = series.values.last().copied().flatten();
    let previous = n.checked_sub(2).and_then(|i| series.values[i]);
    let first = series.values.iter().copied().flatten().next();
    (
        previous.zip(latest).map(|(p, l)| shown_change(p, l)),
        first.zip(latest).map(|(f, l)| shown_change(f, l)),
    )
}

/// Which attempts a progress table shows, and how it draws them.
struct ProgressLayout<'a> {
    p: &'a Progression,
    lang: Lang,
    /// Whether the trend is said in words (plain mode) or drawn with arrows.
    plain: bool,
    /// The columns shown, as indexes into the progression's columns.
    shown: Vec<usize>,
}

impl ProgressLayout<'_> {
    /// A grid with `first` over the row names.
    fn grid(&self, first: &str, rows: &[(String, &Series)], decimals: bool) -> Grid {
        let t = texts(self.lang);
        let mut grid = Grid::new().words(first);
        for &i in &self.shown {
            let c = &self.p.columns[i];
            let date = c.date.format("%Y-%m-%d");
            grid = grid.figure(match &c.label {
                Some(label) => format!("{date}\n{label}"),
                None => date.to_string(),
            });
        }
        if self.p.columns.len() > 1 {
            grid = grid
                .whole(t.col_since_previous())
                .whole(t.col_since_first());
        }
        grid = grid.whole(t.col_trend());
        for (name, series) in rows {
            grid.row(self.row(name.clone(), series, decimals));
        }
        grid
    }

    fn row(&self, name: String, series: &Series, decimals: bool) -> Vec<String> {
        let lang = self.lang;
        let mut r = vec![name];
        for &i in &self.shown {
            r.push(series.values[i].map_or("–".to_string(), |v| {
                if decimals {
                    decimal(v, lang)
                } else {
                    format!("{v:.0}")
                }
            }));
        }
        if self.p.columns.len() > 1 {
            let (previous, first) = if decimals {
                shown_changes(series)
            } else {
                (series.change_since_previous, series.change_since_first)
            };
            for change in [previous, first] {
                r.push(marked_delta(change, lang, decimals));
            }
        }
        let recent = series.values.len().saturating_sub(TREND_POINTS);
        let steps = trend_steps(&series.values[recent..], u8::from(decimals));
        r.push(if self.plain {
            let t = texts(lang);
            steps
                .chars()
                .map(|c| match c {
                    '↗' => t.trend_up(),
                    '↘' => t.trend_down(),
                    '→' => t.trend_same(),
                    _ => t.trend_missing(),
                })
                .collect::<Vec<_>>()
                .join(", ")
        } else {
            steps
        });
        r
    }
}

/// The statements that rose and fell most, with their texts.
fn movers_text(set: &QuestionSet, p: &Progression, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut out = String::new();
    if p.biggest_rises.is_empty() && p.biggest_falls.is_empty() {
        let _ = writeln!(out, "{}", t.no_change());
    }
    for (heading, movers, tied) in [
        (t.biggest_rises(), &p.biggest_rises, p.rises_tied),
        (t.biggest_falls(), &p.biggest_falls, p.falls_tied),
    ] {
        let Some(last) = movers.last() else {
            continue;
        };
        let _ = writeln!(out, "\n{}", style.heading(heading));
        for m in movers {
            let text = set.statement(m.code).map_or("", |s| s.text.get(lang));
            out.push_str(&style.wrapped(
                &format!(
                    "{}  {}  ({} → {})  {text}",
                    marked_delta(Some(f64::from(m.change)), lang, false),
                    m.code,
                    m.first,
                    m.latest
                ),
                "  ",
                "        ",
            ));
        }
        if tied > 0 {
            let change = marked_delta(Some(f64::from(last.change)), lang, false);
            let more = t.movers_tied(tied, change.replace(' ', "\u{a0}"));
            out.push_str(&style.wrapped(&more, "  ", "  "));
        }
    }
    out
}

/// The notes under the progress tables: one attempt only, hidden columns,
/// attempts that cannot be compared fully, attempts of other sets.
fn progress_notes(p: &Progression, shown: usize, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let n = p.columns.len();
    let mut notes = Vec::new();
    if n == 1 {
        notes.push(t.progress_one().to_string());
    }
    if shown < n {
        notes.push(t.progress_hidden_between(n - shown));
    }
    for m in &p.not_comparable {
        let mut parts = Vec::new();
        if !m.missing.is_empty() {
            parts.push(t.lacks(join(&m.missing)));
        }
        if !m.extra.is_empty() {
            parts.push(t.extra_ignored(join(&m.extra)));
        }
        notes.push(format!(
            "{}: {}.",
            t.not_comparable(&m.short_id, &m.question_set_version),
            parts.join("; ")
        ));
    }
    if !p.other_sets.is_empty() {
        notes.push(other_sets_note(p, lang));
    }
    let mut out = String::new();
    if !notes.is_empty() {
        out.push('\n');
        for note in notes {
            out.push_str(&style.wrapped(&note, "", "  "));
        }
    }
    out
}

/// Codes as a list: "101, 203".
fn join(codes: &[StatementCode]) -> String {
    codes
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}
