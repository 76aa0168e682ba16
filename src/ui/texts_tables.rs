//! The words around the text tables: the legends (what Δ, the trend line, the
//! spread, the shares and the distribution columns mean), the ties at the end
//! of a list, the plan's columns and its follow-up question.

use crate::model::lang::Lang;
use crate::ui::texts::Texts;
use std::fmt::Display;

impl Texts {
    /// Under the progress tables: the two change columns and the trend line.
    pub fn progress_legend(&self, points: usize, min: impl Display, max: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("Δ förra: ändringen sedan förra försöket. Δ första: ändringen sedan det första. Trend: de senaste (högst {points}) försöken, från ▁ ({min}) till █ ({max})."),
            Lang::En => format!("Δ previous: the change since the previous attempt. Δ first: the change since the first. Trend: the latest (at most {points}) attempts, from ▁ ({min}) to █ ({max})."),
        }
    }

    /// "statement {code} ({title})"
    pub fn target_statement_titled(&self, code: impl Display, title: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("påstående {code} ({title})"),
            Lang::En => format!("statement {code} ({title})"),
        }
    }

    /// Under the progress table when attempts between the first and the latest
    /// are left out to fit the width.
    pub fn progress_hidden_between(&self, n: usize) -> String {
        match (self.lang(), n) {
            (Lang::Sv, _) => format!("{n} försök visas inte i tabellen, så att den får plats; välj vilka med --last N eller --since DATUM."),
            (Lang::En, 1) => "1 attempt is not shown in the table, so that it fits; choose which with --last N or --since DATE.".to_string(),
            (Lang::En, _) => format!("{n} attempts are not shown in the table, so that it fits; choose which with --last N or --since DATE."),
        }
    }

    /// Under a group's statement table in the terminal.
    pub fn text_statements_legend(
        &self,
        min: u8,
        min_label: impl Display,
        max: u8,
        max_label: impl Display,
        high: u8,
        low: u8,
    ) -> String {
        match self.lang() {
            Lang::Sv => format!("{min}–{max}: hur många som svarade {min}, {} … {max} ({min} = {min_label}, {max} = {max_label}). Median: det mittersta svaret. Spridning: standardavvikelsen, hur mycket svaren skiljer sig åt. ≥\u{a0}{high}: andelen som svarade {high} eller högre. ≤\u{a0}{low}: andelen som svarade {low} eller lägre.", min + 1),
            Lang::En => format!("{min}–{max}: how many answered {min}, {} … {max} ({min} = {min_label}, {max} = {max_label}). Median: the middle answer. SD: the standard deviation, how much the answers differ. ≥\u{a0}{high}: the share who answered {high} or higher. ≤\u{a0}{low}: the share who answered {low} or lower.", min + 1),
        }
    }

    /// The plan's column of the change from before to now.
    pub fn col_plan_change(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Ändring",
            Lang::En => "Change",
        }
    }

    /// Under the group's priorities when more statements share the last mean.
    pub fn priorities_tied(&self, n: usize, mean: impl Display) -> String {
        match (self.lang(), n) {
            (Lang::Sv, 1) => format!("… och 1 påstående till med medlet\u{a0}{mean}."),
            (Lang::Sv, _) => format!("… och {n} påståenden till med medlet\u{a0}{mean}."),
            (Lang::En, 1) => format!("… and 1 more statement with the mean\u{a0}{mean}."),
            (Lang::En, _) => format!("… and {n} more statements with the mean\u{a0}{mean}."),
        }
    }

    /// Under the biggest rises or falls when more statements moved as much.
    pub fn movers_tied(&self, n: usize, change: impl Display) -> String {
        match (self.lang(), n) {
            (Lang::Sv, 1) => format!("… och 1 påstående till med {change}."),
            (Lang::Sv, _) => format!("… och {n} påståenden till med {change}."),
            (Lang::En, 1) => format!("… and 1 more statement at {change}."),
            (Lang::En, _) => format!("… and {n} more statements at {change}."),
        }
    }

    /// After `take`, once an item has been added to the plan.
    pub fn plan_add_more_question(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Vill du välja något mer att arbeta med?",
            Lang::En => "Do you want to pick something more to work on?",
        }
    }
}
