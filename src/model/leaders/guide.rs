//! The leaders' reflection guide (`questions/ledning-guide.toml`): questions
//! per theme of the leaders' set, questions for a large gap either way, and
//! the three steps of a change (prepare, carry out, reinforce). Compiled into
//! the binary; the report picks from it by the group's results.

use crate::model::lang::Localized;
use serde::Deserialize;

/// The bundled guide's text.
pub const GUIDE_TOML: &str = include_str!("../../../questions/ledning-guide.toml");

/// Questions for one theme of the leaders' set.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ThemeQuestions {
    pub area: u8,
    pub questions: Vec<Localized>,
}

/// Questions for a large gap: leaders higher than the staff, or lower.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct GapQuestions {
    pub higher: Vec<Localized>,
    pub lower: Vec<Localized>,
}

/// One step of a change, with its points.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangeStep {
    pub key: String,
    pub title: Localized,
    pub points: Vec<Localized>,
}

/// The whole guide.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Guide {
    pub id: String,
    pub version: String,
    pub intro: Localized,
    pub themes: Vec<ThemeQuestions>,
    pub gap: GapQuestions,
    pub change_steps: Vec<ChangeStep>,
}

impl Guide {
    /// The guide compiled into the binary (checked by a unit test).
    pub fn bundled() -> Self {
        toml::from_str(GUIDE_TOML).unwrap_or_else(|e| panic!("bundled guide is broken: {e}"))
    }

    /// The questions of theme `area`, if the guide has any.
    pub fn theme(&self, area: u8) -> Option<&ThemeQuestions> {
        self.themes.iter().find(|t| t.area == area)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::question_set::QuestionSet;

    #[test]
    fn the_bundled_guide_reads_and_covers_every_leaders_theme() {
        let guide = Guide::bundled();
        let set = QuestionSet::leaders();
        for area in set
            .areas
            .iter()
            .filter(|a| set.statements_of(a.number).all(|s| s.mirror_area.is_none()))
        {
            assert!(guide.theme(area.number).is_some(), "theme {}", area.number);
        }
        assert!(!guide.gap.higher.is_empty() && !guide.gap.lower.is_empty());
        assert_eq!(guide.change_steps.len(), 3);
    }
}
