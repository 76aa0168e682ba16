//! `take`: choose how to talk to the user (terminal, plain lines, or answers
//! given without prompts), run the sitting, show the result and review the plan.

mod flow;

pub use flow::{AnswersInput, Outcome, TakeOptions};

use crate::commands::Context;
use crate::error::Failure;
use crate::i18n::texts;
use crate::model::attempt::Attempt;
use crate::model::plan::{evaluate_all, MAX_OPEN};
use crate::model::progress::{progression, Progression};
use crate::model::score::{score, AttemptReport};
use crate::render::plan::follow_up;
use crate::render::screens::{result_plain, result_screen};
use crate::term::output::print_json;
use crate::term::plain::PlainPrompter;
use crate::term::plan::{ask_decision, ask_item, Decision};
use crate::term::prompt::Prompter;
use crate::term::signals::{on_interrupt, InterruptMessages};
use crate::term::terminal::TerminalPrompter;
use anyhow::Result;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// `take`: the sitting, then the result and the plan's review.
pub fn run(ctx: &Context, options: &TakeOptions, json: bool) -> Result<()> {
    // The prompter outlives the test: the action plan is followed up after the result.
    let mut prompter: Option<Box<dyn Prompter>> = None;
    // Plain mode shows a plain result too; so does a dumb terminal.
    let mut plain = plain_output(options);
    let saved = if let Some(input) = &options.answers {
        Some(flow::non_interactive(
            &ctx.set,
            &ctx.store,
            options,
            input,
            &ctx.sources,
        )?)
    } else {
        let p = prompter.insert(open_prompter(ctx, options, &mut plain)?);
        sit(ctx, options, p.as_mut())?
    };
    let Some((attempt, path)) = saved else {
        return Ok(());
    };
    ctx.say(&ctx.texts().saved_to(path.display()));
    show_result(ctx, &attempt, &path, json, plain)?;
    match prompter.as_mut() {
        Some(p) => review_after_take(ctx, p.as_mut(), &attempt),
        None => Ok(()),
    }
}

/// The prompter for the mode `take` runs in.
fn open_prompter(
    ctx: &Context,
    options: &TakeOptions,
    plain: &mut bool,
) -> Result<Box<dyn Prompter>> {
    Ok(match take_mode(options)? {
        Mode::Terminal => Box::new(TerminalPrompter::new(
            interrupt_messages(ctx),
            ctx.lang,
            ctx.prompt_color,
        )),
        Mode::Plain(stdin) => {
            *plain = true;
            // Piped lines cannot answer "continue the unfinished test?" safely: the
            // first answer would be taken for the reply.
            if !std::io::stdin().is_terminal()
                && !options.restart
                && ctx.store.load_draft()?.is_some()
            {
                return Err(Failure::Usage(
                    ctx.texts()
                        .err_piped_draft(ctx.store.draft_path().display()),
                )
                .into());
            }
            on_interrupt(interrupt_messages(ctx));
            Box::new(PlainPrompter::new(stdin, std::io::stderr(), ctx.lang))
        }
    })
}

/// Runs the interactive sitting; `None` when nothing was saved.
fn sit(
    ctx: &Context,
    options: &TakeOptions,
    prompter: &mut dyn Prompter,
) -> Result<Option<(Attempt, PathBuf)>> {
    let t = ctx.texts();
    match flow::interactive(&ctx.set, &ctx.store, prompter, options, &ctx.sources)? {
        Outcome::Saved { attempt, path } => Ok(Some((*attempt, path))),
        Outcome::Kept { answered } if answered > 0 => {
            ctx.say(&t.draft_kept(answered, ctx.store.draft_path().display()));
            Ok(None)
        }
        Outcome::Kept { .. } | Outcome::Declined => {
            ctx.say(t.cancelled_nothing_saved());
            Ok(None)
        }
    }
}

/// The result of a saved attempt on stdout: JSON, the plain text, or the screen,
/// with the plan's follow-up.
fn show_result(
    ctx: &Context,
    attempt: &Attempt,
    path: &Path,
    json: bool,
    plain: bool,
) -> Result<()> {
    let score = score(&ctx.set, &attempt.answers);
    if json {
        return print_json(&AttemptReport {
            path,
            attempt,
            score: &score,
        });
    }
    let p = story_of(ctx, attempt, path)?;
    let mut out = if plain {
        result_plain(&ctx.set, attempt, &score, p.as_ref(), ctx.lang)
    } else {
        result_screen(
            &ctx.set,
            attempt,
            &score,
            p.as_ref(),
            ctx.lang,
            ctx.style_now(),
        )
    };
    out.push_str(&follow_up_text(ctx, plain)?);
    ctx.print(&out)
}

