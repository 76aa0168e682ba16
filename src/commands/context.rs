//! What every command receives: the language, the question set, the data
//! directory, the output style, the clock and the id source, and the few things
//! commands share (loading attempts with their warnings, finding one by id,
//! delivering a file).

use crate::error::Failure;
use crate::error::Op;
use crate::i18n::{texts, Texts};
use crate::model::attempt::Attempt;
use crate::model::lang::Lang;
use crate::model::lookup::{by_prefix, Lookup};
use crate::model::plan::{candidates, PlanItem, Status, Target, MAX_OPEN};
use crate::model::profile::Profile;
use crate::model::record::GroupBy;
use crate::model::text::visible;
use crate::model::{leaders::Bundled, question_set::QuestionSet};
use crate::render::style::{wrap, Style};
use crate::store::fs::write_atomic;
use crate::store::DataDirIsFile;
use crate::store::{Skipped, Store, Stored, DATA_DIR_ENV};
use crate::term::output::{print_out, say, write_stdout};
use crate::term::plain::PlainPrompter;
use crate::term::prompt::Prompter;
use crate::term::signals::{on_interrupt, InterruptMessages};
use crate::term::terminal::TerminalPrompter;
use crate::workshop::read::{load, FileProblem, Loaded};
use anyhow::{bail, Context as _, Result};
use chrono::{DateTime, FixedOffset, NaiveDate};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// When to colour output.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColorChoice {
    Auto,
    Always,
    Never,
}

/// Options that apply to every command.
#[derive(Debug, Clone)]
pub struct Globals {
    pub lang: Lang,
    pub data_dir: Option<PathBuf>,
    pub questions: Option<PathBuf>,
    /// `--set`: which bundled set, when no `--questions` file is given.
    pub set: Bundled,
    pub color: ColorChoice,
    pub quiet: bool,
    /// `--plain` or `DIGIKOMP_PLAIN`.
    pub plain: bool,
}

impl Globals {
    /// Whether output is plain: asked for, or a dumb terminal (an editor's
    /// shell, a braille display's), which gets it as if asked.
    pub fn wants_plain(&self) -> bool {
        self.plain || std::env::var("TERM").is_ok_and(|t| t == "dumb")
    }

    /// Says `err` on stderr, in the user's language (and plain when output is).
    pub fn say_error(&self, err: &anyhow::Error) {
        let t = texts(self.lang);
        let line = format!("{}: {}", t.error_prefix(), t.describe(err));
        let style = Style {
            width: u16::MAX,
            color: false,
            plain: self.wants_plain(),
        };
        say(&style.say(&line, self.lang));
    }
}

/// How many skipped files are named one by one; the rest are counted.
const MAX_SKIPPED_SAID: usize = 20;

/// The clock and the id source, passed in so that tests are deterministic.
pub struct Sources {
    pub now: Box<dyn Fn() -> DateTime<FixedOffset>>,
    pub new_id: Box<dyn Fn() -> String>,
}

impl Sources {
    /// The real clock (local time with its offset) and random UUIDs.
    pub fn real() -> Self {
        Sources {
            now: Box::new(|| chrono::Local::now().fixed_offset()),
            new_id: Box::new(|| uuid::Uuid::new_v4().to_string()),
        }
    }

    /// The current time.
    pub fn now(&self) -> DateTime<FixedOffset> {
        (self.now)()
    }

    /// A new random id (a UUID).
    pub fn new_id(&self) -> String {
        (self.new_id)()
    }

    /// A new short id of `len` hexadecimal characters, for plan items and respondents.
    pub fn short_id(&self, len: usize) -> String {
        self.new_id()
            .chars()
            .filter(char::is_ascii_hexdigit)
            .take(len)
            .collect()
    }
}

/// The second a file was saved in, from its name (`20250301T101500Z-…`).
fn stamp(path: &Path) -> Option<&str> {
    path.file_name()?.to_str()?.get(..16)
}

/// Everything a command needs besides its own options.
pub struct Context {
    pub lang: Lang,
    pub set: QuestionSet,
    pub store: Store,
    /// Style of what goes to stdout.
    pub style: Style,
    /// Whether prompts on stderr may use colour.
    pub prompt_color: bool,
    /// `--quiet`: no messages on stderr but errors.
    pub quiet: bool,
    /// Where the question set came from, for `paths`.
    pub set_source: Option<PathBuf>,
    /// The bundled set chosen with `--set` (the set in use when no file is).
    pub bundled: Bundled,
    pub sources: Sources,
}

