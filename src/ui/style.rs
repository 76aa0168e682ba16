//! How text output looks: its width, whether to use colour, and the house table.

use comfy_table::{presets, ContentArrangement, Table};

/// How text output should look: its width, and whether to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub width: u16,
    pub color: bool,
}

impl Style {
    /// A table in the house style at this width.
    pub fn table(self) -> Table {
        let mut table = Table::new();
        table
            .load_preset(presets::UTF8_FULL_CONDENSED)
            .apply_modifier(comfy_table::modifiers::UTF8_ROUND_CORNERS)
            .set_content_arrangement(ContentArrangement::Dynamic)
            .set_width(self.width);
        if self.color {
            table.enforce_styling();
        } else {
            table.force_no_tty();
        }
        table
    }

    /// A heading, wrapped between words at the width: bold when colour is on.
    pub fn heading(self, text: &str) -> String {
        let lines = wrap(text, self.wrap_width(), "", "");
        if self.color {
            lines
                .lines()
                .map(|l| format!("\x1b[1m{l}\x1b[0m"))
                .collect::<Vec<_>>()
                .join("\n")
        } else {
            lines
        }
    }

    /// The width text is wrapped to.
    pub fn wrap_width(self) -> usize {
        usize::from(self.width.max(30))
    }

    /// `text` wrapped to the width, the first line after `first`, the others after
    /// `rest`, ending with a newline.
    pub fn wrapped(self, text: &str, first: &str, rest: &str) -> String {
        let mut out = wrap(text, self.wrap_width(), first, rest);
        out.push('\n');
        out
    }
}

/// `text` wrapped to `width` columns, the first line after `first`, the others
/// after `rest`. Lines break only between words: never inside a word, at a hyphen
/// ("e-legitimation"), in a number, a date or a URL; a word longer than the width
/// gets a line of its own.
pub fn wrap(text: &str, width: usize, first: &str, rest: &str) -> String {
    let options = textwrap::Options::new(width)
        .initial_indent(first)
        .subsequent_indent(rest)
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(false);
    textwrap::fill(text, options)
}
