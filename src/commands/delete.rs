//! `delete ID` or `delete --all`, after a confirmation (or `--yes`): exactly
//! the files digikomp wrote, and a word on what it left and why.

use crate::commands::Context;
use crate::error::Failure;
use crate::error::Op;
use crate::store::Left;
use crate::term::signals::InterruptMessages;
use anyhow::{Context as _, Result};
use std::path::PathBuf;

/// Options of `delete`: one attempt by id, or everything.
#[derive(Debug, Clone)]
pub struct DeleteOptions {
    pub id: Option<String>,
    pub all: bool,
    pub yes: bool,
}

/// `delete`: asks, then removes the files.
pub fn run(ctx: &Context, opts: &DeleteOptions) -> Result<()> {
    if opts.all {
        return all(ctx, opts);
    }
    let t = ctx.texts();
    let id = opts
        .id
        .as_deref()
        .ok_or_else(|| Failure::Usage(t.delete_needs_id().into()))?;
    let stored = ctx.attempts()?;
    let Some(found) = ctx.find(&stored, Some(id))? else {
        ctx.say_empty();
        return Ok(());
    };
    // Every file of the attempt: its copies, and files that claim its id but
    // say something else (both are that attempt, and the user asked it gone).
    let files: Vec<PathBuf> = stored
        .iter()
        .filter(|s| s.attempt.id == found.attempt.id)
        .flat_map(|s| std::iter::once(s.path.clone()).chain(s.copies.iter().cloned()))
        .collect();
    let question = t.delete_one_question(
        found.attempt.short_id(),
        found.attempt.finished_at.format("%Y-%m-%d %H:%M"),
        files.len(),
    );
    if !confirmed(ctx, opts, &question)? {
        return Ok(());
    }
    for file in &files {
        std::fs::remove_file(file).with_context(|| Op::Delete(file.clone()))?;
    }
    ctx.say(&t.deleted(files.len()));
    Ok(())
}

/// `delete --all`: every file digikomp wrote, also those it can no longer use.
fn all(ctx: &Context, opts: &DeleteOptions) -> Result<()> {
    let t = ctx.texts();
    let plan = ctx.store.erasure()?;
    if plan.ours.is_empty() {
        ctx.say(&t.delete_nothing_ours(ctx.store.root().display()));
        say_left(ctx, &plan.left);
        return Ok(());
    }
    let question = t.delete_all_question(plan.attempts, ctx.store.root().display());
    if !confirmed(ctx, opts, &question)? {
        return Ok(());
    }
    let (removed, left) = ctx.store.erase(&plan)?;
    ctx.say(&t.deleted(removed));
    say_left(ctx, &left);
    Ok(())
}

/// Says each file left in the data directory, and why.
fn say_left(ctx: &Context, left: &[(PathBuf, Left)]) {
    let t = ctx.texts();
    for (path, why) in left {
        let why = match why {
            Left::NotOurs => t.left_not_ours(),
            Left::Unreadable => t.left_unreadable(),
            Left::Link => t.left_link(),
            Left::Folder => t.left_folder(),
            Left::Special => t.left_special(),
        };
        ctx.say(&t.delete_left(path.display(), why));
    }
}

/// Whether to go on: `--yes`, or a yes at the terminal.
fn confirmed(ctx: &Context, opts: &DeleteOptions, question: &str) -> Result<bool> {
    let t = ctx.texts();
    if opts.yes {
        return Ok(true);
    }
    let messages = InterruptMessages {
        draft: None,
        kept: String::new(),
        nothing: t.not_deleted().to_string(),
    };
    let Some(mut prompter) = ctx.prompter(messages) else {
        return Err(Failure::Usage(t.delete_needs_yes().to_string()).into());
    };
    if prompter.confirm(question, false)? {
        Ok(true)
    } else {
        ctx.say(t.not_deleted());
        Ok(false)
    }
}
