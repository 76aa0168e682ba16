//! The perspective report as data: per group (a workplace by default), the
//! leaders' picture of the staff (their mirror statements) beside the staff's
//! own figures per DigComp area, the gap between them, the leaders' own theme
//! means, and two or three focus items for a change plan.
//!
//! Who is shown: the staff's figures are the group report's own (the same K,
//! noise and small-group rules). A leader's answers count only when the
//! leader's export shares them (`export --share-leader-view`), or when the
//! group has at least K leaders with an answer, the same rule as for staff; a
//! leader who is not shown is in no figure, and `leaders_n` counts only the
//! leaders shown.

use crate::model::attempt::SetRef;
use crate::model::question_set::QuestionSet;
use crate::model::stats::disclosure::{Protection, Shown};
use crate::model::stats::shown_change;
use crate::workshop::aggregate::GroupBy;
use crate::workshop::aggregate::{
    analysis_input, latest_per_respondent, unique, without_anonymous_copies,
};
use crate::workshop::report::Report;
use crate::workshop::rounds::round_key;
use crate::workshop::rows::Rows;
use serde::Serialize;

/// A gap this large (in points of the 1–7 scale) or larger is named in words:
/// one whole step between two labels of the scale, more than the rounding of
/// two means shown to one decimal (±0.1) and the typical noise of a protected
/// area mean of ten people (about ±0.4) together.
pub const LARGE_GAP: f64 = 1.0;

/// The most focus items proposed per group.
pub const MAX_FOCUS: usize = 3;

/// Which way a large gap goes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum GapDirection {
    /// The leaders believe the staff are surer than the staff say.
    LeadersHigher,
    /// The leaders believe the staff are less sure than the staff say.
    LeadersLower,
}

/// One DigComp area of a group: the leaders' mirror mean, the staff's mean.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaView {
    pub area: u8,
    /// The leaders whose estimate is in `leaders_mean`.
    pub leaders_n: usize,
    pub leaders_mean: Option<f64>,
    pub staff_n: usize,
    /// What the group rules show of the staff's figures.
    pub staff_shown: Shown,
    pub staff_mean: Option<f64>,
    /// The spread (sd) of the staff's area means, where the rules show it.
    pub staff_sd: Option<f64>,
    /// `leaders_mean − staff_mean`, where both are shown.
    pub gap: Option<f64>,
    /// The gap between the two means as shown (one decimal each), as the
    /// text formats show it.
    #[serde(skip)]
    pub shown_gap: Option<f64>,
    /// Set when the gap as shown is [`LARGE_GAP`] or more either way, and the
    /// staff's mean is not one of a protected small group (fewer than
    /// `SMALL_GROUP`, whose noise alone can make such a gap).
    pub large_gap: Option<GapDirection>,
}

/// The leaders' own mean in one theme of the leaders' set.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeView {
    pub theme: u8,
    pub leaders_n: usize,
    pub mean: Option<f64>,
}

/// A proposed focus item of a group's change plan.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Focus {
    /// A large gap in a DigComp area.
    Gap { area: u8, gap: f64 },
    /// One of the leaders' lowest themes.
    Theme { theme: u8, mean: f64 },
}

/// One group (a workplace, a role, or everyone).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct GroupView {
    /// The workplace or role; `null` for everyone, or for records without one.
    pub group: Option<String>,
    /// Leaders in the group (each with their latest attempt).
    pub leaders: usize,
    /// Of them, how many are shown (shared, or at least K of them).
    pub leaders_shown: usize,
    pub areas: Vec<AreaView>,
    pub themes: Vec<ThemeView>,
    pub focus: Vec<Focus>,
}

/// The whole perspective report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Perspective {
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    pub staff_set: SetRef,
    #[serde(serialize_with = "crate::model::attempt::set_ref_as_text")]
    pub leaders_set: SetRef,
    pub large_gap: f64,
    pub min_group: usize,
    pub protection: Protection,
    /// What the groups are: workplaces (the default), roles, or rounds.
    pub group_by: Option<GroupBy>,
    /// Staff respondents and leader respondents read.
    pub staff_respondents: usize,
    pub leader_respondents: usize,
    pub perspective: Vec<GroupView>,
}

/// One leader's values: the group key, whether shared, and per statement of the
/// leaders' set the value to use (exact when shared, else as protected).
struct Leader {
    group: Option<String>,
    shared: bool,
    exact: Vec<Option<f64>>,
    protected: Vec<Option<f64>>,
}

