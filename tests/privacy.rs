//! Attacks on the group report's protection (issue 22), run through the built
//! binary: a curious colleague who holds protected reports (table, CSV, JSON,
//! Markdown, HTML, xlsx, `analyze`) made from the same exports, or from those
//! exports with some added or removed, tries to work out one person's answers
//! or area means.
//!
//! The promise under test (docs/facilitator.md): nobody can work out one
//! person's answers, nor their area means to within ±0.5, from protected
//! reports. The protection is noise infusion (`model::stats::disclosure`):
//! every record's answers carry a noise fixed for the record (a shift of the
//! person, one of each area, a jitter per answer; at most ±3 in all), and every
//! figure is computed from the perturbed answers. So differencing reports gives,
//! at best, one person's *perturbed* answers, the same every time.
//!
//! How success is judged, honestly:
//!
//! - Each attack first checks what it took out of the reports against the
//!   published method: the target's perturbed answers to the last bits (worked
//!   out here with the library's own `record_key` and `infused`), so never more
//!   than 3 off, and the same whatever the reports, fakes or options. A
//!   **control** runs the same arithmetic on `--exact` reports and recovers
//!   the person exactly: the attack is right, and only the protection stops it.
//! - **An answer** is recovered when the attacker's estimate, rounded and kept on
//!   the scale, is the answer; **an area mean** when the estimate is within
//!   ±0.5. The promise holds when at most half of the answers, and at most half
//!   of the area means, are recovered, pooled over 100 targets (40 where every
//!   target needs reports of its own): a person's shift moves all their answers
//!   together, so a few targets say little.
//! - The people are as people are (`Rng::person`): a level of their own,
//!   uniform in 1.5 … 6.5, and each answer that level plus a variation of its
//!   own (sd 1), rounded and kept on 1 … 7. People whose answers all lie within
//!   one step of one level are the stress case (`stress_…`, printed only).
//! - Every attack prints its numbers (answers right, area means within ±0.5)
//!   beside a **blind** guess that knows nothing of the person (the others'
//!   means as shown).
//! - The **plain** attacker rounds the perturbed answers and averages the
//!   rounded answers per area. The **careful** attacker (1b, 6b) applies Bayes'
//!   rule with the published noise and a prior of how people answer.
//!   `the_perturbed_answers_themselves…` measure both on many people without
//!   reports: since every attack gives exactly the perturbed answers, those are
//!   the rates every attack tends to (plain: about 33 % of answers and 38 % of
//!   area means; careful: about 38 % and 45 %; a blind guess of the middle:
//!   19 % and 21 %).
//!
//! Every attack runs on every `cargo test` and must stay under the bar. The
//! noise's bounds were chosen by these attacks: with a shift of all answers of
//! ±1, of an area's of ±1.25 and a jitter of ±0.75 the careful attacker got
//! 58 % of area means; a jitter whose width is a whole number of steps (±1)
//! leaves the fraction of a perturbed answer saying nothing of the shift, and
//! a larger shift of all answers (±1.75) keeps an area's mean uncertain
//! however the attacker weighs the other areas.
//!
//! Runtime (debug build, two cores): about 40 s.

mod common;

use calamine::{open_workbook, Data, Reader, Xlsx};
use common::{html_text, json_of, TestEnv, CODES};
use digikomp::model::code::StatementCode;
use digikomp::model::record::RecordDate;
use digikomp::model::stats::disclosure::{
    infused, point, record_key, ANSWER_JITTER, ANSWER_NOISE, AREA_SHIFT, PERSON_SHIFT,
};
use digikomp::workshop::rounds::round_key;
use serde_json::Value;
use std::path::{Path, PathBuf};

// ------------------------------------------------------------------ data ----

/// The number of statements in each area of set 1.0 (see `common::V1`).
const AREAS_V1: [usize; 5] = [4, 7, 4, 4, 5];

/// The codes of the bundled set 2.0, in order; its areas have 4, 6, 4, 5 and 5.
const CODES_V2: [&str; 24] = [
    "105", "106", "107", "108", "208", "209", "210", "211", "212", "213", "301", "305", "306",
    "307", "401", "405", "406", "407", "408", "501", "502", "506", "507", "508",
];

/// The codes 1.0 and 2.0 share: all a 1.0 attempt has under set 2.0.
const SHARED: [&str; 4] = ["301", "401", "501", "502"];

/// How many targets an attack pools over when one report holds them all.
const TARGETS: usize = 100;

/// How many targets an attack pools over when each needs reports of its own.
const FEW_TARGETS: usize = 40;

/// A fixed stream of random numbers from a seed (SplitMix64).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Standard normal (Box–Muller).
    fn normal(&mut self) -> f64 {
        let u = 1.0 - self.unit();
        (-2.0 * u.ln()).sqrt() * (std::f64::consts::TAU * self.unit()).cos()
    }

    /// A person's 24 answers as people answer: a level of their own (uniform in
    /// 1.5 … 6.5) and each answer that level plus a variation of its own
    /// (normal, sd 1), rounded and kept on the scale. A guess of the middle, or
    /// of the person's level alone, is right for about a fifth of the answers.
    fn person(&mut self) -> Vec<u8> {
        let level = 1.5 + 5.0 * self.unit();
        (0..24)
            .map(|_| (level + self.normal()).round().clamp(1.0, 7.0) as u8)
            .collect()
    }

    /// A "uniform person", the stress case: a whole level 1 … 7 and every answer
    /// within one step of it (−1, 0, +1 as 2 : 3 : 2), so that a guess of the
    /// level alone gets nearly half of the answers.
    fn uniform_person(&mut self) -> Vec<u8> {
        let level = 1 + (self.next() % 7) as i16;
        (0..24)
            .map(|_| {
                let step = [-1, -1, 0, 0, 0, 1, 1][(self.next() % 7) as usize];
                (level + step).clamp(1, 7) as u8
            })
            .collect()
    }
}

/// One record of an export. `answers` follow the codes the file is written
/// with; a 0 is a blank cell.
#[derive(Clone, Debug)]
struct Rec {
    id: String,
    label: String,
    date: String,
    workplace: String,
    role: String,
    answers: Vec<u8>,
}

fn rec(id: &str, label: &str, workplace: &str, answers: &[u8]) -> Rec {
    Rec {
        id: id.to_string(),
        label: label.to_string(),
        date: "2026-03-10".to_string(),
        workplace: workplace.to_string(),
        role: "bibliotekarie".to_string(),
        answers: answers.to_vec(),
    }
}

/// Writes `recs` as a CSV export (the columns `digikomp export` writes), with
/// the statement columns `codes`.
fn write_export(path: &Path, codes: &[&str], recs: &[Rec]) -> PathBuf {
    let mut text = format!(
        "respondent;attempt_id;date;label;workplace;role;question_set;question_set_version;{}\n",
        codes.join(";")
    );
    for r in recs {
        let cells: Vec<String> = r
            .answers
            .iter()
            .map(|&v| if v == 0 { String::new() } else { v.to_string() })
            .collect();
        text.push_str(&format!(
            "{};{}-{}-{};{};{};{};{};digikomp-bibliotek;1.0;{}\n",
            r.id,
            r.id,
            r.label,
            r.date,
            r.date,
            r.label,
            r.workplace,
            r.role,
            cells.join(";")
        ));
    }
    std::fs::create_dir_all(path.parent().expect("a folder")).expect("the folder");
    std::fs::write(path, text).expect("write the export");
    path.to_path_buf()
}

/// One file per record in `dir`, named by the respondent and round.
fn one_file_each(dir: &Path, codes: &[&str], recs: &[Rec]) -> Vec<PathBuf> {
    recs.iter()
        .map(|r| {
            let name = format!("{}-{}.csv", r.id, r.label.replace(' ', "_"));
            write_export(&dir.join(name), codes, std::slice::from_ref(r))
        })
        .collect()
}

/// A record's perturbed answers (set 1.0, every statement answered), by the
/// published method: what anyone who holds the record can work out (its owner;
/// a faker, for the fakes), and the most that any differencing of reports gives.
fn perturbed(r: &Rec) -> Vec<f64> {
    let ratings: Vec<Option<u8>> = r.answers.iter().map(|&v| (v > 0).then_some(v)).collect();
    let key = record_key(
        &r.id,
        &round_key(&r.label),
        RecordDate::parse(&r.date),
        &ratings,
    );
    CODES
        .iter()
        .zip(&r.answers)
        .map(|(c, &x)| {
            let code = StatementCode::parse(c).expect("a code");
            infused(x, key, code.area(), code)
        })
        .collect()
}

fn as_f64(answers: &[u8]) -> Vec<f64> {
    answers.iter().map(|&v| f64::from(v)).collect()
}

/// The area means of 24 values in set 1.0.
fn area_means(values: &[f64]) -> Vec<f64> {
    let mut start = 0;
    AREAS_V1
        .iter()
        .map(|&k| {
            let sum: f64 = values[start..start + k].iter().sum();
            start += k;
            sum / k as f64
        })
        .collect()
}

fn mean(values: &[f64]) -> f64 {
    values.iter().sum::<f64>() / values.len() as f64
}

// --------------------------------------------------------------- reports ----

/// Runs `digikomp ARGS… INPUTS…` (wide, plain), which must succeed; its stdout.
fn run(env: &TestEnv, args: &[&str], inputs: &[PathBuf]) -> Vec<u8> {
    let out = env
        .cmd()
        .env("COLUMNS", "250")
        .args(args)
        .args(inputs)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    out.stdout
}

fn text(env: &TestEnv, args: &[&str], inputs: &[PathBuf]) -> String {
    String::from_utf8(run(env, args, inputs)).expect("UTF-8")
}

/// `workshop INPUTS… ARGS… --format json`.
fn workshop(env: &TestEnv, inputs: &[PathBuf], args: &[&str]) -> Value {
    json_of(
        env.cmd()
            .arg("workshop")
            .args(inputs)
            .args(args)
            .args(["--format", "json"]),
    )
}

/// `analyze INPUTS… --json` (and ARGS).
fn analyze(env: &TestEnv, inputs: &[PathBuf], args: &[&str]) -> Value {
    json_of(
        env.cmd()
            .arg("analyze")
            .args(inputs)
            .args(args)
            .arg("--json"),
    )
}

/// The population of `round` (and of workplace or role `place`) in a report.
fn group<'a>(report: &'a Value, round: &str, place: Option<&str>) -> &'a Value {
    report["groups"]
        .as_array()
        .expect("groups")
        .iter()
        .find(|g| g["round"] == round && g["group"].as_str() == place)
        .unwrap_or_else(|| panic!("no group {round} / {place:?} in {report}"))
}

/// A statement's figures in a population (`Null` when it is not listed).
fn statement<'a>(g: &'a Value, code: &str) -> &'a Value {
    g["statements"]
        .as_array()
        .and_then(|s| s.iter().find(|s| s["code"] == code))
        .unwrap_or(&Value::Null)
}

fn num(v: &Value) -> f64 {
    v.as_f64().unwrap_or_else(|| panic!("a number, not {v}"))
}

/// n × mean of a figure: the sum of perturbed answers it was computed from.
fn sum_of(figure: &Value) -> f64 {
    num(&figure["n"]) * num(&figure["mean"])
}

/// Differencing two populations one person apart, per statement: n × mean with
/// the person less n × mean without.
fn statement_differences(with: &Value, without: &Value) -> Vec<f64> {
    CODES
        .iter()
        .map(|c| sum_of(statement(with, c)) - sum_of(statement(without, c)))
        .collect()
}

/// The same with the area means.
fn area_differences(with: &Value, without: &Value) -> Vec<f64> {
    (0..AREAS_V1.len())
        .map(|a| sum_of(&with["areas"][a]) - sum_of(&without["areas"][a]))
        .collect()
}

