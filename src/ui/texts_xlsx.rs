//! The texts of the Excel workbooks that no other format prints: the sheet names,
//! the column headers, and the titles and axis names of the charts, in Swedish
//! and English. A sheet name is at most 31 characters and has none of `[]:*?/\`
//! (Excel's rules), which the tests of `report::xlsx` check for both languages.

use crate::model::lang::Lang;
use crate::ui::texts::Texts;
use std::fmt::Display;

impl Texts {
    /// The sheet of a person's attempts, one row each.
    pub fn xlsx_sheet_attempts(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Försök",
            Lang::En => "Attempts",
        }
    }

    /// The sheet of the group report's area figures.
    pub fn xlsx_sheet_areas(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Områden",
            Lang::En => "Areas",
        }
    }

    /// The sheet of the group report's statement figures.
    pub fn xlsx_sheet_statements(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Påståenden",
            Lang::En => "Statements",
        }
    }

    /// The sheet of the distribution charts, one per group.
    pub fn xlsx_sheet_distribution(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Fördelning",
            Lang::En => "Distribution",
        }
    }

    /// The sheet of the paired change between two rounds.
    pub fn xlsx_sheet_paired(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Parvis förändring",
            Lang::En => "Paired change",
        }
    }

    /// The headers of the attempts sheet before the answers: respondent, attempt,
    /// date, label, workplace, role, question set and its version.
    pub fn xlsx_attempt_columns(&self) -> [&'static str; 8] {
        match self.lang() {
            Lang::Sv => [
                "Deltagar-id",
                "Försök",
                "Datum",
                "Etikett",
                "Arbetsplats",
                "Roll",
                "Frågeuppsättning",
                "Version",
            ],
            Lang::En => [
                "Respondent",
                "Attempt",
                "Date",
                "Label",
                "Workplace",
                "Role",
                "Question set",
                "Version",
            ],
        }
    }

    /// The header of an area mean's column: "Område 2" / "Area 2".
    pub fn xlsx_area_column(&self, area: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("Område {area}"),
            Lang::En => format!("Area {area}"),
        }
    }

    /// The header of a group's name.
    pub fn xlsx_group(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Grupp",
            Lang::En => "Group",
        }
    }

    /// The header of how many people a group has.
    pub fn xlsx_respondents(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Deltagare",
            Lang::En => "Respondents",
        }
    }

    /// The header of an area's name, beside its number.
    pub fn xlsx_name(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Namn",
            Lang::En => "Name",
        }
    }

    /// The header of how many answered a statement.
    pub fn xlsx_answers(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Antal svar",
            Lang::En => "Answers",
        }
    }

    /// The headers of a group's figures after its first columns: mean, median,
    /// standard deviation, and the shares at or above `high` and at or below `low`.
    pub fn xlsx_figure_columns(&self, high: u8, low: u8) -> [String; 5] {
        match self.lang() {
            Lang::Sv => [
                "Medelvärde".into(),
                "Median".into(),
                "Standardavvikelse".into(),
                format!("Andel {high} eller högre"),
                format!("Andel {low} eller lägre"),
            ],
            Lang::En => [
                "Mean".into(),
                "Median".into(),
                "Standard deviation".into(),
                format!("Share {high} or higher"),
                format!("Share {low} or lower"),
            ],
        }
    }

    /// The header of how many gave a point of the scale: "Svarade 3" / "Answered 3".
    pub fn xlsx_answered(&self, point: u8) -> String {
        match self.lang() {
            Lang::Sv => format!("Svarade {point}"),
            Lang::En => format!("Answered {point}"),
        }
    }

    /// The title of a group's distribution chart, also written above its data.
    pub fn xlsx_distribution_title(&self, group: impl Display, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!("{group}: så svarade gruppen på varje påstående (n = {n})"),
            Lang::En => format!("{group}: how the group answered each statement (n = {n})"),
        }
    }

    /// A note above the distribution charts when only the first groups have one;
    /// `sheet` is the statements sheet, where every group is.
    pub fn xlsx_charts_first_groups(&self, shown: usize, all: usize, sheet: &str) -> String {
        match self.lang() {
            Lang::Sv => format!(
                "Diagrammen visar de första {shown} av {all} grupperna; alla finns på bladet {sheet}."
            ),
            Lang::En => format!(
                "The charts show the first {shown} of {all} groups; all are on the sheet {sheet}."
            ),
        }
    }

    /// The name of the value axis of a distribution chart.
    pub fn xlsx_share_of_answers(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Andel av svaren",
            Lang::En => "Share of the answers",
        }
    }

    /// The headers of the paired sheet: area, n, mean change, the 95 % interval's
    /// ends, d_z, and how many rose, stayed the same and fell (the words of the
    /// paired table in the other formats).
    pub fn xlsx_paired_columns(&self) -> [&'static str; 9] {
        match self.lang() {
            Lang::Sv => [
                "Område",
                "n",
                "Förändring",
                "95 % KI, nedre",
                "95 % KI, övre",
                "d_z",
                "Ökade",
                "Samma",
                "Minskade",
            ],
            Lang::En => [
                "Area",
                "n",
                "Change",
                "95 % CI, low",
                "95 % CI, high",
                "d_z",
                "Rose",
                "Same",
                "Fell",
            ],
        }
    }
}
