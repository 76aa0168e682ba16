//! `results [ID]`: the result screen of one attempt plus every answer.

use crate::commands::Context;
use crate::model::attempt::Attempt;
use crate::model::score::{score, AttemptReport};
use crate::render::screens::{answers_table, result_screen};
use crate::term::output::print_json;
use anyhow::{bail, Result};

/// `results [ID]`: the latest attempt, or the one whose id starts with `id`.
pub fn run(ctx: &Context, id: Option<&str>, json: bool) -> Result<()> {
    let t = ctx.texts();
    let found = match ctx.attempt(id)? {
        // The latest attempt is of another set: the latest of the set in use
        // (`--set`), and how many of the other there are.
        Some(latest) if id.is_none() && !latest.attempt.answers_set(&ctx.set) => {
            let (mut of_set, others): (Vec<_>, Vec<_>) = ctx
                .attempts()?
                .into_iter()
                .partition(|s| s.attempt.answers_set(&ctx.set));
            ctx.say_other_sets(others.len());
            match of_set.pop() {
                Some(found) => found,
                None => return Ok(()),
            }
        }
        Some(found) => found,
        None => {
            ctx.say_empty();
            return Ok(());
        }
    };
    let attempt: &Attempt = &found.attempt;
    if !attempt.answers_set(&ctx.set) {
        bail!("{}", t.other_set_scores(&attempt.question_set));
    }
    let set = ctx.set_for(attempt);
    let sc = score(&set, &attempt.answers);
    if json {
        return print_json(&AttemptReport {
            path: &found.path,
            attempt,
            score: &sc,
        });
    }
    // Without the story of earlier attempts: `results` reads only the attempt
    // it shows (`progress` tells the story of all of them).
    let mut out = result_screen(&set, attempt, &sc, None, ctx.lang, ctx.style);
    out.push_str(&format!(
        "\n{}\n{}",
        ctx.style.heading(t.all_answers()),
        answers_table(&set, attempt, ctx.lang, ctx.style)
    ));
    ctx.print(&out)
}
