//! SVG charts for the HTML reports: the personal profile over time, the groups'
//! area means on the rating scale, and the distribution of ratings per statement.
//!
//! Every chart is an `<svg role="img">` named by its `<title>` and described by a
//! `<desc>` that carries its numbers. Every colour has at least 3:1 contrast
//! against white (checked in the tests below), and colour is never the only way
//! to tell two things apart: lines have their own markers, bars are labelled.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSet;
use crate::model::record::Record;
use crate::render::format::{decimal, percent};
use crate::report::escape::html_escape;
use crate::report::view::group_name;
use crate::report::view::MAX_DETAILED;
use crate::workshop::report::{Group, Report, StatementFigures};
use std::fmt::Write as _;

/// Colours of the areas (personal chart) and the groups (area chart): the
/// colour-blind-safe Okabe–Ito palette, darkened where it had less than 3:1
/// against white.
pub const AREA_COLOURS: [&str; 7] = [
    "#0072B2", "#D55E00", "#007A5A", "#AA3377", "#000000", "#8F6100", "#5C5C5C",
];

/// The colour of text and axes.
const INK: &str = "#111111";
/// The colour of grid lines (thin and dashed, so they stay in the background).
const GRID: &str = "#8A8A8A";
/// Font size of the small text in charts (tick and bar labels).
const SMALL: f64 = 12.0;

