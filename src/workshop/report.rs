//! The group report as data: each population's figures (a round, or a round's
//! workplace or role: areas, statements, priorities), the change between two
//! rounds, unpaired and for the people in both, how the figures are protected,
//! and what the report says about its files. Made by `aggregate`; the report
//! formats write it.
//!
//! A figure that is not shown is `None` here and `null` in JSON, with the
//! [`Shown`] of its kind of figure saying why.

use crate::model::attempt::SetRef;
use crate::model::code::StatementCode;
use crate::model::record::GroupBy;
use crate::model::stats::disclosure::{Protection, Shown};
use serde::Serialize;

/// The figures of one statement, area or the whole, about `n` people.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Figures {
    /// How many people are behind the figures.
    pub n: usize,
    /// What is shown of them.
    pub shown: Shown,
    pub mean: Option<f64>,
    pub median: Option<f64>,
    /// Sample standard deviation (n − 1).
    pub sd: Option<f64>,
    /// The share of ratings at or above the report's `high`.
    pub share_high: Option<f64>,
    /// The share of ratings at or below the report's `low`.
    pub share_low: Option<f64>,
}

impl Figures {
    /// Nothing but how many people.
    pub fn only_n(n: usize, shown: Shown) -> Self {
        Figures {
            n,
            shown,
            mean: None,
            median: None,
            sd: None,
            share_high: None,
            share_low: None,
        }
    }
}

/// One area's figures in a population: over the people's area means, and the
/// shares over every rating in the area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaFigures {
    pub area: u8,
    #[serde(flatten)]
    pub figures: Figures,
}

/// One statement's figures in a population.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct StatementFigures {
    pub code: StatementCode,
    #[serde(flatten)]
    pub figures: Figures,
    /// How many gave each point of the scale, from `min` to `max`.
    pub distribution: Option<Vec<u64>>,
}

/// One population: a round, or one workplace or role within a round.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Group {
    /// The round (label) as most people wrote it; `null` for records without one.
    pub round: Option<String>,
    /// The workplace or role (with `--group-by workplace` or `role`); `null`
    /// otherwise, or for the records without one.
    pub group: Option<String>,
    /// What the round is compared by (its label folded).
    #[serde(skip)]
    pub key: Option<String>,
    /// How many people (each with their latest attempt of the round).
    pub respondents: usize,
    pub too_small: bool,
    pub overall: Figures,
    pub areas: Vec<AreaFigures>,
    pub statements: Vec<StatementFigures>,
    /// The lowest statements by mean as shown, lowest first.
    pub priorities: Vec<StatementCode>,
    /// How many statements after the priorities have the same mean as the last
    /// of them, as shown (one decimal): a tie the list must not hide.
    pub priorities_tied: usize,
}

/// The change for the people in both rounds, in one area or overall.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairedFigures {
    /// People in both rounds with an answer here.
    pub n: usize,
    pub shown: Shown,
    pub mean_change: Option<f64>,
    pub ci_low: Option<f64>,
    pub ci_high: Option<f64>,
    /// The effect size; `null` where the changes hardly differ (no spread to
    /// measure it against) or where it is not shown.
    pub d_z: Option<f64>,
    pub rose: Option<u64>,
    pub same: Option<u64>,
    pub fell: Option<u64>,
}

impl PairedFigures {
    /// Whether the interval lies wholly above or below zero.
    pub fn is_clear(&self) -> bool {
        matches!((self.ci_low, self.ci_high), (Some(lo), Some(hi)) if lo > 0.0 || hi < 0.0)
    }
}

/// One area's paired change.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaPaired {
    pub area: u8,
    #[serde(flatten)]
    pub paired: PairedFigures,
}

/// The change for the people who answered both rounds.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairedChange {
    /// People only in the first round, or only in the second: left out.
    pub only_from: usize,
    pub only_to: usize,
    pub areas: Vec<AreaPaired>,
    pub overall: PairedFigures,
}

/// The change between two rounds: never between workplaces or roles.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Comparison {
    pub from: Option<String>,
    pub to: Option<String>,
    /// The positions of the two rounds in the report's groups.
    #[serde(skip)]
    pub groups: (usize, usize),
    /// Change of the round's area mean (unpaired: two rounds' means as shown),
    /// per area number, where both are shown.
    pub areas: Vec<(u8, f64)>,
    pub overall: Option<f64>,
    /// The biggest rises of statement means (where both are shown), each the
    /// difference of the two means as shown (one decimal).
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

/// The rounds that look like one: the first few pairs, and whether there were more.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LookAlikes {
    pub pairs: Vec<LookAlike>,
    pub more: bool,
}

/// How a report protects the people in it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ProtectionInfo {
    pub method: Protection,
    /// No figure about fewer people than this.
    pub min_group: usize,
    /// Below this many people, only means (perturbed reports).
    pub small_group: usize,
    /// The bound of each record's shift shared by an area's statements (its own
    /// and the area's), in points (perturbed reports).
    pub area_shift: f64,
    /// The bound of the noise on one answer: shift and jitter (perturbed reports).
    pub answer_noise: f64,
}

/// The whole group report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    pub question_set: SetRef,
    pub files_read: usize,
    /// Why each file that was not used was not used: the reasons only, for the
    /// files are named on the terminal alone (file names are often people's names).
    pub skipped: Vec<String>,
    pub records_read: usize,
    /// The same attempt given twice (two exports of one person).
    pub duplicates_dropped: usize,
    /// Records sharing a respondent's attempt id with another but saying
    /// something else: kept, and said.
    pub id_clashes: usize,
    /// Records left out for a date after today.
    pub future_records: usize,
    /// Anonymous records that are the same attempt as a named one (same answers,
    /// round and month): counted once.
    pub anonymous_duplicates: usize,
    /// Distinct respondents over all rounds.
    pub respondents: usize,
    /// Respondents whose records came from more than one file: worth a look, since
    /// one person's records normally travel in one export.
    pub respondents_in_several_files: usize,
    /// How many rounds (labels) the records have.
    pub rounds: usize,
    pub high: u8,
    pub low: u8,
    pub protection: ProtectionInfo,
    pub group_by: Option<GroupBy>,
    pub groups: Vec<Group>,
    /// Rounds that may be one, with a hint to `--merge` them.
    pub look_alike: LookAlikes,
    pub comparison: Option<Comparison>,
}

impl Report {
    /// The smallest number of people a figure is shown about.
    pub fn min_group(&self) -> usize {
        self.protection.min_group
    }
}