/// Builds the perspective from the staff's group report (grouped as wanted)
/// and the leaders' rows.
pub fn perspective(
    staff_set: &QuestionSet,
    staff: &Report,
    leaders_set: &QuestionSet,
    rows: &Rows,
) -> Perspective {
    let protection = staff.protection.method;
    let k = staff.min_group();
    let (kept, _) = unique(rows);
    let (kept, _) = without_anonymous_copies(rows, kept);
    let latest = latest_per_respondent(rows, &kept);
    let (exact, values, _) = analysis_input(leaders_set, rows, &latest, protection);
    let leaders: Vec<Leader> = latest
        .iter()
        .zip(exact)
        .zip(values)
        .map(|((&i, exact), protected)| {
            let meta = &rows.meta[i as usize];
            Leader {
                group: meta.group.map(|g| rows.groups.text(g).to_string()),
                shared: meta.shared,
                exact: exact.into_iter().map(|v| v.map(f64::from)).collect(),
                protected,
            }
        })
        .collect();
    // The groups: the staff's (their latest round each), then leaders' groups
    // that have no staff.
    let mut names: Vec<Option<String>> = Vec::new();
    for g in staff
        .groups
        .iter()
        .map(|g| &g.group)
        .chain(leaders.iter().map(|l| &l.group))
    {
        if !names.iter().any(|n| same_group(n.as_deref(), g.as_deref())) {
            names.push(g.clone());
        }
    }
    let groups = names
        .into_iter()
        .map(|name| {
            let members: Vec<&Leader> = leaders
                .iter()
                .filter(|l| same_group(l.group.as_deref(), name.as_deref()))
                .collect();
            let staff_group = staff
                .groups
                .iter()
                .rev()
                .find(|g| same_group(g.group.as_deref(), name.as_deref()));
            group_view(
                (staff_set, leaders_set),
                name,
                staff_group,
                &members,
                (k, protection),
            )
        })
        .collect();
    Perspective {
        staff_set: SetRef::of(staff_set),
        leaders_set: SetRef::of(leaders_set),
        large_gap: LARGE_GAP,
        min_group: k,
        protection,
        group_by: staff.group_by,
        staff_respondents: staff.respondents,
        leader_respondents: leaders.len(),
        perspective: groups,
    }
}

/// Whether two group names are one group (as rounds are: case and spacing aside).
fn same_group(a: Option<&str>, b: Option<&str>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => round_key(a) == round_key(b),
        (None, None) => true,
        _ => false,
    }
}

/// The mean of the leaders' values at the statement positions `at`, each leader's
/// own mean first (a theme of several statements), under the rule of who is
/// shown: the shared ones, or everyone with a value when they are at least `k`.
fn leaders_mean(members: &[&Leader], at: &[usize], k: usize) -> (usize, Option<f64>) {
    let mean_of = |vals: &[Option<f64>]| {
        let v: Vec<f64> = at
            .iter()
            .filter_map(|&i| vals.get(i).copied().flatten())
            .collect();
        (!v.is_empty()).then(|| v.iter().sum::<f64>() / v.len() as f64)
    };
    let answered: Vec<(bool, f64, f64)> = members
        .iter()
        .filter_map(|l| Some((l.shared, mean_of(&l.exact)?, mean_of(&l.protected)?)))
        .collect();
    let everyone = answered.len() >= k;
    let shown: Vec<f64> = answered
        .iter()
        .filter(|(shared, ..)| everyone || *shared)
        .map(|&(shared, exact, protected)| if shared { exact } else { protected })
        .collect();
    let n = shown.len();
    (n, (n > 0).then(|| shown.iter().sum::<f64>() / n as f64))
}

/// One group's view: `sets` are the staff's and the leaders', `rules` the
/// minimum group and the protection.
fn group_view(
    (staff_set, leaders_set): (&QuestionSet, &QuestionSet),
    group: Option<String>,
    staff: Option<&crate::workshop::report::Group>,
    members: &[&Leader],
    (k, protection): (usize, Protection),
) -> GroupView {
    let position = |code| leaders_set.statements.iter().position(|s| s.code == code);
    let areas: Vec<AreaView> = staff_set
        .areas
        .iter()
        .map(|a| {
            let at: Vec<usize> = leaders_set
                .mirrors()
                .filter(|(area, _)| *area == a.number)
                .filter_map(|(_, code)| position(code))
                .collect();
            let (leaders_n, leaders_mean) = leaders_mean(members, &at, k);
            let fig = staff.and_then(|g| g.areas.iter().find(|f| f.area == a.number));
            let staff_mean = fig.and_then(|f| f.figures.mean);
            let staff_shown = fig.map_or(Shown::Nothing, |f| f.figures.shown);
            let gap = leaders_mean.zip(staff_mean).map(|(l, s)| l - s);
            let shown_gap = leaders_mean
                .zip(staff_mean)
                .map(|(l, s)| shown_change(s, l));
            AreaView {
                area: a.number,
                leaders_n,
                leaders_mean,
                staff_n: fig.map_or(0, |f| f.figures.n),
                staff_shown,
                staff_mean,
                staff_sd: fig.and_then(|f| f.figures.sd),
                gap,
                shown_gap,
                // In a protected report of fewer than SMALL_GROUP staff the
                // noise alone can make a point's gap: not named there.
                large_gap: shown_gap
                    .filter(|_| protection == Protection::Exact || staff_shown == Shown::All)
                    .and_then(direction),
            }
        })
        .collect();
    let themes: Vec<ThemeView> = leaders_set
        .areas
        .iter()
        .filter(|t| {
            leaders_set
                .statements_of(t.number)
                .all(|s| s.mirror_area.is_none())
        })
        .map(|t| {
            let at: Vec<usize> = leaders_set
                .statements
                .iter()
                .enumerate()
                .filter(|(_, s)| s.area() == t.number)
                .map(|(i, _)| i)
                .collect();
            let (leaders_n, mean) = leaders_mean(members, &at, k);
            ThemeView {
                theme: t.number,
                leaders_n,
                mean,
            }
        })
        .collect();
    let leaders_shown = members.len().min(
        areas
            .iter()
            .map(|a| a.leaders_n)
            .chain(themes.iter().map(|t| t.leaders_n))
            .max()
            .unwrap_or(0),
    );
    let focus = focus(&areas, &themes);
    GroupView {
        group,
        leaders: members.len(),
        leaders_shown,
        areas,
        themes,
        focus,
    }
}

