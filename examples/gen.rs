//! Deterministic generator of realistic synthetic data for the benchmarks.
//!
//! ```sh
//! cargo run --release --example gen -- attempts 1000 DIR   # 1000 attempts in data dir DIR
//! cargo run --release --example gen -- csv 15000 FILE      # one workshop CSV of 15000 records
//! cargo run --release --example gen -- json 15000 DIR      # the same as one JSON export per respondent
//! ```
//!
//! `--seed N` (default 1) picks the data; the same seed gives the same bytes.
//! Respondents answer three rounds ("omgång 1" … "omgång 3"), three records
//! each (`--one-round`: the same records without labels, so that a report has
//! one round and keeps each person's latest record, the benchmark's work); a person's ratings follow their own level per area, plus noise, and rise a
//! little from round to round, as after a course.

use chrono::{Duration, FixedOffset, TimeZone};
use digikomp::model::attempt::{Answers, Attempt, SetRef, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION};
use digikomp::model::lang::Lang;
use digikomp::model::question_set::QuestionSet;
use digikomp::model::record::{Record, RecordDate};
use digikomp::model::score::score;
use digikomp::render::style::Style;
use digikomp::report::format::Format;
use digikomp::report::{Personal, RenderCtx};
use std::path::Path;

/// SplitMix64: small, fast and the same on every platform.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in [0, 1).
    fn unit(&mut self) -> f64 {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64
    }

    /// Roughly normal (sum of four uniforms), mean 0, sd about 1.
    fn normal(&mut self) -> f64 {
        ((0..4).map(|_| self.unit()).sum::<f64>() - 2.0) * 1.73
    }

    fn hex(&mut self, n: usize) -> String {
        let mut s = format!("{:016x}{:016x}", self.next(), self.next());
        s.truncate(n);
        s
    }
}

fn uuid(rng: &mut Rng) -> String {
    let h = rng.hex(32);
    format!(
        "{}-{}-4{}-8{}-{}",
        &h[..8],
        &h[8..12],
        &h[13..16],
        &h[17..20],
        &h[20..32]
    )
}

/// One respondent's answers in `round` (0-based).
fn answers(set: &QuestionSet, rng: &mut Rng, levels: &[f64], round: usize) -> Answers {
    set.statements
        .iter()
        .map(|s| {
            let level = levels[usize::from(s.area()).saturating_sub(1) % levels.len()];
            let v = (level + 0.35 * round as f64 + 0.9 * rng.normal())
                .round()
                .clamp(1.0, 7.0);
            (s.code, v as u8)
        })
        .collect()
}

fn records(set: &QuestionSet, n: usize, rng: &mut Rng) -> Vec<Vec<Record>> {
    let roles = [
        "bibliotekarie",
        "biblioteksassistent",
        "chef",
        "barnbibliotekarie",
    ];
    let workplaces = [
        "Stadsbiblioteket",
        "Filial Norr",
        "Filial Söder",
        "Länsbiblioteket",
    ];
    let people = n.div_ceil(3);
    let mut out = Vec::with_capacity(people);
    let mut left = n;
    for p in 0..people {
        let levels: Vec<f64> = (0..5).map(|_| 3.6 + 1.1 * rng.normal()).collect();
        let respondent = format!("r-{}", rng.hex(12));
        let rounds = left.min(3);
        left -= rounds;
        let mut mine = Vec::new();
        for round in 0..rounds {
            let a = answers(set, rng, &levels, round);
            let sc = score(set, &a);
            mine.push(Record {
                respondent: respondent.clone(),
                attempt_id: uuid(rng),
                date: RecordDate::parse(&format!(
                    "202{}-0{}-15",
                    4 + round / 2,
                    3 + 4 * (round % 2)
                )),
                label: Some(format!("omgång {}", round + 1)),
                workplace: Some(workplaces[p % workplaces.len()].to_string()),
                role: Some(roles[(p / 7) % roles.len()].to_string()),
                question_set: SetRef::of(set),
                study: None,
                area_means: sc
                    .areas
                    .iter()
                    .map(|m| (m.area, (m.mean * 100.0).round() / 100.0))
                    .collect(),
                answers: a,
                abstained: digikomp::model::attempt::Abstained::new(),
                share_leader_view: false,
            });
        }
        out.push(mine);
    }
    out
}

