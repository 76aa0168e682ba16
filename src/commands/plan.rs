//! The `plan` command and the action plan's place in `take` and `progress`:
//! showing items with their before/after ratings, adding, closing, and the
//! keep/close/replace review after a new attempt.

use crate::commands::Context;
use crate::error::Failure;
use crate::i18n::texts;
use crate::model::attempt::Attempt;
use crate::model::plan::{self, Evaluation, PlanItem, Status, Target, MAX_OPEN};
use crate::model::text::visible;
use crate::render::format::{decimal, marked_delta, shown_change};
use crate::render::grid::Grid;
use crate::render::screens::describe_target;
use crate::term::output::{print_json, print_out};
use crate::term::prompt::{Ask, Prompter};
use crate::term::signals::InterruptMessages;
use crate::term::terminal::TerminalPrompter;
use anyhow::{bail, Result};
use chrono::NaiveDate;
use serde::Serialize;
use std::io::IsTerminal;

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

fn evaluate_all<'a>(
    ctx: &Context,
    items: &[&'a PlanItem],
    attempts: &[Attempt],
) -> Vec<(&'a PlanItem, Evaluation)> {
    let refs: Vec<&Attempt> = attempts.iter().collect();
    items
        .iter()
        .map(|item| (*item, plan::evaluate(&ctx.set, item, &refs)))
        .collect()
}

/// The change between the ratings as shown: an area's means with one decimal,
/// so that "2,9 → 4,3" always reads "+1,4".
fn plan_change(target: &Target, e: &Evaluation) -> Option<f64> {
    match target {
        Target::Statement { .. } => e.change,
        Target::Area { .. } => e.after.zip(e.before).map(|(a, b)| shown_change(a, b)),
    }
}

/// "▲ +3,0 ökade" and the like; the arrow and the word, so no colour is needed.
fn trend(ctx: &Context, target: &Target, e: &Evaluation) -> String {
    let t = texts(ctx.lang);
    let decimals = matches!(target, Target::Area { .. });
    match plan_change(target, e) {
        Some(c) if c > 0.0 => {
            format!(
                "{} {}",
                marked_delta(Some(c), ctx.lang, decimals),
                t.plan_rose()
            )
        }
        Some(c) if c < 0.0 => {
            format!(
                "{} {}",
                marked_delta(Some(c), ctx.lang, decimals),
                t.plan_fell()
            )
        }
        Some(_) => format!("= {}", t.plan_same()),
        None => t.plan_no_after().to_string(),
    }
}

/// A rating before or now: a statement's is a whole answer ("4"), an area's a
/// mean with one decimal ("4,3").
fn rating(ctx: &Context, target: &Target, value: Option<f64>) -> String {
    value.map_or_else(
        || "–".to_string(),
        |v| match target {
            Target::Statement { .. } => format!("{v:.0}"),
            Target::Area { .. } => decimal(v, ctx.lang),
        },
    )
}

/// The follow-up of the open items, for the end of `take`'s result and for
/// `progress`: one line per item with before, now and whether it rose.
pub fn follow_up_text(ctx: &Context, plain: bool) -> Result<String> {
    let plans = ctx.store.load_plans()?;
    let open: Vec<&PlanItem> = plans.open().collect();
    if open.is_empty() {
        return Ok(String::new());
    }
    let t = texts(ctx.lang);
    let attempts = attempts(ctx)?;
    let heading = if plain {
        format!("{}:", t.plan_followup())
    } else {
        ctx.style.heading(t.plan_followup())
    };
    let mut out = format!("\n{heading}\n");
    for (item, e) in evaluate_all(ctx, &open, &attempts) {
        let line = t.plan_item_line(
            describe_target(&item.target, &ctx.set, ctx.lang),
            &item.goal,
            rating(ctx, &item.target, e.before),
            rating(ctx, &item.target, e.after),
            trend(ctx, &item.target, &e),
        );
        if plain {
            out.push_str(&format!("{line}\n"));
        } else {
            out.push_str(&ctx.style.wrapped(&line, "  ", "    "));
        }
    }
    Ok(out)
}

