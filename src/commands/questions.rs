//! `questions`: list the statements of the set in use, or check a set's file.

use crate::commands::context::read_set_text;
use crate::commands::Context;
use crate::i18n::texts;
use crate::model::attempt::SetRef;
use crate::model::lang::Lang;
use crate::model::question_set::check as check_set;
use crate::render::screens::questions_table;
use crate::term::output::{print_json, print_out, say};
use anyhow::Result;
use std::path::{Path, PathBuf};

/// Options of `questions`.
#[derive(Debug, Clone)]
pub struct QuestionsOptions {
    pub json: bool,
    /// Check this file instead of listing the set.
    pub check: Option<PathBuf>,
}

/// `questions`: the set as a table, or as JSON.
pub fn run(ctx: &Context, opts: &QuestionsOptions) -> Result<()> {
    if opts.json {
        print_json(&ctx.set)
    } else {
        ctx.print(&questions_table(&ctx.set, ctx.lang, ctx.style))
    }
}

/// `questions --check FILE`: every problem with its line; exit 1 when there is one.
pub fn check(path: &Path, lang: Lang) -> Result<()> {
    let t = texts(lang);
    let text = read_set_text(path)?;
    match check_set(&text) {
        Ok(set) => print_out(&format!(
            "{}\n",
            t.set_check_ok(
                path.display(),
                set.statements.len(),
                set.areas.len(),
                set.scale.min,
                set.scale.max,
                SetRef::of(&set)
            )
        )),
        Err(problems) => {
            for p in &problems {
                say(&t.set_check_line(path.display(), p));
            }
            anyhow::bail!("{}", t.set_check_failed(path.display(), problems.len()))
        }
    }
}
