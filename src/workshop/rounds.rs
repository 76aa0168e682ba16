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

    /// The FROM of each merge that no label in `keys` (labels' keys) matches:
    /// a misspelt --merge would otherwise do nothing, silently.
    pub fn unmatched<'a>(&'a self, keys: &[String]) -> Vec<&'a str> {
        self.0
            .iter()
            .filter(|(from, _)| !keys.contains(from))
            .map(|(from, _)| from.as_str())
            .collect()
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
/// Counted by spelling in one table, so that any number of spellings costs
/// linear time.
#[derive(Debug, Default)]
pub struct Spellings(HashMap<String, Spelling>);

#[derive(Debug)]
struct Spelling {
    key: String,
    count: usize,
    /// When this spelling was first seen, to break a tie by it.
    first: usize,
}

impl Spellings {
    /// Counts `count` uses of one spelling of `key`.
    pub fn add(&mut self, key: &str, spelling: &str, count: usize) {
        let spelling = spelling.split_whitespace().collect::<Vec<_>>().join(" ");
        let first = self.0.len();
        self.0
            .entry(spelling)
            .or_insert_with(|| Spelling {
                key: key.to_string(),
                count: 0,
                first,
            })
            .count += count;
    }

    /// The most common spelling of each key (the first seen on a tie).
    pub fn shown(self) -> HashMap<String, String> {
        let mut best: HashMap<String, (String, usize, usize)> = HashMap::new();
        for (spelling, s) in self.0 {
            let better = |(_, count, first): &(String, usize, usize)| {
                s.count > *count || (s.count == *count && s.first < *first)
            };
            match best.get(&s.key) {
                Some(b) if !better(b) => {}
                _ => {
                    best.insert(s.key, (spelling, s.count, s.first));
                }
            }
        }
        best.into_iter().map(|(k, (s, _, _))| (k, s)).collect()
    }
}

/// How many pairs of rounds are hinted at most: more would drown the report's
/// messages, and the first few show what to merge.
pub const MAX_HINTS: usize = 10;

/// Beyond this many rounds, labels are not compared for small edits: rounds
/// are a handful, and the comparison grows with the square of their number.
const MAX_EDIT_COMPARED: usize = 64;

/// Pairs of round keys (by position in `keys`) that look like one round: one is
/// the start of the other ("före" and "före kursen"), or they are a small edit
/// apart ("efter" and "efterr"). At most [`MAX_HINTS`], and whether there were
/// more. Time n·log n in the number of keys (a sort, and a scan of the keys
/// each key starts) plus, for at most [`MAX_EDIT_COMPARED`] keys, a bounded
/// edit distance of each pair.
pub fn look_alikes(keys: &[&str]) -> (Vec<(usize, usize)>, bool) {
    let mut pairs = Vec::new();
    let mut more = false;
    let mut push = |pair: (usize, usize), pairs: &mut Vec<(usize, usize)>| {
        if pairs.len() < MAX_HINTS {
            pairs.push(pair);
            true
        } else {
            more = true;
            false
        }
    };
    let mut sorted: Vec<usize> = (0..keys.len()).collect();
    sorted.sort_unstable_by(|&a, &b| keys[a].cmp(keys[b]));
    // The keys that start with a key follow it in sorted order.
    'prefix: for (x, &i) in sorted.iter().enumerate() {
        for &j in &sorted[x + 1..] {
            if !keys[j].starts_with(keys[i]) {
                break;
            }
            if keys[j] != keys[i] && !push((i, j), &mut pairs) {
                break 'prefix;
            }
        }
    }
    if keys.len() <= MAX_EDIT_COMPARED {
        'edit: for i in 0..keys.len() {
            for j in i + 1..keys.len() {
                let (a, b) = (keys[i], keys[j]);
                if a == b || a.starts_with(b) || b.starts_with(a) {
                    continue;
                }
                if within_two_edits(a, b) && !push((i, j), &mut pairs) {
                    break 'edit;
                }
            }
        }
    }
    (pairs, more)
}

