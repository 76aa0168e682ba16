//! `ambassador term` and `ambassador log add|done|show`: the term's three
//! meetings kept in the data directory, and the log of the meetings held
//! (how many came, never who), changed under the data directory's lock. With
//! exports, `log show` puts the actions done beside the protected change in
//! the focus areas between the first and the latest round.

use super::{deliver, protected_report, Delivery};
use crate::commands::Context;
use crate::error::Failure;
use crate::model::ambassador::content::Content;
use crate::model::ambassador::term::{Action, ActionStatus, LogEntry, Marked, Term, DEFAULT_WEEKS};
use crate::model::text::visible;
use crate::render::ambassador::{log_doc, term_doc, Moved, MovedLine};
use crate::term::output::print_json;
use anyhow::{bail, Result};
use chrono::NaiveDate;
use serde::Serialize;
use std::path::PathBuf;

/// Options of `ambassador term`.
#[derive(Debug, Clone)]
pub struct TermOptions {
    /// A new term from this date; `None`: the saved term, or a new one from today.
    pub start: Option<NaiveDate>,
    pub weeks: Option<u8>,
    pub delivery: Delivery,
    pub json: bool,
}

/// Options of `ambassador log add`.
#[derive(Debug, Clone)]
pub struct LogAddOptions {
    pub date: Option<NaiveDate>,
    pub attended: u32,
    pub focus: Vec<u8>,
    pub decisions: Vec<String>,
    pub actions: Vec<String>,
}

/// Options of `ambassador log show`.
#[derive(Debug, Clone)]
pub struct LogShowOptions {
    pub inputs: Vec<PathBuf>,
    pub delivery: Delivery,
    pub json: bool,
    pub strict: bool,
}

/// `ambassador term`: a new term (with `--start` or `--weeks`, or when none is
/// saved), saved in the data directory; else the saved one.
pub fn run_term(ctx: &Context, opts: &TermOptions) -> Result<()> {
    let t = ctx.texts();
    let saved = ctx.store.load_term()?;
    let term = match saved {
        Some(term) if opts.start.is_none() && opts.weeks.is_none() => term,
        saved => {
            let now = ctx.sources.now();
            // Only --weeks: the saved term's first day stays.
            let first = saved.and_then(|s| s.meetings.first().map(|m| m.date));
            let start = opts.start.or(first).unwrap_or_else(|| now.date_naive());
            let term = Term::new(start, opts.weeks.unwrap_or(DEFAULT_WEEKS), now);
            ctx.store.save_term(&term)?;
            ctx.say(&t.amb_term_saved(ctx.store.term_path().display()));
            term
        }
    };
    if opts.json {
        return print_json(&term);
    }
    deliver(
        ctx,
        &term_doc(&term, &Content::bundled(), ctx.lang),
        &opts.delivery,
    )
}

/// `ambassador log add`.
pub fn run_add(ctx: &Context, opts: &LogAddOptions) -> Result<()> {
    let t = ctx.texts();
    for &area in &opts.focus {
        if ctx.set.area(area).is_none() {
            return Err(Failure::Usage(t.plan_no_area(area)).into());
        }
    }
    let clean = |texts: &[String]| -> Vec<String> {
        texts
            .iter()
            .map(|s| visible(s.trim()).into_owned())
            .filter(|s| !s.is_empty())
            .collect()
    };
    let decisions = clean(&opts.decisions);
    if decisions.is_empty() {
        return Err(Failure::Usage(t.amb_log_needs_decision().to_string()).into());
    }
    if opts.attended == 0 {
        return Err(Failure::Usage(t.amb_log_nobody().to_string()).into());
    }
    if opts.actions.iter().any(|a| a.trim().is_empty()) {
        return Err(Failure::Usage(t.amb_log_empty_action().to_string()).into());
    }
    let today = ctx.sources.now().date_naive();
    if let Some(date) = opts.date.filter(|&d| d > today) {
        return Err(Failure::Usage(t.amb_log_future(date, today)).into());
    }
    let actions: Vec<Action> = clean(&opts.actions)
        .into_iter()
        .map(|text| Action {
            id: ctx.sources.short_id(6),
            text,
            status: ActionStatus::Open,
            done_on: None,
        })
        .collect();
    let ids: Vec<String> = actions.iter().map(|a| a.id.clone()).collect();
    let date = opts.date.unwrap_or_else(|| ctx.sources.now().date_naive());
    // Each area once, in the order given.
    let mut focus: Vec<u8> = Vec::new();
    for &area in &opts.focus {
        if !focus.contains(&area) {
            focus.push(area);
        }
    }
    ctx.store.update_log(|log| {
        log.add(LogEntry {
            date,
            attended: opts.attended,
            focus,
            decisions,
            actions,
        });
        Ok(())
    })?;
    ctx.say(&t.amb_log_added(date, ids.len(), ids.join(", ")));
    Ok(())
}

