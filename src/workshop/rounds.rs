//! Rounds of a group evaluation: labels compared as people mean them ("Före
//! kursen", "före  kursen " and "FÖRE KURSEN" are one round), joined by
//! `--merge`, each shown with its most common spelling, and a hint where two
//! rounds still look like one.

use std::collections::HashMap;

/// The key a label is compared by: trimmed, runs of white space as one space,
/// lower case (Unicode aware).
pub fn round_key(label: &str) -> String {
    label
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .to_lowercase()
}

/// `--merge FROM=INTO` pairs, by key: records labelled like FROM count as INTO.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Merges(Vec<(String, String)>);

impl Merges {
    /// From `FROM=INTO` texts; `None` for one without `=` or with an empty side.
    pub fn parse(pairs: &[String]) -> Result<Self, String> {
        pairs
            .iter()
            .map(|p| match p.split_once('=') {
                Some((from, into)) if !from.trim().is_empty() && !into.trim().is_empty() => {
                    Ok((round_key(from), round_key(into)))
                }
                _ => Err(p.clone()),
            })
            .collect::<Result<Vec<_>, _>>()
            .map(Merges)
    }

    /// The key a label's key ends up as, after the merges (followed in turn, so
    /// `a=b` and `b=c` put `a` in `c`; a loop stops where it started).
    pub fn resolve(&self, key: &str) -> String {
        let mut current = key.to_string();
        for _ in 0..=self.0.len() {
            match self.0.iter().find(|(from, _)| *from == current) {
                Some((_, into)) if *into != key => current.clone_from(into),
                _ => break,
            }
        }
        current
    }
}

/// The spellings seen per key, to show each round as most people wrote it.
#[derive(Debug, Default)]
pub struct Spellings(HashMap<String, Vec<(String, usize)>>);

impl Spellings {
    /// Counts one spelling of `key`.
    pub fn add(&mut self, key: &str, spelling: &str) {
        let list = self.0.entry(key.to_string()).or_default();
        let spelling = spelling.split_whitespace().collect::<Vec<_>>().join(" ");
        match list.iter_mut().find(|(s, _)| *s == spelling) {
            Some((_, n)) => *n += 1,
            None => list.push((spelling, 1)),
        }
    }

    /// The most common spelling of `key` (the first seen on a tie).
    pub fn shown(&self, key: &str) -> Option<String> {
        let list = self.0.get(key)?;
        let best = list.iter().map(|(_, n)| *n).max()?;
        list.iter()
            .find(|(_, n)| *n == best)
            .map(|(s, _)| s.clone())
    }
}

/// Whether two round keys look like one round: one is the start of the other
/// ("före" and "före kursen"), or they are a small edit apart ("efter" and
/// "efterr").
pub fn look_alike(a: &str, b: &str) -> bool {
    if a == b {
        return false;
    }
    if a.starts_with(b) || b.starts_with(a) {
        return true;
    }
    let (la, lb) = (a.chars().count(), b.chars().count());
    la.min(lb) >= 4 && la.abs_diff(lb) <= 2 && edit_distance(a, b) <= 2
}

/// The Levenshtein distance between two short texts, by characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut prev = row[0];
        row[0] = i + 1;
        for (j, &cb) in b.iter().enumerate() {
            let cost = usize::from(ca != cb);
            let next = (row[j + 1] + 1).min(row[j] + 1).min(prev + cost);
            prev = row[j + 1];
            row[j + 1] = next;
        }
    }
    row[b.len()]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_are_compared_as_people_mean_them() {
        assert_eq!(round_key("  Före   kursen "), "före kursen");
        assert_eq!(round_key("FÖRE KURSEN"), "före kursen");
        let mut s = Spellings::default();
        for l in ["före", "Före", "före"] {
            s.add(&round_key(l), l);
        }
        assert_eq!(s.shown("före").as_deref(), Some("före"));
    }

    #[test]
    fn merges_and_look_alikes() {
        let m = Merges::parse(&["Före kursen=före".into()]).expect("valid");
        assert_eq!(m.resolve("före kursen"), "före");
        assert_eq!(m.resolve("efter"), "efter");
        assert!(Merges::parse(&["före".into()]).is_err());
        let chain = Merges::parse(&["a=b".into(), "b=c".into(), "c=a".into()]).expect("valid");
        assert_eq!(chain.resolve("a"), "c", "a loop stops before it comes back");
        assert!(look_alike("före kursen", "före"));
        assert!(look_alike("efterr", "efter"));
        assert!(!look_alike("före", "efter"));
        assert!(!look_alike("vår", "höst"));
    }
}
