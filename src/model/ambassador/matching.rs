//! Collegial learning: what a person chooses to add to their export (a name to
//! be shown, the statements they can help with and those they want to learn),
//! and the learning circles made from the people who chose to: around one
//! topic (a statement), one helper and at most N learners per helper. No
//! rating travels here: only statement codes, and the name each person chose.

use crate::model::attempt::Answers;
use crate::model::code::StatementCode;
use crate::model::plan::Target;
use crate::model::question_set::QuestionSet;
use serde::{Deserialize, Serialize};

/// How many topics a person wants to learn, at most.
pub const MAX_WANTS: usize = 3;

/// The learners a helper has when none is asked for.
pub const DEFAULT_MAX_LEARNERS: usize = 3;

/// What a person chose to share for collegial learning (`learning` in a JSON
/// export, written only with `export --learning-match`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Learning {
    /// The name the person wants shown to colleagues.
    pub display_name: String,
    /// Statements they rated at the helper level or higher.
    #[serde(default)]
    pub can_help: Vec<StatementCode>,
    /// Statements of their open plan, else their lowest.
    #[serde(default)]
    pub want_to_learn: Vec<StatementCode>,
}

/// The lowest rating that offers help: one below the top of the scale (6 on 1–7).
pub fn helper_level(set: &QuestionSet) -> u8 {
    set.scale.max.saturating_sub(1).max(set.scale.min)
}

/// What a person offers and wants, from their latest answers and their open
/// plan: help with every statement rated at [`helper_level`] or higher; to
/// learn the plan's statements (an area of the plan: its lowest-rated
/// statement), else the lowest-rated statements below the helper level, at most
/// [`MAX_WANTS`].
pub fn learning(set: &QuestionSet, answers: &Answers, plan: &[Target], name: &str) -> Learning {
    let level = helper_level(set);
    let can_help: Vec<StatementCode> = set
        .statements
        .iter()
        .filter(|s| answers.get(&s.code).is_some_and(|&v| v >= level))
        .map(|s| s.code)
        .collect();
    let lowest_in = |area: Option<u8>| {
        let mut rated: Vec<(u8, StatementCode)> = set
            .statements
            .iter()
            .filter(|s| area.is_none_or(|a| s.area() == a))
            .filter_map(|s| answers.get(&s.code).map(|&v| (v, s.code)))
            .filter(|(v, _)| *v < level)
            .collect();
        rated.sort();
        rated.into_iter().map(|(_, c)| c).collect::<Vec<_>>()
    };
    let mut want: Vec<StatementCode> = Vec::new();
    for target in plan {
        let code = match target {
            Target::Statement { code } => Some(*code),
            Target::Area { area } => lowest_in(Some(*area)).first().copied(),
        };
        if let Some(code) = code.filter(|c| !want.contains(c) && !can_help.contains(c)) {
            want.push(code);
        }
    }
    if want.is_empty() {
        want = lowest_in(None);
    }
    want.truncate(MAX_WANTS);
    Learning {
        display_name: name.to_string(),
        can_help,
        want_to_learn: want,
    }
}

/// One person who opted in, as `match` reads them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Person {
    pub name: String,
    pub can_help: Vec<StatementCode>,
    pub want: Vec<StatementCode>,
}

/// A learning circle: one topic, one helper, their learners (indices into the
/// people).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Circle {
    pub topic: StatementCode,
    pub helper: usize,
    pub learners: Vec<usize>,
}

/// The circles, and the wishes no helper could take (topic, learners).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Matching {
    pub circles: Vec<Circle>,
    pub unmatched: Vec<(StatementCode, Vec<usize>)>,
}

