//! The words of the result screen: the story of the change since earlier
//! attempts, labelled ratings, ties, and answers that are all the same.

use crate::model::lang::Lang;
use crate::ui::texts::Texts;
use std::fmt::Display;

/// Which way a figure moved, as the figure is shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Higher,
    Lower,
    Same,
}

/// Which earlier attempt a change is counted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Since<'a> {
    Previous,
    /// The first attempt, on this date.
    First(&'a str),
}

impl Texts {
    /// The heading of the story: after one earlier attempt, or after several
    /// (the story reads only the first and the previous, so it does not count
    /// them).
    pub fn story_title(&self, several: bool) -> &'static str {
        match (self.lang(), several) {
            (Lang::Sv, false) => "Jämfört med ditt förra försök",
            (Lang::Sv, true) => "Jämfört med dina tidigare försök",
            (Lang::En, false) => "Compared with your previous attempt",
            (Lang::En, true) => "Compared with your earlier attempts",
        }
    }

    /// "Säkerhet: 4,1 nu, högre än förra gången (3,4; ▲ +0,7)."
    pub fn story_line(&self, name: &str, now: impl Display, clauses: &[String]) -> String {
        let joined = match self.lang() {
            Lang::Sv => clauses.join(" och "),
            Lang::En => clauses.join(" and "),
        };
        match self.lang() {
            Lang::Sv => format!("{name}: {now} nu, {joined}."),
            Lang::En => format!("{name}: {now} now, {joined}."),
        }
    }

    /// "högre än förra gången (3,4; ▲ +0,7)"
    pub fn story_clause(
        &self,
        direction: Direction,
        since: Since<'_>,
        before: impl Display,
        change: impl Display,
    ) -> String {
        let when = match (self.lang(), since) {
            (Lang::Sv, Since::Previous) => "förra gången".to_string(),
            (Lang::Sv, Since::First(date)) => format!("första gången, {date}"),
            (Lang::En, Since::Previous) => "last time".to_string(),
            (Lang::En, Since::First(date)) => format!("the first time, on {date}"),
        };
        match (self.lang(), direction) {
            (Lang::Sv, Direction::Higher) => format!("högre än {when} ({before}; {change})"),
            (Lang::Sv, Direction::Lower) => format!("lägre än {when} ({before}; {change})"),
            (Lang::Sv, Direction::Same) => format!("samma som {when} ({before})"),
            (Lang::En, Direction::Higher) => format!("higher than {when} ({before}; {change})"),
            (Lang::En, Direction::Lower) => format!("lower than {when} ({before}; {change})"),
            (Lang::En, Direction::Same) => format!("the same as {when} ({before})"),
        }
    }

    /// "7 av 7 · påstående 403": a rating that says what its numbers are.
    pub fn rated_label(&self, value: u8, max: u8, code: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("{value} av {max} · påstående {code}"),
            Lang::En => format!("{value} of {max} · statement {code}"),
        }
    }

    /// Under a list whose last rating is shared by statements not shown.
    pub fn tied_more(&self, n: usize, value: u8) -> String {
        match (self.lang(), n) {
            (Lang::Sv, 1) => format!("… och 1 påstående till med {value}."),
            (Lang::Sv, _) => format!("… och {n} påståenden till med {value}."),
            (Lang::En, 1) => format!("… and 1 more statement at {value}."),
            (Lang::En, _) => format!("… and {n} more statements at {value}."),
        }
    }

    /// Instead of strengths and things to develop when every answer is the same.
    pub fn all_answers_equal(&self, value: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("Du gav alla påståenden samma svar, {value}, så inget sticker ut som en styrka eller som något att utveckla. Svara gärna så som du känner dig för varje påstående nästa gång."),
            Lang::En => format!("You gave every statement the same answer, {value}, so nothing stands out as a strength or as something to develop. Next time, try answering each statement as you feel about it."),
        }
    }
}
