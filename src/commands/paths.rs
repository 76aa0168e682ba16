//! `paths`: where digikomp keeps its data, and where each path came from.

use crate::commands::Context;
use crate::model::attempt::SetRef;
use crate::ui::output::{print_json, print_out};
use anyhow::Result;
use serde::Serialize;
use std::path::PathBuf;

/// One path of `paths`, and where it came from. `name` and `source` are stable
/// keys for scripts; the table says them in the user's language.
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
    let t = ctx.texts();
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
    let wide = paths
        .iter()
        .map(|p| t.path_label(p.name).chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    for p in &paths {
        let shown = p
            .path
            .as_ref()
            .map_or_else(|| "–".to_string(), |p| p.display().to_string());
        let source = match p.source.as_str() {
            "inside the data directory" => t.path_inside.to_string(),
            "platform default" => t.path_platform.to_string(),
            s if s.starts_with("bundled") => t.path_bundled(SetRef::of(&ctx.set)),
            s => s.to_string(),
        };
        let missing = if p.exists { "" } else { t.path_not_created };
        let label = t.path_label(p.name);
        let pad = wide - label.chars().count();
        out.push_str(&format!("{label}{:pad$}{shown}  ({source}{missing})\n", ""));
    }
    print_out(&out)
}
