//! The question set: its TOML format, the bundled set, and validation at load.
//!
//! A set is read in two steps: serde reads the file as written ([`RawSet`], codes
//! as text), then validation turns it into a [`QuestionSet`] whose codes are typed,
//! or into every problem found, each with the place it is in the file.

use crate::model::code::StatementCode;
use crate::model::lang::{Lang, Localized};
use crate::model::text::{is_unsafe, visible, visible_lines};
use serde::{Deserialize, Serialize};
use std::collections::{BTreeSet, HashMap};

/// The bundled question set, compiled into the binary so that the tool works with
/// nothing installed beside it.
pub const BUNDLED_TOML: &str = include_str!("../../questions/digikomp.toml");

/// Earlier versions of the bundled set, kept so that attempts made with them are
/// still shown with their own statements.
pub const EARLIER_TOML: [&str; 2] = [
    include_str!("../../questions/digikomp-2.0.toml"),
    include_str!("../../questions/digikomp-1.0.toml"),
];

/// The rating scale: integers `min..=max` with a label for each end.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: u8,
    pub max: u8,
    pub min_label: Localized,
    pub max_label: Localized,
    /// The answer that is not a scale point ("Ingår inte i mitt arbete"), when
    /// the set offers one: given with `x`, left out of every mean.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub abstain: Option<Localized>,
}

impl Scale {
    /// Whether `value` is a rating on this scale.
    pub fn contains(&self, value: u8) -> bool {
        (self.min..=self.max).contains(&value)
    }

    /// How many points the scale has.
    pub fn points(&self) -> usize {
        usize::from(self.max - self.min) + 1
    }

    /// The middle of the scale (the lower middle on an even scale).
    pub fn middle(&self) -> u8 {
        self.min + (self.max - self.min) / 2
    }
}

/// What kind of learning resource a link is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ResourceKind {
    Course,
    Guide,
    Lesson,
}

/// A place to learn more: under an area (version 1 sets), or for the competences
/// it names (top-level `[[resources]]`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Resource {
    /// A title in both languages; a plain string is taken as the title in both.
    #[serde(deserialize_with = "crate::model::lang::localized_or_plain")]
    pub title: Localized,
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ResourceKind>,
    /// The DigComp competences ("4.3") it teaches; empty under an area.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub competences: Vec<String>,
}

/// One DigComp competence area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Area {
    pub number: u8,
    pub name: Localized,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
}

/// A statement's own end labels, where its scale means something else than
/// the set's (a mirror statement rates sureness, not agreement).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatementScale {
    pub min_label: Localized,
    pub max_label: Localized,
}

/// What a set's areas are called: DigComp areas, or the themes of a set that
/// is not about one's own competence (the leaders' set).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum AreaKind {
    #[default]
    Area,
    Theme,
}

impl AreaKind {
    // serde's `skip_serializing_if` passes a reference.
    #[allow(clippy::trivially_copy_pass_by_ref)]
    fn is_area(&self) -> bool {
        *self == AreaKind::Area
    }
}

/// One statement to rate.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Statement {
    /// Stable code, e.g. 203: its first digit is the area number.
    pub code: StatementCode,
    /// The DigComp 2.2 competence it is built on, e.g. "2.3".
    #[serde(skip_serializing_if = "Option::is_none")]
    pub competence: Option<String>,
    /// A short title (2–5 words) for tables and charts.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub title: Option<Localized>,
    pub text: Localized,
    /// The area of the staff set (1–9) whose own mean this statement estimates:
    /// a mirror statement of the leaders' set.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mirror_area: Option<u8>,
    /// End labels of its own, shown instead of the set's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub scale: Option<StatementScale>,
}

/// How many characters a title derived from a statement's text may have.
const DERIVED_TITLE_CHARS: usize = 32;

impl Statement {
    /// The area number this statement belongs to.
    pub fn area(&self) -> u8 {
        self.code.area()
    }

    /// The end labels to rate it with: its own, else the set's.
    pub fn labels<'a>(&'a self, scale: &'a Scale) -> (&'a Localized, &'a Localized) {
        match &self.scale {
            Some(own) => (&own.min_label, &own.max_label),
            None => (&scale.min_label, &scale.max_label),
        }
    }

    /// The short title in `lang`; for a set without titles, the text cut at a word
    /// boundary with an ellipsis.
    pub fn short_title(&self, lang: Lang) -> String {
        if let Some(title) = &self.title {
            return title.get(lang).to_string();
        }
        let text = self.text.get(lang).trim_end_matches('.');
        if text.chars().count() <= DERIVED_TITLE_CHARS {
            return text.to_string();
        }
        let mut out = String::new();
        for word in text.split_whitespace() {
            if out.chars().count() + word.chars().count() + 1 > DERIVED_TITLE_CHARS {
                break;
            }
            if !out.is_empty() {
                out.push(' ');
            }
            out.push_str(word);
        }
        out.push('…');
        out
    }
}

