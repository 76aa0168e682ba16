//! Scoring one attempt: area means, the overall mean, strengths and statements to
//! develop. Pure: answers and a question set in, numbers out.

use crate::model::attempt::Answers;
use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;
use crate::model::stats::first_with_ties;
use serde::Serialize;

/// The mean rating of one area.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaScore {
    pub area: u8,
    pub mean: f64,
    pub answered: usize,
}

/// One statement with its rating, for the strengths and areas-to-develop lists.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Rated {
    pub code: StatementCode,
    pub value: u8,
}

/// Everything the result screen shows, computed from one attempt.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Score {
    /// Per declared area, in the set's order; areas with no answers are left out.
    pub areas: Vec<AreaScore>,
    /// Mean over all answered statements (not the mean of area means, so that every
    /// statement weighs the same whatever the size of its area).
    pub overall: f64,
    /// The highest ratings, at most [`HIGHLIGHTS`], none equal to the lowest
    /// rating: when every answer is the same, nothing stands out.
    pub strengths: Vec<Rated>,
    /// How many more statements have the same rating as the last strength.
    pub strengths_tied: usize,
    /// The lowest ratings, at most [`HIGHLIGHTS`], each below every strength and
    /// below the highest rating: never a statement that is also a strength.
    pub to_develop: Vec<Rated>,
    /// How many more statements have the same rating as the last one to develop.
    pub to_develop_tied: usize,
    /// The area with the lowest mean (the lowest number wins a tie).
    pub weakest_area: Option<u8>,
}

/// An attempt with its scores and the file it is saved in, as `take --json`
/// and `results --json` print it.
#[derive(Debug, Serialize)]
pub struct AttemptReport<'a> {
    pub path: &'a std::path::Path,
    pub attempt: &'a crate::model::attempt::Attempt,
    pub score: &'a Score,
}

/// How many statements the strengths and to-develop lists hold.
pub const HIGHLIGHTS: usize = 3;

/// Scores `answers` against `set`. Answers to codes the set does not have are ignored.
pub fn score(set: &QuestionSet, answers: &Answers) -> Score {
    // A mirror statement (the leaders' estimate of the staff) is no rating of
    // one's own: it has its area's mean, but no place in the overall mean, the
    // strengths or the statements to develop.
    let rated: Vec<Rated> = set
        .statements
        .iter()
        .filter(|s| s.mirror_area.is_none())
        .filter_map(|s| {
            answers.get(&s.code).map(|&value| Rated {
                code: s.code,
                value,
            })
        })
        .collect();

    let areas: Vec<AreaScore> = set
        .areas
        .iter()
        .filter_map(|area| {
            let values = ratings_in(set, answers, Some(area.number));
            mean(&values).map(|mean| AreaScore {
                area: area.number,
                mean,
                answered: values.len(),
            })
        })
        .collect();

    let all: Vec<u8> = rated.iter().map(|r| r.value).collect();
    let overall = mean(&all).unwrap_or(0.0);

    // Stable sorts keep the set's order among equal ratings, so ties are predictable.
    let lowest = rated.iter().map(|r| r.value).min().unwrap_or(0);
    let highest = rated.iter().map(|r| r.value).max().unwrap_or(0);
    let mut high: Vec<Rated> = rated.iter().filter(|r| r.value > lowest).cloned().collect();
    high.sort_by_key(|r| std::cmp::Reverse(r.value));
    let (strengths, strengths_tied) = first_with_ties(high, HIGHLIGHTS, |r| r.value);
    let floor = strengths.last().map_or(highest, |r| r.value);
    let mut low: Vec<Rated> = rated
        .into_iter()
        .filter(|r| r.value < floor && r.value < highest)
        .collect();
    low.sort_by_key(|r| r.value);
    let (to_develop, to_develop_tied) = first_with_ties(low, HIGHLIGHTS, |r| r.value);

    let own = |a: &&AreaScore| set.statements_of(a.area).any(|s| s.mirror_area.is_none());
    let weakest_area = areas
        .iter()
        .filter(own)
        .min_by(|a, b| a.mean.total_cmp(&b.mean))
        .map(|a| a.area);

    Score {
        areas,
        overall,
        strengths,
        strengths_tied,
        to_develop,
        to_develop_tied,
        weakest_area,
    }
}

/// The ratings `answers` gives to the statements of one area of `set` (every area
/// when `area` is `None`), in the set's order. Only the set's statements count, so
/// a mean is always over codes the attempt shares with the set.
pub fn ratings_in(set: &QuestionSet, answers: &Answers, area: Option<u8>) -> Vec<u8> {
    set.statements
        .iter()
        .filter(|s| area.is_none_or(|n| s.area() == n))
        .filter_map(|s| answers.get(&s.code).copied())
        .collect()
}

