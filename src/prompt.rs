//! Interactive prompting: the only module that touches dialoguer and the terminal.
//!
//! The test flow talks to a [`Prompter`]; [`TerminalPrompter`] implements it with
//! dialoguer and a one-line rating widget, and tests implement it with a script.

use crate::error::Failure;
use crate::lang::Lang;
use crate::texts::texts;
use anyhow::Result;
use dialoguer::console::{Key, Term};
use dialoguer::theme::ColorfulTheme;
use dialoguer::Select;
use std::io::{self, Write};
use std::path::PathBuf;
use std::sync::{Mutex, OnceLock};

/// What the user did on a statement screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateAction {
    Answer(u8),
    Back,
    Quit,
}

/// What the user chose on the review screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReviewAction {
    Save,
    /// Change the statement at this index of the set.
    Change(usize),
    Quit,
}

/// Everything one statement screen shows, already in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RateScreen {
    pub area_heading: String,
    pub progress: String,
    pub text: String,
    pub min: u8,
    pub max: u8,
    pub min_label: String,
    pub max_label: String,
    /// The answer given before, preselected.
    pub current: Option<u8>,
    pub can_go_back: bool,
    pub hint: String,
}

/// The review screen: one line per statement plus the two ways out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewScreen {
    pub title: String,
    /// Where the cursor starts: 0 is "save", `i + 1` is statement `i`.
    pub cursor: usize,
    pub save: String,
    pub items: Vec<String>,
    pub quit: String,
}

/// The questions the test flow asks. Every method may fail with
/// [`Failure::Interrupted`] when the user presses Ctrl-C.
pub trait Prompter {
    /// Shows a block of text (the welcome).
    fn say(&mut self, text: &str) -> Result<()>;
    /// Asks a yes/no question.
    fn confirm(&mut self, question: &str, default: bool) -> Result<bool>;
    /// Shows one statement and reads a rating.
    fn rate(&mut self, screen: &RateScreen) -> Result<RateAction>;
    /// Shows the review list and reads a choice.
    fn review(&mut self, screen: &ReviewScreen) -> Result<ReviewAction>;
    /// Picks one of `items`; `None` means skip.
    fn choose(&mut self, prompt: &str, items: &[String]) -> Result<Option<usize>>;
    /// Reads a line of text; empty when the user gives none.
    fn input(&mut self, prompt: &str) -> Result<String>;
    /// Asks whether to start the test. A line-based prompter does not ask, so that
    /// answers piped in line by line are not taken for the reply.
    fn confirm_start(&mut self, question: &str) -> Result<bool> {
        self.confirm(question, true)
    }
}

/// The real terminal, on stderr, so that stdout carries only the result.
pub struct TerminalPrompter {
    term: Term,
    theme: ColorfulTheme,
    color: bool,
    lang: Lang,
}

/// What to print when a signal ends the test: which message depends on whether a
/// draft was saved by then.
#[derive(Debug, Clone)]
pub struct InterruptMessages {
    /// The draft file whose existence picks `kept` over `nothing`.
    pub draft: Option<PathBuf>,
    pub kept: String,
    pub nothing: String,
}

/// Installs the handler that restores the terminal and exits on SIGINT, SIGTERM or
/// SIGHUP, printing `messages`. Every interactive prompter calls it.
pub fn on_interrupt(messages: InterruptMessages) {
    let _ = ON_INTERRUPT.set((terminal_state::save(), messages));
    install_signal_thread();
}

/// Set once per process by [`on_interrupt`], read by the signal handler.
static ON_INTERRUPT: OnceLock<(Option<terminal_state::State>, InterruptMessages)> = OnceLock::new();
/// Makes the handler thread and the main thread agree on who prints and exits.
static EXITING: Mutex<()> = Mutex::new(());

/// Restores the terminal, says where the answers are, and exits with 128 + the
/// signal's number (130 for Ctrl-C, 143 for SIGTERM, 129 for SIGHUP). Called by the
/// signal thread and by the main thread when a prompt reports Ctrl-C; the first
/// caller wins and the other waits for the exit.
fn exit_interrupted(signal: i32) -> ! {
    let _guard = EXITING.lock();
    let mut err = io::stderr();
    let _ = write!(err, "\x1b[?25h");
    if let Some((saved, messages)) = ON_INTERRUPT.get() {
        terminal_state::restore(saved.as_ref());
        let message = if messages.draft.as_ref().is_some_and(|d| d.exists()) {
            &messages.kept
        } else {
            &messages.nothing
        };
        let _ = write!(err, "\n{message}\n");
    }
    let _ = err.flush();
    std::process::exit(128 + signal);
}

/// SIGINT's number, used for Ctrl-C read as a key.
const SIGINT: i32 = 2;

