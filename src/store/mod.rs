//! The data directory: where attempts, the draft, the action plan, the profile
//! and the ambassador's term and log live, and how each is written and read.
//!
//! Attempts are personal data collected over years, so every write is atomic
//! (temp file, fsync, rename), never replaces another attempt, and leaves files
//! readable by their owner only. Reading skips and reports a bad file instead of
//! failing the whole command.

mod ambassador;
pub mod attempts;
mod erase;
pub mod fs;
pub mod json;
pub mod parallel;
mod personal;

pub use attempts::{SkipReason, Skipped, Stored};
pub use erase::{Erasure, Left};
pub use personal::{PersonalFile, Unusable};

use crate::error::Op;
use anyhow::{Context, Result};
use std::fmt;
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

/// The data directory is a file. `ui` says so, and what to do, in the user's
/// language; this `Display` is for a log.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub struct DataDirIsFile {
    pub path: PathBuf,
    /// Where the path came from.
    pub from: PathSource,
    /// Whether the path is a link that leads to no folder (nowhere, or round
    /// in a circle) rather than a file.
    pub broken_link: bool,
}

/// The data directory: attempts in `attempts/`, the unfinished test in
/// `draft.json`, the action plan in `plans.json`, the profile in `profile.json`.
#[derive(Debug, Clone)]
pub struct Store {
    root: PathBuf,
    source: PathSource,
}

impl Store {
    /// Picks the data directory: `flag` first, then `DIGIKOMP_DATA_DIR`, then the platform default.
    pub fn locate(flag: Option<PathBuf>, env: Option<PathBuf>) -> Result<Self> {
        if let Some(path) = flag {
            return Ok(Store::at(&path, PathSource::Flag));
        }
        if let Some(path) = env.filter(|p| !p.as_os_str().is_empty()) {
            return Ok(Store::at(&path, PathSource::Env));
        }
        let dirs =
            directories::ProjectDirs::from("se", "digikomp", "digikomp").context(Op::NoHome)?;
        Ok(Store::at(dirs.data_dir(), PathSource::Default))
    }

    /// A store rooted at `root`.
    pub fn at(root: &Path, source: PathSource) -> Self {
        // Rebuilt from its components, so that a path typed with `/` on Windows is
        // printed with one kind of separator (`Z:/x/data` becomes `Z:\x\data`).
        let root = root.components().collect();
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

    /// Where the action plan lives.
    pub fn plans_path(&self) -> PathBuf {
        self.root.join("plans.json")
    }

    /// Where the shared profile (pseudonymous respondent id, workplace, role) lives.
    pub fn profile_path(&self) -> PathBuf {
        self.root.join("profile.json")
    }

    /// An error when the data directory is there but is not a folder: said
    /// before any file in it is looked for, so that nobody is told to move a
    /// `plans.json` inside a file.
    fn usable_root(&self) -> Result<()> {
        let broken = |kind| DataDirIsFile {
            path: self.root.clone(),
            from: self.source,
            broken_link: kind,
        };
        match std::fs::metadata(&self.root) {
            Ok(meta) if !meta.is_dir() => Err(broken(false).into()),
            // A link that leads nowhere, or round in a circle: said so, not
            // taken for a folder to create.
            Err(_) if std::fs::symlink_metadata(&self.root).is_ok() => Err(broken(true).into()),
            _ => Ok(()),
        }
    }

    /// Creates `dir` (and the data directory) if needed, private to the user on Unix.
    fn ensure_dir(&self, dir: &Path) -> Result<()> {
        self.usable_root()?;
        for d in [self.root.as_path(), dir] {
            // Only folders digikomp made (and its own subfolders) are tightened: a
            // data directory the user pointed at an existing shared folder keeps its mode.
            let ours = !d.exists() || d != self.root.as_path();
            std::fs::create_dir_all(d).with_context(|| Op::CreateFolder(d.to_path_buf()))?;
            if ours {
                fs::restrict_dir(d)?;
            }
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::Op;
    use crate::model::attempt::{Attempt, SetRef, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION};
    use crate::model::code::code;
    use crate::model::lang::Lang;
    use crate::store::attempts::SkipReason;
    use crate::store::fs::{write_atomic_with, ReadError};
    use crate::store::json::{JsonError, JsonPlace};
    use chrono::{FixedOffset, TimeZone};
    use std::collections::BTreeMap;
    use std::fs;
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
            lang: Lang::SV,
            label: None,
            answers: BTreeMap::from([(code("101"), 4)]),
            abstained: crate::model::attempt::Abstained::new(),
        }
    }

    #[test]
    fn saves_and_reads_back_in_time_order() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(&dir.path().join("data"), PathSource::Flag);
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
        let store = Store::at(dir.path(), PathSource::Flag);
        let a = attempt("cccccccc-1", 1);
        let path = store.save_attempt(&a).expect("first save");
        let before = fs::read(&path).expect("read");
        let mut b = a.clone();
        b.answers.insert(code("101"), 7);
        let err = store.save_attempt(&b).expect_err("second save refused");
        assert!(
            matches!(err.downcast_ref::<Op>(), Some(Op::Save(_))),
            "{err:#}"
        );
        assert_eq!(fs::read(&path).expect("read"), before);
        let leftovers = fs::read_dir(store.attempts_dir()).expect("dir").count();
        assert_eq!(leftovers, 1, "no temp file is left behind");
    }

