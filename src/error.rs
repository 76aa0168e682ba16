//! Errors a caller branches on, what was being done when one happened, and the
//! exit codes they map to. The types carry data; `i18n::describe` says them in
//! the user's language, and their `Display` is only for a developer's log.

use std::path::PathBuf;

/// Failures that change the exit code; anything else is a plain error (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The command line asked for something impossible (exit 2); the text is
    /// already in the user's language.
    #[error("{0}")]
    Usage(String),
    /// The user interrupted (Ctrl-C or a signal); anything worth keeping was kept (exit 130).
    #[error("Interrupted")]
    Interrupted,
}

/// What digikomp was doing when an operation on a file, a folder or a stream
/// failed: the context of an error.
#[derive(Debug, thiserror::Error)]
#[error("{self:?}")]
pub enum Op {
    Read(PathBuf),
    ReadFolder(PathBuf),
    CreateIn(PathBuf),
    Write(PathBuf),
    Save(PathBuf),
    Delete(PathBuf),
    MakePrivate(PathBuf),
    Lock(PathBuf),
    CreateFolder(PathBuf),
    NoHome,
    AnswersFile(PathBuf),
    AnswersStdin,
    QuestionSet(PathBuf),
    QuestionSetNotUtf8(PathBuf),
    Stdout,
    Stdin,
    Terminal,
    /// Building a report in memory failed (a library refused what it was given).
    Render(&'static str),
    /// Encoding JSON failed (a bug: every value digikomp writes can be encoded).
    EncodeJson,
}

/// The process exit codes, documented in docs/staff.md and in `--help`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitCode {
    Success = 0,
    Error = 1,
    Usage = 2,
    Interrupted = 130,
}

impl ExitCode {
    /// The exit code for an error returned by a command.
    pub fn of(err: &anyhow::Error) -> Self {
        match err.downcast_ref::<Failure>() {
            Some(Failure::Usage(_)) => ExitCode::Usage,
            Some(Failure::Interrupted) => ExitCode::Interrupted,
            None => ExitCode::Error,
        }
    }
}

impl From<ExitCode> for std::process::ExitCode {
    fn from(code: ExitCode) -> Self {
        std::process::ExitCode::from(code as u8)
    }
}

/// Whether `err` is (or wraps) an interruption.
pub fn is_interrupted(err: &anyhow::Error) -> bool {
    matches!(err.downcast_ref::<Failure>(), Some(Failure::Interrupted))
}

/// `err` with `op` as its context, unless it is a [`Failure`] already said in
/// the user's words (a report refused for what was asked, not for a fault).
pub fn during(err: anyhow::Error, op: Op) -> anyhow::Error {
    if err.is::<Failure>() {
        err
    } else {
        err.context(op)
    }
}
