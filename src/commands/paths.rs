//! `paths`: where digikomp keeps its data, and where each path came from.

use crate::commands::Context;
use crate::i18n::Texts;
use crate::model::attempt::SetRef;
use crate::store::PathSource;
use crate::term::output::print_json;
use anyhow::Result;
use serde::Serialize;
use std::path::PathBuf;

/// Which path a line of `paths` is about; its JSON name is a stable key for
/// scripts, and the table says it in the user's language.
#[derive(Debug, Clone, Copy, Serialize)]
enum PathName {
    #[serde(rename = "data directory")]
    DataDir,
    #[serde(rename = "attempts")]
    Attempts,
    #[serde(rename = "draft")]
    Draft,
    #[serde(rename = "profile (config)")]
    Profile,
    #[serde(rename = "question set")]
    QuestionSet,
    #[serde(rename = "action plan")]
    ActionPlan,
}

impl PathName {
    fn label(self, t: &'static Texts) -> &'static str {
        match self {
            PathName::DataDir => t.path_label_data_dir(),
            PathName::Attempts => t.path_label_attempts(),
            PathName::Draft => t.path_label_draft(),
            PathName::Profile => t.path_label_profile(),
            PathName::QuestionSet => t.path_label_question_set(),
            PathName::ActionPlan => t.path_label_action_plan(),
        }
    }
}

/// Where a path came from. Serialized as the stable keys scripts read
/// (`"--data-dir"`, `"inside the data directory"`, `"bundled (digikomp-bibliotek 2.0)"` …);
/// the table says each in the user's language.
enum Source {
    /// The data directory's own source.
    Store(PathSource),
    /// A file inside the data directory.
    Inside,
    /// A flag or a variable, by its name.
    Named(&'static str),
    /// The question set built into the binary.
    Bundled(SetRef),
}

impl Serialize for Source {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Source::Store(source) => serializer.serialize_str(&source.to_string()),
            Source::Inside => serializer.serialize_str("inside the data directory"),
            Source::Named(name) => serializer.serialize_str(name),
            Source::Bundled(set) => serializer.collect_str(&format_args!("bundled ({set})")),
        }
    }
}

impl Source {
    fn said(&self, t: &'static Texts) -> String {
        match self {
            Source::Store(PathSource::Default) => t.path_platform().to_string(),
            Source::Store(source) => source.to_string(),
            Source::Inside => t.path_inside().to_string(),
            Source::Named(name) => (*name).to_string(),
            Source::Bundled(set) => t.path_bundled(set),
        }
    }
}

/// One path of `paths`, and where it came from. `name` and `source` are stable
/// keys for scripts; the table says them in the user's language.
#[derive(Serialize)]
struct PathInfo {
    name: PathName,
    path: Option<PathBuf>,
    source: Source,
    exists: bool,
}

/// `paths`: a line per path, or JSON.
pub fn run(ctx: &Context, json: bool) -> Result<()> {
    let t = ctx.texts();
    let entry = |name, path: PathBuf, source: Source| PathInfo {
        name,
        exists: path.exists(),
        path: Some(path),
        source,
    };
    let paths = vec![
        entry(
            PathName::DataDir,
            ctx.store.root().to_path_buf(),
            Source::Store(ctx.store.source()),
        ),
        entry(PathName::Attempts, ctx.store.attempts_dir(), Source::Inside),
        entry(PathName::Draft, ctx.store.draft_path(), Source::Inside),
        entry(PathName::Profile, ctx.store.profile_path(), Source::Inside),
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
                entry(PathName::QuestionSet, p.clone(), Source::Named(source))
            }
            None => PathInfo {
                name: PathName::QuestionSet,
                path: None,
                source: Source::Bundled(SetRef::of(&ctx.set)),
                exists: true,
            },
        },
        entry(PathName::ActionPlan, ctx.store.plans_path(), Source::Inside),
    ];
    if json {
        return print_json(&paths);
    }
    let mut out = String::new();
    let wide = paths
        .iter()
        .map(|p| p.name.label(t).chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    for p in &paths {
        let shown = p
            .path
            .as_ref()
            .map_or_else(String::new, |p| p.display().to_string());
        let source = p.source.said(t);
        let missing = if p.exists { "" } else { t.path_not_created() };
        let label = p.name.label(t);
        let pad = wide - label.chars().count();
        if p.path.is_none() {
            // The bundled set has no path: what it is, said once.
            out.push_str(&format!("{label}{:pad$}{source}\n", ""));
            continue;
        }
        out.push_str(&format!("{label}{:pad$}{shown}  ({source}{missing})\n", ""));
    }
    ctx.print(&out)
}
