//! Where attempts and drafts live on disk, and how they are written and read.
//!
//! Attempts are personal data collected over years, so every write is atomic
//! (temp file, fsync, rename), never replaces another attempt, and leaves files
//! readable by their owner only. Reading skips and reports a bad file instead of
//! failing the whole command.

use crate::attempt::{Attempt, SetRef, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION};
use crate::lang::Lang;
use anyhow::{bail, Context, Result};
use chrono::{DateTime, FixedOffset};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// The environment variable that moves the data directory.
pub const DATA_DIR_ENV: &str = "DIGIKOMP_DATA_DIR";

/// Where the data directory's path came from, so that `paths` and error messages
/// can say why digikomp looks where it looks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathSource {
    /// The `--data-dir` flag.
    Flag,
    /// The `DIGIKOMP_DATA_DIR` environment variable.
    Env,
    /// The platform's data directory (XDG on Linux, Application Support on macOS, AppData on Windows).
    Default,
}

impl fmt::Display for PathSource {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PathSource::Flag => "--data-dir",
            PathSource::Env => DATA_DIR_ENV,
            PathSource::Default => "platform default",
        })
    }
}

/// The data directory: attempts in `attempts/`, the unfinished test in `draft.json`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    source: PathSource,
}

/// An attempt read from disk, with the file it came from.
#[derive(Debug, Clone)]
pub struct Stored {
    pub path: PathBuf,
    pub attempt: Attempt,
}

/// A file in the attempts directory that could not be used, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub path: PathBuf,
    pub reason: String,
}

impl fmt::Display for Skipped {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "skipped {}: {}", self.path.display(), self.reason)
    }
}

/// Written into every draft file.
pub const DRAFT_KIND: &str = "digikomp-draft";

/// An unfinished test, saved after every answer so that an interruption loses nothing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Draft {
    pub kind: String,
    pub schema_version: u32,
    pub started_at: DateTime<FixedOffset>,
    pub question_set: SetRef,
    pub lang: Lang,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub label: Option<String>,
    pub answers: BTreeMap<String, u8>,
}

impl Store {
    /// Picks the data directory: `flag` first, then `DIGIKOMP_DATA_DIR`, then the platform default.
    pub fn locate(flag: Option<PathBuf>, env: Option<PathBuf>) -> Result<Self> {
        if let Some(path) = flag {
            return Ok(Store::at(path, PathSource::Flag));
        }
        if let Some(path) = env.filter(|p| !p.as_os_str().is_empty()) {
            return Ok(Store::at(path, PathSource::Env));
        }
        let dirs = directories::ProjectDirs::from("se", "digikomp", "digikomp").context(
            "could not find a home directory for the data; set DIGIKOMP_DATA_DIR to a folder",
        )?;
        Ok(Store::at(
            dirs.data_dir().to_path_buf(),
            PathSource::Default,
        ))
    }

    /// A store rooted at `root`.
    pub fn at(root: PathBuf, source: PathSource) -> Self {
        Store { root, source }
    }

    /// The data directory itself.
    pub fn root(&self) -> &Path {
        &self.root
    }

    /// Where the data directory's path came from.
    pub fn source(&self) -> PathSource {
        self.source
    }

    /// The folder of saved attempts.
    pub fn attempts_dir(&self) -> PathBuf {
        self.root.join("attempts")
    }

    /// The draft of an unfinished test.
    pub fn draft_path(&self) -> PathBuf {
        self.root.join("draft.json")
    }

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
        let entries = match fs::read_dir(&dir) {
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
            if !entry.file_name().to_string_lossy().starts_with(".tmp-") {
                paths.push(entry.path());
            }
        }
        let mut stored = Vec::new();
        let mut skipped = Vec::new();
        let results = crate::parallel::map(&paths, 128, |p| read_attempt(p));
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

    /// Saves (or replaces) the draft.
    pub fn save_draft(&self, draft: &Draft) -> Result<()> {
        self.ensure_dir(&self.root)?;
        let json = serde_json::to_vec_pretty(draft).context("could not encode the draft")?;
        write_atomic(&self.draft_path(), &json, true)
    }

