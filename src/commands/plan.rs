//! `plan`: the action plan's items with their before/after ratings, and adding
//! and closing items.

use crate::commands::Context;
use crate::error::Failure;
use crate::i18n::texts;
use crate::model::attempt::Attempt;
use crate::model::plan::{
    evaluate_all, ChangeDetails, Evaluation, PlanItem, Status, Target, MAX_OPEN,
};
use crate::model::text::visible;
use crate::render::plan::plan_table;
use crate::term::output::print_json;
use crate::term::plan::ask_item;
use crate::term::signals::InterruptMessages;
use anyhow::{bail, Result};
use chrono::NaiveDate;
use serde::Serialize;

/// Options of `plan` (show).
#[derive(Debug, Clone)]
pub struct PlanShowOptions {
    pub all: bool,
    pub json: bool,
}

/// Options of `plan add`.
#[derive(Debug, Clone)]
pub struct PlanAddOptions {
    pub target: Option<Target>,
    pub goal: Option<String>,
    pub due: Option<NaiveDate>,
    /// Owner, resources, success criterion and follow-up (all optional).
    pub details: ChangeDetails,
}

/// An item with how it went, as `plan --json` prints it.
#[derive(Serialize)]
struct Row<'a> {
    #[serde(flatten)]
    item: &'a PlanItem,
    #[serde(flatten)]
    evaluation: Evaluation,
}

/// The attempts of the set in use, oldest first.
fn attempts(ctx: &Context) -> Result<Vec<Attempt>> {
    Ok(ctx
        .attempts_of_set()?
        .into_iter()
        .map(|s| s.attempt)
        .collect())
}

/// `plan`: the items (open, or all with `--all`) with before/now.
pub fn run_show(ctx: &Context, opts: &PlanShowOptions) -> Result<()> {
    let t = texts(ctx.lang);
    let plans = ctx.store.load_plans()?;
    let items: Vec<&PlanItem> = plans
        .items
        .iter()
        .filter(|i| i.of_set(&ctx.set) && (opts.all || i.status == Status::Open))
        .collect();
    let attempts = attempts(ctx)?;
    let refs: Vec<&Attempt> = attempts.iter().collect();
    let rows = evaluate_all(&ctx.set, &items, &refs);
    if opts.json {
        let rows: Vec<Row<'_>> = rows
            .into_iter()
            .map(|(item, evaluation)| Row { item, evaluation })
            .collect();
        return print_json(&rows);
    }
    if rows.is_empty() {
        ctx.say(t.plan_none());
        return Ok(());
    }
    let today = ctx.sources.now().date_naive();
    ctx.print(&plan_table(
        &ctx.set, &rows, opts.all, today, ctx.lang, ctx.style,
    ))
}

/// `plan add`: with a target and a goal from flags, or by asking in a terminal.
pub fn run_add(ctx: &Context, opts: &PlanAddOptions) -> Result<()> {
    let t = texts(ctx.lang);
    match &opts.target {
        Some(Target::Statement { code }) if ctx.set.statement(*code).is_none() => {
            return Err(Failure::Usage(t.plan_no_statement(code)).into())
        }
        Some(Target::Area { area }) if ctx.set.area(*area).is_none() => {
            return Err(Failure::Usage(t.plan_no_area(area)).into())
        }
        Some(_) if opts.goal.as_deref().is_none_or(|g| g.trim().is_empty()) => {
            return Err(Failure::Usage(t.plan_needs_goal().to_string()).into())
        }
        _ => {}
    }
    if ctx.store.load_plans()?.open_of(&ctx.set).count() >= MAX_OPEN {
        bail!("{}", t.plan_full(MAX_OPEN));
    }
    let attempts = attempts(ctx)?;
    let Some(latest) = attempts.last() else {
        bail!("{}", t.no_attempts(ctx.store.attempts_dir().display()));
    };
    let Some(target) = opts.target.clone() else {
        let messages = InterruptMessages {
            draft: None,
            kept: String::new(),
            nothing: String::new(),
        };
        let Some(mut prompter) = ctx.prompter(messages) else {
            return Err(Failure::Usage(t.plan_needs_target().to_string()).into());
        };
        let candidates = ctx.plan_candidates(latest)?;
        if let Some(asked) = ask_item(
            prompter.as_mut(),
            ctx.sources.now().date_naive(),
            &ctx.set,
            ctx.lang,
            &candidates,
            ctx.style.plain,
        )? {
            ctx.add_plan_item(ctx.new_plan_item(asked.target, &asked.goal, asked.due, latest))?;
        }
        return Ok(());
    };
    let today = ctx.sources.now().date_naive();
    if let Some(due) = opts.due.filter(|&d| d < today) {
        return Err(Failure::Usage(t.plan_due_past(due, today)).into());
    }
    let goal = opts.goal.as_deref().unwrap_or_default();
    let mut item = ctx.new_plan_item(target, goal, opts.due, latest);
    let d = &opts.details;
    let text = |t: &Option<String>| {
        t.as_deref()
            .map(|t| visible(t.trim()).into_owned())
            .filter(|t| !t.is_empty())
    };
    item.owner = text(&d.owner);
    item.resources = text(&d.resources);
    item.success = text(&d.success);
    item.follow_up = d.follow_up;
    ctx.add_plan_item(item)
}

/// `plan close ID`.
pub fn run_close(ctx: &Context, id: &str) -> Result<()> {
    let t = texts(ctx.lang);
    // Said with the whole id, whatever prefix was typed.
    let Some(closed) = ctx.close_plan_item(id)? else {
        bail!("{}", t.plan_unknown(id));
    };
    ctx.say(&t.plan_closed_msg(closed));
    Ok(())
}
