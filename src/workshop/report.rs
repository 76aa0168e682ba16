//! The group report as data: each group's figures (areas, statements,
//! priorities), the change between two rounds, unpaired and for the people in
//! both, and what the report says about its files. Made by
//! `aggregate`; the report formats write it.

use crate::model::attempt::SetRef;
use crate::model::code::StatementCode;
use crate::model::paired::Paired;
use crate::model::record::GroupBy;
use crate::model::stats::Stats;
use crate::workshop::read::BadFile;
use serde::Serialize;

/// One area's figures in a group: over the respondents' area means, and the
/// shares over every rating in the area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaFigures {
    pub area: u8,
    #[serde(flatten)]
    pub stats: Stats,
    pub share_high: f64,
    pub share_low: f64,
}

/// One statement's figures in a group.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementFigures {
    pub code: StatementCode,
    #[serde(flatten)]
    pub stats: Stats,
    /// How many rated each point of the scale, from `min` to `max`.
    pub distribution: Vec<usize>,
    pub share_high: f64,
    pub share_low: f64,
}

/// One group's profile.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The label, role or workplace as most people wrote it; `null` for everyone,
    /// or for the records without one.
    pub name: Option<String>,
    /// What the group is compared by (its name folded for comparing rounds).
    #[serde(skip)]
    pub key: Option<String>,
    pub respondents: usize,
    /// `null` for a group smaller than the minimum.
    pub overall: Option<Stats>,
    /// Empty for a group smaller than the minimum.
    pub areas: Vec<AreaFigures>,
    /// Empty for a group smaller than the minimum.
    pub statements: Vec<StatementFigures>,
    /// The lowest statements by mean, lowest first (empty for a small group).
    pub priorities: Vec<StatementCode>,
    /// How many statements after the priorities have the same mean as the last
    /// of them, as shown (one decimal): a tie the list must not hide.
    pub priorities_tied: usize,
    pub too_small: bool,
}

/// One area's paired change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaPaired {
    pub area: u8,
    #[serde(flatten)]
    pub paired: Paired,
}

/// The change for the people who answered both rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairedChange {
    /// People only in the first round, or only in the second: left out.
    pub only_from: usize,
    pub only_to: usize,
    pub areas: Vec<AreaPaired>,
    pub overall: Paired,
}

/// The change between two rounds (labels): never between workplaces or roles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub from: Option<String>,
    pub to: Option<String>,
    /// The positions of the two rounds in the report's groups.
    #[serde(skip)]
    pub groups: (usize, usize),
    /// Change of the round's area mean (unpaired: two groups' means), per area
    /// number; empty when either round is smaller than the minimum group.
    pub areas: Vec<(u8, f64)>,
    pub overall: Option<f64>,
    /// The biggest rises of statement means (only when both rounds are big enough).
    pub biggest_gains: Vec<(StatementCode, f64)>,
    pub paired: PairedChange,
}

/// Two rounds whose labels still look like one (a prefix, or a small edit apart).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LookAlike {
    /// The round to fold in: the one with fewer respondents.
    pub a: String,
    /// The round to fold it into.
    pub b: String,
}

/// The whole group report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    pub question_set: SetRef,
    pub files_read: usize,
    pub skipped_files: Vec<BadFile>,
    pub records_read: usize,
    pub duplicates_dropped: usize,
    /// Distinct respondents over all groups.
    pub respondents: usize,
    /// Respondents whose records came from more than one file: worth a look, since
    /// one person's records normally travel in one export.
    pub respondents_in_several_files: usize,
    pub high: u8,
    pub low: u8,
    /// No figure is shown about fewer people than this.
    pub min_group: usize,
    pub group_by: Option<GroupBy>,
    pub groups: Vec<Group>,
    /// Rounds that may be one, with a hint to `--merge` them.
    pub look_alike: Vec<LookAlike>,
    pub comparison: Option<Comparison>,
}
