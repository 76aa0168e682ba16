//! The group's figures, under statistical disclosure control.
//!
//! Duplicates are dropped (the same attempt given twice; an anonymous record
//! that is a named one's attempt). Rounds (labels) are never mixed: a person
//! counts once per round, with their latest attempt of it, and each round (or,
//! with `--group-by workplace` or `role`, each group within a round) is a
//! population of its own. Every figure is then checked against the number of
//! people behind it, and, unless the report is exact, perturbed as
//! `model::stats::disclosure` describes, consistently for the same people in every
//! report. Between two rounds: the change of the means as shown, and the change
//! for the people in both.

use crate::model::attempt::SetRef;
use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;
use crate::model::record::RecordDate;
use crate::model::stats::disclosure::{
    answer_jitter, answer_noise_variance, apart, area_shift, corrected_sd, mean_noise_variance,
    point, record_key, Protection, Shown, ANSWER_NOISE, AREA_SHIFT, PERSON_SHIFT, SMALL_GROUP,
};
use crate::model::stats::paired::{t_975, SAME_BAND};
use crate::model::stats::{first_with_ties, shown_change, stats, stats_of_counts};
use crate::workshop::read::Loaded;
use crate::workshop::report::{
    AreaFigures, AreaPaired, Comparison, Figures, Group, LookAlike, LookAlikes, PairedChange,
    PairedFigures, ProtectionInfo, Report, StatementFigures,
};
use crate::workshop::rounds::{look_alikes, round_key, Merges, Spellings};
use crate::workshop::rows::Rows;
use ahash::{AHashMap, AHashSet};
use std::collections::hash_map::Entry;

pub use crate::model::record::GroupBy;

/// Options of the aggregation.
#[derive(Debug, Clone)]
pub struct Options {
    pub group_by: Option<GroupBy>,
    pub high: u8,
    pub low: u8,
    /// How many priorities to name.
    pub priorities: usize,
    /// No figure about fewer people than this (at least 3).
    pub min_group: usize,
    /// Perturbed (to share) or exact (for the facilitator).
    pub protection: Protection,
    /// Labels joined into one round.
    pub merges: Merges,
    /// The two rounds to compare, as given; else the earliest and the latest.
    pub compare: Option<(String, String)>,
}

/// Why two rounds cannot be compared.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub enum CompareError {
    /// A round named in `--compare` that no record has; the rounds there are.
    Unknown { given: String, rounds: Vec<String> },
    /// `--compare` names one round twice (maybe through a `--merge`).
    Same { round: String },
}

/// Builds the group report from loaded records.
pub fn aggregate(
    set: &QuestionSet,
    loaded: Loaded,
    opts: &Options,
) -> Result<Report, CompareError> {
    let rows = &loaded.rows;
    let (kept, id_clashes) = unique(rows);
    let duplicates_dropped = rows.len() - kept.len();
    let (kept, anonymous_duplicates) = without_anonymous_copies(rows, kept);
    let (respondents, respondents_in_several_files) = count_respondents(rows, &kept);
    let rounds = Rounds::new(rows, &kept, &opts.merges);
    let index = AreaIndex::new(set);
    let ctx = Figuring {
        set,
        rows,
        index: &index,
        opts,
        answers: Answers::new(set, rows, &kept, opts.protection),
    };
    // Each round's people, each with their latest attempt of it.
    let latest: Vec<Vec<u32>> = rounds
        .members
        .iter()
        .map(|members| latest_per_respondent(rows, members))
        .collect();
    let split = matches!(opts.group_by, Some(GroupBy::Role | GroupBy::Workplace));
    let mut groups = Vec::new();
    for (r, people) in latest.iter().enumerate() {
        let round = rounds.shown[r].clone();
        let key = rounds.texts[r].clone();
        if split {
            for (group, members) in by_group(rows, people) {
                let name = group.map(|g| rows.groups.text(g).to_string());
                groups.push(ctx.group(round.clone(), name, key.clone(), &members));
            }
        } else {
            groups.push(ctx.group(round, None, key, people));
        }
    }
    let comparison = if split {
        None
    } else {
        ctx.comparison(&groups, &latest)?
    };
    Ok(Report {
        question_set: SetRef::of(set),
        files_read: loaded.files_read,
        skipped: loaded.bad.into_iter().map(|b| b.reason).collect(),
        future_records: loaded.left_out.iter().map(|l| l.records).sum(),
        records_read: rows.len(),
        duplicates_dropped,
        id_clashes,
        anonymous_duplicates,
        respondents,
        respondents_in_several_files,
        rounds: rounds.texts.iter().filter(|t| t.is_some()).count(),
        high: opts.high,
        low: opts.low,
        protection: ProtectionInfo {
            method: opts.protection,
            min_group: opts.min_group,
            small_group: SMALL_GROUP,
            area_shift: PERSON_SHIFT + AREA_SHIFT,
            answer_noise: ANSWER_NOISE,
        },
        group_by: opts.group_by,
        look_alike: look_alike_rounds(&rounds, &latest),
        groups,
        comparison,
    })
}

