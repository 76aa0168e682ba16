//! SVG charts for the HTML reports: the personal profile over time, the group's
//! area means, and the distribution of ratings per statement.

use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::record::Record;
use crate::report::escape::html_escape;
use crate::report::group_name;
use crate::ui::format::decimal;
use crate::workshop::aggregate::{Group, Report};
use std::fmt::Write as _;

/// Colours of the five areas in charts (colour-blind-safe Okabe–Ito palette).
pub const AREA_COLOURS: [&str; 9] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000",
    "#999999",
];

/// An SVG line chart: one line per area over the records, on the scale.
pub fn profile_svg(set: &QuestionSet, records: &[Record], lang: Lang) -> String {
    let (w, h, left, top, bottom) = (640.0, 300.0, 40.0, 20.0, 40.0);
    let plot_h = h - top - bottom;
    let n = records.len().max(1);
    let step = (w - left - 20.0) / (n as f64);
    let y = |v: f64| {
        top + plot_h
            * (1.0 - (v - f64::from(set.scale.min)) / f64::from(set.scale.max - set.scale.min))
    };
    let total_h = h + 18.0 * set.areas.len() as f64 + 8.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {total_h}\" role=\"img\" aria-label=\"{}\">\n",
        html_escape(set.title.get(lang))
    );
    for v in set.scale.min..=set.scale.max {
        let yy = y(f64::from(v));
        let _ = writeln!(
            svg,
            "<line x1=\"{left}\" y1=\"{yy:.1}\" x2=\"{}\" y2=\"{yy:.1}\" stroke=\"#ddd\"/><text x=\"{}\" y=\"{:.1}\" font-size=\"12\" text-anchor=\"end\">{v}</text>",
            w - 10.0,
            left - 6.0,
            yy + 4.0
        );
    }
    for (i, r) in records.iter().enumerate() {
        let x = left + step * (i as f64 + 0.5);
        let _ = writeln!(
            svg,
            "<text x=\"{x:.1}\" y=\"{:.1}\" font-size=\"11\" text-anchor=\"middle\">{}</text>",
            h - bottom + 18.0,
            html_escape(&r.date.map(|d| d.to_string()).unwrap_or_default())
        );
    }
    for (k, area) in set.areas.iter().enumerate() {
        let colour = AREA_COLOURS[k % AREA_COLOURS.len()];
        let points: Vec<String> = records
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                r.area_means
                    .get(&area.number)
                    .map(|m| format!("{:.1},{:.1}", left + step * (i as f64 + 0.5), y(*m)))
            })
            .collect();
        let _ = writeln!(
            svg,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" points=\"{}\"/>",
            points.join(" ")
        );
        for p in &points {
            let (px, py) = p.split_once(',').unwrap_or(("0", "0"));
            let _ = writeln!(
                svg,
                "<circle cx=\"{px}\" cy=\"{py}\" r=\"4\" fill=\"{colour}\"/>"
            );
        }
        // The legend: one line per area, in full, below the plot.
        let ly = h + 18.0 * k as f64 + 4.0;
        let _ = writeln!(
            svg,
            "<rect x=\"{left}\" y=\"{:.1}\" width=\"14\" height=\"4\" fill=\"{colour}\"/><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\">{} {}</text>",
            ly + 6.0,
            left + 20.0,
            ly + 12.0,
            area.number,
            html_escape(area.name.get(lang))
        );
    }
    svg.push_str("</svg>\n");
    svg
}

