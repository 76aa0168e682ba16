//! `delete --all`: exactly the files digikomp wrote in the data directory,
//! recognised by name and by the kind they declare (so also those it can no
//! longer use: a newer schema, a damaged file, one it may not read), and what
//! it leaves and why. A file digikomp did not write is never removed, whatever
//! its name.

use crate::error::Op;
use crate::model::ambassador::term::{LOG_KIND, TERM_KIND};
use crate::model::attempt::{ATTEMPT_KIND, DRAFT_KIND};
use crate::model::plan::PLANS_KIND;
use crate::model::profile::PROFILE_KIND;
use crate::store::attempts::split_name;
use crate::store::fs::{is_temp, open_regular, ReadError};
use crate::store::Store;
use anyhow::{Context, Result};
use std::ffi::OsStr;
use std::io::Read;
use std::path::{Path, PathBuf};

/// Why a file in the data directory is not removed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Left {
    /// It does not say it is one of digikomp's files.
    NotOurs,
    /// It cannot be read, so nothing says it is digikomp's.
    Unreadable,
    /// A link: digikomp never writes one.
    Link,
    /// A folder digikomp did not make.
    Folder,
    /// A FIFO, a device or a socket.
    Special,
}

/// What `delete --all` would remove, and what it would leave.
#[derive(Debug, Default)]
pub struct Erasure {
    /// digikomp's files, attempts first.
    pub ours: Vec<PathBuf>,
    /// How many of them are attempts (temp files not counted).
    pub attempts: usize,
    /// Everything else in the data directory and its attempts folder, and why.
    pub left: Vec<(PathBuf, Left)>,
}

/// How much of a file is read to find the kind it declares: digikomp writes
/// `kind` first.
const HEAD: u64 = 4096;

impl Store {
    /// What `delete --all` would remove and leave, without removing anything.
    pub fn erasure(&self) -> Result<Erasure> {
        self.usable_root()?;
        let mut plan = Erasure::default();
        let attempts = self.attempts_dir();
        // A link named `attempts` is not digikomp's folder: never looked into.
        let attempts_entries = if is_real_dir(&attempts) {
            entries(&attempts)?
        } else {
            Vec::new()
        };
        for (path, name) in attempts_entries {
            match attempt_file(&path, &name) {
                Ok(temp) => {
                    plan.attempts += usize::from(!temp);
                    plan.ours.push(path);
                }
                Err(why) => plan.left.push((path, why)),
            }
        }
        for (path, name) in entries(&self.root)? {
            if path == attempts && is_real_dir(&path) {
                continue;
            }
            match personal_file(&path, &name) {
                Ok(()) => plan.ours.push(path),
                Err(why) => plan.left.push((path, why)),
            }
        }
        plan.left.sort();
        Ok(plan)
    }

    /// Removes the files of `plan`, then the attempts folder and the data
    /// directory if nothing else is in them. How many files went, and what is
    /// left, and why.
    pub fn erase(&self, plan: &Erasure) -> Result<(usize, Vec<(PathBuf, Left)>)> {
        let mut removed = 0;
        for path in &plan.ours {
            match std::fs::remove_file(path) {
                Ok(()) => removed += 1,
                // Gone already (another run, a save's temp file renamed): fine.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
                Err(e) => return Err(e).with_context(|| Op::Delete(path.clone())),
            }
        }
        for dir in [self.attempts_dir(), self.root.clone()] {
            // Only an empty folder goes; one with files digikomp did not write stays.
            let _ = std::fs::remove_dir(dir);
        }
        let left = if self.root.exists() {
            self.erasure()?.left
        } else {
            Vec::new()
        };
        Ok((removed, left))
    }
}

/// The entries of `dir` with their names; none for a folder that is not there.
fn entries(dir: &Path) -> Result<Vec<(PathBuf, std::ffi::OsString)>> {
    let read = match std::fs::read_dir(dir) {
        Ok(read) => read,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(e).with_context(|| Op::ReadFolder(dir.to_path_buf())),
    };
    let mut out = Vec::new();
    for entry in read {
        let entry = entry.with_context(|| Op::ReadFolder(dir.to_path_buf()))?;
        out.push((entry.path(), entry.file_name()));
    }
    out.sort();
    Ok(out)
}

