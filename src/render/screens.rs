//! The screens of the personal commands: the result, every answer, the question
//! list, the history and the progression, and the action plan's follow-up. Pure
//! functions of their inputs (including the width), so the output is
//! snapshot-tested at fixed widths.

use crate::i18n::texts;
use crate::model::attempt::{Attempt, Given};
use crate::model::code::StatementCode;
use crate::model::lang::Lang;
use crate::model::learning::Catalogue;
use crate::model::plan::Target;
use crate::model::progress::Progression;
use crate::model::question_set::{AreaKind, QuestionSet, Resource, ResourceKind};
use crate::model::score::{Rated, Score};
use crate::render::format::{bar, decimal};
use crate::render::grid::Grid;
use crate::render::long_table::{self, GridCell};
use crate::render::story::change_story;
use crate::render::style::Style;
use comfy_table::{Cell, CellAlignment, ColumnConstraint, Table};
use std::fmt::Write as _;

/// The title line of an attempt: date, time and label.
pub fn attempt_title(attempt: &Attempt, lang: Lang) -> String {
    let mut title = format!(
        "{} · {}",
        texts(lang).result_title(),
        attempt.finished_at.format("%Y-%m-%d %H:%M")
    );
    if let Some(label) = &attempt.label {
        let _ = write!(title, " · {label}");
    }
    title
}

/// The result screen `take` and `results` show: the area profile, the overall
/// mean, from the second attempt on the change since the previous and the first
/// (`p`, whose last column is this attempt), strengths, statements to develop,
/// and where to learn more about them.
pub fn result_screen(
    set: &QuestionSet,
    attempt: &Attempt,
    score: &Score,
    p: Option<&Progression>,
    lang: Lang,
    style: Style,
) -> String {
    if style.plain {
        return result_plain(set, attempt, score, p, lang);
    }
    let t = texts(lang);
    let mut out = String::new();
    let _ = writeln!(out, "{}", style.heading(&attempt_title(attempt, lang)));
    out.push_str(&area_table(set, score, lang, style));
    out.push_str(&abstained_note(set, attempt, lang, style));
    if let Some(p) = p {
        out.push_str(&change_story(set, p, lang, style, false));
    }
    if score.strengths.is_empty() && score.to_develop.is_empty() {
        out.push('\n');
        out.push_str(&style.wrapped(
            &t.all_answers_equal(format!("{:.0}", score.overall)),
            "",
            "",
        ));
    }
    for (heading, list, tied) in highlight_lists(score, lang) {
        let _ = writeln!(out, "\n{}", style.heading(heading));
        for rated in list {
            out.push_str(&rated_line(set, rated, lang, style));
        }
        if let Some(more) = tied {
            out.push_str(&style.wrapped(&more, "  ", "  "));
        }
    }

    let resources = learn_more(set, score.to_develop.iter().map(|r| r.code), lang);
    if !resources.is_empty() {
        let _ = writeln!(out, "\n{}", style.heading(t.learn_more_lowest()));
        for (title, url) in resources {
            // The URL gets a line of its own so that wrapping never breaks it.
            out.push_str(&style.wrapped(&title, "  • ", "    "));
            let _ = writeln!(out, "    {url}");
        }
    }
    out
}

/// How many statements were "not part of my job", and what the means are over;
/// empty when there were none.
fn abstained_note(set: &QuestionSet, attempt: &Attempt, lang: Lang, style: Style) -> String {
    if attempt.abstained.is_empty() {
        return String::new();
    }
    let (n, answered) = (attempt.abstained.len(), attempt.answers.len());
    let text = match (set.area_kind, &set.scale.abstain) {
        // A set of themes says its own answer ("Vet inte"), not "not part of my job".
        (AreaKind::Theme, Some(label)) => {
            texts(lang).leaders_abstained_note(n, answered, label.get(lang))
        }
        _ => texts(lang).abstained_note(n, answered),
    };
    style.wrapped(&text, "", "")
}

/// What a set's areas are called in a column head: "Område", or "Tema" in a
/// set of themes (the leaders').
pub fn area_word(set: &QuestionSet, lang: Lang) -> &'static str {
    let t = texts(lang);
    match set.area_kind {
        AreaKind::Area => t.col_area(),
        AreaKind::Theme => t.leaders_col_theme(),
    }
}

/// The strengths and the statements to develop that are not empty, each with
/// its heading and, when its last rating is shared by statements not shown, a
/// line that says so.
fn highlight_lists(score: &Score, lang: Lang) -> Vec<(&'static str, &[Rated], Option<String>)> {
    let t = texts(lang);
    [
        (t.strengths(), &score.strengths, score.strengths_tied),
        (t.to_develop(), &score.to_develop, score.to_develop_tied),
    ]
    .into_iter()
    .filter(|(_, list, _)| !list.is_empty())
    .map(|(heading, list, tied)| {
        let more = list
            .last()
            .filter(|_| tied > 0)
            .map(|last| t.tied_more(tied, last.value));
        (heading, list.as_slice(), more)
    })
    .collect()
}

