//! Reading what colleagues chose to share for collegial learning: the
//! `learning` part of their JSON exports (a display name, statements they can
//! help with, statements they want to learn). Nothing else of an export is
//! kept, and an export without it is left out without a word: that person did
//! not opt in.

use crate::model::ambassador::matching::{Learning, Person};
use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;
use crate::model::record::{EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::model::text::{too_long, visible};
use crate::store::fs::read_bounded;
use crate::store::json::JsonPlace;
use crate::workshop::parse::{BadInput, Unreadable, MAX_JSON_BYTES};
use crate::workshop::read::{bad, export_files, BadFile, Describe, FileProblem};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The part of an export `match` reads.
#[derive(Deserialize)]
struct ExportHead {
    kind: String,
    schema_version: u32,
    #[serde(default)]
    records: Vec<RecordHead>,
    #[serde(default)]
    learning: Option<Learning>,
}

#[derive(Deserialize)]
struct RecordHead {
    respondent: String,
}

/// The people who opted in, and the files that could not be read.
#[derive(Debug, Default)]
pub struct Shared {
    /// By display name; one per respondent (the last file read wins).
    pub people: Vec<Person>,
    /// How many exports were read, opted in or not.
    pub files_read: usize,
    pub bad: Vec<BadFile>,
}

/// Reads the JSON exports among `inputs` (a CSV export cannot carry the
/// choice, so it is passed over).
pub fn read_shared(set: &QuestionSet, inputs: &[PathBuf], describe: Describe<'_>) -> Shared {
    let (files, problems) = export_files(inputs);
    let mut shared = Shared::default();
    for (path, problem) in problems {
        shared.bad.push(bad(&path, &problem, describe));
    }
    let mut by_respondent: BTreeMap<String, Person> = BTreeMap::new();
    for path in files.iter().filter(|p| is_json(p)) {
        match read_one(set, path) {
            Ok(found) => {
                shared.files_read += 1;
                if let Some((respondent, person)) = found {
                    by_respondent.insert(respondent, person);
                }
            }
            Err(problem) => shared.bad.push(bad(path, &problem, describe)),
        }
    }
    shared.people = by_respondent.into_values().collect();
    shared.people.sort_by(|a, b| a.name.cmp(&b.name));
    shared
}

fn is_json(path: &Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("json"))
}

/// One export's respondent and what they share, if they opted in.
fn read_one(set: &QuestionSet, path: &Path) -> Result<Option<(String, Person)>, FileProblem> {
    let bytes = read_bounded(path, MAX_JSON_BYTES).map_err(FileProblem::Read)?;
    let head: ExportHead = serde_json::from_slice(&bytes).map_err(|e| {
        FileProblem::Content(BadInput::NotJsonExport(Unreadable::Json(JsonPlace::of(&e))))
    })?;
    if head.kind != EXPORT_KIND {
        return Err(BadInput::WrongKind.into());
    }
    if head.schema_version > EXPORT_SCHEMA_VERSION {
        return Err(BadInput::Newer(head.schema_version).into());
    }
    let Some(learning) = head.learning else {
        return Ok(None);
    };
    let Some(respondent) = head.records.first().map(|r| r.respondent.clone()) else {
        return Err(BadInput::NoRecords.into());
    };
    let name = learning.display_name.trim();
    if too_long(name) {
        return Err(BadInput::LongText("display_name").into());
    }
    if name.is_empty() {
        return Ok(None);
    }
    let known = |codes: Vec<StatementCode>| -> Vec<StatementCode> {
        let mut kept: Vec<StatementCode> = codes
            .into_iter()
            .filter(|&c| set.statement(c).is_some())
            .collect();
        kept.sort_unstable();
        kept.dedup();
        kept
    };
    Ok(Some((
        respondent,
        Person {
            name: visible(name).into_owned(),
            can_help: known(learning.can_help),
            want: known(learning.want_to_learn),
        },
    )))
}