/// The ratings' colours, a diverging palette from low (red) to high (blue) with a
/// grey middle, after ColorBrewer's RdBu but with every step dark enough for 3:1
/// against white; adjacent steps differ in lightness or hue also for red–green
/// colour blindness.
const RATING_COLOURS: [&str; 7] = [
    "#97121F", "#BB4734", "#BB7866", "#8B8B8B", "#5090B1", "#0077AB", "#005290",
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

/// The relative luminance of a `#rrggbb` colour (WCAG 2.x).
fn luminance(hex: &str) -> f64 {
    let channel = |i: usize| {
        let v = f64::from(u8::from_str_radix(&hex[i..i + 2], 16).unwrap_or(0)) / 255.0;
        if v <= 0.040_45 {
            v / 12.92
        } else {
            ((v + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5)
}

/// The contrast ratio of two `#rrggbb` colours (WCAG 2.x), from 1 to 21.
pub fn contrast(a: &str, b: &str) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

/// The opening of a chart: its size, its name (`title`) and its text
/// alternative (`desc`), both referenced by id so that every reader finds them.
fn open_svg(id: &str, w: f64, h: f64, title: &str, desc: &str) -> String {
    format!(
        "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{w:.0}\" height=\"{h:.0}\" viewBox=\"0 0 {w:.0} {h:.0}\" role=\"img\" aria-labelledby=\"{id}-title\" aria-describedby=\"{id}-desc\" font-family=\"system-ui, sans-serif\" font-size=\"{SMALL}\" fill=\"{INK}\">\n<title id=\"{id}-title\">{}</title>\n<desc id=\"{id}-desc\">{}</desc>\n",
        html_escape(title),
        html_escape(desc)
    )
}

/// `text` cut to `chars` characters with an ellipsis: the whole text is in the
/// chart's description and in the tables.
fn clip(text: &str, chars: usize) -> String {
    if text.chars().count() <= chars {
        return text.to_string();
    }
    let mut out: String = text.chars().take(chars.saturating_sub(1)).collect();
    out.push('…');
    out
}

/// The marker of area `k` at (x, y): a circle, square, triangle, diamond or
/// downward triangle, so that the lines differ in shape as well as colour.
fn marker(k: usize, x: f64, y: f64, colour: &str) -> String {
    let r = 4.5;
    let poly = |pts: &[(f64, f64)]| {
        let p: Vec<String> = pts
            .iter()
            .map(|(dx, dy)| format!("{:.1},{:.1}", x + dx, y + dy))
            .collect();
        format!("<polygon points=\"{}\" fill=\"{colour}\"/>", p.join(" "))
    };
    match k % 5 {
        0 => format!("<circle cx=\"{x:.1}\" cy=\"{y:.1}\" r=\"{r}\" fill=\"{colour}\"/>"),
        1 => poly(&[(-r, -r), (r, -r), (r, r), (-r, r)]),
        2 => poly(&[(0.0, -r - 1.0), (r + 1.0, r), (-r - 1.0, r)]),
        3 => poly(&[
            (0.0, -r - 1.0),
            (r + 1.0, 0.0),
            (0.0, r + 1.0),
            (-r - 1.0, 0.0),
        ]),
        _ => poly(&[(-r - 1.0, -r), (r + 1.0, -r), (0.0, r + 1.0)]),
    }
}

/// How many attempts apart the dates under the personal chart are written: every
/// one up to 8 attempts (level), then as many as fit when turned 45°.
pub fn profile_date_step(attempts: usize) -> usize {
    let plot_w = PROFILE_W - PROFILE_LEFT - 16.0;
    if attempts <= 8 {
        return 1;
    }
    let step = plot_w / attempts as f64;
    (16.0 / step).ceil().max(1.0) as usize
}

const PROFILE_W: f64 = 720.0;
const PROFILE_LEFT: f64 = 44.0;

/// The personal line chart: one line per area over the records (oldest first),
/// on the scale, with every value in its description.
pub fn profile_svg(set: &QuestionSet, records: &[Record], lang: Lang, id: &str) -> String {
    let t = texts(lang);
    let (min, max) = (set.scale.min, set.scale.max);
    let (w, left, top, plot_h) = (PROFILE_W, PROFILE_LEFT, 34.0, 240.0);
    let n = records.len().max(1);
    let turned = records.len() > 8;
    let dates_h = if turned { 78.0 } else { 44.0 };
    let legend_top = top + plot_h + dates_h;
    let h = legend_top + 20.0 * set.areas.len() as f64 + 8.0;
    let step = (w - left - 16.0) / n as f64;
    let x = |i: usize| left + step * (i as f64 + 0.5);
    let y = |v: f64| top + plot_h * (1.0 - (v - f64::from(min)) / f64::from((max - min).max(1)));
    let date = |r: &Record| r.date.map(|d| d.to_string()).unwrap_or_default();
    let mut desc = t.html_means_on_scale(min, max);
    for area in &set.areas {
        let values: Vec<String> = records
            .iter()
            .filter_map(|r| {
                let m = r.area_means.get(&area.number)?;
                Some(format!("{} {}", date(r), decimal(*m, lang)))
            })
            .collect();
        let _ = write!(
            desc,
            " {} {}: {}.",
            area.number,
            area.name.get(lang),
            values.join("; ")
        );
    }
    let title = t.html_profile_heading();
    let mut svg = open_svg(id, w, h, title, &desc);
    let _ = writeln!(
        svg,
        "<text x=\"{left}\" y=\"16\">{}</text>",
        html_escape(&t.html_mean_axis(
            min,
            set.scale.min_label.get(lang),
            max,
            set.scale.max_label.get(lang)
        ))
    );
    for v in min..=max {
        let yy = y(f64::from(v));
        let _ = writeln!(
            svg,
            "<line x1=\"{left}\" y1=\"{yy:.1}\" x2=\"{:.1}\" y2=\"{yy:.1}\" stroke=\"{GRID}\" stroke-width=\"0.6\" stroke-dasharray=\"3 3\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{v}</text>",
            w - 16.0,
            left - 8.0,
            yy + 4.0
        );
    }
    svg.push_str(&x_labels(records, turned, top + plot_h + 16.0, &x));
    svg.push_str(&profile_lines(set, records, lang, legend_top, &x, &y));
    svg.push_str("</svg>\n");
    svg
}

/// The x-axis texts of the personal chart: every attempt's (or, with many, every
/// few, counted from the newest, so that the latest is always written), turned
/// when there are many.
fn x_labels(records: &[Record], turned: bool, yy: f64, x: &dyn Fn(usize) -> f64) -> String {
    let mut svg = String::new();
    let date_step = profile_date_step(records.len());
    let newest = records.len().saturating_sub(1);
    for (i, (day, label)) in attempt_heads(records).iter().enumerate() {
        if !(newest - i).is_multiple_of(date_step) {
            continue;
        }
        let xx = x(i);
        let _ = if turned {
            let text = if label.is_empty() {
                day.clone()
            } else {
                format!("{day} {label}")
            };
            writeln!(
                svg,
                "<text x=\"{xx:.1}\" y=\"{yy:.1}\" text-anchor=\"end\" transform=\"rotate(-45 {xx:.1} {yy:.1})\">{}</text>",
                html_escape(&text)
            )
        } else {
            // The day, and under it the attempt's label (or its number that day).
            writeln!(
                svg,
                "<text x=\"{xx:.1}\" y=\"{yy:.1}\" text-anchor=\"middle\">{}<tspan x=\"{xx:.1}\" dy=\"14\">{}</tspan></text>",
                html_escape(day),
                html_escape(label)
            )
        };
    }
    svg
}

/// The x-axis text of each attempt: its day, and its label cut to a few words,
/// or, for attempts of one day without labels, "(1)", "(2)": no two attempts
/// carry the same text.
fn attempt_heads(records: &[Record]) -> Vec<(String, String)> {
    const LABEL_CHARS: usize = 16;
    let days: Vec<String> = records
        .iter()
        .map(|r| r.date.map(|d| d.to_string()).unwrap_or_default())
        .collect();
    records
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let label: String = r
                .label
                .as_deref()
                .unwrap_or("")
                .chars()
                .take(LABEL_CHARS)
                .collect();
            let label = if r
                .label
                .as_deref()
                .is_some_and(|l| l.chars().count() > LABEL_CHARS)
            {
                format!("{label}…")
            } else {
                label
            };
            let same = |j: usize| days[j] == days[i] && records[j].label == r.label;
            let before = (0..i).filter(|&j| same(j)).count();
            let again = (i + 1..records.len()).any(same);
            let label = if before > 0 || again {
                format!("{label} ({})", before + 1).trim_start().to_string()
            } else {
                label
            };
            (days[i].clone(), label)
        })
        .collect()
}

/// The lines of the personal chart, their markers, and the legend under the plot.
fn profile_lines(
    set: &QuestionSet,
    records: &[Record],
    lang: Lang,
    legend_top: f64,
    x: &dyn Fn(usize) -> f64,
    y: &dyn Fn(f64) -> f64,
) -> String {
    let mut svg = String::new();
    // One attempt has no line to tell the areas apart: its markers stand side
    // by side instead of on top of each other.
    let areas = set.areas.len() as f64;
    let beside = |k: usize| {
        if records.len() == 1 {
            (k as f64 - (areas - 1.0) / 2.0) * 14.0
        } else {
            0.0
        }
    };
    for (k, area) in set.areas.iter().enumerate() {
        let colour = AREA_COLOURS[k % AREA_COLOURS.len()];
        let points: Vec<(f64, f64)> = records
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                r.area_means
                    .get(&area.number)
                    .map(|m| (x(i) + beside(k), y(*m)))
            })
            .collect();
        let line: Vec<String> = points
            .iter()
            .map(|(px, py)| format!("{px:.1},{py:.1}"))
            .collect();
        let _ = writeln!(
            svg,
            "<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"2.5\" points=\"{}\"/>",
            line.join(" ")
        );
        for (px, py) in &points {
            svg.push_str(&marker(k, *px, *py, colour));
        }
        svg.push('\n');
        // The legend: one line per area, in full, below the plot.
        let ly = legend_top + 20.0 * k as f64 + 10.0;
        let _ = writeln!(
            svg,
            "<line x1=\"{PROFILE_LEFT}\" y1=\"{ly:.1}\" x2=\"{:.1}\" y2=\"{ly:.1}\" stroke=\"{colour}\" stroke-width=\"2.5\"/>{}<text x=\"{:.1}\" y=\"{:.1}\" font-size=\"13\">{} {}</text>",
            PROFILE_LEFT + 28.0,
            marker(k, PROFILE_LEFT + 14.0, ly, colour),
            PROFILE_LEFT + 36.0,
            ly + 4.5,
            area.number,
            html_escape(area.name.get(lang))
        );
    }
    svg
}

