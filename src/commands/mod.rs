//! The commands, one module each, and the dispatcher that runs the one the user
//! asked for with a [`Context`].

pub mod ambassador;
pub mod analyze;
pub mod context;
pub mod delete;
pub mod export;
pub mod history;
pub mod i18n;
pub mod learn;
pub mod paths;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod questions;
pub mod results;
pub mod take;
pub mod workshop;

pub use context::{ColorChoice, Context, Globals};

use crate::term::output::write_stdout;
use anyhow::Result;

/// What the user asked for.
#[derive(Debug, Clone)]
pub enum Action {
    Take {
        options: take::TakeOptions,
        json: bool,
    },
    Questions(questions::QuestionsOptions),
    I18n(i18n::I18nOptions),
    History {
        json: bool,
    },
    Results {
        id: Option<String>,
        json: bool,
    },
    Progress(progress::ProgressOptions),
    Delete(delete::DeleteOptions),
    Profile(profile::ProfileOptions),
    Export(export::ExportOptions),
    Workshop(workshop::WorkshopOptions),
    Analyze(analyze::AnalyzeOptions),
    Ambassador(ambassador::AmbassadorAction),
    Paths {
        json: bool,
    },
    Plan(plan::PlanShowOptions),
    PlanAdd(plan::PlanAddOptions),
    PlanClose(String),
    Learn(learn::LearnOptions),
    LearnCircle(learn::CircleOptions),
    LearnDone {
        id: String,
        resources: Option<std::path::PathBuf>,
    },
    /// Bytes made by the command line itself (completions, man page).
    Emit(Vec<u8>),
}

/// Runs one command.
pub fn run(globals: &Globals, action: Action) -> Result<()> {
    match action {
        Action::Emit(bytes) => return write_stdout(&bytes),
        Action::Questions(questions::QuestionsOptions {
            check: Some(path), ..
        }) => return questions::check(&path, globals.lang),
        Action::I18n(opts) => return i18n::run(&opts, globals.lang),
        _ => {}
    }
    let ctx = Context::new(globals)?;
    match action {
        Action::Take { options, json } => take::run(&ctx, &options, json),
        Action::Questions(opts) => questions::run(&ctx, &opts),
        Action::History { json } => history::run(&ctx, json),
        Action::Results { id, json } => results::run(&ctx, id.as_deref(), json),
        Action::Progress(opts) => progress::run(&ctx, &opts),
        Action::Delete(opts) => delete::run(&ctx, &opts),
        Action::Profile(opts) => profile::run(&ctx, &opts),
        Action::Export(opts) => export::run(&ctx, &opts),
        Action::Workshop(opts) => workshop::run(&ctx, &opts),
        Action::Analyze(opts) => analyze::run(&ctx, &opts),
        Action::Ambassador(action) => ambassador::run(&ctx, &action),
        Action::Paths { json } => paths::run(&ctx, json),
        Action::Plan(opts) => plan::run_show(&ctx, &opts),
        Action::PlanAdd(opts) => plan::run_add(&ctx, &opts),
        Action::PlanClose(id) => plan::run_close(&ctx, &id),
        Action::Learn(opts) => learn::run(&ctx, &opts),
        Action::LearnCircle(opts) => learn::run_circle(&ctx, &opts),
        Action::LearnDone { id, resources } => learn::run_done(&ctx, &id, resources.as_deref()),
        Action::Emit(_) | Action::I18n(_) => Ok(()),
    }
}
