//! The words around the text tables: the legends (what Δ, the trend line, the
//! spread, the shares and the distribution columns mean), the ties at the end
//! of a list, the plan's columns and its follow-up question.

use crate::model::lang::Lang;
use crate::model::question_set::Scale;
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

    /// What the figures of a group's statement table are, in the terminal and in
    /// the HTML report; `chart` says that the 1–7 columns are what the chart
    /// beside them draws.
    pub fn statements_legend(&self, scale: &Scale, high: u8, low: u8, chart: bool) -> String {
        let (min, max) = (scale.min, scale.max);
        let next = min + 1;
        let (min_label, max_label) = (
            scale.min_label.get(self.lang()),
            scale.max_label.get(self.lang()),
        );
        let columns = match (self.lang(), chart) {
            (Lang::Sv, false) => format!("{min}–{max}: hur många som svarade {min}, {next} … {max} ({min} = {min_label}, {max} = {max_label})."),
            (Lang::Sv, true) => format!("Kolumnerna {min}–{max}: hur många som svarade {min}, {next} … {max} ({min} = {min_label}, {max} = {max_label}); det är fördelningen som diagrammet visar."),
            (Lang::En, false) => format!("{min}–{max}: how many answered {min}, {next} … {max} ({min} = {min_label}, {max} = {max_label})."),
            (Lang::En, true) => format!("The columns {min}–{max}: how many answered {min}, {next} … {max} ({min} = {min_label}, {max} = {max_label}); this is the distribution the chart shows."),
        };
        let figures = match self.lang() {
            Lang::Sv => format!("Median: det mittersta svaret. Spridning: standardavvikelsen, hur mycket svaren skiljer sig åt. ≥\u{a0}{high}: andelen som svarade {high} eller högre. ≤\u{a0}{low}: andelen som svarade {low} eller lägre."),
            Lang::En => format!("Median: the middle answer. SD: the standard deviation, how much the answers differ. ≥\u{a0}{high}: the share who answered {high} or higher. ≤\u{a0}{low}: the share who answered {low} or lower."),
        };
        format!("{columns} {figures}")
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