/// The rounds of the kept rows: each distinct label as compared (after the
/// merges), the rows without a label as one round of their own, earliest first.
struct Rounds {
    /// The round's key (`None`: the rows without a label).
    texts: Vec<Option<String>>,
    /// How each round is shown (its most common spelling).
    shown: Vec<Option<String>>,
    /// The kept rows of each round.
    members: Vec<Vec<u32>>,
}

impl Rounds {
    fn new(rows: &Rows, kept: &[u32], merges: &Merges) -> Self {
        let mut counts = vec![0usize; rows.rounds.len()];
        for &i in kept {
            if let Some(r) = rows.meta[i as usize].round {
                counts[r as usize] += 1;
            }
        }
        // The key number of each distinct label text.
        let mut numbers: AHashMap<String, usize> = AHashMap::new();
        let mut keys: Vec<String> = Vec::new();
        let mut spellings = Spellings::default();
        let of_text: Vec<usize> = (0..rows.rounds.len())
            .map(|t| {
                let text = rows.rounds.text(t as u32);
                let key = merges.resolve(&round_key(text));
                spellings.add(&key, text, counts[t]);
                *numbers.entry(key.clone()).or_insert_with(|| {
                    keys.push(key);
                    keys.len() - 1
                })
            })
            .collect();
        // Slot 0: no label; then each key.
        let mut members: Vec<(usize, Vec<u32>)> = vec![(usize::MAX, Vec::new()); keys.len() + 1];
        for (pos, &i) in kept.iter().enumerate() {
            let slot = rows.meta[i as usize]
                .round
                .map_or(0, |r| of_text[r as usize] + 1);
            let entry = &mut members[slot];
            entry.0 = entry.0.min(pos);
            entry.1.push(i);
        }
        let mut order: Vec<usize> = (0..members.len())
            .filter(|&slot| !members[slot].1.is_empty())
            .collect();
        // Earliest date first, so "före" comes before "efter"; on the same date,
        // the order in which the rounds first appear in the files.
        order.sort_by(|&a, &b| {
            earliest(rows, &members[a].1)
                .cmp(&earliest(rows, &members[b].1))
                .then(members[a].0.cmp(&members[b].0))
        });
        let texts: Vec<Option<String>> = order
            .iter()
            .map(|&slot| slot.checked_sub(1).map(|k| keys[k].clone()))
            .collect();
        let mut spelled = spellings.shown();
        let shown = texts
            .iter()
            .map(|k| k.as_ref().map(|k| spelled.remove(k).unwrap_or_default()))
            .collect();
        Rounds {
            texts,
            shown,
            members: order
                .into_iter()
                .map(|slot| std::mem::take(&mut members[slot].1))
                .collect(),
        }
    }
}

/// The people of a round split by their workplace or role (of their latest
/// attempt of the round), in the order the groups first appear; the people
/// without one last.
fn by_group(rows: &Rows, people: &[u32]) -> Vec<(Option<u32>, Vec<u32>)> {
    let mut out: Vec<(Option<u32>, Vec<u32>)> = Vec::new();
    // Where each group is in `out`: found by number, so that any number of
    // groups costs linear time.
    let mut at: AHashMap<Option<u32>, usize> = AHashMap::new();
    for &i in people {
        let g = rows.meta[i as usize].group;
        match at.entry(g) {
            Entry::Occupied(e) => out[*e.get()].1.push(i),
            Entry::Vacant(e) => {
                e.insert(out.len());
                out.push((g, vec![i]));
            }
        }
    }
    out.sort_by_key(|(g, _)| g.is_none());
    out
}

/// The kept rows without anonymous records that repeat a named record's attempt
/// (the same answers, round and month: a person who exported both ways), and
/// how many were dropped. Two named records are never merged.
pub fn without_anonymous_copies(rows: &Rows, kept: Vec<u32>) -> (Vec<u32>, usize) {
    let month = |i: u32| match rows.meta[i as usize].date {
        Some(RecordDate::Day(d)) => Some((chrono::Datelike::year(&d), chrono::Datelike::month(&d))),
        Some(RecordDate::Month { year, month }) => Some((year, month)),
        None => None,
    };
    let is_anonymous =
        |i: u32| matches!(rows.meta[i as usize].date, Some(RecordDate::Month { .. }));
    let fingerprint = |i: u32| {
        (
            rows.meta[i as usize].round,
            month(i),
            rows.ratings(i as usize).to_vec(),
        )
    };
    let named: AHashSet<_> = kept
        .iter()
        .copied()
        .filter(|&i| !is_anonymous(i))
        .map(fingerprint)
        .collect();
    if named.is_empty() {
        return (kept, 0);
    }
    let before = kept.len();
    let out: Vec<u32> = kept
        .into_iter()
        .filter(|&i| !is_anonymous(i) || !named.contains(&fingerprint(i)))
        .collect();
    let dropped = before - out.len();
    (out, dropped)
}

