//! Exports of a person's attempts for a workshop: the record model shared with
//! `workshop`, the pseudonymous profile, and one exporter per file format.

use crate::attempt::{score, Attempt, SetRef};
use crate::lang::Lang;
use crate::plan::PlanItem;
use crate::questions::QuestionSet;
use crate::render::decimal;
use anyhow::{Context as _, Result};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::io::Write;

/// Written into every JSON export.
pub const EXPORT_KIND: &str = "digikomp-export";
/// The export schema this version writes and reads.
pub const EXPORT_SCHEMA_VERSION: u32 = 1;

/// One attempt as it travels to a workshop.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Record {
    /// Pseudonymous, random, the same for every export from one data directory.
    pub respondent: String,
    pub attempt_id: String,
    /// `YYYY-MM-DD`, or `YYYY-MM` in an anonymous export.
    #[serde(default)]
    pub date: Option<String>,
    #[serde(default)]
    pub label: Option<String>,
    #[serde(default)]
    pub workplace: Option<String>,
    #[serde(default)]
    pub role: Option<String>,
    pub question_set: SetRef,
    #[serde(deserialize_with = "crate::attempt::unique_answers")]
    pub answers: BTreeMap<String, u8>,
    /// Written for the reader's convenience; `workshop` recomputes them.
    #[serde(default)]
    pub area_means: BTreeMap<String, f64>,
}

/// A JSON export file.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ExportFile {
    pub kind: String,
    pub schema_version: u32,
    pub records: Vec<Record>,
    /// The action plan, only with `export --with-plan`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub plans: Option<Vec<PlanItem>>,
}

/// What a person chose to share about themselves, stored in `profile.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub kind: String,
    pub schema_version: u32,
    pub respondent_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workplace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
}

/// Builds the records of `attempts`. `anonymous` keeps only the month and drops
/// labels, workplace and role.
pub fn records(
    set: &QuestionSet,
    attempts: &[&Attempt],
    profile: &Profile,
    anonymous: bool,
) -> Vec<Record> {
    attempts
        .iter()
        .map(|a| {
            let sc = score(set, &a.answers);
            Record {
                respondent: profile.respondent_id.clone(),
                attempt_id: a.id.clone(),
                date: Some(if anonymous {
                    a.finished_at.format("%Y-%m").to_string()
                } else {
                    a.finished_at.format("%Y-%m-%d").to_string()
                }),
                label: if anonymous { None } else { a.label.clone() },
                workplace: if anonymous {
                    None
                } else {
                    profile.workplace.clone()
                },
                role: if anonymous {
                    None
                } else {
                    profile.role.clone()
                },
                question_set: a.question_set.clone(),
                answers: a.answers.clone(),
                area_means: sc
                    .areas
                    .iter()
                    .map(|m| (m.area.to_string(), (m.mean * 100.0).round() / 100.0))
                    .collect(),
            }
        })
        .collect()
}

/// Makes text safe for a spreadsheet cell: a leading `=`, `+`, `-`, `@`, tab or
/// carriage return would make Excel or LibreOffice run it as a formula, so it gets
/// a leading apostrophe. Text that already starts with an apostrophe gets one too,
/// so that [`unneutralise`] restores every text exactly.
pub fn neutralise(text: &str) -> String {
    if text.starts_with(FORMULA_START) || text.starts_with('\'') {
        format!("'{text}")
    } else {
        text.to_string()
    }
}

/// The characters that make a spreadsheet treat a cell as a formula.
const FORMULA_START: [char; 6] = ['=', '+', '-', '@', '\t', '\r'];

/// Undoes [`neutralise`].
pub fn unneutralise(text: &str) -> String {
    match text.strip_prefix('\'') {
        Some(rest) if rest.starts_with(FORMULA_START) || rest.starts_with('\'') => rest.to_string(),
        _ => text.to_string(),
    }
}

/// Escapes text for HTML.
pub fn html_escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// One file format of `export`.
pub trait Exporter {
    /// Writes `records` (all of one respondent, oldest first).
    fn write(&self, set: &QuestionSet, records: &[Record], lang: Lang) -> Result<Vec<u8>>;
}

/// CSV for Excel and LibreOffice: UTF-8 with a BOM; with `;` (the Swedish list
/// separator) decimals use a comma.
pub struct Csv {
    pub delimiter: u8,
}

