//! `analyze`: item analysis of other people's exports, for whoever pilots a
//! question set.

use crate::commands::Context;
use crate::model::stats::analysis::analyze;
use crate::model::stats::disclosure::Protection;
use crate::report::json::Json;
use crate::report::table::Table;
use crate::report::{Exporter, RenderCtx};
use crate::term::output::write_stdout;
use crate::workshop::aggregate::{
    analysis_input, latest_per_respondent, unique, without_anonymous_copies,
};
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
    // As in the group report: duplicates, and anonymous copies of named
    // records, count once.
    let (kept, _) = without_anonymous_copies(rows, unique(rows).0);
    let latest = latest_per_respondent(rows, &kept);
    let protection = if opts.exact {
        Protection::Exact
    } else {
        Protection::Perturbed
    };
    let (exact, values, keys) = analysis_input(&ctx.set, rows, &latest, protection);
    let refs: Vec<&[Option<u8>]> = exact.iter().map(Vec::as_slice).collect();
    let value_refs: Vec<&[Option<f64>]> = values.iter().map(Vec::as_slice).collect();
    let analysis = analyze(&ctx.set, &refs, &value_refs, &keys, protection);
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
