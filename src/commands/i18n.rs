//! `i18n`: the languages digikomp speaks, and `--check FILE`, which a translator
//! runs on a catalogue to see what it lacks before it is added to `i18n/`.

use crate::i18n::check::check;
use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::store::fs::read_bounded;
use crate::term::output::{print_out, say};
use anyhow::{bail, Context as _, Result};
use std::path::{Path, PathBuf};

/// Options of `i18n`.
#[derive(Debug, Clone)]
pub struct I18nOptions {
    /// Check this catalogue against the program.
    pub check: Option<PathBuf>,
}

/// A catalogue is a few hundred kilobytes; ten times the Swedish one is plenty.
const MAX_CATALOGUE_BYTES: u64 = 2 * 1024 * 1024;

/// `i18n`: the languages, or the check of a catalogue.
pub fn run(opts: &I18nOptions, lang: Lang) -> Result<()> {
    if let Some(path) = &opts.check {
        return check_file(path, lang);
    }
    let lines: String = Lang::all()
        .map(|l| format!("{}  {}\n", l.code(), texts(l).language_name()))
        .collect();
    print_out(&lines)
}

/// Every problem of the catalogue at `path`, one per line on stderr, as
/// `FILE:LINE: what`; an error (exit 1) when there is one.
fn check_file(path: &Path, lang: Lang) -> Result<()> {
    let t = texts(lang);
    let bytes = read_bounded(path, MAX_CATALOGUE_BYTES)
        .with_context(|| crate::error::Op::Read(path.to_path_buf()))?;
    let text = String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{}", t.not_utf8()))?;
    let checked = check(&text);
    let file = path.display().to_string();
    for f in &checked.faults {
        say(&t.catalogue_fault(&file, f));
    }
    for d in &checked.differences {
        say(&t.catalogue_difference(&file, d));
    }
    let problems = checked.faults.len() + checked.differences.len();
    if problems > 0 {
        bail!("{}", t.ftl_check_failed(&file, problems));
    }
    print_out(&format!("{}\n", t.ftl_check_ok(&file, checked.messages)))
}
