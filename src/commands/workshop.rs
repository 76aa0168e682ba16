//! `workshop`: the group profile from many people's exports.

use crate::commands::Context;
use crate::error::{during, Failure, Op};
use crate::model::stats::disclosure::Protection;
use crate::model::stats::MIN_GROUP;
use crate::model::text::shell_word;
use crate::report::format::Format;
use crate::report::RenderCtx;
use crate::workshop::aggregate::{aggregate, CompareError, GroupBy, Options};
use crate::workshop::report::LookAlikes;
use crate::workshop::rounds::round_key;
use crate::workshop::rounds::Merges;
use crate::workshop::rows::Rows;
use anyhow::Result;
use std::path::PathBuf;

/// Options of `workshop`.
#[derive(Debug, Clone)]
pub struct WorkshopOptions {
    pub inputs: Vec<PathBuf>,
    pub format: Option<&'static Format>,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub group_by: Option<GroupBy>,
    /// `None`: one below the top of the scale.
    pub high: Option<u8>,
    /// `None`: one below the middle of the scale.
    pub low: Option<u8>,
    pub strict: bool,
    /// `FROM=INTO` texts of `--merge`.
    pub merge: Vec<String>,
    pub compare: Option<(String, String)>,
    pub min_group: usize,
    pub delimiter: u8,
    /// `--exact`: every population of at least K people without perturbation,
    /// for the facilitator (marked not for sharing).
    pub exact: bool,
}

/// Warns of each `--merge` whose FROM no label in `rows` matches.
fn warn_unmatched(ctx: &Context, merges: &Merges, rows: &Rows) {
    let labels: Vec<String> = (0..rows.rounds.len())
        .map(|r| round_key(rows.rounds.text(r as u32)))
        .collect();
    for from in merges.unmatched(&labels) {
        ctx.say(&ctx.texts().merge_unmatched(from));
    }
}

/// The hints that rounds look like one: a paste-ready `--merge` only for
/// names that are one word in every shell.
fn say_look_alikes(ctx: &Context, look_alike: &LookAlikes) {
    let t = ctx.texts();
    for hint in &look_alike.pairs {
        let said = match (shell_word(&hint.a), shell_word(&hint.b)) {
            (Some(_), Some(_)) => {
                let merge = format!("\"{}={}\"", hint.a, hint.b);
                t.look_alike_hint(&hint.a, &hint.b, &merge)
            }
            _ => t.look_alike_hint_plain(&hint.a, &hint.b),
        };
        ctx.say(&said);
    }
    if look_alike.more {
        ctx.say(t.look_alike_more());
    }
}

/// `workshop`: reads, aggregates and writes the group report.
pub fn run(ctx: &Context, opts: &WorkshopOptions) -> Result<()> {
    let scale = &ctx.set.scale;
    let high = opts.high.unwrap_or(scale.max - 1);
    let low = opts
        .low
        .unwrap_or(scale.middle().saturating_sub(1).max(scale.min));
    for (flag, value) in [("--high", high), ("--low", low)] {
        if !scale.contains(value) {
            let message = ctx
                .texts()
                .threshold_off_scale(flag, value, scale.min, scale.max);
            return Err(Failure::Usage(message).into());
        }
    }
    // A rating cannot be both high and low: the shares would count it twice.
    if high <= low {
        return Err(Failure::Usage(ctx.texts().thresholds_crossed(high, low)).into());
    }
    let merges =
        Merges::parse(&opts.merge).map_err(|bad| Failure::Usage(ctx.texts().bad_merge(bad)))?;
    let loaded = ctx.load_exports(&opts.inputs, opts.strict, opts.group_by)?;
    warn_unmatched(ctx, &merges, &loaded.rows);
    let options = Options {
        group_by: opts.group_by,
        high,
        low,
        priorities: 5,
        min_group: opts.min_group.max(MIN_GROUP),
        protection: if opts.exact {
            Protection::Exact
        } else {
            Protection::Perturbed
        },
        merges,
        compare: opts.compare.clone(),
    };
    if options.compare.is_some()
        && matches!(options.group_by, Some(GroupBy::Role | GroupBy::Workplace))
    {
        return Err(Failure::Usage(ctx.texts().compare_needs_label().to_string()).into());
    }
    let report = aggregate(&ctx.set, loaded, &options).map_err(|e| {
        let t = ctx.texts();
        Failure::Usage(match e {
            CompareError::Unknown { given, rounds } if rounds.is_empty() => {
                t.compare_no_rounds(given)
            }
            CompareError::Unknown { given, rounds } => {
                let rounds: Vec<String> = rounds.iter().map(|r| format!("'{r}'")).collect();
                t.compare_unknown(given, t.list_and_words(&rounds))
            }
            CompareError::Same { round } => t.compare_same(round),
        })
    })?;
    say_look_alikes(ctx, &report.look_alike);
    let format = opts
        .format
        .or_else(|| opts.output.as_deref().and_then(Format::of_path))
        .unwrap_or_else(Format::table);
    let cx = RenderCtx {
        set: &ctx.set,
        lang: ctx.lang,
        style: ctx.style,
        delimiter: opts.delimiter,
    };
    let bytes = format
        .group
        .write(&report, &cx)
        .map_err(|e| during(e, Op::Render(format.name)))?;
    ctx.deliver(&bytes, opts.output.as_deref(), opts.force, format.binary)
}
