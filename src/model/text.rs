//! Text that came from outside digikomp (other people's files, hand-edited data,
//! a region's question set) made safe to show: control characters and the
//! invisible characters that reorder text are written out as visible escapes, so
//! that no file can move the cursor, set a terminal's clipboard, or make a line
//! read backwards.

use std::borrow::Cow;
use std::fmt::Write as _;

/// Whether `c` must not reach a terminal or a report as it is: C0 and C1 control
/// characters, DEL, and the bidirectional and zero-width format characters.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || matches!(
            c,
            '\u{061c}'
                | '\u{200b}'..='\u{200f}'
                | '\u{2028}'..='\u{202e}'
                | '\u{2060}'..='\u{2069}'
                | '\u{feff}'
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
    }
}