/// A whole question set, validated.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct QuestionSet {
    pub id: String,
    pub version: String,
    pub title: Localized,
    /// A line for the welcome screen (e.g. to answer for tasks outside one's job).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub welcome: Option<Localized>,
    pub scale: Scale,
    /// What the areas are called (`theme` in the leaders' set).
    #[serde(skip_serializing_if = "AreaKind::is_area")]
    pub area_kind: AreaKind,
    pub areas: Vec<Area>,
    pub statements: Vec<Statement>,
    /// Learning resources by competence.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub resources: Vec<Resource>,
}

/// A statement as written in the file: the code is still text.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatement {
    code: String,
    #[serde(default)]
    competence: Option<String>,
    #[serde(default)]
    title: Option<Localized>,
    text: Localized,
    #[serde(default)]
    mirror_area: Option<u8>,
    #[serde(default)]
    scale: Option<StatementScale>,
}

/// A set as written in the file, before validation.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawSet {
    id: String,
    version: String,
    title: Localized,
    #[serde(default)]
    welcome: Option<Localized>,
    scale: Scale,
    #[serde(default)]
    area_kind: AreaKind,
    areas: Vec<Area>,
    statements: Vec<RawStatement>,
    #[serde(default)]
    resources: Vec<Resource>,
}

/// A key of the set's head that must not be empty.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum HeadKey {
    Id,
    Version,
}

/// A list of tables a set must declare at least one of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SetTable {
    Areas,
    Statements,
}

/// A text of the set that must be given in both languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetText {
    Title,
    ScaleMinLabel,
    ScaleMaxLabel,
    AreaName(u8),
    StatementText(StatementCode),
    StatementTitle(StatementCode),
    /// A statement's own `scale.min_label` or `scale.max_label`.
    StatementScale(StatementCode),
}

/// Where a control character or an invisible reordering character was found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UnsafeIn {
    IdOrVersion,
    TitleOrWelcome,
    Scale,
    Area(u8),
    /// A statement, by its code as written (made visible).
    Statement(String),
    Resource,
}

/// Something wrong with a valid TOML file as a question set, with the values the
/// author needs to find it; `ui` says it in the user's language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetProblem {
    Empty(HeadKey),
    MissingText {
        text: SetText,
        lang: Lang,
    },
    /// The scale's `min` is not below its `max`.
    Backwards {
        min: u8,
        max: u8,
    },
    /// The scale starts at 0.
    ZeroMin,
    /// The scale's `max` is above 10.
    TooLong(u8),
    NoneDeclared(SetTable),
    /// An area number outside 1 to 9.
    AreaNumber(u8),
    AreaTwice(u8),
    AreaEmpty(u8),
    /// A statement code that is not three digits, as written (made visible).
    BadCode(String),
    UnknownArea {
        code: StatementCode,
        area: u8,
    },
    CodeTwice(StatementCode),
    /// A resource address that is not http(s), as written (made visible).
    BadUrl(String),
    /// A `mirror_area` outside 1 to 9 (the staff set's area numbers).
    MirrorArea {
        code: StatementCode,
        area: u8,
    },
    Unsafe(UnsafeIn),
}

/// What is wrong at one place of a question set's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SetFault {
    /// The file is not TOML of the set's shape. `detail` is the TOML reader's own
    /// sentence (in English; it cannot be translated, only quoted), made visible.
    Syntax { column: usize, detail: String },
    /// The file reads, but the set is not valid.
    Invalid(SetProblem),
}

/// One problem of a question set, with the line it is on where that can be told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: Option<usize>,
    pub fault: SetFault,
}

/// Where in the file a problem is.
#[derive(Debug, Clone, Copy)]
enum Place {
    /// The statement at this index of `[[statements]]`.
    Statement(usize),
    Area(u8),
    Key(&'static str),
    Table(&'static str),
}

/// Why a question set was refused: every problem found, each with its line.
///
/// Its `Display` is for a developer's log; a user reads it through
/// `ui::texts::Texts::describe`, in their language.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuestionSetError {
    /// How the set is named to the user (usually its path).
    pub source_name: String,
    pub problems: Vec<Problem>,
}

impl std::fmt::Display for QuestionSetError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}: {:?}", self.source_name, self.problems)
    }
}