// ---------------------------------------------------------------- checks ----

/// What an attack took out of the reports for target `r` is the target's
/// perturbed answers, to the last bits of the figures: no more, and so each at
/// most the noise's bound (3) off the answer.
fn assert_is_perturbed(got: &[f64], r: &Rec, what: &str) {
    let y = perturbed(r);
    for (s, ((g, y), &x)) in got.iter().zip(&y).zip(&r.answers).enumerate() {
        assert!(
            (g - y).abs() < 1e-8,
            "{what} {}: {g}, not the perturbed answer {y}",
            CODES[s]
        );
        assert!(
            (g - f64::from(x)).abs() <= ANSWER_NOISE + 1e-9,
            "{what} {}: {g} is more than the noise's bound from {x}",
            CODES[s]
        );
    }
}

/// The area figures add nothing to the statements': what differencing them
/// gives is the mean of the area's statement differences.
fn assert_areas_follow(areas: &[f64], statements: &[f64]) {
    for (a, (got, m)) in areas.iter().zip(area_means(statements)).enumerate() {
        assert!((got - m).abs() < 1e-8, "area {}: {got} / {m}", a + 1);
    }
}

/// The attacker's answer from an estimate: rounded, kept on the scale.
fn rounded(estimate: f64) -> u8 {
    estimate.round().clamp(1.0, 7.0) as u8
}

/// How many estimates, rounded, are the answer.
fn hits(estimates: &[f64], answers: &[u8]) -> usize {
    estimates
        .iter()
        .zip(answers)
        .filter(|(e, &a)| rounded(**e) == a)
        .count()
}

/// How many estimates are within ±0.5 of the truth.
fn near(estimates: &[f64], truth: &[f64]) -> usize {
    estimates
        .iter()
        .zip(truth)
        .filter(|(e, t)| (*e - *t).abs() <= 0.5)
        .count()
}

/// The plain attacker's area means from estimated answers: the answers as the
/// attacker takes them (rounded, kept on the scale), averaged over the area.
/// (Rounding first is the better guess: an answer is a whole number, so a
/// shift under half a point vanishes in the rounding. Averaging the estimates
/// as they are gets fewer area means within ±0.5.)
fn areas_of(estimates: &[f64]) -> Vec<f64> {
    let points: Vec<f64> = estimates.iter().map(|&e| f64::from(rounded(e))).collect();
    area_means(&points)
}

/// A guess that knows nothing of the person: a population's statement and area
/// means as shown (the others').
struct Blind {
    answers: Vec<f64>,
    areas: Vec<f64>,
}

fn blind(g: &Value) -> Blind {
    Blind {
        answers: CODES
            .iter()
            .map(|c| num(&statement(g, c)["mean"]))
            .collect(),
        areas: (0..AREAS_V1.len())
            .map(|a| num(&g["areas"][a]["mean"]))
            .collect(),
    }
}

/// An attack's score, pooled over its targets, beside the blind guess's.
#[derive(Default)]
struct Tally {
    answers: usize,
    right: usize,
    blind_right: usize,
    areas: usize,
    within: usize,
    blind_within: usize,
}

impl Tally {
    /// One target's answers: the attacker's estimates and the blind guess's.
    fn answers(&mut self, estimates: &[f64], blind: &[f64], x: &[u8]) {
        self.answers += x.len();
        self.right += hits(estimates, x);
        self.blind_right += hits(blind, x);
    }

    /// One target's area (or overall) means: the attacker's estimates and the
    /// blind guess's, against the true means.
    fn areas(&mut self, estimates: &[f64], blind: &[f64], truth: &[f64]) {
        self.areas += truth.len();
        self.within += near(estimates, truth);
        self.blind_within += near(blind, truth);
    }

    /// One target of the plain attacker, from estimates of the 24 answers.
    fn target(&mut self, estimates: &[f64], blind: &Blind, x: &[u8]) {
        self.answers(estimates, &blind.answers, x);
        self.areas(&areas_of(estimates), &blind.areas, &area_means(&as_f64(x)));
    }

    fn print(&self, name: &str) {
        eprintln!(
            "{name}: answers right {}/{} (blind {}/{}), \
             area means within ±0.5 {}/{} (blind {}/{})",
            self.right,
            self.answers,
            self.blind_right,
            self.answers,
            self.within,
            self.areas,
            self.blind_within,
            self.areas
        );
    }

    /// The promise for answers: at most half of them right.
    fn assert_answers(&self, name: &str) {
        self.print(name);
        assert!(
            2 * self.right <= self.answers,
            "{name}: {} of {} answers right",
            self.right,
            self.answers
        );
    }

    /// The promise: at most half of the answers, at most half of the area means.
    fn assert_promise(&self, name: &str) {
        self.assert_answers(name);
        assert!(
            2 * self.within <= self.areas,
            "{name}: {} of {} area means within ±0.5",
            self.within,
            self.areas
        );
    }
}

// ----------------------------------------------------- a careful attacker ----

/// The careful attacker: Bayes' rule on a person's perturbed answers, with the
/// published noise (the person's shift uniform in ±1, each area's in ±1.25, a
/// jitter per answer in ±0.75) and a prior of how people answer (a level
/// uniform in 1 … 7; each answer the level plus a normal variation of sd 1,
/// rounded and kept on the scale: levels broader than the people here, as an
/// attacker must guess them), worked out on grids. Per statement the most
/// probable answer; per area the expected mean.
struct Careful {
    /// For each level of the grid, the probability of each answer 1 … 7.
    levels: Vec<[f64; 7]>,
    shifts: Vec<f64>,
    area_shifts: Vec<f64>,
}

/// The jitter's bound, with half a step of the shifts' grid, so that the grid
/// never rules out what lies between its points.
const JITTER_ON_GRID: f64 = ANSWER_JITTER + 0.0625;

impl Careful {
    fn new() -> Self {
        let grid =
            |bound: f64| -> Vec<f64> { (-10..=10).map(|k| bound * f64::from(k) / 10.0).collect() };
        Careful {
            levels: (0..=24)
                .map(|k| answer_probabilities(1.0 + 0.25 * f64::from(k), 1.0))
                .collect(),
            shifts: grid(PERSON_SHIFT),
            area_shifts: grid(AREA_SHIFT),
        }
    }

    /// The answers that a perturbed answer `y` allows under a shift `c`: those
    /// within the jitter of `y − c`.
    fn allowed(y: f64, c: f64) -> std::ops::Range<usize> {
        let r = y - c;
        let lo = (r - JITTER_ON_GRID).ceil().max(1.0);
        let end = ((r + JITTER_ON_GRID).floor().min(7.0) + 1.0).max(lo);
        lo as usize..end as usize
    }

    /// The likelihood of the perturbed answer `y` at a level's answer
    /// probabilities `p` and a shift `c` (up to a constant).
    fn likelihood(p: &[f64; 7], y: f64, c: f64) -> f64 {
        Self::allowed(y, c).map(|x| p[x - 1]).sum()
    }

    /// For one area's perturbed answers: the likelihood of them all at each
    /// (level, person's shift, area's shift) of the grids.
    fn joint(&self, y: &[f64]) -> Vec<f64> {
        let mut out =
            Vec::with_capacity(self.levels.len() * self.shifts.len() * self.area_shifts.len());
        for p in &self.levels {
            for s in &self.shifts {
                for a in &self.area_shifts {
                    out.push(y.iter().map(|&v| Self::likelihood(p, v, s + a)).product());
                }
            }
        }
        out
    }

    /// Estimates of the 24 answers and of the 5 area means from perturbed answers.
    fn estimate(&self, y: &[f64]) -> (Vec<f64>, Vec<f64>) {
        let na = self.area_shifts.len();
        let mut areas: Vec<&[f64]> = Vec::new();
        let mut start = 0;
        for k in AREAS_V1 {
            areas.push(&y[start..start + k]);
            start += k;
        }
        let joints: Vec<Vec<f64>> = areas.iter().map(|a| self.joint(a)).collect();
        // Each area's likelihood at each (level, person's shift), its own
        // shift summed out; the person's posterior over them all.
        let sums: Vec<Vec<f64>> = joints
            .iter()
            .map(|j| j.chunks(na).map(|c| c.iter().sum()).collect())
            .collect();
        let log: Vec<f64> = (0..sums[0].len())
            .map(|i| sums.iter().map(|s| s[i].max(1e-300).ln()).sum())
            .collect();
        let top = log.iter().copied().fold(f64::NEG_INFINITY, f64::max);
        let person: Vec<f64> = log.iter().map(|l| (l - top).exp()).collect();
        let (mut answers, mut means) = (Vec::new(), Vec::new());
        for (area, (joint, sum)) in areas.iter().zip(joints.iter().zip(&sums)) {
            let posterior = self.answer_posteriors(area, joint, sum, &person);
            let expected: Vec<f64> = posterior
                .iter()
                .map(|p| (0..7).map(|x| p[x] * (x as f64 + 1.0)).sum())
                .collect();
            answers.extend(posterior.iter().map(|p| {
                (0..7)
                    .max_by(|&a, &b| p[a].total_cmp(&p[b]))
                    .expect("seven") as f64
                    + 1.0
            }));
            means.push(mean(&expected));
        }
        (answers, means)
    }

    /// The posterior of each answer of one area, given the person's posterior
    /// over (level, shift) from all areas (`person`), this area's `joint`
    /// likelihoods and their `sum` over its shift.
    fn answer_posteriors(
        &self,
        y: &[f64],
        joint: &[f64],
        sum: &[f64],
        person: &[f64],
    ) -> Vec<[f64; 7]> {
        let (ns, na) = (self.shifts.len(), self.area_shifts.len());
        let mut post = vec![[0.0f64; 7]; y.len()];
        for (l, p) in self.levels.iter().enumerate() {
            for (si, s) in self.shifts.iter().enumerate() {
                let at = l * ns + si;
                if sum[at] <= 0.0 {
                    continue;
                }
                let weight = person[at] / sum[at];
                for (ai, a) in self.area_shifts.iter().enumerate() {
                    let j = joint[at * na + ai];
                    if j <= 0.0 {
                        continue;
                    }
                    for (k, &v) in y.iter().enumerate() {
                        let lik = Self::likelihood(p, v, s + a);
                        for x in Self::allowed(v, s + a) {
                            post[k][x - 1] += weight * j * p[x - 1] / lik;
                        }
                    }
                }
            }
        }
        for p in &mut post {
            let total: f64 = p.iter().sum();
            for v in p.iter_mut() {
                *v /= total;
            }
        }
        post
    }
}

/// The probability of each answer 1 … 7 of a person at `level` whose answers
/// vary with sd `sd`: round(level + N(0, sd²)), kept on the scale.
fn answer_probabilities(level: f64, sd: f64) -> [f64; 7] {
    let cdf = |z: f64| 0.5 * (1.0 + erf(z / std::f64::consts::SQRT_2));
    let mut p = [0.0; 7];
    for (x, slot) in p.iter_mut().enumerate() {
        let v = x as f64 + 1.0;
        let lo = if x == 0 {
            0.0
        } else {
            cdf((v - 0.5 - level) / sd)
        };
        let hi = if x == 6 {
            1.0
        } else {
            cdf((v + 0.5 - level) / sd)
        };
        *slot = hi - lo;
    }
    p
}

/// The error function (Abramowitz and Stegun 7.1.26, within 1.5e-7).
fn erf(x: f64) -> f64 {
    let t = 1.0 / (1.0 + 0.327_591_1 * x.abs());
    let poly = ((((1.061_405_429 * t - 1.453_152_027) * t + 1.421_413_741) * t - 0.284_496_736)
        * t
        + 0.254_829_592)
        * t;
    let y = 1.0 - poly * (-x * x).exp();
    if x < 0.0 {
        -y
    } else {
        y
    }
}

