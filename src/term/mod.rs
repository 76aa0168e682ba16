//! The terminal and the streams: data on stdout, messages on stderr, and the
//! prompts of the test, in the terminal (raw mode, redraws, signals) or as the
//! plain line mode for screen readers and piped answers.

pub mod hints;
pub mod output;
pub mod plain;
pub mod plan;
pub mod prompt;
pub mod rawmode;
pub mod signals;
pub mod terminal;
