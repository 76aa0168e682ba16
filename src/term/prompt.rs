//! What the test flow asks of whoever talks to the user: the [`Prompter`] trait
//! and the screens it shows. The terminal and the plain line mode implement it;
//! tests implement it with a script.

pub use crate::model::attempt::Given;
use anyhow::Result;

/// What the user did on a statement screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RateAction {
    Answer(Given),
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

/// Where `b` (Backspace in the terminal) leads from a statement, so that each
/// prompter offers the key only where it works and says where it goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Back {
    /// The first statement: there is nothing before it.
    Nowhere,
    /// The statement before this one.
    Previous,
    /// The review list, when the statement was opened from it.
    Review,
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
    /// The set's answer that is not a point ("Ingår inte i mitt arbete"), given
    /// with `x`, when the set has one.
    pub abstain: Option<String>,
    /// The answer given before, preselected; `None` starts with nothing selected,
    /// so that Enter alone never records an answer.
    pub current: Option<Given>,
    pub back: Back,
}

impl RateScreen {
    /// Whether `b` (or Backspace) does anything here.
    pub fn can_go_back(&self) -> bool {
        self.back != Back::Nowhere
    }
}

/// The review screen: one line per statement plus the two ways out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewScreen {
    pub title: String,
    /// Where the cursor starts: 0 is "save", `i + 1` is statement `i`.
    pub cursor: usize,
    pub save: String,
    /// One row per statement, in the set's order; each prompter puts it in words.
    pub items: Vec<ReviewRow>,
    pub quit: String,
    /// The statement just opened from this list, if any: a line-based prompter
    /// reads back only its row instead of the whole list again.
    pub edited: Option<usize>,
}

/// A statement on the review list: its short title and the answer, if any.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReviewRow {
    pub title: String,
    pub answer: Option<Given>,
}

/// A line of text to ask for.
pub struct Ask<'a> {
    /// What to ask, with the keys that work there.
    pub prompt: &'a str,
    /// What `?` says.
    pub help: &'a str,
    /// Why a line is refused, in the user's language; `None` accepts it. An
    /// empty line is always accepted: it means "none".
    pub check: &'a mut dyn FnMut(&str) -> Option<String>,
}

/// The questions the test flow asks. Every method may fail with
/// [`crate::error::Failure::Interrupted`] when the user presses Ctrl-C.
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
    /// Reads a line of text that `ask.check` accepts, trimmed; empty when the
    /// user gives none. `?` shows `ask.help` and asks again.
    fn input(&mut self, ask: &mut Ask<'_>) -> Result<String>;
    /// Asks whether to start the test. A line-based prompter does not ask, so that
    /// answers piped in line by line are not taken for the reply.
    fn confirm_start(&mut self, question: &str) -> Result<bool> {
        self.confirm(question, true)
    }
}
