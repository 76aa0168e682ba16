//! Versioned JSON files: every file digikomp writes names its kind and schema
//! version, and every reader checks both before it parses the rest.

use crate::store::fs::{read_bounded, ReadError};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::Path;

/// Why a versioned JSON file could not be used. The texts never quote its content.
#[derive(Debug, thiserror::Error)]
pub enum JsonError {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error("{}", place(.0))]
    NotJson(serde_json::Error),
    #[error("not a {expected} file")]
    WrongKind { expected: &'static str },
    #[error("written with schema version {found}, newer than this digikomp understands ({supported}); upgrade digikomp to read it")]
    Newer { found: u64, supported: u32 },
    #[error("damaged: {}", place(.0))]
    Damaged(serde_json::Error),
}

impl JsonError {
    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, JsonError::Read(e) if e.is_not_found())
    }
}

/// Where a JSON error is and what kind it is, without quoting the file: a serde
/// message can repeat the text it choked on. The one message that names no content
/// but says what is wrong, a repeated statement code, is kept.
pub fn place(e: &serde_json::Error) -> String {
    let what = match e.classify() {
        serde_json::error::Category::Io => "cannot be read",
        serde_json::error::Category::Syntax => "not valid JSON",
        serde_json::error::Category::Data if e.to_string().contains("is answered twice") => {
            return e.to_string();
        }
        serde_json::error::Category::Data => "a value of the wrong type, or a missing one,",
        serde_json::error::Category::Eof => "ends too early",
    };
    format!("{what} at line {} column {}", e.line(), e.column())
}

/// What a versioned file declares itself to be.
pub struct Kind {
    pub name: &'static str,
    pub version: u32,
    /// The largest file of this kind that is read.
    pub max_bytes: u64,
}

/// The two fields read before the rest, to tell a foreign or newer file from a
/// damaged one without building a whole JSON tree.
#[derive(Deserialize)]
struct Header {
    kind: Option<String>,
    schema_version: Option<u64>,
}

/// Reads a file of `kind`: bounded, header first, then the whole value.
pub fn read<T: DeserializeOwned>(path: &Path, kind: &Kind) -> Result<T, JsonError> {
    let bytes = read_bounded(path, kind.max_bytes)?;
    parse(&bytes, kind)
}

/// Parses the bytes of a file of `kind`, header first.
pub fn parse<T: DeserializeOwned>(bytes: &[u8], kind: &Kind) -> Result<T, JsonError> {
    let header: Header = serde_json::from_slice(bytes).map_err(JsonError::NotJson)?;
    if header.kind.as_deref() != Some(kind.name) {
        return Err(JsonError::WrongKind {
            expected: kind.name,
        });
    }
    let found = header.schema_version.unwrap_or(0);
    if found > u64::from(kind.version) {
        return Err(JsonError::Newer {
            found,
            supported: kind.version,
        });
    }
    serde_json::from_slice(bytes).map_err(JsonError::Damaged)
}

/// Reads a file of `kind`, or `None` when there is none.
pub fn read_optional<T: DeserializeOwned>(
    path: &Path,
    kind: &Kind,
) -> Result<Option<T>, JsonError> {
    match read(path, kind) {
        Ok(value) => Ok(Some(value)),
        Err(e) if e.is_not_found() => Ok(None),
        Err(e) => Err(e),
    }
}
