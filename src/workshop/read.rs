//! Reading the files a facilitator was given: the exports named, or found
//! directly inside a named folder, read in parallel with a bound on each.

use crate::model::question_set::QuestionSet;
use crate::model::record::RecordDate;
use crate::model::text::visible;
use crate::store::fs::{read_bounded, ReadError};
use crate::workshop::parse::{parse, BadInput, Row};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Largest export file read; anything bigger is not an export of this tool.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// Why a file was not used.
#[derive(Debug, thiserror::Error)]
pub enum FileProblem {
    #[error("is a folder inside a folder (only one level is read)")]
    NestedFolder,
    #[error("cannot read the folder ({0})")]
    Folder(std::io::Error),
    #[error("{} MB is too large for an export (at most {} MB)", size.map_or_else(|| "over".to_string(), |s| (s / 1_000_000).to_string()), limit / 1_000_000)]
    TooLarge { size: Option<u64>, limit: u64 },
    #[error(transparent)]
    Read(ReadError),
    #[error(transparent)]
    Content(#[from] BadInput),
}

/// A file that was not used, and why.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct BadFile {
    pub file: String,
    pub reason: String,
}

/// The records of every readable file, and the files that were not.
#[derive(Debug, Default)]
pub struct Loaded {
    pub records: Vec<Row>,
    pub files_read: usize,
    pub bad: Vec<BadFile>,
}

/// Reads every `.csv` and `.json` file named, or found directly inside a named
/// folder. A record dated after `latest` (today and a day, for time zones) makes
/// its file unusable.
pub fn load(set: &QuestionSet, inputs: &[PathBuf], latest: NaiveDate) -> Loaded {
    let mut files = Vec::new();
    let mut loaded = Loaded::default();
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
                Err(e) => loaded.bad.push(bad(input, &FileProblem::Folder(e))),
            },
            Ok(_) => files.push(input.clone()),
            Err(e) => loaded
                .bad
                .push(bad(input, &FileProblem::Read(ReadError::Io(e)))),
        }
    }
    // Thousands of small files: read and parse them on every core.
    let results = crate::store::parallel::map(&files, 256, |f| read_file(set, f, latest));
    for (index, (file, result)) in files.iter().zip(results).enumerate() {
        match result {
            Ok(mut records) => {
                loaded.files_read += 1;
                for r in &mut records {
                    r.file = index;
                }
                loaded.records.extend(records);
            }
            Err(reason) => loaded.bad.push(bad(file, &reason)),
        }
    }
    loaded
}

fn bad(path: &Path, problem: &FileProblem) -> BadFile {
    BadFile {
        // A file name is someone else's text too.
        file: visible(&path.display().to_string()).into_owned(),
        reason: problem.to_string(),
    }
}

/// Reads one export, CSV or JSON by its content, and checks every record.
pub fn read_file(
    set: &QuestionSet,
    path: &Path,
    latest: NaiveDate,
) -> Result<Vec<Row>, FileProblem> {
    let bytes = read_bounded(path, MAX_FILE_BYTES).map_err(|e| match e {
        ReadError::Folder => FileProblem::NestedFolder,
        ReadError::TooLarge { limit, size } => FileProblem::TooLarge { size, limit },
        other => FileProblem::Read(other),
    })?;
    let rows = parse(set, &bytes)?;
    let limit = RecordDate::Day(latest);
    if let Some((i, date)) = rows
        .iter()
        .enumerate()
        .find_map(|(i, r)| r.date.filter(|d| *d > limit).map(|d| (i, d)))
    {
        return Err(FileProblem::Content(BadInput::Record {
            record: i + 1,
            problem: Box::new(BadInput::FutureDate(date)),
        }));
    }
    Ok(rows)
}