/// A statement of a population in the workshop CSV, as anyone opens it: n, the
/// mean (two decimals) and the seven counts (when shown).
struct CsvStatement {
    n: f64,
    mean: f64,
    counts: Option<[i64; 7]>,
}

/// The statement rows of one population in the workshop CSV.
fn csv_statements(csv_text: &str, round: &str, place: &str) -> Vec<CsvStatement> {
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(b';')
        .from_reader(csv_text.trim_start_matches('\u{feff}').as_bytes());
    let head: Vec<String> = reader
        .headers()
        .expect("a header")
        .iter()
        .map(String::from)
        .collect();
    let col = |name: &str| head.iter().position(|h| h == name).expect(name);
    let mut out = Vec::new();
    for row in reader.records() {
        let row = row.expect("a row");
        if &row[col("round")] != round
            || &row[col("group")] != place
            || &row[col("kind")] != "statement"
        {
            continue;
        }
        let count = |p: usize| row[col(&format!("count_{p}"))].parse::<i64>().ok();
        let counts: Option<Vec<i64>> = (1..=7).map(count).collect();
        out.push(CsvStatement {
            n: row[col("n")].parse().expect("n"),
            mean: row[col("mean")].replace(',', ".").parse().expect("a mean"),
            counts: counts.map(|c| c.try_into().expect("seven")),
        });
    }
    out
}

/// The perturbed answers as a careful reader of two CSV reports one person
/// apart works them out: n × mean with less n × mean without (off by the
/// rounding of the two means), kept within the point of the scale whose count
/// moved (the perturbed answer rounds to it).
fn csv_differences(with: &[CsvStatement], without: &[CsvStatement]) -> Vec<f64> {
    with.iter()
        .zip(without)
        .map(|(w, wo)| {
            let y = w.n * w.mean - wo.n * wo.mean;
            let (Some(a), Some(b)) = (w.counts, wo.counts) else {
                return y;
            };
            let k = (0..7).find(|&k| a[k] - b[k] == 1).expect("one count moved");
            let lo = if k == 0 {
                f64::NEG_INFINITY
            } else {
                k as f64 + 0.5
            };
            let hi = if k == 6 {
                f64::INFINITY
            } else {
                k as f64 + 1.5
            };
            y.clamp(lo, hi)
        })
        .collect()
}

// ------------------------------------------------------------- scenarios ----

/// Labels of `n` rounds.
fn rounds(n: usize) -> Vec<String> {
    (1..=n).map(|i| format!("runda {i}")).collect()
}

/// One round per label, each with `others` people at Bibl A and one, the
/// target, alone at Bibl B, in one file; the targets.
fn lone_targets(
    env: &TestEnv,
    labels: &[String],
    others: usize,
    seed: u64,
) -> (Vec<PathBuf>, Vec<Rec>) {
    let mut rng = Rng(seed);
    let (mut recs, mut targets) = (Vec::new(), Vec::new());
    for (r, label) in labels.iter().enumerate() {
        for i in 0..=others {
            let place = if i == others { "Bibl B" } else { "Bibl A" };
            let one = rec(&format!("r-{r}-{i:02}"), label, place, &rng.person());
            if i == others {
                targets.push(one.clone());
            }
            recs.push(one);
        }
    }
    let file = write_export(&env.scratch().join("in").join("alla.csv"), &CODES, &recs);
    (vec![file], targets)
}

/// `n` people in one round "före" at Bibl A, one file each (`files[i]` is
/// person i).
fn crowd(env: &TestEnv, n: usize, seed: u64) -> (Vec<PathBuf>, Vec<Rec>) {
    let mut rng = Rng(seed);
    let recs: Vec<Rec> = (0..n)
        .map(|i| rec(&format!("r-p{i:02}"), "före", "Bibl A", &rng.person()))
        .collect();
    (
        one_file_each(&env.scratch().join("in"), &CODES, &recs),
        recs,
    )
}

fn without(files: &[PathBuf], i: usize) -> Vec<PathBuf> {
    files
        .iter()
        .enumerate()
        .filter(|&(k, _)| k != i)
        .map(|(_, f)| f.clone())
        .collect()
}

// ---------------------------------------------------------------- attacks ----

/// Attack 1. A hundred rounds, each of 11 people at Bibl A and one alone at
/// Bibl B. The per-round report minus `--group-by workplace` (Bibl A shown,
/// Bibl B hidden) gives each round's lone person's perturbed answers, exactly:
/// no more. Rounded, they are the answers about two times in five.
#[test]
fn attack_1_round_total_minus_the_workplaces() {
    let env = TestEnv::new();
    let (files, targets) = lone_targets(&env, &rounds(TARGETS), 11, 1);
    let total = workshop(&env, &files, &[]);
    let split = workshop(&env, &files, &["--group-by", "workplace"]);
    let exact_total = workshop(&env, &files, &["--exact"]);
    let exact_split = workshop(&env, &files, &["--group-by", "workplace", "--exact"]);
    assert_eq!(total["rounds"], TARGETS, "rounds are never mixed");
    let mut tally = Tally::default();
    for t in &targets {
        let label = t.label.as_str();
        let lone = group(&split, label, Some("Bibl B"));
        assert_eq!(lone["respondents"], 1);
        assert_eq!(lone["too_small"], true);
        assert_eq!(lone["statements"], serde_json::json!([]));
        assert_eq!(lone["areas"], serde_json::json!([]));
        assert_eq!(lone["overall"]["mean"], Value::Null);
        let (all, rest) = (
            group(&total, label, None),
            group(&split, label, Some("Bibl A")),
        );
        assert_eq!(
            (all["respondents"].as_u64(), rest["respondents"].as_u64()),
            (Some(12), Some(11))
        );
        let y = statement_differences(all, rest);
        assert_is_perturbed(&y, t, label);
        assert_areas_follow(&area_differences(all, rest), &y);
        tally.target(&y, &blind(rest), &t.answers);
        // Control: the same subtraction on exact reports gives the person.
        let (all, rest) = (
            group(&exact_total, label, None),
            group(&exact_split, label, Some("Bibl A")),
        );
        assert_eq!(hits(&statement_differences(all, rest), &t.answers), 24);
    }
    tally.assert_promise("attack 1");
}

/// Attack 1b. The same two reports as CSV, as anyone opens them, read by the
/// careful attacker: each lone person's perturbed answers from the means (two
/// decimals) and the counts, then Bayes' rule with the published noise and a
/// prior of how people answer (see [`Careful`]).
#[test]
fn attack_1b_a_careful_attacker_reads_total_minus_workplace() {
    let env = TestEnv::new();
    let (files, targets) = lone_targets(&env, &rounds(TARGETS), 11, 1);
    let total = text(&env, &["workshop", "--format", "csv"], &files);
    let by = ["workshop", "--format", "csv", "--group-by", "workplace"];
    let split = text(&env, &by, &files);
    let careful = Careful::new();
    let mut tally = Tally::default();
    for t in &targets {
        let without = csv_statements(&split, &t.label, "Bibl A");
        let y = csv_differences(&csv_statements(&total, &t.label, ""), &without);
        // Two means to two decimals, times 12 and 11: within 0.12 of the
        // perturbed answers.
        for (got, exact) in y.iter().zip(perturbed(t)) {
            assert!((got - exact).abs() <= 0.115 + 1e-9, "{got} / {exact}");
        }
        let guess: Vec<f64> = without.iter().map(|s| s.mean).collect();
        let (answers, areas) = careful.estimate(&y);
        tally.answers(&answers, &guess, &t.answers);
        tally.areas(
            &areas,
            &area_means(&guess),
            &area_means(&as_f64(&t.answers)),
        );
    }
    tally.assert_promise("attack 1b (careful, CSV)");
}

/// Attack 1c. Small populations (8 at Bibl A and the lone person: 9 in the
/// round), where only means are shown: the same subtraction on the means gives
/// the same perturbed answers, and no more (checked here); the plain attacker's
/// score.
fn means_only(env: &TestEnv) -> Tally {
    let (files, targets) = lone_targets(env, &rounds(TARGETS), 8, 13);
    let total = workshop(env, &files, &[]);
    let split = workshop(env, &files, &["--group-by", "workplace"]);
    let mut tally = Tally::default();
    for t in &targets {
        let (all, rest) = (
            group(&total, &t.label, None),
            group(&split, &t.label, Some("Bibl A")),
        );
        for code in CODES {
            let s = statement(all, code);
            assert_eq!(s["shown"], "mean_only", "{s}");
            assert_eq!(s["median"], Value::Null);
            assert!(s.get("distribution").is_none_or(Value::is_null));
        }
        let y = statement_differences(all, rest);
        assert_is_perturbed(&y, t, &t.label);
        assert_areas_follow(&area_differences(all, rest), &y);
        tally.target(&y, &blind(rest), &t.answers);
    }
    tally
}

/// Attack 1c: only the perturbed answers come out, and at most half of the
/// answers.
#[test]
fn attack_1c_means_only() {
    means_only(&TestEnv::new()).assert_answers("attack 1c");
}

/// Attack 1c against the whole promise.
#[test]
fn attack_1c_means_only_against_the_promise() {
    means_only(&TestEnv::new()).assert_promise("attack 1c");
}

/// Eleven people in "före" (one of them, X, in a file of their own), the ten
/// others in "efter" too: the files, and X.
fn paired_set(dir: &Path, seed: u64) -> (Vec<PathBuf>, Rec) {
    let mut rng = Rng(seed);
    let mut recs = Vec::new();
    for i in 0..10 {
        let id = format!("r-{seed}-{i:02}");
        recs.push(Rec {
            date: "2026-02-01".into(),
            ..rec(&id, "före", "Bibl A", &rng.person())
        });
        recs.push(Rec {
            date: "2026-05-01".into(),
            ..rec(&id, "efter", "Bibl A", &rng.person())
        });
    }
    let x = Rec {
        date: "2026-02-01".into(),
        ..rec(&format!("r-{seed}-x"), "före", "Bibl A", &rng.person())
    };
    let files = vec![
        write_export(&dir.join("andra.csv"), &CODES, &recs),
        write_export(&dir.join("x.csv"), &CODES, std::slice::from_ref(&x)),
    ];
    (files, x)
}

/// Attack 2's arithmetic: with area means m₁ ("före", 11 people), m₂ ("efter",
/// the 10 others) and the paired mean change c (those 10), X's area mean is
/// n₁·m₁ − (n₂·m₂ − n·c); per area, then overall.
fn paired_estimate(r: &Value) -> Vec<f64> {
    let (before, after) = (group(r, "före", None), group(r, "efter", None));
    let paired = &r["comparison"]["paired"];
    assert_eq!(
        paired["only_from"], 1,
        "said: one answered only the first round"
    );
    let mut figures: Vec<(&Value, &Value, &Value)> = (0..5)
        .map(|a| (&before["areas"][a], &after["areas"][a], &paired["areas"][a]))
        .collect();
    figures.push((&before["overall"], &after["overall"], &paired["overall"]));
    figures
        .iter()
        .map(|(b, a, p)| sum_of(b) - (sum_of(a) - num(&p["n"]) * num(&p["mean_change"])))
        .collect()
}