/// `ambassador log done ID`.
pub fn run_done(ctx: &Context, id: &str, date: Option<NaiveDate>) -> Result<()> {
    let t = ctx.texts();
    let today = ctx.sources.now().date_naive();
    let on = date.unwrap_or(today);
    if on > today {
        return Err(Failure::Usage(t.amb_log_future(on, today)).into());
    }
    match ctx.store.update_log(|log| Ok(log.mark_done(id, on)))? {
        Marked::BeforeDecided(decided) => {
            return Err(Failure::Usage(t.amb_action_before_decided(on, decided)).into());
        }
        Marked::Done(id) => ctx.say(&t.amb_action_done(id, on)),
        Marked::Already(id) => ctx.say(&t.amb_action_already(id)),
        Marked::Unknown => bail!("{}", t.amb_action_unknown(id)),
        Marked::Ambiguous(ids) => bail!("{}", t.amb_action_ambiguous(id, ids.join(", "))),
    }
    Ok(())
}

#[derive(Serialize)]
struct JsonMovedArea {
    area: u8,
    actions_done: usize,
    actions: usize,
    change: Option<f64>,
    paired_n: usize,
    paired_change: Option<f64>,
}

#[derive(Serialize)]
struct JsonMoved<'a> {
    from: &'a str,
    to: &'a str,
    areas: Vec<JsonMovedArea>,
}

#[derive(Serialize)]
struct JsonLog<'a> {
    meetings: &'a [LogEntry],
    #[serde(skip_serializing_if = "Option::is_none")]
    moved: Option<JsonMoved<'a>>,
}

/// `ambassador log show [DIR]`.
pub fn run_show(ctx: &Context, opts: &LogShowOptions) -> Result<()> {
    let log = ctx.store.load_log()?;
    let moved = if opts.inputs.is_empty() {
        None
    } else {
        moved(ctx, opts, &log.focus_areas())?
    };
    if opts.json {
        let json = JsonLog {
            meetings: &log.meetings,
            moved: moved.as_ref().map(|m| JsonMoved {
                from: &m.from,
                to: &m.to,
                areas: m
                    .areas
                    .iter()
                    .map(|a| {
                        let (done, all) = log.actions_for(a.area);
                        JsonMovedArea {
                            area: a.area,
                            actions_done: done.len(),
                            actions: all,
                            change: a.change,
                            paired_n: a.paired_n,
                            paired_change: a.paired,
                        }
                    })
                    .collect(),
            }),
        };
        return print_json(&json);
    }
    deliver(
        ctx,
        &log_doc(&ctx.set, &log, moved.as_ref(), ctx.lang),
        &opts.delivery,
    )
}

/// The protected change in `focus` between the first and the latest round of
/// the exports; `None` (and said why) without two rounds or a focus.
fn moved(ctx: &Context, opts: &LogShowOptions, focus: &[u8]) -> Result<Option<Moved>> {
    let t = ctx.texts();
    if focus.is_empty() {
        ctx.say(t.amb_moved_no_focus());
        return Ok(None);
    }
    let report = protected_report(ctx, &opts.inputs, opts.strict)?;
    let Some(c) = &report.comparison else {
        ctx.say(t.amb_moved_one_round());
        return Ok(None);
    };
    let name = |round: &Option<String>| {
        round
            .clone()
            .unwrap_or_else(|| t.amb_no_label().to_string())
    };
    Ok(Some(Moved {
        from: name(&c.from),
        to: name(&c.to),
        areas: focus
            .iter()
            .map(|&area| {
                let paired = c.paired.areas.iter().find(|p| p.area == area);
                // Between the means as shown, as the workshop report says it.
                let mean = |g: usize| {
                    report.groups[g]
                        .areas
                        .iter()
                        .find(|a| a.area == area)
                        .and_then(|a| a.figures.mean)
                };
                MovedLine {
                    area,
                    change: mean(c.groups.0)
                        .zip(mean(c.groups.1))
                        .map(|(from, to)| crate::model::stats::shown_change(from, to)),
                    paired_n: paired.map_or(0, |p| p.paired.n),
                    paired: paired.and_then(|p| p.paired.mean_change),
                }
            })
            .collect(),
    }))
}