/// The CSV header: fixed columns, one per statement code, one per area mean.
pub fn csv_header(set: &QuestionSet) -> Vec<String> {
    let mut header: Vec<String> = [
        "respondent",
        "attempt_id",
        "date",
        "label",
        "workplace",
        "role",
        "question_set",
        "question_set_version",
    ]
    .iter()
    .map(|s| (*s).to_string())
    .collect();
    header.extend(set.statements.iter().map(|s| s.code.clone()));
    header.extend(set.areas.iter().map(|a| format!("area_{}", a.number)));
    header
}

impl Exporter for Csv {
    fn write(&self, set: &QuestionSet, records: &[Record], _lang: Lang) -> Result<Vec<u8>> {
        let mut out = "\u{feff}".as_bytes().to_vec();
        {
            let mut w = csv::WriterBuilder::new()
                .delimiter(self.delimiter)
                .from_writer(&mut out);
            w.write_record(csv_header(set))?;
            let comma = self.delimiter == b';';
            for r in records {
                let mut row = vec![
                    neutralise(&r.respondent),
                    neutralise(&r.attempt_id),
                    r.date.clone().unwrap_or_default(),
                    neutralise(r.label.as_deref().unwrap_or("")),
                    neutralise(r.workplace.as_deref().unwrap_or("")),
                    neutralise(r.role.as_deref().unwrap_or("")),
                    neutralise(&r.question_set.id),
                    neutralise(&r.question_set.version),
                ];
                row.extend(set.statements.iter().map(|s| {
                    r.answers
                        .get(&s.code)
                        .map(u8::to_string)
                        .unwrap_or_default()
                }));
                row.extend(set.areas.iter().map(|a| {
                    r.area_means
                        .get(&a.number.to_string())
                        .map(|m| {
                            let s = format!("{m:.2}");
                            if comma {
                                s.replace('.', ",")
                            } else {
                                s
                            }
                        })
                        .unwrap_or_default()
                }));
                w.write_record(row)?;
            }
            w.flush()?;
        }
        Ok(out)
    }
}

/// The JSON export that `workshop` reads back; with the action plan when asked.
pub struct Json {
    pub plans: Option<Vec<PlanItem>>,
}

impl Exporter for Json {
    fn write(&self, _set: &QuestionSet, records: &[Record], _lang: Lang) -> Result<Vec<u8>> {
        let file = ExportFile {
            kind: EXPORT_KIND.to_string(),
            schema_version: EXPORT_SCHEMA_VERSION,
            records: records.to_vec(),
            plans: self.plans.clone(),
        };
        let mut out = serde_json::to_vec_pretty(&file)?;
        out.push(b'\n');
        Ok(out)
    }
}

/// A readable personal report in Markdown; with the action plan when asked.
pub struct Markdown {
    pub plans: Option<Vec<PlanItem>>,
}

/// The action plan as (target, goal, due, status) texts, for the reports.
fn plan_rows(set: &QuestionSet, plans: &[PlanItem], lang: Lang) -> Vec<[String; 4]> {
    let t = crate::texts::texts(lang);
    plans
        .iter()
        .map(|p| {
            [
                p.target.describe(set, lang),
                p.goal.clone(),
                p.due.map_or_else(String::new, |d| d.to_string()),
                match p.status {
                    crate::plan::Status::Open => t.status_open.to_string(),
                    crate::plan::Status::Closed => t.status_closed.to_string(),
                },
            ]
        })
        .collect()
}

fn md_cell(text: &str) -> String {
    text.replace('|', "\\|").replace('\n', " ")
}

