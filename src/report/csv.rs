//! CSV for Excel and LibreOffice: UTF-8 with a BOM; with `;` (the Swedish list
//! separator) decimals use a comma. Text cells are neutralised so that no cell
//! is ever run as a formula, and any field holding a `,`, `;` or tab is quoted
//! whatever the delimiter, so that a file split on another separator than it
//! was written with (an English-locale spreadsheet opening a `;` file) still
//! keeps each field whole, and no part of one becomes a cell of its own.

use crate::model::question_set::QuestionSet;
use crate::model::record::neutralise;
use crate::model::stats::disclosure::{Protection, Shown};
use crate::render::format::{fixed, DecimalMark};
use crate::report::{figure_columns, Exporter, Personal, RenderCtx};
use crate::workshop::report::{Comparison, Figures, Report};
use anyhow::Result;

/// The CSV format, for the personal export and the group report.
pub struct Csv;

/// Writes CSV records, each field quoted when it holds any common separator,
/// a quote or a line break.
pub(crate) struct Writer<'a> {
    out: &'a mut Vec<u8>,
    delimiter: u8,
}

/// A CSV writer into `out`, starting with the BOM that makes Excel read UTF-8.
pub(crate) fn writer(out: &mut Vec<u8>, delimiter: u8) -> Writer<'_> {
    out.extend_from_slice("\u{feff}".as_bytes());
    Writer { out, delimiter }
}

impl Writer<'_> {
    /// One record, ended by a newline.
    pub(crate) fn write_record<S: AsRef<str>>(&mut self, fields: impl IntoIterator<Item = S>) {
        for (i, field) in fields.into_iter().enumerate() {
            if i > 0 {
                self.out.push(self.delimiter);
            }
            let field = field.as_ref();
            // A number ("2,50" beside `;`) splits into numbers, never a formula:
            // it is quoted only where the delimiter itself demands it.
            let number = field
                .bytes()
                .all(|b| b.is_ascii_digit() || b",.-+".contains(&b));
            let must = field
                .bytes()
                .any(|b| b == self.delimiter || matches!(b, b'"' | b'\r' | b'\n'));
            let other_separator = field.bytes().any(|b| matches!(b, b',' | b';' | b'\t'));
            if must || (other_separator && !number) {
                self.out.push(b'"');
                self.out
                    .extend_from_slice(field.replace('"', "\"\"").as_bytes());
                self.out.push(b'"');
            } else {
                self.out.extend_from_slice(field.as_bytes());
            }
        }
        self.out.push(b'\n');
    }
}

/// The decimal mark that goes with a delimiter: a comma beside `;`.
pub(crate) fn mark(delimiter: u8) -> DecimalMark {
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
    // A leaders' export says whether each record may be shown by name.
    if set.has_mirrors() {
        header.push("share_leader_view".to_string());
    }
    header
}

impl Exporter<Personal<'_>> for Csv {
    fn write(&self, doc: &Personal<'_>, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let set = cx.set;
        let mark = mark(cx.delimiter);
        let mut out = Vec::new();
        let mut w = writer(&mut out, cx.delimiter);
        w.write_record(csv_header(set));
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
            // A rating, `x` for "not part of my job", empty for no answer.
            row.extend(
                set.statements
                    .iter()
                    .map(|s| r.given(s.code).map(|g| g.to_string()).unwrap_or_default()),
            );
            row.extend(set.areas.iter().map(|a| {
                r.area_means
                    .get(&a.number)
                    .map(|&m| fixed(m, 2, mark))
                    .unwrap_or_default()
            }));
            if set.has_mirrors() {
                let shared = if r.share_leader_view { "yes" } else { "no" };
                row.push(shared.to_string());
            }
            w.write_record(row);
        }
        Ok(out)
    }
}

impl Exporter<Report> for Csv {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        Ok(group_csv(cx.set, report, cx.delimiter))
    }
}