/// Attack 2. Within one report: "före" has 11 people, "efter" the same 10
/// without X, so the paired change is about those 10, and the arithmetic of
/// [`paired_estimate`] gives X's area and overall means: exactly, from exact
/// figures; from protected ones, the means of X's perturbed answers, no more.
/// Forty sets of people: 240 area and overall means.
#[test]
fn attack_2_rounds_against_their_paired_subset() {
    let env = TestEnv::new();
    let mut tally = Tally::default();
    for seed in 0..FEW_TARGETS as u64 {
        let (files, x) = paired_set(&env.scratch().join(format!("set{seed}")), 200 + seed);
        let mut truth = area_means(&as_f64(&x.answers));
        truth.push(mean(&as_f64(&x.answers)));
        if seed < 3 {
            let exact = paired_estimate(&workshop(&env, &files, &["--exact"]));
            assert!(exact.iter().zip(&truth).all(|(e, t)| (e - t).abs() < 1e-9));
        }
        let protected = workshop(&env, &files, &[]);
        assert_eq!(protected["comparison"]["paired"]["overall"]["n"], 10);
        let estimate = paired_estimate(&protected);
        let y = perturbed(&x);
        let mut y_means = area_means(&y);
        y_means.push(mean(&y));
        for (e, m) in estimate.iter().zip(&y_means) {
            assert!((e - m).abs() < 1e-8, "X's perturbed mean {m}, not {e}");
        }
        let after = group(&protected, "efter", None);
        let mut guess = blind(after).areas;
        guess.push(num(&after["overall"]["mean"]));
        let kept: Vec<f64> = estimate.iter().map(|e| e.clamp(1.0, 7.0)).collect();
        tally.areas(&kept, &guess, &truth);
    }
    tally.assert_promise("attack 2");
}

/// `n` people made by `person`, in one round.
fn many_people(n: usize, seed: u64, person: fn(&mut Rng) -> Vec<u8>) -> Vec<Rec> {
    let mut rng = Rng(seed);
    (0..n)
        .map(|i| rec(&format!("r-many-{i}"), "före", "Bibl A", &person(&mut rng)))
        .collect()
}

/// What every attack here gets at best, measured on 5000 people: their
/// perturbed answers, worked out by the published method. Each attack is
/// checked to give exactly these, so this is the rate each of them tends to,
/// without the luck of one population of a hundred: the plain attacker gets
/// about two answers in five, and about 48 % of the area means (rounding
/// first; averaging the perturbed answers unrounded gets fewer). Printed beside
/// it, the stress case of people whose answers all lie within one step of one
/// level, and the guess of the middle (4) for everything.
#[test]
fn the_perturbed_answers_themselves() {
    let middle = Blind {
        answers: vec![4.0; 24],
        areas: vec![4.0; AREAS_V1.len()],
    };
    let (mut plain, mut unrounded, mut uniform) =
        (Tally::default(), Tally::default(), Tally::default());
    for p in &many_people(5000, 99, Rng::person) {
        let y = perturbed(p);
        plain.target(&y, &middle, &p.answers);
        let kept: Vec<f64> = y.iter().map(|v| v.clamp(1.0, 7.0)).collect();
        let truth = area_means(&as_f64(&p.answers));
        unrounded.areas(&area_means(&kept), &middle.areas, &truth);
    }
    for p in &many_people(5000, 98, Rng::uniform_person) {
        uniform.target(&perturbed(p), &middle, &p.answers);
    }
    uniform.print("5000 uniform people's perturbed answers (stress, plain)");
    unrounded.print("5000 people's perturbed answers, averaged unrounded");
    plain.assert_promise("5000 people's perturbed answers (plain)");
}

/// The careful attacker of attack 1b on the perturbed answers of 300 people.
#[test]
fn the_perturbed_answers_themselves_to_a_careful_attacker() {
    let careful = Careful::new();
    let middle = vec![4.0; AREAS_V1.len()];
    let mut tally = Tally::default();
    for p in &many_people(300, 97, Rng::person) {
        let (answers, areas) = careful.estimate(&perturbed(p));
        tally.answers(&answers, &[4.0; 24], &p.answers);
        tally.areas(&areas, &middle, &area_means(&as_f64(&p.answers)));
    }
    tally.assert_promise("300 people's perturbed answers (careful)");
}

/// A person who took a 1.0 attempt, exported under set 2.0 (only
/// the four shared codes come out): the real path of a 1.0 export among 2.0 ones.
fn export_of_a_v1_attempt(to: &Path) {
    let p = TestEnv::new();
    p.take(common::SAMPLE, Some("före"));
    let out = common::digikomp()
        .env("DIGIKOMP_DATA_DIR", p.data_dir())
        .env("DIGIKOMP_QUESTIONS", common::V2)
        .args(["export", "--all", "-o"])
        .arg(to)
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}
/// Attack 3. Set 2.0 with 11 exports of 1.0 attempts (only 301, 401, 501 and
/// 502 answered) and two full ones, X and Y (Y left 105–108 blank): the group
/// has 13 people, but 105–108 have one answer (X's) and the other 2.0-only
/// statements two. None of them, nor areas 1 and 2 (one and two people with an
/// answer there), may show a figure, in any format, in the plan draft or in
/// `analyze`, protected or exact.
#[test]
fn attack_3_statements_answered_by_fewer_than_k_in_a_big_group() {
    let env = TestEnv::with_set(common::V2);
    let dir = env.scratch().join("in");
    std::fs::create_dir_all(&dir).expect("a folder");
    export_of_a_v1_attempt(&dir.join("v1-real.csv"));
    let mut rng = Rng(3);
    let mut recs = Vec::new();
    for i in 0..10 {
        let full = rng.person();
        let only_shared: Vec<u8> = CODES_V2
            .iter()
            .zip(&full)
            .map(|(c, &v)| if SHARED.contains(c) { v } else { 0 })
            .collect();
        recs.push(rec(&format!("r-v1-{i:02}"), "före", "Bibl A", &only_shared));
    }
    let x = rng.person();
    let mut y = rng.person();
    y[..4].fill(0);
    recs.push(rec("r-x", "före", "Bibl A", &x));
    recs.push(rec("r-y", "före", "Bibl A", &y));
    let mut files = vec![dir.join("v1-real.csv")];
    files.extend(one_file_each(&dir, &CODES_V2, &recs));
    let hidden: Vec<&str> = CODES_V2
        .iter()
        .copied()
        .filter(|c| !SHARED.contains(c))
        .collect();
    for args in [&[][..], &["--exact"][..]] {
        let r = workshop(&env, &files, args);
        let g = group(&r, "före", None);
        assert_eq!(g["respondents"], 13);
        for code in &hidden {
            let s = statement(g, code);
            assert!(s["n"].as_u64() <= Some(2), "{code}: {s}");
            assert_eq!(s["shown"], "nothing", "{code}");
            for field in [
                "mean",
                "median",
                "sd",
                "share_high",
                "share_low",
                "distribution",
            ] {
                assert_eq!(s[field], Value::Null, "{code} {field} {args:?}");
            }
            assert!(!g["priorities"]
                .as_array()
                .expect("list")
                .contains(&(*code).into()));
        }
        for a in [0, 1] {
            assert_eq!(
                g["areas"][a]["mean"],
                Value::Null,
                "area {}: {}",
                a + 1,
                g["areas"][a]
            );
        }
        assert!(g["areas"][2]["mean"].is_f64(), "area 3 has 13 people");
        assert!(
            statement(g, "301")["distribution"].is_array(),
            "301 has 13 answers"
        );
    }
    assert_hidden_in_text_formats(&env, &files, &hidden);
    for args in [&[][..], &["--exact"][..]] {
        let a = analyze(&env, &files, args);
        for s in a["statements"].as_array().expect("statements") {
            if hidden.contains(&s["code"].as_str().expect("code")) {
                for field in ["mean", "sd", "floor", "ceiling", "item_rest"] {
                    assert_eq!(s[field], Value::Null, "analyze {args:?}: {s}");
                }
            }
        }
    }
}

/// The statements `codes` show no figure in the CSV, the table, Markdown, HTML
/// and xlsx of a protected report, nor in its plan draft.
fn assert_hidden_in_text_formats(env: &TestEnv, files: &[PathBuf], codes: &[&str]) {
    let csv_text = text(env, &["workshop", "--format", "csv"], files);
    for line in csv_text.lines() {
        let cells: Vec<&str> = line.split(';').collect();
        if cells.get(3) == Some(&"statement") && codes.contains(&cells[4]) {
            assert_eq!(cells[6], "nothing", "{line}");
            assert!(cells[7..19].iter().all(|c| c.is_empty()), "{line}");
        }
    }
    // A cell not shown is a dash (the distribution's seven are seven dashes).
    let hidden_row = |cells: &[&str]| {
        cells
            .iter()
            .all(|c| c.split_whitespace().all(|token| token == "–"))
    };
    let table = text(env, &["workshop"], files);
    let md = text(env, &["workshop", "--format", "md"], files);
    for code in codes {
        let rows: Vec<&str> = table
            .lines()
            .filter(|l| l.starts_with(&format!("│ {code} ")))
            .collect();
        assert_eq!(rows.len(), 1, "{code} has a row in the table: {table}");
        let cells: Vec<&str> = rows[0].trim_matches('│').split('┆').skip(1).collect();
        assert!(hidden_row(&cells), "table: {}", rows[0]);
        let md_rows: Vec<&str> = md
            .lines()
            .filter(|l| {
                l.starts_with(&format!("| {code} ")) && !l.starts_with(&format!("| {code} |"))
            })
            .collect();
        assert_eq!(md_rows.len(), 1, "{code} has a row in Markdown");
        let cells: Vec<&str> = md_rows[0].trim_matches('|').split('|').skip(1).collect();
        assert!(hidden_row(&cells), "md: {}", md_rows[0]);
        assert!(
            !table
                .split("Handlingsplan")
                .nth(1)
                .unwrap_or("")
                .contains(&format!(" {code} ")),
            "{code} in the plan draft"
        );
    }
    let page = text(env, &["workshop", "--format", "html"], files);
    for code in codes {
        let rows: Vec<&str> = page
            .split("<tr>")
            .filter(|r| r.starts_with(&format!("<th scope=\"row\">{code} ")))
            .collect();
        assert_eq!(rows.len(), 1, "{code} has a row in HTML");
        for row in rows {
            let cells: Vec<&str> = row
                .split("<td")
                .skip(1)
                .map(|c| c.split('>').nth(1).unwrap_or("").trim_end_matches("</td"))
                .collect();
            assert!(hidden_row(&cells), "html: {row}");
        }
    }
    let book = env.scratch().join("hidden.xlsx");
    run(
        env,
        &["workshop", "-o", book.to_str().expect("path"), "--force"],
        files,
    );
    let mut wb: Xlsx<_> = open_workbook(&book).expect("a workbook");
    let sheet = wb.worksheet_range("Påståenden").expect("statements");
    let mut seen = 0;
    for row in sheet.rows() {
        if let Some(Data::String(code)) = row.get(1) {
            if codes.contains(&code.as_str()) {
                seen += 1;
                // Group, code, statement, how many answered: then nothing.
                assert!(
                    row[4..]
                        .iter()
                        .all(|c| matches!(c, Data::Empty) || c == &Data::String("–".into())),
                    "xlsx: {row:?}"
                );
            }
        }
    }
    assert_eq!(seen, codes.len(), "a row per statement in the workbook");
}

