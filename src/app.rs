//! Running a parsed command: resolving the global options (data directory, question
//! set, colour, width) and dispatching to the command's module.

use crate::attempt::{score, Attempt, Score};
use crate::error::Failure;
use crate::exchange::{self, ExportOptions, ProfileOptions, WorkshopOptions};
use crate::history;
use crate::lang::Lang;
use crate::plain::PlainPrompter;
use crate::planning;
use crate::progress::Window;
use crate::prompt::{InterruptMessages, Prompter, TerminalPrompter};
use crate::questions::QuestionSet;
use crate::render::{self, Style};
use crate::storage::{Store, DATA_DIR_ENV};
use crate::take::{self, Outcome, TakeOptions};
use crate::texts::{fill, texts};
use anyhow::{Context, Result};
use serde::Serialize;
use std::io::{IsTerminal, Write};
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
    pub color: ColorChoice,
    pub quiet: bool,
}

/// Options of `questions`.
#[derive(Debug, Clone)]
pub struct QuestionsOptions {
    pub json: bool,
    /// Check this file instead of listing the set.
    pub check: Option<PathBuf>,
}

/// What the user asked for.
#[derive(Debug, Clone)]
pub enum Action {
    Take {
        options: TakeOptions,
        json: bool,
    },
    Questions(QuestionsOptions),
    History {
        json: bool,
    },
    Results {
        id: Option<String>,
        json: bool,
    },
    Progress(ProgressOptions),
    Delete(DeleteOptions),
    Profile(ProfileOptions),
    Export(ExportOptions),
    Workshop(WorkshopOptions),
    Paths {
        json: bool,
    },
    Plan(planning::PlanShowOptions),
    PlanAdd(planning::PlanAddOptions),
    PlanClose(String),
    /// Bytes made by the command line itself (completions, man page).
    Emit(Vec<u8>),
}

/// Options of `progress`.
#[derive(Debug, Clone)]
pub struct ProgressOptions {
    pub window: Window,
    pub by_statement: bool,
    pub json: bool,
}

/// Options of `delete`: one attempt by id, or everything.
#[derive(Debug, Clone)]
pub struct DeleteOptions {
    pub id: Option<String>,
    pub all: bool,
    pub yes: bool,
}

/// Everything a command needs besides its own options.
pub struct Ctx {
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
}

impl Ctx {
    /// Resolves the global options against the environment.
    pub fn new(globals: &Globals) -> Result<Self> {
        let set = match &globals.questions {
            None => QuestionSet::bundled(),
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
        Ok(Ctx {
            lang: globals.lang,
            set,
            store,
            style: Style {
                width: output_width(stdout_tty),
                color: wants(stdout_tty),
            },
            prompt_color: wants(std::io::stderr().is_terminal()),
            quiet: globals.quiet,
            set_source: globals.questions.clone(),
        })
    }

    /// Prints a message on stderr, unless `--quiet`.
    pub fn say(&self, message: &str) {
        if !self.quiet {
            eprintln!("{message}");
        }
    }
}

/// Reads a question set from a file, naming the file in every error.
pub fn load_set(path: &Path) -> Result<QuestionSet> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the question set {}", path.display()))?;
    Ok(QuestionSet::parse(&text, &path.display().to_string())?)
}

/// The width tables are laid out for: the terminal's, else `COLUMNS`, else 80.
fn output_width(stdout_tty: bool) -> u16 {
    let from_env = std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<u16>().ok());
    let detected = if stdout_tty {
        terminal_size::terminal_size().map(|(w, _)| w.0)
    } else {
        None
    };
    detected.or(from_env).unwrap_or(80).clamp(40, 160)
}

/// Runs one command.
pub fn run(globals: &Globals, action: Action) -> Result<()> {
    if let Action::Emit(bytes) = &action {
        return crate::export::to_stdout(bytes);
    }
    if let Action::Questions(QuestionsOptions {
        check: Some(path), ..
    }) = &action
    {
        return check_set(path);
    }
    let ctx = Ctx::new(globals)?;
    match action {
        Action::Take { options, json } => run_take(&ctx, &options, json),
        Action::Questions(opts) => run_questions(&ctx, &opts),
        Action::History { json } => history::run_history(&ctx, json),
        Action::Results { id, json } => history::run_results(&ctx, id.as_deref(), json),
        Action::Progress(opts) => history::run_progress(&ctx, &opts),
        Action::Delete(opts) => history::run_delete(&ctx, &opts),
        Action::Profile(opts) => exchange::run_profile(&ctx, &opts),
        Action::Export(opts) => exchange::run_export(&ctx, &opts),
        Action::Workshop(opts) => exchange::run_workshop(&ctx, &opts),
        Action::Paths { json } => run_paths(&ctx, json),
        Action::Plan(opts) => planning::run_plan(&ctx, &opts),
        Action::PlanAdd(opts) => planning::run_plan_add(&ctx, &opts),
        Action::PlanClose(id) => planning::run_plan_close(&ctx, &id),
        Action::Emit(_) => Ok(()),
    }
}

