//! Everything digikomp shows, as text: the screens of the personal commands, the
//! tables that stay readable at any width, the result's story, and numbers as
//! people read them. Pure functions of their inputs and the width, so every screen
//! can be snapshot-tested; writing them out is `term`'s.

pub mod ambassador;
pub mod format;
pub mod grid;
pub mod learn;
pub mod long_table;
pub mod plan;
pub mod progress;
pub mod screens;
pub mod story;
pub mod style;