fn is_real_dir(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|m| m.is_dir())
}

/// A plain file (not a link, a folder or a special file), or why not.
fn plain_file(path: &Path) -> Result<(), Left> {
    let meta = std::fs::symlink_metadata(path).map_err(|_| Left::Unreadable)?;
    let kind = meta.file_type();
    if kind.is_symlink() {
        Err(Left::Link)
    } else if kind.is_dir() {
        Err(Left::Folder)
    } else if kind.is_file() {
        Ok(())
    } else {
        Err(Left::Special)
    }
}

/// Whether a file in the attempts folder is digikomp's: a temp file (`Ok(true)`),
/// a file declaring itself an attempt, or one named as digikomp names attempts
/// that declares no other kind (damaged, or not readable).
fn attempt_file(path: &Path, name: &OsStr) -> Result<bool, Left> {
    plain_file(path)?;
    if is_temp(name) {
        return Ok(true);
    }
    let our_name = name.to_str().and_then(split_name).is_some();
    // digikomp writes attempts as `.json`; a `notes.txt` that quotes one is not one.
    if Path::new(name).extension().is_none_or(|e| e != "json") {
        return Err(Left::NotOurs);
    }
    match declared_kind(path) {
        Ok(Some(kind)) if kind == ATTEMPT_KIND => Ok(false),
        // Damaged, or not readable: its name is digikomp's own pattern.
        Ok(None) | Err(_) if our_name => Ok(false),
        Err(_) => Err(Left::Unreadable),
        Ok(_) => Err(Left::NotOurs),
    }
}

/// Whether a file in the data directory itself is digikomp's: a temp file, the
/// lock, or the draft, plan, profile, ambassador's term or log declaring its
/// own kind.
fn personal_file(path: &Path, name: &OsStr) -> Result<(), Left> {
    plain_file(path)?;
    if is_temp(name) || name == ".lock" {
        return Ok(());
    }
    let expected = match name.to_str() {
        Some("draft.json") => DRAFT_KIND,
        Some("plans.json") => PLANS_KIND,
        Some("profile.json") => PROFILE_KIND,
        Some("ambassador-term.json") => TERM_KIND,
        Some("ambassador-log.json") => LOG_KIND,
        _ => return Err(Left::NotOurs),
    };
    match declared_kind(path) {
        Ok(Some(kind)) if kind == expected => Ok(()),
        Ok(_) => Err(Left::NotOurs),
        Err(_) => Err(Left::Unreadable),
    }
}

/// The `"kind"` a JSON file declares in its first [`HEAD`] bytes, if any.
fn declared_kind(path: &Path) -> Result<Option<String>, ReadError> {
    let (file, _) = open_regular(path)?;
    let mut head = Vec::new();
    file.take(HEAD).read_to_end(&mut head)?;
    Ok(kind_in(&head))
}

/// The value of the first `"kind": "…"` in `head`, a JSON object (a file
/// that does not start with `{` declares nothing).
fn kind_in(head: &[u8]) -> Option<String> {
    if !head.trim_ascii_start().starts_with(b"{") {
        return None;
    }
    let key = b"\"kind\"";
    let at = head.windows(key.len()).position(|w| w == key)? + key.len();
    let rest = head[at..].trim_ascii_start().strip_prefix(b":")?;
    let rest = rest.trim_ascii_start().strip_prefix(b"\"")?;
    let end = rest.iter().position(|&b| b == b'"')?;
    std::str::from_utf8(&rest[..end]).ok().map(str::to_string)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_declared_kind_is_found_in_the_head() {
        assert_eq!(
            kind_in(br#"{ "kind" : "digikomp-attempt", "schema_version": 9"#).as_deref(),
            Some("digikomp-attempt")
        );
        assert_eq!(kind_in(br#"{"hello": 1}"#), None);
        assert_eq!(kind_in(br#"{"kind": 3}"#), None);
        assert_eq!(kind_in(b"\xff\xfe"), None);
        assert_eq!(
            kind_in(br#"notes: "kind": "digikomp-attempt""#),
            None,
            "not a JSON object"
        );
    }
}
