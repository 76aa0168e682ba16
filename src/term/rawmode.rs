//! Saving, restoring and raw mode of the terminal keys are read from, so that a
//! key typed while a screen is redrawn is not echoed and a signal that arrives
//! meanwhile does not leave the user's shell raw.

/// The terminal's mode as it was before digikomp changed it.
#[cfg(unix)]
pub type Saved = rustix::termios::Termios;

/// The terminal's mode, read from stdin (the terminal keys are read from).
#[cfg(unix)]
pub fn save() -> Option<Saved> {
    rustix::termios::tcgetattr(std::io::stdin()).ok()
}

/// Puts back a mode saved by [`save`].
#[cfg(unix)]
pub fn restore(saved: Option<&Saved>) {
    if let Some(saved) = saved {
        let _ = rustix::termios::tcsetattr(
            std::io::stdin(),
            rustix::termios::OptionalActions::Now,
            saved,
        );
    }
}

/// Raw input (no echo, no line editing, no signals from keys) until dropped,
/// with output processing kept so that newlines still return the carriage.
pub struct RawMode(Option<Saved>);

impl RawMode {
    /// Enters raw mode; does nothing when stdin is not a terminal.
    #[cfg(unix)]
    pub fn enter() -> Self {
        let saved = save();
        if let Some(original) = &saved {
            let mut raw = original.clone();
            raw.make_raw();
            raw.output_modes = original.output_modes;
            let _ = rustix::termios::tcsetattr(
                std::io::stdin(),
                rustix::termios::OptionalActions::Drain,
                &raw,
            );
        }
        RawMode(saved)
    }

    /// Windows consoles are put in raw mode by each read; nothing to do here.
    #[cfg(not(unix))]
    pub fn enter() -> Self {
        RawMode(None)
    }
}

impl Drop for RawMode {
    fn drop(&mut self) {
        restore(self.0.as_ref());
    }
}

/// Whether a key is waiting on stdin, waiting at most `millis` for one: the
/// screens redraw themselves when the terminal is resized meanwhile.
#[cfg(unix)]
pub fn key_waiting(millis: i32) -> bool {
    let mut fds = [libc::pollfd {
        fd: libc::STDIN_FILENO,
        events: libc::POLLIN,
        revents: 0,
    }];
    // SAFETY: one valid pollfd, its count given; poll writes only its revents.
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), 1, millis) };
    // An error (EINTR from a signal) returns to the caller, who reads the key
    // or sees the signal; a timeout says no.
    ready != 0
}

/// Windows reads block: a key is always "waiting" (a resize shows on the next key).
#[cfg(not(unix))]
pub fn key_waiting(_millis: i32) -> bool {
    true
}

/// Nothing is saved on Windows: see [`RawMode::enter`].
#[cfg(not(unix))]
pub type Saved = ();

/// See the Unix version.
#[cfg(not(unix))]
pub fn save() -> Option<Saved> {
    None
}

/// See the Unix version.
#[cfg(not(unix))]
pub fn restore(_saved: Option<&Saved>) {}