impl Exporter for Markdown {
    fn write(&self, set: &QuestionSet, records: &[Record], lang: Lang) -> Result<Vec<u8>> {
        let t = crate::texts::texts(lang);
        let mut out = String::new();
        let _ = writeln!(out, "# {}\n", md_cell(set.title.get(lang)));
        if let Some(first) = records.first() {
            let _ = writeln!(out, "- respondent: `{}`", first.respondent);
            if let Some(w) = &first.workplace {
                let _ = writeln!(out, "- workplace: {}", md_cell(w));
            }
            if let Some(r) = &first.role {
                let _ = writeln!(out, "- role: {}", md_cell(r));
            }
            out.push('\n');
        }
        let _ = write!(out, "| {} |", t.col_area);
        for r in records {
            let head = match &r.label {
                Some(l) => format!("{} {}", r.date.as_deref().unwrap_or(""), md_cell(l)),
                None => r.date.clone().unwrap_or_default(),
            };
            let _ = write!(out, " {head} |");
        }
        out.push_str("\n|---|");
        out.push_str(&"---:|".repeat(records.len()));
        out.push('\n');
        for area in &set.areas {
            let _ = write!(out, "| {} {} |", area.number, md_cell(area.name.get(lang)));
            for r in records {
                let mean = r.area_means.get(&area.number.to_string());
                let _ = write!(out, " {} |", mean.map_or("–".into(), |m| decimal(*m, lang)));
            }
            out.push('\n');
        }
        let _ = writeln!(out, "\n## {}\n", t.all_answers);
        let _ = write!(out, "| {} | {} |", t.col_code, t.col_statement);
        for r in records {
            let _ = write!(out, " {} |", r.date.as_deref().unwrap_or(""));
        }
        out.push_str("\n|---|---|");
        out.push_str(&"---:|".repeat(records.len()));
        out.push('\n');
        for st in &set.statements {
            let _ = write!(out, "| {} | {} |", st.code, md_cell(st.text.get(lang)));
            for r in records {
                let v = r
                    .answers
                    .get(&st.code)
                    .map_or("–".to_string(), u8::to_string);
                let _ = write!(out, " {v} |");
            }
            out.push('\n');
        }
        if let Some(plans) = &self.plans {
            let _ = writeln!(out, "\n## {}\n", t.plan_title);
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} |\n|---|---|---|---|",
                t.col_target, t.col_goal, t.col_due, t.col_status
            );
            for row in plan_rows(set, plans, lang) {
                let cells: Vec<String> = row.iter().map(|c| md_cell(c)).collect();
                let _ = writeln!(out, "| {} |", cells.join(" | "));
            }
        }
        Ok(out.into_bytes())
    }
}

/// Colours of the five areas in charts (colour-blind-safe Okabe–Ito palette).
pub const AREA_COLOURS: [&str; 9] = [
    "#0072B2", "#E69F00", "#009E73", "#CC79A7", "#D55E00", "#56B4E9", "#F0E442", "#000000",
    "#999999",
];

/// Shared page frame of the HTML reports: inline style, printable, no external asset.
pub fn html_page(title: &str, body: &str) -> String {
    format!(
        "<!DOCTYPE html>\n<html lang=\"sv\">\n<head>\n<meta charset=\"utf-8\">\n<title>{}</title>\n<style>\nbody{{font-family:system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#111}}\ntable{{border-collapse:collapse;margin:1rem 0}}td,th{{border:1px solid #999;padding:.3rem .6rem}}td.n{{text-align:right}}\nsvg{{max-width:100%;height:auto}}@media print{{body{{margin:0}}}}\n</style>\n</head>\n<body>\n{body}</body>\n</html>\n",
        html_escape(title)
    )
}

/// A self-contained HTML report with an SVG chart of the area profile over time;
/// with the action plan when asked.
pub struct Html {
    pub plans: Option<Vec<PlanItem>>,
}

impl Exporter for Html {
    fn write(&self, set: &QuestionSet, records: &[Record], lang: Lang) -> Result<Vec<u8>> {
        let t = crate::texts::texts(lang);
        let mut body = format!("<h1>{}</h1>\n", html_escape(set.title.get(lang)));
        body.push_str(&profile_svg(set, records, lang));
        body.push_str("<table>\n<tr><th>");
        body.push_str(&html_escape(t.col_area));
        body.push_str("</th>");
        for r in records {
            let head = format!(
                "{} {}",
                r.date.as_deref().unwrap_or(""),
                r.label.as_deref().unwrap_or("")
            );
            let _ = write!(body, "<th>{}</th>", html_escape(head.trim()));
        }
        body.push_str("</tr>\n");
        for area in &set.areas {
            let _ = write!(
                body,
                "<tr><td>{} {}</td>",
                area.number,
                html_escape(area.name.get(lang))
            );
            for r in records {
                let mean = r.area_means.get(&area.number.to_string());
                let _ = write!(
                    body,
                    "<td class=\"n\">{}</td>",
                    mean.map_or("–".into(), |m| decimal(*m, lang))
                );
            }
            body.push_str("</tr>\n");
        }
        body.push_str("</table>\n");
        if let Some(plans) = &self.plans {
            let _ = write!(
                body,
                "<h2>{}</h2>\n<table>\n<tr><th>{}</th><th>{}</th><th>{}</th><th>{}</th></tr>\n",
                html_escape(t.plan_title),
                html_escape(t.col_target),
                html_escape(t.col_goal),
                html_escape(t.col_due),
                html_escape(t.col_status)
            );
            for row in plan_rows(set, plans, lang) {
                body.push_str("<tr>");
                for cell in &row {
                    let _ = write!(body, "<td>{}</td>", html_escape(cell));
                }
                body.push_str("</tr>\n");
            }
            body.push_str("</table>\n");
        }
        Ok(html_page(set.title.get(lang), &body).into_bytes())
    }
}