/// Attack 3, blank cells. Set 1.0, a round of 12, but 101 answered by two people
/// (blank cells elsewhere) and 102 by three: 101 shows nothing, 102 only a mean
/// (fewer than 10 behind it), whatever the group's head-count; `analyze` shows
/// neither (nothing below 10), and `analyze --exact` only 102 (3 or more).
#[test]
fn attack_3_blank_cells_inside_a_big_group() {
    let env = TestEnv::new();
    let mut rng = Rng(31);
    let recs: Vec<Rec> = (0..12)
        .map(|i| {
            let mut a = rng.person();
            if i >= 2 {
                a[0] = 0;
            }
            if i >= 3 {
                a[1] = 0;
            }
            rec(&format!("r-b{i:02}"), "före", "Bibl A", &a)
        })
        .collect();
    let files = one_file_each(&env.scratch().join("in"), &CODES, &recs);
    let r = workshop(&env, &files, &[]);
    let g = group(&r, "före", None);
    assert_eq!(g["respondents"], 12);
    let (s101, s102) = (statement(g, "101"), statement(g, "102"));
    assert_eq!(
        (s101["n"].as_u64(), s101["shown"].as_str()),
        (Some(2), Some("nothing"))
    );
    assert_eq!(s101["mean"], Value::Null);
    assert_eq!(
        (s102["n"].as_u64(), s102["shown"].as_str()),
        (Some(3), Some("mean_only"))
    );
    assert!(s102["mean"].is_f64());
    for field in ["median", "sd", "share_high", "share_low", "distribution"] {
        assert_eq!(s102[field], Value::Null, "102 {field}");
    }
    assert!(
        statement(g, "103")["distribution"].is_array(),
        "103 has 12 answers"
    );
    assert_hidden_in_text_formats(&env, &files, &["101"]);
    let csv_text = text(&env, &["workshop", "--format", "csv"], &files);
    let row = csv_text
        .lines()
        .find(|l| l.contains(";statement;102;"))
        .expect("a row for 102");
    let cells: Vec<&str> = row.split(';').collect();
    assert_eq!(cells[6], "mean_only", "{row}");
    assert!(
        !cells[7].is_empty() && cells[8..19].iter().all(|c| c.is_empty()),
        "{row}"
    );
    let protected = analyze(&env, &files, &[]);
    let exact = analyze(&env, &files, &["--exact"]);
    assert_eq!(protected["statements"][0]["mean"], Value::Null);
    assert_eq!(protected["statements"][1]["mean"], Value::Null, "3 < 10");
    assert_eq!(
        exact["statements"][0]["mean"],
        Value::Null,
        "2 < 3, even exact"
    );
    assert!(exact["statements"][1]["mean"].is_f64());
}

/// A hundred groups of exactly K = 3 ("Grupp 0", …) in one round, in one file.
fn groups_of_three(env: &TestEnv, seed: u64) -> (Vec<PathBuf>, Vec<Vec<Rec>>) {
    let mut rng = Rng(seed);
    let groups: Vec<Vec<Rec>> = (0..TARGETS)
        .map(|g| {
            (0..3)
                .map(|i| {
                    let place = format!("Grupp {g}");
                    rec(&format!("r-k{g}-{i}"), "före", &place, &rng.person())
                })
                .collect()
        })
        .collect();
    let path = env.scratch().join("in").join("grupper.csv");
    (vec![write_export(&path, &CODES, &groups.concat())], groups)
}

/// Every figure of a population is a mean only: no median, spread, share or
/// distribution.
fn assert_means_only(g: &Value) {
    let mut figures: Vec<&Value> = g["statements"]
        .as_array()
        .expect("statements")
        .iter()
        .collect();
    figures.extend(g["areas"].as_array().expect("areas"));
    figures.push(&g["overall"]);
    assert_eq!(figures.len(), 24 + 5 + 1);
    for f in &figures {
        assert_eq!(f["shown"], "mean_only", "{f}");
        for field in ["median", "sd", "share_high", "share_low"] {
            assert_eq!(f[field], Value::Null, "{field}: {f}");
        }
        assert!(f.get("distribution").is_none_or(Value::is_null), "{f}");
    }
}

/// Attack 4. A hundred groups of exactly K = 3. Every figure is a mean only. One
/// of the three, who holds their own record and so knows their own perturbed
/// answers, learns from a statement's mean the sum of the other two's perturbed
/// answers, and no more; halved, it is their guess of each of the two (200
/// targets). Control: the exact report's distribution, less their own answer,
/// is the other two's answers.
#[test]
fn attack_4_a_group_of_exactly_k() {
    let env = TestEnv::new();
    let (files, groups) = groups_of_three(&env, 4);
    let r = workshop(&env, &files, &["--group-by", "workplace"]);
    let exact = workshop(&env, &files, &["--group-by", "workplace", "--exact"]);
    let everyone = blind(group(&workshop(&env, &files, &[]), "före", None));
    let mut tally = Tally::default();
    for members in &groups {
        let place = members[0].workplace.as_str();
        let g = group(&r, "före", Some(place));
        assert_means_only(g);
        let own = perturbed(&members[0]);
        let (b, c) = (perturbed(&members[1]), perturbed(&members[2]));
        let mut guess = Vec::new();
        for (s, code) in CODES.iter().enumerate() {
            let two = 3.0 * num(&statement(g, code)["mean"]) - own[s];
            assert!(
                (two - b[s] - c[s]).abs() < 1e-8,
                "{place} {code}: the two's sum"
            );
            guess.push(two / 2.0);
        }
        for other in &members[1..] {
            tally.target(&guess, &everyone, &other.answers);
        }
        // Control: with exact figures, the distribution gives the others away.
        let g = group(&exact, "före", Some(place));
        for (s, code) in CODES.iter().enumerate() {
            let mut d: Vec<u64> = statement(g, code)["distribution"]
                .as_array()
                .expect("exact distribution")
                .iter()
                .map(|c| c.as_u64().expect("count"))
                .collect();
            d[usize::from(members[0].answers[s]) - 1] -= 1;
            let mut theirs = vec![0u64; 7];
            for o in &members[1..] {
                theirs[usize::from(o.answers[s]) - 1] += 1;
            }
            assert_eq!(d, theirs, "{place} {code}");
        }
    }
    tally.assert_promise("attack 4");
}

/// Attack 4, in every format: a round of exactly K = 3 shows only means in the
/// table, Markdown, CSV and the workbook.
#[test]
fn attack_4_a_group_of_exactly_k_shows_only_means_in_every_format() {
    let env = TestEnv::new();
    let mut rng = Rng(44);
    let recs: Vec<Rec> = (0..3)
        .map(|i| rec(&format!("r-k{i}"), "före", "Bibl A", &rng.person()))
        .collect();
    let files = one_file_each(&env.scratch().join("in"), &CODES, &recs);
    assert_means_only(group(&workshop(&env, &files, &[]), "före", None));
    assert_only_means_in_text_formats(&env, &files);
}

/// In a population under 10, every format shows a mean per statement and nothing
/// else: the table and Markdown have one column of figures, the CSV no median,
/// spread, share or count, the workbook no counts.
fn assert_only_means_in_text_formats(env: &TestEnv, files: &[PathBuf]) {
    let table = text(env, &["workshop"], files);
    let md = text(env, &["workshop", "--format", "md"], files);
    for code in CODES {
        let row = table
            .lines()
            .find(|l| l.starts_with(&format!("│ {code} ")))
            .expect("a row");
        assert_eq!(row.matches('┆').count(), 1, "only a mean: {row}");
        let row = md
            .lines()
            .find(|l| l.starts_with(&format!("| {code} ")))
            .expect("a row");
        assert_eq!(row.matches('|').count(), 3, "only a mean: {row}");
    }
    let csv_text = text(env, &["workshop", "--format", "csv"], files);
    for line in csv_text.lines().filter(|l| l.contains(";statement;")) {
        let cells: Vec<&str> = line.split(';').collect();
        assert!(
            !cells[7].is_empty() && cells[8..19].iter().all(|c| c.is_empty()),
            "{line}"
        );
    }
    let book = env.scratch().join("small.xlsx");
    run(
        env,
        &["workshop", "-o", book.to_str().expect("path"), "--force"],
        files,
    );
    let mut wb: Xlsx<_> = open_workbook(&book).expect("a workbook");
    let sheet = wb.worksheet_range("Påståenden").expect("statements");
    for row in sheet.rows().skip(1) {
        assert!(matches!(row[4], Data::Float(_)), "a mean: {row:?}");
        assert!(
            row[5..]
                .iter()
                .all(|c| matches!(c, Data::Empty) || c == &Data::String("–".into())),
            "nothing but the mean: {row:?}"
        );
    }
}

/// A person's own data folder, with a workplace, who took the test once.
fn real_person(answers: &str) -> TestEnv {
    let p = TestEnv::new();
    p.cmd()
        .args([
            "profile",
            "--workplace",
            "Bibl A",
            "--role",
            "bibliotekarie",
        ])
        .assert()
        .success();
    p.take(answers, Some("före"));
    p
}

fn export_to(p: &TestEnv, args: &[&str], to: &Path) {
    p.cmd()
        .arg("export")
        .args(args)
        .arg("-o")
        .arg(to)
        .assert()
        .success();
}

/// Five people each hand in a named export and an anonymous one (`--anonymous
/// --study`), into one folder (`both`); the fifth gave the same answers on the
/// same day as the first. `named` holds the named exports alone.
fn named_and_anonymous(facilitator: &TestEnv) -> (PathBuf, PathBuf) {
    let both = facilitator.scratch().join("both");
    let named = facilitator.scratch().join("named");
    std::fs::create_dir_all(&both).expect("dir");
    std::fs::create_dir_all(&named).expect("dir");
    let mut rng = Rng(5);
    let mut answers: Vec<String> = (0..4)
        .map(|_| {
            let a: Vec<String> = rng.person().iter().map(ToString::to_string).collect();
            a.join(",")
        })
        .collect();
    answers.push(answers[0].clone());
    for (i, a) in answers.iter().enumerate() {
        let p = real_person(a);
        for dir in [&both, &named] {
            export_to(&p, &["--all"], &dir.join(format!("p{i}.csv")));
        }
        export_to(
            &p,
            &["--anonymous", "--study", "Kurs"],
            &both.join(format!("a{i}.json")),
        );
    }
    (both, named)
}

/// Attack 5. Named and anonymous exports of the same five people in one folder:
/// counted as 5 people (the two with the same answers are two named respondents,
/// never merged), 5 anonymous copies dropped and said; the figures are those of
/// the named exports alone, to the last digit.
#[test]
fn attack_5_named_and_anonymous_exports_of_the_same_people() {
    let facilitator = TestEnv::new();
    let (both, named) = named_and_anonymous(&facilitator);
    let mixed = workshop(&facilitator, std::slice::from_ref(&both), &[]);
    let plain = workshop(&facilitator, std::slice::from_ref(&named), &[]);
    assert_eq!(mixed["files_read"], 10);
    assert_eq!(mixed["records_read"], 10);
    assert_eq!(mixed["anonymous_duplicates"], 5);
    assert_eq!(mixed["respondents"], 5, "each person once; the twins twice");
    assert_eq!(group(&mixed, "före", None)["respondents"], 5);
    assert_eq!(
        mixed["groups"], plain["groups"],
        "the figures of the named exports"
    );
    let table = text(&facilitator, &["workshop"], std::slice::from_ref(&both));
    assert!(
        table.contains("5 anonyma poster var samma försök som namngivna"),
        "said: {table}"
    );
}

/// Attack 5b. The same folder given to `analyze`: it counts five people too
/// (an anonymous copy of a named record is dropped, as in the group report), and
/// so shows nothing (fewer than 10).
#[test]
fn attack_5b_analyze_counts_anonymous_copies_once() {
    let facilitator = TestEnv::new();
    let (both, _) = named_and_anonymous(&facilitator);
    let a = analyze(&facilitator, std::slice::from_ref(&both), &[]);
    eprintln!(
        "attack 5b: analyze says {} respondents, too_few {}",
        a["respondents"], a["too_few"]
    );
    assert_eq!(a["respondents"], 5, "each person once");
    assert_eq!(a["too_few"], true, "5 people: fewer than 10");
    assert_eq!(a["statements"][0]["mean"], Value::Null);
}

