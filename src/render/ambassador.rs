//! The ambassador's documents (the meeting pack, the term, the log, the
//! learning circles) as one neutral [`Doc`] of headings, sentences, lists and
//! tables, made once in the reader's language and written by each format: the
//! terminal here ([`Doc::text`], plain for screen readers), Markdown and HTML
//! in `report::ambassador`. Text from other people's files arrives made
//! visible; each format escapes it for itself.

use crate::i18n::texts;
use crate::model::ambassador::content::{AreaContent, Content, MeetingKey};
use crate::model::ambassador::focus::{AreaShown, Reason};
use crate::model::ambassador::matching::{Matching, Person};
use crate::model::ambassador::term::{ActionStatus, Log, Term};
use crate::model::code::StatementCode;
use crate::model::lang::Lang;
use crate::model::learning::LearningResource;
use crate::model::question_set::QuestionSet;
use crate::render::format::{decimal, delta};
use crate::render::grid::Grid;
use crate::render::learn::short_title;
use crate::render::style::Style;
use std::fmt::Write as _;

/// How a table column is laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Col {
    /// Names and sentences: may wrap between words.
    Words,
    /// Figures: whole, aligned right.
    Figure,
    /// Dates, ids, codes: whole, aligned left.
    Whole,
}

/// A part of a document.
#[derive(Debug, Clone, PartialEq)]
pub enum Part {
    /// A heading under the title: level 2 or 3.
    Heading(u8, String),
    Para(String),
    /// A note under a table: what its figures are.
    Note(String),
    /// Numbered steps or questions.
    Ordered(Vec<String>),
    Bullets(Vec<String>),
    /// Links: a title and an `http(s)` address.
    Links(Vec<(String, String)>),
    Table {
        caption: String,
        columns: Vec<(String, Col)>,
        rows: Vec<Vec<String>>,
    },
    /// Printed, what follows starts a new page (a focus area is a handout of
    /// its own); nothing on a screen.
    NewPage,
}

/// A document: its title (the one top heading) and its parts.
#[derive(Debug, Clone, PartialEq)]
pub struct Doc {
    pub title: String,
    pub parts: Vec<Part>,
}

impl Doc {
    /// The document for the terminal: headings, wrapped sentences, numbered
    /// lists and tables that stay readable at any width; plain mode draws
    /// nothing and says tables as lists.
    pub fn text(&self, style: Style, lang: Lang) -> String {
        // Said as the style says it before wrapping: plain mode adds words
        // (`--plain` after a command), so the width is measured after them.
        let say = |text: &str| style.say(text, lang);
        let mut out = style.heading(&say(&self.title));
        out.push_str("\n\n");
        let mut after_list = false;
        let mut after_table = false;
        for part in &self.parts {
            // A sentence after a table or a list stands apart from it; a note
            // under a table belongs to it.
            let note = matches!(part, Part::Note(_));
            let apart = (after_table && !note)
                || (after_list && matches!(part, Part::Para(_) | Part::Note(_)));
            if apart && !out.ends_with("\n\n") {
                out.push('\n');
            }
            after_table = matches!(part, Part::Table { .. });
            after_list = matches!(part, Part::Bullets(_) | Part::Links(_) | Part::Ordered(_));
            match part {
                Part::NewPage => {}
                Part::Heading(_, text) => {
                    if !out.ends_with("\n\n") {
                        out.push('\n');
                    }
                    out.push_str(&style.heading(&say(text)));
                    out.push('\n');
                }
                Part::Para(text) | Part::Note(text) => {
                    out.push_str(&style.wrapped(&say(text), "", ""));
                }
                Part::Ordered(items) => {
                    for (i, item) in items.iter().enumerate() {
                        let first = format!("{}. ", i + 1);
                        let rest = " ".repeat(first.len());
                        out.push_str(&style.wrapped(&say(item), &first, &rest));
                    }
                }
                Part::Bullets(items) => {
                    for item in items {
                        out.push_str(&style.wrapped(&say(item), "- ", "  "));
                    }
                }
                Part::Links(links) => {
                    for (title, url) in links {
                        out.push_str(&style.wrapped(&say(title), "- ", "  "));
                        let _ = writeln!(out, "  {url}");
                    }
                }
                Part::Table {
                    caption,
                    columns,
                    rows,
                } => {
                    if !out.ends_with("\n\n") {
                        out.push('\n');
                    }
                    out.push_str(&style.wrapped(&say(caption), "", ""));
                    let mut grid = Grid::new();
                    for (title, col) in columns {
                        grid = match col {
                            Col::Words => grid.words(title.clone()),
                            Col::Figure => grid.figure(title.clone()),
                            Col::Whole => grid.whole(title.clone()),
                        };
                    }
                    for row in rows {
                        grid.row(row.clone());
                    }
                    out.push_str(&grid.render(style));
                }
            }
        }
        out
    }
}

