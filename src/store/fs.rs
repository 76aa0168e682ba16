//! The file operations everything else builds on: a bounded read of a regular
//! file, an atomic write, leftover temp files, and private folders.

use crate::error::Op;
use anyhow::{Context, Result};
use std::fs;
use std::io::Read;
use std::path::Path;

/// Why a file could not be read. The texts never quote the file's content.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum ReadError {
    Io(#[from] std::io::Error),
    NotRegular,
    Folder,
    TooLarge {
        limit: u64,
        /// The size the file system reports, when it reports one.
        size: Option<u64>,
    },
}

impl ReadError {
    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, ReadError::Io(e) if e.kind() == std::io::ErrorKind::NotFound)
    }
}

/// Reads a whole regular file of at most `limit` bytes. The limit counts the bytes
/// actually read, not the size the file system reports (0 for a device), and the
/// file is opened without blocking, so a FIFO or a device is refused instead of
/// hanging or filling memory.
pub fn read_bounded(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    let (file, meta) = open_regular(path)?;
    let expected = meta.len().min(limit);
    let mut bytes = Vec::with_capacity(usize::try_from(expected).unwrap_or(0) + 1);
    // Through `take`: bounded, and without File's size probe (a stat and a seek).
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        let size = (meta.len() > limit).then_some(meta.len());
        return Err(ReadError::TooLarge { limit, size });
    }
    Ok(bytes)
}

/// Opens a regular file for reading, and its metadata. The file is opened without
/// blocking, so a FIFO or a device is refused instead of hanging; a folder, a
/// FIFO or a device is an error. Links are followed.
pub fn open_regular(path: &Path) -> Result<(fs::File, fs::Metadata), ReadError> {
    let mut options = fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    let file = options.open(path)?;
    let meta = file.metadata()?;
    if meta.is_dir() {
        return Err(ReadError::Folder);
    }
    if !meta.is_file() {
        return Err(ReadError::NotRegular);
    }
    Ok((file, meta))
}

/// The prefix of every temp file digikomp writes.
pub const TEMP_PREFIX: &str = ".tmp-";

/// How old a leftover temp file must be before it is removed: older than any save
/// in progress could be.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(600);

/// How many random characters tempfile puts in a name (its default).
const TEMP_RANDOM: usize = 6;

/// Whether a file name is one of digikomp's temp files: `.tmp-` and six
/// letters or digits, then `.part`, exactly as [`write_atomic`] names them
/// (a `.tmp-thesis.docx` of the user's is not one).
pub fn is_temp(name: &std::ffi::OsStr) -> bool {
    let Some(name) = name.to_str() else {
        return false;
    };
    name.strip_prefix(TEMP_PREFIX)
        .and_then(|rest| rest.strip_suffix(".part"))
        .is_some_and(|mid| {
            mid.len() == TEMP_RANDOM && mid.bytes().all(|b| b.is_ascii_alphanumeric())
        })
}

/// Whether a temp file is older than any save in progress could be: left by a
/// save that was killed (a crash, SIGKILL, power loss).
pub fn is_stale(entry: &fs::DirEntry) -> bool {
    entry
        .metadata()
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| t.elapsed().ok())
        .is_some_and(|age| age > STALE_TEMP)
}

/// Removes the stale temp files in `dir`. Best effort: a file that cannot be
/// removed now is tried again next time.
pub fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        if is_temp(&entry.file_name()) && is_stale(&entry) {
            let _ = fs::remove_file(entry.path());
        }
    }
}

/// Writes `bytes` to `path` through a temp file in the same folder, so that a reader
/// (or a crash) sees the old state or the new one, never half a file. With
/// `replace == false` an existing file at `path` is an error and stays untouched.
pub fn write_atomic(path: &Path, bytes: &[u8], replace: bool) -> Result<()> {
    write_atomic_with(path, bytes, replace, std::io::Write::write_all)
}

/// [`write_atomic`] with the write itself passed in, so that tests can make it fail
/// like a full disk does.
pub(crate) fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    replace: bool,
    write: impl FnOnce(&mut fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let mut tmp = tempfile::Builder::new()
        .prefix(TEMP_PREFIX)
        .rand_bytes(TEMP_RANDOM)
        .suffix(".part")
        .tempfile_in(dir)
        .with_context(|| Op::CreateIn(dir.to_path_buf()))?;
    write(tmp.as_file_mut(), bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| Op::Write(path.to_path_buf()))?;
    let result = if replace {
        tmp.persist(path).map(drop)
    } else {
        tmp.persist_noclobber(path).map(drop)
    };
    result
        .map_err(|e| e.error)
        .with_context(|| Op::Save(path.to_path_buf()))?;
    // The rename is durable only once the folder itself is synced.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Makes a folder private to its owner (mode 700) on Unix. Elsewhere the per-user
/// data folder's own access rules protect it.
#[cfg(unix)]
pub fn restrict_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = fs::symlink_metadata(dir).with_context(|| Op::Read(dir.to_path_buf()))?;
    // Never through a link: its target may be a folder that is not ours.
    if meta.file_type().is_symlink() {
        return Ok(());
    }
    if meta.permissions().mode() & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .with_context(|| Op::MakePrivate(dir.to_path_buf()))?;
    }
    Ok(())
}

/// See the Unix version: nothing to do here.
#[cfg(not(unix))]
pub fn restrict_dir(_dir: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_are_bounded_by_bytes_read() {
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("f");
        fs::write(&path, b"12345").expect("write");
        assert_eq!(read_bounded(&path, 5).expect("fits"), b"12345");
        assert!(matches!(
            read_bounded(&path, 4),
            Err(ReadError::TooLarge { limit: 4, .. })
        ));
        assert!(matches!(
            read_bounded(dir.path(), 4),
            Err(ReadError::Folder)
        ));
        assert!(read_bounded(&dir.path().join("none"), 4)
            .expect_err("missing")
            .is_not_found());
    }

    #[cfg(unix)]
    #[test]
    fn devices_are_refused_without_reading() {
        assert!(matches!(
            read_bounded(Path::new("/dev/zero"), 1024),
            Err(ReadError::NotRegular)
        ));
    }
}
