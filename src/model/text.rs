//! Text that came from outside digikomp (other people's files, hand-edited data,
//! a region's question set) made safe to show: control characters and the
//! invisible characters that reorder text are written out as visible escapes, so
//! that no file can move the cursor, set a terminal's clipboard, or make a line
//! read backwards.

use std::borrow::Cow;
use std::fmt::Write as _;

/// The longest a short text (a label, a workplace, a role, a goal, an id) may
/// be, in characters: enough for any name, and a bound on what other people's
/// files can make digikomp hold, compare and show.
pub const MAX_TEXT_CHARS: usize = 200;

/// Whether `text` is longer than [`MAX_TEXT_CHARS`] characters (its bytes
/// decide most texts without counting).
pub fn too_long(text: &str) -> bool {
    text.len() > MAX_TEXT_CHARS
        && (text.len() > 4 * MAX_TEXT_CHARS || text.chars().count() > MAX_TEXT_CHARS)
}

/// Whether `c` must not reach a terminal or a report as it is: C0 and C1 control
/// characters, DEL, the bidirectional controls, the line and paragraph
/// separators, every format character (General Category Cf: soft hyphen,
/// Arabic number signs, Egyptian hieroglyph controls, …), every character
/// Unicode says a renderer may draw as nothing (`Default_Ignorable_Code_Point`:
/// zero-width and filler characters, variation selectors, tag characters, …),
/// the blank Braille pattern and the blank musical symbol, and interlinear
/// annotation, which hides text. Any of them would let two names look alike but
/// differ, or text read otherwise than it sorts.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{00ad}'
                | '\u{034f}'
                | '\u{0600}'..='\u{0605}'
                | '\u{061c}'
                | '\u{06dd}'
                | '\u{070f}'
                | '\u{0890}'..='\u{0891}'
                | '\u{08e2}'
                | '\u{115f}'..='\u{1160}'
                | '\u{17b4}'..='\u{17b5}'
                | '\u{180b}'..='\u{180f}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{206f}'
                | '\u{2800}'
                | '\u{3164}'
                | '\u{fe00}'..='\u{fe0f}'
                | '\u{feff}'
                | '\u{ffa0}'
                | '\u{fff0}'..='\u{fffb}'
                | '\u{110bd}'
                | '\u{110cd}'
                | '\u{13430}'..='\u{1343f}'
                | '\u{1bca0}'..='\u{1bca3}'
                | '\u{1d159}'
                | '\u{1d173}'..='\u{1d17a}'
                | '\u{e0000}'..='\u{e0fff}'
        )
}

/// `text` on one line, with every unsafe character (newlines and tabs included)
/// written as `\u{1b}`.
pub fn visible(text: &str) -> Cow<'_, str> {
    escape(text, |_| true)
}

/// Like [`visible`], but newlines stay: for messages of several lines.
pub fn visible_lines(text: &str) -> Cow<'_, str> {
    escape(text, |c| c != '\n')
}

/// A name from someone else's file as it is compared and shown: composed to
/// one form (Unicode NFC: an "ö" typed as "o" and a combining diaeresis is the
/// "ö" of every other file), then made visible. Two names that look the same
/// are then the same, or differ visibly.
pub fn name_of(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let composed: String = if unicode_normalization::is_nfc(text) {
        text.to_string()
    } else {
        text.nfc().collect()
    };
    visible(&composed).into_owned()
}

/// Makes a stored text visible in place (see [`visible`]).
pub fn make_visible(text: &mut String) {
    if let Cow::Owned(safe) = visible(text) {
        *text = safe;
    }
}

/// Makes an optional stored text visible in place.
pub fn make_visible_opt(text: &mut Option<String>) {
    if let Some(t) = text {
        make_visible(t);
    }
}

fn escape(text: &str, also: impl Fn(char) -> bool) -> Cow<'_, str> {
    if !text.chars().any(|c| is_unsafe(c) && also(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if is_unsafe(c) && also(c) {
            let _ = write!(out, "\\u{{{:x}}}", u32::from(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// `text` as one word in double quotes for a command to paste, when it holds
/// only letters, digits, spaces and a few plain marks: then it is one word
/// alike in bash, zsh, fish, PowerShell and cmd. `None` for anything else:
/// quoting rules differ between shells (fish reads `\'` inside single quotes,
/// PowerShell takes curly quotes for straight ones, cmd none at all), and a
/// hint must never paste into a command that runs something.
pub fn shell_word(text: &str) -> Option<String> {
    let plain = |c: char| c.is_alphanumeric() || " -_.,:/+@".contains(c);
    text.chars().all(plain).then(|| format!("\"{text}\""))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_are_shown_not_obeyed() {
        assert_eq!(visible("före kursen"), "före kursen");
        assert!(matches!(visible("före kursen"), Cow::Borrowed(_)));
        assert_eq!(
            visible("a\u{1b}]52;c;aGk=\u{7}b"),
            "a\\u{1b}]52;c;aGk=\\u{7}b"
        );
        assert_eq!(visible("\u{202e}gnp.exe"), "\\u{202e}gnp.exe");
        assert_eq!(visible("a\nb\tc\0"), "a\\u{a}b\\u{9}c\\u{0}");
        assert_eq!(visible_lines("a\nb\u{9b}"), "a\nb\\u{9b}");
        assert_eq!(visible("\u{7f}"), "\\u{7f}");
        // Characters drawn as nothing: two names that would look the same differ.
        assert_eq!(visible("Fö\u{ad}re"), "Fö\\u{ad}re");
        assert_eq!(
            visible("a\u{e0041}\u{206a}\u{180e}\u{3164}\u{fe0f}"),
            "a\\u{e0041}\\u{206a}\\u{180e}\\u{3164}\\u{fe0f}"
        );
        assert_eq!(visible("före\u{2800}kursen"), "före\\u{2800}kursen");
        // One "ö", however it was typed.
        assert_eq!(name_of("fo\u{308}re"), "före");
    }

    #[test]
    fn shell_words_expand_nothing() {
        assert_eq!(
            shell_word("Före kursen").as_deref(),
            Some("\"Före kursen\"")
        );
        for risky in [
            "$(id)",
            "x\"; rm -rf ~",
            "it's",
            "före\\'",
            "a’b",
            "a&b",
            "a=b",
        ] {
            assert_eq!(shell_word(risky), None, "{risky}");
        }
    }
}