fn group_csv(set: &QuestionSet, r: &Report, delimiter: u8) -> Vec<u8> {
    let mark = mark(delimiter);
    let num = |v: Option<f64>| v.map(|v| fixed(v, 2, mark)).unwrap_or_default();
    let mut out = Vec::new();
    {
        let mut w = writer(&mut out, delimiter);
        let mut header = figure_columns(set, &["round", "group", "respondents", "kind", "key"]);
        header.insert(6, "shown".to_string());
        header.extend(PAIRED_COLUMNS.iter().map(ToString::to_string));
        let width = header.len();
        w.write_record(&header);
        let mut put = |mut row: Vec<String>| {
            row.resize(width, String::new());
            w.write_record(&row);
        };
        // How the figures are protected: a report made with --exact says so in
        // its first row, so that nobody shares it by mistake.
        put(vec![
            String::new(),
            String::new(),
            r.respondents.to_string(),
            "protection".into(),
            match r.protection.method {
                Protection::Perturbed => "perturbed".into(),
                Protection::Exact => "exact_not_for_sharing".into(),
            },
            r.min_group().to_string(),
        ]);
        for g in &r.groups {
            let round = neutralise(g.round.as_deref().unwrap_or(""));
            let group = neutralise(g.group.as_deref().unwrap_or(""));
            let n = g.respondents.to_string();
            // Every group has a row with its n; a small one has nothing else.
            put(vec![
                round.clone(),
                group.clone(),
                n.clone(),
                "group".into(),
                String::new(),
                n.clone(),
            ]);
            let figures = |kind: &str, key: String, f: &Figures| {
                vec![
                    round.clone(),
                    group.clone(),
                    n.clone(),
                    kind.to_string(),
                    key,
                    f.n.to_string(),
                    shown_key(f.shown).to_string(),
                    num(f.mean),
                    num(f.median),
                    num(f.sd),
                    num(f.share_high),
                    num(f.share_low),
                ]
            };
            for a in &g.areas {
                put(figures("area", a.area.to_string(), &a.figures));
            }
            if !g.too_small {
                put(figures("overall", String::new(), &g.overall));
            }
            for s in &g.statements {
                let mut row = figures("statement", s.code.to_string(), &s.figures);
                if let Some(d) = &s.distribution {
                    row.extend(d.iter().map(u64::to_string));
                }
                put(row);
            }
        }
        if let Some(c) = &r.comparison {
            for row in paired_csv_rows(c, mark, width) {
                put(row);
            }
        }
    }
    out
}

/// The stable key of what is shown of a figure.
fn shown_key(shown: Shown) -> &'static str {
    match shown {
        Shown::All => "all",
        Shown::MeanOnly => "mean_only",
        Shown::Nothing => "nothing",
    }
}

/// The rows of kind `paired`: per area and overall, the change for the people in
/// both rounds.
fn paired_csv_rows(c: &Comparison, mark: DecimalMark, width: usize) -> Vec<Vec<String>> {
    let opt = |v: Option<f64>| v.map(|v| fixed(v, 2, mark)).unwrap_or_default();
    let count = |c: Option<u64>| c.map(|c| c.to_string()).unwrap_or_default();
    let name = neutralise(&format!(
        "{} → {}",
        c.from.as_deref().unwrap_or(""),
        c.to.as_deref().unwrap_or("")
    ));
    c.paired
        .areas
        .iter()
        .map(|a| (a.area.to_string(), &a.paired))
        .chain(std::iter::once(("overall".to_string(), &c.paired.overall)))
        .map(|(key, p)| {
            let n = p.n.to_string();
            let mut row = vec![
                name.clone(),
                String::new(),
                n.clone(),
                "paired".into(),
                key,
                n,
                shown_key(p.shown).to_string(),
            ];
            row.push(opt(p.mean_change));
            row.resize(width - PAIRED_COLUMNS.len(), String::new());
            row.extend([
                opt(p.ci_low),
                opt(p.ci_high),
                opt(p.d_z),
                count(p.rose),
                count(p.same),
                count(p.fell),
            ]);
            row
        })
        .collect()
}

/// The columns that only the rows of kind `paired` fill.
const PAIRED_COLUMNS: [&str; 6] = ["ci_low", "ci_high", "d_z", "rose", "same", "fell"];