/// Horizontal bars of the area means, one per group big enough to show, on the
/// scale from its lowest point (not from 0), each bar labelled with its group and
/// its mean. Empty when no group is big enough.
pub fn area_chart(set: &QuestionSet, r: &Report, lang: Lang, id: &str) -> String {
    let t = texts(lang);
    let shown: Vec<(usize, &Group)> = r
        .groups
        .iter()
        .enumerate()
        .filter(|(_, g)| !g.too_small)
        // The groups the document shows (see `MAX_DETAILED`).
        .take_while(|(i, _)| *i < MAX_DETAILED)
        .collect();
    if shown.is_empty() {
        return String::new();
    }
    let (min, max) = (set.scale.min, set.scale.max);
    let (w, x0, top, bar_h, head_h) = (720.0, 210.0, 44.0, 24.0, 24.0);
    let x1 = w - 56.0;
    let unit = (x1 - x0) / f64::from((max - min).max(1));
    let x = |v: f64| x0 + (v - f64::from(min)) * unit;
    let block = head_h + bar_h * shown.len() as f64 + 10.0;
    let bottom = top + block * set.areas.len() as f64;
    let h = bottom + 22.0;
    let desc = area_desc(set, r, &shown, lang);
    let mut svg = open_svg(id, w, h, t.html_area_chart_title(), &desc);
    let axis = t.html_mean_axis(
        min,
        set.scale.min_label.get(lang),
        max,
        set.scale.max_label.get(lang),
    );
    let _ = writeln!(
        svg,
        "<text x=\"{x0}\" y=\"16\">{}</text>",
        html_escape(&axis)
    );
    // The scale's points above and below the bars, and a grid line at each point
    // beside each area's bars (not through its name).
    for v in min..=max {
        let xx = x(f64::from(v));
        let _ = writeln!(
            svg,
            "<text x=\"{xx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{v}</text><text x=\"{xx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{v}</text>",
            top - 6.0,
            bottom + 14.0
        );
    }
    let mut y = top;
    for area in &set.areas {
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{:.1}\" font-size=\"14\" font-weight=\"bold\">{} {}</text>",
            y + 16.0,
            area.number,
            html_escape(area.name.get(lang))
        );
        y += head_h;
        let y2 = y + bar_h * shown.len() as f64;
        for v in min..=max {
            let xx = x(f64::from(v));
            let (stroke, rest) = if v == min {
                (INK, "")
            } else {
                (GRID, " stroke-width=\"0.6\" stroke-dasharray=\"3 3\"")
            };
            let _ = write!(
                svg,
                "<line x1=\"{xx:.1}\" y1=\"{:.1}\" x2=\"{xx:.1}\" y2=\"{y2:.1}\" stroke=\"{stroke}\"{rest}/>",
                y - 4.0
            );
        }
        svg.push('\n');
        for (k, g) in &shown {
            if let Some(a) = g.areas.iter().find(|a| a.area == area.number) {
                if let Some(mean) = a.figures.mean {
                    svg.push_str(&area_bar(r, g, *k, mean, (x0, y), &x, lang));
                }
            }
            y += bar_h;
        }
        y += 10.0;
    }
    svg.push_str("</svg>\n");
    svg
}

