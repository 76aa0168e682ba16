//! `progress`: the attempts side by side, with changes and the plan's follow-up.

use crate::commands::Context;
use crate::model::attempt::Attempt;
use crate::model::plan::evaluate_all;
use crate::model::progress::{progression, select, Window};
use crate::render::plan::follow_up;
use crate::render::progress::{other_sets_note, progress_screen};
use crate::term::output::print_json;
use anyhow::Result;

/// Options of `progress`.
#[derive(Debug, Clone)]
pub struct ProgressOptions {
    pub window: Window,
    pub by_statement: bool,
    pub json: bool,
}

/// `progress`: the tables, or JSON.
pub fn run(ctx: &Context, opts: &ProgressOptions) -> Result<()> {
    let t = ctx.texts();
    let attempts: Vec<Attempt> = ctx.attempts()?.into_iter().map(|s| s.attempt).collect();
    let (chosen, other) = select(&ctx.set, &attempts, &opts.window);
    let p = progression(&ctx.set, &chosen, other, opts.by_statement);
    if opts.json {
        return print_json(&p);
    }
    if attempts.is_empty() {
        ctx.say_empty();
        return Ok(());
    }
    if chosen.is_empty() {
        if p.other_sets.is_empty() {
            ctx.say(t.no_attempts_in_window());
        } else {
            ctx.say(&other_sets_note(&p, ctx.lang));
        }
        return Ok(());
    }
    let mut out = progress_screen(&ctx.set, &p, ctx.lang, ctx.style);
    // The plan's follow-up from the attempts already read, so that a damaged
    // file is reported once.
    let plans = ctx.store.load_plans()?;
    let open: Vec<_> = plans.open_of(&ctx.set).collect();
    let of_set: Vec<&Attempt> = attempts
        .iter()
        .filter(|a| a.answers_set(&ctx.set))
        .collect();
    let evaluated = evaluate_all(&ctx.set, &open, &of_set);
    out.push_str(&follow_up(&ctx.set, &evaluated, ctx.lang, ctx.style, false));
    ctx.print(&out)
}
