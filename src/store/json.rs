//! Versioned JSON files: every file digikomp writes names its kind and schema
//! version, and every reader checks both before it parses the rest.

use crate::model::code::StatementCode;
use crate::store::fs::{read_bounded, ReadError};
use serde::de::DeserializeOwned;
use serde::Deserialize;
use std::path::Path;

/// Why a versioned JSON file could not be used. The texts never quote its content.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum JsonError {
    Read(#[from] ReadError),
    NotJson(JsonPlace),
    WrongKind { expected: &'static str },
    Newer { found: u64, supported: u32 },
    Damaged(JsonPlace),
}

impl JsonError {
    /// Whether the file does not exist.
    pub fn is_not_found(&self) -> bool {
        matches!(self, JsonError::Read(e) if e.is_not_found())
    }
}

/// The kind of a JSON parse error.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum JsonFault {
    Io,
    Syntax,
    Data,
    Eof,
}

/// Where a JSON error is and what kind it is, without quoting the file: a serde
/// message can repeat the text it choked on. The one message that names no
/// content but says what is wrong, a repeated statement code, is kept as its code.
/// Every reader of JSON (attempts, plans, exports) reports through this one type,
/// which `ui` says in the user's language.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum JsonPlace {
    At {
        fault: JsonFault,
        line: usize,
        column: usize,
    },
    AnsweredTwice {
        code: StatementCode,
        line: usize,
        column: usize,
    },
}

impl JsonPlace {
    /// What and where `e` is.
    pub fn of(e: &serde_json::Error) -> Self {
        use serde_json::error::Category;
        let (line, column) = (e.line(), e.column());
        let fault = match e.classify() {
            Category::Io => JsonFault::Io,
            Category::Syntax => JsonFault::Syntax,
            Category::Data => {
                let message = e.to_string();
                let code = message
                    .strip_prefix("statement ")
                    .and_then(|rest| rest.split_once(" is answered twice"))
                    .and_then(|(code, _)| code.parse().ok());
                if let Some(code) = code {
                    return JsonPlace::AnsweredTwice { code, line, column };
                }
                JsonFault::Data
            }
            Category::Eof => JsonFault::Eof,
        };
        JsonPlace::At {
            fault,
            line,
            column,
        }
    }
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

/// Like [`read`], with the same outcome, but a file that is what it declares is
/// parsed once: `declared` gives the kind and schema version the value names.
/// Only a file that fails is parsed again, header first, to say what is wrong.
/// (Reading a thousand attempts, the second parse was a fifth of the time.)
pub fn read_declared<T: DeserializeOwned>(
    path: &Path,
    kind: &Kind,
    declared: impl Fn(&T) -> (&str, u64),
) -> Result<T, JsonError> {
    let bytes = read_bounded(path, kind.max_bytes)?;
    if let Ok(value) = serde_json::from_slice::<T>(&bytes) {
        let (name, version) = declared(&value);
        if name == kind.name && version <= u64::from(kind.version) {
            return Ok(value);
        }
    }
    parse(&bytes, kind)
}

/// Parses the bytes of a file of `kind`, header first.
pub fn parse<T: DeserializeOwned>(bytes: &[u8], kind: &Kind) -> Result<T, JsonError> {
    let header: Header =
        serde_json::from_slice(bytes).map_err(|e| JsonError::NotJson(JsonPlace::of(&e)))?;
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
    serde_json::from_slice(bytes).map_err(|e| JsonError::Damaged(JsonPlace::of(&e)))
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
