//! Errors a caller branches on, what was being done when one happened, and the
//! exit codes they map to.

use std::path::PathBuf;

/// Failures that change the exit code; anything else is a plain error (exit 1).
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The command line asked for something impossible (exit 2).
    #[error("{0}")]
    Usage(String),
    /// The user interrupted (Ctrl-C or a signal); anything worth keeping was kept (exit 130).
    #[error("interrupted")]
    Interrupted,
}

/// What digikomp was doing when an operation on a file, a folder or a stream
/// failed: the context of an error. `ui` says it in the user's language; this
/// English text is the fallback for a developer's `{:?}`-free log.
#[derive(Debug, thiserror::Error)]
pub enum Op {
    #[error("could not read {0}")]
    Read(PathBuf),
    #[error("could not read the folder {0}")]
    ReadFolder(PathBuf),
    #[error("could not create a file in {0}")]
    CreateIn(PathBuf),
    #[error("could not write {0} (is the disk full?)")]
    Write(PathBuf),
    #[error("could not save {0}")]
    Save(PathBuf),
    #[error("could not delete {0}")]
    Delete(PathBuf),
    #[error("could not make {0} private (mode 700)")]
    MakePrivate(PathBuf),
    #[error("could not lock {0}")]
    Lock(PathBuf),
    #[error(
        "could not create the folder {0}; check its permissions or choose another with --data-dir"
    )]
    CreateFolder(PathBuf),
    #[error("could not find a home directory for the data; set DIGIKOMP_DATA_DIR to a folder")]
    NoHome,
    #[error("could not read the answers file {0}")]
    AnswersFile(PathBuf),
    #[error("could not read answers from standard input")]
    AnswersStdin,
    #[error("could not read the question set {0}")]
    QuestionSet(PathBuf),
    #[error("the question set {0} is not UTF-8 text")]
    QuestionSetNotUtf8(PathBuf),
    #[error("could not write to standard output")]
    Stdout,
    #[error("could not read from standard input")]
    Stdin,
    #[error("could not talk to the terminal")]
    Terminal,
    /// Building a report in memory failed (a library refused what it was given).
    #[error("could not make the {0} report; please report this as a bug")]
    Render(&'static str),
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