/// `plan`: the items (open, or all with `--all`) with before/now.
pub fn run_show(ctx: &Context, opts: &PlanShowOptions) -> Result<()> {
    let t = texts(ctx.lang);
    let plans = ctx.store.load_plans()?;
    let items: Vec<&PlanItem> = plans
        .items
        .iter()
        .filter(|i| opts.all || i.status == Status::Open)
        .collect();
    let attempts = attempts(ctx)?;
    let rows = evaluate_all(ctx, &items, &attempts);
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
    let mut grid = Grid::new()
        .whole(t.col_id())
        .words(t.col_target())
        .words(t.col_goal())
        .whole(t.col_due())
        .figure(t.col_before())
        .figure(t.col_after())
        .whole(t.col_plan_change());
    if opts.all {
        grid = grid.whole(t.col_status());
    }
    for (item, e) in &rows {
        let mut row = vec![
            item.id.clone(),
            describe_target(&item.target, &ctx.set, ctx.lang),
            item.goal.clone(),
            item.due.map_or_else(String::new, |d| d.to_string()),
            rating(ctx, &item.target, e.before),
            rating(ctx, &item.target, e.after),
            marked_delta(
                plan_change(&item.target, e),
                ctx.lang,
                matches!(item.target, Target::Area { .. }),
            ),
        ];
        if opts.all {
            row.push(
                match item.status {
                    Status::Open => t.status_open(),
                    Status::Closed => t.status_closed(),
                }
                .to_string(),
            );
        }
        grid.row(row);
    }
    print_out(&format!(
        "{}\n{}",
        ctx.style.heading(t.plan_title()),
        grid.render(ctx.style)
    ))
}

fn new_item(
    ctx: &Context,
    target: Target,
    goal: &str,
    due: Option<NaiveDate>,
    baseline: &Attempt,
) -> PlanItem {
    PlanItem {
        id: ctx.sources.short_id(8),
        target,
        goal: visible(goal.trim()).into_owned(),
        due,
        created_at: ctx.sources.now(),
        baseline_attempt: Some(baseline.id.clone()),
        status: Status::Open,
        closed_at: None,
    }
}

/// Adds an item under the store's lock, so that runs at the same time never lose
/// one another's items; refused when the plan is already full.
fn push_item(ctx: &Context, item: PlanItem) -> Result<()> {
    let t = texts(ctx.lang);
    let id = item.id.clone();
    ctx.store.update_plans(|plans| {
        if plans.open().count() >= MAX_OPEN {
            bail!("{}", t.plan_full(MAX_OPEN));
        }
        plans.items.push(item);
        Ok(())
    })?;
    ctx.say(&t.plan_added(id));
    Ok(())
}

/// Closes an item under the store's lock; false when no open item has the id.
fn close_item(ctx: &Context, id: &str) -> Result<bool> {
    let now = ctx.sources.now();
    ctx.store.update_plans(|plans| Ok(plans.close(id, now)))
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
    if ctx.store.load_plans()?.open().count() >= MAX_OPEN {
        bail!("{}", t.plan_full(MAX_OPEN));
    }
    let attempts = attempts(ctx)?;
    let Some(latest) = attempts.last() else {
        bail!("{}", t.no_attempts(ctx.store.attempts_dir().display()));
    };
    let Some(target) = opts.target.clone() else {
        if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
            return Err(Failure::Usage(t.plan_needs_target().to_string()).into());
        }
        let mut prompter = TerminalPrompter::new(
            InterruptMessages {
                draft: None,
                kept: String::new(),
                nothing: String::new(),
            },
            ctx.lang,
            ctx.prompt_color,
        );
        return add_interactively(ctx, &mut prompter, latest).map(drop);
    };
    let goal = opts.goal.as_deref().unwrap_or_default();
    push_item(ctx, new_item(ctx, target, goal, opts.due, latest))
}