    /// The saved draft, if there is one. A draft that cannot be read is an error
    /// that names the file, so that the user can decide to remove it.
    pub fn load_draft(&self) -> Result<Option<Draft>> {
        let path = self.draft_path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(e).with_context(|| format!("could not read {}", path.display())),
        };
        let draft: Draft = serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "the draft {} is damaged; start over with `digikomp take --restart`",
                path.display()
            )
        })?;
        if draft.kind != DRAFT_KIND || draft.schema_version > ATTEMPT_SCHEMA_VERSION {
            bail!(
                "the draft {} was written by another version of digikomp; start over with `digikomp take --restart`",
                path.display()
            );
        }
        Ok(Some(draft))
    }

    /// Where the action plan lives.
    pub fn plans_path(&self) -> PathBuf {
        self.root.join("plans.json")
    }

    /// The action plan; empty when there is none yet.
    pub fn load_plans(&self) -> Result<crate::plan::Plans> {
        let path = self.plans_path();
        let bytes = match fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(crate::plan::Plans::default()),
            Err(e) => return Err(e).with_context(|| format!("could not read {}", path.display())),
        };
        let plans: crate::plan::Plans = serde_json::from_slice(&bytes).with_context(|| {
            format!(
                "the action plan {} is damaged; move it away to start a new plan",
                path.display()
            )
        })?;
        if plans.kind != crate::plan::PLANS_KIND
            || plans.schema_version > crate::plan::PLANS_SCHEMA_VERSION
        {
            bail!(
                "the action plan {} was written by another version of digikomp; upgrade digikomp to read it",
                path.display()
            );
        }
        Ok(plans)
    }

    /// Saves the action plan, atomically like an attempt.
    pub fn save_plans(&self, plans: &crate::plan::Plans) -> Result<()> {
        self.ensure_dir(&self.root)?;
        let json = serde_json::to_vec_pretty(plans).context("could not encode the action plan")?;
        write_atomic(&self.plans_path(), &json, true)
    }

    /// Where the shared profile (pseudonymous respondent id, workplace, role) lives.
    pub fn profile_path(&self) -> PathBuf {
        self.root.join("profile.json")
    }

    /// The profile, created with a new random respondent id on first use.
    pub fn load_or_create_profile(&self) -> Result<crate::export::Profile> {
        let path = self.profile_path();
        match fs::read(&path) {
            Ok(bytes) => serde_json::from_slice(&bytes).with_context(|| {
                format!(
                    "the profile {} is damaged; remove it to get a new respondent id",
                    path.display()
                )
            }),
            Err(e) if e.kind() == ErrorKind::NotFound => {
                let profile = crate::export::Profile {
                    kind: "digikomp-profile".to_string(),
                    schema_version: 1,
                    // Random, not derived from the user name or the machine.
                    respondent_id: format!(
                        "r-{}",
                        &uuid::Uuid::new_v4().simple().to_string()[..12]
                    ),
                    workplace: None,
                    role: None,
                };
                self.save_profile(&profile)?;
                Ok(profile)
            }
            Err(e) => Err(e).with_context(|| format!("could not read {}", path.display())),
        }
    }

    /// Saves the profile.
    pub fn save_profile(&self, profile: &crate::export::Profile) -> Result<()> {
        self.ensure_dir(&self.root)?;
        let json = serde_json::to_vec_pretty(profile).context("could not encode the profile")?;
        write_atomic(&self.profile_path(), &json, true)
    }

    /// Removes the draft, if any.
    pub fn remove_draft(&self) -> Result<()> {
        let path = self.draft_path();
        match fs::remove_file(&path) {
            Err(e) if e.kind() != ErrorKind::NotFound => {
                Err(e).with_context(|| format!("could not remove {}", path.display()))
            }
            _ => Ok(()),
        }
    }

    /// Creates `dir` (and the data directory) if needed, private to the user on Unix.
    fn ensure_dir(&self, dir: &Path) -> Result<()> {
        if self.root.exists() && !self.root.is_dir() {
            bail!(
                "the data directory {} ({}) is a file, not a folder; move it away or choose another with --data-dir",
                self.root.display(),
                self.source
            );
        }
        for d in [self.root.as_path(), dir] {
            // Only folders digikomp made (and its own subfolders) are tightened: a
            // data directory the user pointed at an existing shared folder keeps its mode.
            let ours = !d.exists() || d != self.root.as_path();
            fs::create_dir_all(d).with_context(|| {
                format!(
                    "could not create the folder {} (data directory from {}); check its permissions or choose another with --data-dir",
                    d.display(),
                    self.source
                )
            })?;
            if ours {
                restrict_dir(d)?;
            }
        }
        Ok(())
    }
}