/// How many resources a result or a group's priorities point to.
const LEARN_MORE: usize = 4;

/// Where to learn more about `codes`, as (title, address): from the learning
/// library, else (sets older than the library's statements with no competence
/// in it) the set's own resources.
pub fn learn_more(
    set: &QuestionSet,
    codes: impl IntoIterator<Item = StatementCode> + Clone,
    lang: Lang,
) -> Vec<(String, String)> {
    let found: Vec<(String, String)> = Catalogue::shared()
        .for_statements(set, codes.clone(), LEARN_MORE)
        .into_iter()
        .map(|r| (crate::render::learn::short_title(r, lang), r.url.clone()))
        .collect();
    if !found.is_empty() {
        return found;
    }
    set.resources_for_all(codes)
        .into_iter()
        .map(|r| (resource_title(r, lang), r.url.clone()))
        .collect()
}

/// A resource's title in `lang`, with what kind of resource it is.
pub fn resource_title(r: &Resource, lang: Lang) -> String {
    let t = texts(lang);
    match r.kind {
        Some(kind) => {
            let kind = match kind {
                ResourceKind::Course => t.resource_kind_course(),
                ResourceKind::Guide => t.resource_kind_guide(),
                ResourceKind::Lesson => t.resource_kind_lesson(),
            };
            let title = r.title.get(lang);
            // One parenthesis, not two: "… (in Swedish, guide)".
            match title.strip_suffix(')') {
                Some(open) if open.contains('(') => format!("{open}, {kind})"),
                _ => format!("{title} ({kind})"),
            }
        }
        None => r.title.get(lang).to_string(),
    }
}

/// The result screen as plain text for plain mode: no box drawing, no colour, one
/// fact per line, so that a screen reader reads it in order.
pub fn result_plain(
    set: &QuestionSet,
    attempt: &Attempt,
    score: &Score,
    p: Option<&Progression>,
    lang: Lang,
) -> String {
    let t = texts(lang);
    let mut out = format!("{}\n\n", attempt_title(attempt, lang));
    for a in &score.areas {
        let _ = writeln!(
            out,
            "{} {}, {}: {} {}",
            area_word(set, lang),
            a.area,
            set.area_name(a.area, lang),
            t.col_mean().to_lowercase(),
            decimal(a.mean, lang)
        );
    }
    let _ = writeln!(out, "{}: {}", t.overall(), decimal(score.overall, lang));
    out.push_str(&abstained_note(set, attempt, lang, Style::plain(u16::MAX)));
    if let Some(p) = p {
        let style = Style::plain(u16::MAX);
        out.push_str(&change_story(set, p, lang, style, true));
    }
    if score.strengths.is_empty() && score.to_develop.is_empty() {
        let _ = writeln!(
            out,
            "\n{}",
            t.all_answers_equal(format!("{:.0}", score.overall))
        );
    }
    for (heading, list, tied) in highlight_lists(score, lang) {
        let _ = writeln!(out, "\n{heading}:");
        for r in list {
            let text = set.statement(r.code).map_or("", |s| s.text.get(lang));
            let label = t.rated_label(r.value, set.scale.max, r.code);
            let _ = writeln!(out, "{label}: {text}");
        }
        if let Some(more) = tied {
            let _ = writeln!(out, "{more}");
        }
    }
    let resources = learn_more(set, score.to_develop.iter().map(|r| r.code), lang);
    if !resources.is_empty() {
        let _ = writeln!(out, "\n{}:", t.learn_more_lowest());
        for (title, url) in resources {
            let _ = writeln!(out, "{title}: {url}");
        }
    }
    out
}

/// The per-area table: mean with one decimal and a bar, then the overall mean.
/// The bar narrows to let the table fit a narrow terminal.
pub fn area_table(set: &QuestionSet, score: &Score, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let bar_width = usize::from(style.width).saturating_sub(32).clamp(6, 14);
    let mut grid = Grid::new()
        .words(area_word(set, lang))
        .figure(t.col_mean())
        .whole(t.col_profile());
    for a in &score.areas {
        grid.row(vec![
            format!("{} {}", a.area, set.area_name(a.area, lang)),
            decimal(a.mean, lang),
            bar(a.mean, set.scale.max, bar_width),
        ]);
    }
    grid.row(vec![
        t.overall().to_string(),
        decimal(score.overall, lang),
        bar(score.overall, set.scale.max, bar_width),
    ]);
    grid.render(style)
}

