//! `learn`: browse the learning library offline, get suggestions from one's
//! own result and plan, check the catalogue, write a study-circle guide, and
//! note a resource as worked through (which the plan item it served is told).

use crate::commands::Context;
use crate::error::{Failure, Op};
use crate::model::learning::{Catalogue, CatalogueProblem, Circles, Filter, LearningResource};
use crate::model::plan::{Learned, Status};
use crate::model::score::score;
use crate::render::learn::list;
use crate::render::screens::describe_target;
use crate::report::circle::{self, Guide};
use crate::term::output::print_json;
use anyhow::{Context as _, Result};
use serde::Serialize;
use std::path::{Path, PathBuf};

/// Options of `learn` (the list).
#[derive(Debug, Clone, Default)]
pub struct LearnOptions {
    pub filter: Filter,
    pub for_me: bool,
    pub json: bool,
    /// A local catalogue merged into the bundled one.
    pub resources: Option<PathBuf>,
    pub check: bool,
}

/// Options of `learn circle`.
#[derive(Debug, Clone)]
pub struct CircleOptions {
    pub area: u8,
    /// `md` or `html`; by the extension of `output` when not given.
    pub format: Option<String>,
    pub output: Option<PathBuf>,
    pub force: bool,
    pub resources: Option<PathBuf>,
}

/// A local catalogue is a few hundred entries at most.
const MAX_CATALOGUE_BYTES: u64 = 1024 * 1024;

/// How many resources `--for-me` suggests.
const FOR_ME: usize = 8;

/// How many resources a study-circle guide offers.
const FOR_CIRCLE: usize = 4;

/// The bundled catalogue with the local one (if any) merged in.
fn catalogue(ctx: &Context, local: Option<&Path>) -> Result<Catalogue> {
    let mut cat = Catalogue::bundled();
    if let Some(path) = local {
        let bytes = crate::store::fs::read_bounded(path, MAX_CATALOGUE_BYTES)
            .with_context(|| Op::Read(path.to_path_buf()))?;
        let t = ctx.texts();
        let text = String::from_utf8(bytes).map_err(|_| {
            anyhow::anyhow!(
                "{}",
                t.learn_resources_bad(path.display(), t.not_utf8().trim_end_matches('.'))
            )
        })?;
        let own = Catalogue::parse(&text).map_err(|problems| {
            let words: Vec<String> = problems.iter().map(|p| t.learn_problem(p)).collect();
            anyhow::anyhow!(
                "{}",
                t.learn_resources_bad(path.display(), words.join("; "))
            )
        })?;
        cat.merge(own);
    }
    Ok(cat)
}

/// What `--json` prints: the resources, whole.
#[derive(Serialize)]
struct Listing<'a> {
    resources: Vec<&'a LearningResource>,
}

/// `learn`: the resources that pass the filter (or the suggestions), as
/// blocks or JSON. A filter that matches nothing says so and exits 0.
pub fn run(ctx: &Context, opts: &LearnOptions) -> Result<()> {
    let cat = catalogue(ctx, opts.resources.as_deref())?;
    if opts.check {
        return check(ctx, &cat);
    }
    let t = ctx.texts();
    if let Some(code) = opts
        .filter
        .statement
        .filter(|&c| ctx.set.statement(c).is_none())
    {
        return Err(Failure::Usage(t.plan_no_statement(code)).into());
    }
    let chosen = if opts.for_me {
        let Some(picked) = for_me(ctx, &cat)? else {
            ctx.say_empty();
            return Ok(());
        };
        picked
    } else {
        cat.filtered(&ctx.set, &opts.filter)
    };
    if opts.json {
        return print_json(&Listing { resources: chosen });
    }
    if chosen.is_empty() {
        ctx.say(t.learn_none());
        return Ok(());
    }
    let name = format!("{} {}", cat.id, cat.version);
    let head = if opts.for_me {
        t.learn_for_me_title().to_string()
    } else {
        t.learn_count(chosen.len(), cat.resources.len(), name)
    };
    let mut out = ctx.style.wrapped(&head, "", "");
    out.push_str(&list(&chosen, ctx.lang, ctx.style));
    ctx.print(&out)
}