/// The mean rating of one area, or of every statement when `area` is `None`.
pub fn area_mean(set: &QuestionSet, answers: &Answers, area: Option<u8>) -> Option<f64> {
    mean(&ratings_in(set, answers, area))
}

/// The arithmetic mean, or `None` for no values.
pub fn mean(values: &[u8]) -> Option<f64> {
    if values.is_empty() {
        return None;
    }
    let sum: u32 = values.iter().map(|&v| u32::from(v)).sum();
    Some(f64::from(sum) / values.len() as f64)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn answers(values: &[u8]) -> Answers {
        let set = crate::model::attempt::fixtures::v1();
        set.statements
            .iter()
            .zip(values)
            .map(|(s, &v)| (s.code, v))
            .collect()
    }

    // Area sizes in the bundled set: 4, 7, 4, 4, 5.
    pub(crate) const SAMPLE: [u8; 24] = [
        5, 6, 4, 7, // area 1: mean 22/4 = 5.5
        3, 3, 2, 4, 5, 6, 1, // area 2: 24/7 = 3.428…
        7, 7, 6, 2, // area 3: 22/4 = 5.5
        4, 4, 4, 4, // area 4: 4.0
        1, 2, 3, 4, 5, // area 5: 15/5 = 3.0
    ];

    #[test]
    fn area_means_and_overall_by_hand() {
        let set = crate::model::attempt::fixtures::v1();
        let s = score(&set, &answers(&SAMPLE));
        let means: Vec<(u8, f64)> = s.areas.iter().map(|a| (a.area, a.mean)).collect();
        assert_eq!(
            means,
            vec![(1, 5.5), (2, 24.0 / 7.0), (3, 5.5), (4, 4.0), (5, 3.0)]
        );
        // Sum of all 24 = 22 + 24 + 22 + 16 + 15 = 99.
        assert!((s.overall - 99.0 / 24.0).abs() < 1e-12);
        assert_eq!(s.weakest_area, Some(5));
    }

    #[test]
    fn strengths_and_to_develop_break_ties_in_set_order() {
        let set = crate::model::attempt::fixtures::v1();
        let s = score(&set, &answers(&SAMPLE));
        let codes = |v: &[Rated]| {
            v.iter()
                .map(|r| (r.code.to_string(), r.value))
                .collect::<Vec<_>>()
        };
        assert_eq!(
            codes(&s.strengths),
            vec![("104".into(), 7), ("301".into(), 7), ("302".into(), 7)]
        );
        assert_eq!(
            codes(&s.to_develop),
            vec![("207".into(), 1), ("501".into(), 1), ("203".into(), 2)]
        );
    }

    #[test]
    fn all_equal_answers_have_no_strength_and_nothing_to_develop() {
        let set = crate::model::attempt::fixtures::v1();
        let s = score(&set, &answers(&[4; 24]));
        assert!((s.overall - 4.0).abs() < 1e-12);
        assert!(s.strengths.is_empty() && s.to_develop.is_empty());
        assert_eq!((s.strengths_tied, s.to_develop_tied), (0, 0));
        assert_eq!(s.weakest_area, Some(1), "ties go to the lowest area number");
    }

    #[test]
    fn ties_at_the_edge_of_a_list_are_counted() {
        let set = crate::model::attempt::fixtures::v1();
        // Five 7s, the rest 5s but one 2: strengths are the first three 7s with
        // two more tied; to develop is the 2, then the 5s (below 7), three shown
        // of nineteen, sixteen more tied.
        let mut values = [5; 24];
        values[..5].copy_from_slice(&[7; 5]);
        values[23] = 2;
        let s = score(&set, &answers(&values));
        assert_eq!(s.strengths.len(), 3);
        assert_eq!(s.strengths_tied, 2);
        assert_eq!(
            s.to_develop.iter().map(|r| r.value).collect::<Vec<_>>(),
            vec![2, 5, 5]
        );
        assert_eq!(s.to_develop_tied, 16);
        // Two values only: the 7s are strengths, the 5s to develop, none in both.
        let s = score(&set, &answers(&[7, 5].repeat(12)));
        assert!(s.strengths.iter().all(|r| r.value == 7));
        assert!(s.to_develop.iter().all(|r| r.value == 5));
    }

    #[test]
    fn mean_of_nothing_is_none() {
        assert_eq!(mean(&[]), None);
        assert_eq!(mean(&[1, 2]), Some(1.5));
    }
}
