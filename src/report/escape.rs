//! Making text that came from people's files safe in a report: HTML and Markdown.

use crate::model::text::visible;

/// Escapes text for HTML.
pub fn html_escape(text: &str) -> String {
    visible(text)
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Escapes text for Markdown, in a table cell, a list or a heading: control
/// characters are made visible, a line break becomes a space, every character
/// that Markdown or its HTML would act on is escaped with a backslash, and an
/// address that a GFM renderer would turn into a link by itself (`https://…`,
/// `ftp://…`, `www.…`, an e-mail address) is broken, so that a label can be neither a link, nor HTML, nor a new
/// table cell. Parentheses and braces are left alone: with `[` and `]` escaped
/// they can start nothing, and escaping them only makes text noisy.
pub fn md_text(text: &str) -> String {
    let visible = visible(&text.replace(['\n', '\r'], " ")).into_owned();
    let bytes = visible.as_bytes();
    // Whether the text before byte `i` ends with `word` (ASCII, any case).
    let ends_with = |i: usize, word: &str| {
        i >= word.len() && bytes[i - word.len()..i].eq_ignore_ascii_case(word.as_bytes())
    };
    let mut out = String::with_capacity(visible.len());
    for (i, c) in visible.char_indices() {
        if matches!(
            c,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&'
        ) {
            out.push('\\');
        }
        // "https://x" → "https\://x", "www.x" → "www\.x": no autolink.
        if (c == ':'
            && (ends_with(i, "http") || ends_with(i, "https") || ends_with(i, "ftp"))
            && bytes[i..].starts_with(b"://"))
            || (c == '.' && ends_with(i, "www"))
        {
            out.push('\\');
        }
        out.push(c);
        // An e-mail address (also after "mailto:" or "xmpp:") is linked by GFM
        // whatever is escaped in it; an empty comment after the "@" splits the
        // text there, and renders as nothing.
        if c == '@' {
            out.push_str("<!-- -->");
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_cannot_be_injected() {
        assert_eq!(md_text("före kursen"), "före kursen");
        assert_eq!(
            md_text("<script>alert(1)</script>"),
            "\\<script\\>alert(1)\\</script\\>"
        );
        assert_eq!(
            md_text("[x](javascript:alert(1))"),
            "\\[x\\](javascript:alert(1))"
        );
        assert_eq!(md_text("a|b\nc"), "a\\|b c");
        assert_eq!(md_text("före (kurs)"), "före (kurs)");
        // The escape is shown as `\u{1b}`, its backslash escaped in turn.
        assert_eq!(md_text("\u{1b}[31m"), "\\\\u{1b}\\[31m");
        // No address becomes a link by itself.
        assert_eq!(md_text("se https://x.se"), "se https\\://x.se");
        assert_eq!(md_text("WWW.x.se"), "WWW\\.x.se");
        assert_eq!(md_text("ftp://x.se"), "ftp\\://x.se");
        assert_eq!(md_text("anna@x.se"), "anna@<!-- -->x.se");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            html_escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