/// What the figures of every population are computed with.
struct Figuring<'a> {
    set: &'a QuestionSet,
    rows: &'a Rows,
    index: &'a AreaIndex,
    opts: &'a Options,
    /// The answers the figures come from: exact, or perturbed.
    answers: Answers<'a>,
}

/// The answers of the rows as the figures use them: exact, or (in a protected
/// report) perturbed by noise infusion, each record with its own fixed noise
/// (see `model::stats::disclosure`).
struct Answers<'a> {
    rows: &'a Rows,
    /// Each statement position's area and code.
    places: Vec<(u8, StatementCode)>,
    min: u8,
    max: u8,
    /// The record key of each row, for a perturbed report.
    keys: Option<Vec<u64>>,
}

impl<'a> Answers<'a> {
    fn new(set: &QuestionSet, rows: &'a Rows, kept: &[u32], protection: Protection) -> Self {
        Answers {
            rows,
            places: set.statements.iter().map(|s| (s.area(), s.code)).collect(),
            min: set.scale.min,
            max: set.scale.max,
            keys: (protection == Protection::Perturbed).then(|| record_keys(rows, kept)),
        }
    }

    /// Row `i`'s answers: for each statement, the value the figures use (the
    /// perturbed answer, or the answer) and its point on the scale (an index
    /// from 0), written into `out`.
    fn of(&self, i: u32, out: &mut [Option<(f64, usize)>]) {
        let ratings = self.rows.ratings(i as usize);
        let key = self.keys.as_ref().map(|k| k[i as usize]);
        // A record's shift is the same for the statements of an area: computed
        // once per area, not per statement.
        let mut shift: Option<(u8, f64)> = None;
        for ((slot, cell), &(area, code)) in out.iter_mut().zip(ratings).zip(&self.places) {
            *slot = cell.map(|v| {
                let v = v.get();
                match key {
                    None => (f64::from(v), usize::from(v - self.min)),
                    Some(key) => {
                        let a = match shift {
                            Some((at, a)) if at == area => a,
                            _ => {
                                let a = area_shift(key, area);
                                shift = Some((area, a));
                                a
                            }
                        };
                        let y = f64::from(v) + a + answer_jitter(key, code);
                        (y, usize::from(point(y, self.min, self.max) - self.min))
                    }
                }
            });
        }
    }

    fn perturbed(&self) -> bool {
        self.keys.is_some()
    }
}

/// The record key of each row in `which` (0 for the others): the round as
/// compared (not as merged in one report, so that every report gives a record
/// the same noise), the month and the answers (see `model::stats::disclosure`).
fn record_keys(rows: &Rows, which: &[u32]) -> Vec<u64> {
    let round_keys: Vec<String> = (0..rows.rounds.len())
        .map(|r| round_key(rows.rounds.text(r as u32)))
        .collect();
    let mut keys = vec![0u64; rows.len()];
    let mut ratings = Vec::with_capacity(rows.stride);
    for &i in which {
        let m = &rows.meta[i as usize];
        ratings.clear();
        ratings.extend(
            rows.ratings(i as usize)
                .iter()
                .map(|c| c.map(std::num::NonZeroU8::get)),
        );
        keys[i as usize] = record_key(
            rows.respondents.text(m.respondent),
            m.round.map_or("", |r| &round_keys[r as usize]),
            m.date,
            &ratings,
        );
    }
    // Two people with the same answers in a round and month (everyone 5, say)
    // would get the same noise, which never averages out: a group of them
    // would show a mean far from their answers, even past the scale. Such
    // records are told apart by their respondent. (Copies of one attempt were
    // already counted once, so only different people meet here.)
    let mut by_key: Vec<(u64, u32)> = which.iter().map(|&i| (keys[i as usize], i)).collect();
    by_key.sort_unstable();
    for run in by_key
        .chunk_by(|a, b| a.0 == b.0)
        .filter(|run| run.len() > 1)
    {
        for &(key, i) in run {
            let m = &rows.meta[i as usize];
            keys[i as usize] = apart(key, rows.respondents.text(m.respondent));
        }
    }
    keys
}

/// What one pass over a population's members gathers for a statement.
#[derive(Debug, Clone, Default)]
struct StatementSums {
    /// How many gave each point (of the perturbed answers, in a protected report).
    counts: Vec<u64>,
    sum: f64,
    squares: f64,
}

/// What one pass gathers for an area (or the whole): each person's mean, and
/// how many ratings there are, high and low.
#[derive(Debug, Clone, Default)]
struct MeansSums {
    means: Vec<f64>,
    ratings: u64,
    high: u64,
    low: u64,
}

