//! Errors a caller branches on, and the exit codes they map to.

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

/// The process exit codes, documented in the README and in `--help`.
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
