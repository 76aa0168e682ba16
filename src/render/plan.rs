//! The action plan as text: an item's rating before and now, how it moved (an
//! arrow and a word, so that no colour is needed), the plan's table, and the
//! follow-up under a result or the progression.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::plan::{Evaluation, PlanItem, Status, Target};
use crate::model::question_set::QuestionSet;
use crate::render::format::{decimal, marked_delta};
use crate::render::grid::Grid;
use crate::render::screens::describe_target;
use crate::render::style::Style;

/// A rating before or now: a statement's is a whole answer ("4"), an area's a
/// mean with one decimal ("4,3").
pub fn rating(target: &Target, value: Option<f64>, lang: Lang) -> String {
    value.map_or_else(
        || "–".to_string(),
        |v| match target {
            Target::Statement { .. } => format!("{v:.0}"),
            Target::Area { .. } => decimal(v, lang),
        },
    )
}

/// "▲ ökade med 3" and the like: the arrow and the words, so that no colour is
/// needed (a screen reader gets the words alone; see `render::style::spoken`).
pub fn trend(target: &Target, e: &Evaluation, lang: Lang) -> String {
    let t = texts(lang);
    let amount = |c: f64| match target {
        Target::Statement { .. } => format!("{:.0}", c.abs()),
        Target::Area { .. } => decimal(c.abs(), lang),
    };
    match target.shown_change(e) {
        Some(c) if c > 0.0 => format!("▲ {}", t.plan_rose(amount(c))),
        Some(c) if c < 0.0 => format!("▼ {}", t.plan_fell(amount(c))),
        Some(_) => format!("= {}", t.plan_same()),
        None if e.now_abstained => t.plan_now_abstained().to_string(),
        None => t.plan_no_after().to_string(),
    }
}

/// The follow-up of the open items, for the end of `take`'s result and for
/// `progress`: one line per item with before, now and whether it rose.
pub fn follow_up(
    set: &QuestionSet,
    open: &[(&PlanItem, Evaluation)],
    lang: Lang,
    style: Style,
    plain: bool,
) -> String {
    if open.is_empty() {
        return String::new();
    }
    let t = texts(lang);
    let heading = if plain {
        format!("{}:", t.plan_followup())
    } else {
        style.heading(t.plan_followup())
    };
    let mut out = format!("\n{heading}\n");
    for (item, e) in open {
        let line = t.plan_item_line(
            describe_target(&item.target, set, lang),
            &item.goal,
            rating(&item.target, e.before, lang),
            rating(&item.target, e.after, lang),
            trend(&item.target, e, lang),
        );
        if plain {
            out.push_str(&format!("{line}\n"));
        } else {
            out.push_str(&style.wrapped(&line, "  ", "    "));
        }
    }
    out
}

/// The plan's table: id, what, goal, date, before, now and the change; with
/// `all`, each item's status too.
pub fn plan_table(
    set: &QuestionSet,
    rows: &[(&PlanItem, Evaluation)],
    all: bool,
    today: chrono::NaiveDate,
    lang: Lang,
    style: Style,
) -> String {
    let t = texts(lang);
    let mut grid = Grid::new()
        .whole(t.col_id())
        .words(t.col_target())
        .words(t.col_goal())
        .whole(t.col_due())
        .figure(t.col_before())
        .figure(t.col_after())
        .whole(t.col_plan_change());
    if all {
        grid = grid.whole(t.col_status());
    }
    for (item, e) in rows {
        let mut row = vec![
            item.id.clone(),
            describe_target(&item.target, set, lang),
            item.goal.clone(),
            // An open item past its date says so in words, not only by the date.
            item.due.map_or_else(String::new, |d| {
                if d < today && item.status == Status::Open {
                    t.plan_due_overdue(d)
                } else {
                    d.to_string()
                }
            }),
            rating(&item.target, e.before, lang),
            rating(&item.target, e.after, lang),
            marked_delta(
                item.target.shown_change(e),
                lang,
                matches!(item.target, Target::Area { .. }),
            ),
        ];
        if all {
            row.push(
                match item.status {
                    Status::Open => t.status_open(),
                    Status::Closed => t.status_closed(),
                }
                .to_string(),
            );
        }
        grid.row(row);
    }
    let mut out = format!("{}\n{}", style.heading(t.plan_title()), grid.render(style));
    out.push_str(&details(rows.iter().map(|(item, _)| *item), lang, style));
    out
}

/// A line per item with a change plan's details (owner, resources, success
/// criterion, follow-up); empty when no item has any.
fn details<'a>(items: impl Iterator<Item = &'a PlanItem>, lang: Lang, style: Style) -> String {
    let t = texts(lang);
    let mut out = String::new();
    for item in items {
        let parts: Vec<String> = [
            item.owner.as_deref().map(|o| t.leaders_plan_owner(o)),
            item.resources
                .as_deref()
                .map(|r| t.leaders_plan_resources(r)),
            item.success.as_deref().map(|s| t.leaders_plan_success(s)),
            item.follow_up
                .map(|d| t.leaders_plan_follow_up(d.to_string())),
        ]
        .into_iter()
        .flatten()
        .collect();
        if !parts.is_empty() {
            out.push_str(&style.wrapped(&format!("{}: {}", item.id, parts.join(" · ")), "", "  "));
        }
    }
    out
}

/// A statement or area to pick for the plan, after its rating said as what it
/// is (a statement's is your answer, an area's a mean): "ditt svar 2:
/// påstående 213 (Besökarens digitala spår): Jag kan …"; `with_text` adds the
/// statement's text (a screen reader gets the short title alone, so that the
/// list is not read out in full before the question).
pub fn candidate_label(
    set: &QuestionSet,
    target: &Target,
    value: f64,
    lang: Lang,
    with_text: bool,
) -> String {
    let t = texts(lang);
    let what = describe_target(target, set, lang);
    // The rating first: a list cut at a narrow terminal's width cuts the title,
    // never the figure the choice is made by.
    let rated = match target {
        Target::Statement { .. } => t.plan_candidate_answer(format!("{value:.0}")),
        Target::Area { .. } => t.plan_candidate_mean(decimal(value, lang)),
    };
    let text = match target {
        Target::Statement { code } if with_text => {
            set.statement(*code).map_or("", |s| s.text.get(lang))
        }
        _ => "",
    };
    if text.is_empty() {
        format!("{rated}: {what}")
    } else {
        format!("{rated}: {what}: {text}")
    }
}
