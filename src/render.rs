//! Rendering of the result screen and the question list as text and comfy-table
//! tables. Pure functions of their inputs (including the width), so the output is
//! snapshot-tested at a fixed width.

use crate::attempt::{Attempt, Rated, Score};
use crate::lang::Lang;
use crate::questions::QuestionSet;
use crate::texts::{fill, texts};
use comfy_table::{
    presets, Attribute, Cell, CellAlignment, ColumnConstraint, ContentArrangement, Table, Width,
};
use std::fmt::Write as _;

/// How text output should look: its width, and whether to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub width: u16,
    pub color: bool,
}

impl Style {
    /// A table in the house style at this width.
    pub fn table(self) -> Table {
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.width);
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table
    }

    /// A heading line: bold when colour is on.
    pub fn heading(self, text: &str) -> String {
        if self.color {
            format!("\x1b[1m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    fn wrap_width(self) -> usize {
        usize::from(self.width.max(30))
    }
}

/// A number with one decimal, with a decimal comma in Swedish.
pub fn decimal(value: f64, lang: Lang) -> String {
    // Round half away from zero, as people do by hand (3.25 → 3.3), not to even.
    let s = format!("{:.1}", (value * 10.0).round() / 10.0);
    match lang {
        Lang::Sv => s.replace('.', ","),
        Lang::En => s,
    }
}

/// A signed change with one decimal ("+0,5", "−1,0", "±0,0").
pub fn delta(value: f64, lang: Lang) -> String {
    let rounded = (value * 10.0).round() / 10.0;
    let body = decimal(rounded.abs(), lang);
    if rounded > 0.0 {
        format!("+{body}")
    } else if rounded < 0.0 {
        format!("−{body}")
    } else {
        format!("±{body}")
    }
}

/// A horizontal bar for `value` on a scale up to `max`, `cells` characters wide,
/// drawn with eighth blocks so that a tenth of a point is visible.
pub fn bar(value: f64, max: u8, cells: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = ((value / f64::from(max)).clamp(0.0, 1.0) * (cells * 8) as f64).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if eighths % 8 > 0 {
        out.push(PARTS[eighths % 8]);
    }
    let used = out.chars().count();
    out.push_str(&" ".repeat(cells.saturating_sub(used)));
    out
}

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

    if let Some(area) = score.weakest_area.and_then(|n| set.area(n)) {
        let heading = fill(t.learn_more, &[("area", &area.name.get(lang))]);
        let _ = writeln!(out, "\n{}", style.heading(&heading));
        for r in &area.resources {
            // The URL gets a line of its own so that wrapping never breaks it.
            out.push_str(&wrapped(&r.title, "  • ", "    ", style));
            let _ = writeln!(out, "    {}", r.url);
        }
    }
    out
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
            let text = set.statement(&r.code).map_or("", |s| s.text.get(lang));
            let _ = writeln!(out, "{} {}, {}: {text}", t.col_answer, r.value, r.code);
        }
    }
    if let Some(area) = score.weakest_area.and_then(|n| set.area(n)) {
        let _ = writeln!(
            out,
            "\n{}:",
            fill(t.learn_more, &[("area", &area.name.get(lang))])
        );
        for r in &area.resources {
            let _ = writeln!(out, "{}: {}", r.title, r.url);
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
            Cell::new(&st.code),
            Cell::new(answer).set_alignment(CellAlignment::Right),
            Cell::new(st.text.get(lang)),
        ]);
    }
    table
}

/// The question set as a table: code, area, statement.
pub fn questions_table(set: &QuestionSet, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let title = fill(
        t.questions_title,
        &[
            ("title", &set.title.get(lang)),
            ("version", &set.version),
            ("n", &set.statements.len()),
            ("min", &set.scale.min),
            ("max", &set.scale.max),
        ],
    );
    // The area column holds the number only, so the statements keep the width; the
    // names are listed once above the table.
    let legend = area_legend(set, lang);
    let mut table = style.table();
    table.set_header(vec![t.col_code, t.col_area, t.col_statement]);
    for st in &set.statements {
        table.add_row(vec![
            Cell::new(&st.code),
            Cell::new(st.area()).set_alignment(CellAlignment::Center),
            Cell::new(st.text.get(lang)),
        ]);
    }
    format!("{}\n{legend}{table}\n", style.heading(&title))
}

fn rated_line(set: &QuestionSet, rated: &Rated, lang: Lang, style: Style) -> String {
    let text = set.statement(&rated.code).map_or("", |s| s.text.get(lang));
    wrapped(
        &format!("{}  {}  {text}", rated.value, rated.code),
        "  ",
        "           ",
        style,
    )
}

