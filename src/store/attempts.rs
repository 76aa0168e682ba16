//! Saved attempts: one JSON file each in `attempts/`, never replaced.

use crate::error::Op;
use crate::model::attempt::{Attempt, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION};
use crate::store::fs::{is_stale, is_temp, write_atomic};
use crate::store::json::{self, JsonError, Kind};
use crate::store::Store;
use anyhow::{Context, Result};
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// An attempt file is about 1 KB; anything much larger is not one, and is not read.
const ATTEMPT: Kind = Kind {
    name: ATTEMPT_KIND,
    version: ATTEMPT_SCHEMA_VERSION,
    max_bytes: 1024 * 1024,
};

/// An attempt read from disk, with the file it came from.
#[derive(Debug, Clone)]
pub struct Stored {
    pub path: PathBuf,
    pub attempt: Attempt,
    /// Other files holding the very same attempt (a copied data folder): it
    /// counts once, and deleting it deletes them too.
    pub copies: Vec<PathBuf>,
}

/// Why a file in the attempts folder was not used.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum SkipReason {
    NotJsonName,
    File(#[from] JsonError),
}

/// A file in the attempts directory that could not be used, and why.
#[derive(Debug)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: SkipReason,
}

impl Store {
    /// Saves a finished attempt under a new name and returns its path. Never replaces a file.
    pub fn save_attempt(&self, attempt: &Attempt) -> Result<PathBuf> {
        let dir = self.attempts_dir();
        self.ensure_dir(&dir)?;
        let stamp = attempt.finished_at.naive_utc().format("%Y%m%dT%H%M%SZ");
        let path = dir.join(format!("{stamp}-{}.json", attempt.short_id()));
        let json = serde_json::to_vec_pretty(attempt).context("could not encode the attempt")?;
        // Saving never lists the folder, so that it takes the same time at the
        // 10,000th attempt as at the first; leftovers are cleared when it is read.
        write_atomic(&path, &json, false)?;
        Ok(path)
    }

    /// The files in the attempts folder, except temp files. A temp file left by a
    /// save that was killed (and older than any save could be) is removed here.
    pub fn attempt_files(&self) -> Result<Vec<PathBuf>> {
        self.usable_root()?;
        let dir = self.attempts_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(Vec::new()),
            Err(e) => return Err(e).with_context(|| Op::ReadFolder(dir.clone())),
        };
        let mut paths = Vec::new();
        for entry in entries {
            let entry = entry.with_context(|| Op::ReadFolder(dir.clone()))?;
            if !is_temp(&entry.file_name()) {
                paths.push(entry.path());
            } else if is_stale(&entry) {
                // Best effort: one that cannot be removed now is tried again next time.
                let _ = std::fs::remove_file(entry.path());
            }
        }
        Ok(paths)
    }

    /// Reads every attempt, oldest first, with the files that had to be skipped.
    pub fn load_attempts(&self) -> Result<(Vec<Stored>, Vec<Skipped>)> {
        Ok(read_all(self.attempt_files()?))
    }

    /// Reads only the files that can hold the attempt asked for: the newest (by
    /// the time in their names) when `id` is `None`, else those whose name carries
    /// an id that can start with `id`. `None` when a name does not follow the
    /// pattern digikomp saves with, so that the caller reads everything instead.
    pub fn load_candidates(&self, id: Option<&str>) -> Result<Option<(Vec<Stored>, Vec<Skipped>)>> {
        let files = self.attempt_files()?;
        let mut named = Vec::with_capacity(files.len());
        for path in files {
            match path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(split_name)
            {
                Some((stamp, short)) => {
                    let (stamp, short) = (stamp.to_string(), short.to_ascii_lowercase());
                    named.push((stamp, short, path));
                }
                None => return Ok(None),
            }
        }
        let wanted: Vec<PathBuf> = match id {
            None => {
                // Several saves can share a second: all of the newest second are read.
                let Some(newest) = named.iter().map(|(stamp, _, _)| stamp).max().cloned() else {
                    return Ok(Some((Vec::new(), Vec::new())));
                };
                named
                    .into_iter()
                    .filter(|(stamp, _, _)| *stamp == newest)
                    .map(|(_, _, path)| path)
                    .collect()
            }
            Some(id) => {
                let id = id.trim().to_ascii_lowercase();
                named
                    .into_iter()
                    .filter(|(_, short, _)| {
                        short.starts_with(&id) || id.starts_with(short.as_str())
                    })
                    .map(|(_, _, path)| path)
                    .collect()
            }
        };
        Ok(Some(read_all(wanted)))
    }
}