/// Whether two texts of at least four characters are at most two edits apart
/// (Levenshtein, by characters), computed in a band of five diagonals: time
/// linear in the texts' length.
fn within_two_edits(a: &str, b: &str) -> bool {
    const K: usize = 2;
    let a: Vec<char> = a.chars().collect();
    let b: Vec<char> = b.chars().collect();
    if a.len().min(b.len()) < 4 || a.len().abs_diff(b.len()) > K {
        return false;
    }
    let far = K + 1;
    // row[d] is the distance from a[..i] to b[..i + d - K], for the band's d.
    let mut row = [far; 2 * K + 1];
    for (d, cell) in row.iter_mut().enumerate() {
        if d >= K {
            *cell = d - K;
        }
    }
    for i in 1..=a.len() {
        let mut next = [far; 2 * K + 1];
        for d in 0..next.len() {
            let Some(j) = (i + d).checked_sub(K) else {
                continue;
            };
            if j > b.len() {
                continue;
            }
            let mut best = far;
            if j == 0 {
                best = i;
            } else {
                // Substitution or match: from (i - 1, j - 1), the same diagonal.
                best = best.min(row[d] + usize::from(a[i - 1] != b[j - 1]));
                // Insertion into a: from (i, j - 1), one diagonal down in this row.
                if d > 0 {
                    best = best.min(next[d - 1] + 1);
                }
            }
            // Deletion from a: from (i - 1, j), one diagonal up in the last row.
            if d + 1 < row.len() {
                best = best.min(row[d + 1] + 1);
            }
            next[d] = best.min(far);
        }
        row = next;
    }
    // The distance from all of a to all of b is on diagonal b.len() - a.len().
    let d = (b.len() + K).checked_sub(a.len());
    d.and_then(|d| row.get(d)).is_some_and(|&v| v <= K)
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
            s.add(&round_key(l), l, 1);
        }
        s.add("efter", "Efter", 1);
        s.add("efter", "efter", 1);
        let shown = s.shown();
        assert_eq!(shown["före"], "före");
        assert_eq!(shown["efter"], "Efter", "a tie goes to the first seen");
    }

    #[test]
    fn merges_and_look_alikes() {
        let m = Merges::parse(&["Före kursen=före".into()]).expect("valid");
        assert_eq!(m.resolve("före kursen"), "före");
        assert_eq!(m.resolve("efter"), "efter");
        assert!(Merges::parse(&["före".into()]).is_err());
        let chain = Merges::parse(&["a=b".into(), "b=c".into(), "c=a".into()]).expect("valid");
        assert_eq!(chain.resolve("a"), "c", "a loop stops before it comes back");
        let (pairs, more) = look_alikes(&["före kursen", "före", "efterr", "efter", "vår", "höst"]);
        assert_eq!(pairs, vec![(3, 2), (1, 0)]);
        assert!(!more);
    }

    #[test]
    fn two_edits_by_the_band() {
        // Hand-worked: one substitution, one insertion, two of either, three.
        assert!(within_two_edits("efter", "eftar"));
        assert!(within_two_edits("efter", "efterr"));
        assert!(within_two_edits("efter", "eftrr"));
        assert!(
            within_two_edits("abcdef", "bcdefg"),
            "a deletion and an insertion"
        );
        assert!(!within_two_edits("abcdef", "xyzdef"), "three substitutions");
        assert!(
            !within_two_edits("abcd", "abcdxyz"),
            "three apart in length"
        );
        assert!(!within_two_edits("vår", "vårr"), "too short to compare");
        assert!(within_two_edits("höst", "hösten"));
        assert!(!within_two_edits("höst", "höstens"));
    }

    #[test]
    fn hints_are_capped_and_linear() {
        // 8,000 labels that all start with "a": the hints stop at the cap.
        let keys: Vec<String> = (0..8000).map(|i| format!("a{i}")).collect();
        let mut refs: Vec<&str> = keys.iter().map(String::as_str).collect();
        refs.push("a");
        let (pairs, more) = look_alikes(&refs);
        assert_eq!(pairs.len(), MAX_HINTS);
        assert!(more);
    }
}
