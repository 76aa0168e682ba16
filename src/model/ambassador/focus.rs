//! Which areas a meeting pack focuses on, from the group's area figures as the
//! report shows them (already protected): first the lowest mean, then the
//! widest spread among the other areas; where the spread is not shown (a group
//! under the size that shows it), the second-lowest mean, and why.

use crate::model::learning::{Catalogue, LearningResource, Mode};
use crate::model::question_set::QuestionSet;
use serde::Serialize;

/// How many learning resources a focus area gets, at most.
pub const RESOURCES_PER_AREA: usize = 3;

/// The learning resources for a focus area: the one place that says where
/// they come from, the learning library. Those that serve the area's
/// statements, for a group first (the pack is for a meeting), then the most
/// basic and shortest, each once, at most [`RESOURCES_PER_AREA`].
pub fn learning_resources(set: &QuestionSet, area: u8) -> Vec<&'static LearningResource> {
    let library = Catalogue::shared();
    let mut all = library.for_statements(
        set,
        set.statements_of(area).map(|s| s.code),
        library.resources.len(),
    );
    all.sort_by_key(|r| (r.mode == Mode::Alone, r.level, r.minutes));
    all.truncate(RESOURCES_PER_AREA);
    all
}

/// One area's figures as the group report shows them: `None` where a figure
/// is not shown.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct AreaShown {
    pub area: u8,
    pub mean: Option<f64>,
    pub sd: Option<f64>,
}

/// Why an area is a focus.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Reason {
    /// The lowest mean of the group.
    LowestMean,
    /// The widest spread of the other areas: colleagues who can help others.
    WidestSpread,
    /// The second-lowest mean, because the spread is not shown for this group.
    SecondLowestMean,
}

/// The focus areas, one or two, each with why. None when no mean is shown.
pub fn choose(areas: &[AreaShown]) -> Vec<(u8, Reason)> {
    let mut by_mean: Vec<(u8, f64)> = areas
        .iter()
        .filter_map(|a| a.mean.map(|m| (a.area, m)))
        .collect();
    // Lowest first; a tie goes to the lower area number, so the choice is stable.
    by_mean.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let Some(&(first, _)) = by_mean.first() else {
        return Vec::new();
    };
    let mut out = vec![(first, Reason::LowestMean)];
    let spreads: Option<Vec<(u8, f64)>> = areas
        .iter()
        .filter(|a| a.mean.is_some())
        .map(|a| a.sd.map(|sd| (a.area, sd)))
        .collect();
    match spreads {
        Some(spreads) if !spreads.is_empty() => {
            let widest = spreads
                .into_iter()
                .filter(|(area, _)| *area != first)
                .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
            if let Some((area, _)) = widest {
                out.push((area, Reason::WidestSpread));
            }
        }
        _ => {
            if let Some(&(area, _)) = by_mean.get(1) {
                out.push((area, Reason::SecondLowestMean));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(area: u8, mean: f64, sd: Option<f64>) -> AreaShown {
        AreaShown {
            area,
            mean: Some(mean),
            sd,
        }
    }

    #[test]
    fn every_area_of_the_bundled_set_has_two_or_three_resources() {
        let set = QuestionSet::bundled();
        for area in 1..=5 {
            let found = learning_resources(&set, area).len();
            assert!((2..=3).contains(&found), "area {area}: {found}");
        }
    }

    #[test]
    fn lowest_mean_then_widest_spread() {
        let areas = [
            area(1, 5.0, Some(0.5)),
            area(2, 3.0, Some(2.5)),
            area(3, 4.0, Some(1.9)),
            area(4, 6.0, Some(0.4)),
        ];
        assert_eq!(
            choose(&areas),
            vec![(2, Reason::LowestMean), (3, Reason::WidestSpread)]
        );
    }

    #[test]
    fn without_spreads_the_second_lowest_mean() {
        let areas = [area(1, 5.0, None), area(2, 3.0, None), area(3, 4.0, None)];
        assert_eq!(
            choose(&areas),
            vec![(2, Reason::LowestMean), (3, Reason::SecondLowestMean)]
        );
        assert!(choose(&[AreaShown {
            area: 1,
            mean: None,
            sd: None
        }])
        .is_empty());
    }
}