/// An attempt file is about 1 KB; anything much larger is not one, and is not read.
const MAX_ATTEMPT_BYTES: u64 = 1024 * 1024;

/// How old a leftover temp file must be before a save removes it: older than any
/// save in progress could be.
const STALE_TEMP: std::time::Duration = std::time::Duration::from_secs(600);

/// The two fields read before the rest, to tell a foreign or newer file from a
/// damaged one without building a whole JSON tree.
#[derive(Deserialize)]
struct Header {
    kind: Option<String>,
    schema_version: Option<u64>,
}

/// Reads and checks one attempt file; the error is a one-line reason.
fn read_attempt(path: &Path) -> std::result::Result<Attempt, String> {
    use std::io::Read;
    if path.extension().and_then(|e| e.to_str()) != Some("json") {
        return Err("not a .json file".to_string());
    }
    let mut file = fs::File::open(path).map_err(|e| e.to_string())?;
    let meta = file.metadata().map_err(|e| e.to_string())?;
    if !meta.is_file() {
        return Err("not a regular file".to_string());
    }
    if meta.len() > MAX_ATTEMPT_BYTES {
        return Err(format!(
            "{} bytes is too large for an attempt file (at most {MAX_ATTEMPT_BYTES})",
            meta.len()
        ));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0) + 1);
    // Through `take`: bounded, and without File's size probe (a stat and a seek).
    (&mut file)
        .take(MAX_ATTEMPT_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| e.to_string())?;
    let header: Header =
        serde_json::from_slice(&bytes).map_err(|e| format!("not valid JSON ({e})"))?;
    if header.kind.as_deref() != Some(ATTEMPT_KIND) {
        return Err("not a digikomp attempt".to_string());
    }
    let version = header.schema_version.unwrap_or(0);
    if version > u64::from(ATTEMPT_SCHEMA_VERSION) {
        return Err(format!(
            "written with schema version {version}, newer than this digikomp understands ({ATTEMPT_SCHEMA_VERSION}); upgrade digikomp to read it"
        ));
    }
    serde_json::from_slice(&bytes).map_err(|e| format!("damaged attempt ({e})"))
}

/// Removes temp files left by a save that was killed (a crash, SIGKILL, power loss).
/// Best effort: a file that cannot be removed now is tried again next time.
fn remove_stale_temps(dir: &Path) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let is_temp = entry.file_name().to_string_lossy().starts_with(".tmp-");
        let stale = entry
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age > STALE_TEMP);
        if is_temp && stale {
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
fn write_atomic_with(
    path: &Path,
    bytes: &[u8],
    replace: bool,
    write: impl FnOnce(&mut fs::File, &[u8]) -> std::io::Result<()>,
) -> Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    let mut tmp = tempfile::Builder::new()
        .prefix(".tmp-")
        .suffix(".part")
        .tempfile_in(dir)
        .with_context(|| format!("could not create a file in {}", dir.display()))?;
    write(tmp.as_file_mut(), bytes)
        .and_then(|()| tmp.as_file().sync_all())
        .with_context(|| format!("could not write {} (is the disk full?)", path.display()))?;
    let result = if replace {
        tmp.persist(path).map(drop)
    } else {
        tmp.persist_noclobber(path).map(drop)
    };
    result
        .map_err(|e| e.error)
        .with_context(|| format!("could not save {}", path.display()))?;
    // The rename is durable only once the folder itself is synced.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

#[cfg(unix)]
fn restrict_dir(dir: &Path) -> Result<()> {
    use std::os::unix::fs::PermissionsExt;
    let meta = fs::metadata(dir).with_context(|| format!("could not read {}", dir.display()))?;
    if meta.permissions().mode() & 0o077 != 0 {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o700))
            .with_context(|| format!("could not make {} private (mode 700)", dir.display()))?;
    }
    Ok(())
}

