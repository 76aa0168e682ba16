//! `export`: the user's attempts as a file to bring to a workshop.

use crate::commands::Context;
use crate::error::{during, Failure, Op};
use crate::model::attempt::Attempt;
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
    /// `--share-leader-view`: a leader's records may be shown by name in the
    /// perspective report (asked in a terminal when not given).
    pub share_leader_view: bool,
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
    let format = opts
        .format
        .or_else(|| {
            opts.output
                .as_deref()
                .and_then(Format::of_path)
                .filter(|f| f.personal.is_some())
        })
        .unwrap_or_else(Format::csv);
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
    let cx = RenderCtx {
        set: &ctx.set,
        lang: ctx.lang,
        style: ctx.style,
        delimiter: opts.delimiter,
    };
    let doc = Personal {
        records: &records,
        plans: plans.as_deref(),
    };
    let bytes = exporter
        .write(&doc, &cx)
        .map_err(|e| during(e, Op::Render(format.name)))?;
    ctx.deliver(&bytes, opts.output.as_deref(), opts.force, format.binary)
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
