//! Rendering of the result screen and the question list as text and comfy-table
//! tables. Pure functions of their inputs (including the width), so the output is
//! snapshot-tested at a fixed width.

use crate::attempt::{Attempt, Rated, Score};
use crate::lang::Lang;
use crate::questions::QuestionSet;
use crate::texts::{fill, texts};
use comfy_table::{presets, Attribute, Cell, CellAlignment, ContentArrangement, Table};
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
    let s = format!("{value:.1}");
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
    let legend: String = set
        .areas
        .iter()
        .map(|a| format!("  {} {}\n", a.number, a.name.get(lang)))
        .collect();
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