/// An SVG line chart: one line per area over the records, on the scale.
fn profile_svg(set: &QuestionSet, records: &[Record], lang: Lang) -> String {
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
            html_escape(r.date.as_deref().unwrap_or(""))
        );
    }
    for (k, area) in set.areas.iter().enumerate() {
        let colour = AREA_COLOURS[k % AREA_COLOURS.len()];
        let points: Vec<String> = records
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                r.area_means
                    .get(&area.number.to_string())
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

/// An Excel workbook: one row per attempt and a chart of the area means.
pub struct Xlsx;

impl Exporter for Xlsx {
    fn write(&self, set: &QuestionSet, records: &[Record], lang: Lang) -> Result<Vec<u8>> {
        use rust_xlsxwriter::{Chart, Workbook};
        let mut book = Workbook::new();
        let sheet = book.add_worksheet();
        sheet.set_name("digikomp")?;
        let header = csv_header(set);
        for (c, h) in header.iter().enumerate() {
            sheet.write_string(0, col(c)?, h)?;
        }
        for (i, r) in records.iter().enumerate() {
            let row = u32::try_from(i + 1).context("too many rows")?;
            let texts = [
                r.respondent.as_str(),
                r.attempt_id.as_str(),
                r.date.as_deref().unwrap_or(""),
                r.label.as_deref().unwrap_or(""),
                r.workplace.as_deref().unwrap_or(""),
                r.role.as_deref().unwrap_or(""),
                r.question_set.id.as_str(),
                r.question_set.version.as_str(),
            ];
            for (c, text) in texts.iter().enumerate() {
                sheet.write_string(row, col(c)?, neutralise(text))?;
            }
            for (k, st) in set.statements.iter().enumerate() {
                if let Some(v) = r.answers.get(&st.code) {
                    sheet.write_number(row, col(8 + k)?, f64::from(*v))?;
                }
            }
            for (k, area) in set.areas.iter().enumerate() {
                if let Some(m) = r.area_means.get(&area.number.to_string()) {
                    sheet.write_number(row, col(8 + set.statements.len() + k)?, *m)?;
                }
            }
        }
        if !records.is_empty() {
            let last = u32::try_from(records.len()).context("too many rows")?;
            let mut chart = Chart::new_line();
            chart.title().set_name(set.title.get(lang));
            chart
                .y_axis()
                .set_min(f64::from(set.scale.min))
                .set_max(f64::from(set.scale.max));
            for (k, area) in set.areas.iter().enumerate() {
                let c = col(8 + set.statements.len() + k)?;
                chart
                    .add_series()
                    .set_name(area.name.get(lang))
                    .set_categories(("digikomp", 1, 2, last, 2))
                    .set_values(("digikomp", 1, c, last, c));
            }
            sheet.insert_chart(last + 2, 0, &chart)?;
        }
        Ok(book.save_to_buffer()?)
    }
}

/// A column index for rust_xlsxwriter.
pub fn col(c: usize) -> Result<u16> {
    u16::try_from(c).context("too many columns for a worksheet")
}

/// Writes `bytes` to stdout.
pub fn to_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("could not write to standard output"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formulas_are_neutralised_and_restored() {
        for text in ["=SUM(A1)", "+46 70", "-1", "@x", "\tx"] {
            let safe = neutralise(text);
            assert!(safe.starts_with('\''), "{safe}");
            assert_eq!(unneutralise(&safe), text);
        }
        assert_eq!(neutralise("före kursen"), "före kursen");
        assert_eq!(unneutralise("'ok"), "'ok");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            html_escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