/// The area chart's text alternative: every group's mean in every area.
fn area_desc(set: &QuestionSet, r: &Report, shown: &[(usize, &Group)], lang: Lang) -> String {
    let mut desc = texts(lang).html_means_on_scale(set.scale.min, set.scale.max);
    for area in &set.areas {
        let means: Vec<String> = shown
            .iter()
            .filter_map(|(_, g)| {
                let a = g.areas.iter().find(|a| a.area == area.number)?;
                Some(format!(
                    "{} {}",
                    group_name(r, g, lang),
                    decimal(a.figures.mean?, lang)
                ))
            })
            .collect();
        let _ = write!(
            desc,
            " {} {}: {}.",
            area.number,
            area.name.get(lang),
            means.join("; ")
        );
    }
    desc
}

/// One bar of the area chart: the group's name at its left, its mean at its end.
fn area_bar(
    r: &Report,
    g: &Group,
    k: usize,
    mean: f64,
    (x0, y): (f64, f64),
    x: &dyn Fn(f64) -> f64,
    lang: Lang,
) -> String {
    let name = format!("{} (n = {})", group_name(r, g, lang), g.respondents);
    let end = x(mean).max(x0 + 2.0);
    format!(
        "<text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"end\">{}</text><rect x=\"{x0}\" y=\"{:.1}\" width=\"{:.1}\" height=\"16\" fill=\"{}\"><title>{}: {}</title></rect><text x=\"{:.1}\" y=\"{:.1}\">{}</text>\n",
        x0 - 8.0,
        y + 13.0,
        html_escape(&clip(&name, 30)),
        y + 1.0,
        end - x0,
        AREA_COLOURS[k % AREA_COLOURS.len()],
        html_escape(&name),
        decimal(mean, lang),
        end + 6.0,
        y + 13.0,
        decimal(mean, lang)
    )
}