/// Attack 6. A round of 40, one file each; the report with every file against
/// the report without person i's file, for each of the forty: the person's
/// perturbed answers, no more. `analyze` with and without the file gives the
/// same ones from its statement means.
#[test]
fn attack_6_a_report_without_one_file() {
    let env = TestEnv::new();
    let (files, people) = crowd(&env, FEW_TARGETS, 6);
    let all = workshop(&env, &files, &[]);
    let all_exact = workshop(&env, &files, &["--exact"]);
    let all_analyzed = analyze(&env, &files, &[]);
    let mut tally = Tally::default();
    for (i, p) in people.iter().enumerate() {
        let rest = without(&files, i);
        let minus = workshop(&env, &rest, &[]);
        let (with, wo) = (group(&all, "före", None), group(&minus, "före", None));
        let y = statement_differences(with, wo);
        assert_is_perturbed(&y, p, &p.id);
        assert_areas_follow(&area_differences(with, wo), &y);
        let minus_analyzed = analyze(&env, &rest, &[]);
        for (s, y) in y.iter().enumerate() {
            let d =
                sum_of(&all_analyzed["statements"][s]) - sum_of(&minus_analyzed["statements"][s]);
            assert!((d - y).abs() < 1e-8, "analyze: {d} / {y}");
        }
        tally.target(&y, &blind(wo), &p.answers);
        if i < 2 {
            // Control: exact reports give the person.
            let minus_exact = workshop(&env, &rest, &["--exact"]);
            let (with, wo) = (
                group(&all_exact, "före", None),
                group(&minus_exact, "före", None),
            );
            assert_eq!(hits(&statement_differences(with, wo), &p.answers), 24);
        }
    }
    tally.assert_promise("attack 6");
}

/// Attack 6b. The same pairs of reports (with and without one file), from the
/// JSON (every digit), read by the careful attacker of attack 1b.
#[test]
fn attack_6b_a_careful_attacker_without_one_file() {
    let env = TestEnv::new();
    let (files, people) = crowd(&env, FEW_TARGETS, 6);
    let all = workshop(&env, &files, &[]);
    let careful = Careful::new();
    let mut tally = Tally::default();
    for (i, p) in people.iter().enumerate() {
        let minus = workshop(&env, &without(&files, i), &[]);
        let (with, wo) = (group(&all, "före", None), group(&minus, "före", None));
        let y = statement_differences(with, wo);
        assert_is_perturbed(&y, p, &p.id);
        let (answers, areas) = careful.estimate(&y);
        let guess = blind(wo);
        tally.answers(&answers, &guess.answers, &p.answers);
        tally.areas(&areas, &guess.areas, &area_means(&as_f64(&p.answers)));
    }
    tally.assert_promise("attack 6b (careful, JSON)");
}

/// Ten people at Bibl A and `lone` people each alone at a workplace of their
/// own ("Ensam 0", …), made by `person`, one file each; the lone people.
fn lone_people(
    dir: &Path,
    lone: usize,
    seed: u64,
    person: fn(&mut Rng) -> Vec<u8>,
) -> (Vec<PathBuf>, Vec<Rec>) {
    let mut rng = Rng(seed);
    let mut recs: Vec<Rec> = (0..10)
        .map(|i| rec(&format!("r-a{i}"), "före", "Bibl A", &rng.person()))
        .collect();
    let lone: Vec<Rec> = (0..lone)
        .map(|i| {
            let place = format!("Ensam {i}");
            rec(&format!("r-e{i}"), "före", &place, &person(&mut rng))
        })
        .collect();
    recs.extend(lone.iter().cloned());
    (one_file_each(dir, &CODES, &recs), lone)
}

/// Two made-up exports beside each lone person (batch `batch`), with answers of
/// the faker's choosing: the faker holds them, and so knows their perturbed
/// answers. Their files go into `files`; the fakes of each lone person.
fn add_fakes(
    dir: &Path,
    files: &mut Vec<PathBuf>,
    lone: &[Rec],
    batch: usize,
    rng: &mut Rng,
) -> Vec<Vec<Rec>> {
    lone.iter()
        .map(|t| {
            let fakes: Vec<Rec> = (0..2)
                .map(|j| {
                    let id = format!("r-fake-{}-{batch}-{j}", t.id);
                    rec(&id, "före", &t.workplace, &rng.person())
                })
                .collect();
            files.extend(one_file_each(dir, &CODES, &fakes));
            fakes
        })
        .collect()
}

/// A population of one real person and two fakes, less the fakes: 3 × each
/// mean less the fakes' `values` (their perturbed answers; with exact figures,
/// their answers).
fn unfake(g: &Value, values: &[Vec<f64>]) -> Vec<f64> {
    assert_eq!(g["respondents"], 3, "lifted to K");
    CODES
        .iter()
        .enumerate()
        .map(|(s, c)| {
            let fakes: f64 = values.iter().map(|v| v[s]).sum();
            3.0 * num(&statement(g, c)["mean"]) - fakes
        })
        .collect()
}

/// Attack 7. Two fake exports beside each of a hundred people alone at their
/// workplace: each group reaches K = 3 and shows its means. 3 × mean less the
/// fakes' perturbed answers (which the faker can work out) is the lone person's
/// perturbed answers, never more than 3 off. Control: the exact report, less the
/// fakes' answers, gives them exactly.
#[test]
fn attack_7_two_fake_files_lift_a_lone_person_to_k() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    let (mut files, lone) = lone_people(&dir, TARGETS, 7, Rng::person);
    let faked = add_fakes(&dir, &mut files, &lone, 0, &mut Rng(70));
    let by = ["--group-by", "workplace"];
    let r = workshop(&env, &files, &by);
    let exact = workshop(&env, &files, &[&by[..], &["--exact"]].concat());
    let others = blind(group(&r, "före", Some("Bibl A")));
    let mut tally = Tally::default();
    for (t, fakes) in lone.iter().zip(&faked) {
        let place = Some(t.workplace.as_str());
        let ys: Vec<Vec<f64>> = fakes.iter().map(perturbed).collect();
        let y = unfake(group(&r, "före", place), &ys);
        assert_is_perturbed(&y, t, &t.workplace);
        tally.target(&y, &others, &t.answers);
        let xs: Vec<Vec<f64>> = fakes.iter().map(|f| as_f64(&f.answers)).collect();
        let control = unfake(group(&exact, "före", place), &xs);
        assert_eq!(hits(&control, &t.answers), 24, "control");
    }
    tally.assert_promise("attack 7");
}

/// Attack 7b. The same kind of single report, read for area means (a hundred
/// other lone people): a lone person's area figure less the fakes' is the mean of
/// their perturbed answers there, the same as the statements give: kept on the
/// scale, the attacker's estimate.
#[test]
fn attack_7b_two_fake_files_give_the_area_means() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    let (mut files, lone) = lone_people(&dir, TARGETS, 17, Rng::person);
    let faked = add_fakes(&dir, &mut files, &lone, 0, &mut Rng(170));
    let r = workshop(&env, &files, &["--group-by", "workplace"]);
    let others = blind(group(&r, "före", Some("Bibl A")));
    let mut tally = Tally::default();
    for (t, fakes) in lone.iter().zip(&faked) {
        let g = group(&r, "före", Some(&t.workplace));
        let ys: Vec<Vec<f64>> = fakes.iter().map(perturbed).collect();
        let fake_areas: Vec<Vec<f64>> = ys.iter().map(|y| area_means(y)).collect();
        let areas: Vec<f64> = (0..AREAS_V1.len())
            .map(|a| {
                let theirs: f64 = fake_areas.iter().map(|f| f[a]).sum();
                3.0 * num(&g["areas"][a]["mean"]) - theirs
            })
            .collect();
        assert_areas_follow(&areas, &perturbed(t));
        let kept: Vec<f64> = areas.iter().map(|a| a.clamp(1.0, 7.0)).collect();
        tally.areas(&kept, &others.areas, &area_means(&as_f64(&t.answers)));
    }
    tally.assert_promise("attack 7b");
}

/// Attack 7c. Fresh fakes for every report: 8 reports, each with two new made-up
/// exports beside each of a hundred lone people (new ids and answers: new noise).
/// Every report, less its fakes, gives the same perturbed answers: intersecting
/// or averaging reports gives nothing new. A faker who does not work out the
/// fakes' noise, and takes 3 × mean less the fakes' answers, averages the 8
/// reports' estimates: towards the same perturbed answers.
#[test]
fn attack_7c_fresh_fakes_in_every_report_give_the_same() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    let (files, lone) = lone_people(&dir, TARGETS, 27, Rng::person);
    let by = ["--group-by", "workplace"];
    let others = blind(group(&workshop(&env, &files, &by), "före", Some("Bibl A")));
    let mut rng = Rng(270);
    let mut averaged = vec![vec![0.0; 24]; lone.len()];
    for batch in 0..8 {
        let mut inputs = files.clone();
        let faked = add_fakes(&dir, &mut inputs, &lone, batch, &mut rng);
        let r = workshop(&env, &inputs, &by);
        for ((t, fakes), avg) in lone.iter().zip(&faked).zip(&mut averaged) {
            let g = group(&r, "före", Some(&t.workplace));
            let ys: Vec<Vec<f64>> = fakes.iter().map(perturbed).collect();
            assert_is_perturbed(&unfake(g, &ys), t, &format!("batch {batch}"));
            let xs: Vec<Vec<f64>> = fakes.iter().map(|f| as_f64(&f.answers)).collect();
            for (a, v) in avg.iter_mut().zip(unfake(g, &xs)) {
                *a += v / 8.0;
            }
        }
    }
    let (mut same, mut naive) = (Tally::default(), Tally::default());
    for (t, avg) in lone.iter().zip(&averaged) {
        same.target(&perturbed(t), &others, &t.answers);
        naive.target(avg, &others, &t.answers);
    }
    same.assert_promise("attack 7c (the same perturbed answers from all 8 reports)");
    naive.assert_promise("attack 7c (8 reports' naive estimates averaged)");
}

/// Stress case: people whose answers all lie within one step of one level
/// (`Rng::uniform_person`), a hundred of them alone beside two fakes each, one
/// report. The plain attacker rounds their perturbed answers; another guesses
/// every answer and area mean as the person's level (the mean of all their
/// perturbed answers), which this kind of person makes easy. Printed, not held
/// to the promise (docs/facilitator.md names it as a limit); with the present
/// bounds a little under half of their area means come out.
#[test]
fn stress_uniform_people_guessed_from_their_level() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    let (mut files, lone) = lone_people(&dir, TARGETS, 8, Rng::uniform_person);
    let faked = add_fakes(&dir, &mut files, &lone, 0, &mut Rng(80));
    let r = workshop(&env, &files, &["--group-by", "workplace"]);
    let others = blind(group(&r, "före", Some("Bibl A")));
    let (mut plain, mut level) = (Tally::default(), Tally::default());
    for (t, fakes) in lone.iter().zip(&faked) {
        let ys: Vec<Vec<f64>> = fakes.iter().map(perturbed).collect();
        let y = unfake(group(&r, "före", Some(&t.workplace)), &ys);
        assert_is_perturbed(&y, t, &t.workplace);
        plain.target(&y, &others, &t.answers);
        level.target(&[mean(&y).clamp(1.0, 7.0); 24], &others, &t.answers);
    }
    plain.print("stress, uniform people (plain)");
    level.print("stress, uniform people (their level)");
}

/// 11 people at Bibl A (bibliotekarie) and one at Bibl B (assistent), one
/// round, one file each.
fn two_workplaces(dir: &Path, seed: u64) -> Vec<PathBuf> {
    let mut rng = Rng(seed);
    let recs: Vec<Rec> = (0..12)
        .map(|i| {
            let mut r = rec(&format!("r-w{i:02}"), "före", "Bibl A", &rng.person());
            if i == 11 {
                r.workplace = "Bibl B".into();
                r.role = "assistent".into();
            }
            r
        })
        .collect();
    one_file_each(dir, &CODES, &recs)
}

