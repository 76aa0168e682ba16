//! The screens of the personal commands: the result, every answer, the question
//! list, the history and the progression, and the action plan's follow-up. Pure
//! functions of their inputs (including the width), so the output is
//! snapshot-tested at fixed widths.

use crate::model::attempt::Attempt;
use crate::model::lang::Lang;
use crate::model::plan::Target;
use crate::model::progress::{Progression, Series};
use crate::model::question_set::{QuestionSet, Resource};
use crate::model::score::{Rated, Score};
use crate::ui::format::{bar, decimal, marked_delta, sparkline};
use crate::ui::grid::{self, GridCell};
use crate::ui::style::Style;
use crate::ui::texts::texts;
use comfy_table::{Attribute, Cell, CellAlignment, ColumnConstraint, Table, Width};
use std::fmt::Write as _;

/// The title line of an attempt: date, time and label.
pub fn attempt_title(attempt: &Attempt, lang: Lang) -> String {
    let mut title = format!(
        "{} · {}",
        texts(lang).result_title,
        attempt.finished_at.format("%Y-%m-%d %H:%M")
    );
    if let Some(label) = &attempt.label {
        let _ = write!(title, " · {label}");
    }
    title
}

/// The result screen `take` shows at the end: the area profile, the overall mean,
/// strengths, statements to develop, and where to learn more about the weakest area.
pub fn result_screen(
    set: &QuestionSet,
    attempt: &Attempt,
    score: &Score,
    lang: Lang,
    style: Style,
) -> String {
    let t = texts(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{}", style.heading(&attempt_title(attempt, lang)));
    let _ = writeln!(out, "{}", area_table(set, score, lang, style));

    for (heading, list) in [
        (t.strengths, &score.strengths),
        (t.to_develop, &score.to_develop),
    ] {
        let _ = writeln!(out, "\n{}", style.heading(heading));
        for rated in list {
            out.push_str(&rated_line(set, rated, lang, style));
        }
    }

    let resources = set.resources_for_all(score.to_develop.iter().map(|r| r.code));
    if !resources.is_empty() {
        let _ = writeln!(out, "\n{}", style.heading(t.learn_more_lowest()));
        for r in resources {
            // The URL gets a line of its own so that wrapping never breaks it.
            out.push_str(&style.wrapped(&resource_title(r, lang), "  • ", "    "));
            let _ = writeln!(out, "    {}", r.url);
        }
    }
    out
}

/// A resource's title in `lang`, with what kind of resource it is.
pub fn resource_title(r: &Resource, lang: Lang) -> String {
    let t = texts(lang);
    match r.kind {
        Some(kind) => format!("{} ({})", r.title.get(lang), t.resource_kind(kind)),
        None => r.title.get(lang).to_string(),
    }
}

/// The result screen as plain text for plain mode: no box drawing, no colour, one
/// fact per line, so that a screen reader reads it in order.
pub fn result_plain(set: &QuestionSet, attempt: &Attempt, score: &Score, lang: Lang) -> String {
    let t = texts(lang);
    let mut out = format!("{}\n\n", attempt_title(attempt, lang));
    for a in &score.areas {
        let _ = writeln!(
            out,
            "{} {}, {}: {} {}",
            t.col_area,
            a.area,
            set.area_name(a.area, lang),
            t.col_mean.to_lowercase(),
            decimal(a.mean, lang)
        );
    }
    let _ = writeln!(out, "{}: {}", t.overall, decimal(score.overall, lang));
    for (heading, list) in [
        (t.strengths, &score.strengths),
        (t.to_develop, &score.to_develop),
    ] {
        let _ = writeln!(out, "\n{heading}:");
        for r in list {
            let text = set.statement(r.code).map_or("", |s| s.text.get(lang));
            let _ = writeln!(out, "{} {}, {}: {text}", t.col_answer, r.value, r.code);
        }
    }
    let resources = set.resources_for_all(score.to_develop.iter().map(|r| r.code));
    if !resources.is_empty() {
        let _ = writeln!(out, "\n{}:", t.learn_more_lowest());
        for r in resources {
            let _ = writeln!(out, "{}: {}", resource_title(r, lang), r.url);
        }
    }
    out
}

/// The per-area table: mean with one decimal and a bar, then the overall mean.
pub fn area_table(set: &QuestionSet, score: &Score, lang: Lang, style: Style) -> Table {
    let t = texts(lang);
    let mut table = style.table();
    table.set_header(vec![
        Cell::new(t.col_area).add_attribute(Attribute::Bold),
        Cell::new(t.col_mean).add_attribute(Attribute::Bold),
        Cell::new(t.col_profile).add_attribute(Attribute::Bold),
    ]);
    for a in &score.areas {
        table.add_row(vec![
            Cell::new(format!("{} {}", a.area, set.area_name(a.area, lang))),
            Cell::new(decimal(a.mean, lang)).set_alignment(CellAlignment::Right),
            Cell::new(bar(a.mean, set.scale.max, 14)),
        ]);
    }
    table.add_row(vec![
        Cell::new(t.overall).add_attribute(Attribute::Bold),
        Cell::new(decimal(score.overall, lang))
            .set_alignment(CellAlignment::Right)
            .add_attribute(Attribute::Bold),
        Cell::new(bar(score.overall, set.scale.max, 14)),
    ]);
    table
}

/// Every answer of an attempt, by statement.
pub fn answers_table(set: &QuestionSet, attempt: &Attempt, lang: Lang, style: Style) -> Table {
    let t = texts(lang);
    let mut table = style.table();
    table.set_header(vec![t.col_code, t.col_answer, t.col_statement]);
    for st in &set.statements {
        let answer = attempt
            .answers
            .get(&st.code)
            .map_or_else(|| "–".to_string(), u8::to_string);
        table.add_row(vec![
            Cell::new(st.code),
            Cell::new(answer).set_alignment(CellAlignment::Right),
            Cell::new(st.text.get(lang)),
        ]);
    }
    table
}

/// The question set as a table: code, area, statement.
pub fn questions_table(set: &QuestionSet, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let title = t.questions_title(
        set.title.get(lang),
        &set.version,
        set.statements.len(),
        set.scale.min,
        set.scale.max,
    );
    // The area column holds the number only, so the statements keep the width; the
    // names are listed once above the table.
    let legend = area_legend(set, lang);
    let mut table = style.table();
    table.set_header(vec![t.col_code, t.col_area, t.col_statement]);
    for st in &set.statements {
        table.add_row(vec![
            Cell::new(st.code),
            Cell::new(st.area()).set_alignment(CellAlignment::Center),
            Cell::new(st.text.get(lang)),
        ]);
    }
    format!("{}\n{legend}{table}\n", style.heading(&title))
}

fn rated_line(set: &QuestionSet, rated: &Rated, lang: Lang, style: Style) -> String {
    let text = set.statement(rated.code).map_or("", |s| s.text.get(lang));
    style.wrapped(
        &format!("{}  {}  {text}", rated.value, rated.code),
        "  ",
        "           ",
    )
}

/// One row of `history`: an attempt and its means, or `None` where the attempt
/// answered another question set.
pub struct HistoryRow<'a> {
    pub attempt: &'a Attempt,
    pub score: Option<Score>,
}

