//! The personal files beside the attempts: the draft of an unfinished test, the
//! action plan and the profile. Each is one versioned JSON file, replaced
//! atomically on save.

use crate::error::Op;
use crate::model::attempt::{Draft, ATTEMPT_SCHEMA_VERSION, DRAFT_KIND};
use crate::model::plan::{Plans, PLANS_KIND, PLANS_SCHEMA_VERSION};
use crate::model::profile::{Profile, PROFILE_KIND, PROFILE_SCHEMA_VERSION};
use crate::store::fs::{remove_stale_temps, write_atomic};
use crate::store::json::{self, JsonError, Kind};
use crate::store::Store;
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::ErrorKind;
use std::path::{Path, PathBuf};

/// A draft holds at most a few hundred answers.
const DRAFT: Kind = Kind {
    name: DRAFT_KIND,
    version: ATTEMPT_SCHEMA_VERSION,
    max_bytes: 1024 * 1024,
};

/// A plan holds a handful of items a year; 4 MB is decades of them.
const PLANS: Kind = Kind {
    name: PLANS_KIND,
    version: PLANS_SCHEMA_VERSION,
    max_bytes: 4 * 1024 * 1024,
};

/// A profile is a few short texts.
const PROFILE: Kind = Kind {
    name: PROFILE_KIND,
    version: PROFILE_SCHEMA_VERSION,
    max_bytes: 64 * 1024,
};

/// A personal file of the data directory, as errors name it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PersonalFile {
    Draft,
    Plans,
    Profile,
    AmbassadorTerm,
    AmbassadorLog,
}

/// A personal file that is there but cannot be used. `ui` says which file, why,
/// and what to do about it, in the user's language; this `Display` is for a log.
#[derive(Debug, thiserror::Error)]
#[error("{file:?} {}: {err}", path.display())]
pub struct Unusable {
    pub file: PersonalFile,
    pub path: PathBuf,
    pub err: JsonError,
}

pub(super) fn unusable(path: &Path, file: PersonalFile, err: JsonError) -> anyhow::Error {
    Unusable {
        file,
        path: path.to_path_buf(),
        err,
    }
    .into()
}

/// The data directory's lock, held until dropped: a read-modify-write of the plan or
/// the profile holds it, so that two runs at once never lose one another's change.
pub struct Lock(std::fs::File);

impl Drop for Lock {
    fn drop(&mut self) {
        let _ = self.0.unlock();
    }
}

impl Store {
    /// The lock file, beside the personal files.
    pub fn lock_path(&self) -> std::path::PathBuf {
        self.root.join(".lock")
    }

    /// Waits for and takes the data directory's lock.
    pub fn lock(&self) -> Result<Lock> {
        self.ensure_dir(&self.root)?;
        let path = self.lock_path();
        let mut options = std::fs::OpenOptions::new();
        options.create(true).truncate(false).write(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            options.mode(0o600);
        }
        let file = options
            .open(&path)
            .with_context(|| Op::Lock(path.clone()))?;
        file.lock().with_context(|| Op::Lock(path.clone()))?;
        Ok(Lock(file))
    }

    /// Changes the action plan under the lock: reads it, lets `change` edit it, and
    /// saves it unless `change` fails.
    pub fn update_plans<T>(&self, change: impl FnOnce(&mut Plans) -> Result<T>) -> Result<T> {
        let _lock = self.lock()?;
        let mut plans = self.load_plans()?;
        let out = change(&mut plans)?;
        self.save_plans(&plans)?;
        Ok(out)
    }

    /// Changes the profile under the lock (creating it first if needed).
    pub fn update_profile<T>(
        &self,
        new_id: impl FnOnce() -> String,
        change: impl FnOnce(&mut Profile) -> T,
    ) -> Result<(Profile, T)> {
        let _lock = self.lock()?;
        let mut profile = self.load_or_create_profile_locked(new_id)?;
        let out = change(&mut profile);
        self.save_profile(&profile)?;
        Ok((profile, out))
    }