/// The suggestions for the person: the statements of the open plan items
/// first (an area item by its lowest-rated statements), then the latest
/// result's statements to develop; `None` without an attempt.
fn for_me<'a>(ctx: &Context, cat: &'a Catalogue) -> Result<Option<Vec<&'a LearningResource>>> {
    let attempts = ctx.attempts_of_set()?;
    let Some(latest) = attempts.last() else {
        return Ok(None);
    };
    let attempt = &latest.attempt;
    let set = ctx.set_for(attempt);
    let plans = ctx.store.load_plans()?;
    let mut codes = Vec::new();
    for item in plans.items.iter().filter(|i| i.status == Status::Open) {
        match item.target {
            crate::model::plan::Target::Statement { code } => codes.push(code),
            crate::model::plan::Target::Area { area } => {
                let mut own: Vec<_> = set
                    .statements_of(area)
                    .filter_map(|s| attempt.answers.get(&s.code).map(|&v| (v, s.code)))
                    .collect();
                own.sort();
                codes.extend(own.into_iter().map(|(_, c)| c));
            }
        }
    }
    let sc = score(&set, &attempt.answers);
    codes.extend(sc.to_develop.iter().map(|r| r.code));
    // Then every other statement, lowest first, so that a person with no
    // statement to develop (all answers alike) still gets suggestions.
    let mut rest: Vec<_> = attempt.answers.iter().map(|(&c, &v)| (v, c)).collect();
    rest.sort();
    codes.extend(rest.into_iter().map(|(_, c)| c));
    Ok(Some(cat.for_statements(&set, codes, FOR_ME)))
}

/// `learn --check`: every rule the catalogue breaks, or that it keeps them all.
fn check(ctx: &Context, cat: &Catalogue) -> Result<()> {
    let t = ctx.texts();
    let today = ctx.sources.now().date_naive();
    let bundled_set = crate::model::question_set::QuestionSet::bundled();
    let mut problems: Vec<CatalogueProblem> = cat.entry_problems(Some(today));
    problems.extend(cat.set_problems(&bundled_set));
    if problems.is_empty() {
        let name = format!("{} {}", cat.id, cat.version);
        return ctx.print(&format!(
            "{}\n",
            t.learn_check_ok(name, cat.resources.len())
        ));
    }
    for p in &problems {
        crate::term::output::say(&t.learn_problem(p));
    }
    anyhow::bail!("{}", t.learn_check_failed(problems.len()))
}

/// `learn circle AREA`: the guide as Markdown or HTML, to stdout or a file.
pub fn run_circle(ctx: &Context, opts: &CircleOptions) -> Result<()> {
    let t = ctx.texts();
    let circles = Circles::bundled();
    let (Some(circle), Some(_)) = (circles.area(opts.area), ctx.set.area(opts.area)) else {
        return Err(Failure::Usage(t.learn_no_area(opts.area)).into());
    };
    let cat = catalogue(ctx, opts.resources.as_deref())?;
    let mut resources = cat.filtered(
        &ctx.set,
        &Filter {
            area: Some(opts.area),
            group: true,
            ..Filter::default()
        },
    );
    resources.sort_by_key(|r| (r.level, r.minutes));
    resources.truncate(FOR_CIRCLE);
    let guide = Guide {
        area: opts.area,
        area_name: ctx.set.area_name(opts.area, ctx.lang),
        circles: &circles,
        circle,
        resources,
    };
    let by_extension = opts
        .output
        .as_deref()
        .and_then(Path::extension)
        .and_then(|e| e.to_str())
        .map(str::to_ascii_lowercase);
    let html = match opts.format.as_deref() {
        Some(f) => f == "html",
        None => matches!(by_extension.as_deref(), Some("html" | "htm")),
    };
    // A Markdown file named .html (or the other way round) would open wrong.
    let named = match by_extension.as_deref() {
        Some("html" | "htm") => Some(true),
        Some("md" | "markdown") => Some(false),
        _ => None,
    };
    if let (Some(path), Some(named)) = (opts.output.as_deref(), named) {
        if named != html {
            let format = if html { "html" } else { "md" };
            return Err(Failure::Usage(t.format_extension_mismatch(format, path.display())).into());
        }
    }
    let text = if html {
        circle::html(&guide, ctx.lang)
    } else {
        circle::markdown(&guide, ctx.lang)
    };
    ctx.deliver(text.as_bytes(), opts.output.as_deref(), opts.force, false)
}

/// `learn done ID`: notes the resource as worked through, with the open plan
/// items it serves, under the plan's lock; says which item to close.
pub fn run_done(ctx: &Context, id: &str, resources: Option<&Path>) -> Result<()> {
    let t = ctx.texts();
    let cat = catalogue(ctx, resources)?;
    let Some(resource) = cat.get(id) else {
        return Err(Failure::Usage(t.learn_unknown_id(id)).into());
    };
    let now = ctx.sources.now();
    let served = ctx.store.update_plans(|plans| {
        let items: Vec<_> = plans
            .items
            .iter()
            .filter(|i| i.status == Status::Open && i.target.served_by(&resource.statements))
            .map(|i| (i.id.clone(), i.target.clone()))
            .collect();
        plans.learned.push(Learned {
            resource: resource.id.clone(),
            at: now,
            items: items.iter().map(|(id, _)| id.clone()).collect(),
        });
        Ok(items)
    })?;
    ctx.say(&t.learn_done_msg(resource.title.get(ctx.lang)));
    if served.is_empty() {
        ctx.say(t.learn_done_no_plan());
    }
    for (item, target) in served {
        ctx.say(&t.learn_done_plan(&item, describe_target(&target, &ctx.set, ctx.lang)));
    }
    Ok(())
}
