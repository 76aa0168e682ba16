//! The ambassador's files in the data directory: the term of meetings
//! (`ambassador-term.json`) and the log of the meetings held
//! (`ambassador-log.json`), each versioned JSON, written atomically and changed
//! under the data directory's lock like the action plan.

use crate::model::ambassador::term::{Log, Term, AMBASSADOR_SCHEMA_VERSION, LOG_KIND, TERM_KIND};
use crate::store::json::{self, Kind};
use crate::store::personal::{unusable, PersonalFile};
use crate::store::Store;
use anyhow::Result;
use std::path::PathBuf;

/// A term is three dates.
const TERM: Kind = Kind {
    name: TERM_KIND,
    version: AMBASSADOR_SCHEMA_VERSION,
    max_bytes: 64 * 1024,
};

/// A log holds a few meetings a term; 4 MB is decades of them.
const LOG: Kind = Kind {
    name: LOG_KIND,
    version: AMBASSADOR_SCHEMA_VERSION,
    max_bytes: 4 * 1024 * 1024,
};

impl Store {
    /// Where the term is kept.
    pub fn term_path(&self) -> PathBuf {
        self.root.join("ambassador-term.json")
    }

    /// Where the log is kept.
    pub fn log_path(&self) -> PathBuf {
        self.root.join("ambassador-log.json")
    }

    /// The saved term, if any.
    pub fn load_term(&self) -> Result<Option<Term>> {
        self.usable_root()?;
        let path = self.term_path();
        json::read_optional(&path, &TERM)
            .map_err(|e| unusable(&path, PersonalFile::AmbassadorTerm, e))
    }

    /// Saves the term (replacing an earlier one) under the lock.
    pub fn save_term(&self, term: &Term) -> Result<()> {
        let _lock = self.lock()?;
        self.save_personal(&self.term_path(), term, PersonalFile::AmbassadorTerm)
    }

    /// The log; empty when there is none yet.
    pub fn load_log(&self) -> Result<Log> {
        self.usable_root()?;
        let path = self.log_path();
        Ok(json::read_optional(&path, &LOG)
            .map_err(|e| unusable(&path, PersonalFile::AmbassadorLog, e))?
            .map(|mut log: Log| {
                log.make_visible();
                log
            })
            .unwrap_or_default())
    }

    /// Changes the log under the lock: reads it, lets `change` edit it, and
    /// saves it unless `change` fails.
    pub fn update_log<T>(&self, change: impl FnOnce(&mut Log) -> Result<T>) -> Result<T> {
        let _lock = self.lock()?;
        let mut log = self.load_log()?;
        let out = change(&mut log)?;
        self.save_personal(&self.log_path(), &log, PersonalFile::AmbassadorLog)?;
        Ok(out)
    }
}
