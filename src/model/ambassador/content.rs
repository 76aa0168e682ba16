//! The ambassador's bundled content (`questions/ambassador.toml`): per area of
//! the staff set, three discussion questions, a hands-on exercise and a visitor
//! scenario; the closing question; and the three meetings of a term. Read in
//! two steps like a question set: serde reads the file as written, then
//! [`check`] finds every problem, each with where it is.

use crate::model::lang::{Lang, Localized};
use crate::model::text::{is_unsafe, visible_lines};
use serde::Deserialize;

/// The bundled content, compiled into the binary.
pub const BUNDLED_CONTENT: &str = include_str!("../../../questions/ambassador.toml");

/// The areas the content must cover: those of the staff set.
pub const AREAS: std::ops::RangeInclusive<u8> = 1..=5;

/// How many discussion questions each area has.
pub const QUESTIONS: usize = 3;

/// How long an exercise may take, in minutes.
pub const EXERCISE_MINUTES: std::ops::RangeInclusive<u16> = 15..=30;

/// How many steps an exercise has.
pub const EXERCISE_STEPS: std::ops::RangeInclusive<usize> = 3..=5;

/// A hands-on exercise for a group.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    pub minutes: u16,
    pub title: Localized,
    pub steps: Vec<Localized>,
}

/// What a meeting pack says about one area.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AreaContent {
    pub area: u8,
    pub questions: Vec<Localized>,
    pub exercise: Exercise,
    /// "A visitor asks for help with …", and what makes it tricky.
    pub scenario: Localized,
}

/// Which of a term's three meetings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Deserialize, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum MeetingKey {
    Start,
    Middle,
    End,
}

impl MeetingKey {
    /// The three, in the order they are held.
    pub const ALL: [MeetingKey; 3] = [MeetingKey::Start, MeetingKey::Middle, MeetingKey::End];

    /// The key as the file and JSON write it.
    pub fn name(self) -> &'static str {
        match self {
            MeetingKey::Start => "start",
            MeetingKey::Middle => "middle",
            MeetingKey::End => "end",
        }
    }
}

/// One item of a meeting's agenda.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub minutes: u16,
    pub text: Localized,
}

/// One meeting of a term: what it is for and its agenda.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Meeting {
    pub key: MeetingKey,
    pub title: Localized,
    pub purpose: Localized,
    pub agenda: Vec<AgendaItem>,
}

impl Meeting {
    /// How long the agenda takes, in minutes.
    pub fn minutes(&self) -> u32 {
        self.agenda.iter().map(|i| u32::from(i.minutes)).sum()
    }
}

/// The whole content, checked.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Content {
    pub id: String,
    pub version: String,
    /// The question every focus block ends with.
    pub closing: Localized,
    pub areas: Vec<AreaContent>,
    pub meetings: Vec<Meeting>,
}

/// Something wrong with the content, with what the author needs to find it.
/// `at` is a path into the file (`areas.2.questions.1`), not prose.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentProblem {
    /// Not TOML of the content's shape; `detail` is the TOML reader's own
    /// sentence (English), made visible.
    Syntax {
        line: usize,
        column: usize,
        detail: String,
    },
    /// `id` or `version` is empty (which one: the key).
    Empty(&'static str),
    AreaMissing(u8),
    AreaTwice(u8),
    AreaUnknown(u8),
    Questions {
        area: u8,
        found: usize,
    },
    Minutes {
        area: u8,
        minutes: u16,
    },
    Steps {
        area: u8,
        found: usize,
    },
    MissingText {
        at: String,
        lang: Lang,
    },
    Unsafe {
        at: String,
    },
    /// The meetings are not `start`, `middle` and `end`, once each.
    Meetings,
    NoAgenda(MeetingKey),
}

impl Content {
    /// The bundled content. A unit test checks it, so this cannot fail in a release.
    pub fn bundled() -> Self {
        check(BUNDLED_CONTENT).unwrap_or_else(|p| panic!("bundled ambassador content: {p:?}"))
    }

    /// What the content says about `area`.
    pub fn area(&self, area: u8) -> Option<&AreaContent> {
        self.areas.iter().find(|a| a.area == area)
    }

    /// The meeting with this key.
    pub fn meeting(&self, key: MeetingKey) -> Option<&Meeting> {
        self.meetings.iter().find(|m| m.key == key)
    }
}

