//! The shape of a Fluent catalogue: which messages it has, which variables each
//! takes, and whether a variable chooses a plural form (a number) or is text.
//!
//! Shared by the build script, which turns the Swedish catalogue's shapes into
//! one typed method per message, and by the checker a translator runs
//! (`digikomp i18n --check FILE`), so that both read a catalogue the same way.
//! It depends on `fluent_syntax` and the standard library only.

use fluent_syntax::ast;
use std::collections::BTreeMap;

/// What a variable is to the messages that use it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum VarKind {
    /// Put into the text as it is.
    Text,
    /// Chooses a plural form (`[one]`, `*[other]`), so it is passed as a number.
    Number,
}

/// One message of a catalogue.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Shape {
    pub id: String,
    /// The 1-based line the message starts on.
    pub line: usize,
    /// Its variables in the order the comment above it names them (the order of
    /// the typed method's parameters), else in the order they appear.
    pub vars: Vec<(String, VarKind)>,
    /// Whether the comment above names every variable (needed from two on).
    pub ordered: bool,
    /// The comment above the message, as written.
    pub comment: Option<String>,
    /// The message's text when it has no placeable (for documentation).
    pub plain: Option<String>,
}

/// Something a catalogue cannot have.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Fault {
    /// Text Fluent cannot read (the text, shortened).
    Syntax(String),
    /// A message with no value (only attributes, or nothing).
    NoValue(String),
    /// A message with attributes: digikomp's catalogue has none.
    Attributes(String),
    /// A message whose id is not `lower-case-with-dashes`.
    BadId(String),
    /// A message defined twice.
    Twice(String),
}

/// A fault and the line it is on.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Located {
    pub line: usize,
    pub fault: Fault,
}

/// The messages of `source` (terms and comments aside), and what is wrong with it.
pub fn shapes(source: &str) -> (Vec<Shape>, Vec<Located>) {
    let (resource, mut faults) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => {
            let faults = errors
                .iter()
                .map(|e| Located {
                    line: line_of(source, e.pos.start),
                    fault: Fault::Syntax(snippet(source, e.slice.clone().unwrap_or(e.pos.clone()))),
                })
                .collect();
            (resource, faults)
        }
    };
    let mut lines = MessageLines::new(source);
    let mut out: Vec<Shape> = Vec::new();
    for entry in &resource.body {
        let ast::Entry::Message(message) = entry else {
            continue;
        };
        let id = message.id.name.to_string();
        let line = lines.find(&id);
        if !valid_id(&id) {
            faults.push(Located {
                line,
                fault: Fault::BadId(id.clone()),
            });
        }
        if out.iter().any(|s| s.id == id) {
            faults.push(Located {
                line,
                fault: Fault::Twice(id.clone()),
            });
            continue;
        }
        if !message.attributes.is_empty() {
            faults.push(Located {
                line,
                fault: Fault::Attributes(id.clone()),
            });
        }
        let Some(value) = &message.value else {
            faults.push(Located {
                line,
                fault: Fault::NoValue(id),
            });
            continue;
        };
        let mut found: Vec<(String, VarKind)> = Vec::new();
        pattern_vars(value, &mut found);
        let comment = message.comment.as_ref().map(|c| c.content.join("\n"));
        let named = comment.as_deref().map(comment_vars).unwrap_or_default();
        let ordered = found.iter().all(|(v, _)| named.contains(v));
        let vars = if ordered {
            let mut by_comment: Vec<(String, VarKind)> = named
                .iter()
                .filter_map(|n| found.iter().find(|(v, _)| v == n).cloned())
                .collect();
            by_comment.dedup();
            by_comment
        } else {
            found
        };
        out.push(Shape {
            id,
            line,
            vars,
            ordered,
            comment,
            plain: plain_text(value),
        });
    }
    (out, faults)
}

/// The text of a pattern that is only text, else `None`.
fn plain_text(pattern: &ast::Pattern<&str>) -> Option<String> {
    let mut out = String::new();
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value }
            | ast::PatternElement::Placeable {
                expression: ast::Expression::Inline(ast::InlineExpression::StringLiteral { value }),
            } => out.push_str(value),
            ast::PatternElement::Placeable { .. } => return None,
        }
    }
    Some(out)
}

/// The variables a comment names, in order: every `$name`.
fn comment_vars(comment: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut rest = comment;
    while let Some(at) = rest.find('$') {
        let name: String = rest[at + 1..]
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
            .collect();
        rest = &rest[at + 1 + name.len()..];
        if !name.is_empty() && !out.contains(&name) {
            out.push(name);
        }
    }
    out
}

fn pattern_vars(pattern: &ast::Pattern<&str>, out: &mut Vec<(String, VarKind)>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_vars(expression, out);
        }
    }
}

