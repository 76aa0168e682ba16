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

/// A help text's example lines fitted to `width`: a line "  COMMAND  what it
/// does" too long for the width becomes the command on its own line and the
/// description under it, indented and wrapped between words, so a description
/// never wraps back under the commands. Other lines are left as they are.
pub fn fit_examples(text: &str, width: usize) -> String {
    text.lines()
        .map(|line| {
            let body = line.trim_start();
            let indent = line.len() - body.len();
            if textwrap::core::display_width(line) <= width || indent == 0 {
                return line.to_string();
            }
            match body.find("  ") {
                Some(i) => {
                    let (command, what) = (&body[..i], body[i..].trim());
                    let under = " ".repeat(indent + 4);
                    format!(
                        "{}{command}\n{}",
                        &line[..indent],
                        wrap(what, width, &under, &under)
                    )
                }
                // A long command alone: wrapped at its spaces, the rest of it
                // indented under its start.
                None => wrap(body, width, &line[..indent], &" ".repeat(indent + 4)),
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_too_wide_put_the_description_under_the_command() {
        let text =
            "Exempel:\n  digikomp take --plain   rad för rad, för skärmläsare\n  digikomp x   kort";
        assert_eq!(fit_examples(text, 80), text);
        assert_eq!(
            fit_examples(text, 30),
            "Exempel:\n  digikomp take --plain\n      rad för rad, för\n      skärmläsare\n  digikomp x   kort"
        );
    }
}