/// Attack 8. Asking again gives nothing new: the same files give the same
/// report, byte for byte, in every format (and `analyze` too), whatever their
/// order or whether a folder or the files are named; and the same people give
/// the same figures in another grouping (Bibl A's 11 are the bibliotekarie's 11).
#[test]
fn attack_8_the_same_inputs_give_the_same_bytes() {
    let env = TestEnv::new();
    let dir = env.scratch().join("in");
    let files = two_workplaces(&dir, 8);
    let mut reversed = files.clone();
    reversed.reverse();
    for format in ["table", "csv", "json", "md", "html"] {
        let args = ["workshop", "--group-by", "workplace", "--format", format];
        let first = text(&env, &args, &files);
        assert!(first == text(&env, &args, &files), "{format} twice");
        assert!(
            first == text(&env, &args, std::slice::from_ref(&dir)),
            "{format}: a folder"
        );
    }
    // In another order the groups may come in another order, and a spread may
    // differ in its last bit (sums in another order): the figures do not change.
    let (ordered, other) = (
        workshop(&env, &files, &["--group-by", "workplace"]),
        workshop(&env, &reversed, &["--group-by", "workplace"]),
    );
    for place in ["Bibl A", "Bibl B"] {
        let (a, b) = (
            group(&ordered, "före", Some(place)),
            group(&other, "före", Some(place)),
        );
        assert!(close(a, b), "{place}: {a} / {b}");
    }
    let books: Vec<Vec<u8>> = (0..2)
        .map(|k| {
            let book = env.scratch().join(format!("g{k}.xlsx"));
            run(
                &env,
                &["workshop", "-o", book.to_str().expect("path")],
                &files,
            );
            std::fs::read(&book).expect("the workbook")
        })
        .collect();
    assert_eq!(books[0], books[1], "xlsx twice");
    let analysis = text(&env, &["analyze", "--json"], &files);
    assert!(
        analysis == text(&env, &["analyze", "--json"], &files),
        "analyze twice"
    );
    assert!(close(
        &analyze(&env, &files, &[]),
        &analyze(&env, &reversed, &[])
    ));
    let by_place = workshop(&env, &files, &["--group-by", "workplace"]);
    let by_role = workshop(&env, &files, &["--group-by", "role"]);
    let (a, b) = (
        group(&by_place, "före", Some("Bibl A")),
        group(&by_role, "före", Some("bibliotekarie")),
    );
    for part in [
        "respondents",
        "overall",
        "areas",
        "statements",
        "priorities",
    ] {
        assert_eq!(a[part], b[part], "the same 11 people, the same {part}");
    }
}

/// Whether two JSON values are the same up to the last bits of their numbers.
fn close(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => {
            let (x, y) = (
                num(&Value::Number(x.clone())),
                num(&Value::Number(y.clone())),
            );
            (x - y).abs() <= 1e-12 * x.abs().max(1.0)
        }
        (Value::Array(x), Value::Array(y)) => {
            x.len() == y.len() && x.iter().zip(y).all(|(x, y)| close(x, y))
        }
        (Value::Object(x), Value::Object(y)) => {
            x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| close(v, w)))
        }
        _ => a == b,
    }
}

