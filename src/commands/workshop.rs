//! `workshop`: the group profile from many people's exports.

use crate::commands::Context;
use crate::error::{during, Failure, Op};
use crate::model::question_set::QuestionSet;
use crate::model::stats::disclosure::Protection;
use crate::model::stats::MIN_GROUP;
use crate::model::text::shell_word;
use crate::report::format::Format;
use crate::report::perspective::guide::guide;
use crate::report::perspective::{write as write_perspective, Sets};
use crate::report::RenderCtx;
use crate::workshop::aggregate::{aggregate, CompareError, GroupBy, Options};
use crate::workshop::read::Loaded;
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
    /// `--guide`: the leaders' reflection guide (md or html) instead of the
    /// report; needs leaders' and staff's exports.
    pub guide: bool,
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

/// The group report's options from the command line: one place for the
/// thresholds, the least group and the protection asked for.
fn report_options(
    opts: &WorkshopOptions,
    group_by: Option<GroupBy>,
    (high, low): (u8, u8),
    merges: Merges,
    compare: Option<(String, String)>,
) -> Options {
    Options {
        group_by,
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
        compare,
    }
}

/// The perspective report (or with `--guide` the leaders' guide): `loaded`
/// answered the set in use, `theirs` the `other` bundled set; one of them is
/// the leaders' set. Grouped by workplace unless `--group-by` says otherwise.
fn perspective(
    ctx: &Context,
    opts: &WorkshopOptions,
    (high, low): (u8, u8),
    merges: Merges,
    loaded: Loaded,
    theirs: Loaded,
    other: &QuestionSet,
) -> Result<()> {
    let by = opts.group_by.or(Some(GroupBy::Workplace));
    // Read again when the groups were not read the first time.
    let (loaded, theirs) = if by == opts.group_by {
        (loaded, theirs)
    } else {
        let again = ctx.load_exports_with(&opts.inputs, opts.strict, by, other)?;
        (again.0, again.1.unwrap_or(theirs))
    };
    let (staff_set, leaders_set, staff, leaders) = if ctx.set.has_mirrors() {
        (other, &ctx.set, theirs, loaded)
    } else {
        (&ctx.set, other, loaded, theirs)
    };
    // The perspective compares no rounds: each workplace's latest.
    let options = report_options(opts, by, (high, low), merges, None);
    let leader_rows = leaders.rows;
    // No rounds are compared here, so aggregating cannot fail on them.
    let staff_report = aggregate(staff_set, staff, &options).map_err(|e| anyhow::anyhow!("{e}"))?;
    let p = crate::workshop::perspective::perspective(
        staff_set,
        &staff_report,
        leaders_set,
        &leader_rows,
    );
    let sets = Sets {
        staff: staff_set,
        leaders: leaders_set,
    };
    let format = opts
        .format
        .or_else(|| opts.output.as_deref().and_then(Format::of_path))
        .unwrap_or_else(Format::table);
    let bytes = if opts.guide {
        let as_html = match format.name {
            "html" => true,
            "md" | "table" => false,
            _ => {
                let message = ctx.texts().leaders_guide_format();
                return Err(Failure::Usage(message.to_string()).into());
            }
        };
        guide(&p, sets, ctx.lang, as_html)
    } else {
        write_perspective(format.name, &p, sets, ctx.lang, ctx.style, opts.delimiter)
            .map_err(|e| during(e, Op::Render(format.name)))?
    };
    ctx.deliver(&bytes, opts.output.as_deref(), opts.force, format.binary)
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
    // The other bundled set's exports are read with it: leaders' exports among
    // the staff's make the perspective report.
    let other = if ctx.set.has_mirrors() {
        QuestionSet::bundled()
    } else {
        QuestionSet::leaders()
    };
    let (loaded, theirs) =
        ctx.load_exports_with(&opts.inputs, opts.strict, opts.group_by, &other)?;
    if let Some(theirs) = theirs {
        return perspective(ctx, opts, (high, low), merges, loaded, theirs, &other);
    }
    if opts.guide {
        return Err(Failure::Usage(ctx.texts().leaders_guide_needs_both().to_string()).into());
    }
    warn_unmatched(ctx, &merges, &loaded.rows);
    let options = report_options(
        opts,
        opts.group_by,
        (high, low),
        merges,
        opts.compare.clone(),
    );
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