/// One stacked bar per statement whose distribution is shown, labelled with its
/// code and short title: how many rated each point of the scale, as a share of
/// the counts shown. Empty when no distribution is shown.
pub fn distribution_chart(
    set: &QuestionSet,
    r: &Report,
    g: &Group,
    lang: Lang,
    id: &str,
) -> String {
    let t = texts(lang);
    let (min, max) = (set.scale.min, set.scale.max);
    let (w, left, row_h, legend_h) = (720.0, 260.0, 20.0, 50.0);
    let plot_w = w - left - 28.0;
    let points = set.scale.points();
    let shown: Vec<(&StatementFigures, &Vec<u64>)> = g
        .statements
        .iter()
        .filter_map(|s| s.distribution.as_ref().map(|d| (s, d)))
        .collect();
    if shown.is_empty() {
        return String::new();
    }
    let bottom = legend_h + shown.len() as f64 * row_h;
    let h = bottom + 40.0;
    let label = |code| {
        let title = set.statement(code).map(|s| s.short_title(lang));
        format!("{code} {}", title.unwrap_or_default())
    };
    let mut desc = t.html_distribution_desc(min, max);
    for (s, dist) in &shown {
        let counts: Vec<String> = dist.iter().map(u64::to_string).collect();
        let _ = write!(desc, " {}: {}.", label(s.code), counts.join(", "));
    }
    let title = t.html_distribution_title(group_name(r, g, lang));
    let mut svg = open_svg(id, w, h, &title, &desc);
    svg.push_str(&rating_legend(set, lang, left));
    for (i, (s, dist)) in shown.iter().enumerate() {
        let y = legend_h + i as f64 * row_h;
        let _ = writeln!(
            svg,
            "<text x=\"0\" y=\"{:.1}\">{}</text>",
            y + 12.0,
            html_escape(&clip(&label(s.code), 40))
        );
        let total = dist.iter().sum::<u64>().max(1) as f64;
        let mut x = left;
        for (p, count) in dist.iter().enumerate() {
            let width = plot_w * (*count as f64) / total;
            if *count > 0 {
                // A white edge between the parts: each part is seen against white.
                let _ = write!(
                    svg,
                    "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{width:.1}\" height=\"{:.1}\" fill=\"{}\" stroke=\"#FFFFFF\" stroke-width=\"1\"><title>{}: {count}</title></rect>",
                    row_h - 5.0,
                    rating_colour(p, points),
                    usize::from(min) + p
                );
            }
            x += width;
        }
        svg.push('\n');
    }
    for q in 0..=4 {
        let xx = left + plot_w * f64::from(q) / 4.0;
        let _ = writeln!(
            svg,
            "<line x1=\"{xx:.1}\" y1=\"{bottom:.1}\" x2=\"{xx:.1}\" y2=\"{:.1}\" stroke=\"{INK}\"/><text x=\"{xx:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
            bottom + 5.0,
            bottom + 19.0,
            percent(f64::from(q) / 4.0)
        );
    }
    let _ = writeln!(
        svg,
        "<line x1=\"{left}\" y1=\"{bottom:.1}\" x2=\"{:.1}\" y2=\"{bottom:.1}\" stroke=\"{INK}\"/><text x=\"{:.1}\" y=\"{:.1}\" text-anchor=\"middle\">{}</text>",
        left + plot_w,
        left + plot_w / 2.0,
        bottom + 35.0,
        html_escape(t.html_share_axis())
    );
    svg.push_str("</svg>\n");
    svg
}