impl std::error::Error for QuestionSetError {}

/// Checks a question set's text and reports every problem with its line, for
/// `questions --check` and for the error of a set that is refused.
pub fn check(toml_text: &str) -> Result<QuestionSet, Vec<Problem>> {
    let raw: RawSet = match toml::from_str(toml_text) {
        Ok(raw) => raw,
        Err(e) => {
            let at = e.span().map(|span| span.start);
            return Err(vec![Problem {
                line: at.map(|at| line_of(toml_text, at)),
                fault: SetFault::Syntax {
                    column: at.map_or(1, |at| column_of(toml_text, at)),
                    // The message quotes the line it is about: shown, never obeyed.
                    detail: visible_lines(e.message().trim_end()).into_owned(),
                },
            }]);
        }
    };
    raw.validate().map_err(|problems| {
        let lines = Lines::index(toml_text);
        problems
            .into_iter()
            .map(|(place, problem)| Problem {
                line: lines.of(place),
                fault: SetFault::Invalid(problem),
            })
            .collect()
    })
}

/// The 1-based column (in characters) of a byte offset.
fn column_of(text: &str, offset: usize) -> usize {
    let mut end = offset.min(text.len());
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let start = text[..end].rfind('\n').map_or(0, |i| i + 1);
    text[start..end].chars().count() + 1
}

/// The 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    let end = offset.min(text.len());
    text.as_bytes()[..end].split(|&b| b == b'\n').count()
}

/// Where the keys that problems point at are, found in one pass over the file so
/// that a file with many problems is still read once.
struct Lines {
    /// The lines of every `code = …`, in order.
    codes: Vec<usize>,
    /// The first line of `number = N` per area number.
    numbers: HashMap<String, usize>,
    /// The first line setting each other key or opening each table.
    keys: HashMap<String, usize>,
}

impl Lines {
    fn index(text: &str) -> Self {
        let mut lines = Lines {
            codes: Vec::new(),
            numbers: HashMap::new(),
            keys: HashMap::new(),
        };
        for (i, line) in text.lines().enumerate() {
            let trimmed = line.trim();
            if trimmed.starts_with('[') {
                lines.keys.entry(trimmed.to_string()).or_insert(i + 1);
            } else if let Some((key, value)) = line.split_once('=') {
                match key.trim() {
                    "code" => lines.codes.push(i + 1),
                    "number" => {
                        lines
                            .numbers
                            .entry(value.trim().to_string())
                            .or_insert(i + 1);
                    }
                    other => {
                        lines.keys.entry(other.to_string()).or_insert(i + 1);
                    }
                }
            }
        }
        lines
    }

    fn of(&self, place: Place) -> Option<usize> {
        match place {
            Place::Statement(i) => self.codes.get(i).copied(),
            Place::Area(n) => self.numbers.get(&n.to_string()).copied(),
            Place::Key(key) | Place::Table(key) => self.keys.get(key).copied(),
        }
    }
}

impl QuestionSet {
    /// The set compiled into the binary.
    pub fn bundled() -> Self {
        // The bundled file is checked by a unit test, so this cannot fail in a release.
        Self::parse(BUNDLED_TOML, "the bundled question set")
            .unwrap_or_else(|e| panic!("bundled question set is broken: {e}"))
    }

    /// The bundled set of this version, the current one or an earlier one.
    pub fn bundled_version(version: &str) -> Option<Self> {
        std::iter::once(BUNDLED_TOML)
            .chain(EARLIER_TOML)
            .filter_map(|text| Self::parse(text, "a bundled question set").ok())
            .find(|set| set.version == version)
    }

    /// Parses and validates a set; `source_name` is how errors name it (usually a path).
    pub fn parse(toml_text: &str, source_name: &str) -> Result<Self, QuestionSetError> {
        check(toml_text).map_err(|problems| QuestionSetError {
            source_name: source_name.to_string(),
            problems,
        })
    }

    /// The area with this number, if declared.
    pub fn area(&self, number: u8) -> Option<&Area> {
        self.areas.iter().find(|a| a.number == number)
    }

    /// The statement with this code, if any.
    pub fn statement(&self, code: StatementCode) -> Option<&Statement> {
        self.statements.iter().find(|s| s.code == code)
    }