impl Figuring<'_> {
    fn shown(&self, n: usize) -> Shown {
        Shown::of(n, self.opts.min_group, self.opts.protection)
    }

    fn perturbed(&self) -> bool {
        self.answers.perturbed()
    }

    fn group(
        &self,
        round: Option<String>,
        group: Option<String>,
        key: Option<String>,
        members: &[u32],
    ) -> Group {
        let respondents = members.len();
        let min = self.opts.min_group;
        if respondents < min {
            // Its n, and nothing else.
            return Group {
                round,
                group,
                key,
                respondents,
                too_small: true,
                overall: Figures::only_n(respondents, Shown::Nothing),
                areas: Vec::new(),
                statements: Vec::new(),
                priorities: Vec::new(),
                priorities_tied: 0,
            };
        }
        let (sums, area_sums, overall_sums) = self.gather(members);
        let statements: Vec<StatementFigures> = self
            .set
            .statements
            .iter()
            .zip(&sums)
            .filter_map(|(st, sums)| {
                let n = usize::try_from(sums.counts.iter().sum::<u64>()).unwrap_or(usize::MAX);
                (n > 0).then(|| self.statement(st.code, sums, n))
            })
            .collect();
        let areas = self
            .index
            .areas
            .iter()
            .zip(&area_sums)
            .map(|((area, positions), sums)| AreaFigures {
                area: *area,
                figures: self.means_figures(sums, &self.index.per_area(Some(positions))),
            })
            .collect();
        let overall = self.means_figures(&overall_sums, &self.index.per_area(None));
        let (priorities, priorities_tied) = lowest(&statements, self.opts.priorities);
        Group {
            round,
            group,
            key,
            respondents,
            too_small: false,
            overall,
            areas,
            statements,
            priorities,
            priorities_tied,
        }
    }

    /// One pass over the members: each statement's counts and sums, each area's
    /// (and the whole's) people's means and ratings.
    fn gather(&self, members: &[u32]) -> (Vec<StatementSums>, Vec<MeansSums>, MeansSums) {
        let stride = self.set.statements.len();
        let points = self.set.scale.points();
        let mut statements = vec![
            StatementSums {
                counts: vec![0; points],
                ..StatementSums::default()
            };
            stride
        ];
        let mut areas = vec![MeansSums::default(); self.index.areas.len()];
        let mut overall = MeansSums::default();
        let (high, low) = (self.opts.high, self.opts.low);
        let min = self.set.scale.min;
        let mut answers = vec![None; stride];
        for &i in members {
            self.answers.of(i, &mut answers);
            for (s, answer) in statements.iter_mut().zip(&answers) {
                if let Some((y, p)) = *answer {
                    s.counts[p] += 1;
                    s.sum += y;
                    s.squares += y * y;
                }
            }
            let tally = |sums: &mut MeansSums, positions: &mut dyn Iterator<Item = usize>| {
                let (mut total, mut k) = (0.0, 0u32);
                for s in positions {
                    if let Some((y, p)) = answers[s] {
                        total += y;
                        k += 1;
                        let value = min + u8::try_from(p).unwrap_or(u8::MAX);
                        sums.ratings += 1;
                        sums.high += u64::from(value >= high);
                        sums.low += u64::from(value <= low);
                    }
                }
                if k > 0 {
                    sums.means.push(total / f64::from(k));
                }
            };
            for (sums, (_, positions)) in areas.iter_mut().zip(&self.index.areas) {
                tally(sums, &mut positions.iter().copied());
            }
            tally(&mut overall, &mut (0..stride));
        }
        (statements, areas, overall)
    }

    fn statement(&self, code: StatementCode, sums: &StatementSums, n: usize) -> StatementFigures {
        let min = self.set.scale.min;
        let shown = self.shown(n);
        if shown == Shown::Nothing {
            return StatementFigures {
                code,
                figures: Figures::only_n(n, shown),
                distribution: None,
            };
        }
        let mean = sums.sum / n as f64;
        if shown == Shown::MeanOnly {
            return StatementFigures {
                code,
                figures: Figures {
                    mean: Some(mean),
                    ..Figures::only_n(n, shown)
                },
                distribution: None,
            };
        }
        // The median and the shares from the distribution (of the perturbed
        // answers in a protected report): a share at any threshold follows from
        // what the distribution shows, and says nothing more.
        let of_counts = stats_of_counts(&sums.counts, min);
        let sd = if self.perturbed() {
            (n >= 2).then(|| {
                let variance = (sums.squares - n as f64 * mean * mean) / (n - 1) as f64;
                corrected_sd(variance, answer_noise_variance())
            })
        } else {
            of_counts.as_ref().and_then(|s| s.sd)
        };
        let share = |keep: &dyn Fn(u8) -> bool| {
            let c: u64 = sums
                .counts
                .iter()
                .enumerate()
                .filter(|&(p, _)| keep(min + u8::try_from(p).unwrap_or(u8::MAX)))
                .map(|(_, c)| c)
                .sum();
            c as f64 / n as f64
        };
        let (high, low) = (self.opts.high, self.opts.low);
        StatementFigures {
            code,
            figures: Figures {
                n,
                shown,
                mean: Some(mean),
                median: of_counts.as_ref().map(|s| s.median),
                sd,
                share_high: Some(share(&|v| v >= high)),
                share_low: Some(share(&|v| v <= low)),
            },
            distribution: Some(sums.counts.clone()),
        }
    }

    /// An area's (or the whole's) figures over the people's means there (whose
    /// noise, in a protected report, has the variance that `per_area`, the
    /// statements counted per area, gives); the shares over every rating there.
    fn means_figures(&self, sums: &MeansSums, per_area: &[usize]) -> Figures {
        let n = sums.means.len();
        let shown = self.shown(n);
        let Some(exact) = stats(&sums.means).filter(|_| shown != Shown::Nothing) else {
            return Figures::only_n(n, shown);
        };
        if shown == Shown::MeanOnly {
            return Figures {
                mean: Some(exact.mean),
                ..Figures::only_n(n, shown)
            };
        }
        let sd = if self.perturbed() {
            exact
                .sd
                .map(|sd| corrected_sd(sd * sd, mean_noise_variance(per_area)))
        } else {
            exact.sd
        };
        let of = |c: u64| c as f64 / sums.ratings.max(1) as f64;
        Figures {
            n,
            shown,
            mean: Some(exact.mean),
            median: Some(exact.median),
            sd,
            share_high: Some(of(sums.high)),
            share_low: Some(of(sums.low)),
        }
    }

    /// The comparison of two rounds: the ones `--compare` names, else the
    /// earliest and the latest labelled round with figures (any two labelled
    /// rounds when fewer than two have figures).
    fn comparison(
        &self,
        groups: &[Group],
        latest: &[Vec<u32>],
    ) -> Result<Option<Comparison>, CompareError> {
        let labelled: Vec<usize> = (0..groups.len())
            .filter(|&i| groups[i].key.is_some())
            .collect();
        let (from, to) = if let Some((a, b)) = &self.opts.compare {
            let find = |label: &str| {
                let wanted = self.opts.merges.resolve(&round_key(label));
                labelled
                    .iter()
                    .copied()
                    .find(|&i| groups[i].key.as_deref() == Some(wanted.as_str()))
                    .ok_or_else(|| CompareError::Unknown {
                        given: label.to_string(),
                        rounds: labelled
                            .iter()
                            .filter_map(|&i| groups[i].round.clone())
                            .collect(),
                    })
            };
            let (from, to) = (find(a)?, find(b)?);
            if from == to {
                return Err(CompareError::Same {
                    round: groups[from].round.clone().unwrap_or_default(),
                });
            }
            (from, to)
        } else {
            let shown: Vec<usize> = labelled
                .iter()
                .copied()
                .filter(|&i| !groups[i].too_small)
                .collect();
            let pick = if shown.len() >= 2 { &shown } else { &labelled };
            let (Some(&a), Some(&b)) = (pick.first(), pick.last()) else {
                return Ok(None);
            };
            if a == b {
                return Ok(None);
            }
            (a, b)
        };
        let paired = self.paired_change(&latest[from], &latest[to]);
        let mut c = compare(&groups[from], &groups[to], paired);
        c.groups = (from, to);
        Ok(Some(c))
    }

    /// The change for the people in both rounds, per area and overall.
    fn paired_change(&self, from: &[u32], to: &[u32]) -> PairedChange {
        let before: AHashMap<u32, u32> = from
            .iter()
            .map(|&i| (self.rows.meta[i as usize].respondent, i))
            .collect();
        let both: Vec<(u32, u32)> = to
            .iter()
            .filter_map(|&i| {
                before
                    .get(&self.rows.meta[i as usize].respondent)
                    .map(|&b| (b, i))
            })
            .collect();
        PairedChange {
            only_from: from.len() - both.len(),
            only_to: to.len() - both.len(),
            areas: self
                .index
                .areas
                .iter()
                .map(|(area, members)| AreaPaired {
                    area: *area,
                    paired: self.paired_figures(&both, Some(members)),
                })
                .collect(),
            overall: self.paired_figures(&both, None),
        }
    }

    /// The change of the people in both rounds, from each person's mean there
    /// (of their perturbed answers, in a protected report: each of their two
    /// records has its own noise, so a change carries both).
    fn paired_figures(&self, both: &[(u32, u32)], positions: Option<&[usize]>) -> PairedFigures {
        let stride = self.set.statements.len();
        let (mut after, mut before) = (vec![None; stride], vec![None; stride]);
        let mean = |answers: &[Option<(f64, usize)>]| {
            let (mut total, mut k) = (0.0, 0u32);
            let mut add = |s: usize| {
                if let Some((y, _)) = answers[s] {
                    total += y;
                    k += 1;
                }
            };
            match positions {
                Some(ps) => ps.iter().for_each(|&s| add(s)),
                None => (0..answers.len()).for_each(add),
            }
            (k > 0).then(|| total / f64::from(k))
        };
        let mut diffs = Vec::with_capacity(both.len());
        for &(b, a) in both {
            self.answers.of(a, &mut after);
            self.answers.of(b, &mut before);
            if let (Some(after), Some(before)) = (mean(&after), mean(&before)) {
                diffs.push(after - before);
            }
        }
        let n = diffs.len();
        let shown = self.shown(n);
        let mut out = PairedFigures {
            n,
            shown,
            mean_change: None,
            ci_low: None,
            ci_high: None,
            d_z: None,
            rose: None,
            same: None,
            fell: None,
        };
        if shown == Shown::Nothing {
            return out;
        }
        let mean = diffs.iter().sum::<f64>() / n as f64;
        out.mean_change = Some(mean);
        if shown == Shown::MeanOnly {
            return out;
        }
        // The spread of the changes as they are (noise included): the interval
        // is for the mean change shown, and so is as wide as its noise makes it.
        let sd = (n >= 2).then(|| {
            (diffs.iter().map(|d| (d - mean).powi(2)).sum::<f64>() / (n - 1) as f64).sqrt()
        });
        if let Some(sd) = sd {
            let half = t_975(n - 1) * sd / (n as f64).sqrt();
            out.ci_low = Some(mean - half);
            out.ci_high = Some(mean + half);
            // Changes that hardly differ leave no spread to measure an effect
            // against: a rounding remainder would make d_z enormous.
            out.d_z = (sd >= MIN_SD_FOR_EFFECT).then(|| mean / sd);
        }
        let count = |keep: fn(f64) -> bool| diffs.iter().filter(|&&c| keep(c)).count() as u64;
        out.rose = Some(count(|c| c > SAME_BAND));
        out.same = Some(count(|c| c.abs() <= SAME_BAND));
        out.fell = Some(count(|c| c < -SAME_BAND));
        out
    }
}

