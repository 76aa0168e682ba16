//! Everything a person sees and types: the texts in both languages, number
//! formats, the house style, the screens, standard output, and the prompts (the
//! terminal, the plain line mode, raw mode and signals).

pub mod errors;
pub mod format;
pub mod grid;
pub mod long_table;
mod messages;
pub mod output;
pub mod plain;
pub mod progress_screen;
pub mod prompt;
pub mod rawmode;
pub mod screens;
pub mod signals;
pub mod story;
pub mod style;
pub mod terminal;
pub mod texts;
pub mod texts_cli;
mod texts_html;
pub mod texts_man;
mod texts_prompts;
mod texts_set;
pub mod texts_story;
mod texts_tables;
mod texts_usage;
mod texts_xlsx;