    /// The statements of one area, in the set's order.
    pub fn statements_of(&self, area: u8) -> impl Iterator<Item = &Statement> {
        self.statements.iter().filter(move |s| s.area() == area)
    }

    /// The area's name in `lang`, or its number when it is unknown.
    pub fn area_name(&self, number: u8, lang: Lang) -> String {
        self.area(number)
            .map_or_else(|| format!("{number}"), |a| a.name.get(lang).to_string())
    }

    /// The learning resources for several statements, each once, in their order.
    pub fn resources_for_all(
        &self,
        codes: impl IntoIterator<Item = StatementCode>,
    ) -> Vec<&Resource> {
        let mut out: Vec<&Resource> = Vec::new();
        for code in codes {
            for r in self.resources_for(code) {
                if !out.iter().any(|o| o.url == r.url) {
                    out.push(r);
                }
            }
        }
        out
    }

    /// The learning resources for a statement: those of its competence, else those
    /// of its area (sets without per-competence resources).
    pub fn resources_for(&self, code: StatementCode) -> Vec<&Resource> {
        let Some(st) = self.statement(code) else {
            return Vec::new();
        };
        let by_competence: Vec<&Resource> = st
            .competence
            .as_ref()
            .map(|c| {
                self.resources
                    .iter()
                    .filter(|r| r.competences.contains(c))
                    .collect()
            })
            .unwrap_or_default();
        if by_competence.is_empty() {
            self.area(st.area())
                .map(|a| a.resources.iter().collect())
                .unwrap_or_default()
        } else {
            by_competence
        }
    }
}

impl RawSet {
    /// The validated set, or every problem with where it is.
    fn validate(self) -> Result<QuestionSet, Vec<(Place, SetProblem)>> {
        let mut out = Vec::new();
        self.check_head(&mut out);
        let numbers = self.check_areas(&mut out);
        let statements = self.check_statements(&numbers, &mut out);
        let used: BTreeSet<u8> = statements.iter().map(Statement::area).collect();
        for area in &self.areas {
            if !used.contains(&area.number) && numbers.contains(&area.number) {
                out.push((Place::Area(area.number), SetProblem::AreaEmpty(area.number)));
            }
        }
        for r in self
            .resources
            .iter()
            .chain(self.areas.iter().flat_map(|a| &a.resources))
        {
            if !(r.url.starts_with("https://") || r.url.starts_with("http://")) {
                let url = visible(&r.url).into_owned();
                out.push((Place::Table("[[resources]]"), SetProblem::BadUrl(url)));
            }
        }
        self.check_safe(&mut out);
        if !out.is_empty() {
            return Err(out);
        }
        Ok(QuestionSet {
            id: self.id,
            version: self.version,
            title: self.title,
            welcome: self.welcome,
            scale: self.scale,
            area_kind: self.area_kind,
            areas: self.areas,
            statements,
            resources: self.resources,
        })
    }

    /// Every text must be safe to show: a set is printed to terminals and reports.
    fn check_safe(&self, out: &mut Vec<(Place, SetProblem)>) {
        let bad = |text: &str| text.chars().any(is_unsafe);
        let both = |l: &Localized| l.iter().any(|(_, text)| bad(text));
        let mut found = |place: Place, what: UnsafeIn| out.push((place, SetProblem::Unsafe(what)));
        if bad(&self.id) || bad(&self.version) {
            found(Place::Key("id"), UnsafeIn::IdOrVersion);
        }
        if both(&self.title) || self.welcome.as_ref().is_some_and(both) {
            found(Place::Key("title"), UnsafeIn::TitleOrWelcome);
        }
        let abstain = self.scale.abstain.as_ref().is_some_and(both);
        if both(&self.scale.min_label) || both(&self.scale.max_label) || abstain {
            found(Place::Table("[scale]"), UnsafeIn::Scale);
        }
        for a in &self.areas {
            let resources = a.resources.iter().any(|r| both(&r.title) || bad(&r.url));
            if both(&a.name) || resources {
                found(Place::Area(a.number), UnsafeIn::Area(a.number));
            }
        }
        let own_scale = |s: &Option<StatementScale>| {
            s.as_ref()
                .is_some_and(|s| both(&s.min_label) || both(&s.max_label))
        };
        for (i, st) in self.statements.iter().enumerate() {
            if bad(&st.code)
                || both(&st.text)
                || st.title.as_ref().is_some_and(both)
                || own_scale(&st.scale)
            {
                found(
                    Place::Statement(i),
                    UnsafeIn::Statement(visible(&st.code).into_owned()),
                );
            }
        }
        if self.resources.iter().any(|r| both(&r.title) || bad(&r.url)) {
            found(Place::Table("[[resources]]"), UnsafeIn::Resource);
        }
    }