/// Which way a gap (as shown, in tenths) goes, when it is large.
fn direction(gap: f64) -> Option<GapDirection> {
    if gap >= LARGE_GAP - 1e-9 {
        Some(GapDirection::LeadersHigher)
    } else if gap <= -LARGE_GAP + 1e-9 {
        Some(GapDirection::LeadersLower)
    } else {
        None
    }
}

/// Two or three focus items: the largest gaps first (at most two), then the
/// leaders' lowest themes, up to [`MAX_FOCUS`]; ties by number.
fn focus(areas: &[AreaView], themes: &[ThemeView]) -> Vec<Focus> {
    let mut gaps: Vec<(u8, f64)> = areas
        .iter()
        .filter(|a| a.large_gap.is_some())
        .filter_map(|a| Some((a.area, a.shown_gap?)))
        .collect();
    gaps.sort_by(|a, b| b.1.abs().total_cmp(&a.1.abs()).then(a.0.cmp(&b.0)));
    let mut out: Vec<Focus> = gaps
        .into_iter()
        .take(MAX_FOCUS - 1)
        .map(|(area, gap)| Focus::Gap { area, gap })
        .collect();
    let mut low: Vec<(u8, f64)> = themes
        .iter()
        .filter_map(|t| Some((t.theme, t.mean?)))
        .collect();
    low.sort_by(|a, b| a.1.total_cmp(&b.1).then(a.0.cmp(&b.0)));
    let room = MAX_FOCUS.saturating_sub(out.len());
    out.extend(
        low.into_iter()
            .take(room)
            .map(|(theme, mean)| Focus::Theme { theme, mean }),
    );
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn area(area: u8, gap: Option<f64>) -> AreaView {
        AreaView {
            area,
            leaders_n: 1,
            leaders_mean: None,
            staff_n: 3,
            staff_shown: Shown::All,
            staff_mean: None,
            staff_sd: None,
            gap,
            shown_gap: gap,
            large_gap: gap.and_then(direction),
        }
    }

    #[test]
    fn a_gap_of_one_point_is_large_either_way() {
        assert_eq!(direction(1.0), Some(GapDirection::LeadersHigher));
        assert_eq!(direction(-1.0), Some(GapDirection::LeadersLower));
        assert_eq!(direction(0.99), None);
    }

    #[test]
    fn focus_takes_the_largest_gaps_then_the_lowest_themes() {
        let areas = [area(1, Some(1.2)), area(2, Some(-2.0)), area(3, Some(1.5))];
        let themes = [
            ThemeView {
                theme: 1,
                leaders_n: 1,
                mean: Some(4.0),
            },
            ThemeView {
                theme: 2,
                leaders_n: 1,
                mean: Some(2.5),
            },
        ];
        assert_eq!(
            focus(&areas, &themes),
            [
                Focus::Gap { area: 2, gap: -2.0 },
                Focus::Gap { area: 3, gap: 1.5 },
                Focus::Theme {
                    theme: 2,
                    mean: 2.5
                },
            ]
        );
    }

    #[test]
    fn a_leader_who_does_not_share_is_shown_only_among_k() {
        let leader = |shared, v: f64| Leader {
            group: None,
            shared,
            exact: vec![Some(v)],
            protected: vec![Some(v + 0.5)],
        };
        let (a, b, c) = (leader(true, 6.0), leader(false, 2.0), leader(false, 4.0));
        assert_eq!(leaders_mean(&[&a, &b], &[0], 3), (1, Some(6.0)));
        assert_eq!(leaders_mean(&[&b], &[0], 3), (0, None));
        // Three leaders: everyone, the ones who did not share as protected.
        assert_eq!(
            leaders_mean(&[&a, &b, &c], &[0], 3),
            (3, Some((6.0 + 2.5 + 4.5) / 3.0))
        );
    }
}
