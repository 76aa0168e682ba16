//! `ambassador`: what a Digitalt först-ambassador runs a term with: a meeting
//! pack from the group's exports (`pack`), a term of three meetings (`term`),
//! the log of the meetings held (`log add|done|show`), learning circles of the
//! colleagues who opted in (`match`), and a check of the bundled content's
//! format (`check`).

mod circles;
mod log;
mod pack;

use crate::commands::Context;
use crate::error::{Failure, Op};
use crate::i18n::Texts;
use crate::model::ambassador::content::{check as check_content, ContentProblem, BUNDLED_CONTENT};
use crate::model::stats::disclosure::Protection;
use crate::model::stats::MIN_GROUP;
use crate::render::ambassador::Doc;
use crate::report::ambassador::{html, markdown};
use crate::workshop::aggregate::{aggregate, CompareError, Options};
use crate::workshop::report::Report;
use crate::workshop::rounds::Merges;
use anyhow::{bail, Context as _, Result};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

pub use circles::MatchOptions;
pub use log::{LogAddOptions, LogShowOptions, TermOptions};
pub use pack::PackOptions;

/// A file format of the ambassador's documents.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocFormat {
    Markdown,
    Html,
}

impl DocFormat {
    /// The format a file name's extension names (`.md`, `.html`, `.htm`).
    fn of_path(path: &Path) -> Option<Self> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        match ext.as_str() {
            "md" | "markdown" => Some(DocFormat::Markdown),
            "html" | "htm" => Some(DocFormat::Html),
            _ => None,
        }
    }
}

/// Where and how a document goes: `--format`, `-o FILE`, `--force`.
#[derive(Debug, Clone, Default)]
pub struct Delivery {
    pub format: Option<DocFormat>,
    pub output: Option<PathBuf>,
    pub force: bool,
}

/// What `ambassador` was asked to do.
#[derive(Debug, Clone)]
pub enum AmbassadorAction {
    Pack(PackOptions),
    Term(TermOptions),
    LogAdd(LogAddOptions),
    LogDone { id: String, date: Option<NaiveDate> },
    LogShow(LogShowOptions),
    Match(MatchOptions),
    Check { file: Option<PathBuf> },
}

/// Runs one `ambassador` command.
pub fn run(ctx: &Context, action: &AmbassadorAction) -> Result<()> {
    match action {
        AmbassadorAction::Pack(o) => pack::run(ctx, o),
        AmbassadorAction::Term(o) => log::run_term(ctx, o),
        AmbassadorAction::LogAdd(o) => log::run_add(ctx, o),
        AmbassadorAction::LogDone { id, date } => log::run_done(ctx, id, *date),
        AmbassadorAction::LogShow(o) => log::run_show(ctx, o),
        AmbassadorAction::Match(o) => circles::run(ctx, o),
        AmbassadorAction::Check { file } => check(ctx, file.as_deref()),
    }
}

/// Writes `doc`: as Markdown or HTML by `--format` or `-o`'s extension, to the
/// file or stdout; else as text on the terminal.
fn deliver(ctx: &Context, doc: &Doc, how: &Delivery) -> Result<()> {
    let to_file = how.output.as_deref().filter(|p| p.as_os_str() != "-");
    let format = how.format.or_else(|| to_file.and_then(DocFormat::of_path));
    let bytes = match format {
        Some(DocFormat::Markdown) => markdown(doc),
        Some(DocFormat::Html) => html(doc, ctx.lang),
        None => {
            if let Some(path) = to_file {
                let said = ctx.texts().amb_output_extension(path.display());
                return Err(Failure::Usage(said).into());
            }
            return ctx.print(&doc.text(ctx.style, ctx.lang));
        }
    };
    ctx.deliver(bytes.as_bytes(), how.output.as_deref(), how.force, false)
}

/// The group report of the exports in `inputs`, protected as `workshop`'s is
/// by default (perturbed, K = 3, only means under 10 people), the rounds
/// compared earliest to latest.
fn protected_report(ctx: &Context, inputs: &[PathBuf], strict: bool) -> Result<Report> {
    let scale = &ctx.set.scale;
    let loaded = ctx.load_exports(inputs, strict, None)?;
    let options = Options {
        group_by: None,
        high: scale.max - 1,
        low: scale.middle().saturating_sub(1).max(scale.min),
        priorities: 0,
        min_group: MIN_GROUP,
        protection: Protection::Perturbed,
        merges: Merges::default(),
        compare: None,
    };
    // Without --compare no round is named that could be missing or the same;
    // said as `workshop` says it all the same.
    aggregate(&ctx.set, loaded, &options).map_err(|e| {
        let t = ctx.texts();
        let said = match e {
            CompareError::Unknown { given, rounds } => {
                t.compare_unknown(given, t.list_and_words(&rounds))
            }
            CompareError::Same { round } => t.compare_same(round),
        };
        Failure::Usage(said).into()
    })
}

/// The largest content file read: the bundled one is 25 KB.
const MAX_CONTENT_BYTES: u64 = 256 * 1024;

/// `ambassador check [FILE]`: the content's format, every problem said.
fn check(ctx: &Context, file: Option<&Path>) -> Result<()> {
    let t = ctx.texts();
    let (text, name) = match file {
        Some(path) => {
            let bytes = crate::store::fs::read_bounded(path, MAX_CONTENT_BYTES)
                .with_context(|| Op::Read(path.to_path_buf()))?;
            let text = String::from_utf8(bytes).with_context(|| Op::Read(path.to_path_buf()))?;
            (text, path.display().to_string())
        }
        None => (
            BUNDLED_CONTENT.to_string(),
            t.amb_bundled_name().to_string(),
        ),
    };
    match check_content(&text) {
        Ok(c) => {
            ctx.say(&t.amb_check_ok(&name, &c.version));
            Ok(())
        }
        Err(problems) => {
            for p in &problems {
                ctx.say(&format!("{name}: {}", problem_words(t, p)));
            }
            bail!("{}", t.amb_check_failed(&name, problems.len()))
        }
    }
}

/// A content problem in words.
fn problem_words(t: &'static Texts, p: &ContentProblem) -> String {
    match p {
        ContentProblem::Syntax {
            line,
            column,
            detail,
        } => t.amb_problem_syntax(line, column, detail),
        ContentProblem::Empty(key) => t.amb_problem_empty(key),
        ContentProblem::AreaMissing(a) => t.amb_problem_area_missing(a),
        ContentProblem::AreaTwice(a) => t.amb_problem_area_twice(a),
        ContentProblem::AreaUnknown(a) => t.amb_problem_area_unknown(a),
        ContentProblem::Questions { area, found } => t.amb_problem_questions(area, *found),
        ContentProblem::Minutes { area, minutes } => t.amb_problem_minutes(area, minutes),
        ContentProblem::Steps { area, found } => t.amb_problem_steps(area, *found),
        ContentProblem::MissingText { at, lang } => t.amb_problem_missing_text(at, lang.code()),
        ContentProblem::Unsafe { at } => t.amb_problem_unsafe(at),
        ContentProblem::Meetings => t.amb_problem_meetings().to_string(),
        ContentProblem::NoAgenda(key) => t.amb_problem_no_agenda(key.name()),
    }
}
