//! Everything a person sees and types: the texts in both languages, number
//! formats, the house style, the screens, standard output, and the prompts (the
//! terminal, the plain line mode, raw mode and signals).

pub mod errors;
pub mod format;
pub mod grid;
mod messages;
pub mod output;
pub mod plain;
pub mod prompt;
pub mod rawmode;
pub mod screens;
pub mod signals;
pub mod style;
pub mod terminal;
pub mod texts;
pub mod texts_cli;
mod texts_html;
