//! `delete ID` or `delete --all`, after a confirmation (or `--yes`).

use crate::commands::Context;
use crate::error::Failure;
use crate::error::Op;
use crate::term::prompt::Prompter;
use crate::term::signals::InterruptMessages;
use crate::term::terminal::TerminalPrompter;
use anyhow::{Context as _, Result};
use std::io::IsTerminal;
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
    let t = ctx.texts();
    let stored = ctx.attempts()?;
    let (files, question): (Vec<PathBuf>, String) = if opts.all {
        let mut files: Vec<PathBuf> = stored.iter().map(|s| s.path.clone()).collect();
        // Everything personal: the unfinished test, the plan, the profile.
        for extra in [
            ctx.store.draft_path(),
            ctx.store.plans_path(),
            ctx.store.profile_path(),
        ] {
            if extra.exists() {
                files.push(extra);
            }
        }
        let q = t.delete_all_question(stored.len(), ctx.store.root().display());
        (files, q)
    } else {
        let id = opts
            .id
            .as_deref()
            .ok_or_else(|| Failure::Usage(t.delete_needs_id().into()))?;
        let Some(found) = ctx.find(&stored, Some(id))? else {
            ctx.say_empty();
            return Ok(());
        };
        let q = t.delete_one_question(
            found.attempt.short_id(),
            found.attempt.finished_at.format("%Y-%m-%d %H:%M"),
        );
        (vec![found.path.clone()], q)
    };
    if files.is_empty() {
        ctx.say_empty();
        return Ok(());
    }
    if !opts.yes {
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Failure::Usage(t.delete_needs_yes().to_string()).into());
        }
        let messages = InterruptMessages {
            draft: None,
            kept: String::new(),
            nothing: t.not_deleted().to_string(),
        };
        let mut prompter = TerminalPrompter::new(messages, ctx.lang, ctx.prompt_color);
        if !prompter.confirm(&question, false)? {
            ctx.say(t.not_deleted());
            return Ok(());
        }
    }
    if opts.all {
        let (removed, left) = ctx.store.erase()?;
        ctx.say(&t.deleted(removed));
        for path in left {
            ctx.say(&t.delete_left(path.display()));
        }
        return Ok(());
    }
    for file in &files {
        std::fs::remove_file(file).with_context(|| Op::Delete(file.clone()))?;
    }
    ctx.say(&t.deleted(files.len()));
    Ok(())
}
