//! Asking for the action plan at a prompt: which statement or area to work on,
//! the goal and the date of a new item, and what to do with an open item after
//! a new attempt. Only the asking: the caller saves what was chosen.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::plan::{PlanItem, Target};
use crate::model::question_set::QuestionSet;
use crate::model::text::{too_long, MAX_TEXT_CHARS};
use crate::render::plan::candidate_label;
use crate::render::screens::describe_target;
use crate::term::prompt::{Ask, Prompter};
use anyhow::Result;
use chrono::NaiveDate;

/// A new item as the user gave it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Asked {
    pub target: Target,
    pub goal: String,
    pub due: Option<NaiveDate>,
}

/// What to do with an open item after a new attempt.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Keep,
    Close,
    Replace,
}

/// Asks for one new item among `candidates` (lowest first): the target, the
/// goal and the date; `None` when the user skips.
pub fn ask_item(
    prompter: &mut dyn Prompter,
    today: NaiveDate,
    set: &QuestionSet,
    lang: Lang,
    candidates: &[(Target, f64)],
    plain: bool,
) -> Result<Option<Asked>> {
    let t = texts(lang);
    let labels: Vec<String> = candidates
        .iter()
        .map(|(target, value)| candidate_label(set, target, *value, lang, !plain))
        .collect();
    let Some(choice) = prompter.choose(t.plan_pick(), &labels)? else {
        return Ok(None);
    };
    let goal = prompter.input(&mut Ask {
        prompt: t.plan_goal_prompt(),
        help: t.plan_goal_help(),
        check: &mut |text| too_long(text).then(|| t.text_too_long(MAX_TEXT_CHARS)),
    })?;
    if goal.is_empty() {
        return Ok(None);
    }
    // The date is checked where it is typed, so that a prompter can refuse it in
    // place (the terminal never marks a refused date as accepted).
    let mut due = None;
    prompter.input(&mut Ask {
        prompt: t.plan_due_prompt(),
        help: t.plan_due_help(),
        check: &mut |text| match NaiveDate::parse_from_str(text, "%Y-%m-%d") {
            Ok(d) if d < today => Some(t.plan_due_past(text, today)),
            Ok(d) => {
                due = Some(d);
                None
            }
            Err(_) => Some(t.plan_due_bad(text)),
        },
    })?;
    Ok(candidates.get(choice).map(|(target, _)| Asked {
        target: target.clone(),
        goal,
        due,
    }))
}

/// Asks whether to keep, close or replace an open item.
pub fn ask_decision(
    prompter: &mut dyn Prompter,
    set: &QuestionSet,
    lang: Lang,
    item: &PlanItem,
) -> Result<Decision> {
    let t = texts(lang);
    let options = [
        t.plan_keep().to_string(),
        t.plan_close().to_string(),
        t.plan_replace().to_string(),
    ];
    let question = t.plan_what_now(describe_target(&item.target, set, lang));
    Ok(match prompter.choose(&question, &options)? {
        Some(1) => Decision::Close,
        Some(2) => Decision::Replace,
        _ => Decision::Keep,
    })
}
