//! The study-circle guide of `learn circle AREA`, as Markdown or a printable
//! HTML page: the circle's intro, each meeting (preparation, questions to talk
//! about, something to try together) and resources to learn from together.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::learning::{Circle, Circles, LearningResource};
use crate::render::learn::short_title;
use crate::report::escape::{html_escape, md_text};
use crate::report::html::html_page;
use std::fmt::Write as _;

/// What the guide is about: the area's number and name, its circle, and the
/// resources to offer.
pub struct Guide<'a> {
    pub area: u8,
    pub area_name: String,
    pub circles: &'a Circles,
    pub circle: &'a Circle,
    pub resources: Vec<&'a LearningResource>,
}

/// The guide as Markdown.
pub fn markdown(g: &Guide<'_>, lang: Lang) -> String {
    let t = texts(lang);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}\n\n{}\n",
        md_text(&t.circle_title(g.area, &g.area_name)),
        md_text(g.circles.intro.get(lang))
    );
    for (i, m) in g.circle.meetings.iter().enumerate() {
        let _ = writeln!(
            out,
            "## {}\n\n**{}:** {}\n\n**{}:**\n",
            md_text(&t.circle_meeting(i + 1, m.title.get(lang))),
            t.circle_before(),
            md_text(m.before.get(lang)),
            t.circle_questions()
        );
        for q in &m.questions {
            let _ = writeln!(out, "- {}", md_text(q.get(lang)));
        }
        let _ = writeln!(
            out,
            "\n**{}:** {}\n",
            t.circle_try(),
            md_text(m.together.get(lang))
        );
    }
    if !g.resources.is_empty() {
        let _ = writeln!(out, "## {}\n", t.circle_resources());
        for r in &g.resources {
            // The library's own, checked addresses: links that print in full.
            let _ = writeln!(out, "- {}: <{}>", md_text(&short_title(r, lang)), r.url);
        }
    }
    out
}

/// The guide as a printable HTML page.
pub fn html(g: &Guide<'_>, lang: Lang) -> String {
    let t = texts(lang);
    let title = t.circle_title(g.area, &g.area_name);
    let mut body = format!(
        "<h1>{}</h1>\n<p>{}</p>\n",
        html_escape(&title),
        html_escape(g.circles.intro.get(lang))
    );
    for (i, m) in g.circle.meetings.iter().enumerate() {
        let _ = write!(
            body,
            "<section>\n<h2>{}</h2>\n<h3>{}</h3>\n<p>{}</p>\n<h3>{}</h3>\n<ul>\n",
            html_escape(&t.circle_meeting(i + 1, m.title.get(lang))),
            t.circle_before(),
            html_escape(m.before.get(lang)),
            t.circle_questions()
        );
        for q in &m.questions {
            let _ = writeln!(body, "<li>{}</li>", html_escape(q.get(lang)));
        }
        let _ = write!(
            body,
            "</ul>\n<h3>{}</h3>\n<p>{}</p>\n</section>\n",
            t.circle_try(),
            html_escape(m.together.get(lang))
        );
    }
    if !g.resources.is_empty() {
        let _ = write!(body, "<h2>{}</h2>\n<ul>\n", t.circle_resources());
        for r in &g.resources {
            let _ = writeln!(
                body,
                "<li><a href=\"{}\">{}</a></li>",
                html_escape(&r.url),
                html_escape(&short_title(r, lang))
            );
        }
        body.push_str("</ul>\n");
    }
    html_page(&title, &body, lang)
}