/// The `history` table: one row per attempt, newest last.
pub fn history_table(
    set: &QuestionSet,
    rows: &[HistoryRow<'_>],
    lang: Lang,
    style: Style,
) -> String {
    let t = texts(lang);
    let title = t.history_title(rows.len(), set.scale.min, set.scale.max);
    let numbers: Vec<String> = set.areas.iter().map(|a| a.number.to_string()).collect();
    let mut header = vec![t.col_id, t.col_date, t.label, t.overall];
    header.extend(numbers.iter().map(String::as_str));
    let cells: Vec<Vec<GridCell>> = rows
        .iter()
        .map(|row| {
            let mut cells = vec![
                (row.attempt.short_id().to_string(), false),
                (
                    row.attempt.finished_at.format("%Y-%m-%d %H:%M").to_string(),
                    false,
                ),
                (row.attempt.label.clone().unwrap_or_default(), false),
            ];
            match &row.score {
                Some(score) => {
                    cells.push((decimal(score.overall, lang), true));
                    for area in &set.areas {
                        let mean = score.areas.iter().find(|a| a.area == area.number);
                        cells.push((
                            mean.map_or("–".to_string(), |m| decimal(m.mean, lang)),
                            true,
                        ));
                    }
                }
                None => cells.extend((0..=set.areas.len()).map(|_| ("–".to_string(), false))),
            }
            cells
        })
        .collect();
    // The label may wrap between its words; every other cell must stay whole.
    let label_word = rows
        .iter()
        .filter_map(|r| r.attempt.label.as_deref())
        .flat_map(str::split_whitespace)
        .chain([t.label])
        .map(|w| w.chars().count())
        .max()
        .unwrap_or(0);
    // Id and date as wide as they are, as in comfy-table below.
    let natural = [0, 1];
    let body = if fits(
        &grid::content_widths(&header, &cells),
        style,
        &[(2, label_word)],
    ) {
        // Laid out directly (a thousand rows through comfy-table took longer than
        // reading them); comfy-table only where a word would have to be cut.
        let table = grid::render(&header, &cells, style.width, &natural)
            .unwrap_or_else(|| history_comfy(&header, &cells, style, &natural).to_string());
        format!("{table}\n")
    } else {
        history_stacked(set, rows, lang, style)
    };
    format!(
        "{}\n{}{body}",
        style.heading(&title),
        area_legend(set, lang)
    )
}

/// The `history` table through comfy-table, the columns in `natural` as wide as
/// their content.
fn history_comfy(
    header: &[&str],
    cells: &[Vec<GridCell>],
    style: Style,
    natural: &[usize],
) -> Table {
    let mut table = style.table();
    table.set_header(header.to_vec());
    for &column in natural {
        if let Some(c) = table.column_mut(column) {
            c.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    for row in cells {
        table.add_row(row.iter().map(|(text, right)| {
            let cell = Cell::new(text);
            if *right {
                cell.set_alignment(CellAlignment::Right)
            } else {
                cell
            }
        }));
    }
    table
}

/// Whether a table whose columns' widest cells are `widths` fits the width with
/// every cell whole, except the columns in `wrappable`, which may narrow to the
/// width given (their longest word): comfy-table would otherwise break numbers and
/// dates a character per line.
fn fits(widths: &[usize], style: Style, wrappable: &[(usize, usize)]) -> bool {
    // A space of padding either side of each cell and a border to its left, and
    // one more border at the right.
    let natural: usize = widths
        .iter()
        .enumerate()
        .map(|(i, &w)| {
            let least = wrappable
                .iter()
                .find(|(c, _)| *c == i)
                .map_or(w, |(_, min)| w.min(*min));
            least + 3
        })
        .sum::<usize>()
        + 1;
    natural <= usize::from(style.width)
}

/// `history` for a narrow terminal: a block per attempt, its id, date and label on
/// the first line and its means below, wrapped between figures, never inside one.
fn history_stacked(set: &QuestionSet, rows: &[HistoryRow<'_>], lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut out = String::new();
    for row in rows {
        let a = row.attempt;
        let mut head = vec![
            a.short_id().to_string(),
            a.finished_at.format("%Y-%m-%d\u{a0}%H:%M").to_string(),
        ];
        head.extend(a.label.clone());
        out.push_str(&style.wrapped(&head.join(" · "), "", "  "));
        let figures: Vec<String> = match &row.score {
            Some(score) => std::iter::once(format!(
                "{}\u{a0}{}",
                t.overall,
                decimal(score.overall, lang)
            ))
            .chain(set.areas.iter().map(|area| {
                let mean = score.areas.iter().find(|m| m.area == area.number);
                format!(
                    "{}:\u{a0}{}",
                    area.number,
                    mean.map_or("–".to_string(), |m| decimal(m.mean, lang))
                )
            }))
            .collect(),
            None => vec!["–".to_string()],
        };
        out.push_str(&style.wrapped(&figures.join("\u{a0}· "), "  ", "  "));
    }
    out
}

fn area_legend(set: &QuestionSet, lang: Lang) -> String {
    set.areas
        .iter()
        .map(|a| format!("  {} {}\n", a.number, a.name.get(lang)))
        .collect()
}

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

/// Which columns fit: all when few; else the first and the latest ones.
pub fn visible_columns(n: usize, width: u16) -> Vec<usize> {
    let max = (usize::from(width).saturating_sub(52) / 9).clamp(3, 10);
    if n <= max {
        (0..n).collect()
    } else {
        std::iter::once(0).chain(n - (max - 1)..n).collect()
    }
}

/// The `progress` screen: areas (and overall) by attempt, the changes, a trend
/// line; with `--by-statement` the statements too, and the biggest movers.
pub fn progress_screen(set: &QuestionSet, p: &Progression, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut out = String::new();
    let n = p.columns.len();
    let _ = writeln!(out, "{}", style.heading(&t.progress_title(n)));
    out.push_str(&area_legend(set, lang));
    let layout = ProgressLayout {
        set,
        p,
        lang,
        shown: visible_columns(n, style.width),
    };
    let areas = p
        .areas
        .iter()
        .map(|s| (s.key.to_string(), s))
        .chain(std::iter::once((t.overall.to_string(), &p.overall)));
    let _ = writeln!(out, "{}", layout.table(style, t.col_area, areas, true));
    if !p.statements.is_empty() {
        // Codes only: the texts would not fit beside the columns; `digikomp
        // questions` lists them, and the movers below quote them in full.
        let rows = p.statements.iter().map(|s| (s.key.to_string(), s));
        let _ = writeln!(out, "\n{}", layout.table(style, t.col_code, rows, false));
        if n > 1 {
            out.push_str(&movers_text(set, p, lang, style));
        }
    }
    out.push_str(&progress_notes(p, layout.shown.len(), lang, style));
    out
}

/// Which attempts a progress table shows, and how it draws them.
struct ProgressLayout<'a> {
    set: &'a QuestionSet,
    p: &'a Progression,
    lang: Lang,
    /// The columns shown, as indexes into the progression's columns.
    shown: Vec<usize>,
}

impl ProgressLayout<'_> {
    /// A table with `first` over the row names.
    fn table<'s>(
        &self,
        style: Style,
        first: &str,
        rows: impl Iterator<Item = (String, &'s Series)>,
        decimals: bool,
    ) -> Table {
        let mut table = style.table();
        table.set_header(self.header(first));
        // Dates must not wrap: keep every attempt column at least as wide as one.
        for i in 1..=self.shown.len() {
            if let Some(c) = table.column_mut(i) {
                c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(12)));
            }
        }
        // Nor the trend line, which is short: at most TREND_POINTS characters.
        let trend = table.column_count().saturating_sub(1);
        if let Some(c) = table.column_mut(trend) {
            c.set_constraint(ColumnConstraint::ContentWidth);
        }
        for (name, series) in rows {
            table.add_row(self.row(name, series, decimals));
        }
        table
    }

    fn header(&self, first: &str) -> Vec<Cell> {
        let t = texts(self.lang);
        let mut h = vec![Cell::new(first)];
        for &i in &self.shown {
            let c = &self.p.columns[i];
            let date = c.date.format("%Y-%m-%d");
            let text = match &c.label {
                Some(label) => format!("{date}\n{label}"),
                None => date.to_string(),
            };
            h.push(Cell::new(text));
        }
        if self.p.columns.len() > 1 {
            h.push(Cell::new(t.col_since_previous));
            h.push(Cell::new(t.col_since_first));
        }
        h.push(Cell::new(t.col_trend));
        h
    }

    fn row(&self, name: String, series: &Series, decimals: bool) -> Vec<Cell> {
        let lang = self.lang;
        let mut r = vec![Cell::new(name)];
        for &i in &self.shown {
            let text = series.values[i].map_or("–".to_string(), |v| {
                if decimals {
                    decimal(v, lang)
                } else {
                    format!("{v:.0}")
                }
            });
            r.push(Cell::new(text).set_alignment(CellAlignment::Right));
        }
        if self.p.columns.len() > 1 {
            for change in [series.change_since_previous, series.change_since_first] {
                r.push(Cell::new(marked_delta(change, lang, decimals)));
            }
        }
        let recent = series.values.len().saturating_sub(TREND_POINTS);
        r.push(Cell::new(sparkline(
            &series.values[recent..],
            self.set.scale.min,
            self.set.scale.max,
        )));
        r
    }
}

/// The statements that rose and fell most, with their texts.
fn movers_text(set: &QuestionSet, p: &Progression, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut out = String::new();
    if p.biggest_rises.is_empty() && p.biggest_falls.is_empty() {
        let _ = writeln!(out, "{}", t.no_change);
    }
    for (heading, movers) in [
        (t.biggest_rises, &p.biggest_rises),
        (t.biggest_falls, &p.biggest_falls),
    ] {
        if movers.is_empty() {
            continue;
        }
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
        notes.push(t.progress_one.to_string());
    }
    if shown < n {
        notes.push(t.progress_hidden(n - shown));
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
fn join(codes: &[crate::model::code::StatementCode]) -> String {
    codes
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

/// "påstående 203" / "område 4 (Säkerhet)".
pub fn describe_target(target: &Target, set: &QuestionSet, lang: Lang) -> String {
    let t = texts(lang);
    match target {
        Target::Statement { code } => t.target_statement(code),
        Target::Area { area } => t.target_area(area, set.area_name(*area, lang)),
    }
}