    fn check_head(&self, out: &mut Vec<(Place, SetProblem)>) {
        if self.id.trim().is_empty() {
            out.push((Place::Key("id"), SetProblem::Empty(HeadKey::Id)));
        }
        if self.version.trim().is_empty() {
            out.push((Place::Key("version"), SetProblem::Empty(HeadKey::Version)));
        }
        check_localized(out, Place::Key("title"), &SetText::Title, &self.title);
        let scale = &self.scale;
        let at = Place::Table("[scale]");
        if scale.min >= scale.max {
            out.push((
                at,
                SetProblem::Backwards {
                    min: scale.min,
                    max: scale.max,
                },
            ));
        }
        if scale.min == 0 {
            out.push((at, SetProblem::ZeroMin));
        }
        if scale.max > 10 {
            out.push((at, SetProblem::TooLong(scale.max)));
        }
        check_localized(out, at, &SetText::ScaleMinLabel, &scale.min_label);
        check_localized(out, at, &SetText::ScaleMaxLabel, &scale.max_label);
    }

    /// Checks the areas; returns the numbers declared.
    fn check_areas(&self, out: &mut Vec<(Place, SetProblem)>) -> BTreeSet<u8> {
        let mut numbers = BTreeSet::new();
        if self.areas.is_empty() {
            out.push((
                Place::Table("[[areas]]"),
                SetProblem::NoneDeclared(SetTable::Areas),
            ));
        }
        for area in &self.areas {
            let at = Place::Area(area.number);
            if !(1..=9).contains(&area.number) {
                out.push((at, SetProblem::AreaNumber(area.number)));
            }
            if !numbers.insert(area.number) {
                out.push((at, SetProblem::AreaTwice(area.number)));
            }
            check_localized(out, at, &SetText::AreaName(area.number), &area.name);
        }
        numbers
    }

    /// Checks the statements; returns those whose code is valid.
    fn check_statements(
        &self,
        numbers: &BTreeSet<u8>,
        out: &mut Vec<(Place, SetProblem)>,
    ) -> Vec<Statement> {
        if self.statements.is_empty() {
            out.push((
                Place::Table("[[statements]]"),
                SetProblem::NoneDeclared(SetTable::Statements),
            ));
        }
        let mut seen = [false; crate::model::code::CODE_SPACE];
        let mut valid = Vec::with_capacity(self.statements.len());
        for (i, st) in self.statements.iter().enumerate() {
            let here = Place::Statement(i);
            let Some(code) = StatementCode::parse(&st.code) else {
                out.push((here, SetProblem::BadCode(visible(&st.code).into_owned())));
                continue;
            };
            check_localized(out, here, &SetText::StatementText(code), &st.text);
            if let Some(title) = &st.title {
                check_localized(out, here, &SetText::StatementTitle(code), title);
            }
            if let Some(own) = &st.scale {
                for label in [&own.min_label, &own.max_label] {
                    check_localized(out, here, &SetText::StatementScale(code), label);
                }
            }
            if let Some(area) = st.mirror_area.filter(|a| !(1..=9).contains(a)) {
                out.push((here, SetProblem::MirrorArea { code, area }));
            }
            if std::mem::replace(&mut seen[code.index()], true) {
                out.push((here, SetProblem::CodeTwice(code)));
            } else if !numbers.contains(&code.area()) {
                out.push((
                    here,
                    SetProblem::UnknownArea {
                        code,
                        area: code.area(),
                    },
                ));
            }
            valid.push(Statement {
                code,
                competence: st.competence.clone(),
                title: st.title.clone(),
                text: st.text.clone(),
                mirror_area: st.mirror_area,
                scale: st.scale.clone(),
            });
        }
        valid
    }
}

fn check_localized(
    out: &mut Vec<(Place, SetProblem)>,
    place: Place,
    which: &SetText,
    text: &Localized,
) {
    // A set is written in Swedish and English; a catalogue's other languages
    // show the Swedish text where a set has none of their own.
    for lang in [Lang::SV, Lang::EN] {
        if text.own(lang).trim().is_empty() {
            out.push((
                place,
                SetProblem::MissingText {
                    text: which.clone(),
                    lang,
                },
            ));
        }
    }
}

#[cfg(test)]
#[path = "tests/question_set.rs"]
mod tests;
