//! The texts of the HTML reports: headings, table captions, the legends under
//! the tables (the area and change legends serve the terminal tables too), and
//! the names and text alternatives of the charts, in Swedish and English.

use crate::model::lang::Lang;
use crate::ui::texts::Texts;
use std::fmt::Display;

impl Texts {
    /// The heading of a group's area table.
    pub fn html_areas_heading(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Områden",
            Lang::En => "Areas",
        }
    }

    /// The caption of a group's area table.
    pub fn html_areas_caption(&self, group: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("{group}: medel, median, spridning och andelar per område"),
            Lang::En => format!("{group}: mean, median, spread and shares per area"),
        }
    }

    /// What the figures of the area table are.
    pub fn areas_legend(&self, high: u8, low: u8) -> String {
        match self.lang() {
            Lang::Sv => format!("Medel, median och spridning räknas på varje persons medel i området. Median: det mittersta värdet. Spridning: standardavvikelsen, hur mycket svaren skiljer sig åt (– när det bara finns ett värde). ≥\u{a0}{high}: andelen av alla svar i området som är {high} eller högre. ≤\u{a0}{low}: andelen som är {low} eller lägre."),
            Lang::En => format!("Mean, median and SD are taken over each person's mean in the area. Median: the middle value. SD: the standard deviation, the spread of the answers, how much they differ (– when there is only one value). ≥\u{a0}{high}: the share of all answers in the area that are {high} or higher. ≤\u{a0}{low}: the share that are {low} or lower."),
        }
    }

    /// The heading of a group's statements: the chart and the table.
    pub fn html_statements_heading(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Påståenden",
            Lang::En => "Statements",
        }
    }

    /// The caption of a group's statement table.
    pub fn html_statements_caption(&self, group: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("{group}: svaren per påstående"),
            Lang::En => format!("{group}: the answers per statement"),
        }
    }

    /// The hidden words before a point of the scale in a column header, so that a
    /// screen reader says "number who answered 3", not "3".
    pub fn html_count_prefix(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Antal som svarade ",
            Lang::En => "Number who answered ",
        }
    }

    /// The caption of a group's action plan draft.
    pub fn html_plan_draft_caption(&self, group: impl Display) -> String {
        match self.lang() {
            Lang::Sv => {
                format!("{group}: påståendena med lägst medel, med plats för ansvarig och datum")
            }
            Lang::En => format!(
                "{group}: the statements with the lowest mean, with room for an owner and a date"
            ),
        }
    }

    /// The heading of the learning resources for a group's priorities.
    pub fn html_resources_heading(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Att lära sig mer",
            Lang::En => "To learn more",
        }
    }

    /// The name of the chart of the area means of every group.
    pub fn html_area_chart_title(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Medel per område och grupp",
            Lang::En => "Mean per area and group",
        }
    }

    /// The axis of a chart of means on the scale.
    pub fn html_mean_axis(
        &self,
        min: u8,
        min_label: impl Display,
        max: u8,
        max_label: impl Display,
    ) -> String {
        match self.lang() {
            Lang::Sv => format!("Medel ({min} = {min_label}, {max} = {max_label})"),
            Lang::En => format!("Mean ({min} = {min_label}, {max} = {max_label})"),
        }
    }

    /// The first sentence of a text alternative of a chart of means.
    pub fn html_means_on_scale(&self, min: u8, max: u8) -> String {
        match self.lang() {
            Lang::Sv => format!("Medel på skalan {min}–{max}."),
            Lang::En => format!("Means on the scale {min}–{max}."),
        }
    }

    /// The name of a group's distribution chart.
    pub fn html_distribution_title(&self, group: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("{group}: hur svaren fördelar sig per påstående"),
            Lang::En => format!("{group}: how the answers are spread per statement"),
        }
    }

    /// The first sentence of a distribution chart's text alternative.
    pub fn html_distribution_desc(&self, min: u8, max: u8) -> String {
        match self.lang() {
            Lang::Sv => format!("Antal som svarade {min} till {max}, per påstående."),
            Lang::En => format!("Number who answered {min} to {max}, per statement."),
        }
    }

    /// The axis of a distribution chart.
    pub fn html_share_axis(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Andel av deltagarna",
            Lang::En => "Share of the respondents",
        }
    }

    /// The heading of the personal chart and table.
    pub fn html_profile_heading(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Medel per område, försök för försök",
            Lang::En => "Mean per area, attempt by attempt",
        }
    }

    /// The caption of the personal table.
    pub fn html_profile_caption(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Medel per område, ett försök per rad, det äldsta först",
            Lang::En => "Mean per area, one attempt per row, the oldest first",
        }
    }

    /// The first column of the personal table.
    pub fn html_col_attempt(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Försök",
            Lang::En => "Attempt",
        }
    }

    /// Under a chart whose dates are not all written out.
    pub fn html_some_dates(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Diagrammet skriver bara ut vissa datum; alla värden står i tabellen.",
            Lang::En => "The chart writes out only some dates; every value is in the table.",
        }
    }

    /// The caption of the plan table in the personal report.
    pub fn html_plan_caption(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Det du har valt att arbeta med",
            Lang::En => "What you have chosen to work on",
        }
    }

    /// The caption of the table of the rounds' area means and the change.
    pub fn html_change_caption(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Medel per område i varje omgång, och förändringen",
            Lang::En => "Mean per area in each round, and the change",
        }
    }

    /// What the change between the rounds' means is.
    pub fn change_legend(&self, from: impl Display, to: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("Förändring: medlet i {to} minus medlet i {from}, så som medlen visas här (en decimal). ▲ högre, ▼ lägre, = oförändrat, – ingen siffra (för få deltagare). Omgångarna kan ha olika deltagare; förändringen för samma personer står nedan."),
            Lang::En => format!("Change: the mean of {to} minus that of {from}, as the means are shown here (one decimal). ▲ higher, ▼ lower, = unchanged, – no figure (too few respondents). The rounds may have different respondents; the change for the same people is below."),
        }
    }

    /// The caption of the paired table.
    pub fn html_paired_caption(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Förändringen för dem som svarade i båda omgångarna",
            Lang::En => "The change for those who answered both rounds",
        }
    }

    /// The heading of the statements that rose most.
    pub fn html_gains_heading(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Största ökningar per påstående",
            Lang::En => "The biggest rises per statement",
        }
    }

    /// The caption of the table of the statements that rose most.
    pub fn html_gains_caption(&self, from: impl Display, to: impl Display) -> String {
        match self.lang() {
            Lang::Sv => format!("Påståendena vars medel steg mest från {from} till {to}"),
            Lang::En => format!("The statements whose mean rose most from {from} to {to}"),
        }
    }

    /// What the change of a statement's mean is.
    pub fn html_gains_legend(&self, from: impl Display, to: impl Display) -> String {
        match self.lang() {
            Lang::Sv => {
                format!("Förändring: hur mycket påståendets medel steg från {from} till {to}.")
            }
            Lang::En => format!("Change: how much the statement's mean rose from {from} to {to}."),
        }
    }

    /// The heading of the files that could not be used.
    pub fn html_skipped_heading(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Filer som inte kunde användas",
            Lang::En => "Files that could not be used",
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::model::lang::Lang;
    use crate::ui::texts::texts;

    #[test]
    fn the_legends_take_their_thresholds() {
        let sv = texts(Lang::Sv).areas_legend(6, 3);
        assert!(
            sv.contains("≥\u{a0}6:") && sv.contains("3 eller lägre"),
            "{sv}"
        );
        let scale = crate::model::attempt::fixtures::v1().scale;
        let en = texts(Lang::En).statements_legend(&scale, 6, 3, true);
        assert!(
            en.contains("1, 2 … 7 (1 = Very uncertain, 7 = Very confident)"),
            "{en}"
        );
        assert!(en.contains("the distribution the chart shows"), "{en}");
        let sv = texts(Lang::Sv).statements_legend(&scale, 6, 3, false);
        assert!(
            sv.starts_with("1–7: hur många som svarade 1, 2 … 7"),
            "{sv}"
        );
    }
}
