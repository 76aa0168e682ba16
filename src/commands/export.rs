//! `export`: the user's attempts as a file to bring to a workshop, and, if
//! they choose, what they can help colleagues with and want to learn.

use crate::commands::Context;
use crate::error::{during, Failure, Op};
use crate::model::ambassador::matching::{helper_level, learning, Learning};
use crate::model::attempt::Attempt;
use crate::model::plan::Target;
use crate::model::record::{records, Privacy};
use crate::model::text::visible;
use crate::model::text::{too_long, MAX_TEXT_CHARS};
use crate::report::format::Format;
use crate::report::{Personal, RenderCtx};
use crate::term::prompt::{Ask, Prompter};
use crate::term::signals::InterruptMessages;
use crate::term::terminal::TerminalPrompter;
use anyhow::{bail, Result};
use std::io::IsTerminal;
use std::path::PathBuf;

/// The one format that carries what a person shares for collegial learning.
const JSON: &str = "json";

/// Which attempts `export` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    Latest,
    Attempt(String),
    All,
}

/// Options of `export`.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub format: Option<&'static Format>,
    pub which: Which,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub anonymous: bool,
    /// The study an anonymous export is for: its pseudonyms hold within it.
    pub study: Option<String>,
    /// Keep the attempt's label in an anonymous export (the round it is).
    pub keep_label: bool,
    pub delimiter: u8,
    /// Include the action plan (json, md, html only).
    pub with_plan: bool,
    /// `--learning-match`: add what the person can help with and wants to
    /// learn, under `display_name` (JSON only).
    pub learning_match: bool,
    pub display_name: Option<String>,
    /// `--share-leader-view`: a leader's records may be shown by name in the
    /// perspective report (asked in a terminal when not given).
    pub share_leader_view: bool,
}

/// The format asked for, else by `-o`'s extension, else CSV (JSON for a
/// learning-pair export, the one format that carries it).
fn chosen_format(opts: &ExportOptions) -> &'static Format {
    opts.format
        .or_else(|| {
            opts.output
                .as_deref()
                .and_then(Format::of_path)
                .filter(|f| f.personal.is_some())
        })
        .unwrap_or_else(|| {
            if opts.learning_match {
                Format::named(JSON).unwrap_or_else(Format::csv)
            } else {
                Format::csv()
            }
        })
}

/// `export`: writes the chosen attempts in the chosen format.
pub fn run(ctx: &Context, opts: &ExportOptions) -> Result<()> {
    if opts.share_leader_view && !ctx.set.has_mirrors() {
        let message = ctx.texts().leaders_share_needs_set();
        return Err(Failure::Usage(message.to_string()).into());
    }
    let stored = ctx.attempts_of_set()?;
    if stored.is_empty() {
        bail!(
            "{}",
            ctx.texts().no_attempts(ctx.store.attempts_dir().display())
        );
    }
    // The same id lookup as `results` and `delete`: a unique prefix, or the latest.
    let chosen: Vec<&Attempt> = match &opts.which {
        Which::All => stored.iter().map(|s| &s.attempt).collect(),
        Which::Latest => ctx
            .find(&stored, None)?
            .map(|s| &s.attempt)
            .into_iter()
            .collect(),
        Which::Attempt(id) => ctx
            .find(&stored, Some(id))?
            .map(|s| &s.attempt)
            .into_iter()
            .collect(),
    };
    let format = chosen_format(opts);
    // The command line offers only the formats with a personal exporter.
    let exporter = format.personal.ok_or(Op::Render(format.name))?;
    // The plan travels only when asked for, and never in an anonymous export.
    let plans = if opts.with_plan {
        if opts.anonymous {
            return Err(Failure::Usage(ctx.texts().plan_not_anonymous().into()).into());
        }
        if !format.carries_plan {
            let with_plan: Vec<String> = Format::personal()
                .filter(|f| f.carries_plan)
                .map(|f| f.name.to_string())
                .collect();
            let message = ctx
                .texts()
                .plan_needs_format(ctx.texts().list_or_words(&with_plan));
            return Err(Failure::Usage(message).into());
        }
        Some(ctx.store.load_plans()?.items)
    } else {
        None
    };
    let profile = ctx.profile()?;
    let privacy = privacy(ctx, opts)?;
    let mut records = records(&ctx.set, &chosen, &profile, &privacy);
    if share_leader_view(ctx, opts)? {
        for r in &mut records {
            r.share_leader_view = true;
        }
    }
    let learning = learning_match(ctx, opts, format, &chosen)?;
    let cx = RenderCtx {
        set: &ctx.set,
        lang: ctx.lang,
        style: ctx.style,
        delimiter: opts.delimiter,
    };
    let doc = Personal {
        records: &records,
        plans: plans.as_deref(),
        learning: learning.as_ref(),
    };
    let bytes = exporter
        .write(&doc, &cx)
        .map_err(|e| during(e, Op::Render(format.name)))?;
    ctx.deliver(&bytes, opts.output.as_deref(), opts.force, format.binary)
}

