//! digikomp: a digital-competence self-assessment for public-library staff.
//!
//! The binary is a thin shell over this library: [`cli`] parses, [`app`] runs.

pub mod app;
pub mod attempt;
pub mod cli;
pub mod error;
pub mod exchange;
pub mod export;
pub mod history;
pub mod lang;
pub mod parallel;
pub mod plain;
pub mod plan;
pub mod planning;
pub mod progress;
pub mod prompt;
pub mod questions;
pub mod render;
pub mod storage;
pub mod take;
pub mod texts;
pub mod workshop;
pub mod workshop_report;