/// What `analyze` reads of the rows `which`: each one's answers, its answers as
/// the group report uses them (perturbed with `Protection::Perturbed`, the
/// same noise as in every group report), and its record key.
pub type AnalysisInput = (Vec<Vec<Option<u8>>>, Vec<Vec<Option<f64>>>, Vec<u64>);

/// The input of an item analysis of the rows `which` (see [`AnalysisInput`]).
pub fn analysis_input(
    set: &QuestionSet,
    rows: &Rows,
    which: &[u32],
    protection: Protection,
) -> AnalysisInput {
    let answers = Answers::new(set, rows, which, protection);
    let keys = record_keys(rows, which);
    let mut buffer = vec![None; set.statements.len()];
    let mut exact = Vec::with_capacity(which.len());
    let mut values = Vec::with_capacity(which.len());
    for &i in which {
        exact.push(
            rows.ratings(i as usize)
                .iter()
                .map(|c| c.map(std::num::NonZeroU8::get))
                .collect(),
        );
        answers.of(i, &mut buffer);
        values.push(buffer.iter().map(|a| a.map(|(y, _)| y)).collect());
    }
    let keys = which.iter().map(|&i| keys[i as usize]).collect();
    (exact, values, keys)
}

/// Below this spread of the changes (a twentieth of a point) there is no effect
/// size: the changes are the same for everyone, up to rounding.
pub const MIN_SD_FOR_EFFECT: f64 = 0.05;