/// The follow-up of the plan's open items; every attempt is read only when
/// there are open items to follow up.
fn follow_up_text(ctx: &Context, plain: bool) -> Result<String> {
    let plans = ctx.store.load_plans()?;
    let open: Vec<_> = plans.open_of(&ctx.set).collect();
    if open.is_empty() {
        return Ok(String::new());
    }
    let attempts: Vec<Attempt> = ctx
        .attempts_of_set()?
        .into_iter()
        .map(|s| s.attempt)
        .collect();
    let refs: Vec<&Attempt> = attempts.iter().collect();
    let evaluated = evaluate_all(&ctx.set, &open, &refs);
    Ok(follow_up(
        &ctx.set,
        &evaluated,
        ctx.lang,
        ctx.style_now(),
        plain,
    ))
}

/// After a new attempt: asks whether to keep, close or replace each open item, and
/// offers to add items while fewer than three are open.
fn review_after_take(ctx: &Context, prompter: &mut dyn Prompter, attempt: &Attempt) -> Result<()> {
    let t = ctx.texts();
    let plans = ctx.store.load_plans()?;
    for item in plans.open_of(&ctx.set) {
        match ask_decision(prompter, &ctx.set, ctx.lang, item)? {
            Decision::Keep => {}
            Decision::Close => {
                ctx.close_plan_item(&item.id)?;
                ctx.say(&t.plan_closed_msg(&item.id));
            }
            Decision::Replace => {
                ctx.close_plan_item(&item.id)?;
                add_one(ctx, prompter, attempt)?;
            }
        }
    }
    // After the first item the question asks for one more, so that it never
    // reads as if nothing had been added.
    let mut question = t.plan_add_question();
    while ctx.store.load_plans()?.open_of(&ctx.set).count() < MAX_OPEN
        && prompter.confirm(question, false)?
    {
        if !add_one(ctx, prompter, attempt)? {
            break;
        }
        question = t.plan_add_more_question();
    }
    Ok(())
}

/// Asks for one new item and saves it; `false` when the user skipped.
fn add_one(ctx: &Context, prompter: &mut dyn Prompter, attempt: &Attempt) -> Result<bool> {
    let candidates = ctx.plan_candidates(attempt)?;
    let today = ctx.sources.now().date_naive();
    let Some(asked) = ask_item(
        prompter,
        today,
        &ctx.set,
        ctx.lang,
        &candidates,
        ctx.style.plain,
    )?
    else {
        return Ok(false);
    };
    ctx.add_plan_item(ctx.new_plan_item(asked.target, &asked.goal, asked.due, attempt))?;
    Ok(true)
}

/// The progression of the first, the previous and this attempt (of the same
/// set), when there are earlier ones: what the result screen tells the change
/// from.
fn story_of(ctx: &Context, attempt: &Attempt, path: &Path) -> Result<Option<Progression>> {
    let earlier = ctx.first_and_previous(path)?;
    if earlier.is_empty() {
        return Ok(None);
    }
    let chosen: Vec<&Attempt> = earlier
        .iter()
        .map(|s| &s.attempt)
        .chain(std::iter::once(attempt))
        .collect();
    Ok(Some(progression(&ctx.set, &chosen, Vec::new(), false)))
}

/// How `take` talks to the user.
enum Mode {
    /// dialoguer on a terminal.
    Terminal,
    /// Lines from stdin.
    Plain(std::io::StdinLock<'static>),
}

/// Whether the result is printed as plain text (in plain mode, or on a dumb terminal).
fn plain_output(options: &TakeOptions) -> bool {
    options.plain || std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

/// Picks the mode: plain when asked for, on a dumb terminal, or when stdin is not a
/// terminal but has lines; dialoguer when stdin and stderr are terminals.
fn take_mode(options: &TakeOptions) -> Result<Mode> {
    use std::io::BufRead;
    let stdin_tty = std::io::stdin().is_terminal();
    if !plain_output(options) && stdin_tty && std::io::stderr().is_terminal() {
        return Ok(Mode::Terminal);
    }
    let mut stdin = std::io::stdin().lock();
    if !stdin_tty && stdin.fill_buf().map_or(true, <[u8]>::is_empty) {
        return Err(Failure::Usage(texts(options.lang).err_no_terminal().to_string()).into());
    }
    Ok(Mode::Plain(stdin))
}

/// What to say when a signal ends the sitting.
fn interrupt_messages(ctx: &Context) -> InterruptMessages {
    let t = ctx.texts();
    let draft = ctx.store.draft_path();
    InterruptMessages {
        kept: t.interrupted_kept(draft.display()),
        nothing: t.cancelled_nothing_saved().to_string(),
        draft: Some(draft),
    }
}