impl Context {
    /// Resolves the global options against the environment.
    pub fn new(globals: &Globals) -> Result<Self> {
        let set = match &globals.questions {
            None => globals.set.set(),
            Some(path) => load_set(path)?,
        };
        let env_dir = std::env::var_os(DATA_DIR_ENV).map(PathBuf::from);
        let store = Store::locate(globals.data_dir.clone(), env_dir)?;
        let no_color = std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        let wants = |is_tty: bool| match globals.color {
            ColorChoice::Always => true,
            ColorChoice::Never => false,
            ColorChoice::Auto => is_tty && !no_color,
        };
        let stdout_tty = std::io::stdout().is_terminal();
        let plain = globals.wants_plain();
        Ok(Context {
            lang: globals.lang,
            set,
            store,
            style: Style {
                width: output_width(stdout_tty),
                color: wants(stdout_tty) && !plain,
                plain,
            },
            prompt_color: wants(std::io::stderr().is_terminal()),
            quiet: globals.quiet,
            set_source: globals.questions.clone(),
            bundled: globals.set,
            sources: Sources::real(),
        })
    }

    /// The style with the terminal's width as it is now: a screen shown after
    /// a prompt (the result after `take`) fits a terminal resized meanwhile.
    pub fn style_now(&self) -> Style {
        Style {
            width: output_width(std::io::stdout().is_terminal()),
            ..self.style
        }
    }

