//! The records read from exports, kept compact: one row of ratings per record in
//! one array (a rating is one byte, an unanswered statement is `None` in the same
//! byte), and the texts that repeat (respondents, group names) kept once and
//! referred to by number. So memory grows with the records' ratings and the
//! distinct respondents, not with the bytes of the files.

use crate::model::record::RecordDate;
use hashbrown::HashTable;
use std::num::NonZeroU8;

/// A rating (1–10; never 0), or `None` where the statement was not answered.
pub type Cell = Option<NonZeroU8>;

/// Texts kept once each, numbered in the order first seen: their bytes one after
/// another in one string (no allocation per text), found by hash. Each text's
/// hash is kept, so that joining the texts of another store with the same key
/// never hashes them again.
#[derive(Debug, Clone)]
pub struct Interner {
    bytes: String,
    /// Where each text ends in `bytes`, by number.
    ends: Vec<usize>,
    /// Each text's hash, by number.
    hashes: Vec<u64>,
    /// The numbers, found by hash.
    table: HashTable<u32>,
    keys: ahash::RandomState,
    /// The hash of a fixed value: two stores with equal ones share a key.
    fingerprint: u64,
}

impl Interner {
    /// No texts yet, hashed with `keys`.
    fn with_keys(keys: ahash::RandomState) -> Self {
        Interner {
            bytes: String::new(),
            ends: Vec::new(),
            hashes: Vec::new(),
            table: HashTable::new(),
            fingerprint: keys.hash_one(0u8),
            keys,
        }
    }

    /// An empty store with this one's key.
    fn sibling(&self) -> Self {
        Interner::with_keys(self.keys.clone())
    }

    /// The number of `text`, adding it when new.
    pub fn intern(&mut self, text: &str) -> u32 {
        self.intern_hashed(text, self.keys.hash_one(text))
    }

    fn intern_hashed(&mut self, text: &str, hash: u64) -> u32 {
        let Interner {
            bytes,
            ends,
            hashes,
            table,
            ..
        } = self;
        let text_of = |id: u32| {
            let id = id as usize;
            &bytes[id.checked_sub(1).map_or(0, |p| ends[p])..ends[id]]
        };
        if let Some(&id) = table.find(hash, |&id| text_of(id) == text) {
            return id;
        }
        let id = u32::try_from(ends.len()).unwrap_or(u32::MAX);
        table.insert_unique(hash, id, |&id| hashes[id as usize]);
        bytes.push_str(text);
        ends.push(bytes.len());
        hashes.push(hash);
        id
    }

    /// The text of a number.
    pub fn text(&self, id: u32) -> &str {
        let id = id as usize;
        match self.ends.get(id) {
            Some(&end) => &self.bytes[id.checked_sub(1).map_or(0, |p| self.ends[p])..end],
            None => "",
        }
    }

    /// How many distinct texts.
    pub fn len(&self) -> usize {
        self.ends.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.ends.is_empty()
    }

    /// Adds the texts of `other`; the numbers they have here, by their numbers there.
    fn join(&mut self, other: &Interner) -> Vec<u32> {
        let same_key = self.fingerprint == other.fingerprint;
        self.table
            .reserve(other.len(), |&id| self.hashes[id as usize]);
        (0..other.len())
            .map(|i| {
                let text = other.text(i as u32);
                let hash = if same_key {
                    other.hashes[i]
                } else {
                    self.keys.hash_one(text)
                };
                self.intern_hashed(text, hash)
            })
            .collect()
    }
}

/// What a record is besides its ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    /// The respondent's number in [`Rows::respondents`].
    pub respondent: u32,
    /// The number of the record's label (its round) in [`Rows::rounds`]; `None`
    /// without one.
    pub round: Option<u32>,
    /// The number of the record's role or workplace (what the report is grouped
    /// by within a round) in [`Rows::groups`]; `None` without such a breakdown or
    /// a value.
    pub group: Option<u32>,
    pub date: Option<RecordDate>,
    /// The attempt id, hashed with a key chosen at random for this run: equal ids
    /// of one respondent are one attempt (a file given twice).
    pub attempt: u64,
    /// Which of the files read the record came from.
    pub file: u32,
    /// A leader's record whose export shares it by name in the perspective
    /// report (`export --share-leader-view`).
    pub shared: bool,
}

/// Every record read: ratings in one array, `stride` per record.
#[derive(Debug, Clone)]
pub struct Rows {
    pub stride: usize,
    ratings: Vec<Cell>,
    pub meta: Vec<Meta>,
    pub respondents: Interner,
    pub rounds: Interner,
    pub groups: Interner,
    /// The key the attempt ids are hashed with.
    keys: ahash::RandomState,
}

impl Rows {
    /// No records yet, for a set of `stride` statements.
    pub fn new(stride: usize) -> Self {
        let keys = ahash::RandomState::new();
        Rows {
            stride,
            ratings: Vec::new(),
            meta: Vec::new(),
            respondents: Interner::with_keys(keys.clone()),
            rounds: Interner::with_keys(keys.clone()),
            groups: Interner::with_keys(keys.clone()),
            keys,
        }
    }

    /// How many records.
    pub fn len(&self) -> usize {
        self.meta.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.meta.is_empty()
    }

    /// The ratings of record `i`, by statement position.
    pub fn ratings(&self, i: usize) -> &[Cell] {
        &self.ratings[i * self.stride..(i + 1) * self.stride]
    }

    /// The hash of an attempt id of one respondent.
    pub fn attempt_key(&self, attempt: &str) -> u64 {
        self.keys.hash_one(attempt)
    }

