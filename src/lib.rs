//! digikomp: a digital-competence self-assessment for public-library staff.
//!
//! The binary is a thin shell over this library. Data flows one way, from the
//! command line down to the domain; each layer uses only the ones below it:
//!
//! - [`cli`]: clap types, turned into plain options, with help in the user's language;
//! - [`commands`]: one module per command, all run with one [`commands::Context`];
//!   a command never uses another command;
//! - [`report`]: the file formats, one exporter each, for the personal export and
//!   the group report;
//! - [`term`]: the terminal: standard output and error, prompts, raw mode, signals
//!   and the plain line mode;
//! - [`render`]: screens, tables, the result's story and number formats, as text;
//! - [`i18n`]: the catalogue of every sentence in every language (Fluent files in
//!   `i18n/`), and errors said in the user's language;
//! - [`workshop`]: reading other people's exports, and the group's figures;
//! - [`store`]: the data directory, atomic writes and bounded, versioned reads;
//! - [`model`]: the domain itself, with no I/O and no user-facing text;
//! - [`error`]: the failures that decide the exit code.

pub mod cli;
pub mod commands;
pub mod error;
pub mod i18n;
pub mod model;
pub mod render;
pub mod report;
pub mod store;
pub mod term;
pub mod workshop;
