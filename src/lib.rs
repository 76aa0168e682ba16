//! digikomp: a digital-competence self-assessment for public-library staff.
//!
//! The binary is a thin shell over this library. Data flows one way, from the
//! command line down to the domain:
//!
//! - [`cli`]: clap types, turned into plain options;
//! - [`commands`]: one module per command, all run with one [`commands::Context`];
//! - [`report`]: one exporter per file format, for the personal export and the group report;
//! - [`workshop`]: reading other people's exports, and the group's figures;
//! - [`ui`]: texts in both languages, number formats, screens and prompts;
//! - [`store`]: the data directory, atomic writes and bounded, versioned reads;
//! - [`model`]: the domain itself, with no I/O and no user-facing text;
//! - [`error`]: the failures that decide the exit code.

pub mod cli;
pub mod commands;
pub mod error;
pub mod model;
pub mod report;
pub mod store;
pub mod ui;
pub mod workshop;