/// Bars of the area means, one colour per group.
pub fn area_chart(set: &QuestionSet, r: &Report, lang: Lang) -> String {
    // Each area's name on a line of its own, its groups' bars below it, and a legend of
    // the groups on top: nothing is cut off, and the colours are explained.
    let (w, bar_h, label_h, left) = (640.0, 22.0, 20.0, 10.0);
    let groups = r.groups.len().max(1) as f64;
    let legend_h = 24.0;
    let h = legend_h + set.areas.len() as f64 * (label_h + bar_h * groups + 8.0);
    let scale = (w - left - 60.0) / f64::from(set.scale.max);
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h:.0}\" role=\"img\">\n"
    );
    let mut x = left;
    for (k, g) in r.groups.iter().enumerate() {
        let name = html_escape(&format!(
            "{} (n = {})",
            group_name(r, g, lang),
            g.respondents
        ));
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"4\" width=\"14\" height=\"14\" fill=\"{}\"/><text x=\"{:.1}\" y=\"16\" font-size=\"13\">{name}</text>",
            AREA_COLOURS[k % AREA_COLOURS.len()],
            x + 20.0
        );
        x += 40.0 + 8.0 * name.chars().count() as f64;
    }
    let mut y = legend_h;
    for area in &set.areas {
        let _ = writeln!(
            svg,
            "<text x=\"{left}\" y=\"{:.1}\" font-size=\"14\" font-weight=\"bold\">{} {}</text>",
            y + 15.0,
            area.number,
            html_escape(area.name.get(lang))
        );
        y += label_h;
        for (k, g) in r.groups.iter().enumerate() {
            if let Some(a) = g.areas.iter().find(|a| a.area == area.number) {
                let width = a.stats.mean * scale;
                let _ = writeln!(
                    svg,
                    "<rect x=\"{left}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}: {}</title></rect><text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\">{}</text>",
                    bar_h - 4.0,
                    AREA_COLOURS[k % AREA_COLOURS.len()],
                    html_escape(&group_name(r, g, lang)),
                    decimal(a.stats.mean, lang),
                    left + width + 6.0,
                    y + 14.0,
                    decimal(a.stats.mean, lang)
                );
            }
            y += bar_h;
        }
        y += 8.0;
    }
    svg.push_str("</svg>\n");
    svg
}

/// One stacked bar per statement: how many rated each point of the scale.
/// A diverging palette (ColorBrewer RdBu) from low (red) to high (blue).
const RATING_COLOURS: [&str; 7] = [
    "#b2182b", "#d6604d", "#f4a582", "#e0e0e0", "#92c5de", "#4393c3", "#2166ac",
];

/// The colour of point `p` (0-based) of a scale with `points` points.
pub fn rating_colour(p: usize, points: usize) -> &'static str {
    let last = RATING_COLOURS.len() - 1;
    let i = if points <= 1 {
        last
    } else {
        (p * last + (points - 1) / 2) / (points - 1)
    };
    RATING_COLOURS[i.min(last)]
}

pub fn distribution_chart(set: &QuestionSet, g: &Group) -> String {
    let (w, row_h, left) = (640.0, 18.0, 50.0);
    let points = set.scale.points();
    let legend_h = 26.0;
    let h = legend_h + g.statements.len() as f64 * row_h + 10.0;
    let mut svg = format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {w} {h:.0}\" role=\"img\">\n"
    );
    // The legend: one swatch per rating, so the colours need no guessing.
    for p in 0..points {
        let x = left + p as f64 * 44.0;
        let _ = writeln!(
            svg,
            "<rect x=\"{x:.1}\" y=\"4\" width=\"16\" height=\"14\" fill=\"{}\"/><text x=\"{:.1}\" y=\"16\" font-size=\"13\">{}</text>",
            rating_colour(p, points),
            x + 20.0,
            usize::from(set.scale.min) + p
        );
    }
    for (i, s) in g.statements.iter().enumerate() {
        let y = legend_h + i as f64 * row_h;
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"12\">{}</text>",
            y + 12.0,
            s.code
        );
        let total = s.stats.n.max(1) as f64;
        let mut x = left;
        for (p, count) in s.distribution.iter().enumerate() {
            let width = (w - left - 10.0) * (*count as f64) / total;
            let _ = writeln!(
                svg,
                "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"{}\"><title>{}: {count}</title></rect>",
                row_h - 4.0,
                rating_colour(p, points),
                usize::from(set.scale.min) + p
            );
            x += width;
        }
    }
    svg.push_str("</svg>\n");
    svg
}
