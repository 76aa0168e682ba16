//! The commands over saved attempts: `history`, `results`, `progress`, `delete`.

use crate::app::{print_json, print_out, AttemptReport, Ctx, DeleteOptions, ProgressOptions};
use crate::attempt::{score, Attempt};
use crate::error::Failure;
use crate::progress;
use crate::prompt::{InterruptMessages, Prompter, TerminalPrompter};
use crate::render::{self, HistoryRow};
use crate::storage::Stored;
use crate::texts::{fill, texts};
use anyhow::{bail, Context as _, Result};
use serde::Serialize;
use std::collections::BTreeMap;
use std::io::IsTerminal;
use std::path::PathBuf;

/// Every readable attempt, oldest first. Files that cannot be used are reported once
/// on stderr and skipped, so one bad file never hides the rest.
pub fn load(ctx: &Ctx) -> Result<Vec<Stored>> {
    let (stored, skipped) = ctx.store.load_attempts()?;
    let t = texts(ctx.lang);
    for s in skipped {
        ctx.say(&fill(
            t.skipped_file,
            &[("path", &s.path.display()), ("reason", &s.reason)],
        ));
    }
    Ok(stored)
}

fn say_empty(ctx: &Ctx) {
    let t = texts(ctx.lang);
    eprintln!(
        "{}",
        fill(
            t.no_attempts,
            &[("path", &ctx.store.attempts_dir().display())]
        )
    );
}

/// One attempt in `history --json`.
#[derive(Serialize)]
struct HistoryEntry<'a> {
    id: &'a str,
    short_id: &'a str,
    finished_at: String,
    label: Option<&'a str>,
    question_set: String,
    /// `null` when the attempt answered another question set.
    overall: Option<f64>,
    /// Mean per area number.
    areas: BTreeMap<u8, f64>,
    path: &'a std::path::Path,
}

/// `history`: one row per attempt, newest last.
pub fn run_history(ctx: &Ctx, json: bool) -> Result<()> {
    let stored = load(ctx)?;
    let rows: Vec<HistoryRow<'_>> = stored
        .iter()
        .map(|s| HistoryRow {
            attempt: &s.attempt,
            score: (s.attempt.question_set.id == ctx.set.id)
                .then(|| score(&ctx.set, &s.attempt.answers)),
        })
        .collect();
    if json {
        let entries: Vec<HistoryEntry<'_>> = rows
            .iter()
            .zip(&stored)
            .map(|(row, s)| HistoryEntry {
                id: &s.attempt.id,
                short_id: s.attempt.short_id(),
                finished_at: s.attempt.finished_at.to_rfc3339(),
                label: s.attempt.label.as_deref(),
                question_set: format!(
                    "{} {}",
                    s.attempt.question_set.id, s.attempt.question_set.version
                ),
                overall: row.score.as_ref().map(|sc| sc.overall),
                areas: row
                    .score
                    .iter()
                    .flat_map(|sc| sc.areas.iter().map(|a| (a.area, a.mean)))
                    .collect(),
                path: &s.path,
            })
            .collect();
        return print_json(&entries);
    }
    if stored.is_empty() {
        say_empty(ctx);
        return Ok(());
    }
    print_out(&render::history_table(&ctx.set, &rows, ctx.lang, ctx.style))
}

/// Finds an attempt by a prefix of its id, or the latest when `id` is `None`.
pub fn find<'a>(ctx: &Ctx, stored: &'a [Stored], id: Option<&str>) -> Result<Option<&'a Stored>> {
    let t = texts(ctx.lang);
    let Some(id) = id else {
        return Ok(stored.last());
    };
    let wanted = id.trim().to_ascii_lowercase();
    let matches: Vec<&Stored> = stored
        .iter()
        .filter(|s| !wanted.is_empty() && s.attempt.id.to_ascii_lowercase().starts_with(&wanted))
        .collect();
    match matches.as_slice() {
        [one] => Ok(Some(one)),
        [] => bail!("{}", fill(t.unknown_attempt, &[("id", &id)])),
        many => {
            let ids: Vec<&str> = many.iter().map(|s| s.attempt.id.as_str()).collect();
            bail!(
                "{}",
                fill(
                    t.ambiguous_attempt,
                    &[("id", &id), ("ids", &ids.join(", "))]
                )
            )
        }
    }
}

