//! `paths`: where digikomp keeps its data, and where each path came from.

use crate::commands::Context;
use crate::model::attempt::SetRef;
use crate::ui::output::{print_json, print_out};
use anyhow::Result;
use serde::Serialize;
use std::path::PathBuf;

/// One path of `paths`, and where it came from.
#[derive(Serialize)]
struct PathInfo {
    name: &'static str,
    path: Option<PathBuf>,
    source: String,
    exists: bool,
}

/// `paths`: a line per path, or JSON.
pub fn run(ctx: &Context, json: bool) -> Result<()> {
    let source = ctx.store.source().to_string();
    let inside = "inside the data directory".to_string();
    let entry = |name, path: PathBuf, source: String| PathInfo {
        name,
        exists: path.exists(),
        path: Some(path),
        source,
    };
    let paths = vec![
        entry("data directory", ctx.store.root().to_path_buf(), source),
        entry("attempts", ctx.store.attempts_dir(), inside.clone()),
        entry("draft", ctx.store.draft_path(), inside.clone()),
        entry("profile (config)", ctx.store.profile_path(), inside.clone()),
        match &ctx.set_source {
            Some(p) => {
                // The flag wins over the variable, so a path equal to the variable's
                // came from it unless the flag repeated it.
                let from_env = std::env::var_os("DIGIKOMP_QUESTIONS").is_some_and(|v| v == *p);
                let source = if from_env {
                    "DIGIKOMP_QUESTIONS"
                } else {
                    "--questions"
                };
                entry("question set", p.clone(), source.to_string())
            }
            None => PathInfo {
                name: "question set",
                path: None,
                source: format!("bundled ({})", SetRef::of(&ctx.set)),
                exists: true,
            },
        },
        entry("action plan", ctx.store.plans_path(), inside),
    ];
    if json {
        return print_json(&paths);
    }
    let mut out = String::new();
    for p in &paths {
        let shown = p
            .path
            .as_ref()
            .map_or_else(|| "–".to_string(), |p| p.display().to_string());
        let missing = if p.exists { "" } else { ", not created yet" };
        out.push_str(&format!(
            "{:<17} {shown}  ({}{missing})\n",
            p.name, p.source
        ));
    }
    print_out(&out)
}
