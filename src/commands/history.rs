//! `history`: one row per saved attempt, newest last.

use crate::commands::Context;
use crate::model::attempt::SetRef;
use crate::model::score::score;
use crate::render::screens::{history_table, HistoryRow};
use crate::term::output::print_json;
use anyhow::Result;
use serde::Serialize;
use std::collections::BTreeMap;

/// One attempt in `history --json`.
#[derive(Serialize)]
struct HistoryEntry<'a> {
    id: &'a str,
    short_id: &'a str,
    finished_at: String,
    label: Option<&'a str>,
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    question_set: &'a SetRef,
    /// `null` when the attempt answered another question set.
    overall: Option<f64>,
    /// Mean per area number.
    areas: BTreeMap<u8, f64>,
    path: &'a std::path::Path,
}

/// `history`: the table, or JSON.
pub fn run(ctx: &Context, json: bool) -> Result<()> {
    // Only the attempts of the set in use (`--set`); the others are counted.
    let (stored, others): (Vec<_>, Vec<_>) = ctx
        .attempts()?
        .into_iter()
        .partition(|s| s.attempt.answers_set(&ctx.set));
    let rows: Vec<HistoryRow<'_>> = stored
        .iter()
        .map(|s| HistoryRow {
            attempt: &s.attempt,
            score: s
                .attempt
                .answers_set(&ctx.set)
                .then(|| score(&ctx.set_for(&s.attempt), &s.attempt.answers)),
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
                question_set: &s.attempt.question_set,
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
    ctx.say_other_sets(others.len());
    if stored.is_empty() {
        if others.is_empty() {
            ctx.say_empty();
        }
        return Ok(());
    }
    ctx.print(&history_table(&ctx.set, &rows, ctx.lang, ctx.style))
}