/// Distinct respondents, and those of them whose records came from several files.
fn count_respondents(rows: &Rows, kept: &[u32]) -> (usize, usize) {
    // Respondents are numbered densely: a table beats a map.
    let mut first_file: Vec<Option<(u32, bool)>> = vec![None; rows.respondents.len()];
    for &i in kept {
        let m = &rows.meta[i as usize];
        let slot = &mut first_file[m.respondent as usize];
        match slot {
            None => *slot = Some((m.file, false)),
            Some((file, several)) => *several |= *file != m.file,
        }
    }
    let seen = first_file.iter().flatten();
    let several = seen.clone().filter(|(_, s)| *s).count();
    (seen.count(), several)
}

/// The `n` statements with the lowest mean as shown, lowest first, and how many
/// more share the last one's mean as shown.
fn lowest(statements: &[StatementFigures], n: usize) -> (Vec<StatementCode>, usize) {
    let mut by_mean: Vec<(&StatementFigures, f64)> = statements
        .iter()
        .filter_map(|s| s.figures.mean.map(|m| (s, m)))
        .collect();
    by_mean.sort_by(|a, b| a.1.total_cmp(&b.1));
    // Tied as shown: half away from zero to one decimal, as every mean is.
    let (lowest, tied) = first_with_ties(by_mean, n, |(_, m)| (m * 10.0).round() as i64);
    (lowest.iter().map(|(s, _)| s.code).collect(), tied)
}