    /// Writes one personal file atomically, creating the data directory if needed.
    pub(super) fn save_personal(
        &self,
        path: &Path,
        value: &impl Serialize,
        file: PersonalFile,
    ) -> Result<()> {
        self.ensure_dir(&self.root)?;
        let json = serde_json::to_vec_pretty(value)
            .with_context(|| format!("could not encode {file:?}"))?;
        write_atomic(path, &json, true)?;
        // Temp files of saves that were killed hold goals and workplaces: not kept.
        remove_stale_temps(&self.root);
        Ok(())
    }

    /// Saves (or replaces) the draft.
    pub fn save_draft(&self, draft: &Draft) -> Result<()> {
        self.save_personal(&self.draft_path(), draft, PersonalFile::Draft)
    }

    /// The saved draft, if there is one. A draft that cannot be read is an error
    /// that names the file, so that the user can decide to remove it.
    pub fn load_draft(&self) -> Result<Option<Draft>> {
        self.usable_root()?;
        let path = self.draft_path();
        json::read_optional(&path, &DRAFT)
            .map(|d| {
                d.map(|mut d: Draft| {
                    d.make_visible();
                    d
                })
            })
            .map_err(|e| unusable(&path, PersonalFile::Draft, e))
    }

    /// Removes the draft, if any.
    pub fn remove_draft(&self) -> Result<()> {
        let path = self.draft_path();
        match std::fs::remove_file(&path) {
            Err(e) if e.kind() != ErrorKind::NotFound => {
                Err(e).with_context(|| Op::Delete(path.clone()))
            }
            _ => Ok(()),
        }
    }

    /// The action plan; empty when there is none yet.
    pub fn load_plans(&self) -> Result<Plans> {
        self.usable_root()?;
        let path = self.plans_path();
        Ok(json::read_optional(&path, &PLANS)
            .map_err(|e| unusable(&path, PersonalFile::Plans, e))?
            .map(|mut p: Plans| {
                p.make_visible();
                p
            })
            .unwrap_or_default())
    }

    /// Saves the action plan, atomically like an attempt.
    pub fn save_plans(&self, plans: &Plans) -> Result<()> {
        self.save_personal(&self.plans_path(), plans, PersonalFile::Plans)
    }

    /// The profile, created on first use around a respondent id from `new_id`.
    /// It is created only if no other run created it meanwhile (create-new), so two
    /// first uses at once agree on one respondent id.
    pub fn load_or_create_profile(&self, new_id: impl FnOnce() -> String) -> Result<Profile> {
        self.usable_root()?;
        if let Some(profile) = self.read_profile()? {
            return Ok(profile);
        }
        let _lock = self.lock()?;
        self.load_or_create_profile_locked(new_id)
    }

    /// [`Store::load_or_create_profile`] for a caller that holds the lock.
    fn load_or_create_profile_locked(&self, new_id: impl FnOnce() -> String) -> Result<Profile> {
        if let Some(profile) = self.read_profile()? {
            return Ok(profile);
        }
        let profile = Profile::new(new_id());
        self.ensure_dir(&self.root)?;
        let json = serde_json::to_vec_pretty(&profile).context("could not encode the profile")?;
        match write_atomic(&self.profile_path(), &json, false) {
            Ok(()) => Ok(profile),
            // Another run made it first: use theirs.
            Err(e) => self.read_profile()?.ok_or(e),
        }
    }

    fn read_profile(&self) -> Result<Option<Profile>> {
        let path = self.profile_path();
        let found = json::read_optional(&path, &PROFILE)
            .map_err(|e| unusable(&path, PersonalFile::Profile, e))?;
        Ok(found.map(|mut p: Profile| {
            p.make_visible();
            p
        }))
    }

    /// Saves the profile.
    pub fn save_profile(&self, profile: &Profile) -> Result<()> {
        self.save_personal(&self.profile_path(), profile, PersonalFile::Profile)
    }
}