/// Routes SIGINT, SIGTERM and SIGHUP to [`exit_interrupted`] from a thread of
/// their own, so that the main thread may be blocked reading a key.
/// Set inside the signal handler itself (async-signal-safe), so that a thread whose
/// system call the signal broke sees it before the call returns.
#[cfg(unix)]
static SIGNALLED: OnceLock<std::sync::Arc<std::sync::atomic::AtomicBool>> = OnceLock::new();

#[cfg(unix)]
fn signal_arrived() -> bool {
    SIGNALLED
        .get()
        .is_some_and(|f| f.load(std::sync::atomic::Ordering::SeqCst))
}

#[cfg(not(unix))]
fn signal_arrived() -> bool {
    false
}

#[cfg(unix)]
fn install_signal_thread() {
    use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
    static INSTALLED: OnceLock<()> = OnceLock::new();
    INSTALLED.get_or_init(|| {
        let flag = SIGNALLED.get_or_init(std::sync::Arc::default);
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            let _ = signal_hook::flag::register(signal, std::sync::Arc::clone(flag));
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
fn install_signal_thread() {
    let _ = ctrlc::set_handler(|| exit_interrupted(SIGINT));
}

impl TerminalPrompter {
    /// A prompter on stderr. Installs a handler so that Ctrl-C, SIGTERM or SIGHUP
    /// outside the rating widget still restores the terminal before exiting with
    /// 128 + the signal number.
    /// The flow saves a draft after every answer, so exiting from the handler loses
    /// nothing.
    pub fn new(messages: InterruptMessages, lang: Lang, color: bool) -> Self {
        on_interrupt(messages);
        // The theme's colours follow --color and NO_COLOR, as everything else does.
        dialoguer::console::set_colors_enabled_stderr(color);
        TerminalPrompter {
            term: Term::stderr(),
            theme: ColorfulTheme::default(),
            color,
            lang,
        }
    }

    fn width(&self) -> usize {
        usize::from(self.term.size().1).clamp(30, 100)
    }
}

/// Shows the cursor again however the widget is left.
struct CursorGuard<'a>(&'a Term);

impl Drop for CursorGuard<'_> {
    fn drop(&mut self) {
        let _ = self.0.show_cursor();
    }
}

fn map_dialoguer(err: dialoguer::Error) -> anyhow::Error {
    match err {
        // console has raised SIGINT, so the handler is exiting too: join it.
        dialoguer::Error::IO(e) if e.kind() == io::ErrorKind::Interrupted => {
            exit_interrupted(SIGINT)
        }
        dialoguer::Error::IO(e) => anyhow::Error::new(e).context("could not talk to the terminal"),
    }
}

impl Prompter for TerminalPrompter {
    fn say(&mut self, text: &str) -> Result<()> {
        let wrapped = textwrap::fill(text, self.width());
        self.term.write_line(&wrapped)?;
        Ok(())
    }

    fn confirm(&mut self, question: &str, default: bool) -> Result<bool> {
        // A two-item Select rather than dialoguer's Confirm, whose y/n keys and
        // "yes"/"no" echo cannot be translated.
        let t = texts(self.lang);
        let wrapped = textwrap::fill(question, self.width().saturating_sub(4));
        let _guard = CursorGuard(&self.term);
        let choice = Select::with_theme(&self.theme)
            .with_prompt(wrapped)
            .items([t.yes, t.no])
            .default(usize::from(!default))
            .interact_on(&self.term)
            .map_err(map_dialoguer)?;
        Ok(choice == 0)
    }

    fn rate(&mut self, screen: &RateScreen) -> Result<RateAction> {
        let width = self.width();
        let mut selected = screen
            .current
            .unwrap_or(screen.min + (screen.max - screen.min) / 2);
        self.term.hide_cursor()?;
        let _guard = CursorGuard(&self.term);
        // Raw for the whole screen, not just during each read: a key typed while the
        // screen is redrawn would otherwise meet the line discipline, which echoes it
        // or, for Backspace, swallows it.
        let _raw = terminal_state::RawMode::enter();
        loop {
            let block = rate_block(screen, selected, width, self.color);
            let lines = block.lines().count();
            self.term.write_str(&block)?;
            let key = self.term.read_key_raw();
            self.term.clear_last_lines(lines)?;
            let action = match key {
                // console reports a signal that broke the wait for a key (EINTR) as
                // Ctrl-C too. Then the signal thread is exiting with that signal's
                // code: give it the time to, rather than exit with Ctrl-C's.
                Ok(Key::CtrlC) | Err(_) if signal_arrived() => {
                    std::thread::sleep(std::time::Duration::from_secs(2));
                    return Err(Failure::Interrupted.into());
                }
                Ok(Key::CtrlC) => return Err(Failure::Interrupted.into()),
                Err(e) if e.kind() == io::ErrorKind::Interrupted => {
                    return Err(Failure::Interrupted.into())
                }
                Err(e) => return Err(anyhow::Error::new(e).context("could not read a key")),
                Ok(key) => key_action(&key, screen, &mut selected),
            };
            if let Some(action) = action {
                return Ok(action);
            }
        }
    }

    fn review(&mut self, screen: &ReviewScreen) -> Result<ReviewAction> {
        let width = self.width().saturating_sub(6);
        let mut items = vec![screen.save.clone()];
        items.extend(screen.items.iter().map(|i| truncate(i, width)));
        items.push(screen.quit.clone());
        let _guard = CursorGuard(&self.term);
        let choice = Select::with_theme(&self.theme)
            .with_prompt(&screen.title)
            .items(&items)
            .default(screen.cursor.min(items.len() - 1))
            .report(false)
            .max_length(12)
            .interact_on_opt(&self.term)
            .map_err(map_dialoguer)?;
        Ok(match choice {
            Some(0) => ReviewAction::Save,
            Some(i) if i <= screen.items.len() => ReviewAction::Change(i - 1),
            _ => ReviewAction::Quit,
        })
    }

    fn choose(&mut self, prompt: &str, items: &[String]) -> Result<Option<usize>> {
        let width = self.width().saturating_sub(6);
        let shown: Vec<String> = items.iter().map(|i| truncate(i, width)).collect();
        let _guard = CursorGuard(&self.term);
        Select::with_theme(&self.theme)
            .with_prompt(prompt)
            .items(&shown)
            .default(0)
            .max_length(10)
            .interact_on_opt(&self.term)
            .map_err(map_dialoguer)
    }

    fn input(&mut self, prompt: &str) -> Result<String> {
        let _guard = CursorGuard(&self.term);
        dialoguer::Input::<String>::with_theme(&self.theme)
            .with_prompt(prompt)
            .allow_empty(true)
            .interact_text_on(&self.term)
            .map(|s| s.trim().to_string())
            .map_err(map_dialoguer)
    }
}

/// What a key does on the rating widget; `None` means keep reading.
fn key_action(key: &Key, screen: &RateScreen, selected: &mut u8) -> Option<RateAction> {
    match key {
        Key::Char(c) if c.is_ascii_digit() => {
            let value = u8::try_from(c.to_digit(10).unwrap_or(0)).unwrap_or(0);
            // On a ten-point scale, 0 stands for 10.
            let value = if value == 0 && screen.max == 10 {
                10
            } else {
                value
            };
            (screen.min..=screen.max)
                .contains(&value)
                .then_some(RateAction::Answer(value))
        }
        Key::ArrowLeft | Key::Char('h') => {
            *selected = selected.saturating_sub(1).max(screen.min);
            None
        }
        Key::ArrowRight | Key::Char('l') => {
            *selected = (*selected + 1).min(screen.max);
            None
        }
        Key::Enter | Key::Char(' ') => Some(RateAction::Answer(*selected)),
        Key::Backspace | Key::ArrowUp | Key::Char('b') if screen.can_go_back => {
            Some(RateAction::Back)
        }
        Key::Escape | Key::Char('q') => Some(RateAction::Quit),
        _ => None,
    }
}

/// The text of one statement screen with `selected` highlighted in brackets, so the
/// selection is visible without colour too.
pub fn rate_block(screen: &RateScreen, selected: u8, width: usize, color: bool) -> String {
    let paint = |code: &str, text: &str| {
        if color {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    };
    let mut out = String::new();
    out.push_str(&format!("{}\n", paint("1", &screen.area_heading)));
    out.push_str(&format!("{}\n\n", screen.progress));
    let body = textwrap::Options::new(width)
        .initial_indent("  ")
        .subsequent_indent("  ");
    for line in textwrap::wrap(&screen.text, body) {
        out.push_str(&line);
        out.push('\n');
    }
    out.push('\n');
    let scale: String = (screen.min..=screen.max)
        .map(|v| {
            if v == selected {
                paint("7", &format!("[{v}]"))
            } else {
                format!(" {v} ")
            }
        })
        .collect();
    let plain_len = usize::from(screen.max - screen.min + 1) * 3;
    let one_line =
        2 + screen.min_label.chars().count() + 2 + plain_len + 2 + screen.max_label.chars().count();
    if one_line <= width {
        out.push_str(&format!(
            "  {}  {scale}  {}\n",
            screen.min_label, screen.max_label
        ));
    } else {
        out.push_str(&format!("  {scale}\n"));
        out.push_str(&format!(
            "  {} = {}, {} = {}\n",
            screen.min, screen.min_label, screen.max, screen.max_label
        ));
    }
    let hint = truncate(&screen.hint, width.saturating_sub(2));
    out.push_str(&format!("  {}\n", paint("2", &hint)));
    out
}

fn truncate(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        text.to_string()
    } else {
        let mut s: String = text.chars().take(width.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}

/// Saving and restoring the terminal mode, so a signal that arrives while a key is
/// being read in raw mode does not leave the user's shell raw.
#[cfg(unix)]
mod terminal_state {
    pub type State = libc::termios;

    /// The terminal's mode, read from stdin (the terminal keys are read from).
    pub fn save() -> Option<State> {
        let mut state = std::mem::MaybeUninit::<libc::termios>::uninit();
        // SAFETY: tcgetattr writes a whole termios into the pointer on success, and
        // we only read it when it reports success.
        let ok = unsafe { libc::tcgetattr(libc::STDIN_FILENO, state.as_mut_ptr()) } == 0;
        // SAFETY: initialised by the successful call above.
        ok.then(|| unsafe { state.assume_init() })
    }

    pub fn restore(state: Option<&State>) {
        if let Some(state) = state {
            // SAFETY: `state` is a termios that tcgetattr filled in.
            unsafe {
                libc::tcsetattr(libc::STDIN_FILENO, libc::TCSANOW, state);
            }
        }
    }

    /// Raw input (no echo, no line editing, no signals from keys) until dropped,
    /// with output processing kept so that newlines still return the carriage.
    pub struct RawMode(Option<State>);

    impl RawMode {
        pub fn enter() -> Self {
            let saved = save();
            if let Some(original) = saved {
                let mut raw = original;
                // SAFETY: `raw` is a valid termios copied from the terminal.
                unsafe {
                    libc::cfmakeraw(&raw mut raw);
                }
                raw.c_oflag = original.c_oflag;
                // SAFETY: `raw` is a valid termios.
                unsafe {
                    libc::tcsetattr(libc::STDIN_FILENO, libc::TCSADRAIN, &raw const raw);
                }
            }
            RawMode(saved)
        }
    }

    impl Drop for RawMode {
        fn drop(&mut self) {
            restore(self.0.as_ref());
        }
    }
}

#[cfg(not(unix))]
mod terminal_state {
    pub type State = ();

    pub fn save() -> Option<State> {
        None
    }

    pub fn restore(_state: Option<&State>) {}

    /// Windows consoles are put in raw mode by each read; nothing to do here.
    pub struct RawMode;

    impl RawMode {
        pub fn enter() -> Self {
            RawMode
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen() -> RateScreen {
        RateScreen {
            area_heading: "Område 1".into(),
            progress: "Påstående 1 av 24".into(),
            text: "Jag kan".into(),
            min: 1,
            max: 7,
            min_label: "Mycket osäker".into(),
            max_label: "Mycket säker".into(),
            current: None,
            can_go_back: false,
            hint: "hint".into(),
        }
    }

    #[test]
    fn keys_map_to_actions() {
        let s = screen();
        let mut sel = 4;
        assert_eq!(
            key_action(&Key::Char('6'), &s, &mut sel),
            Some(RateAction::Answer(6))
        );
        assert_eq!(key_action(&Key::Char('8'), &s, &mut sel), None);
        assert_eq!(key_action(&Key::Char('0'), &s, &mut sel), None);
        assert_eq!(key_action(&Key::ArrowRight, &s, &mut sel), None);
        assert_eq!(sel, 5);
        assert_eq!(
            key_action(&Key::Enter, &s, &mut sel),
            Some(RateAction::Answer(5))
        );
        sel = 1;
        key_action(&Key::ArrowLeft, &s, &mut sel);
        assert_eq!(sel, 1, "stays on the scale");
        assert_eq!(
            key_action(&Key::Backspace, &s, &mut sel),
            None,
            "nothing before the first"
        );
        let back = RateScreen {
            can_go_back: true,
            ..s.clone()
        };
        assert_eq!(
            key_action(&Key::Backspace, &back, &mut sel),
            Some(RateAction::Back)
        );
        assert_eq!(
            key_action(&Key::Char('q'), &s, &mut sel),
            Some(RateAction::Quit)
        );
    }

    #[test]
    fn block_shows_labels_and_the_selection() {
        let block = rate_block(&screen(), 4, 80, false);
        assert!(block.contains("Påstående 1 av 24"));
        assert!(block.contains("Mycket osäker"));
        assert!(block.contains("[4]"));
        assert!(block.contains(" 3 "));
        let narrow = rate_block(&screen(), 4, 40, false);
        assert!(
            narrow.contains("1 = Mycket osäker, 7 = Mycket säker"),
            "{narrow}"
        );
    }
}
