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
/// characters are made visible, a line break becomes a space, and every character
/// that Markdown or its HTML would act on is escaped with a backslash, so that a
/// label can be neither a link, nor HTML, nor a new table cell.
pub fn md_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(&text.replace(['\n', '\r'], " ")).chars() {
        if matches!(
            c,
            '\\' | '`'
                | '*'
                | '_'
                | '{'
                | '}'
                | '['
                | ']'
                | '<'
                | '>'
                | '('
                | ')'
                | '#'
                | '!'
                | '|'
                | '~'
                | '&'
        ) {
            out.push('\\');
        }
        out.push(c);
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
            "\\<script\\>alert\\(1\\)\\</script\\>"
        );
        assert_eq!(
            md_text("[x](javascript:alert(1))"),
            "\\[x\\]\\(javascript:alert\\(1\\)\\)"
        );
        assert_eq!(md_text("a|b\nc"), "a\\|b c");
        // The escape is shown as `\u{1b}`, its backslash escaped in turn.
        assert_eq!(md_text("\u{1b}[31m"), "\\\\u\\{1b\\}\\[31m");
    }

    #[test]
    fn html_is_escaped() {
        assert_eq!(
            html_escape("<script>\"x\" & 'y'</script>"),
            "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
        );
    }
}