/// What the person shares for collegial learning: with `--learning-match`, or
/// when they say yes to the question asked in a terminal (never in a script or
/// CI), for a named JSON export only. From the latest attempt exported and the
/// open action plan; never a rating.
fn learning_match(
    ctx: &Context,
    opts: &ExportOptions,
    format: &Format,
    chosen: &[&Attempt],
) -> Result<Option<Learning>> {
    let t = ctx.texts();
    // Learning pairs are about the staff's own tasks: never for the leaders' set.
    if ctx.set.has_mirrors() {
        if opts.learning_match {
            return Err(Failure::Usage(t.amb_learning_staff_only().to_string()).into());
        }
        return Ok(None);
    }
    let is_json = format.name == JSON;
    let name = if opts.learning_match {
        if !is_json {
            return Err(Failure::Usage(t.amb_learning_needs_json().to_string()).into());
        }
        opts.display_name
            .as_deref()
            .map(str::trim)
            .unwrap_or_default()
            .to_string()
    } else {
        let asked = is_json
            && !opts.anonymous
            && std::env::var_os("CI").is_none()
            && std::io::stdin().is_terminal()
            && std::io::stderr().is_terminal();
        if !asked {
            return Ok(None);
        }
        let messages = InterruptMessages {
            draft: None,
            kept: String::new(),
            nothing: String::new(),
        };
        let Some(mut prompter) = ctx.prompter(messages) else {
            return Ok(None);
        };
        let level = helper_level(&ctx.set);
        if !prompter.confirm(&t.amb_learning_ask(level, ctx.set.scale.max), false)? {
            return Ok(None);
        }
        prompter
            .input(&mut Ask {
                prompt: t.amb_learning_name_prompt(),
                help: t.amb_learning_name_help(),
                check: &mut |text| too_long(text).then(|| t.text_too_long(MAX_TEXT_CHARS)),
            })?
            .trim()
            .to_string()
    };
    if name.is_empty() {
        return Err(Failure::Usage(t.amb_learning_needs_name().to_string()).into());
    }
    let Some(latest) = chosen.iter().max_by_key(|a| a.finished_at) else {
        return Ok(None);
    };
    let plan: Vec<Target> = ctx
        .store
        .load_plans()?
        .open()
        .map(|i| i.target.clone())
        .collect();
    let learning = learning(&ctx.set, &latest.answers, &plan, &visible(&name));
    ctx.say(&t.amb_learning_added(learning.can_help.len(), learning.want_to_learn.len()));
    Ok(Some(learning))
}

/// Whether a leader's records may be shown by name in the perspective report:
/// `--share-leader-view`, else asked when a terminal can answer (never for an
/// anonymous export, which is no one's by name); only for a set with mirror
/// statements (the leaders' set).
fn share_leader_view(ctx: &Context, opts: &ExportOptions) -> Result<bool> {
    let t = ctx.texts();
    if !ctx.set.has_mirrors() {
        if opts.share_leader_view {
            return Err(Failure::Usage(t.leaders_share_needs_set().to_string()).into());
        }
        return Ok(false);
    }
    if opts.share_leader_view || opts.anonymous {
        return Ok(opts.share_leader_view && !opts.anonymous);
    }
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Ok(false);
    }
    let messages = InterruptMessages {
        draft: None,
        kept: String::new(),
        nothing: String::new(),
    };
    let mut prompter = TerminalPrompter::new(messages, ctx.lang, ctx.prompt_color);
    prompter.confirm(t.leaders_share_question(), false)
}

/// Named, or anonymous for a study: the study from `--study`, else asked for in a
/// terminal; the secret made on the first anonymous export.
fn privacy(ctx: &Context, opts: &ExportOptions) -> Result<Privacy> {
    if !opts.anonymous {
        return Ok(Privacy::Named);
    }
    let t = ctx.texts();
    let given = opts
        .study
        .as_deref()
        .map(str::trim)
        .filter(|s| !s.is_empty());
    let study = match given {
        Some(s) => s.to_string(),
        None if std::io::stdin().is_terminal() && std::io::stderr().is_terminal() => {
            let messages = InterruptMessages {
                draft: None,
                kept: String::new(),
                nothing: String::new(),
            };
            let mut prompter = TerminalPrompter::new(messages, ctx.lang, ctx.prompt_color);
            let answer = prompter.input(&mut Ask {
                prompt: t.study_prompt(),
                help: t.study_help(),
                check: &mut |text| too_long(text).then(|| t.text_too_long(MAX_TEXT_CHARS)),
            })?;
            if answer.trim().is_empty() {
                return Err(Failure::Usage(t.study_needed().to_string()).into());
            }
            answer.trim().to_string()
        }
        None => return Err(Failure::Usage(t.study_needed().to_string()).into()),
    };
    let new_secret = || format!("{}{}", ctx.sources.short_id(32), ctx.sources.short_id(32));
    let (_, secret) = ctx.store.update_profile(
        || format!("r-{}", ctx.sources.short_id(12)),
        |p| p.secret.get_or_insert_with(new_secret).clone(),
    )?;
    Ok(Privacy::Anonymous {
        secret,
        study: visible(&study).into_owned(),
        keep_label: opts.keep_label,
    })
}
