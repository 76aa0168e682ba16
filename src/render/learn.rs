//! The learning library on the terminal: one block per resource (title, what
//! it is, the statements it serves, its address), and the words for its
//! levels, formats, modes and audiences.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::learning::{Audience, Format, LearningResource, Level, Mode};
use crate::model::text::visible;
use crate::render::style::Style;
use std::fmt::Write as _;

/// A level in words: "grundläggande", "breddad", "fördjupad".
pub fn level_word(level: Level, lang: Lang) -> &'static str {
    let t = texts(lang);
    match level {
        Level::Basic => t.learn_level_basic(),
        Level::Intermediate => t.learn_level_intermediate(),
        Level::Advanced => t.learn_level_advanced(),
    }
}

/// A format in words: "kurs", "artikel", …
pub fn format_word(format: Format, lang: Lang) -> &'static str {
    let t = texts(lang);
    match format {
        Format::Course => t.learn_format_course(),
        Format::Article => t.learn_format_article(),
        Format::Video => t.learn_format_video(),
        Format::Podcast => t.learn_format_podcast(),
        Format::Exercise => t.learn_format_exercise(),
        Format::LessonPack => t.learn_format_lesson_pack(),
    }
}

/// The facts of a resource on one line: "breddad · artikel · 20 min · själv ·
/// för personal".
pub fn facts(r: &LearningResource, lang: Lang) -> String {
    let t = texts(lang);
    let mode = match r.mode {
        Mode::Alone => t.learn_mode_self(),
        Mode::Group => t.learn_mode_group(),
        Mode::Both => t.learn_mode_both(),
    };
    let audience = match r.audience {
        Audience::Staff => t.learn_audience_staff(),
        Audience::Public => t.learn_audience_public(),
        Audience::Both => t.learn_audience_both(),
    };
    t.learn_facts(
        level_word(r.level, lang),
        format_word(r.format, lang),
        r.minutes,
        mode,
        audience,
    )
}

/// A resource's title with its kind, length and level, in one parenthesis:
/// "Sökteknik (KI:s universitetsbibliotek, artikel, 25 min, fördjupad)", for
/// the short lists under a result and in a meeting pack.
pub fn short_title(r: &LearningResource, lang: Lang) -> String {
    let title = visible(r.title.get(lang));
    let facts = format!(
        "{}, {} min, {}",
        format_word(r.format, lang),
        r.minutes,
        level_word(r.level, lang)
    );
    match title.strip_suffix(')') {
        Some(open) if open.contains('(') => format!("{open}, {facts})"),
        _ => format!("{title} ({facts})"),
    }
}

/// The resources as blocks, each wrapped to the style's width; the address on
/// a line of its own so that wrapping never breaks it.
pub fn list(resources: &[&LearningResource], lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut out = String::new();
    for r in resources {
        out.push('\n');
        out.push_str(&style.wrapped(&visible(r.title.get(lang)), "", "  "));
        out.push_str(&style.wrapped(&facts(r, lang), "  ", "  "));
        if let Some(summary) = &r.summary {
            out.push_str(&style.wrapped(&visible(summary.get(lang)), "  ", "  "));
        }
        let codes: Vec<String> = r.statements.iter().map(ToString::to_string).collect();
        out.push_str(&style.wrapped(
            &t.learn_serves(codes.len(), codes.join(", "), visible(&r.id)),
            "  ",
            "  ",
        ));
        let _ = writeln!(out, "  {}", visible(&r.url));
    }
    out
}