/// Attack 9. `--exact` is marked as not for sharing in every format, first:
/// the table, Markdown and HTML open with the warning, the CSV's first row
/// after the header is `protection;exact_not_for_sharing`, the JSON has
/// `protection.method` "exact", the workbook's first sheet "Om rapporten" says
/// it, and `analyze --exact` says it too. The protected reports say they are
/// protected, and never the warning.
#[test]
fn attack_9_exact_reports_say_not_for_sharing_in_every_format() {
    let env = TestEnv::new();
    let (files, _) = crowd(&env, 12, 9);
    let warning = "EXAKTA SIFFROR, INTE FÖR ATT DELA";
    for exact in [true, false] {
        let flag: &[&str] = if exact { &["--exact"] } else { &[] };
        let with = |args: &[&'static str]| -> Vec<&'static str> { [args, flag].concat() };
        let book = env.scratch().join(format!("r-{exact}.xlsx"));
        let book_arg = book.to_str().expect("path");
        for format in ["table", "md", "html"] {
            let out = text(&env, &with(&["workshop", "--format", format]), &files);
            let shown = if format == "html" {
                html_text(&out)
            } else {
                out.clone()
            };
            // Before the first table of figures, or nowhere.
            let before = shown.split("Områden").next().expect("text");
            assert_eq!(before.contains(warning), exact, "{format}: {before}");
            assert_eq!(shown.contains(warning), exact, "{format}");
        }
        let csv_text = text(&env, &with(&["workshop", "--format", "csv"]), &files);
        let second = csv_text.lines().nth(1).expect("a second line");
        let method = if exact {
            "exact_not_for_sharing"
        } else {
            "perturbed"
        };
        assert!(
            second.contains(&format!(";protection;{method};")),
            "{second}"
        );
        let r = workshop(&env, &files, flag);
        assert_eq!(
            r["protection"]["method"],
            if exact { "exact" } else { "perturbed" }
        );
        run(
            &env,
            &[&["workshop", "-o", book_arg], flag].concat(),
            &files,
        );
        let mut wb: Xlsx<_> = open_workbook(&book).expect("a workbook");
        assert_eq!(wb.sheet_names()[0], "Om rapporten");
        let about = wb.worksheet_range("Om rapporten").expect("the first sheet");
        let words: Vec<String> = about.cells().map(|(_, _, c)| c.to_string()).collect();
        assert_eq!(
            words.iter().any(|w| w.contains(warning)),
            exact,
            "{words:?}"
        );
        assert_eq!(
            words.iter().any(|w| w.contains("Siffrorna är skyddade")),
            !exact
        );
        let table = text(&env, &with(&["analyze"]), &files);
        assert_eq!(table.contains(warning), exact, "analyze: {table}");
        let json = analyze(&env, &files, flag);
        assert_eq!(
            json["protection"],
            if exact { "exact" } else { "perturbed" }
        );
    }
}

/// A hundred workplaces ("Bibl 0", …), each with 10 people in "före" and "efter" and
/// one more, X, only in "före": one file; the Xs.
fn before_and_after(path: &Path, seed: u64) -> (PathBuf, Vec<Rec>) {
    let mut rng = Rng(seed);
    let (mut recs, mut xs) = (Vec::new(), Vec::new());
    for w in 0..TARGETS {
        let place = format!("Bibl {w}");
        for i in 0..10 {
            let id = format!("r-m{w}-{i:02}");
            recs.push(Rec {
                date: "2026-02-01".into(),
                ..rec(&id, "före", &place, &rng.person())
            });
            recs.push(Rec {
                date: "2026-05-01".into(),
                ..rec(&id, "efter", &place, &rng.person())
            });
        }
        let x = Rec {
            date: "2026-02-01".into(),
            ..rec(&format!("r-m{w}-x"), "före", &place, &rng.person())
        };
        recs.push(x.clone());
        xs.push(x);
    }
    (write_export(path, &CODES, &recs), xs)
}

/// Own attack: `--merge`. At each of a hundred workplaces, "före" holds 10
/// people and X, "efter" the same 10. Merged (`--merge efter=före`), each person
/// counts once with their latest attempt: the 10 "efter" records and X's "före"
/// one, one person more than the unmerged "efter" round. The difference gives
/// X's perturbed answers (a record keeps its noise in a merged round), no more
/// (checked here, with the exact control). And a round cannot be compared with
/// itself. The plain attacker's score.
fn merging(env: &TestEnv) -> Tally {
    let (file, xs) = before_and_after(&env.scratch().join("m.csv"), 41);
    let files = std::slice::from_ref(&file);
    let differences = |extra: &[&str]| -> (Value, Vec<Vec<f64>>) {
        let by = [&["--group-by", "workplace"][..], extra].concat();
        let apart = workshop(env, files, &by);
        let merged = workshop(env, files, &[&by[..], &["--merge", "efter=före"]].concat());
        assert_eq!(merged["rounds"], 1);
        let d = xs
            .iter()
            .map(|x| {
                let place = Some(x.workplace.as_str());
                let one = group(&merged, "före", place);
                assert_eq!(one["respondents"], 11);
                statement_differences(one, group(&apart, "efter", place))
            })
            .collect();
        (apart, d)
    };
    for (x, d) in xs.iter().zip(differences(&["--exact"]).1) {
        assert_eq!(hits(&d, &x.answers), 24, "control");
    }
    let (apart, ys) = differences(&[]);
    let mut tally = Tally::default();
    for (x, y) in xs.iter().zip(&ys) {
        assert_is_perturbed(y, x, &x.workplace);
        let others = blind(group(&apart, "efter", Some(&x.workplace)));
        tally.target(y, &others, &x.answers);
    }
    let out = env
        .cmd()
        .arg("workshop")
        .arg(&file)
        .args(["--merge", "efter=före", "--compare", "före", "efter"])
        .output()
        .expect("runs");
    assert!(!out.status.success(), "a merged round compared with itself");
    tally
}

/// Own attack: `--merge` gives only the perturbed answers, and at most half of
/// the answers.
#[test]
fn own_merging_rounds_gives_only_the_perturbed_answers() {
    merging(&TestEnv::new()).assert_answers("merge");
}

/// Own attack: `--merge`, against the whole promise.
#[test]
fn own_merging_rounds_against_the_promise() {
    merging(&TestEnv::new()).assert_promise("merge");
}

/// A statement's shares at `--high high` and `--low low` are what its
/// distribution (of the perturbed answers as points) says: no noise of their own.
fn assert_shares_follow_the_distribution(st: &Value, high: u8, low: u8) {
    let d: Vec<f64> = st["distribution"]
        .as_array()
        .expect("counts")
        .iter()
        .map(num)
        .collect();
    let n = num(&st["n"]);
    let at_least: f64 = d[usize::from(high) - 1..].iter().sum();
    let at_most: f64 = d[..usize::from(low)].iter().sum();
    assert!(
        (num(&st["share_high"]) - at_least / n).abs() < 1e-12,
        "{st}"
    );
    assert!((num(&st["share_low"]) - at_most / n).abs() < 1e-12, "{st}");
}

/// Own attack: the shares' thresholds. With `--high h --low h−1` for h = 2 … 7
/// (six reports of each population), the per-round report against `--group-by
/// workplace` gives, per statement, whether the lone person's answer counts as
/// at least h: together, the point their perturbed answer rounds to, and no
/// more (every share is its distribution's). A hundred rounds.
#[test]
fn own_thresholds_move_the_shares_but_give_only_the_points() {
    let env = TestEnv::new();
    let (files, targets) = lone_targets(&env, &rounds(TARGETS), 11, 10);
    let mut points = vec![vec![1u8; 24]; targets.len()];
    let mut others = Vec::new();
    for h in 2..=7u8 {
        let (high, low) = (h.to_string(), (h - 1).to_string());
        let args = ["--high", high.as_str(), "--low", low.as_str()];
        let total = workshop(&env, &files, &args);
        let split = workshop(
            &env,
            &files,
            &[&args[..], &["--group-by", "workplace"]].concat(),
        );
        for (t, p) in targets.iter().zip(&mut points) {
            let with = group(&total, &t.label, None);
            let without = group(&split, &t.label, Some("Bibl A"));
            if h == 2 {
                others.push(blind(without));
            }
            for (s, code) in CODES.iter().enumerate() {
                let count = |g: &Value, field: &str| {
                    let st = statement(g, code);
                    assert_shares_follow_the_distribution(st, h, h - 1);
                    (num(&st[field]) * num(&st["n"])).round() as i64
                };
                let above = count(with, "share_high") - count(without, "share_high");
                let below = count(with, "share_low") - count(without, "share_low");
                assert_eq!((above + below, above * below), (1, 0), "{code} at {h}");
                p[s] += above as u8;
            }
        }
    }
    let mut tally = Tally::default();
    for ((t, p), o) in targets.iter().zip(&points).zip(&others) {
        let expected: Vec<u8> = perturbed(t).iter().map(|&y| point(y, 1, 7)).collect();
        assert_eq!(
            p, &expected,
            "{}: the points of the perturbed answers",
            t.label
        );
        tally.target(&as_f64(p), o, &t.answers);
    }
    tally.assert_promise("thresholds");
}

/// `analyze`'s statement means, floors and ceilings are the report's means and
/// counts of 1s and 7s: one source, the perturbed answers.
fn assert_analysis_is_the_report(a: &Value, report: &Value) {
    let g = group(report, "före", None);
    for (s, code) in CODES.iter().enumerate() {
        let (an, st) = (&a["statements"][s], statement(g, code));
        let n = num(&an["n"]);
        assert!(
            (num(&an["mean"]) - num(&st["mean"])).abs() < 1e-12,
            "{code}"
        );
        let d = &st["distribution"];
        assert!((num(&an["floor"]) * n - num(&d[0])).abs() < 1e-9, "{code}");
        assert!(
            (num(&an["ceiling"]) * n - num(&d[6])).abs() < 1e-9,
            "{code}"
        );
    }
}

/// Own attack: `analyze` beside the group report, with and without one file
/// (forty targets). Its statement means, floors and ceilings come from the same
/// perturbed answers as the report's (checked to the last bits): with and
/// without a file they give the person's perturbed answers and whether each
/// rounds to 1 or 7, no more. An attacker who takes a step of the floor or the
/// ceiling for an answer of 1 or 7 is often wrong: no answer is certain.
#[test]
fn own_analyze_beside_workshop_gives_the_same_perturbed_answers() {
    let env = TestEnv::new();
    let (files, people) = crowd(&env, FEW_TARGETS, 12);
    let all = analyze(&env, &files, &[]);
    assert_analysis_is_the_report(&all, &workshop(&env, &files, &[]));
    let (mut tally, mut right, mut wrong) = (Tally::default(), 0, 0);
    for (i, p) in people.iter().enumerate() {
        let minus = analyze(&env, &without(&files, i), &[]);
        let y: Vec<f64> = (0..24)
            .map(|s| sum_of(&all["statements"][s]) - sum_of(&minus["statements"][s]))
            .collect();
        assert_is_perturbed(&y, p, &p.id);
        for (s, &v) in y.iter().enumerate() {
            let step = |field: &str| {
                let count = |a: &Value| {
                    let st = &a["statements"][s];
                    (num(&st[field]) * num(&st["n"])).round() as i64
                };
                count(&all) - count(&minus)
            };
            let (floor, ceiling) = (step("floor"), step("ceiling"));
            let at = point(v, 1, 7);
            assert_eq!((floor, ceiling), (i64::from(at == 1), i64::from(at == 7)));
            let claim = (floor == 1).then_some(1).or((ceiling == 1).then_some(7));
            match claim {
                Some(c) if c == p.answers[s] => right += 1,
                Some(_) => wrong += 1,
                None => {}
            }
        }
        let means: Vec<f64> = (0..24)
            .map(|s| num(&minus["statements"][s]["mean"]))
            .collect();
        let guess = Blind {
            areas: area_means(&means),
            answers: means,
        };
        tally.target(&y, &guess, &p.answers);
    }
    eprintln!(
        "analyze beside workshop: a floor's or ceiling's step taken for 1 or 7: \
         {right} right, {wrong} wrong"
    );
    assert!(wrong > 0, "answers known for certain");
    tally.assert_promise("analyze beside workshop");
}

/// Own attack: `--min-group`. K cannot go below 3 (refused), and a population
/// shown under two values of K shows the same figures under both, so that
/// reports with different K give nothing to subtract: Bibl A (4 people) is the
/// same under K = 3 and K = 4, hidden under K = 5; Bibl B (3) is hidden from
/// K = 4; Bibl C (2) always.
#[test]
fn own_min_group_is_never_below_three_and_changes_nothing_shown() {
    let env = TestEnv::new();
    let mut rng = Rng(44);
    let recs: Vec<Rec> = [("Bibl A", 4), ("Bibl B", 3), ("Bibl C", 2)]
        .iter()
        .flat_map(|&(place, n)| (0..n).map(move |i| (place, i)))
        .map(|(place, i)| {
            rec(
                &format!("r-{}{i}", &place[5..]),
                "före",
                place,
                &rng.person(),
            )
        })
        .collect();
    let files = one_file_each(&env.scratch().join("in"), &CODES, &recs);
    for k in ["1", "2"] {
        let out = env
            .cmd()
            .arg("workshop")
            .args(&files)
            .args(["--min-group", k])
            .output()
            .expect("runs");
        assert!(!out.status.success(), "--min-group {k} is refused");
    }
    let at = |k: &str| workshop(&env, &files, &["--group-by", "workplace", "--min-group", k]);
    let (k3, k4, k5) = (at("3"), at("4"), at("5"));
    let shown = |r: &Value, place: &str| group(r, "före", Some(place))["overall"]["mean"].is_f64();
    assert_eq!(
        [
            shown(&k3, "Bibl A"),
            shown(&k3, "Bibl B"),
            shown(&k3, "Bibl C")
        ],
        [true, true, false]
    );
    assert_eq!([shown(&k4, "Bibl A"), shown(&k4, "Bibl B")], [true, false]);
    assert!(!shown(&k5, "Bibl A"));
    for part in ["overall", "areas", "statements"] {
        assert_eq!(
            group(&k3, "före", Some("Bibl A"))[part],
            group(&k4, "före", Some("Bibl A"))[part],
            "{part}"
        );
    }
}

/// A statement's figures in JSON in the order the text formats show them:
/// mean, median, spread, the seven counts, the two shares.
fn json_row(st: &Value) -> Vec<f64> {
    let mut row = vec![num(&st["mean"]), num(&st["median"]), num(&st["sd"])];
    row.extend(
        st["distribution"]
            .as_array()
            .expect("counts")
            .iter()
            .map(num),
    );
    row.extend([num(&st["share_high"]), num(&st["share_low"])]);
    row
}

/// Whether shown figures (text, with a decimal comma, shares as "27 %") are
/// the JSON's within `tol` (means, medians, spreads) and `share_tol`.
fn shows(st: &Value, cells: &[&str], tol: f64, share_tol: f64) -> bool {
    let expected = json_row(st);
    let tokens: Vec<&str> = cells
        .iter()
        .flat_map(|c| c.split_whitespace())
        .filter(|t| *t != "%")
        .collect();
    tokens.len() == 12
        && tokens.iter().zip(&expected).enumerate().all(|(k, (t, e))| {
            let v: f64 = t
                .trim_matches('"')
                .replace(',', ".")
                .parse()
                .unwrap_or_else(|_| panic!("a figure: {t:?} in {cells:?}"));
            match k {
                0..=2 => (v - e).abs() <= tol + 1e-9,
                3..=9 => (v - e).abs() < 1e-9,
                _ if share_tol < 0.01 && cells.iter().any(|c| c.contains('%')) => {
                    (v / 100.0 - e).abs() <= share_tol + 1e-9
                }
                _ => (v - e).abs() <= share_tol + 1e-9,
            }
        })
}

/// Own check that makes every attack on the JSON an attack on every format:
/// each format shows the JSON's perturbed figures (the same noise), rounded:
/// the table, Markdown and HTML to a tenth and whole percents, the CSV to
/// hundredths, the workbook whole. And the hidden population (Bibl B, one
/// person) has no statement row in any of them.
#[test]
fn own_every_format_shows_the_json_figures_rounded() {
    let env = TestEnv::new();
    let (files, _) = lone_targets(&env, &["före".to_string()], 11, 19);
    let by = ["--group-by", "workplace"];
    let r = workshop(&env, &files, &by);
    let g = group(&r, "före", Some("Bibl A"));
    let table = text(&env, &[&["workshop"][..], &by].concat(), &files);
    let md = text(
        &env,
        &[&["workshop", "--format", "md"][..], &by].concat(),
        &files,
    );
    let page = text(
        &env,
        &[&["workshop", "--format", "html"][..], &by].concat(),
        &files,
    );
    let csv_text = text(
        &env,
        &[&["workshop", "--format", "csv"][..], &by].concat(),
        &files,
    );
    let csv_rows: Vec<Vec<&str>> = csv_text.lines().map(|l| l.split(';').collect()).collect();
    for code in CODES {
        let st = statement(g, code);
        let rows: Vec<&str> = table
            .lines()
            .filter(|l| l.starts_with(&format!("│ {code} ")))
            .collect();
        assert_eq!(rows.len(), 1, "{code}: only Bibl A's row");
        let cells: Vec<&str> = rows[0].trim_matches('│').split('┆').skip(1).collect();
        assert!(shows(st, &cells, 0.05, 0.005), "table {code}: {}", rows[0]);
        // The plan draft's rows are "| 501 | Jag kan …": not the statement table's.
        let rows: Vec<&str> = md
            .lines()
            .filter(|l| {
                l.starts_with(&format!("| {code} ")) && !l.starts_with(&format!("| {code} |"))
            })
            .collect();
        assert_eq!(rows.len(), 1, "{code}: only Bibl A's row");
        let cells: Vec<&str> = rows[0].trim_matches('|').split('|').skip(1).collect();
        assert!(shows(st, &cells, 0.05, 0.005), "md {code}: {}", rows[0]);
        let rows: Vec<&str> = page
            .split("<tr>")
            .filter(|r| r.starts_with(&format!("<th scope=\"row\">{code} ")))
            .collect();
        assert_eq!(rows.len(), 1, "{code}: only Bibl A's row");
        let cells: Vec<&str> = rows[0]
            .split("<td")
            .skip(1)
            .map(|c| c.split('>').nth(1).unwrap_or("").trim_end_matches("</td"))
            .collect();
        assert!(shows(st, &cells, 0.05, 0.005), "html {code}: {}", rows[0]);
        let rows: Vec<&Vec<&str>> = csv_rows
            .iter()
            .filter(|r| r.len() > 4 && r[3] == "statement" && r[4] == code)
            .collect();
        assert_eq!(rows.len(), 1, "{code}: only Bibl A's row");
        let r = rows[0];
        let cells = [r[7], r[8], r[9], &r[12..19].join(" "), r[10], r[11]];
        assert!(shows(st, &cells, 0.005, 0.005), "csv {code}: {r:?}");
    }
    assert!(
        table.contains("Bibl B (n = 1)"),
        "the hidden group is named, with its n"
    );
    assert_workbook_shows_the_json(&env, &files, g);
}

fn assert_workbook_shows_the_json(env: &TestEnv, files: &[PathBuf], g: &Value) {
    let book = env.scratch().join("figures.xlsx");
    let out = book.to_str().expect("path");
    run(
        env,
        &["workshop", "--group-by", "workplace", "-o", out],
        files,
    );
    let mut wb: Xlsx<_> = open_workbook(&book).expect("a workbook");
    let sheet = wb.worksheet_range("Påståenden").expect("statements");
    let mut rows = 0;
    for row in sheet.rows().skip(1) {
        assert_eq!(row[0], Data::String("före · Bibl A".into()), "only Bibl A");
        let code = row[1].to_string();
        let f = |c: &Data| match c {
            Data::Float(v) => *v,
            Data::Int(v) => *v as f64,
            other => panic!("a number: {other:?}"),
        };
        let mut shown = vec![f(&row[4]), f(&row[5]), f(&row[6])];
        shown.extend(row[9..16].iter().map(f));
        shown.extend([f(&row[7]), f(&row[8])]);
        let expected = json_row(statement(g, &code));
        assert!(
            shown
                .iter()
                .zip(&expected)
                .all(|(a, b)| (a - b).abs() < 1e-9),
            "xlsx {code}: {shown:?} / {expected:?}"
        );
        rows += 1;
    }
    assert_eq!(rows, 24);
}
