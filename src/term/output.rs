//! Writing data to standard output. A closed pipe (`| head`) ends the output
//! quietly instead of failing the command.

use crate::error::Op;
use crate::model::text::visible_lines;
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::Write;

/// Writes `bytes` to stdout.
pub fn write_stdout(bytes: &[u8]) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(bytes).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context(Op::Stdout),
    }
}

/// Writes a message and a newline to stderr. The message is made safe to show
/// first (it may quote a file name or someone's label), and a stderr that cannot
/// be written (closed, or a full disk) is not an error: there is nowhere left to
/// say so.
pub fn say(message: &str) {
    let mut err = std::io::stderr().lock();
    let _ = writeln!(err, "{}", visible_lines(message));
}

/// Writes `text` to stdout.
pub fn print_out(text: &str) -> Result<()> {
    write_stdout(text.as_bytes())
}

/// Writes `value` as pretty JSON to stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let mut text = serde_json::to_vec_pretty(value).context(Op::EncodeJson)?;
    text.push(b'\n');
    write_stdout(&text)
}
