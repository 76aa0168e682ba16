//! How text output looks: its width, whether to use colour, whether it is
//! plain (for screen readers: sentences and lists, no drawing), and the house
//! table.

use crate::i18n::texts;
use crate::model::lang::Lang;
use comfy_table::{presets, ContentArrangement, Table};

/// How text output should look: its width, whether to use colour, and whether
/// it is plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Style {
    pub width: u16,
    pub color: bool,
    /// Plain output for screen readers (`--plain`, `DIGIKOMP_PLAIN`, or a dumb
    /// terminal): every table a list of sentences, no box drawing, no bar, no
    /// glyph that carries meaning on its own, no backticks.
    pub plain: bool,
}

impl Style {
    /// Plain text at `width`, without colour.
    pub fn plain(width: u16) -> Self {
        Style {
            width,
            color: false,
            plain: true,
        }
    }

    /// The house style at `width`, without colour.
    pub fn drawn(width: u16) -> Self {
        Style {
            width,
            color: false,
            plain: false,
        }
    }

    /// `text` as this style says it: in plain mode without the glyphs that
    /// only look like something (see [`spoken`]), and an arrow between two
    /// things said as the word for it in `lang` ("före → efter": "före till
    /// efter").
    pub fn say(self, text: &str, lang: Lang) -> String {
        if self.plain {
            let to = format!(" {} ", texts(lang).spoken_to());
            spoken(&text.replace(" → ", &to))
        } else {
            text.to_string()
        }
    }

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

/// `text` for a screen reader: the arrows and bars that mark a change or draw a
/// figure are left out (the sign and the number say it), a sparkline too, the
/// backticks around a command go (read as accents), and "= 0" (no change) is
/// "0". Each line keeps its indent.
pub fn spoken(text: &str) -> String {
    // A command to run next, in backticks, is said without them and with
    // --plain, so that what the user runs next is plain too.
    let mut with_plain = String::with_capacity(text.len() + 8);
    for (i, part) in text.split('`').enumerate() {
        with_plain.push_str(part);
        if i % 2 == 1 && part.starts_with("digikomp ") && !part.contains("--plain") {
            with_plain.push_str(" --plain");
        }
    }
    with_plain
        .split('\n')
        .map(|line| {
            let body = line.trim_start_matches(' ');
            let indent = &line[..line.len() - body.len()];
            // A "…" that opens a line ("… och 5 till") is read out as a word.
            let body = body.strip_prefix("… ").unwrap_or(body);
            let mut kept = String::with_capacity(body.len());
            for c in body.chars() {
                match c {
                    '▲' | '▼' | '`' | '\u{2581}'..='\u{259f}' => {}
                    _ => kept.push(c),
                }
            }
            // A glyph that stood between words leaves two spaces; "= 0" was "= ±0".
            // A prompt's space before the answer stays.
            let trailing = if body.ends_with(' ') { " " } else { "" };
            let words: Vec<&str> = kept.split(' ').filter(|w| !w.is_empty()).collect();
            // A middle dot between parts is read out as a word by some screen
            // readers; a comma is a pause.
            let joined = words.join(" ").replace("= 0", "0").replace(" · ", ", ");
            if joined.is_empty() {
                indent.to_string()
            } else {
                format!("{indent}{joined}{trailing}")
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
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
    fn spoken_text_has_no_drawing() {
        assert_eq!(
            spoken("Δ förra: ▲ +0,5 · Trend: ▅▆"),
            "Δ förra: +0,5, Trend:"
        );
        assert_eq!(spoken("  ▼ −1  (4 → 3)"), "  −1 (4 → 3)");
        assert_eq!(
            spoken("se `digikomp results`."),
            "se digikomp results --plain."
        );
        assert_eq!(spoken("= 0"), "0");
        assert_eq!(
            spoken("Svar (1–7): "),
            "Svar (1–7): ",
            "the prompt's space stays"
        );
        assert_eq!(spoken("  … och 5 till"), "  och 5 till");
        assert_eq!(spoken("högst ±2\n  █████▌ 4,2"), "högst ±2\n  4,2");
    }

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