/// An attempt with its scores and file, as `--json` prints it.
#[derive(Serialize)]
pub struct AttemptReport<'a> {
    pub path: &'a Path,
    pub attempt: &'a Attempt,
    pub score: &'a Score,
}

fn run_take(ctx: &Ctx, options: &TakeOptions, json: bool) -> Result<()> {
    let t = texts(ctx.lang);
    // The prompter outlives the test: the action plan is followed up after the result.
    let mut prompter: Option<Box<dyn Prompter>> = None;
    // Plain mode shows a plain result too; so does a dumb terminal.
    let mut plain = plain_output(options);
    let saved = take::real_env(|env| -> Result<Option<(Attempt, PathBuf)>> {
        if let Some(input) = &options.answers {
            return take::non_interactive(&ctx.set, &ctx.store, options, input, env).map(Some);
        }
        let p: &mut Box<dyn Prompter> = match take_mode(options)? {
            Mode::Terminal => prompter.insert(Box::new(TerminalPrompter::new(
                interrupt_messages(ctx),
                ctx.lang,
                ctx.prompt_color,
            ))),
            Mode::Plain(stdin) => {
                plain = true;
                // Piped lines cannot answer "continue the unfinished test?" safely: the
                // first answer would be taken for the reply.
                if !std::io::stdin().is_terminal()
                    && !options.restart
                    && ctx.store.load_draft()?.is_some()
                {
                    return Err(Failure::Usage(fill(
                        t.err_piped_draft,
                        &[("path", &ctx.store.draft_path().display())],
                    ))
                    .into());
                }
                crate::prompt::on_interrupt(interrupt_messages(ctx));
                prompter.insert(Box::new(PlainPrompter::new(
                    stdin,
                    std::io::stderr(),
                    ctx.lang,
                )))
            }
        };
        match take::interactive(&ctx.set, &ctx.store, p.as_mut(), options, env)? {
            Outcome::Saved { attempt, path } => Ok(Some((attempt, path))),
            Outcome::Kept { answered } => {
                if answered > 0 {
                    let path = ctx.store.draft_path();
                    ctx.say(&fill(
                        t.draft_kept,
                        &[("n", &answered), ("path", &path.display())],
                    ));
                } else {
                    ctx.say(t.cancelled_nothing_saved);
                }
                Ok(None)
            }
            Outcome::Declined => {
                ctx.say(t.cancelled_nothing_saved);
                Ok(None)
            }
        }
    })?;
    let Some((attempt, path)) = saved else {
        return Ok(());
    };
    ctx.say(&fill(t.saved_to, &[("path", &path.display())]));
    let score = score(&ctx.set, &attempt.answers);
    if json {
        print_json(&AttemptReport {
            path: &path,
            attempt: &attempt,
            score: &score,
        })?;
    } else {
        let mut out = if plain {
            render::result_plain(&ctx.set, &attempt, &score, ctx.lang)
        } else {
            render::result_screen(&ctx.set, &attempt, &score, ctx.lang, ctx.style)
        };
        out.push_str(&planning::follow_up_text(ctx, plain)?);
        print_out(&out)?;
    }
    match prompter.as_mut() {
        Some(p) => planning::review_after_take(ctx, p.as_mut(), &attempt),
        None => Ok(()),
    }
}