/// One focus area of a pack: why, what to do, where to learn more.
#[derive(Debug, Clone)]
pub struct FocusView<'a> {
    pub area: u8,
    pub reason: Reason,
    pub content: &'a AreaContent,
    pub resources: Vec<&'a LearningResource>,
}

/// What a meeting pack is made from.
#[derive(Debug, Clone)]
pub struct PackView<'a> {
    pub respondents: usize,
    /// The round the figures are of, where the exports name one.
    pub round: Option<String>,
    /// Each area's figures as the group report shows them.
    pub areas: Vec<AreaShown>,
    pub focus: Vec<FocusView<'a>>,
    pub content: &'a Content,
    /// Below this many people no spread is shown.
    pub small_group: usize,
}

/// The reason an area is in focus, in words.
pub fn reason_words(reason: Reason, small_group: usize, lang: Lang) -> String {
    let t = texts(lang);
    match reason {
        Reason::LowestMean => t.amb_reason_lowest().to_string(),
        Reason::WidestSpread => t.amb_reason_spread().to_string(),
        Reason::SecondLowestMean => t.amb_reason_second(small_group),
    }
}

/// The meeting pack.
pub fn pack_doc(set: &QuestionSet, v: &PackView<'_>, lang: Lang) -> Doc {
    let t = texts(lang);
    let mut parts = vec![Part::Para(match &v.round {
        Some(round) => t.amb_pack_intro_round(v.respondents, round),
        None => t.amb_pack_intro(v.respondents),
    })];
    let dash = || "–".to_string();
    parts.push(Part::Table {
        caption: t.amb_pack_profile_caption().to_string(),
        columns: vec![
            (t.amb_col_area().to_string(), Col::Words),
            (t.amb_col_mean().to_string(), Col::Figure),
            (t.amb_col_spread().to_string(), Col::Figure),
        ],
        rows: v
            .areas
            .iter()
            .map(|a| {
                vec![
                    format!("{} {}", a.area, set.area_name(a.area, lang)),
                    a.mean.map_or_else(dash, |m| decimal(m, lang)),
                    a.sd.map_or_else(dash, |s| decimal(s, lang)),
                ]
            })
            .collect(),
    });
    parts.push(Part::Note(t.amb_pack_profile_note(
        set.scale.min,
        set.scale.max,
        v.small_group,
    )));
    for (i, f) in v.focus.iter().enumerate() {
        let c = f.content;
        parts.push(Part::NewPage);
        parts.push(Part::Heading(
            2,
            t.amb_focus_heading(i + 1, set.area_name(f.area, lang)),
        ));
        parts.push(Part::Para(reason_words(f.reason, v.small_group, lang)));
        parts.push(Part::Heading(3, t.amb_questions_heading().to_string()));
        parts.push(Part::Ordered(
            c.questions
                .iter()
                .map(|q| q.get(lang).to_string())
                .collect(),
        ));
        parts.push(Part::Heading(
            3,
            t.amb_exercise_heading(c.exercise.title.get(lang), c.exercise.minutes),
        ));
        parts.push(Part::Ordered(
            c.exercise
                .steps
                .iter()
                .map(|s| s.get(lang).to_string())
                .collect(),
        ));
        parts.push(Part::Heading(3, t.amb_scenario_heading().to_string()));
        parts.push(Part::Para(c.scenario.get(lang).to_string()));
        parts.push(Part::Heading(3, t.amb_resources_heading().to_string()));
        if f.resources.is_empty() {
            parts.push(Part::Para(t.amb_resources_none().to_string()));
        } else {
            parts.push(Part::Links(
                f.resources
                    .iter()
                    .map(|r| (short_title(r, lang), r.url.clone()))
                    .collect(),
            ));
        }
        parts.push(Part::Heading(3, t.amb_closing_heading().to_string()));
        parts.push(Part::Para(v.content.closing.get(lang).to_string()));
    }
    Doc {
        title: t.amb_pack_title().to_string(),
        parts,
    }
}

