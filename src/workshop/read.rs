//! Reading the files a facilitator was given: the exports named, or found
//! directly inside a named folder, streamed (a CSV of any size, in bounded lines)
//! on every core, a share of the files each, into one compact store of rows.

use crate::model::question_set::QuestionSet;
use crate::model::record::GroupBy;
use crate::model::record::RecordDate;
use crate::model::text::visible;
use crate::store::fs::{open_regular, ReadError};
use crate::store::parallel::cores;
use crate::workshop::parse::{read_into, BadInput};
use crate::workshop::rows::Rows;
use crate::workshop::split::read_split;
use chrono::NaiveDate;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Why a file was not used.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum FileProblem {
    NestedFolder,
    Folder(std::io::Error),
    Read(ReadError),
    Content(#[from] BadInput),
}

/// A file that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadFile {
    pub file: String,
    pub reason: String,
    /// The file and the set it answered, when that is the only thing wrong with
    /// it: another set's export (a leader's among the staff's) can be read with
    /// that set instead.
    #[serde(skip)]
    pub other_set: Option<(PathBuf, String)>,
}

/// Records of a file that were left out (dated in the future), the file used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LeftOut {
    pub file: String,
    pub records: usize,
    /// The first such record's date.
    pub date: RecordDate,
}

/// The records of every readable file, and the files that were not.
#[derive(Debug)]
pub struct Loaded {
    pub rows: Rows,
    pub files_read: usize,
    pub bad: Vec<BadFile>,
    /// Files used without some of their records.
    pub left_out: Vec<LeftOut>,
}

/// Why the files given to `workshop` or `analyze` cannot make a report.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum InputError {
    /// `--strict`, and this many files could not be used.
    Strict { skipped: usize },
    /// No `.csv` or `.json` file among (or in) the paths given.
    NoFiles { inputs: Vec<PathBuf> },
    /// Files were read, but none had a usable record.
    NoUsableRecords,
}

impl Loaded {
    /// Whether the files make a report: an error when nothing usable was read,
    /// or, with `strict`, when any file was skipped.
    pub fn check(&self, inputs: &[PathBuf], strict: bool) -> Result<(), InputError> {
        if strict && !self.bad.is_empty() {
            return Err(InputError::Strict {
                skipped: self.bad.len(),
            });
        }
        if self.rows.is_empty() {
            if self.files_read == 0 && self.bad.is_empty() {
                return Err(InputError::NoFiles {
                    inputs: inputs.to_vec(),
                });
            }
            return Err(InputError::NoUsableRecords);
        }
        Ok(())
    }
}

/// Says why a file was not used, in the reader's language (the caller's job:
/// this layer has no texts).
pub type Describe<'a> = &'a (dyn Fn(&FileProblem) -> String + Sync);

/// Reads every `.csv` and `.json` file named, or found directly inside a named
/// folder. A record dated after `latest` (today and a day, for time zones) is
/// left out (a hand-edited date, or a clock set wrong, must not replace anyone's
/// real answers), and the rest of its file used; why a file was not used is
/// said with `describe`.
pub fn load(
    set: &QuestionSet,
    inputs: &[PathBuf],
    latest: NaiveDate,
    by: Option<GroupBy>,
    describe: Describe<'_>,
) -> Loaded {
    let mut loaded = Loaded {
        rows: Rows::new(set.statements.len()),
        files_read: 0,
        bad: Vec::new(),
        left_out: Vec::new(),
    };
    let (files, problems) = export_files(inputs);
    for (path, problem) in problems {
        loaded.bad.push(bad(&path, &problem, describe));
    }
    read_all(set, &files, latest, by, &mut loaded, describe);
    loaded
}

/// The `.csv` and `.json` files named, or found directly inside a named
/// folder (by name), and the paths that could not be looked at, with why.
pub fn export_files(inputs: &[PathBuf]) -> (Vec<PathBuf>, Vec<(PathBuf, FileProblem)>) {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    for input in inputs {
        match std::fs::metadata(input) {
            Ok(m) if m.is_dir() => match std::fs::read_dir(input) {
                Ok(entries) => {
                    let mut inside: Vec<PathBuf> = entries
                        .filter_map(|e| e.ok().map(|e| e.path()))
                        .filter(|p| {
                            matches!(
                                p.extension()
                                    .and_then(|e| e.to_str())
                                    .map(str::to_ascii_lowercase)
                                    .as_deref(),
                                Some("csv" | "json")
                            )
                        })
                        .collect();
                    // By the name's bytes: comparing Paths component by component is
                    // slow for thousands of files.
                    inside.sort_unstable_by(|a, b| a.as_os_str().cmp(b.as_os_str()));
                    files.extend(inside);
                }
                Err(e) => problems.push((input.clone(), FileProblem::Folder(e))),
            },
            Ok(_) => files.push(input.clone()),
            Err(e) => problems.push((input.clone(), FileProblem::Read(ReadError::Io(e)))),
        }
    }
    (files, problems)
}

