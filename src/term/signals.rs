//! Ending on Ctrl-C, SIGTERM or SIGHUP while a prompt owns the terminal: restore
//! the terminal, say where the answers are, then end the way the signal asks, so
//! that the parent shell sees how the process ended.
//!
//! The flow saves a draft after every answer, so ending from here loses nothing.

use crate::render::style::wrap;
use crate::term::rawmode;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// What to print when a signal ends the test: which message depends on whether a
/// draft was saved by then.
#[derive(Debug, Clone)]
pub struct InterruptMessages {
    /// The draft file whose existence picks `kept` over `nothing`.
    pub draft: Option<PathBuf>,
    pub kept: String,
    pub nothing: String,
}

/// SIGINT's number, used for Ctrl-C read as a key (no signal is sent then).
pub const SIGINT: i32 = 2;

/// Set once per process by [`on_interrupt`], read when the process ends.
static ON_INTERRUPT: OnceLock<(Option<rawmode::Saved>, InterruptMessages)> = OnceLock::new();
/// Makes the signal thread and the main thread agree on who prints and ends.
static EXITING: Mutex<()> = Mutex::new(());

/// Installs the handler that restores the terminal and ends the process on SIGINT,
/// SIGTERM or SIGHUP, printing `messages`. Every interactive prompter calls it.
pub fn on_interrupt(messages: InterruptMessages) {
    let _ = ON_INTERRUPT.set((rawmode::save(), messages));
    install();
}

/// Restores the terminal, says where the answers are, and ends the process as
/// `signal` would have: by the signal itself where it can be raised again (the
/// shell then reports 128 + its number: 130, 143, 129), else with that exit code.
/// The first caller wins; another one waits for the end.
pub fn exit_interrupted(signal: i32) -> ! {
    let _guard = EXITING.lock();
    let mut err = io::stderr();
    let _ = write!(err, "\x1b[?25h");
    if let Some((saved, messages)) = ON_INTERRUPT.get() {
        rawmode::restore(saved.as_ref());
        let message = if messages.draft.as_ref().is_some_and(|d| d.exists()) {
            &messages.kept
        } else {
            &messages.nothing
        };
        // Wrapped between words at the terminal's width, like every message.
        let width = dialoguer::console::Term::stderr()
            .size_checked()
            .map_or(80, |(_, w)| usize::from(w).max(20));
        let _ = write!(err, "\n{}\n", wrap(message, width, "", ""));
    }
    let _ = err.flush();
    reraise(signal);
    std::process::exit(128 + signal);
}

/// The signal that has arrived, if one has: set inside the handler itself, so that
/// a thread whose system call the signal broke sees it before the call returns.
#[cfg(unix)]
static ARRIVED: OnceLock<std::sync::Arc<std::sync::atomic::AtomicUsize>> = OnceLock::new();

/// The number of the signal that has arrived, if any.
#[cfg(unix)]
pub fn arrived() -> Option<i32> {
    ARRIVED
        .get()
        .map(|f| f.load(std::sync::atomic::Ordering::SeqCst))
        .filter(|&n| n != 0)
        .and_then(|n| i32::try_from(n).ok())
}

/// See the Unix version: Windows reports Ctrl-C through its handler only.
#[cfg(not(unix))]
pub fn arrived() -> Option<i32> {
    None
}

/// Routes the signals to [`exit_interrupted`] from a thread of their own, so that
/// the main thread may be blocked reading a key.
#[cfg(unix)]
fn install() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let flag = ARRIVED.get_or_init(std::sync::Arc::default);
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            let number = usize::try_from(signal).unwrap_or(0);
            let _ = signal_hook::flag::register_usize(signal, std::sync::Arc::clone(flag), number);
        }
        if let Ok(mut signals) = signal_hook::iterator::Signals::new([SIGINT, SIGTERM, SIGHUP]) {
            std::thread::spawn(move || {
                if let Some(signal) = signals.forever().next() {
                    exit_interrupted(signal);
                }
            });
        }
    });
}

#[cfg(not(unix))]
fn install() {
    let _ = ctrlc::set_handler(|| exit_interrupted(SIGINT));
}

/// Ends the process by `signal` with its default action.
#[cfg(unix)]
fn reraise(signal: i32) {
    let _ = signal_hook::low_level::emulate_default_handler(signal);
}

/// Windows has no signals to raise again: the exit code says it.
#[cfg(not(unix))]
fn reraise(_signal: i32) {}
