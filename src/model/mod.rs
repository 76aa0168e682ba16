//! The domain: question sets, statement codes, attempts and their scores, the
//! progression over attempts, action plans, the profile, export records,
//! statistics, and the ambassador's content, term, log and learning circles.
//! Pure data and functions: no files, no terminal, no user-facing text.

pub mod ambassador;
pub mod answers;
pub mod attempt;
pub mod code;
pub mod lang;
pub mod leaders;
pub mod learning;
pub mod lookup;
pub mod plan;
pub mod profile;
pub mod progress;
pub mod pseudonym;
pub mod question_set;
pub mod record;
pub mod score;
pub mod stats;
pub mod text;