    #[test]
    fn skips_and_reports_bad_files() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path(), PathSource::Flag);
        store.save_attempt(&attempt("dddddddd-1", 1)).expect("save");
        let adir = store.attempts_dir();
        fs::write(adir.join("broken.json"), "{\"kind\": \"digikomp-attempt\"").expect("w");
        fs::write(adir.join("other.json"), "{\"hello\": 1}").expect("w");
        let mut newer = serde_json::to_value(attempt("eeeeeeee-1", 2)).expect("json");
        newer["schema_version"] = 99.into();
        fs::write(adir.join("newer.json"), newer.to_string()).expect("w");
        fs::write(adir.join("notes.txt"), "hi").expect("w");
        fs::write(adir.join(".tmp-x1y2z3.part"), "half").expect("w");
        let (stored, skipped) = store.load_attempts().expect("load");
        assert_eq!(stored.len(), 1);
        let reasons: Vec<_> = skipped
            .iter()
            .map(|s| {
                let name = s.path.file_name().map(|n| n.to_string_lossy().to_string());
                (
                    name.unwrap_or_default(),
                    match &s.reason {
                        SkipReason::NotJsonName => "name",
                        SkipReason::File(JsonError::NotJson(_)) => "damaged",
                        SkipReason::File(JsonError::Newer { .. }) => "newer",
                        SkipReason::File(JsonError::WrongKind { .. }) => "kind",
                        SkipReason::File(_) => "other",
                    }
                    .to_string(),
                )
            })
            .collect();
        assert_eq!(
            reasons,
            vec![
                ("broken.json".into(), "damaged".into()),
                ("newer.json".into(), "newer".into()),
                ("notes.txt".into(), "name".into()),
                ("other.json".into(), "kind".into()),
            ]
        );
        assert!(matches!(
            skipped[1].reason,
            SkipReason::File(JsonError::Newer { found: 99, .. })
        ));
    }

    #[test]
    fn a_failed_write_leaves_no_file_and_earlier_attempts_untouched() {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path(), PathSource::Flag);
        let first = store.save_attempt(&attempt("11111111-1", 1)).expect("save");
        let before = fs::read(&first).expect("read");
        let target = store.attempts_dir().join("new.json");
        let err = write_atomic_with(&target, b"{\"half\": tr", false, |file, bytes| {
            file.write_all(&bytes[..4])?;
            Err(std::io::Error::from_raw_os_error(28)) // ENOSPC
        })
        .expect_err("the disk is full");
        assert!(
            matches!(err.downcast_ref::<Op>(), Some(Op::Write(_))),
            "{err:#}"
        );
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
        let store = Store::at(dir.path(), PathSource::Flag);
        store.save_attempt(&attempt("22222222-1", 1)).expect("save");
        let adir = store.attempts_dir();
        let old = adir.join(".tmp-k1lled.part");
        let fresh = adir.join(".tmp-inprog.part");
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
        let store = Store::at(dir.path(), PathSource::Flag);
        store.save_attempt(&attempt("44444444-1", 1)).expect("save");
        let adir = store.attempts_dir();
        let big = fs::File::create(adir.join("big.json")).expect("create");
        big.set_len(200 * 1024 * 1024).expect("sparse 200 MB");
        let mut dup = serde_json::to_string(&attempt("55555555-1", 2)).expect("json");
        dup = dup.replace("\"101\":4", "\"101\":4,\"101\":5");
        fs::write(adir.join("dup.json"), dup).expect("w");
        let (stored, skipped) = store.load_attempts().expect("load");
        assert_eq!(stored.len(), 1);
        assert!(
            matches!(
                skipped[0].reason,
                SkipReason::File(JsonError::Read(ReadError::TooLarge { .. }))
            ),
            "{:?}",
            skipped[0]
        );
        assert!(
            matches!(
                &skipped[1].reason,
                SkipReason::File(JsonError::Damaged(JsonPlace::AnsweredTwice { code: c, .. }))
                    if *c == code("101")
            ),
            "{:?}",
            skipped[1]
        );
    }

    #[test]
    fn a_file_in_place_of_the_data_dir_is_a_clear_error() {
        let dir = tempfile::tempdir().expect("tempdir");
        let root = dir.path().join("data");
        fs::write(&root, "x").expect("w");
        let store = Store::at(&root, PathSource::Env);
        let err = store
            .save_attempt(&attempt("ffffffff-1", 1))
            .expect_err("refused");
        let found = err.downcast_ref::<DataDirIsFile>().expect("typed");
        assert_eq!((&found.path, found.from), (&root, PathSource::Env));
    }

    #[cfg(unix)]
    #[test]
    fn files_and_folders_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(&dir.path().join("data"), PathSource::Flag);
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
