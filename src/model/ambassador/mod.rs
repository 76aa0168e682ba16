//! The ambassador's domain: the bundled meeting content ([`content`]), which
//! areas a meeting pack focuses on ([`focus`]), a term of meetings and its log
//! ([`term`]), and collegial learning circles ([`matching`]). No I/O and no
//! user-facing text.

pub mod content;
pub mod focus;
pub mod matching;
pub mod term;
