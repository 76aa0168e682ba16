//! The learning library ("Jag vill lära mig mer!"): the bundled, versioned
//! catalogue of learning resources, its TOML format and rules, a local
//! catalogue merged into it, the filters `learn` offers, which resources serve
//! a statement; the study-circle guides are in [`circles`]. Pure: text in,
//! values out.

use crate::model::code::StatementCode;
use crate::model::lang::Localized;
use crate::model::question_set::QuestionSet;
use crate::model::text::is_unsafe;
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

mod circles;
pub use circles::{Circle, CircleMeeting, Circles};

/// The bundled catalogue, compiled into the binary.
pub const BUNDLED_LEARNING: &str = include_str!("../../../questions/learning.toml");

/// How deep a resource goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Level {
    Basic,
    Intermediate,
    Advanced,
}

/// What kind of material a resource is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    Course,
    Article,
    Video,
    Podcast,
    Exercise,
    LessonPack,
}

/// Whether a resource is for learning alone, together, or either.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Mode {
    #[serde(rename = "self")]
    Alone,
    Group,
    Both,
}

/// Whom a resource is for: staff learning, teaching the public, or both.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Audience {
    Staff,
    Public,
    Both,
}

/// One learning resource.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LearningResource {
    /// A stable slug, never reused for another page.
    pub id: String,
    pub title: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<Localized>,
    pub provider: String,
    pub url: String,
    /// The language of the page itself (`sv`, `en`).
    pub language: String,
    /// The DigComp 2.2 competences it teaches ("1.1").
    pub competences: Vec<String>,
    /// The statements whose task it teaches.
    pub statements: Vec<StatementCode>,
    pub level: Level,
    pub format: Format,
    pub minutes: u16,
    pub mode: Mode,
    pub audience: Audience,
    pub licence: String,
    /// The day someone last read the page and found that it still teaches
    /// the task (a TOML date).
    #[serde(deserialize_with = "toml_date")]
    pub last_verified: NaiveDate,
}

/// Reads a TOML date (`2026-12-04`, unquoted) as a day.
fn toml_date<'de, D: serde::Deserializer<'de>>(d: D) -> Result<NaiveDate, D::Error> {
    let dt = toml::value::Datetime::deserialize(d)?;
    dt.date
        .filter(|_| dt.time.is_none())
        .and_then(|date| {
            NaiveDate::from_ymd_opt(
                i32::from(date.year),
                u32::from(date.month),
                u32::from(date.day),
            )
        })
        .ok_or_else(|| serde::de::Error::custom("expected a date such as 2026-12-04"))
}

impl LearningResource {
    /// Whether it serves `code`, directly or (for codes it does not name) by
    /// the statement's competence.
    fn serves(&self, code: StatementCode, competence: Option<&str>) -> bool {
        self.statements.contains(&code)
            || competence.is_some_and(|c| self.competences.iter().any(|m| m == c))
    }
}

/// The catalogue: the bundled one, with any local one merged in.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Catalogue {
    pub id: String,
    pub version: String,
    pub resources: Vec<LearningResource>,
}

/// A rule of the catalogue that an entry breaks.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CatalogueProblem {
    /// The file is not a catalogue (TOML or a field); the parser's words.
    Syntax(String),
    /// Two entries with this id.
    DuplicateId(String),
    /// An id that is not lowercase a-z, 0-9 and '-'.
    BadId(String),
    /// An address that is not a specific `https://` page.
    BadUrl { id: String, url: String },
    /// A title or summary missing in a language, or holding characters that
    /// could change a terminal.
    BadText { id: String },
    /// A competence that is not `area.number` of DigComp 2.2.
    BadCompetence { id: String, competence: String },
    /// An entry that serves no statement.
    NoStatement { id: String },
    /// Minutes of 0 or more than a working day.
    BadMinutes { id: String, minutes: u16 },
    /// Verified after `today`.
    VerifiedLater { id: String, date: NaiveDate },
    /// A statement of the staff set that no entry serves.
    Uncovered(StatementCode),
    /// An entry names a statement the staff set does not have.
    UnknownStatement { id: String, code: StatementCode },
}

/// The DigComp 2.2 competences: area and how many it has.
const COMPETENCES: [(u8, u8); 5] = [(1, 3), (2, 6), (3, 4), (4, 4), (5, 4)];

/// The longest resource a filter would want: a working day.
const MAX_MINUTES: u16 = 480;

