//! The ambassador's documents (`render::ambassador::Doc`) as files to hand
//! out: Markdown, and HTML that prints on A4 (one `<h1>`, headings in order,
//! every table with a caption and header cells, nothing said by colour
//! alone). Every text is escaped here: names and decisions come from other
//! people's files and from the command line.

use crate::model::lang::Lang;
use crate::render::ambassador::{Col, Doc, Part};
use crate::report::escape::{html_escape, md_text};
use crate::report::html::html_page;
use std::fmt::Write as _;

/// The document as Markdown.
pub fn markdown(doc: &Doc) -> String {
    let mut out = format!("# {}\n", md_text(&doc.title));
    for part in doc.parts.iter().filter(|p| !matches!(p, Part::NewPage)) {
        out.push('\n');
        match part {
            Part::NewPage => {}
            Part::Heading(level, text) => {
                let _ = writeln!(out, "{} {}", "#".repeat(usize::from(*level)), md_text(text));
            }
            Part::Para(text) => {
                let _ = writeln!(out, "{}", md_text(text));
            }
            Part::Note(text) => {
                let _ = writeln!(out, "*{}*", md_text(text));
            }
            Part::Ordered(items) => {
                for (i, item) in items.iter().enumerate() {
                    let _ = writeln!(out, "{}. {}", i + 1, md_text(item));
                }
            }
            Part::Bullets(items) => {
                for item in items {
                    let _ = writeln!(out, "- {}", md_text(item));
                }
            }
            Part::Links(links) => {
                for (title, url) in links {
                    let _ = writeln!(
                        out,
                        "- [{}](<{}>)",
                        md_text(title),
                        url.replace(['<', '>', ' '], "")
                    );
                }
            }
            Part::Table {
                caption,
                columns,
                rows,
            } => {
                let _ = writeln!(out, "**{}**\n", md_text(caption));
                let heads: Vec<String> = columns.iter().map(|(h, _)| md_text(h)).collect();
                let rule: Vec<&str> = columns
                    .iter()
                    .map(|(_, c)| if *c == Col::Figure { "---:" } else { "---" })
                    .collect();
                let _ = writeln!(out, "| {} |\n| {} |", heads.join(" | "), rule.join(" | "));
                for row in rows {
                    let cells: Vec<String> = row.iter().map(|c| md_text(c)).collect();
                    let _ = writeln!(out, "| {} |", cells.join(" | "));
                }
            }
        }
    }
    out
}

/// The document as one self-contained, printable HTML page in `lang`.
pub fn html(doc: &Doc, lang: Lang) -> String {
    let mut body = format!("<h1>{}</h1>\n", html_escape(&doc.title));
    for part in &doc.parts {
        match part {
            Part::Heading(level, text) => {
                let _ = writeln!(body, "<h{level}>{}</h{level}>", html_escape(text));
            }
            Part::Para(text) => {
                let _ = writeln!(body, "<p>{}</p>", html_escape(text));
            }
            Part::Note(text) => {
                let _ = writeln!(body, "<p class=\"legend\">{}</p>", html_escape(text));
            }
            Part::NewPage => body.push_str("<div style=\"break-before:page\"></div>\n"),
            Part::Ordered(items) => body.push_str(&list("ol", items)),
            Part::Bullets(items) => body.push_str(&list("ul", items)),
            Part::Links(links) => {
                body.push_str("<ul>\n");
                for (title, url) in links {
                    let _ = writeln!(
                        body,
                        "<li><a href=\"{}\">{}</a></li>",
                        html_escape(url),
                        html_escape(title)
                    );
                }
                body.push_str("</ul>\n");
            }
            Part::Table {
                caption,
                columns,
                rows,
            } => {
                let keep = if rows.len() <= 12 {
                    " class=\"keep\""
                } else {
                    ""
                };
                let _ = write!(
                    body,
                    "<table{keep}>\n<caption>{}</caption>\n<thead><tr>",
                    html_escape(caption)
                );
                for (head, col) in columns {
                    let class = if *col == Col::Figure {
                        " class=\"n\""
                    } else {
                        ""
                    };
                    let _ = write!(body, "<th scope=\"col\"{class}>{}</th>", html_escape(head));
                }
                body.push_str("</tr></thead>\n<tbody>\n");
                for row in rows {
                    body.push_str("<tr>");
                    for (i, cell) in row.iter().enumerate() {
                        let (tag, scope) = if i == 0 {
                            ("th", " scope=\"row\"")
                        } else {
                            ("td", "")
                        };
                        let class = match columns.get(i).map(|c| c.1) {
                            Some(Col::Figure) => " class=\"n\"",
                            Some(Col::Whole) => " class=\"nw\"",
                            _ => "",
                        };
                        let _ = write!(body, "<{tag}{scope}{class}>{}</{tag}>", html_escape(cell));
                    }
                    body.push_str("</tr>\n");
                }
                body.push_str("</tbody>\n</table>\n");
            }
        }
    }
    html_page(&doc.title, &body, lang)
}

fn list(tag: &str, items: &[String]) -> String {
    let mut out = format!("<{tag}>\n");
    for item in items {
        let _ = writeln!(out, "<li>{}</li>", html_escape(item));
    }
    let _ = writeln!(out, "</{tag}>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_from_files_is_escaped_in_both_formats() {
        let doc = Doc {
            title: "T".into(),
            parts: vec![Part::Table {
                caption: "c".into(),
                columns: vec![("a".into(), Col::Words)],
                rows: vec![vec!["<script>|x [y](javascript:z)".into()]],
            }],
        };
        let md = markdown(&doc);
        assert!(md.contains("\\<script\\>\\|x \\[y\\]"), "{md}");
        let page = html(&doc, Lang::SV);
        assert!(page.contains("&lt;script&gt;"), "{page}");
        assert!(page.contains("<html lang=\"sv\">"));
    }
}
