//! One large CSV export read on every core: the file is cut at line boundaries
//! into one range per core, each range is parsed (after the header line) into
//! rows of its own, and the parts are joined in the file's order, so that the
//! result is the one a single pass gives.
//!
//! A line is a record only when no field is quoted (a quoted field may hold a
//! newline), so a range that meets a `"` gives up and the file is read in one pass.

use crate::model::question_set::QuestionSet;
use crate::model::record::GroupBy;
use crate::store::fs::open_regular;
use crate::store::parallel::cores;
use crate::workshop::parse::{read_into, BadInput, MAX_LINE};
use crate::workshop::rows::Rows;
use std::io::{BufReader, Read, Seek, SeekFrom};
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};

/// Files smaller than this are read in one pass: the threads would cost more
/// than they save.
const MIN_SPLIT_BYTES: u64 = 16 * 1024 * 1024;

/// Sets a smaller size from which a file is split, so that the tests reach the
/// split path with a file of kilobytes instead of megabytes.
pub const SPLIT_MIN_BYTES_ENV: &str = "DIGIKOMP_SPLIT_MIN_BYTES";

/// The size from which a file is split: [`MIN_SPLIT_BYTES`], or the test's
/// (read once per process).
fn min_split_bytes() -> u64 {
    static MIN: std::sync::OnceLock<u64> = std::sync::OnceLock::new();
    *MIN.get_or_init(|| {
        std::env::var(SPLIT_MIN_BYTES_ENV)
            .ok()
            .and_then(|v| v.parse().ok())
            .unwrap_or(MIN_SPLIT_BYTES)
    })
}

/// The outcome of a split read: `None` when the file must be read in one pass.
pub type Split = Option<Result<usize, BadInput>>;

/// Reads the CSV at `path` (of `size` bytes) into `rows` on every core, or says
/// (with `None`) that it cannot be split: small, JSON, quoted fields, a long line.
pub fn read_split(
    set: &QuestionSet,
    path: &Path,
    size: u64,
    by: Option<GroupBy>,
    file: u32,
    rows: &mut Rows,
) -> Split {
    // The size first: most files are small, and the rest is not free.
    if size < min_split_bytes() {
        return None;
    }
    let threads = cores();
    if threads < 2 {
        return None;
    }
    let (header, bounds) = bounds(path, size, threads)?;
    let quoted = AtomicBool::new(false);
    let proto = rows.sibling();
    let parts: Vec<Option<Result<(Rows, usize), BadInput>>> = std::thread::scope(|scope| {
        let handles: Vec<_> = bounds
            .windows(2)
            .enumerate()
            .map(|(k, w)| {
                let (start, end) = (w[0], w[1]);
                let (header, quoted) = (&header, &quoted);
                let mut part = proto.sibling();
                scope.spawn(move || {
                    let (mut f, _) = open_regular(path).ok()?;
                    f.seek(SeekFrom::Start(start)).ok()?;
                    // The first range starts with the header; the others get it.
                    let head: &[u8] = if k == 0 { &[] } else { header };
                    let body = Spy {
                        inner: f.take(end - start),
                        quoted,
                    };
                    let input = BufReader::with_capacity(256 * 1024, head.chain(body));
                    let result = match read_into(set, input, &mut part, by, file) {
                        Ok(n) => Ok(n),
                        // A range of blank lines only.
                        Err(BadInput::NoRecords) if k > 0 => Ok(0),
                        Err(e) => Err(e),
                    };
                    Some(result.map(|n| (part, n)))
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    if quoted.load(Ordering::Relaxed) {
        return None;
    }
    let mut total = 0;
    for part in parts {
        match part? {
            Ok((part, n)) => {
                rows.append(part);
                total += n;
            }
            // Numbered as in the whole file: every earlier range was read.
            Err(e) => return Some(Err(shift(e, total))),
        }
    }
    Some(if total == 0 {
        Err(BadInput::NoRecords)
    } else {
        Ok(total)
    })
}

/// The header line (with its newline) and the offsets where the ranges start,
/// ending with the size: each cut is just after a newline.
fn bounds(path: &Path, size: u64, threads: usize) -> Option<(Vec<u8>, Vec<u64>)> {
    let (mut f, _) = open_regular(path).ok()?;
    let mut first = vec![0; MAX_LINE.min(usize::try_from(size).ok()?)];
    f.read_exact(&mut first).ok()?;
    if matches!(
        first.iter().find(|b| !b.is_ascii_whitespace()),
        Some(b'{' | b'[')
    ) {
        return None;
    }
    let header_end = memchr::memchr(b'\n', &first)? + 1;
    let header = first[..header_end].to_vec();
    let mut bounds = vec![0];
    let mut window = vec![0; MAX_LINE];
    for k in 1..threads as u64 {
        let at = size * k / threads as u64;
        f.seek(SeekFrom::Start(at)).ok()?;
        let got = f.read(&mut window).ok()?;
        let cut = at + memchr::memchr(b'\n', &window[..got])? as u64 + 1;
        if cut > *bounds.last()? && cut < size {
            bounds.push(cut);
        }
    }
    bounds.push(size);
    (bounds.len() > 2).then_some((header, bounds))
}

/// Record and line numbers of a later range, counted from the file's start.
fn shift(e: BadInput, before: usize) -> BadInput {
    match e {
        BadInput::Record { record, problem } => BadInput::Record {
            record: record + before,
            problem,
        },
        BadInput::Line { line, problem } => BadInput::Line {
            line: line + before as u64,
            problem,
        },
        other => other,
    }
}

/// A reader that notes whether a `"` went through it.
struct Spy<'a, R> {
    inner: R,
    quoted: &'a AtomicBool,
}

impl<R: Read> Read for Spy<'_, R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let n = self.inner.read(out)?;
        if memchr::memchr(b'"', &out[..n]).is_some() {
            self.quoted.store(true, Ordering::Relaxed);
            // Nothing more of this range is worth reading.
            return Ok(0);
        }
        Ok(n)
    }
}
