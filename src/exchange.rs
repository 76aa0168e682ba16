//! The commands that move results between people: `profile`, `export` and
//! `workshop`.

use crate::app::{print_json, print_out, Ctx};
use crate::error::Failure;
use crate::export::{self, Exporter};
use crate::history::{find, load};
use crate::storage::write_atomic;
use crate::storage::Stored;
use crate::texts::{fill, texts};
use crate::workshop::{self, GroupBy};
use crate::workshop_report::{self, Format};
use anyhow::{bail, Result};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Options of `profile`.
#[derive(Debug, Clone)]
pub struct ProfileOptions {
    pub workplace: Option<String>,
    pub role: Option<String>,
    pub clear: bool,
    pub json: bool,
}

/// Which attempts `export` writes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Which {
    Latest,
    Attempt(String),
    All,
}

/// Options of `export`.
#[derive(Debug, Clone)]
pub struct ExportOptions {
    pub format: Option<Format>,
    pub which: Which,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub anonymous: bool,
    pub delimiter: u8,
    /// Include the action plan (json, md, html only).
    pub with_plan: bool,
}

/// Options of `workshop`.
#[derive(Debug, Clone)]
pub struct WorkshopOptions {
    pub inputs: Vec<PathBuf>,
    pub format: Option<Format>,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub group_by: Option<GroupBy>,
    pub high: u8,
    pub low: u8,
    pub strict: bool,
    pub delimiter: u8,
}

/// `profile`: show or set what a person shares in exports.
pub fn run_profile(ctx: &Ctx, opts: &ProfileOptions) -> Result<()> {
    let mut profile = ctx.store.load_or_create_profile()?;
    if opts.clear {
        profile.workplace = None;
        profile.role = None;
    }
    let clean = |s: &Option<String>| s.as_ref().map(|v| v.trim().to_string());
    if let Some(w) = clean(&opts.workplace) {
        profile.workplace = (!w.is_empty()).then_some(w);
    }
    if let Some(r) = clean(&opts.role) {
        profile.role = (!r.is_empty()).then_some(r);
    }
    if opts.clear || opts.workplace.is_some() || opts.role.is_some() {
        ctx.store.save_profile(&profile)?;
    }
    if opts.json {
        return print_json(&profile);
    }
    print_out(&format!(
        "respondent: {}\nworkplace:  {}\nrole:       {}\n",
        profile.respondent_id,
        profile.workplace.as_deref().unwrap_or("–"),
        profile.role.as_deref().unwrap_or("–"),
    ))
}

/// The format asked for, else the one the output file's extension names, else `default`.
fn pick_format(format: Option<Format>, output: Option<&Path>, default: Format) -> Format {
    format
        .or_else(|| {
            let ext = output?.extension()?.to_str()?.to_ascii_lowercase();
            Some(match ext.as_str() {
                "csv" => Format::Csv,
                "json" => Format::Json,
                "md" => Format::Md,
                "html" | "htm" => Format::Html,
                "xlsx" => Format::Xlsx,
                _ => return None,
            })
        })
        .unwrap_or(default)
}

/// Writes a report to `-o FILE` (refusing to replace a file without `--force`) or stdout.
fn deliver(
    ctx: &Ctx,
    bytes: &[u8],
    output: Option<&Path>,
    force: bool,
    binary: bool,
) -> Result<()> {
    match output {
        Some(path) if path.as_os_str() != "-" => {
            if path.exists() && !force {
                return Err(Failure::Usage(format!(
                    "{} exists; choose another name or add --force to replace it",
                    path.display()
                ))
                .into());
            }
            write_atomic(path, bytes, true)?;
            ctx.say(&format!("→ {}", path.display()));
            Ok(())
        }
        _ => {
            if binary && std::io::stdout().is_terminal() {
                return Err(Failure::Usage(
                    "an Excel file cannot be shown in the terminal: add -o FILE.xlsx".into(),
                )
                .into());
            }
            export::to_stdout(bytes)
        }
    }
}