/// Checks the content's text: every problem found, or the content.
pub fn check(toml_text: &str) -> Result<Content, Vec<ContentProblem>> {
    let content: Content = toml::from_str(toml_text).map_err(|e| {
        let at = e.span().map_or(0, |s| s.start).min(toml_text.len());
        let before = toml_text.get(..at).unwrap_or_default();
        let line = before.matches('\n').count() + 1;
        let column = before
            .rsplit('\n')
            .next()
            .unwrap_or_default()
            .chars()
            .count()
            + 1;
        vec![ContentProblem::Syntax {
            line,
            column,
            detail: visible_lines(e.message().trim_end()).into_owned(),
        }]
    })?;
    let problems = problems(&content);
    if problems.is_empty() {
        Ok(content)
    } else {
        Err(problems)
    }
}

/// Every text of the content with its path.
fn texts(c: &Content) -> Vec<(String, &Localized)> {
    let mut out = vec![("closing".to_string(), &c.closing)];
    for a in &c.areas {
        let n = a.area;
        for (i, q) in a.questions.iter().enumerate() {
            out.push((format!("areas.{n}.questions.{}", i + 1), q));
        }
        out.push((format!("areas.{n}.exercise.title"), &a.exercise.title));
        for (i, s) in a.exercise.steps.iter().enumerate() {
            out.push((format!("areas.{n}.exercise.steps.{}", i + 1), s));
        }
        out.push((format!("areas.{n}.scenario"), &a.scenario));
    }
    for m in &c.meetings {
        let k = m.key.name();
        out.push((format!("meetings.{k}.title"), &m.title));
        out.push((format!("meetings.{k}.purpose"), &m.purpose));
        for (i, item) in m.agenda.iter().enumerate() {
            out.push((format!("meetings.{k}.agenda.{}", i + 1), &item.text));
        }
    }
    out
}

fn problems(c: &Content) -> Vec<ContentProblem> {
    let mut out = Vec::new();
    for (key, value) in [("id", &c.id), ("version", &c.version)] {
        if value.trim().is_empty() {
            out.push(ContentProblem::Empty(key));
        }
        if value.chars().any(is_unsafe) {
            out.push(ContentProblem::Unsafe {
                at: key.to_string(),
            });
        }
    }
    for area in AREAS {
        match c.areas.iter().filter(|a| a.area == area).count() {
            0 => out.push(ContentProblem::AreaMissing(area)),
            1 => {}
            _ => out.push(ContentProblem::AreaTwice(area)),
        }
    }
    for a in &c.areas {
        if !AREAS.contains(&a.area) {
            out.push(ContentProblem::AreaUnknown(a.area));
        }
        if a.questions.len() != QUESTIONS {
            out.push(ContentProblem::Questions {
                area: a.area,
                found: a.questions.len(),
            });
        }
        if !EXERCISE_MINUTES.contains(&a.exercise.minutes) {
            out.push(ContentProblem::Minutes {
                area: a.area,
                minutes: a.exercise.minutes,
            });
        }
        if !EXERCISE_STEPS.contains(&a.exercise.steps.len()) {
            out.push(ContentProblem::Steps {
                area: a.area,
                found: a.exercise.steps.len(),
            });
        }
    }
    let keys: Vec<MeetingKey> = c.meetings.iter().map(|m| m.key).collect();
    if keys != MeetingKey::ALL {
        out.push(ContentProblem::Meetings);
    }
    for m in c.meetings.iter().filter(|m| m.agenda.is_empty()) {
        out.push(ContentProblem::NoAgenda(m.key));
    }
    for (at, text) in texts(c) {
        for lang in Lang::all() {
            let own = text.own(lang);
            if own.trim().is_empty() {
                out.push(ContentProblem::MissingText {
                    at: at.clone(),
                    lang,
                });
            } else if own.chars().any(is_unsafe) {
                out.push(ContentProblem::Unsafe { at: at.clone() });
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_bundled_content_is_whole() {
        let c = check(BUNDLED_CONTENT).expect("bundled content checks");
        assert_eq!(c.areas.len(), 5);
        assert!(c.areas.iter().all(|a| a.questions.len() == 3));
        assert_eq!(c.version, "1.0");
    }

    #[test]
    fn every_problem_is_found() {
        let broken = BUNDLED_CONTENT
            .replacen("minutes = 20", "minutes = 45", 1)
            .replacen("area = 5", "area = 7", 1)
            .replacen("en = \"What do we take to our visitors?\"", "", 1);
        let problems = check(&broken).expect_err("refused");
        assert!(
            problems.contains(&ContentProblem::AreaMissing(5)),
            "{problems:?}"
        );
        assert!(problems.contains(&ContentProblem::AreaUnknown(7)));
        assert!(problems.contains(&ContentProblem::Minutes {
            area: 1,
            minutes: 45
        }));
        assert!(problems.contains(&ContentProblem::MissingText {
            at: "closing".into(),
            lang: Lang::EN
        }));
        let syntax = check("id = ").expect_err("not TOML");
        assert!(matches!(syntax[0], ContentProblem::Syntax { line: 1, .. }));
    }
}