/// Pairs of rounds whose keys look like one round (at most
/// [`crate::workshop::rounds::MAX_HINTS`]), and whether there were more.
fn look_alike_rounds(rounds: &Rounds, latest: &[Vec<u32>]) -> LookAlikes {
    let named: Vec<(usize, &str)> = rounds
        .texts
        .iter()
        .enumerate()
        .filter_map(|(i, k)| k.as_deref().map(|k| (i, k)))
        .collect();
    let keys: Vec<&str> = named.iter().map(|&(_, k)| k).collect();
    let (pairs, more) = look_alikes(&keys);
    let pairs = pairs
        .into_iter()
        .map(|(x, y)| {
            let (i, j) = (named[x].0, named[y].0);
            // The hint folds the smaller round into the larger.
            let (from, into) = if latest[i].len() <= latest[j].len() {
                (i, j)
            } else {
                (j, i)
            };
            LookAlike {
                a: rounds.shown[from].clone().unwrap_or_default(),
                b: rounds.shown[into].clone().unwrap_or_default(),
            }
        })
        .collect();
    LookAlikes { pairs, more }
}

fn earliest(rows: &Rows, members: &[u32]) -> Option<RecordDate> {
    members
        .iter()
        .filter_map(|&i| rows.meta[i as usize].date)
        .min()
}

/// The rows without exact duplicates (the same attempt of one respondent given
/// twice, e.g. two exports of one person, or a copied data folder), in the
/// input's order: of equal ones, the first is kept. A duplicate is decided by
/// content: rows with one respondent's attempt id but other answers, date, label
/// or group are all kept, and counted as clashes (the second number).
pub fn unique(rows: &Rows) -> (Vec<u32>, usize) {
    // The rows' attempt keys grouped by respondent (a counting sort: respondents
    // are numbered densely), so that each respondent's few attempts are compared
    // among themselves, next to each other in memory, with no table of them all.
    let mut start = vec![0usize; rows.respondents.len() + 1];
    for m in &rows.meta {
        start[m.respondent as usize + 1] += 1;
    }
    for r in 1..start.len() {
        start[r] += start[r - 1];
    }
    let mut next = start.clone();
    let mut by_respondent = vec![(0u64, 0u64, 0u32); rows.len()];
    for (i, m) in rows.meta.iter().enumerate() {
        let slot = &mut next[m.respondent as usize];
        by_respondent[*slot] = (m.attempt, 0, u32::try_from(i).unwrap_or(u32::MAX));
        *slot += 1;
    }
    let mut keep = vec![true; rows.len()];
    let mut clashes = 0;
    for w in start.windows(2) {
        let attempts = &mut by_respondent[w[0]..w[1]];
        if attempts.len() < 2 {
            continue;
        }
        attempts.sort_unstable();
        if !attempts.windows(2).any(|p| p[0].0 == p[1].0) {
            continue;
        }
        // Only a respondent with a repeated id pays for hashing the contents; by
        // attempt, content and position, equal rows are next to each other and
        // the first of them comes first: time n·log n however many repeat.
        for a in attempts.iter_mut() {
            a.1 = rows.content_key(a.2 as usize);
        }
        attempts.sort_unstable();
        for pair in attempts.windows(2) {
            let (a, b) = (pair[0], pair[1]);
            if a.0 != b.0 {
                continue;
            }
            if a.1 == b.1 && rows.same_content(a.2 as usize, b.2 as usize) {
                keep[b.2 as usize] = false;
            } else {
                // Another content under an id already seen.
                clashes += 1;
            }
        }
    }
    let kept = (0..rows.len())
        .filter(|&i| keep[i])
        .map(|i| u32::try_from(i).unwrap_or(u32::MAX))
        .collect();
    (kept, clashes)
}

/// Keeps each respondent's latest row of `members` (by date; on the same date,
/// the later one in the input), in the order respondents first appear.
pub fn latest_per_respondent(rows: &Rows, members: &[u32]) -> Vec<u32> {
    let mut kept: Vec<u32> = Vec::with_capacity(members.len());
    // Where each respondent's row is in `kept`: a table by respondent number when
    // the group holds a fair share of everyone (it is cheaper than a map, but
    // costs its size however small the group), else a map.
    if members.len() >= rows.respondents.len() / 8 {
        let mut at = vec![u32::MAX; rows.respondents.len()];
        for &i in members {
            let slot = &mut at[rows.meta[i as usize].respondent as usize];
            if *slot == u32::MAX {
                *slot = u32::try_from(kept.len()).unwrap_or(u32::MAX);
                kept.push(i);
            } else {
                keep_later(rows, &mut kept[*slot as usize], i);
            }
        }
    } else {
        let mut at: AHashMap<u32, usize> = AHashMap::with_capacity(members.len());
        for &i in members {
            match at.entry(rows.meta[i as usize].respondent) {
                Entry::Occupied(k) => keep_later(rows, &mut kept[*k.get()], i),
                Entry::Vacant(v) => {
                    v.insert(kept.len());
                    kept.push(i);
                }
            }
        }
    }
    kept
}