fn wrapped(text: &str, first: &str, rest: &str, style: Style) -> String {
    let options = textwrap::Options::new(style.wrap_width())
        .initial_indent(first)
        .subsequent_indent(rest);
    let mut out = textwrap::fill(text, options);
    out.push('\n');
    out
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
    let title = fill(
        t.history_title,
        &[
            ("n", &rows.len()),
            ("min", &set.scale.min),
            ("max", &set.scale.max),
        ],
    );
    let mut table = style.table();
    let mut header = vec![
        Cell::new(t.col_id),
        Cell::new(t.col_date),
        Cell::new(t.label),
        Cell::new(t.overall),
    ];
    header.extend(set.areas.iter().map(|a| Cell::new(a.number)));
    table.set_header(header);
    for column in [0, 1] {
        if let Some(c) = table.column_mut(column) {
            c.set_constraint(ColumnConstraint::ContentWidth);
        }
    }
    for row in rows {
        let mut cells = vec![
            Cell::new(row.attempt.short_id()),
            Cell::new(row.attempt.finished_at.format("%Y-%m-%d %H:%M")),
            Cell::new(row.attempt.label.as_deref().unwrap_or("")),
        ];
        match &row.score {
            Some(score) => {
                cells.push(
                    Cell::new(decimal(score.overall, lang)).set_alignment(CellAlignment::Right),
                );
                for area in &set.areas {
                    let mean = score.areas.iter().find(|a| a.area == area.number);
                    cells.push(
                        Cell::new(mean.map_or("–".to_string(), |m| decimal(m.mean, lang)))
                            .set_alignment(CellAlignment::Right),
                    );
                }
            }
            None => {
                cells.extend((0..=set.areas.len()).map(|_| Cell::new("–")));
            }
        }
        table.add_row(cells);
    }
    format!(
        "{}\n{}{table}\n",
        style.heading(&title),
        area_legend(set, lang)
    )
}

fn area_legend(set: &QuestionSet, lang: Lang) -> String {
    set.areas
        .iter()
        .map(|a| format!("  {} {}\n", a.number, a.name.get(lang)))
        .collect()
}

/// A change, marked with an arrow so that it reads right without colour; whole
/// numbers (single ratings) without a decimal.
pub fn marked_delta(value: Option<f64>, lang: Lang, decimals: bool) -> String {
    match value {
        None => "–".to_string(),
        Some(v) if !decimals => {
            let whole = v.round() as i64;
            match whole.signum() {
                1 => format!("▲ +{whole}"),
                -1 => format!("▼ −{}", whole.abs()),
                _ => "= ±0".to_string(),
            }
        }
        Some(v) => {
            let rounded = (v * 10.0).round() / 10.0;
            let mark = if rounded > 0.0 {
                '▲'
            } else if rounded < 0.0 {
                '▼'
            } else {
                '='
            };
            format!("{mark} {}", delta(v, lang))
        }
    }
}