/// Reads `files` on every core, a contiguous share each, and adds their rows in
/// the files' order, so that the result never depends on timing.
fn read_all(
    set: &QuestionSet,
    files: &[PathBuf],
    latest: NaiveDate,
    by: Option<GroupBy>,
    loaded: &mut Loaded,
    describe: Describe<'_>,
) {
    let threads = cores();
    let share = files.len().div_ceil(threads).max(1);
    let proto = loaded.rows.sibling();
    let parts: Vec<(Rows, Vec<Result<Read, FileProblem>>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = files
            .chunks(share)
            .enumerate()
            .map(|(k, chunk)| {
                let mut rows = proto.sibling();
                scope.spawn(move || {
                    let outcomes = chunk
                        .iter()
                        .enumerate()
                        .map(|(i, f)| {
                            let index = u32::try_from(k * share + i).unwrap_or(u32::MAX);
                            read_file(set, f, latest, by, index, &mut rows)
                        })
                        .collect();
                    (rows, outcomes)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
            .collect()
    });
    let mut names = files.iter();
    for (rows, outcomes) in parts {
        // The first part is moved, not copied: one large file is most of the data.
        loaded.rows.append(rows);
        for outcome in outcomes {
            let Some(file) = names.next() else { break };
            match outcome {
                Ok(read) => {
                    loaded.files_read += 1;
                    if let Some((records, date)) = read.future {
                        loaded.left_out.push(LeftOut {
                            file: visible(&file.display().to_string()).into_owned(),
                            records,
                            date,
                        });
                    }
                }
                Err(problem) => loaded.bad.push(bad(file, &problem, describe)),
            }
        }
    }
}

/// A file not used, named (made visible) with why.
pub fn bad(path: &Path, problem: &FileProblem, describe: Describe<'_>) -> BadFile {
    BadFile {
        // A file name is someone else's text too.
        file: visible(&path.display().to_string()).into_owned(),
        reason: describe(problem),
        other_set: other_set(problem).map(|id| (path.to_path_buf(), id)),
    }
}

/// The set a file answered, when another set was all that was wrong with it.
fn other_set(problem: &FileProblem) -> Option<String> {
    let FileProblem::Content(first) = problem else {
        return None;
    };
    let mut input: &BadInput = first;
    loop {
        match input {
            BadInput::OtherSet { found, .. } => return Some(found.clone()),
            BadInput::Record { problem, .. } | BadInput::Line { problem, .. } => input = problem,
            _ => return None,
        }
    }
}

/// What was read of one file.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Read {
    /// How many were left out for a date after the latest allowed, and the
    /// first one's date.
    pub future: Option<(usize, RecordDate)>,
}

/// Reads one export, CSV or JSON by its content, and checks every record; a
/// record dated after `latest` is left out.
pub fn read_file(
    set: &QuestionSet,
    path: &Path,
    latest: NaiveDate,
    by: Option<GroupBy>,
    index: u32,
    rows: &mut Rows,
) -> Result<Read, FileProblem> {
    let (file, meta) = open_regular(path).map_err(|e| match e {
        ReadError::Folder => FileProblem::NestedFolder,
        other => FileProblem::Read(other),
    })?;
    let before = rows.len();
    match read_split(set, path, meta.len(), by, index, rows) {
        Some(Ok(_)) => {}
        Some(Err(e)) => {
            rows.truncate(before);
            return Err(e.into());
        }
        None => {
            rows.truncate(before);
            let input = std::io::BufReader::with_capacity(256 * 1024, file);
            read_into(set, input, rows, by, index)?;
        }
    }
    let limit = RecordDate::Day(latest);
    let first = (before..rows.len()).find_map(|i| rows.meta[i].date.filter(|d| *d > limit));
    let future = first.map(|date| {
        let gone = rows.drop_from(before, |m| m.date.is_some_and(|d| d > limit));
        (gone, date)
    });
    match future {
        Some((_, date)) if rows.len() == before => {
            Err(FileProblem::Content(BadInput::FutureDate(date)))
        }
        _ => Ok(Read { future }),
    }
}