fn is_competence(c: &str) -> bool {
    c.split_once('.')
        .and_then(|(a, n)| Some((a.parse::<u8>().ok()?, n.parse::<u8>().ok()?)))
        .is_some_and(|(a, n)| {
            COMPETENCES
                .iter()
                .any(|&(area, count)| area == a && (1..=count).contains(&n))
        })
}

fn good_text(text: &Localized) -> bool {
    use crate::model::lang::Lang;
    [Lang::SV, Lang::EN].iter().all(|&l| {
        let t = text.own(l);
        !t.trim().is_empty() && !t.chars().any(is_unsafe)
    })
}

impl Catalogue {
    /// The bundled catalogue; a unit test keeps it valid.
    pub fn bundled() -> Self {
        Self::parse(BUNDLED_LEARNING)
            .unwrap_or_else(|e| panic!("bundled learning catalogue is broken: {e:?}"))
    }

    /// The bundled catalogue, parsed once per run: results, plans and reports
    /// look resources up in it.
    pub fn shared() -> &'static Catalogue {
        static SHARED: std::sync::OnceLock<Catalogue> = std::sync::OnceLock::new();
        SHARED.get_or_init(Catalogue::bundled)
    }

    /// Reads a catalogue, refusing one that breaks a rule of a single entry.
    pub fn parse(text: &str) -> Result<Self, Vec<CatalogueProblem>> {
        let cat: Catalogue =
            toml::from_str(text).map_err(|e| vec![CatalogueProblem::Syntax(e.message().into())])?;
        let problems = cat.entry_problems(None);
        if problems.is_empty() {
            Ok(cat)
        } else {
            Err(problems)
        }
    }

    /// Every rule the entries break (with `today`, also a date in the future).
    pub fn entry_problems(&self, today: Option<NaiveDate>) -> Vec<CatalogueProblem> {
        let mut out = Vec::new();
        let mut ids = BTreeSet::new();
        for r in &self.resources {
            let id = r.id.clone();
            if !ids.insert(r.id.as_str()) {
                out.push(CatalogueProblem::DuplicateId(id.clone()));
            }
            let slug = !r.id.is_empty()
                && r.id
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !slug {
                out.push(CatalogueProblem::BadId(id.clone()));
            }
            let path = r
                .url
                .strip_prefix("https://")
                .and_then(|u| u.split_once('/'));
            let specific =
                path.is_some_and(|(host, p)| !host.is_empty() && !p.trim_matches('/').is_empty());
            if !specific || r.url.chars().any(|c| c.is_whitespace() || is_unsafe(c)) {
                out.push(CatalogueProblem::BadUrl {
                    id: id.clone(),
                    url: r.url.clone(),
                });
            }
            let texts_ok = good_text(&r.title)
                && r.summary.as_ref().is_none_or(good_text)
                && [&r.provider, &r.licence, &r.language]
                    .iter()
                    .all(|t| !t.trim().is_empty() && !t.chars().any(is_unsafe));
            if !texts_ok {
                out.push(CatalogueProblem::BadText { id: id.clone() });
            }
            for c in r.competences.iter().filter(|c| !is_competence(c)) {
                out.push(CatalogueProblem::BadCompetence {
                    id: id.clone(),
                    competence: c.clone(),
                });
            }
            if r.statements.is_empty() {
                out.push(CatalogueProblem::NoStatement { id: id.clone() });
            }
            if r.minutes == 0 || r.minutes > MAX_MINUTES {
                out.push(CatalogueProblem::BadMinutes {
                    id: id.clone(),
                    minutes: r.minutes,
                });
            }
            if today.is_some_and(|t| r.last_verified > t) {
                out.push(CatalogueProblem::VerifiedLater {
                    id,
                    date: r.last_verified,
                });
            }
        }
        out
    }

    /// The rules that tie the catalogue to the staff set: every statement is
    /// served, and no entry names a code the set does not have.
    pub fn set_problems(&self, set: &QuestionSet) -> Vec<CatalogueProblem> {
        let mut out: Vec<CatalogueProblem> = set
            .statements
            .iter()
            .filter(|s| {
                !self
                    .resources
                    .iter()
                    .any(|r| r.statements.contains(&s.code))
            })
            .map(|s| CatalogueProblem::Uncovered(s.code))
            .collect();
        for r in &self.resources {
            for &code in r.statements.iter().filter(|&&c| set.statement(c).is_none()) {
                out.push(CatalogueProblem::UnknownStatement {
                    id: r.id.clone(),
                    code,
                });
            }
        }
        out
    }

    /// Adds a local catalogue's entries; one with an id of the bundled
    /// catalogue replaces that entry (a library's own, better page for it).
    pub fn merge(&mut self, local: Catalogue) {
        for r in local.resources {
            match self.resources.iter_mut().find(|o| o.id == r.id) {
                Some(old) => *old = r,
                None => self.resources.push(r),
            }
        }
    }

    /// The entry with this id.
    pub fn get(&self, id: &str) -> Option<&LearningResource> {
        self.resources.iter().find(|r| r.id == id)
    }

    /// The resources for a statement of `set`: those that name its code, else
    /// those of its competence (statements of earlier versions), the most basic
    /// and shortest first.
    pub fn for_statement(&self, set: &QuestionSet, code: StatementCode) -> Vec<&LearningResource> {
        let direct: Vec<&LearningResource> = self
            .resources
            .iter()
            .filter(|r| r.statements.contains(&code))
            .collect();
        let mut out = if direct.is_empty() {
            let competence = set.statement(code).and_then(|s| s.competence.as_deref());
            self.resources
                .iter()
                .filter(|r| r.serves(code, competence))
                .collect()
        } else {
            direct
        };
        out.sort_by_key(|r| (r.level, r.minutes));
        out
    }

    /// The resources for several statements, each once, the first statement's
    /// first; at most `limit`.
    pub fn for_statements(
        &self,
        set: &QuestionSet,
        codes: impl IntoIterator<Item = StatementCode>,
        limit: usize,
    ) -> Vec<&LearningResource> {
        let mut out: Vec<&LearningResource> = Vec::new();
        for code in codes {
            for r in self.for_statement(set, code) {
                if !out.iter().any(|o| o.id == r.id) {
                    out.push(r);
                }
            }
        }
        out.truncate(limit);
        out
    }

    /// The resources that pass `filter`, in the catalogue's order. A
    /// statement's resources are those that name it, or, when none does (a
    /// statement of an older set), those of its competence.
    pub fn filtered<'a>(&'a self, set: &QuestionSet, filter: &Filter) -> Vec<&'a LearningResource> {
        let named = filter
            .statement
            .is_some_and(|code| self.resources.iter().any(|r| r.statements.contains(&code)));
        self.resources
            .iter()
            .filter(|r| filter.passes(set, r, named))
            .collect()
    }
}