/// Says how many attempts were left out because they answered other question sets.
pub fn other_sets_note(p: &crate::progress::Progression, lang: Lang) -> String {
    let mut sets: Vec<&str> = p
        .other_sets
        .iter()
        .map(|o| o.question_set.as_str())
        .collect();
    sets.sort_unstable();
    sets.dedup();
    fill(
        texts(lang).other_sets,
        &[("n", &p.other_sets.len()), ("sets", &sets.join(", "))],
    )
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
pub fn progress_screen(
    set: &QuestionSet,
    p: &crate::progress::Progression,
    lang: Lang,
    style: Style,
) -> String {
    let t = texts(lang);
    let mut out = String::new();
    let n = p.columns.len();
    let _ = writeln!(
        out,
        "{}",
        style.heading(&fill(t.progress_title, &[("n", &n)]))
    );
    out.push_str(&area_legend(set, lang));
    let shown = visible_columns(n, style.width);
    let header = |first: &str| {
        let mut h = vec![Cell::new(first)];
        for &i in &shown {
            let c = &p.columns[i];
            let text = match &c.label {
                Some(label) => format!("{}\n{label}", c.date),
                None => c.date.clone(),
            };
            h.push(Cell::new(text));
        }
        if n > 1 {
            h.push(Cell::new(t.col_since_previous));
            h.push(Cell::new(t.col_since_first));
        }
        h.push(Cell::new(t.col_trend));
        h
    };
    let row = |name: String, series: &crate::progress::Series, decimals: bool| {
        let mut r = vec![Cell::new(name)];
        for &i in &shown {
            let text = series.values[i].map_or("–".to_string(), |v| {
                if decimals {
                    decimal(v, lang)
                } else {
                    format!("{v:.0}")
                }
            });
            r.push(Cell::new(text).set_alignment(CellAlignment::Right));
        }
        if n > 1 {
            r.push(Cell::new(marked_delta(
                series.change_since_previous,
                lang,
                decimals,
            )));
            r.push(Cell::new(marked_delta(
                series.change_since_first,
                lang,
                decimals,
            )));
        }
        let recent = series.values.len().saturating_sub(TREND_POINTS);
        r.push(Cell::new(crate::progress::sparkline(
            &series.values[recent..],
            set.scale.min,
            set.scale.max,
        )));
        r
    };

    // Dates must not wrap: keep every attempt column at least as wide as one.
    let keep_dates = |table: &mut Table| {
        for i in 1..=shown.len() {
            if let Some(c) = table.column_mut(i) {
                c.set_constraint(ColumnConstraint::LowerBoundary(Width::Fixed(12)));
            }
        }
        // Nor the trend line, which is short: at most TREND_POINTS characters.
        let trend = table.column_count().saturating_sub(1);
        if let Some(c) = table.column_mut(trend) {
            c.set_constraint(ColumnConstraint::ContentWidth);
        }
    };
    let mut table = style.table();
    table.set_header(header(t.col_area));
    keep_dates(&mut table);
    for series in &p.areas {
        let number: u8 = series.key.parse().unwrap_or(0);
        table.add_row(row(number.to_string(), series, true));
    }
    table.add_row(row(t.overall.to_string(), &p.overall, true));
    let _ = writeln!(out, "{table}");

    if !p.statements.is_empty() {
        let mut table = style.table();
        table.set_header(header(t.col_code));
        keep_dates(&mut table);
        // Codes only: the texts would not fit beside the columns; `digikomp
        // questions` lists them, and the movers below quote them in full.
        for series in &p.statements {
            table.add_row(row(series.key.clone(), series, false));
        }
        let _ = writeln!(out, "\n{table}");
        if n > 1 {
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
                    let text = set.statement(&m.code).map_or("", |s| s.text.get(lang));
                    out.push_str(&wrapped(
                        &format!(
                            "{}  {}  ({} → {})  {text}",
                            marked_delta(Some(f64::from(m.change)), lang, false),
                            m.code,
                            m.first,
                            m.latest
                        ),
                        "  ",
                        "        ",
                        style,
                    ));
                }
            }
        }
    }

    let mut notes = Vec::new();
    if n == 1 {
        notes.push(t.progress_one.to_string());
    }
    if shown.len() < n {
        notes.push(fill(t.progress_hidden, &[("n", &(n - shown.len()))]));
    }
    for m in &p.not_comparable {
        let mut parts = Vec::new();
        if !m.missing.is_empty() {
            parts.push(fill(t.lacks, &[("codes", &m.missing.join(", "))]));
        }
        if !m.extra.is_empty() {
            parts.push(fill(t.extra_ignored, &[("codes", &m.extra.join(", "))]));
        }
        notes.push(format!(
            "{}: {}.",
            fill(
                t.not_comparable,
                &[("id", &m.short_id), ("version", &m.question_set_version)]
            ),
            parts.join("; ")
        ));
    }
    if !p.other_sets.is_empty() {
        notes.push(other_sets_note(p, lang));
    }
    if !notes.is_empty() {
        out.push('\n');
        for note in notes {
            out.push_str(&wrapped(&note, "", "  ", style));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_language() {
        assert_eq!(decimal(5.54, Lang::Sv), "5,5");
        assert_eq!(decimal(3.0, Lang::En), "3.0");
        assert_eq!(delta(0.54, Lang::Sv), "+0,5");
        assert_eq!(delta(-1.0, Lang::En), "−1.0");
        assert_eq!(delta(0.04, Lang::En), "±0.0");
    }

    #[test]
    fn bars_scale_to_the_width() {
        assert_eq!(bar(7.0, 7, 14), "█".repeat(14));
        assert_eq!(
            bar(3.5, 7, 14),
            format!("{}{}", "█".repeat(7), " ".repeat(7))
        );
        assert_eq!(bar(1.0, 7, 14).trim_end(), "██");
        assert_eq!(bar(0.5, 7, 14).trim_end(), "█");
        assert_eq!(bar(4.1, 7, 14).chars().count(), 14);
    }
}