/// Replaces the row `held` with `later` (further on in the input) unless `held`
/// has the later date.
fn keep_later(rows: &Rows, held: &mut u32, later: u32) {
    if rows.meta[*held as usize].date <= rows.meta[later as usize].date {
        *held = later;
    }
}

/// Which statement positions belong to each declared area, computed once.
struct AreaIndex {
    areas: Vec<(u8, Vec<usize>)>,
}

impl AreaIndex {
    /// How many statements of each area a mean over `positions` (every
    /// statement when `None`) takes in.
    fn per_area(&self, positions: Option<&[usize]>) -> Vec<usize> {
        match positions {
            Some(ps) => vec![ps.len()],
            None => self.areas.iter().map(|(_, ps)| ps.len()).collect(),
        }
    }

    fn new(set: &QuestionSet) -> Self {
        AreaIndex {
            areas: set
                .areas
                .iter()
                .map(|a| {
                    let members = set
                        .statements
                        .iter()
                        .enumerate()
                        .filter(|(_, s)| s.area() == a.number)
                        .map(|(i, _)| i)
                        .collect();
                    (a.number, members)
                })
                .collect(),
        }
    }
}

/// The change between two rounds' figures as shown, and the statements that
/// rose most.
fn compare(from: &Group, to: &Group, paired: PairedChange) -> Comparison {
    let areas = to
        .areas
        .iter()
        .filter_map(|t| {
            let f = from.areas.iter().find(|f| f.area == t.area)?;
            Some((t.area, t.figures.mean? - f.figures.mean?))
        })
        .collect();
    let overall = to.overall.mean.zip(from.overall.mean).map(|(t, f)| t - f);
    // Between the means as shown: 2,9 → 4,6 is a rise of 1,7, whatever the
    // exact means (2.875 → 4.625) would give.
    let mut gains: Vec<(StatementCode, f64)> = to
        .statements
        .iter()
        .filter_map(|t| {
            let f = from.statements.iter().find(|f| f.code == t.code)?;
            Some((t.code, shown_change(f.figures.mean?, t.figures.mean?)))
        })
        .filter(|(_, d)| *d > 0.0)
        .collect();
    gains.sort_by(|a, b| b.1.total_cmp(&a.1));
    gains.truncate(3);
    Comparison {
        from: from.round.clone(),
        to: to.round.clone(),
        areas,
        overall,
        biggest_gains: gains,
        paired,
        groups: (0, 0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::workshop::rows::Meta;

    /// Rows of (respondent, attempt, day of March 2026).
    fn rows(records: &[(&str, &str, u32)]) -> Rows {
        let mut rows = Rows::new(1);
        for &(respondent, attempt, day) in records {
            let meta = Meta {
                respondent: rows.respondents.intern(respondent),
                round: None,
                group: None,
                date: chrono::NaiveDate::from_ymd_opt(2026, 3, day).map(RecordDate::Day),
                attempt: rows.attempt_key(attempt),
                file: 0,
                shared: false,
            };
            rows.push(meta, &[None]);
        }
        rows
    }

    #[test]
    fn the_first_of_equal_attempts_is_kept_in_the_input_order() {
        let r = rows(&[
            ("a", "1", 1),
            ("b", "1", 1),
            ("a", "2", 2),
            ("a", "1", 9),
            ("b", "1", 1),
            ("c", "1", 1),
        ]);
        // b's attempt 1 is not a's: only the repeats of one respondent's attempt
        // go; a's second attempt 1 has another date, so it is a clash, kept.
        assert_eq!(unique(&r), (vec![0, 1, 2, 3, 5], 1));
    }

    #[test]
    fn the_latest_row_per_respondent_and_the_later_one_on_a_tie() {
        let r = rows(&[
            ("a", "1", 5),
            ("b", "1", 1),
            ("a", "2", 3),
            ("b", "2", 1),
            ("c", "1", 2),
            ("a", "3", 5),
        ]);
        // Everyone: a table by respondent number.
        assert_eq!(
            latest_per_respondent(&r, &[0, 1, 2, 3, 4, 5]),
            vec![5, 3, 4]
        );
        // A small share of many respondents: a map, with the same answer.
        let mut many: Vec<(String, String, u32)> = (0..40)
            .map(|i| (format!("r{i}"), "x".to_string(), 1))
            .collect();
        many.extend([("r7".into(), "y".into(), 1), ("r3".into(), "y".into(), 2)]);
        let refs: Vec<(&str, &str, u32)> = many
            .iter()
            .map(|(r, a, d)| (r.as_str(), a.as_str(), *d))
            .collect();
        let big = rows(&refs);
        assert_eq!(latest_per_respondent(&big, &[3, 7, 40, 41]), vec![41, 40]);
    }
}
