//! The floor of the workshop benchmark: the least work that still gives the
//! right per-statement figures, with the `csv` crate and the standard library
//! only, so that anyone can reproduce it.
//!
//! ```sh
//! cargo run --release --example floor -- FILE.csv
//! ```
//!
//! One pass over the CSV as byte records (`;`, an optional UTF-8 BOM): each row's
//! ratings of the three-digit statement columns go into one flat byte table, and
//! a map keeps each respondent's latest row (by date as ISO text; on the same
//! date, the later one in the file), as `digikomp workshop` does. The kept rows
//! then fill a histogram per statement, and the program prints each statement's
//! n, mean and distribution as JSON in the shape `scripts/bench/agree.py` reads.

use std::collections::HashMap;
use std::error::Error;
use std::fmt::Write as _;
use std::io::Write as _;

/// Points on the scale: ratings are 1 to 7.
const POINTS: usize = 7;

/// How many of a statement's ratings were 1, 2, … 7.
type Histogram = [u64; POINTS];

/// The columns the floor needs, by position.
struct Columns {
    respondent: usize,
    date: usize,
    /// Each statement column's position and code.
    statements: Vec<(usize, String)>,
}

impl Columns {
    fn of(headers: &csv::ByteRecord) -> Result<Self, Box<dyn Error>> {
        let names: Vec<&[u8]> = headers
            .iter()
            .enumerate()
            .map(|(i, h)| {
                if i == 0 {
                    h.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(h)
                } else {
                    h
                }
            })
            .collect();
        let find = |wanted: &[u8]| {
            names
                .iter()
                .position(|n| *n == wanted)
                .ok_or_else(|| format!("no '{}' column", String::from_utf8_lossy(wanted)))
        };
        let statements = names
            .iter()
            .enumerate()
            .filter(|(_, n)| n.len() == 3 && n.iter().all(u8::is_ascii_digit))
            .map(|(i, n)| (i, String::from_utf8_lossy(n).into_owned()))
            .collect();
        Ok(Columns {
            respondent: find(b"respondent")?,
            date: find(b"date")?,
            statements,
        })
    }
}

/// A cell's rating, or 0 for an empty cell or anything that is not 1 to 7.
fn rating(cell: &[u8]) -> u8 {
    match cell {
        [d @ b'1'..=b'7'] => d - b'0',
        _ => 0,
    }
}

/// Reads every row once; returns the statement codes and the histogram of each
/// respondent's latest row.
fn histograms(path: &str) -> Result<(Vec<String>, Vec<Histogram>), Box<dyn Error>> {
    let mut reader = csv::ReaderBuilder::new().delimiter(b';').from_path(path)?;
    let cols = Columns::of(reader.byte_headers()?)?;
    let width = cols.statements.len();
    // Row-major ratings of every row: one byte per cell.
    let mut ratings: Vec<u8> = Vec::new();
    // Respondent -> (date, row) of the latest row so far.
    let mut latest: HashMap<Vec<u8>, (Vec<u8>, usize)> = HashMap::new();
    let mut record = csv::ByteRecord::new();
    let mut row = 0;
    while reader.read_byte_record(&mut record)? {
        ratings.extend(
            cols.statements
                .iter()
                .map(|&(i, _)| rating(record.get(i).unwrap_or_default())),
        );
        let who = record.get(cols.respondent).unwrap_or_default();
        let date = record.get(cols.date).unwrap_or_default();
        match latest.get_mut(who) {
            Some((kept, _)) if kept.as_slice() > date => {}
            Some((kept, at)) => {
                kept.clear();
                kept.extend_from_slice(date);
                *at = row;
            }
            None => {
                latest.insert(who.to_vec(), (date.to_vec(), row));
            }
        }
        row += 1;
    }
    let mut hist: Vec<Histogram> = vec![[0; POINTS]; width];
    for &(_, at) in latest.values() {
        for (h, &v) in hist.iter_mut().zip(&ratings[at * width..(at + 1) * width]) {
            if v > 0 {
                h[usize::from(v - 1)] += 1;
            }
        }
    }
    let codes = cols.statements.into_iter().map(|(_, c)| c).collect();
    Ok((codes, hist))
}

fn main() -> Result<(), Box<dyn Error>> {
    let path = std::env::args()
        .nth(1)
        .ok_or("usage: floor FILE.csv (a digikomp workshop CSV)")?;
    let (codes, hist) = histograms(&path)?;
    let mut out = String::from("{\"engine\": \"floor (csv crate)\", \"statements\": [");
    for (i, (code, h)) in codes.iter().zip(&hist).enumerate() {
        let n: u64 = h.iter().sum();
        let sum: u64 = h.iter().zip(1u64..).map(|(c, v)| c * v).sum();
        let mean = if n == 0 {
            "null".to_string()
        } else {
            format!("{:?}", sum as f64 / n as f64)
        };
        let dist: Vec<String> = h.iter().map(u64::to_string).collect();
        let sep = if i == 0 { "" } else { ", " };
        let _ = write!(
            out,
            "{sep}{{\"code\": \"{code}\", \"n\": {n}, \"mean\": {mean}, \"distribution\": [{}]}}",
            dist.join(", ")
        );
    }
    out.push_str("]}\n");
    std::io::stdout().lock().write_all(out.as_bytes())?;
    Ok(())
}