/// How `take` talks to the user.
enum Mode {
    /// dialoguer on a terminal.
    Terminal,
    /// Lines from stdin.
    Plain(std::io::StdinLock<'static>),
}

/// Whether the result is printed as plain text (in plain mode, or on a dumb terminal).
fn plain_output(options: &TakeOptions) -> bool {
    options.plain || std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

/// Picks the mode: plain when asked for, on a dumb terminal, or when stdin is not a
/// terminal but has lines; dialoguer when stdin and stderr are terminals.
fn take_mode(options: &TakeOptions) -> Result<Mode> {
    use std::io::BufRead;
    let stdin_tty = std::io::stdin().is_terminal();
    if !plain_output(options) && stdin_tty && std::io::stderr().is_terminal() {
        return Ok(Mode::Terminal);
    }
    let mut stdin = std::io::stdin().lock();
    if !stdin_tty && stdin.fill_buf().map_or(true, <[u8]>::is_empty) {
        return Err(Failure::Usage(texts(options.lang).err_no_terminal.to_string()).into());
    }
    Ok(Mode::Plain(stdin))
}

fn interrupt_messages(ctx: &Ctx) -> InterruptMessages {
    let t = texts(ctx.lang);
    let draft = ctx.store.draft_path();
    InterruptMessages {
        kept: fill(t.interrupted_kept, &[("path", &draft.display())]),
        nothing: t.cancelled_nothing_saved.to_string(),
        draft: Some(draft),
    }
}

/// `questions --check FILE`: every problem with its line; exit 1 when there is one.
fn check_set(path: &Path) -> Result<()> {
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("could not read the question set {}", path.display()))?;
    match crate::questions::check(&text) {
        Ok(set) => print_out(&format!(
            "{}: ok: {} statements in {} areas, scale {}–{} ({} {})\n",
            path.display(),
            set.statements.len(),
            set.areas.len(),
            set.scale.min,
            set.scale.max,
            set.id,
            set.version
        )),
        Err(problems) => {
            for p in &problems {
                match p.line {
                    Some(line) => eprintln!("{}:{line}: {}", path.display(), p.message),
                    None => eprintln!("{}: {}", path.display(), p.message),
                }
            }
            anyhow::bail!(
                "{} has {} problem(s); fix them and check again",
                path.display(),
                problems.len()
            )
        }
    }
}

/// One path of `paths`, and where it came from.
#[derive(Serialize)]
struct PathInfo {
    name: &'static str,
    path: Option<PathBuf>,
    source: String,
    exists: bool,
}

fn run_paths(ctx: &Ctx, json: bool) -> Result<()> {
    let source = ctx.store.source().to_string();
    let inside = "inside the data directory".to_string();
    let entry = |name, path: PathBuf, source: String| PathInfo {
        name,
        exists: path.exists(),
        path: Some(path),
        source,
    };
    let paths = vec![
        entry("data directory", ctx.store.root().to_path_buf(), source),
        entry("attempts", ctx.store.attempts_dir(), inside.clone()),
        entry("draft", ctx.store.draft_path(), inside.clone()),
        entry("profile (config)", ctx.store.profile_path(), inside),
        match &ctx.set_source {
            Some(p) => entry("question set", p.clone(), "--questions".to_string()),
            None => PathInfo {
                name: "question set",
                path: None,
                source: format!("bundled ({} {})", ctx.set.id, ctx.set.version),
                exists: true,
            },
        },
    ];
    if json {
        return print_json(&paths);
    }
    let mut out = String::new();
    for p in &paths {
        let shown = p
            .path
            .as_ref()
            .map_or_else(|| "–".to_string(), |p| p.display().to_string());
        let missing = if p.exists { "" } else { ", not created yet" };
        out.push_str(&format!(
            "{:<17} {shown}  ({}{missing})\n",
            p.name, p.source
        ));
    }
    print_out(&out)
}

fn run_questions(ctx: &Ctx, opts: &QuestionsOptions) -> Result<()> {
    if opts.json {
        print_json(&ctx.set)
    } else {
        print_out(&render::questions_table(&ctx.set, ctx.lang, ctx.style))
    }
}

/// Writes `text` to stdout; a closed pipe (`| head`) is not an error.
pub fn print_out(text: &str) -> Result<()> {
    let mut out = std::io::stdout().lock();
    match out.write_all(text.as_bytes()).and_then(|()| out.flush()) {
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(()),
        other => other.context("could not write to standard output"),
    }
}

/// Writes `value` as pretty JSON to stdout.
pub fn print_json<T: Serialize + ?Sized>(value: &T) -> Result<()> {
    let mut text = serde_json::to_string_pretty(value).context("could not encode JSON")?;
    text.push('\n');
    print_out(&text)
}