impl Store {
    /// The attempt files, oldest first by the time in their names; `None` when a
    /// name does not follow the pattern digikomp saves with, so that the caller
    /// reads everything instead.
    pub fn attempt_files_by_name(&self) -> Result<Option<Vec<PathBuf>>> {
        let mut named = Vec::new();
        for path in self.attempt_files()? {
            let stamp = path
                .file_name()
                .and_then(|n| n.to_str())
                .and_then(split_name)
                .map(|(stamp, _)| stamp.to_string());
            match stamp {
                Some(stamp) => named.push((stamp, path)),
                None => return Ok(None),
            }
        }
        named.sort();
        Ok(Some(named.into_iter().map(|(_, path)| path).collect()))
    }

    /// Reads the attempts in `paths`, oldest first, with the files that had to be
    /// skipped.
    pub fn read_attempts(&self, paths: Vec<PathBuf>) -> (Vec<Stored>, Vec<Skipped>) {
        read_all(paths)
    }
}

/// The time stamp and short id of a name digikomp saves with,
/// `20250301T101500Z-2c64a0f1.json`.
pub(crate) fn split_name(name: &str) -> Option<(&str, &str)> {
    let base = name.strip_suffix(".json")?;
    let (stamp, short) = base.split_once('-')?;
    let stamp_ok = stamp.len() == 16
        && stamp.as_bytes()[8] == b'T'
        && stamp.ends_with('Z')
        && stamp[..8]
            .bytes()
            .chain(stamp[9..15].bytes())
            .all(|b| b.is_ascii_digit());
    let short_ok = !short.is_empty() && short.bytes().all(|b| b.is_ascii_alphanumeric());
    (stamp_ok && short_ok).then_some((stamp, short))
}

/// Reads `paths` (on every core for many), oldest attempt first.
fn read_all(paths: Vec<PathBuf>) -> (Vec<Stored>, Vec<Skipped>) {
    let mut stored = Vec::new();
    let mut skipped = Vec::new();
    let results = crate::store::parallel::map(&paths, 128, |p| read_attempt(p));
    for (path, result) in paths.into_iter().zip(results) {
        match result {
            Ok(attempt) => stored.push(Stored {
                path,
                attempt,
                copies: Vec::new(),
            }),
            Err(reason) => skipped.push(Skipped { path, reason }),
        }
    }
    stored.sort_by(|a, b| {
        (a.attempt.finished_at, &a.attempt.id, &a.path).cmp(&(
            b.attempt.finished_at,
            &b.attempt.id,
            &b.path,
        ))
    });
    skipped.sort_by(|a, b| a.path.cmp(&b.path));
    (without_copies(stored), skipped)
}

/// `stored` (sorted by time and id) with each attempt once: a file equal to an
/// earlier one of the same time and id becomes that one's copy. Files that
/// share an id but differ stay apart (see `Context::find`).
fn without_copies(stored: Vec<Stored>) -> Vec<Stored> {
    let mut out: Vec<Stored> = Vec::with_capacity(stored.len());
    // Where the run of the current time and id starts in `out`.
    let mut run = 0;
    for s in stored {
        let key = |x: &Stored| (x.attempt.finished_at, x.attempt.id.clone());
        if out.last().is_none_or(|last| key(last) != key(&s)) {
            run = out.len();
        }
        match out[run..].iter_mut().find(|kept| kept.attempt == s.attempt) {
            Some(kept) => kept.copies.push(s.path),
            None => out.push(s),
        }
    }
    out
}

/// Reads and checks one attempt file.
fn read_attempt(path: &Path) -> Result<Attempt, SkipReason> {
    if path.extension().and_then(|e| e.to_str()) != Some("json") {
        return Err(SkipReason::NotJsonName);
    }
    let mut attempt: Attempt = json::read_declared(path, &ATTEMPT, |a: &Attempt| {
        (a.kind.as_str(), u64::from(a.schema_version))
    })?;
    attempt.make_visible();
    Ok(attempt)
}