/// Every answer of an attempt, by statement.
pub fn answers_table(set: &QuestionSet, attempt: &Attempt, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut grid = Grid::new()
        .whole(t.col_code())
        .figure(t.col_answer())
        .words(t.col_statement());
    for st in &set.statements {
        let answer = match attempt.given(st.code) {
            Some(Given::Point(v)) => v.to_string(),
            Some(Given::Abstain) => set
                .scale
                .abstain
                .as_ref()
                .map_or_else(|| "x".to_string(), |a| a.get(lang).to_string()),
            None => "–".to_string(),
        };
        grid.row(vec![
            st.code.to_string(),
            answer,
            st.text.get(lang).to_string(),
        ]);
    }
    grid.render(style)
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
    let mut grid = Grid::new()
        .whole(t.col_code())
        .figure(area_word(set, lang))
        .words(t.col_statement());
    for st in &set.statements {
        grid.row(vec![
            st.code.to_string(),
            st.area().to_string(),
            st.text.get(lang).to_string(),
        ]);
    }
    let abstain = set.scale.abstain.as_ref().map_or_else(String::new, |a| {
        style.wrapped(&t.questions_abstain(a.get(lang)), "", "")
    });
    format!(
        "{}\n{abstain}{legend}{}",
        style.heading(&title),
        grid.render(style)
    )
}

fn rated_line(set: &QuestionSet, rated: &Rated, lang: Lang, style: Style) -> String {
    let text = set.statement(rated.code).map_or("", |s| s.text.get(lang));
    let label = texts(lang).rated_label(rated.value, set.scale.max, rated.code);
    style.wrapped(&format!("{label}: {text}"), "  ", "    ")
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
    let (n, min, max) = (rows.len(), set.scale.min, set.scale.max);
    let title = match set.area_kind {
        AreaKind::Area => t.history_title(n, min, max),
        AreaKind::Theme => t.leaders_history_title(n, min, max),
    };
    if style.plain {
        return format!(
            "{}\n{}",
            style.heading(&title),
            history_listed(set, rows, lang, style)
        );
    }
    let numbers: Vec<String> = set.areas.iter().map(|a| a.number.to_string()).collect();
    let mut header = vec![t.col_id(), t.col_date(), t.label(), t.overall()];
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
        .chain([t.label()])
        .map(textwrap::core::display_width)
        .max()
        .unwrap_or(0);
    // Every column but the label as wide as it is (header included), as in
    // comfy-table below: only the label wraps, never "Overall" into "Overal / l".
    let natural: Vec<usize> = (0..header.len()).filter(|&c| c != 2).collect();
    let body = if fits(
        &long_table::content_widths(&header, &cells),
        style,
        &[(2, label_word)],
    ) {
        // Laid out directly (a thousand rows through comfy-table took longer than
        // reading them); comfy-table only where a word would have to be cut.
        let table = long_table::render(&header, &cells, style.width, &natural)
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
pub(crate) fn history_comfy(
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
                t.overall(),
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

/// `history` for a screen reader: per attempt its id, date and label, then its
/// means by their areas' names (no numbers to look up in a legend).
fn history_listed(set: &QuestionSet, rows: &[HistoryRow<'_>], lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut grid = Grid::new().words(t.col_id()).figure(t.overall());
    for area in &set.areas {
        grid = grid.figure(area.name.get(lang));
    }
    for row in rows {
        let a = row.attempt;
        let mut head = vec![
            a.short_id().to_string(),
            a.finished_at.format("%Y-%m-%d %H:%M").to_string(),
        ];
        head.extend(a.label.clone());
        let mut cells = vec![head.join(", ")];
        if let Some(score) = &row.score {
            cells.push(decimal(score.overall, lang));
            cells.extend(set.areas.iter().map(|area| {
                let mean = score.areas.iter().find(|m| m.area == area.number);
                mean.map_or("–".to_string(), |m| decimal(m.mean, lang))
            }));
        }
        grid.row(cells);
    }
    grid.render(style)
}

fn area_legend(set: &QuestionSet, lang: Lang) -> String {
    set.areas
        .iter()
        .map(|a| format!("  {} {}\n", a.number, a.name.get(lang)))
        .collect()
}

/// "påstående 203 (Hålla i ett videomöte)" / "område 4 (Säkerhet)": the short
/// title says what a bare code does not.
pub fn describe_target(target: &Target, set: &QuestionSet, lang: Lang) -> String {
    let t = texts(lang);
    match target {
        Target::Statement { code } => match set.statement(*code) {
            Some(st) => t.target_statement_titled(code, st.short_title(lang)),
            None => t.target_statement(code),
        },
        Target::Area { area } if set.area_kind == AreaKind::Theme => {
            t.leaders_target_theme(area, set.area_name(*area, lang))
        }
        Target::Area { area } => t.target_area(area, set.area_name(*area, lang)),
    }
}