/// The records as a file in `format`, as `digikomp export` writes it.
fn write(set: &QuestionSet, format: &str, records: &[Record]) -> anyhow::Result<Vec<u8>> {
    let cx = RenderCtx {
        set,
        lang: Lang::SV,
        style: Style::drawn(80),
        delimiter: b';',
    };
    let doc = Personal {
        records,
        plans: None,
        learning: None,
    };
    let exporter = Format::named(format)
        .and_then(|f| f.personal)
        .ok_or_else(|| anyhow::anyhow!("no format {format}"))?;
    exporter.write(&doc, &cx)
}

fn main() -> anyhow::Result<()> {
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let mut seed = 1u64;
    let one_round = args.iter().any(|a| a == "--one-round");
    args.retain(|a| a != "--one-round");
    if let Some(i) = args.iter().position(|a| a == "--seed") {
        seed = args.get(i + 1).and_then(|s| s.parse().ok()).unwrap_or(1);
        args.drain(i..=(i + 1).min(args.len() - 1));
    }
    let [what, n, target] = args.as_slice() else {
        anyhow::bail!("usage: gen [--seed N] [--one-round] attempts|csv|json COUNT PATH");
    };
    let n: usize = n.parse()?;
    let set = QuestionSet::bundled();
    let mut rng = Rng(seed);
    let target = Path::new(target);
    match what.as_str() {
        "attempts" => {
            let dir = target.join("attempts");
            std::fs::create_dir_all(&dir)?;
            let levels: Vec<f64> = (0..5).map(|_| 3.5 + rng.normal()).collect();
            let tz = FixedOffset::east_opt(3600).expect("offset");
            let start = tz
                .with_ymd_and_hms(2020, 1, 6, 9, 0, 0)
                .single()
                .expect("time");
            for i in 0..n {
                let at = start + Duration::days(i64::try_from(i)? * 3);
                let a = Attempt {
                    kind: ATTEMPT_KIND.into(),
                    schema_version: ATTEMPT_SCHEMA_VERSION,
                    id: uuid(&mut rng),
                    started_at: at,
                    finished_at: at + Duration::minutes(11),
                    question_set: SetRef::of(&set),
                    lang: Lang::SV,
                    label: (i % 10 == 0).then(|| format!("omgång {}", i / 10 + 1)),
                    answers: answers(&set, &mut rng, &levels, (i * 3) / n.max(1)),
                    abstained: digikomp::model::attempt::Abstained::new(),
                };
                let name = format!(
                    "{}-{}.json",
                    a.finished_at.naive_utc().format("%Y%m%dT%H%M%SZ"),
                    &a.id[..8]
                );
                std::fs::write(dir.join(name), serde_json::to_vec_pretty(&a)?)?;
            }
        }
        "csv" => {
            let mut all: Vec<Record> = records(&set, n, &mut rng).into_iter().flatten().collect();
            if one_round {
                for r in &mut all {
                    r.label = None;
                }
            }
            let bytes = write(&set, "csv", &all)?;
            std::fs::write(target, bytes)?;
        }
        "json" => {
            std::fs::create_dir_all(target)?;
            for (i, mine) in records(&set, n, &mut rng).into_iter().enumerate() {
                let bytes = write(&set, "json", &mine)?;
                std::fs::write(target.join(format!("p{i:06}.json")), bytes)?;
            }
        }
        other => anyhow::bail!("unknown kind '{other}': use attempts, csv or json"),
    }
    Ok(())
}