#[cfg(not(unix))]
fn restrict_dir(_dir: &Path) -> Result<()> {
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;
    use std::io::Write;

    fn attempt(id: &str, minute: u32) -> Attempt {
        let t = FixedOffset::east_opt(3600)
            .and_then(|tz| tz.with_ymd_and_hms(2026, 3, 1, 10, minute, 0).single())
            .expect("valid time");
        Attempt {
            kind: ATTEMPT_KIND.into(),
            schema_version: ATTEMPT_SCHEMA_VERSION,
            id: id.into(),
            started_at: t,
            finished_at: t,
            question_set: SetRef {
                id: "s".into(),
                version: "1".into(),
            },
            lang: Lang::Sv,
            label: None,
            answers: BTreeMap::from([("101".to_string(), 4)]),
        }
    }

    #[test]
    fn saves_and_reads_back_in_time_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("data"), PathSource::Flag);
        let later = attempt("bbbbbbbb-1", 30);
        let earlier = attempt("aaaaaaaa-1", 5);
        store.save_attempt(&later).expect("save");
        store.save_attempt(&earlier).expect("save");
        let (stored, skipped) = store.load_attempts().expect("load");
        assert!(skipped.is_empty());
        let ids: Vec<_> = stored.iter().map(|s| s.attempt.id.as_str()).collect();
        assert_eq!(ids, vec!["aaaaaaaa-1", "bbbbbbbb-1"]);
    }

    #[test]
    fn never_overwrites_an_attempt() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf(), PathSource::Flag);
        let a = attempt("cccccccc-1", 1);
        let path = store.save_attempt(&a).expect("first save");
        let before = fs::read(&path).expect("read");
        let mut b = a.clone();
        b.answers.insert("101".into(), 7);
        let err = store.save_attempt(&b).expect_err("second save refused");
        assert!(format!("{err:#}").contains("could not save"), "{err:#}");
        assert_eq!(fs::read(&path).expect("read"), before);
        let leftovers = fs::read_dir(store.attempts_dir()).expect("dir").count();
        assert_eq!(leftovers, 1, "no temp file is left behind");
    }

    #[test]
    fn skips_and_reports_bad_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf(), PathSource::Flag);
        store.save_attempt(&attempt("dddddddd-1", 1)).expect("save");
        let adir = store.attempts_dir();
        fs::write(adir.join("broken.json"), "{\"kind\": \"digikomp-attempt\"").expect("w");
        fs::write(adir.join("other.json"), "{\"hello\": 1}").expect("w");
        let mut newer = serde_json::to_value(attempt("eeeeeeee-1", 2)).expect("json");
        newer["schema_version"] = 99.into();
        fs::write(adir.join("newer.json"), newer.to_string()).expect("w");
        fs::write(adir.join("notes.txt"), "hi").expect("w");
        fs::write(adir.join(".tmp-x.part"), "half").expect("w");
        let (stored, skipped) = store.load_attempts().expect("load");
        assert_eq!(stored.len(), 1);
        let reasons: Vec<_> = skipped
            .iter()
            .map(|s| {
                let name = s.path.file_name().map(|n| n.to_string_lossy().to_string());
                (
                    name.unwrap_or_default(),
                    s.reason.split(' ').next().unwrap_or("").to_string(),
                )
            })
            .collect();
        assert_eq!(
            reasons,
            vec![
                ("broken.json".into(), "not".into()),
                ("newer.json".into(), "written".into()),
                ("notes.txt".into(), "not".into()),
                ("other.json".into(), "not".into()),
            ]
        );
        assert!(skipped[1].reason.contains("schema version 99"));
    }

    #[test]
    fn a_failed_write_leaves_no_file_and_earlier_attempts_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf(), PathSource::Flag);
        let first = store.save_attempt(&attempt("11111111-1", 1)).expect("save");
        let before = fs::read(&first).expect("read");
        let target = store.attempts_dir().join("new.json");
        let err = write_atomic_with(&target, b"{\"half\": tr", false, |file, bytes| {
            file.write_all(&bytes[..4])?;
            Err(std::io::Error::from_raw_os_error(28)) // ENOSPC
        })
        .expect_err("the disk is full");
        assert!(format!("{err:#}").contains("is the disk full?"), "{err:#}");
        assert!(!target.exists());
        let names: Vec<_> = fs::read_dir(store.attempts_dir())
            .expect("dir")
            .map(|e| e.expect("entry").file_name())
            .collect();
        assert_eq!(names.len(), 1, "no temp file is left: {names:?}");
        assert_eq!(fs::read(&first).expect("read"), before);
    }

    #[test]
    fn stale_temp_files_are_cleaned_up_by_the_next_save() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf(), PathSource::Flag);
        store.save_attempt(&attempt("22222222-1", 1)).expect("save");
        let adir = store.attempts_dir();
        let old = adir.join(".tmp-killed.part");
        let fresh = adir.join(".tmp-inprogress.part");
        fs::write(&old, "{\"kind\": \"digik").expect("w");
        fs::write(&fresh, "{").expect("w");
        let hour_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        fs::File::options()
            .write(true)
            .open(&old)
            .and_then(|f| f.set_modified(hour_ago))
            .expect("set mtime");
        let (stored, skipped) = store.load_attempts().expect("load");
        assert_eq!(
            (stored.len(), skipped.len()),
            (1, 0),
            "temp files are ignored"
        );
        store.save_attempt(&attempt("33333333-1", 2)).expect("save");
        assert!(!old.exists(), "a stale temp file is removed");
        assert!(
            fresh.exists(),
            "a save that may be in progress is left alone"
        );
    }

    #[test]
    fn oversized_and_duplicate_answers_are_refused() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().to_path_buf(), PathSource::Flag);
        store.save_attempt(&attempt("44444444-1", 1)).expect("save");
        let adir = store.attempts_dir();
        let big = fs::File::create(adir.join("big.json")).expect("create");
        big.set_len(200 * 1024 * 1024).expect("sparse 200 MB");
        let mut dup = serde_json::to_string(&attempt("55555555-1", 2)).expect("json");
        dup = dup.replace("\"101\":4", "\"101\":4,\"101\":5");
        fs::write(adir.join("dup.json"), dup).expect("w");
        let (stored, skipped) = store.load_attempts().expect("load");
        assert_eq!(stored.len(), 1);
        assert!(skipped[0].reason.contains("too large"), "{:?}", skipped[0]);
        assert!(
            skipped[1]
                .reason
                .contains("statement 101 is answered twice"),
            "{:?}",
            skipped[1]
        );
    }

    #[test]
    fn a_file_in_place_of_the_data_dir_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("data");
        fs::write(&root, "x").expect("w");
        let store = Store::at(root, PathSource::Env);
        let err = store
            .save_attempt(&attempt("ffffffff-1", 1))
            .expect_err("refused");
        let msg = format!("{err:#}");
        assert!(
            msg.contains("is a file, not a folder") && msg.contains(DATA_DIR_ENV),
            "{msg}"
        );
    }

    #[cfg(unix)]
    #[test]
    fn files_and_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path().join("data"), PathSource::Flag);
        let path = store.save_attempt(&attempt("abababab-1", 1)).expect("save");
        let mode = |p: &Path| fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode(&path), 0o600);
        assert_eq!(mode(&store.attempts_dir()), 0o700);
        assert_eq!(mode(store.root()), 0o700);
    }

    #[test]
    fn locate_prefers_flag_then_env() {
        let s = Store::locate(Some("/a".into()), Some("/b".into())).expect("locate");
        assert_eq!((s.root(), s.source()), (Path::new("/a"), PathSource::Flag));
        let s = Store::locate(None, Some("/b".into())).expect("locate");
        assert_eq!((s.root(), s.source()), (Path::new("/b"), PathSource::Env));
    }
}