    /// A hash of what record `i` says (its ratings, date, round and group),
    /// with this run's key: equal records have equal ones.
    pub fn content_key(&self, i: usize) -> u64 {
        let m = &self.meta[i];
        self.keys
            .hash_one((self.ratings(i), m.date, m.round, m.group))
    }

    /// Whether records `i` and `j` say the same (see [`Rows::content_key`]).
    pub fn same_content(&self, i: usize, j: usize) -> bool {
        let (a, b) = (&self.meta[i], &self.meta[j]);
        self.ratings(i) == self.ratings(j)
            && (a.date, a.round, a.group) == (b.date, b.round, b.group)
    }

    /// Adds a record.
    pub fn push(&mut self, meta: Meta, ratings: &[Cell]) {
        debug_assert_eq!(ratings.len(), self.stride);
        self.meta.push(meta);
        self.ratings.extend_from_slice(ratings);
    }

    /// Forgets the records from `len` on: a file that fails half-way adds nothing.
    pub fn truncate(&mut self, len: usize) {
        self.meta.truncate(len);
        self.ratings.truncate(len * self.stride);
    }

    /// Forgets the records from `from` on for which `drop` holds, keeping the
    /// others in order; how many went.
    pub fn drop_from(&mut self, from: usize, drop: impl Fn(&Meta) -> bool) -> usize {
        let mut to = from;
        for i in from..self.len() {
            if drop(&self.meta[i]) {
                continue;
            }
            if to != i {
                self.meta[to] = self.meta[i];
                self.ratings
                    .copy_within(i * self.stride..(i + 1) * self.stride, to * self.stride);
            }
            to += 1;
        }
        let gone = self.len() - to;
        self.truncate(to);
        gone
    }

    /// Adds every record of `other` (read from another file, maybe on another
    /// thread), renumbering its texts. Into an empty store, `other` is moved.
    pub fn append(&mut self, other: Rows) {
        if self.is_empty()
            && self.respondents.is_empty()
            && self.rounds.is_empty()
            && self.groups.is_empty()
        {
            // Its attempt keys stay comparable: a sibling shares this store's key.
            *self = other;
            return;
        }
        let respondents = self.respondents.join(&other.respondents);
        let rounds = self.rounds.join(&other.rounds);
        let groups = self.groups.join(&other.groups);
        self.meta.extend(other.meta.iter().map(|m| Meta {
            respondent: respondents[m.respondent as usize],
            round: m.round.map(|r| rounds[r as usize]),
            group: m.group.map(|g| groups[g as usize]),
            ..*m
        }));
        self.ratings.extend_from_slice(&other.ratings);
    }

    /// A store that shares this one's hash key, for reading another file into.
    #[must_use]
    pub fn sibling(&self) -> Self {
        Rows {
            stride: self.stride,
            ratings: Vec::new(),
            meta: Vec::new(),
            respondents: self.respondents.sibling(),
            rounds: self.rounds.sibling(),
            groups: self.groups.sibling(),
            keys: self.keys.clone(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn texts_once_and_records_appended_in_order() {
        let mut a = Rows::new(2);
        let r = a.respondents.intern("r1");
        assert_eq!(a.respondents.intern("r1"), r);
        let cell = NonZeroU8::new(4);
        let meta = |respondent, attempt| Meta {
            respondent,
            round: None,
            group: None,
            date: None,
            attempt,
            file: 0,
            shared: false,
        };
        a.push(meta(r, a.attempt_key("x")), &[cell, None]);
        let mut b = a.sibling();
        let other = b.respondents.intern("r2");
        let same = b.respondents.intern("r1");
        b.push(meta(other, b.attempt_key("y")), &[None, cell]);
        b.push(meta(same, b.attempt_key("x")), &[cell, cell]);
        a.append(b);
        assert_eq!(a.len(), 3);
        assert_eq!(a.respondents.len(), 2);
        assert_eq!(a.meta[2].respondent, r, "r1 is one respondent");
        assert_eq!(a.meta[2].attempt, a.meta[0].attempt, "one key for both");
        assert_eq!(a.ratings(1), &[None, cell]);
        let r2 = a.respondents.intern("r2");
        assert_eq!(a.drop_from(1, |m| m.respondent == r2), 1);
        assert_eq!(a.len(), 2);
        assert_eq!(a.ratings(1), &[cell, cell], "the later record moved up");
        a.truncate(1);
        assert_eq!(a.len(), 1);
    }

    #[test]
    fn texts_of_a_store_with_another_key_are_found_again() {
        let mut a = Rows::new(1);
        let mut b = Rows::new(1);
        let meta = |respondent| Meta {
            respondent,
            round: None,
            group: None,
            date: None,
            attempt: 0,
            file: 0,
            shared: false,
        };
        let r1 = a.respondents.intern("r1");
        a.push(meta(r1), &[None]);
        let r2 = b.respondents.intern("r2");
        let again = b.respondents.intern("r1");
        b.push(meta(r2), &[None]);
        b.push(meta(again), &[None]);
        a.append(b);
        assert_eq!(a.respondents.len(), 2);
        assert_eq!(
            a.meta[2].respondent, r1,
            "rehashed with a's key, r1 is found"
        );
        assert_eq!(a.respondents.text(a.meta[1].respondent), "r2");
        assert_eq!(a.respondents.intern("r2"), a.meta[1].respondent);
        assert_eq!(a.respondents.text(7), "", "a number never given");
    }
}