fn expression_vars(expression: &ast::Expression<&str>, out: &mut Vec<(String, VarKind)>) {
    match expression {
        ast::Expression::Inline(inline) => inline_vars(inline, VarKind::Text, out),
        ast::Expression::Select { selector, variants } => {
            let plural = variants.iter().all(|v| match &v.key {
                ast::VariantKey::NumberLiteral { .. } => true,
                ast::VariantKey::Identifier { name } => {
                    matches!(*name, "zero" | "one" | "two" | "few" | "many" | "other")
                }
            });
            let kind = if plural {
                VarKind::Number
            } else {
                VarKind::Text
            };
            inline_vars(selector, kind, out);
            for variant in variants {
                pattern_vars(&variant.value, out);
            }
        }
    }
}

fn inline_vars(
    inline: &ast::InlineExpression<&str>,
    kind: VarKind,
    out: &mut Vec<(String, VarKind)>,
) {
    match inline {
        ast::InlineExpression::VariableReference { id } => add(out, id.name, kind),
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for arg in &arguments.positional {
                inline_vars(arg, VarKind::Number, out);
            }
            for named in &arguments.named {
                inline_vars(&named.value, VarKind::Text, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_vars(expression, out),
        _ => {}
    }
}

/// Adds a variable, or makes it a number when it is also used as one.
fn add(out: &mut Vec<(String, VarKind)>, name: &str, kind: VarKind) {
    match out.iter_mut().find(|(v, _)| v == name) {
        Some((_, k)) => *k = (*k).max(kind),
        None => out.push((name.to_string(), kind)),
    }
}

/// `lower-case-with-dashes`, starting with a letter.
fn valid_id(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// The 1-based line of a byte offset.
#[allow(clippy::naive_bytecount)] // Once per syntax error; not worth a crate.
fn line_of(source: &str, at: usize) -> usize {
    source.as_bytes()[..at.min(source.len())]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// At most 60 characters of `source[range]`, on one line.
fn snippet(source: &str, range: std::ops::Range<usize>) -> String {
    let end = range.end.min(source.len());
    let start = range.start.min(end);
    let text = source.get(start..end).unwrap_or("");
    text.lines().next().unwrap_or("").chars().take(60).collect()
}

/// The line of each message's definition (`id =` at the start of a line).
struct MessageLines(BTreeMap<String, usize>);

impl MessageLines {
    fn new(source: &str) -> Self {
        let mut map = BTreeMap::new();
        for (i, line) in source.lines().enumerate() {
            if let Some((id, _)) = line.split_once('=') {
                let id = id.trim_end();
                if !id.is_empty() && !line.starts_with([' ', '#', '-']) {
                    map.entry(id.to_string()).or_insert(i + 1);
                }
            }
        }
        MessageLines(map)
    }

    fn find(&mut self, id: &str) -> usize {
        self.0.get(id).copied().unwrap_or(0)
    }
}

/// What one language's catalogue lacks or has too much compared with the source
/// language's: the translator's checklist.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Difference {
    /// A message of the source that this catalogue does not have.
    Missing { id: String },
    /// A message the source does not have (it would never be shown).
    Extra { id: String, line: usize },
    /// A variable of the source's message that this one does not use.
    LacksVar {
        id: String,
        line: usize,
        var: String,
    },
    /// A variable this message uses that the program does not pass.
    UnknownVar {
        id: String,
        line: usize,
        var: String,
    },
    /// A variable used to choose a plural form that the program passes as text.
    NotANumber {
        id: String,
        line: usize,
        var: String,
    },
}

/// How `other` differs from `source`, in the source's order, then the extras.
pub fn compare(source: &[Shape], other: &[Shape]) -> Vec<Difference> {
    let mut out = Vec::new();
    for s in source {
        let Some(o) = other.iter().find(|o| o.id == s.id) else {
            out.push(Difference::Missing { id: s.id.clone() });
            continue;
        };
        for (var, _) in &s.vars {
            if !o.vars.iter().any(|(v, _)| v == var) {
                out.push(Difference::LacksVar {
                    id: o.id.clone(),
                    line: o.line,
                    var: var.clone(),
                });
            }
        }
        for (var, kind) in &o.vars {
            match s.vars.iter().find(|(v, _)| v == var) {
                None => out.push(Difference::UnknownVar {
                    id: o.id.clone(),
                    line: o.line,
                    var: var.clone(),
                }),
                Some((_, VarKind::Text)) if *kind == VarKind::Number => {
                    out.push(Difference::NotANumber {
                        id: o.id.clone(),
                        line: o.line,
                        var: var.clone(),
                    });
                }
                Some(_) => {}
            }
        }
    }
    for o in other {
        if !source.iter().any(|s| s.id == o.id) {
            out.push(Difference::Extra {
                id: o.id.clone(),
                line: o.line,
            });
        }
    }
    out
}