    /// The texts in the user's language.
    pub fn texts(&self) -> &'static Texts {
        texts(self.lang)
    }

    /// Prints text (a screen, a table, a list) on stdout, as the style says it:
    /// in plain mode without the glyphs that only look like something.
    pub fn print(&self, text: &str) -> Result<()> {
        print_out(&self.style.say(text, self.lang))
    }

    /// Who asks the user a question: line by line in plain mode (answers may
    /// be piped in), else the terminal's prompts; `None` when stdin and stderr
    /// are not both a terminal and plain mode was not asked for.
    pub fn prompter(&self, messages: InterruptMessages) -> Option<Box<dyn Prompter>> {
        if self.style.plain {
            on_interrupt(messages);
            return Some(Box::new(PlainPrompter::new(
                std::io::stdin().lock(),
                std::io::stderr(),
                self.lang,
            )));
        }
        (std::io::stdin().is_terminal() && std::io::stderr().is_terminal()).then(|| {
            Box::new(TerminalPrompter::new(
                messages,
                self.lang,
                self.prompt_color,
            )) as Box<dyn Prompter>
        })
    }

    /// Prints a message on stderr, unless `--quiet`.
    pub fn say(&self, message: &str) {
        if self.quiet {
            return;
        }
        let message = &self.style.say(message, self.lang);
        // On a terminal, wrapped between words at its width like the output (a
        // path or an address longer than a line stays whole); into a file or a
        // pipe, one line per message, for grep and logs.
        if std::io::stderr().is_terminal() {
            say(&wrap(message, self.style.wrap_width(), "", ""));
        } else {
            say(message);
        }
    }

    /// Every readable attempt, oldest first. Files that cannot be used are reported
    /// once on stderr and skipped, so one bad file never hides the rest.
    pub fn attempts(&self) -> Result<Vec<Stored>> {
        let (stored, skipped) = self.store.load_attempts()?;
        Ok(self.usable(stored, skipped))
    }

    /// The attempt `results` shows: the latest, or the one whose id starts with
    /// `id`. Only the files that can hold it are read, so that it takes the same
    /// time at the 1,000th attempt as at the first; everything is read when the
    /// names do not tell (a file renamed by hand) or when none of them is usable.
    pub fn attempt(&self, id: Option<&str>) -> Result<Option<Stored>> {
        if let Some((stored, skipped)) = self.store.load_candidates(id)? {
            let usable = self.usable(stored, skipped);
            if let Some(found) = self.find(&usable, id).ok().flatten() {
                return Ok(Some(found.clone()));
            }
        }
        let all = self.attempts()?;
        Ok(self.find(&all, id)?.cloned())
    }

    /// `stored` without the attempts that cannot be scored, reporting them and the
    /// `skipped` files on stderr.
    fn usable(&self, stored: Vec<Stored>, skipped: Vec<Skipped>) -> Vec<Stored> {
        for s in skipped {
            let t = self.texts();
            self.say(&t.skipped_file(s.path.display(), t.skip_reason(&s.reason)));
        }
        // An answer off the set's scale cannot be scored (a hand-edited file).
        let scale = &self.set.scale;
        stored
            .into_iter()
            .filter(|s| {
                let off = s
                    .attempt
                    .answers_set(&self.set)
                    .then(|| s.attempt.answers.iter().find(|(_, v)| !scale.contains(**v)));
                match off.flatten() {
                    Some((code, v)) => {
                        let why = self.texts().off_scale(code, v, scale.min, scale.max);
                        self.say(&self.texts().skipped_file(s.path.display(), why));
                        false
                    }
                    None => true,
                }
            })
            .collect()
    }

    /// Says, when `others` attempts answered another set than the one in use,
    /// that they are not shown and how to choose theirs.
    pub fn say_other_sets(&self, others: usize) {
        if others > 0 {
            let flag = if self.set_source.is_some() {
                "--questions FILE".to_string()
            } else {
                format!("--set {}", self.bundled.other().name())
            };
            self.say(&self.texts().leaders_other_set_hidden(others, flag));
        }
    }

    /// The attempts that answered the set in use (any version), oldest first.
    pub fn attempts_of_set(&self) -> Result<Vec<Stored>> {
        Ok(self
            .attempts()?
            .into_iter()
            .filter(|s| s.attempt.answers_set(&self.set))
            .collect())
    }

    /// The first and the latest attempt of the set in use saved before the one
    /// at `current` (one attempt when they are the same, none for a first
    /// attempt), oldest first. Found by the times in the file names, reading
    /// from each end only until a usable one turns up, so that the result screen
    /// of the 1,000th attempt reads two files, not 1,000.
    pub fn first_and_previous(&self, current: &Path) -> Result<Vec<Stored>> {
        let Some(files) = self.store.attempt_files_by_name()? else {
            // Names renamed by hand: read everything.
            let mut all: Vec<Stored> = self
                .attempts_of_set()?
                .into_iter()
                .filter(|s| s.path != current)
                .collect();
            let previous = all.pop();
            let first = (!all.is_empty()).then(|| all.swap_remove(0));
            return Ok(first.into_iter().chain(previous).collect());
        };
        let earlier: Vec<PathBuf> = files.into_iter().filter(|p| p != current).collect();
        // Names sort by the second they were saved in; within one second, the
        // attempts' own times decide, as everywhere else. So a whole second's
        // files are read together.
        let seconds: Vec<&[PathBuf]> = earlier.chunk_by(|a, b| stamp(a) == stamp(b)).collect();
        let usable_in = |paths: &[PathBuf]| -> Vec<Stored> {
            let (stored, skipped) = self.store.read_attempts(paths.to_vec());
            self.usable(stored, skipped)
                .into_iter()
                .filter(|s| s.attempt.answers_set(&self.set))
                .collect()
        };
        let key = |s: &Stored| (s.attempt.finished_at, s.attempt.id.clone());
        let Some((at, first)) = seconds
            .iter()
            .enumerate()
            .find_map(|(i, paths)| usable_in(paths).into_iter().min_by_key(key).map(|s| (i, s)))
        else {
            return Ok(Vec::new());
        };
        let previous = seconds[at..].iter().rev().find_map(|paths| {
            usable_in(paths)
                .into_iter()
                .filter(|s| s.path != first.path)
                .max_by_key(key)
        });
        Ok(std::iter::once(first).chain(previous).collect())
    }

    /// The set to show an attempt with: the version it was answered with when that
    /// is a bundled one and the bundled set is in use (an attempt made with 1.0 is
    /// shown with 1.0's statements), else the set in use.
    pub fn set_for(&self, attempt: &Attempt) -> std::borrow::Cow<'_, QuestionSet> {
        let own = &attempt.question_set;
        if self.set_source.is_none()
            && self.bundled == Bundled::Staff
            && own.id == self.set.id
            && own.version != self.set.version
        {
            if let Some(set) = QuestionSet::bundled_version(&own.version) {
                return std::borrow::Cow::Owned(set);
            }
        }
        std::borrow::Cow::Borrowed(&self.set)
    }

    /// The profile, made on first use with a random respondent id that is
    /// derived from neither the user name nor the machine.
    pub fn profile(&self) -> Result<Profile> {
        self.store
            .load_or_create_profile(|| format!("r-{}", self.sources.short_id(12)))
            .map_err(|e| {
                // A data directory that is a file says so itself, and what to do.
                if e.is::<DataDirIsFile>() {
                    e
                } else {
                    e.context(self.texts().profile_unwritable(self.store.root().display()))
                }
            })
    }

    /// Other people's exports, for `workshop` and `analyze`: the files that
    /// could not be used are named on stderr; an error when nothing usable is
    /// left (or, with `strict`, when anything was skipped).
    pub fn load_exports(
        &self,
        inputs: &[PathBuf],
        strict: bool,
        by: Option<GroupBy>,
    ) -> Result<Loaded> {
        // A day's margin: the exporter's time zone may be ahead of ours.
        let latest = self.sources.now().date_naive() + chrono::Days::new(1);
        let t = self.texts();
        let describe = |p: &FileProblem| t.file_problem(p);
        let loaded = load(&self.set, inputs, latest, by, &describe);
        self.say_loaded(&loaded);
        loaded.check(inputs, strict)?;
        Ok(loaded)
    }

    /// Like [`Context::load_exports`], with the exports of `other` (the other
    /// bundled set: leaders' exports among the staff's) read with that set
    /// instead of skipped; `None` when there were none.
    pub fn load_exports_with(
        &self,
        inputs: &[PathBuf],
        strict: bool,
        by: Option<GroupBy>,
        other: &QuestionSet,
    ) -> Result<(Loaded, Option<Loaded>)> {
        let latest = self.sources.now().date_naive() + chrono::Days::new(1);
        let t = self.texts();
        let describe = |p: &FileProblem| t.file_problem(p);
        let mut loaded = load(&self.set, inputs, latest, by, &describe);
        let (theirs, bad): (Vec<_>, Vec<_>) = std::mem::take(&mut loaded.bad)
            .into_iter()
            .partition(|b| b.other_set.as_ref().is_some_and(|(_, id)| *id == other.id));
        loaded.bad = bad;
        if theirs.is_empty() {
            self.say_loaded(&loaded);
            loaded.check(inputs, strict)?;
            return Ok((loaded, None));
        }
        let paths: Vec<PathBuf> = theirs
            .into_iter()
            .filter_map(|b| b.other_set.map(|(p, _)| p))
            .collect();
        let mut second = load(other, &paths, latest, by, &describe);
        loaded.bad.append(&mut second.bad);
        loaded.left_out.append(&mut second.left_out);
        self.say_loaded(&loaded);
        if loaded.rows.is_empty() {
            // Only the other set's files: the report is theirs alone.
            second.bad = std::mem::take(&mut loaded.bad);
            second.check(inputs, strict)?;
            return Ok((loaded, Some(second)));
        }
        loaded.check(inputs, strict)?;
        Ok((loaded, (!second.rows.is_empty()).then_some(second)))
    }

    /// Names the files that were not used, and the records left out.
    fn say_loaded(&self, loaded: &Loaded) {
        let t = self.texts();
        // The first files each with why; then how many more, so that a folder of
        // thousands of stray files does not bury the report's messages.
        for b in loaded.bad.iter().take(MAX_SKIPPED_SAID) {
            self.say(&t.skipped_file(&b.file, &b.reason));
        }
        if loaded.bad.len() > MAX_SKIPPED_SAID {
            self.say(&t.skipped_more(loaded.bad.len() - MAX_SKIPPED_SAID));
        }
        for l in &loaded.left_out {
            self.say(&t.future_records_left_out(&l.file, l.records, l.date));
        }
    }

    /// A new open item of the action plan, measured from `baseline`.
    pub fn new_plan_item(
        &self,
        target: Target,
        goal: &str,
        due: Option<NaiveDate>,
        baseline: &Attempt,
    ) -> PlanItem {
        PlanItem {
            id: self.sources.short_id(8),
            target,
            goal: visible(goal.trim()).into_owned(),
            due,
            created_at: self.sources.now(),
            baseline_attempt: Some(baseline.id.clone()),
            status: Status::Open,
            closed_at: None,
            set: Some(self.set.id.clone()),
            owner: None,
            resources: None,
            success: None,
            follow_up: None,
        }
    }

    /// Adds an item under the store's lock, so that runs at the same time never
    /// lose one another's items; refused when the plan is already full.
    pub fn add_plan_item(&self, item: PlanItem) -> Result<()> {
        let t = self.texts();
        let id = item.id.clone();
        self.store.update_plans(|plans| {
            if plans.open_of(&self.set).count() >= MAX_OPEN {
                bail!("{}", t.plan_full(MAX_OPEN));
            }
            plans.items.push(item);
            Ok(())
        })?;
        self.say(&t.plan_added(id));
        Ok(())
    }

    /// Closes an item under the store's lock and returns its whole id; `None`
    /// when no open item has the id.
    pub fn close_plan_item(&self, id: &str) -> Result<Option<String>> {
        let now = self.sources.now();
        self.store.update_plans(|plans| Ok(plans.close(id, now)))
    }

    /// The statements and areas of `latest` that may become plan items, lowest
    /// first, without the ones an open item is already about.
    pub fn plan_candidates(&self, latest: &Attempt) -> Result<Vec<(Target, f64)>> {
        let plans = self.store.load_plans()?;
        let open: Vec<Target> = plans.open_of(&self.set).map(|i| i.target.clone()).collect();
        Ok(candidates(&self.set, latest)
            .into_iter()
            .filter(|(target, _)| !open.contains(target))
            .collect())
    }

    /// Says that there are no attempts yet, and how to make one.
    pub fn say_empty(&self) {
        self.say(
            &self
                .texts()
                .no_attempts(self.store.attempts_dir().display()),
        );
    }

    /// Finds an attempt by a prefix of its id, or the latest when `id` is `None`.
    pub fn find<'a>(&self, stored: &'a [Stored], id: Option<&str>) -> Result<Option<&'a Stored>> {
        let t = self.texts();
        let Some(id) = id else {
            return Ok(stored.last());
        };
        match by_prefix(stored, id, |s| &s.attempt.id) {
            Lookup::One(one) => Ok(Some(one)),
            Lookup::None => bail!("{}", t.unknown_attempt(id)),
            // Files that claim one id but differ (a hand-edited copy): the
            // latest is the attempt shown; `delete` removes them all.
            Lookup::Many(many) if many.iter().all(|s| s.attempt.id == many[0].attempt.id) => {
                Ok(many.last().copied())
            }
            Lookup::Many(many) => {
                let ids: Vec<&str> = many.iter().map(|s| s.attempt.id.as_str()).collect();
                bail!("{}", t.ambiguous_attempt(id, ids.join(", ")))
            }
        }
    }

    /// Writes a file to `-o FILE` (refusing to replace a file without `--force`)
    /// or to stdout.
    pub fn deliver(
        &self,
        bytes: &[u8],
        output: Option<&Path>,
        force: bool,
        binary: bool,
    ) -> Result<()> {
        match output {
            Some(path) if path.as_os_str() != "-" => {
                // Without following a link: a link (even a dangling one), a device or
                // a FIFO is never replaced, and --force replaces only a regular file.
                if let Ok(meta) = std::fs::symlink_metadata(path) {
                    if meta.is_dir() {
                        let said = self.texts().output_is_folder(path.display());
                        return Err(Failure::Usage(said).into());
                    }
                    if !meta.file_type().is_file() {
                        return Err(Failure::Usage(
                            self.texts().not_a_regular_file(path.display()),
                        )
                        .into());
                    }
                    if !force {
                        return Err(
                            Failure::Usage(self.texts().output_exists(path.display())).into()
                        );
                    }
                }
                write_atomic(path, bytes, true)?;
                self.say(&self.texts().wrote_file(path.display()));
                Ok(())
            }
            _ => {
                if binary && std::io::stdout().is_terminal() {
                    return Err(Failure::Usage(self.texts().xlsx_needs_file().into()).into());
                }
                write_stdout(bytes)
            }
        }
    }
}

