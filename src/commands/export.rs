//! `export`: the user's attempts as a file to bring to a workshop.

use crate::commands::profile::load_or_create;
use crate::commands::Context;
use crate::error::Failure;
use crate::model::attempt::Attempt;
use crate::model::record::records;
use crate::report::{ExportFormat, Personal, RenderCtx};
use anyhow::{bail, Result};
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
    pub format: Option<ExportFormat>,
    pub which: Which,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub anonymous: bool,
    pub delimiter: u8,
    /// Include the action plan (json, md, html only).
    pub with_plan: bool,
}

/// `export`: writes the chosen attempts in the chosen format.
pub fn run(ctx: &Context, opts: &ExportOptions) -> Result<()> {
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
                .and_then(ExportFormat::from_extension)
        })
        .unwrap_or(ExportFormat::Csv);
    // The plan travels only when asked for, and never in an anonymous export.
    let plans = if opts.with_plan {
        if opts.anonymous {
            return Err(Failure::Usage(
                "--with-plan and --anonymous do not go together: a plan's goals are personal"
                    .into(),
            )
            .into());
        }
        if !matches!(
            format,
            ExportFormat::Json | ExportFormat::Md | ExportFormat::Html
        ) {
            return Err(
                Failure::Usage("--with-plan works with --format json, md or html".into()).into(),
            );
        }
        Some(ctx.store.load_plans()?.items)
    } else {
        None
    };
    let profile = load_or_create(ctx)?;
    let records = records(&ctx.set, &chosen, &profile, opts.anonymous);
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
    let bytes = format.exporter().write(&doc, &cx)?;
    ctx.deliver(
        &bytes,
        opts.output.as_deref(),
        opts.force,
        format == ExportFormat::Xlsx,
    )
}
