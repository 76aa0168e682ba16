//! `ambassador pack DIR`: the meeting pack from the group profile of the
//! exports, with the workshop's protection: the figures of the latest round,
//! perturbed, nothing about fewer than K people, no spread under 10.

use super::{deliver, protected_report, Delivery};
use crate::commands::Context;
use crate::model::ambassador::content::Content;
use crate::model::ambassador::focus::{choose, learning_resources, AreaShown, Reason};
use crate::model::stats::disclosure::SMALL_GROUP;
use crate::render::ambassador::{pack_doc, FocusView, PackView};
use crate::term::output::print_json;
use crate::workshop::report::Group;
use anyhow::Result;
use serde::Serialize;
use std::path::PathBuf;

/// Options of `ambassador pack`.
#[derive(Debug, Clone)]
pub struct PackOptions {
    pub inputs: Vec<PathBuf>,
    pub delivery: Delivery,
    pub json: bool,
    pub strict: bool,
}

#[derive(Serialize)]
struct JsonExercise<'a> {
    title: &'a str,
    minutes: u16,
    steps: Vec<&'a str>,
}

#[derive(Serialize)]
struct JsonResource<'a> {
    id: &'a str,
    title: String,
    url: &'a str,
    level: crate::model::learning::Level,
    format: crate::model::learning::Format,
    minutes: u16,
}

#[derive(Serialize)]
struct JsonFocus<'a> {
    area: u8,
    name: String,
    reason: Reason,
    questions: Vec<&'a str>,
    exercise: JsonExercise<'a>,
    scenario: &'a str,
    resources: Vec<JsonResource<'a>>,
}

#[derive(Serialize)]
struct JsonArea {
    area: u8,
    mean: Option<f64>,
    sd: Option<f64>,
}

/// `--json` for a group too small to show anything about.
#[derive(Serialize)]
struct NoPack {
    respondents: usize,
    too_small: bool,
    focus: [(); 0],
}

#[derive(Serialize)]
struct JsonPack<'a> {
    lang: &'static str,
    content_version: &'a str,
    respondents: usize,
    round: Option<&'a str>,
    areas: Vec<JsonArea>,
    focus: Vec<JsonFocus<'a>>,
    closing: &'a str,
}

/// `ambassador pack`.
pub fn run(ctx: &Context, opts: &PackOptions) -> Result<()> {
    let t = ctx.texts();
    let report = protected_report(ctx, &opts.inputs, opts.strict)?;
    // The latest round large enough to show: the group as it is now (a pilot
    // of two taken later does not hide the round before it).
    let shown = |g: &&Group| !g.too_small && g.areas.iter().any(|a| a.figures.mean.is_some());
    let Some(latest) = report.groups.last() else {
        return Ok(());
    };
    let Some(group) = report.groups.iter().rev().find(shown) else {
        let group = latest;
        ctx.say(&t.amb_pack_too_small(group.respondents, report.min_group()));
        // A script still gets JSON: how many, and no focus.
        if opts.json {
            return print_json(&NoPack {
                respondents: group.respondents,
                too_small: true,
                focus: [],
            });
        }
        return Ok(());
    };
    if group.key != latest.key {
        let name = |g: &Group| {
            g.round
                .clone()
                .unwrap_or_else(|| t.amb_no_label().to_string())
        };
        ctx.say(&t.amb_pack_earlier_round(name(latest), latest.respondents, name(group)));
    }
    let shown: Vec<AreaShown> = group
        .areas
        .iter()
        .map(|a| AreaShown {
            area: a.area,
            mean: a.figures.mean,
            sd: a.figures.sd,
        })
        .collect();
    let content = Content::bundled();
    let focus: Vec<FocusView<'_>> = choose(&shown)
        .into_iter()
        .filter_map(|(area, reason)| {
            Some(FocusView {
                area,
                reason,
                content: content.area(area)?,
                resources: learning_resources(&ctx.set, area),
            })
        })
        .collect();
    let view = PackView {
        respondents: group.respondents,
        round: group.round.clone(),
        areas: shown,
        focus,
        content: &content,
        small_group: SMALL_GROUP,
    };
    if opts.json {
        return print_json(&json(ctx, &view));
    }
    deliver(ctx, &pack_doc(&ctx.set, &view, ctx.lang), &opts.delivery)
}

fn json<'a>(ctx: &Context, v: &'a PackView<'a>) -> JsonPack<'a> {
    let lang = ctx.lang;
    JsonPack {
        lang: lang.code(),
        content_version: &v.content.version,
        respondents: v.respondents,
        round: v.round.as_deref(),
        areas: v
            .areas
            .iter()
            .map(|a| JsonArea {
                area: a.area,
                mean: a.mean,
                sd: a.sd,
            })
            .collect(),
        focus: v
            .focus
            .iter()
            .map(|f| JsonFocus {
                area: f.area,
                name: ctx.set.area_name(f.area, lang),
                reason: f.reason,
                questions: f.content.questions.iter().map(|q| q.get(lang)).collect(),
                exercise: JsonExercise {
                    title: f.content.exercise.title.get(lang),
                    minutes: f.content.exercise.minutes,
                    steps: f
                        .content
                        .exercise
                        .steps
                        .iter()
                        .map(|s| s.get(lang))
                        .collect(),
                },
                scenario: f.content.scenario.get(lang),
                resources: f
                    .resources
                    .iter()
                    .map(|r| JsonResource {
                        id: &r.id,
                        title: r.title.get(lang).to_string(),
                        url: &r.url,
                        level: r.level,
                        format: r.format,
                        minutes: r.minutes,
                    })
                    .collect(),
            })
            .collect(),
        closing: v.content.closing.get(lang),
    }
}
