//! `ambassador match DIR`: learning circles of the colleagues who opted in
//! through `export --learning-match`. Only the names they chose and topics are
//! shown; nobody who did not opt in is mentioned, and no rating is read.

use super::{deliver, Delivery};
use crate::commands::Context;
use crate::model::ambassador::matching::form_circles;
use crate::render::ambassador::{match_doc, topic};
use crate::term::output::print_json;
use crate::workshop::learning::read_shared;
use crate::workshop::read::InputError;
use anyhow::Result;
use serde::Serialize;
use std::path::PathBuf;

/// Options of `ambassador match`.
#[derive(Debug, Clone)]
pub struct MatchOptions {
    pub inputs: Vec<PathBuf>,
    pub max_learners: usize,
    pub delivery: Delivery,
    pub json: bool,
}

#[derive(Serialize)]
struct JsonCircle<'a> {
    topic: String,
    title: String,
    helper: &'a str,
    learners: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonWaiting<'a> {
    topic: String,
    title: String,
    learners: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonMatch<'a> {
    max_learners: usize,
    people: usize,
    circles: Vec<JsonCircle<'a>>,
    waiting: Vec<JsonWaiting<'a>>,
}

/// `ambassador match`.
pub fn run(ctx: &Context, opts: &MatchOptions) -> Result<()> {
    let t = ctx.texts();
    let describe = |p: &crate::workshop::read::FileProblem| t.file_problem(p);
    let shared = read_shared(&ctx.set, &opts.inputs, &describe);
    for b in &shared.bad {
        ctx.say(&t.skipped_file(&b.file, &b.reason));
    }
    // Nothing to read at all is an error, as for `workshop`; exports without
    // anyone opted in are not.
    if shared.files_read == 0 {
        return Err(if shared.bad.is_empty() {
            InputError::NoFiles {
                inputs: opts.inputs.clone(),
            }
        } else {
            InputError::NoUsableRecords
        }
        .into());
    }
    let people = &shared.people;
    if people.is_empty() {
        ctx.say(&t.amb_match_nobody(shared.files_read));
    }
    let m = form_circles(people, opts.max_learners);
    if opts.json {
        let lang = ctx.lang;
        let names = |l: &[usize]| l.iter().map(|&i| people[i].name.as_str()).collect();
        return print_json(&JsonMatch {
            max_learners: opts.max_learners,
            people: people.len(),
            circles: m
                .circles
                .iter()
                .map(|c| JsonCircle {
                    topic: c.topic.to_string(),
                    title: topic(&ctx.set, c.topic, lang),
                    helper: &people[c.helper].name,
                    learners: names(&c.learners),
                })
                .collect(),
            waiting: m
                .unmatched
                .iter()
                .map(|(code, l)| JsonWaiting {
                    topic: code.to_string(),
                    title: topic(&ctx.set, *code, lang),
                    learners: names(l),
                })
                .collect(),
        });
    }
    if people.is_empty() {
        return Ok(());
    }
    let doc = match_doc(&ctx.set, people, &m, opts.max_learners, ctx.lang);
    deliver(ctx, &doc, &opts.delivery)
}