/// `export`: the user's attempts as a file to bring to a workshop.
pub fn run_export(ctx: &Ctx, opts: &ExportOptions) -> Result<()> {
    let stored: Vec<Stored> = load(ctx)?
        .into_iter()
        .filter(|s| s.attempt.question_set.id == ctx.set.id)
        .collect();
    if stored.is_empty() {
        bail!(
            "{}",
            fill(
                texts(ctx.lang).no_attempts,
                &[("path", &ctx.store.attempts_dir().display())]
            )
        );
    }
    // The same id lookup as `results` and `delete`: a unique prefix, or the latest.
    let chosen: Vec<&crate::attempt::Attempt> = match &opts.which {
        Which::All => stored.iter().map(|s| &s.attempt).collect(),
        Which::Latest => find(ctx, &stored, None)?
            .map(|s| &s.attempt)
            .into_iter()
            .collect(),
        Which::Attempt(id) => find(ctx, &stored, Some(id))?
            .map(|s| &s.attempt)
            .into_iter()
            .collect(),
    };
    let profile = ctx.store.load_or_create_profile()?;
    let records = export::records(&ctx.set, &chosen, &profile, opts.anonymous);
    let format = pick_format(opts.format, opts.output.as_deref(), Format::Csv);
    // The plan travels only when asked for, and never in an anonymous export.
    let plans = if opts.with_plan {
        if opts.anonymous {
            return Err(Failure::Usage(
                "--with-plan and --anonymous do not go together: a plan's goals are personal"
                    .into(),
            )
            .into());
        }
        if !matches!(format, Format::Json | Format::Md | Format::Html) {
            return Err(
                Failure::Usage("--with-plan works with --format json, md or html".into()).into(),
            );
        }
        Some(ctx.store.load_plans()?.items)
    } else {
        None
    };
    let exporter: Box<dyn Exporter> = match format {
        Format::Csv | Format::Table => Box::new(export::Csv {
            delimiter: opts.delimiter,
        }),
        Format::Json => Box::new(export::Json { plans }),
        Format::Md => Box::new(export::Markdown { plans }),
        Format::Html => Box::new(export::Html { plans }),
        Format::Xlsx => Box::new(export::Xlsx),
    };
    let bytes = exporter.write(&ctx.set, &records, ctx.lang)?;
    deliver(
        ctx,
        &bytes,
        opts.output.as_deref(),
        opts.force,
        format == Format::Xlsx,
    )
}

/// `workshop`: the group profile from many people's exports.
pub fn run_workshop(ctx: &Ctx, opts: &WorkshopOptions) -> Result<()> {
    let loaded = workshop::load(&ctx.set, &opts.inputs);
    for b in &loaded.bad {
        ctx.say(&fill(
            texts(ctx.lang).skipped_file,
            &[("path", &b.file), ("reason", &b.reason)],
        ));
    }
    if opts.strict && !loaded.bad.is_empty() {
        bail!(
            "{} file(s) could not be used (--strict); fix or remove them",
            loaded.bad.len()
        );
    }
    if loaded.records.is_empty() {
        if loaded.files_read == 0 && loaded.bad.is_empty() {
            bail!(
                "found no .csv or .json files in {}; give the exports made with `digikomp export`, or the folder that holds them",
                opts.inputs
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
        bail!("no usable records in the files given; give exports made with `digikomp export`");
    }
    let report = workshop::aggregate(
        &ctx.set,
        loaded,
        &workshop::Options {
            group_by: opts.group_by,
            high: opts.high,
            low: opts.low,
            priorities: 5,
        },
    );
    let format = pick_format(opts.format, opts.output.as_deref(), Format::Table);
    let bytes = workshop_report::render(
        &ctx.set,
        &report,
        format,
        ctx.lang,
        ctx.style,
        opts.delimiter,
    )?;
    deliver(
        ctx,
        &bytes,
        opts.output.as_deref(),
        opts.force,
        format == Format::Xlsx,
    )
}
