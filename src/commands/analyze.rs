//! `analyze`: item analysis of other people's exports, for whoever pilots a
//! question set.

use crate::commands::Context;
use crate::model::stats::analysis::analyze;
use crate::model::stats::disclosure::Protection;
use crate::report::json::Json;
use crate::report::table::Table;
use crate::report::{Exporter, RenderCtx};
use crate::term::output::write_stdout;
use crate::workshop::aggregate::{latest_per_respondent, record_key_of, unique};
use anyhow::Result;
use std::path::PathBuf;

/// Options of `analyze`.
#[derive(Debug, Clone)]
pub struct AnalyzeOptions {
    pub inputs: Vec<PathBuf>,
    pub json: bool,
    pub strict: bool,
    /// `--exact`: no perturbation, for whoever holds the files.
    pub exact: bool,
}

/// `analyze`: reads the exports like `workshop`, keeps each respondent's latest
/// record, and prints the analysis.
pub fn run(ctx: &Context, opts: &AnalyzeOptions) -> Result<()> {
    let loaded = ctx.load_exports(&opts.inputs, opts.strict, None)?;
    let rows = &loaded.rows;
    let latest = latest_per_respondent(rows, &unique(rows).0);
    let ratings: Vec<Vec<Option<u8>>> = latest
        .iter()
        .map(|&i| {
            rows.ratings(i as usize)
                .iter()
                .map(|c| c.map(std::num::NonZeroU8::get))
                .collect()
        })
        .collect();
    let refs: Vec<&[Option<u8>]> = ratings.iter().map(Vec::as_slice).collect();
    let keys: Vec<u64> = latest.iter().map(|&i| record_key_of(rows, i)).collect();
    let protection = if opts.exact {
        Protection::Exact
    } else {
        Protection::Perturbed
    };
    let analysis = analyze(&ctx.set, &refs, &keys, protection);
    let cx = RenderCtx {
        set: &ctx.set,
        lang: ctx.lang,
        style: ctx.style,
        delimiter: b';',
    };
    let bytes = if opts.json {
        Json.write(&analysis, &cx)?
    } else {
        Table.write(&analysis, &cx)?
    };
    write_stdout(&bytes)
}