/// Forms circles: topics with the fewest helpers first, so that a scarce
/// helper is not used up on a topic others could take; each learner joins a
/// circle on the topic that has room, else a new one with the helper who has
/// the most room. A helper has at most `max_learners` learners over all their
/// circles, and nobody helps themselves.
pub fn form_circles(people: &[Person], max_learners: usize) -> Matching {
    let mut topics: Vec<StatementCode> = people.iter().flat_map(|p| p.want.clone()).collect();
    topics.sort();
    topics.dedup();
    let helpers_of = |topic: StatementCode| -> Vec<usize> {
        (0..people.len())
            .filter(|&i| people[i].can_help.contains(&topic))
            .collect()
    };
    topics.sort_by_key(|&t| (helpers_of(t).len(), t));
    let mut taken: Vec<Vec<usize>> = vec![Vec::new(); people.len()];
    let mut out = Matching::default();
    for topic in topics {
        let helpers = helpers_of(topic);
        let mut learners: Vec<usize> = (0..people.len())
            .filter(|&i| people[i].want.contains(&topic))
            .collect();
        learners.sort_by(|&a, &b| people[a].name.cmp(&people[b].name).then(a.cmp(&b)));
        let mut left = Vec::new();
        for learner in learners {
            let has_room = |h: usize, taken: &[Vec<usize>]| {
                taken[h].contains(&learner) || taken[h].len() < max_learners
            };
            let open = out.circles.iter().position(|c| {
                c.topic == topic && c.helper != learner && has_room(c.helper, &taken)
            });
            let at = if let Some(at) = open {
                at
            } else {
                let best = helpers
                    .iter()
                    .copied()
                    .filter(|&h| h != learner && has_room(h, &taken))
                    .max_by_key(|&h| {
                        (
                            max_learners.saturating_sub(taken[h].len()),
                            std::cmp::Reverse(h),
                        )
                    });
                let Some(helper) = best else {
                    left.push(learner);
                    continue;
                };
                out.circles.push(Circle {
                    topic,
                    helper,
                    learners: Vec::new(),
                });
                out.circles.len() - 1
            };
            let helper = out.circles[at].helper;
            out.circles[at].learners.push(learner);
            if !taken[helper].contains(&learner) {
                taken[helper].push(learner);
            }
        }
        if !left.is_empty() {
            out.unmatched.push((topic, left));
        }
    }
    out.circles.sort_by_key(|c| (c.topic, c.helper));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::code::code;

    fn person(name: &str, can: &[&str], want: &[&str]) -> Person {
        Person {
            name: name.into(),
            can_help: can.iter().map(|c| code(c)).collect(),
            want: want.iter().map(|c| code(c)).collect(),
        }
    }

    proptest::proptest! {
        /// Whoever the people are: a helper never has more than the limit of
        /// learners nor helps themselves, every circle is about a topic its
        /// helper offers and its learners want, and every wish is in a circle
        /// or waiting, once.
        #[test]
        fn circles_keep_the_rules(
            people in proptest::collection::vec(
                (proptest::collection::vec(0usize..6, 0..4), proptest::collection::vec(0usize..6, 0..3)),
                0..9,
            ),
            max in 1usize..4,
        ) {
            let topics = ["101", "102", "201", "301", "401", "501"];
            let people: Vec<Person> = people
                .iter()
                .enumerate()
                .map(|(i, (can, want))| {
                    let mut want: Vec<StatementCode> = want.iter().map(|&w| code(topics[w])).collect();
                    want.sort();
                    want.dedup();
                    Person {
                        name: format!("p{i}"),
                        can_help: can.iter().map(|&c| code(topics[c])).collect(),
                        want,
                    }
                })
                .collect();
            let m = form_circles(&people, max);
            for h in 0..people.len() {
                let mut learners: Vec<usize> = m
                    .circles
                    .iter()
                    .filter(|c| c.helper == h)
                    .flat_map(|c| c.learners.clone())
                    .collect();
                learners.sort_unstable();
                learners.dedup();
                proptest::prop_assert!(learners.len() <= max);
                proptest::prop_assert!(!learners.contains(&h));
            }
            let mut wishes = 0;
            for c in &m.circles {
                proptest::prop_assert!(people[c.helper].can_help.contains(&c.topic));
                for &l in &c.learners {
                    proptest::prop_assert!(people[l].want.contains(&c.topic));
                    wishes += 1;
                }
            }
            wishes += m.unmatched.iter().map(|(_, l)| l.len()).sum::<usize>();
            let wanted: usize = people.iter().map(|p| p.want.len()).sum();
            proptest::prop_assert_eq!(wishes, wanted);
        }
    }

    #[test]
    fn helpers_take_at_most_n_learners_and_never_themselves() {
        let people = [
            person("Ada", &["101", "201"], &["301"]),
            person("Bo", &[], &["101"]),
            person("Cy", &[], &["101", "201"]),
            person("Di", &["301"], &["101"]),
            person("Ek", &[], &["101"]),
        ];
        let m = form_circles(&people, 2);
        for h in 0..people.len() {
            let mut learners: Vec<usize> = m
                .circles
                .iter()
                .filter(|c| c.helper == h)
                .flat_map(|c| c.learners.clone())
                .collect();
            learners.sort_unstable();
            learners.dedup();
            assert!(learners.len() <= 2, "{m:?}");
            assert!(!learners.contains(&h));
        }
        // Ada takes two learners (Bo, Cy) for 101 and Cy again for 201; Di and Ek wait.
        let left: usize = m.unmatched.iter().map(|(_, l)| l.len()).sum();
        assert_eq!(left, 2, "{m:?}");
        assert!(m
            .circles
            .iter()
            .any(|c| c.topic == code("301") && c.helper == 3));
    }
}