/// `plan close ID`.
pub fn run_close(ctx: &Context, id: &str) -> Result<()> {
    let t = texts(ctx.lang);
    if !close_item(ctx, id)? {
        bail!("{}", t.plan_unknown(id));
    }
    ctx.say(&t.plan_closed_msg(id));
    Ok(())
}

/// Asks for one new item (target, goal, date) and saves it; `false` when skipped.
fn add_interactively(ctx: &Context, prompter: &mut dyn Prompter, latest: &Attempt) -> Result<bool> {
    let t = texts(ctx.lang);
    let plans = ctx.store.load_plans()?;
    let open: Vec<Target> = plans.open().map(|i| i.target.clone()).collect();
    let candidates: Vec<(Target, f64)> = plan::candidates(&ctx.set, latest)
        .into_iter()
        .filter(|(target, _)| !open.contains(target))
        .collect();
    let labels: Vec<String> = candidates
        .iter()
        .map(|(target, value)| {
            let text = match target {
                Target::Statement { code } => ctx
                    .set
                    .statement(*code)
                    .map_or("", |s| s.text.get(ctx.lang)),
                Target::Area { .. } => "",
            };
            format!(
                "{} ({}) {text}",
                describe_target(target, &ctx.set, ctx.lang),
                decimal(*value, ctx.lang)
            )
            .trim_end()
            .to_string()
        })
        .collect();
    let Some(choice) = prompter.choose(t.plan_pick(), &labels)? else {
        return Ok(false);
    };
    let goal = prompter.input(&mut Ask {
        prompt: t.plan_goal_prompt(),
        help: t.plan_goal_help(),
        check: &mut |_| None,
    })?;
    if goal.is_empty() {
        return Ok(false);
    }
    // The date is checked where it is typed, so that a prompter can refuse it in
    // place (the terminal never marks a refused date as accepted).
    let mut due = None;
    prompter.input(&mut Ask {
        prompt: t.plan_due_prompt(),
        help: t.plan_due_help(),
        check: &mut |text| match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) => {
                due = Some(d);
                None
            }
            Err(_) => Some(t.plan_due_bad(text)),
        },
    })?;
    let Some((target, _)) = candidates.get(choice) else {
        return Ok(false);
    };
    let item = new_item(ctx, target.clone(), &goal, due, latest);
    push_item(ctx, item)?;
    Ok(true)
}

/// After a new attempt: asks whether to keep, close or replace each open item, and
/// offers to add items while fewer than three are open.
pub fn review_after_take(
    ctx: &Context,
    prompter: &mut dyn Prompter,
    attempt: &Attempt,
) -> Result<()> {
    let t = texts(ctx.lang);
    let plans = ctx.store.load_plans()?;
    let options = [
        t.plan_keep().to_string(),
        t.plan_close().to_string(),
        t.plan_replace().to_string(),
    ];
    for item in plans.open() {
        let question = t.plan_what_now(describe_target(&item.target, &ctx.set, ctx.lang));
        match prompter.choose(&question, &options)? {
            Some(1) => {
                close_item(ctx, &item.id)?;
                ctx.say(&t.plan_closed_msg(&item.id));
            }
            Some(2) => {
                close_item(ctx, &item.id)?;
                add_interactively(ctx, prompter, attempt)?;
            }
            _ => {}
        }
    }
    // After the first item the question asks for one more, so that it never
    // reads as if nothing had been added.
    let mut question = t.plan_add_question();
    while ctx.store.load_plans()?.open().count() < MAX_OPEN && prompter.confirm(question, false)? {
        if !add_interactively(ctx, prompter, attempt)? {
            break;
        }
        question = t.plan_add_more_question();
    }
    Ok(())
}