/// `results [ID]`: the result screen of one attempt plus every answer.
pub fn run_results(ctx: &Ctx, id: Option<&str>, json: bool) -> Result<()> {
    let t = texts(ctx.lang);
    let stored = load(ctx)?;
    let Some(found) = find(ctx, &stored, id)? else {
        say_empty(ctx);
        return Ok(());
    };
    let attempt: &Attempt = &found.attempt;
    if attempt.question_set.id != ctx.set.id {
        let set = format!(
            "{} {}",
            attempt.question_set.id, attempt.question_set.version
        );
        bail!("{}", fill(t.other_set_scores, &[("set", &set)]));
    }
    let sc = score(&ctx.set, &attempt.answers);
    if json {
        return print_json(&AttemptReport {
            path: &found.path,
            attempt,
            score: &sc,
        });
    }
    let mut out = render::result_screen(&ctx.set, attempt, &sc, ctx.lang, ctx.style);
    out.push_str(&format!(
        "\n{}\n{}\n",
        ctx.style.heading(t.all_answers),
        render::answers_table(&ctx.set, attempt, ctx.lang, ctx.style)
    ));
    print_out(&out)
}

/// `progress`: the attempts side by side, with changes.
pub fn run_progress(ctx: &Ctx, opts: &ProgressOptions) -> Result<()> {
    let t = texts(ctx.lang);
    let stored = load(ctx)?;
    let attempts: Vec<Attempt> = stored.into_iter().map(|s| s.attempt).collect();
    let (chosen, other) = progress::select(&ctx.set, &attempts, &opts.window);
    let p = progress::progression(&ctx.set, &chosen, other, opts.by_statement);
    if opts.json {
        return print_json(&p);
    }
    if attempts.is_empty() {
        say_empty(ctx);
        return Ok(());
    }
    if chosen.is_empty() {
        if p.other_sets.is_empty() {
            ctx.say(t.no_attempts_in_window);
        } else {
            ctx.say(&render::other_sets_note(&p, ctx.lang));
        }
        return Ok(());
    }
    let mut out = render::progress_screen(&ctx.set, &p, ctx.lang, ctx.style);
    out.push_str(&crate::planning::follow_up_text(ctx, false)?);
    print_out(&out)
}

/// `delete ID` or `delete --all`, after a confirmation (or `--yes`).
pub fn run_delete(ctx: &Ctx, opts: &DeleteOptions) -> Result<()> {
    let t = texts(ctx.lang);
    let stored = load(ctx)?;
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
        let q = fill(
            t.delete_all_question,
            &[("n", &stored.len()), ("path", &ctx.store.root().display())],
        );
        (files, q)
    } else {
        let id = opts.id.as_deref().ok_or_else(|| {
            Failure::Usage(
                "name the attempt to delete (see `digikomp history`), or use --all".into(),
            )
        })?;
        let Some(found) = find(ctx, &stored, Some(id))? else {
            say_empty(ctx);
            return Ok(());
        };
        let q = fill(
            t.delete_one_question,
            &[
                ("id", &found.attempt.short_id()),
                ("date", &found.attempt.finished_at.format("%Y-%m-%d %H:%M")),
            ],
        );
        (vec![found.path.clone()], q)
    };
    if files.is_empty() {
        say_empty(ctx);
        return Ok(());
    }
    if !opts.yes {
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Failure::Usage(t.delete_needs_yes.to_string()).into());
        }
        let messages = InterruptMessages {
            draft: None,
            kept: String::new(),
            nothing: t.not_deleted.to_string(),
        };
        let mut prompter = TerminalPrompter::new(messages, ctx.lang, ctx.prompt_color);
        if !prompter.confirm(&question, false)? {
            ctx.say(t.not_deleted);
            return Ok(());
        }
    }
    for file in &files {
        std::fs::remove_file(file)
            .with_context(|| format!("could not delete {}", file.display()))?;
    }
    ctx.say(&fill(t.deleted, &[("n", &files.len())]));
    Ok(())
}