/// The term: each meeting with its date, purpose and agenda.
pub fn term_doc(term: &Term, content: &Content, lang: Lang) -> Doc {
    let t = texts(lang);
    let mut parts = vec![Part::Para(t.amb_term_intro(term.weeks))];
    for m in &term.meetings {
        let Some(meeting) = content.meeting(m.key) else {
            continue;
        };
        parts.push(Part::Heading(
            2,
            t.amb_term_meeting_heading(meeting.title.get(lang), m.date),
        ));
        parts.push(Part::Para(meeting.purpose.get(lang).to_string()));
        parts.push(Part::Table {
            caption: t.amb_term_agenda_caption(meeting.minutes()),
            columns: vec![
                (t.amb_col_item().to_string(), Col::Words),
                (t.amb_col_minutes().to_string(), Col::Figure),
            ],
            rows: meeting
                .agenda
                .iter()
                .map(|i| vec![i.text.get(lang).to_string(), i.minutes.to_string()])
                .collect(),
        });
        if m.key == MeetingKey::End {
            parts.push(Part::Para(t.amb_term_end_note().to_string()));
        }
    }
    Doc {
        title: t.amb_term_title().to_string(),
        parts,
    }
}

/// The change in one focus area between two rounds, as the group report shows it.
#[derive(Debug, Clone, PartialEq)]
pub struct MovedLine {
    pub area: u8,
    /// The change of the round's mean as shown; `None`: not shown.
    pub change: Option<f64>,
    /// The people in both rounds, and their mean change where shown.
    pub paired_n: usize,
    pub paired: Option<f64>,
}

/// The rounds compared, for the log's "done and moved".
#[derive(Debug, Clone, PartialEq)]
pub struct Moved {
    pub from: String,
    pub to: String,
    pub areas: Vec<MovedLine>,
}

/// The log: each meeting, then the actions, then (with exports) what was
/// done beside what moved in the focus areas.
pub fn log_doc(set: &QuestionSet, log: &Log, moved: Option<&Moved>, lang: Lang) -> Doc {
    let t = texts(lang);
    let mut parts = if log.meetings.is_empty() {
        vec![Part::Para(t.amb_log_empty().to_string())]
    } else {
        meeting_parts(set, log, lang)
    };
    if let Some(moved) = moved {
        parts.extend(moved_parts(set, log, moved, lang));
    }
    Doc {
        title: t.amb_log_title().to_string(),
        parts,
    }
}