/// What `learn` narrows the catalogue to; every field that is set must hold.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub area: Option<u8>,
    pub competence: Option<String>,
    pub statement: Option<StatementCode>,
    pub level: Option<Level>,
    pub max_minutes: Option<u16>,
    /// Only resources to learn together.
    pub group: bool,
    /// Only resources for teaching the public.
    pub public: bool,
}

impl Filter {
    fn passes(&self, set: &QuestionSet, r: &LearningResource, named: bool) -> bool {
        let area = self.area.is_none_or(|a| {
            r.statements.iter().any(|c| c.area() == a)
                || r.competences
                    .iter()
                    .any(|c| c.split('.').next() == Some(&a.to_string()))
        });
        let competence = self
            .competence
            .as_ref()
            .is_none_or(|c| r.competences.contains(c));
        let statement = self.statement.is_none_or(|code| {
            if named {
                r.statements.contains(&code)
            } else {
                let competence = set.statement(code).and_then(|s| s.competence.as_deref());
                r.serves(code, competence)
            }
        });
        area && competence
            && statement
            && self.level.is_none_or(|l| r.level == l)
            && self.max_minutes.is_none_or(|m| r.minutes <= m)
            && (!self.group || matches!(r.mode, Mode::Group | Mode::Both))
            && (!self.public || matches!(r.audience, Audience::Public | Audience::Both))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::code::code;
    use crate::model::lang::Lang;

    #[test]
    fn the_bundled_catalogue_keeps_its_rules_and_serves_every_statement() {
        let cat = Catalogue::bundled();
        assert!(cat.resources.len() >= 30, "{}", cat.resources.len());
        let today = NaiveDate::from_ymd_opt(2026, 12, 4);
        assert_eq!(cat.entry_problems(today), vec![]);
        assert_eq!(cat.set_problems(&QuestionSet::bundled()), vec![]);
    }

    #[test]
    fn the_bundled_circles_have_three_or_four_meetings_per_area() {
        let circles = Circles::bundled();
        for area in 1..=5 {
            let c = circles.area(area).expect("every area");
            assert!((3..=4).contains(&c.meetings.len()), "area {area}");
            for m in &c.meetings {
                assert!((2..=4).contains(&m.questions.len()));
                assert!(!m.title.own(Lang::EN).is_empty());
            }
        }
    }

    fn entry(id: &str, statements: &[&str], competences: &[&str]) -> LearningResource {
        LearningResource {
            id: id.into(),
            title: Localized::new([(Lang::SV, "T"), (Lang::EN, "T")]),
            summary: None,
            provider: "P".into(),
            url: format!("https://example.org/{id}"),
            language: "sv".into(),
            competences: competences.iter().map(|c| (*c).to_string()).collect(),
            statements: statements.iter().map(|c| code(c)).collect(),
            level: Level::Basic,
            format: Format::Article,
            minutes: 10,
            mode: Mode::Alone,
            audience: Audience::Staff,
            licence: "unknown".into(),
            last_verified: NaiveDate::from_ymd_opt(2026, 1, 1).expect("date"),
        }
    }

    #[test]
    fn rules_name_each_broken_entry() {
        let mut bad = entry("Bad Id", &[], &["6.1"]);
        bad.url = "https://example.org/".into();
        bad.minutes = 0;
        let cat = Catalogue {
            id: "x".into(),
            version: "1".into(),
            resources: vec![
                bad,
                entry("a", &["105"], &["1.1"]),
                entry("a", &["105"], &[]),
            ],
        };
        let problems = cat.entry_problems(NaiveDate::from_ymd_opt(2025, 1, 1));
        assert!(problems.contains(&CatalogueProblem::BadId("Bad Id".into())));
        assert!(problems.contains(&CatalogueProblem::DuplicateId("a".into())));
        assert!(problems
            .iter()
            .any(|p| matches!(p, CatalogueProblem::BadUrl { .. })));
        assert!(problems
            .iter()
            .any(|p| matches!(p, CatalogueProblem::BadCompetence { competence, .. } if competence == "6.1")));
        assert!(problems.contains(&CatalogueProblem::NoStatement {
            id: "Bad Id".into()
        }));
        assert!(problems
            .iter()
            .any(|p| matches!(p, CatalogueProblem::VerifiedLater { .. })));
    }

    #[test]
    fn a_statement_gets_its_own_resources_else_its_competences() {
        let set = QuestionSet::bundled();
        let v2 = QuestionSet::bundled_version("2.0").expect("2.0");
        let cat = Catalogue {
            id: "x".into(),
            version: "1".into(),
            resources: vec![
                entry("own", &["105"], &["1.1"]),
                entry("comp", &["107"], &["1.2"]),
            ],
        };
        let ids = |v: Vec<&LearningResource>| v.iter().map(|r| r.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(cat.for_statement(&set, code("105"))), ["own"]);
        // 106 (2.0 only, competence 1.2) has no entry of its own.
        assert_eq!(ids(cat.for_statement(&v2, code("106"))), ["comp"]);
        let mut local = cat.clone();
        local.resources = vec![
            entry("own", &["105", "107"], &["1.1"]),
            entry("new", &["108"], &[]),
        ];
        let mut merged = cat.clone();
        merged.merge(local);
        assert_eq!(
            merged.resources.len(),
            3,
            "same id replaces, a new one is added"
        );
        assert_eq!(merged.get("own").map(|r| r.statements.len()), Some(2));
    }

    #[test]
    fn filters_combine() {
        let set = QuestionSet::bundled();
        let cat = Catalogue::bundled();
        let all = cat.filtered(&set, &Filter::default()).len();
        assert_eq!(all, cat.resources.len());
        let short_group = Filter {
            max_minutes: Some(15),
            group: true,
            ..Filter::default()
        };
        for r in cat.filtered(&set, &short_group) {
            assert!(r.minutes <= 15 && r.mode != Mode::Alone, "{}", r.id);
        }
        let area4 = Filter {
            area: Some(4),
            ..Filter::default()
        };
        assert!(cat.filtered(&set, &area4).iter().all(|r| r
            .statements
            .iter()
            .any(|c| c.area() == 4)
            || r.competences.iter().any(|c| c.starts_with("4."))));
    }
}
