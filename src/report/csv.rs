//! CSV for Excel and LibreOffice: UTF-8 with a BOM; with `;` (the Swedish list
//! separator) decimals use a comma. Text cells are neutralised so that no cell
//! is ever run as a formula.

use crate::model::question_set::QuestionSet;
use crate::model::record::neutralise;
use crate::model::stats::Stats;
use crate::report::{figure_columns, Exporter, Personal, RenderCtx};
use crate::ui::format::{fixed, DecimalMark};
use crate::workshop::aggregate::Report;
use anyhow::Result;

/// The CSV format, for the personal export and the group report.
pub struct Csv;

/// A CSV writer into `out` with the BOM that makes Excel read UTF-8.
fn writer(out: &mut Vec<u8>, delimiter: u8) -> csv::Writer<&mut Vec<u8>> {
    out.extend_from_slice("\u{feff}".as_bytes());
    csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(out)
}

/// The decimal mark that goes with a delimiter: a comma beside `;`.
fn mark(delimiter: u8) -> DecimalMark {
    if delimiter == b';' {
        DecimalMark::Comma
    } else {
        DecimalMark::Point
    }
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
    header.extend(set.statements.iter().map(|s| s.code.to_string()));
    header.extend(set.areas.iter().map(|a| format!("area_{}", a.number)));
    header
}

impl Exporter<Personal<'_>> for Csv {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let set = cx.set;
        let mark = mark(cx.delimiter);
        let mut out = Vec::new();
        let mut w = writer(&mut out, cx.delimiter);
        w.write_record(csv_header(set))?;
        for r in doc.records {
            let mut row = vec![
                neutralise(&r.respondent),
                neutralise(&r.attempt_id),
                r.date.map(|d| d.to_string()).unwrap_or_default(),
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
                    .get(&a.number)
                    .map(|&m| fixed(m, 2, mark))
                    .unwrap_or_default()
            }));
            w.write_record(row)?;
        }
        w.flush()?;
        drop(w);
        Ok(out)
    }
}

impl Exporter<Report> for Csv {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        group_csv(cx.set, report, cx.delimiter)
    }
}

fn group_csv(set: &QuestionSet, r: &Report, delimiter: u8) -> Result<Vec<u8>> {
    let mark = mark(delimiter);
    let num = |v: f64| fixed(v, 2, mark);
    let mut out = Vec::new();
    {
        let mut w = writer(&mut out, delimiter);
        let header = figure_columns(set, &["group", "respondents", "kind", "key"]);
        w.write_record(&header)?;
        for g in &r.groups {
            let name = neutralise(g.name.as_deref().unwrap_or(""));
            // One row layout for areas and statements; areas have no distribution.
            let mut row =
                |kind: &str, key: String, st: &Stats, high: f64, low: f64, counts: Vec<String>| {
                    let mut row = vec![
                        name.clone(),
                        g.respondents.to_string(),
                        kind.to_string(),
                        key,
                        st.n.to_string(),
                        num(st.mean),
                        num(st.median),
                        st.sd.map(num).unwrap_or_default(),
                        num(high),
                        num(low),
                    ];
                    row.extend(counts);
                    w.write_record(&row)
                };
            for a in &g.areas {
                let blanks = vec![String::new(); set.scale.points()];
                row(
                    "area",
                    a.area.to_string(),
                    &a.stats,
                    a.share_high,
                    a.share_low,
                    blanks,
                )?;
            }
            for s in &g.statements {
                let counts = s.distribution.iter().map(usize::to_string).collect();
                row(
                    "statement",
                    s.code.to_string(),
                    &s.stats,
                    s.share_high,
                    s.share_low,
                    counts,
                )?;
            }
        }
        w.flush()?;
    }
    Ok(out)
}
