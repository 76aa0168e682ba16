//! The perspective report's chart (HTML only): per DigComp area two bars, the
//! leaders' estimate and the staff's own mean, each named and given its figure
//! in text beside it, so that no bar is told apart by colour alone. The table
//! above it holds the same figures for a screen reader.

use super::{figure, Sets};
use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::report::escape::html_escape;
use crate::workshop::perspective::GroupView;
use std::fmt::Write as _;

/// Dark blue and near-black: both at least 4.5:1 on white.
const LEADERS: &str = "#1a4f8b";
const STAFF: &str = "#333333";

/// One group's chart as an SVG inside a `<figure>`; `id` makes its ids unique.
pub fn chart(g: &GroupView, name: &str, sets: Sets<'_>, lang: Lang, id: &str) -> String {
    let t = texts(lang);
    let (min, max) = (sets.staff.scale.min, sets.staff.scale.max);
    let (w, x0, bar_h, gap) = (720.0, 250.0, 16.0, 14.0);
    let x1 = w - 150.0;
    let unit = (x1 - x0) / f64::from((max - min).max(1));
    let block = 2.0 * bar_h + 6.0 + gap;
    let h = 30.0 + block * g.areas.len() as f64;
    let title = t.leaders_chart_title(name);
    let desc = t.leaders_chart_desc(min, max);
    let mut svg = format!(
        "<figure>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" font-family=\"system-ui, sans-serif\" font-size=\"13\" fill=\"#111\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        html_escape(&title),
        html_escape(&desc)
    );
    let bar = |svg: &mut String, y: f64, value: Option<f64>, colour: &str, label: &str| {
        let len = value.map_or(0.0, |v| ((v - f64::from(min)) * unit).max(2.0));
        if value.is_some() {
            let _ = writeln!(
                svg,
                "<rect x=\"{x0}\" y=\"{y:.1}\" width=\"{len:.1}\" height=\"{bar_h}\" fill=\"{colour}\"/>"
            );
        }
        let _ = writeln!(
            svg,
            "<text x=\"{:.1}\" y=\"{:.1}\">{} {}</text>",
            x0 + len + 6.0,
            y + bar_h - 3.0,
            html_escape(label),
            html_escape(&figure(value, lang))
        );
    };
    for (k, a) in g.areas.iter().enumerate() {
        let y = 20.0 + block * k as f64;
        let area = format!("{} {}", a.area, sets.staff.area_name(a.area, lang));
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{:.1}\">{}</text>",
            y + bar_h,
            html_escape(&area)
        );
        bar(
            &mut svg,
            y,
            a.leaders_mean,
            LEADERS,
            t.leaders_col_leaders(),
        );
        bar(
            &mut svg,
            y + bar_h + 6.0,
            a.staff_mean,
            STAFF,
            t.leaders_col_staff(),
        );
    }
    svg.push_str("</svg>\n");
    let _ = writeln!(
        svg,
        "<figcaption>{}</figcaption>\n</figure>",
        html_escape(&title)
    );
    svg
}
