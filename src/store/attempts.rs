//! Saved attempts: one JSON file each in `attempts/`, never replaced.

use crate::model::attempt::{Attempt, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION};
use crate::store::fs::{is_temp, remove_stale_temps, write_atomic};
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
}

/// Why a file in the attempts folder was not used.
#[derive(Debug, thiserror::Error)]
pub enum SkipReason {
    #[error("not a .json file")]
    NotJsonName,
    #[error(transparent)]
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
        write_atomic(&path, &json, false)?;
        remove_stale_temps(&dir);
        Ok(path)
    }

    /// Reads every attempt, oldest first, with the files that had to be skipped.
    pub fn load_attempts(&self) -> Result<(Vec<Stored>, Vec<Skipped>)> {
        let dir = self.attempts_dir();
        let entries = match std::fs::read_dir(&dir) {
            Ok(entries) => entries,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok((Vec::new(), Vec::new())),
            Err(e) => {
                return Err(e)
                    .with_context(|| format!("could not read the folder {}", dir.display()))
            }
        };
        let mut paths = Vec::new();
        for entry in entries {
            let entry =
                entry.with_context(|| format!("could not read the folder {}", dir.display()))?;
            // Temp files belong to a save in progress, or to one that was killed.
            if !is_temp(&entry.file_name()) {
                paths.push(entry.path());
            }
        }
        let mut stored = Vec::new();
        let mut skipped = Vec::new();
        let results = crate::store::parallel::map(&paths, 128, |p| read_attempt(p));
        for (path, result) in paths.into_iter().zip(results) {
            match result {
                Ok(attempt) => stored.push(Stored { path, attempt }),
                Err(reason) => skipped.push(Skipped { path, reason }),
            }
        }
        stored.sort_by(|a, b| {
            (a.attempt.finished_at, &a.attempt.id).cmp(&(b.attempt.finished_at, &b.attempt.id))
        });
        skipped.sort_by(|a, b| a.path.cmp(&b.path));
        Ok((stored, skipped))
    }
}

/// Reads and checks one attempt file.
fn read_attempt(path: &Path) -> Result<Attempt, SkipReason> {
    if path.extension().and_then(|e| e.to_str()) != Some("json") {
        return Err(SkipReason::NotJsonName);
    }
    let mut attempt: Attempt = json::read(path, &ATTEMPT)?;
    attempt.make_visible();
    Ok(attempt)
}
