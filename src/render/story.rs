//! The result screen's story: from the second attempt on, how each area (and the
//! whole) moved since the previous attempt and since the first, in words as well
//! as figures, so that nobody has to read a change off two tables.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::progress::{Progression, Series, SeriesKey};
use crate::model::question_set::QuestionSet;
use crate::render::format::{decimal, delta, marked_delta, shown_change};
use crate::render::style::Style;
use std::fmt::Write as _;

/// Which way a figure moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Direction {
    Higher,
    Lower,
    Same,
}

/// What a figure is compared with: the previous attempt, or the first (with its date).
#[derive(Debug, Clone, Copy)]
enum Since<'a> {
    Previous,
    First(&'a str),
}

/// The story of the latest attempt of `p`, or nothing for a first attempt.
/// `plain` leaves out arrows and box drawing, for a screen reader.
pub fn change_story(
    set: &QuestionSet,
    p: &Progression,
    lang: Lang,
    style: Style,
    plain: bool,
) -> String {
    let n = p.columns.len();
    if n < 2 {
        return String::new();
    }
    let t = texts(lang);
    let mut out = String::new();
    let heading = if n > 2 {
        t.story_title_earlier()
    } else {
        t.story_title_previous()
    };
    if plain {
        let _ = writeln!(out, "\n{heading}:");
    } else {
        let _ = writeln!(out, "\n{}", style.heading(heading));
    }
    for series in p.areas.iter().chain(std::iter::once(&p.overall)) {
        let Some(now) = series.values[n - 1] else {
            continue;
        };
        let name = match series.key {
            SeriesKey::Area(area) => set.area_name(area, lang),
            _ => t.overall().to_string(),
        };
        let mut clauses = Vec::new();
        clauses.extend(clause(series, n - 2, now, Since::Previous, lang, plain));
        // The first attempt with a value here (an older version may lack an
        // area), as the progress table counts it, when it is not the previous.
        let first = series.values[..n - 2].iter().position(Option::is_some);
        if let Some(first) = first {
            let date = p.columns[first].date.to_string();
            let since = Since::First(&date);
            clauses.extend(clause(series, first, now, since, lang, plain));
        }
        if clauses.is_empty() {
            continue;
        }
        let joined = clauses.join(&format!(" {} ", t.story_and()));
        let line = t.story_line(&name, decimal(now, lang), joined);
        if plain {
            let _ = writeln!(out, "{line}");
        } else {
            out.push_str(&style.wrapped(&line, "  • ", "    "));
        }
    }
    out
}

/// "higher than last time (3,4 → 4,1, ▲ +0,7)" for the attempt at `then`.
fn clause(
    series: &Series,
    then: usize,
    now: f64,
    since: Since<'_>,
    lang: Lang,
    plain: bool,
) -> Option<String> {
    let before = series.values[then]?;
    // Between the means as shown, so that "higher" never stands beside "±0,0".
    let change = shown_change(before, now);
    let direction = if change > 0.0 {
        Direction::Higher
    } else if change < 0.0 {
        Direction::Lower
    } else {
        Direction::Same
    };
    // The arrow stays with its number when the line wraps.
    let figure = if plain {
        delta(change, lang)
    } else {
        marked_delta(Some(change), lang, true).replace(' ', "\u{a0}")
    };
    let t = texts(lang);
    let when = match since {
        Since::Previous => t.story_since_previous().to_string(),
        Since::First(date) => t.story_since_first(date),
    };
    let before = decimal(before, lang);
    Some(match direction {
        Direction::Higher => t.story_higher(when, before, figure),
        Direction::Lower => t.story_lower(when, before, figure),
        Direction::Same => t.story_same(when, before),
    })
}
