//! The texts about question sets: every problem `questions --check` finds and
//! every reason a set given with `--questions` is refused, and the summary of a
//! set that checks, in Swedish and English.

use crate::model::lang::Lang;
use crate::model::question_set::{
    HeadKey, Problem, QuestionSetError, SetFault, SetProblem, SetTable, SetText, UnsafeIn,
};
use crate::ui::texts::Texts;
use std::fmt::Display;

/// `n` with the singular or plural of its noun.
fn count(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl Texts {
    /// Why a set was refused: its name, then every problem with its line.
    pub fn question_set_error(&self, e: &QuestionSetError) -> String {
        let head = match self.lang() {
            Lang::Sv => format!("{} är ingen giltig frågeuppsättning", e.source_name),
            Lang::En => format!("{} is not a valid question set", e.source_name),
        };
        if let [one] = e.problems.as_slice() {
            return format!("{head}: {}", self.set_problem_at(one));
        }
        let mut out = format!("{head}:");
        for p in &e.problems {
            out.push_str("\n  - ");
            out.push_str(&self.set_problem_at(p));
        }
        out
    }

    /// A problem with where it is ("rad 4: …", "rad 2, kolumn 11: …").
    pub fn set_problem_at(&self, p: &Problem) -> String {
        let at = match (p.line, &p.fault, self.lang()) {
            (Some(line), SetFault::Syntax { column, .. }, Lang::Sv) => {
                format!("rad {line}, kolumn {column}: ")
            }
            (Some(line), SetFault::Syntax { column, .. }, Lang::En) => {
                format!("line {line}, column {column}: ")
            }
            (Some(line), _, Lang::Sv) => format!("rad {line}: "),
            (Some(line), _, Lang::En) => format!("line {line}: "),
            (None, ..) => String::new(),
        };
        format!("{at}{}", self.set_fault(&p.fault))
    }

    /// A problem as `questions --check` lists it: `FILE:LINE:` (and `COLUMN:` for a
    /// TOML error) first, as compilers write it, so that an editor can jump there.
    pub fn set_check_line(&self, file: impl Display, p: &Problem) -> String {
        let fault = self.set_fault(&p.fault);
        match (p.line, &p.fault) {
            (Some(line), SetFault::Syntax { column, .. }) => {
                format!("{file}:{line}:{column}: {fault}")
            }
            (Some(line), _) => format!("{file}:{line}: {fault}"),
            (None, _) => format!("{file}: {fault}"),
        }
    }

    /// What is wrong, without where.
    pub fn set_fault(&self, fault: &SetFault) -> String {
        match (fault, self.lang()) {
            (SetFault::Syntax { detail, .. }, Lang::Sv) => format!(
                "filen går inte att läsa som en frågeuppsättning i TOML (TOML-läsarens meddelande: {detail})"
            ),
            (SetFault::Syntax { detail, .. }, Lang::En) => format!(
                "the file cannot be read as a question set in TOML (the TOML reader's message: {detail})"
            ),
            (SetFault::Invalid(p), _) => self.set_problem(p),
        }
    }

    /// A problem of a set that reads as TOML.
    pub fn set_problem(&self, p: &SetProblem) -> String {
        match self.lang() {
            Lang::Sv => set_problem_sv(p),
            Lang::En => set_problem_en(p),
        }
    }

    /// `questions --check` on a valid set: its size, scale and identity.
    pub fn set_check_ok(
        &self,
        file: impl Display,
        statements: usize,
        areas: usize,
        scale: (u8, u8),
        set: impl Display,
    ) -> String {
        let (min, max) = scale;
        match self.lang() {
            Lang::Sv => format!(
                "{file}: ok: {} i {}, skala {min}–{max} ({set})",
                count(statements, "påstående", "påståenden"),
                count(areas, "område", "områden")
            ),
            Lang::En => format!(
                "{file}: ok: {} in {}, scale {min}–{max} ({set})",
                count(statements, "statement", "statements"),
                count(areas, "area", "areas")
            ),
        }
    }

    /// The error after the problems `questions --check` listed.
    pub fn set_check_failed(&self, file: impl Display, problems: usize) -> String {
        match (self.lang(), problems) {
            (Lang::Sv, 1) => format!("{file} har 1 problem; rätta det och kontrollera igen"),
            (Lang::Sv, n) => format!("{file} har {n} problem; rätta dem och kontrollera igen"),
            (Lang::En, 1) => format!("{file} has 1 problem; fix it and check again"),
            (Lang::En, n) => format!("{file} has {n} problems; fix them and check again"),
        }
    }
}

fn set_problem_sv(p: &SetProblem) -> String {
    match p {
        SetProblem::Empty(key) => format!("`{}` saknar värde", head_key(*key)),
        SetProblem::MissingText { text, lang } => {
            format!("{}: texten på `{lang}` saknas", set_text_sv(text))
        }
        SetProblem::Backwards { min, max } => {
            format!("skala: `min` ({min}) måste vara mindre än `max` ({max})")
        }
        SetProblem::ZeroMin => "skala: `min` måste vara minst 1 (en skala börjar på 1)".into(),
        SetProblem::TooLong(max) => {
            format!("skala: `max` är {max}; en skala får ha högst 10 steg")
        }
        SetProblem::NoneDeclared(t) => format!("det finns inga `{}`", table(*t)),
        SetProblem::AreaNumber(n) => format!(
            "område {n}: `number` måste vara 1 till 9 (det är första siffran i områdets påståendekoder)"
        ),
        SetProblem::AreaTwice(n) => format!("område {n}: finns två gånger"),
        SetProblem::AreaEmpty(n) => format!("område {n}: har inga påståenden"),
        SetProblem::BadCode(code) => {
            format!("påstående '{code}': `code` måste vara tre siffror, t.ex. \"203\"")
        }
        SetProblem::UnknownArea { code, area } => format!(
            "påstående {code}: dess område {area} (kodens första siffra) finns inte bland `[[areas]]`"
        ),
        SetProblem::CodeTwice(code) => format!("påstående {code}: `code` används två gånger"),
        SetProblem::BadUrl(url) => {
            format!("resursen {url}: adressen måste börja med https:// eller http://")
        }
        SetProblem::Unsafe(place) => {
            let place = match place {
                UnsafeIn::IdOrVersion => "`id` eller `version`".to_string(),
                UnsafeIn::TitleOrWelcome => "`title` eller `welcome`".to_string(),
                UnsafeIn::Scale => "skalan".to_string(),
                UnsafeIn::Area(n) => format!("område {n}"),
                UnsafeIn::Statement(code) => format!("påstående {code}"),
                UnsafeIn::Resource => "en resurs".to_string(),
            };
            format!("{place}: innehåller ett styrtecken eller ett osynligt tecken som ändrar textens ordning; ta bort det")
        }
    }
}

fn set_problem_en(p: &SetProblem) -> String {
    match p {
        SetProblem::Empty(key) => format!("`{}` is empty", head_key(*key)),
        SetProblem::MissingText { text, lang } => {
            format!("{}: the `{lang}` text is missing", set_text_en(text))
        }
        SetProblem::Backwards { min, max } => {
            format!("scale: `min` ({min}) must be below `max` ({max})")
        }
        SetProblem::ZeroMin => "scale: `min` must be at least 1 (a scale starts at 1)".into(),
        SetProblem::TooLong(max) => {
            format!("scale: `max` is {max}; at most 10 points are supported")
        }
        SetProblem::NoneDeclared(t) => format!("no `{}` are declared", table(*t)),
        SetProblem::AreaNumber(n) => format!(
            "area {n}: `number` must be 1 to 9 (it is the first digit of its statements' codes)"
        ),
        SetProblem::AreaTwice(n) => format!("area {n}: declared twice"),
        SetProblem::AreaEmpty(n) => format!("area {n}: has no statements"),
        SetProblem::BadCode(code) => {
            format!("statement '{code}': `code` must be three digits, e.g. \"203\"")
        }
        SetProblem::UnknownArea { code, area } => format!(
            "statement {code}: its area {area} (the first digit of the code) is not declared in `[[areas]]`"
        ),
        SetProblem::CodeTwice(code) => format!("statement {code}: `code` is used twice"),
        SetProblem::BadUrl(url) => {
            format!("resource {url}: the url must start with https:// or http://")
        }
        SetProblem::Unsafe(place) => {
            let place = match place {
                UnsafeIn::IdOrVersion => "`id` or `version`".to_string(),
                UnsafeIn::TitleOrWelcome => "`title` or `welcome`".to_string(),
                UnsafeIn::Scale => "the scale".to_string(),
                UnsafeIn::Area(n) => format!("area {n}"),
                UnsafeIn::Statement(code) => format!("statement {code}"),
                UnsafeIn::Resource => "a resource".to_string(),
            };
            format!("{place}: has a control character or an invisible character that reorders text; remove it")
        }
    }
}

/// A key as it is written in the file.
fn head_key(key: HeadKey) -> &'static str {
    match key {
        HeadKey::Id => "id",
        HeadKey::Version => "version",
    }
}

/// A list of tables as it is written in the file.
fn table(t: SetTable) -> &'static str {
    match t {
        SetTable::Areas => "[[areas]]",
        SetTable::Statements => "[[statements]]",
    }
}

fn set_text_sv(text: &SetText) -> String {
    match text {
        SetText::Title => "`title`".to_string(),
        SetText::ScaleMinLabel => "`scale.min_label`".to_string(),
        SetText::ScaleMaxLabel => "`scale.max_label`".to_string(),
        SetText::AreaName(n) => format!("område {n}: `name`"),
        SetText::StatementText(code) => format!("påstående {code}: `text`"),
        SetText::StatementTitle(code) => format!("påstående {code}: `title`"),
    }
}

fn set_text_en(text: &SetText) -> String {
    match text {
        SetText::Title => "`title`".to_string(),
        SetText::ScaleMinLabel => "`scale.min_label`".to_string(),
        SetText::ScaleMaxLabel => "`scale.max_label`".to_string(),
        SetText::AreaName(n) => format!("area {n}: `name`"),
        SetText::StatementText(code) => format!("statement {code}: `text`"),
        SetText::StatementTitle(code) => format!("statement {code}: `title`"),
    }
}