/// The legend of the rating colours: a swatch per point, and what the ends mean.
fn rating_legend(set: &QuestionSet, lang: Lang, left: f64) -> String {
    let points = set.scale.points();
    let mut svg = String::new();
    for p in 0..points {
        let x = left + p as f64 * 40.0;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"4\" width=\"16\" height=\"14\" fill=\"{}\"/><text x=\"{:.1}\" y=\"16\">{}</text>",
            rating_colour(p, points),
            x + 20.0,
            usize::from(set.scale.min) + p
        );
    }
    let _ = writeln!(
        svg,
        "\n<text x=\"{left}\" y=\"36\">{} = {}, {} = {}</text>",
        set.scale.min,
        html_escape(set.scale.min_label.get(lang)),
        set.scale.max,
        html_escape(set.scale.max_label.get(lang))
    );
    svg
}

#[cfg(test)]
mod tests {
    use super::*;

    const WHITE: &str = "#FFFFFF";

    #[test]
    fn contrast_by_the_book() {
        assert!((contrast("#000000", WHITE) - 21.0).abs() < 1e-9);
        assert!((contrast(WHITE, WHITE) - 1.0).abs() < 1e-9);
        // #767676 is the lightest grey with 4.5:1 on white.
        assert!((contrast("#767676", WHITE) - 4.54).abs() < 0.01);
    }

    #[test]
    fn every_chart_colour_has_3_to_1_against_white() {
        for c in AREA_COLOURS.iter().chain(&RATING_COLOURS).chain(&[GRID]) {
            let ratio = contrast(c, WHITE);
            assert!(ratio >= 3.0, "{c}: {ratio:.2}");
        }
        assert!(contrast(INK, WHITE) >= 4.5, "text");
    }

    #[test]
    fn the_rating_palette_runs_from_red_to_blue_with_a_grey_middle() {
        let rgb = |c: &str| {
            let v = |i: usize| u8::from_str_radix(&c[i..i + 2], 16).expect("hex");
            (v(1), v(3), v(5))
        };
        let (r, _, b) = rgb(rating_colour(0, 7));
        assert!(r > b, "the lowest is red");
        let (r, _, b) = rgb(rating_colour(6, 7));
        assert!(b > r, "the highest is blue");
        let (r, g, b) = rgb(rating_colour(3, 7));
        assert!(r == g && g == b, "the middle is grey");
        // Darkest at the ends, lightest in the middle, and the middle still 3:1.
        let l: Vec<f64> = (0..7).map(|p| luminance(rating_colour(p, 7))).collect();
        assert!(
            l[0] < l[1] && l[1] < l[2] && l[6] < l[5] && l[5] < l[4],
            "{l:?}"
        );
        assert!(contrast(rating_colour(3, 7), WHITE) >= 3.0);
        // A 5-point scale takes the ends and the middle.
        assert_eq!(rating_colour(0, 5), RATING_COLOURS[0]);
        assert_eq!(rating_colour(2, 5), RATING_COLOURS[3]);
        assert_eq!(rating_colour(4, 5), RATING_COLOURS[6]);
    }

    #[test]
    fn dates_are_thinned_only_when_they_would_collide() {
        assert_eq!(profile_date_step(1), 1);
        assert_eq!(profile_date_step(8), 1);
        assert_eq!(profile_date_step(20), 1);
        assert!(profile_date_step(100) > 1);
    }

    #[test]
    fn long_labels_are_clipped_with_an_ellipsis() {
        assert_eq!(clip("kort", 10), "kort");
        assert_eq!(clip("abcdefghij", 5), "abcd…");
    }
}