/// The largest question set read: the bundled set, two languages with resources,
/// is 23 KB; ten times that leaves room for any real set while a hostile one is
/// refused before the TOML parser spends more than a few tens of milliseconds.
const MAX_SET_BYTES: u64 = 256 * 1024;

/// Reads a question set from a file, naming the file in every error.
pub fn load_set(path: &Path) -> Result<QuestionSet> {
    let text = read_set_text(path)?;
    Ok(QuestionSet::parse(&text, &path.display().to_string())?)
}

/// The text of a question-set file: a bounded read of a regular UTF-8 file.
pub fn read_set_text(path: &Path) -> Result<String> {
    let bytes = crate::store::fs::read_bounded(path, MAX_SET_BYTES)
        .with_context(|| Op::QuestionSet(path.to_path_buf()))?;
    String::from_utf8(bytes).with_context(|| Op::QuestionSetNotUtf8(path.to_path_buf()))
}

/// The width tables are laid out for: `COLUMNS`, else the terminal's, else 80.
fn output_width(stdout_tty: bool) -> u16 {
    // COLUMNS first (a script's or a test's choice), then the terminal stdout
    // is, then the one stderr is (output piped into a pager or grep is still
    // read on that terminal), then 80.
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok());
    let terminal = || {
        let term = if stdout_tty {
            dialoguer::console::Term::stdout()
        } else {
            dialoguer::console::Term::stderr()
        };
        term.size_checked().map(|(_, w)| w)
    };
    from_env.or_else(terminal).unwrap_or(80).clamp(40, 160)
}
