//! The records read from exports, kept compact: one row of ratings per record in
//! one array (a rating is one byte, an unanswered statement is `None` in the same
//! byte), and the texts that repeat (respondents, group names) kept once and
//! referred to by number. So memory grows with the records' ratings and the
//! distinct respondents, not with the bytes of the files.

use crate::model::record::RecordDate;
use ahash::AHashMap;
use std::num::NonZeroU8;

/// A rating (1–10; never 0), or `None` where the statement was not answered.
pub type Cell = Option<NonZeroU8>;

/// Texts kept once each, numbered in the order first seen.
#[derive(Debug, Default, Clone)]
pub struct Interner {
    ids: AHashMap<Box<str>, u32>,
    texts: Vec<Box<str>>,
}

impl Interner {
    /// The number of `text`, adding it when new.
    pub fn intern(&mut self, text: &str) -> u32 {
        if let Some(&id) = self.ids.get(text) {
            return id;
        }
        let id = u32::try_from(self.texts.len()).unwrap_or(u32::MAX);
        self.ids.insert(text.into(), id);
        self.texts.push(text.into());
        id
    }

    /// The text of a number.
    pub fn text(&self, id: u32) -> &str {
        self.texts.get(id as usize).map_or("", |t| t)
    }

    /// How many distinct texts.
    pub fn len(&self) -> usize {
        self.texts.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.texts.is_empty()
    }
}

/// What a record is besides its ratings.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Meta {
    /// The respondent's number in [`Rows::respondents`].
    pub respondent: u32,
    /// The number of the record's label, role or workplace (what the report is
    /// grouped by) in [`Rows::groups`]; `None` without a breakdown or a value.
    pub group: Option<u32>,
    pub date: Option<RecordDate>,
    /// The attempt id, hashed with a key chosen at random for this run: equal ids
    /// of one respondent are one attempt (a file given twice).
    pub attempt: u64,
    /// Which of the files read the record came from.
    pub file: u32,
}

/// Every record read: ratings in one array, `stride` per record.
#[derive(Debug, Clone)]
pub struct Rows {
    pub stride: usize,
    ratings: Vec<Cell>,
    pub meta: Vec<Meta>,
    pub respondents: Interner,
    pub groups: Interner,
    /// The key the attempt ids are hashed with.
    keys: ahash::RandomState,
}

impl Rows {
    /// No records yet, for a set of `stride` statements.
    pub fn new(stride: usize) -> Self {
        Rows {
            stride,
            ratings: Vec::new(),
            meta: Vec::new(),
            respondents: Interner::default(),
            groups: Interner::default(),
            keys: ahash::RandomState::new(),
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

    /// Adds every record of `other` (read from another file, maybe on another
    /// thread), renumbering its texts.
    pub fn append(&mut self, other: &Rows) {
        let respondents: Vec<u32> = (0..other.respondents.len())
            .map(|i| self.respondents.intern(other.respondents.text(i as u32)))
            .collect();
        let groups: Vec<u32> = (0..other.groups.len())
            .map(|i| self.groups.intern(other.groups.text(i as u32)))
            .collect();
        self.meta.reserve(other.len());
        for (i, m) in other.meta.iter().enumerate() {
            self.meta.push(Meta {
                respondent: respondents[m.respondent as usize],
                group: m.group.map(|g| groups[g as usize]),
                // Rehashed with this store's key, so that ids from both compare.
                attempt: m.attempt,
                ..*m
            });
            self.ratings.extend_from_slice(other.ratings(i));
        }
    }

    /// A store that shares this one's hash key, for reading another file into.
    #[must_use]
    pub fn sibling(&self) -> Self {
        Rows {
            keys: self.keys.clone(),
            ..Rows::new(self.stride)
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
            group: None,
            date: None,
            attempt,
            file: 0,
        };
        a.push(meta(r, a.attempt_key("x")), &[cell, None]);
        let mut b = a.sibling();
        let other = b.respondents.intern("r2");
        let same = b.respondents.intern("r1");
        b.push(meta(other, b.attempt_key("y")), &[None, cell]);
        b.push(meta(same, b.attempt_key("x")), &[cell, cell]);
        a.append(&b);
        assert_eq!(a.len(), 3);
        assert_eq!(a.respondents.len(), 2);
        assert_eq!(a.meta[2].respondent, r, "r1 is one respondent");
        assert_eq!(a.meta[2].attempt, a.meta[0].attempt, "one key for both");
        assert_eq!(a.ratings(1), &[None, cell]);
        a.truncate(1);
        assert_eq!(a.len(), 1);
    }
}