/// The meetings of the log and their actions, as tables.
fn meeting_parts(set: &QuestionSet, log: &Log, lang: Lang) -> Vec<Part> {
    let t = texts(lang);
    let areas = |focus: &[u8]| {
        focus
            .iter()
            .map(|&a| format!("{a} {}", set.area_name(a, lang)))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let mut parts = vec![Part::Table {
        caption: t.amb_log_meetings_caption().to_string(),
        columns: vec![
            (t.amb_col_date().to_string(), Col::Whole),
            (t.amb_col_attended().to_string(), Col::Figure),
            (t.amb_col_focus().to_string(), Col::Words),
            (t.amb_col_decisions().to_string(), Col::Words),
        ],
        rows: log
            .meetings
            .iter()
            .map(|m| {
                vec![
                    m.date.to_string(),
                    m.attended.to_string(),
                    areas(&m.focus),
                    m.decisions.join("; "),
                ]
            })
            .collect(),
    }];
    let actions: Vec<Vec<String>> = log
        .meetings
        .iter()
        .flat_map(|m| m.actions.iter().map(move |a| (m, a)))
        .map(|(m, a)| {
            vec![
                a.id.clone(),
                a.text.clone(),
                m.date.to_string(),
                match (a.status, a.done_on) {
                    (ActionStatus::Done, Some(on)) => t.amb_status_done_on(on),
                    (ActionStatus::Done, None) => t.amb_status_done().to_string(),
                    (ActionStatus::Open, _) => t.amb_status_open().to_string(),
                },
            ]
        })
        .collect();
    if !actions.is_empty() {
        parts.push(Part::Table {
            caption: t.amb_log_actions_caption().to_string(),
            columns: vec![
                (t.amb_col_id().to_string(), Col::Whole),
                (t.amb_col_action().to_string(), Col::Words),
                (t.amb_col_decided().to_string(), Col::Whole),
                (t.amb_col_status().to_string(), Col::Words),
            ],
            rows: actions,
        });
    }
    parts
}

/// Per focus area, the actions done beside the change between the rounds.
fn moved_parts(set: &QuestionSet, log: &Log, moved: &Moved, lang: Lang) -> Vec<Part> {
    let t = texts(lang);
    let dash = || "–".to_string();
    let mut parts = vec![
        Part::Heading(2, t.amb_moved_heading().to_string()),
        Part::Para(t.amb_moved_intro(&moved.from, &moved.to)),
        Part::Table {
            caption: t.amb_moved_caption().to_string(),
            columns: vec![
                (t.amb_col_area().to_string(), Col::Words),
                (t.amb_col_done().to_string(), Col::Whole),
                (t.amb_col_change().to_string(), Col::Figure),
                (t.amb_col_paired().to_string(), Col::Figure),
            ],
            rows: moved
                .areas
                .iter()
                .map(|m| {
                    let (done, all) = log.actions_for(m.area);
                    vec![
                        format!("{} {}", m.area, set.area_name(m.area, lang)),
                        t.amb_done_of(done.len(), all),
                        m.change.map_or_else(dash, |c| delta(c, lang)),
                        m.paired.map_or_else(dash, |c| delta(c, lang)),
                    ]
                })
                .collect(),
        },
        Part::Note(t.amb_moved_note().to_string()),
    ];
    // Each action once, though its meeting may have had two areas in focus.
    let mut done: Vec<&crate::model::ambassador::term::Action> = Vec::new();
    for a in moved.areas.iter().flat_map(|m| log.actions_for(m.area).0) {
        if !done.iter().any(|d| d.id == a.id) {
            done.push(a);
        }
    }
    if !done.is_empty() {
        parts.push(Part::Heading(3, t.amb_moved_done_heading().to_string()));
        parts.push(Part::Bullets(done.iter().map(|a| a.text.clone()).collect()));
    }
    parts
}

/// A statement as a topic: its code and short title.
pub fn topic(set: &QuestionSet, code: StatementCode, lang: Lang) -> String {
    set.statement(code).map_or_else(
        || code.to_string(),
        |s| format!("{code} {}", s.short_title(lang)),
    )
}

/// The learning circles, and the wishes nobody could take yet. Only names the
/// people chose and topics: never a rating.
pub fn match_doc(
    set: &QuestionSet,
    people: &[Person],
    m: &Matching,
    max_learners: usize,
    lang: Lang,
) -> Doc {
    let t = texts(lang);
    let mut parts = vec![Part::Para(t.amb_match_intro(people.len(), max_learners))];
    if m.circles.is_empty() {
        parts.push(Part::Para(t.amb_match_none().to_string()));
    } else {
        parts.push(Part::Table {
            caption: t.amb_match_caption().to_string(),
            columns: vec![
                (t.amb_col_topic().to_string(), Col::Words),
                (t.amb_col_helper().to_string(), Col::Words),
                (t.amb_col_learners().to_string(), Col::Words),
            ],
            rows: m
                .circles
                .iter()
                .map(|c| {
                    vec![
                        topic(set, c.topic, lang),
                        people[c.helper].name.clone(),
                        c.learners
                            .iter()
                            .map(|&l| people[l].name.clone())
                            .collect::<Vec<_>>()
                            .join(", "),
                    ]
                })
                .collect(),
        });
    }
    if !m.unmatched.is_empty() {
        parts.push(Part::Heading(2, t.amb_unmatched_heading().to_string()));
        parts.push(Part::Bullets(
            m.unmatched
                .iter()
                .map(|(code, learners)| {
                    let names: Vec<String> =
                        learners.iter().map(|&l| people[l].name.clone()).collect();
                    t.amb_unmatched_line(topic(set, *code, lang), names.join(", "))
                })
                .collect(),
        ));
    }
    parts.push(Part::Note(t.amb_match_note().to_string()));
    Doc {
        title: t.amb_match_title().to_string(),
        parts,
    }
}
