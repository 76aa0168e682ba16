//! Turns the catalogues in `i18n/` into Rust: the languages digikomp speaks (one
//! per `i18n/*.ftl`), the catalogues embedded in the binary, and one typed method
//! per message of the Swedish catalogue (the source language), so that a call site
//! with a misspelt message or a missing variable does not compile.
//!
//! A message's variables become its method's parameters in the order the comment
//! above the message names them (`# $n of $total`), which is required from two
//! variables on, so that rewording a sentence never reorders a call's arguments.
//! A variable that chooses a plural form in any catalogue is passed as a number.

#[path = "src/i18n/shape.rs"]
#[allow(dead_code)] // The comparison is for the checker; the build reads shapes only.
mod shape;

use shape::{Shape, VarKind};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

/// The language every other catalogue is checked against.
const SOURCE: &str = "sv";

fn main() {
    let dir = Path::new(&std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it")).join("i18n");
    println!("cargo::rerun-if-changed=i18n");
    let mut files: Vec<(String, PathBuf)> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", dir.display()))
        .filter_map(|e| {
            let path = e.ok()?.path();
            let code = path.file_stem()?.to_str()?.to_string();
            (path.extension()? == "ftl").then_some((code, path))
        })
        .collect();
    // The source language first, then the others by code: their order is the
    // languages' numbers in the binary.
    files.sort_by_key(|(code, _)| (code != SOURCE, code.clone()));
    assert!(
        files.first().is_some_and(|(c, _)| c == SOURCE),
        "i18n/{SOURCE}.ftl, the source catalogue, is missing"
    );
    let mut languages = Vec::new();
    let mut all: Vec<Vec<Shape>> = Vec::new();
    for (code, path) in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        let (shapes, faults) = shape::shapes(&text);
        if let Some(f) = faults.first() {
            panic!("{}:{}: {:?}", path.display(), f.line, f.fault);
        }
        assert!(
            code.chars().all(|c| c.is_ascii_lowercase()) && (2..=3).contains(&code.len()),
            "{}: a catalogue is named by its language code, e.g. fi.ftl",
            path.display()
        );
        let meta = |id: &str| -> String {
            shapes
                .iter()
                .find(|s| s.id == id)
                .and_then(|s| s.plain.clone())
                .unwrap_or_else(|| panic!("{}: no message '{id}'", path.display()))
        };
        let aliases: Vec<String> = meta("language-aliases")
            .split_whitespace()
            .map(str::to_lowercase)
            .collect();
        languages.push((code.clone(), aliases, path.clone()));
        all.push(shapes);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    write(&out.join("languages.rs"), &languages_rs(&languages));
    write(&out.join("catalogues.rs"), &catalogues_rs(&languages));
    write(&out.join("messages.rs"), &messages_rs(&all));
}

fn write(path: &Path, text: &str) {
    std::fs::write(path, text).unwrap_or_else(|e| panic!("cannot write {}: {e}", path.display()));
}

fn languages_rs(languages: &[(String, Vec<String>, PathBuf)]) -> String {
    let n = languages.len();
    let mut s = String::new();
    let _ = writeln!(s, "/// How many languages digikomp speaks.");
    let _ = writeln!(s, "pub const LANGUAGE_COUNT: usize = {n};");
    let _ = writeln!(
        s,
        "/// Each language's ISO 639 code, in the languages' order."
    );
    let codes: Vec<String> = languages.iter().map(|(c, ..)| format!("{c:?}")).collect();
    let _ = writeln!(
        s,
        "pub const LANGUAGE_CODES: [&str; {n}] = [{}];",
        codes.join(", ")
    );
    let _ = writeln!(
        s,
        "/// Other names each language is known by on the command line."
    );
    let aliases: Vec<String> = languages
        .iter()
        .map(|(_, a, _)| format!("&{a:?}"))
        .collect();
    let _ = writeln!(
        s,
        "pub const LANGUAGE_ALIASES: [&[&str]; {n}] = [{}];",
        aliases.join(", ")
    );
    let _ = writeln!(s, "impl Lang {{");
    for (i, (code, ..)) in languages.iter().enumerate() {
        let _ = writeln!(s, "    /// The language with the code `{code}`.");
        let _ = writeln!(
            s,
            "    pub const {}: Lang = Lang({i});",
            code.to_uppercase()
        );
    }
    let _ = writeln!(s, "}}");
    s
}

fn catalogues_rs(languages: &[(String, Vec<String>, PathBuf)]) -> String {
    let sources: Vec<String> = languages
        .iter()
        .map(|(_, _, p)| format!("include_str!({:?})", p.display().to_string()))
        .collect();
    format!(
        "/// Each language's catalogue, in the languages' order.\npub(crate) const SOURCES: [&str; {}] = [{}];\n",
        languages.len(),
        sources.join(", ")
    )
}

const KEYWORDS: &[&str] = &[
    "as", "break", "const", "continue", "crate", "else", "enum", "extern", "false", "fn", "for",
    "if", "impl", "in", "let", "loop", "match", "mod", "move", "mut", "pub", "ref", "return",
    "self", "static", "struct", "super", "trait", "true", "type", "unsafe", "use", "where",
    "while", "async", "await", "dyn", "try", "gen",
];

fn messages_rs(all: &[Vec<Shape>]) -> String {
    let source = &all[0];
    // A variable is a number where any catalogue chooses a plural form with it.
    let mut numbers: BTreeMap<(&str, &str), bool> = BTreeMap::new();
    for shapes in all {
        for s in shapes {
            for (v, k) in &s.vars {
                let e = numbers.entry((s.id.as_str(), v.as_str())).or_default();
                *e |= *k == VarKind::Number;
            }
        }
    }
    let n = source.len();
    let mut s = String::new();
    let _ = writeln!(s, "/// How many messages the catalogues have.");
    let _ = writeln!(s, "pub(crate) const MESSAGE_COUNT: usize = {n};");
    let _ = writeln!(s, "/// The messages' ids, in the source catalogue's order.");
    let ids: Vec<String> = source.iter().map(|m| format!("{:?}", m.id)).collect();
    let _ = writeln!(
        s,
        "pub(crate) const MESSAGE_IDS: [&str; {n}] = [{}];",
        ids.join(", ")
    );
    let _ = writeln!(
        s,
        "/// Each message's variables as the program passes them."
    );
    let vars: Vec<String> = source
        .iter()
        .map(|m| {
            let v: Vec<String> = m
                .vars
                .iter()
                .map(|(v, _)| {
                    let kind = if numbers[&(m.id.as_str(), v.as_str())] {
                        "Number"
                    } else {
                        "Text"
                    };
                    format!("({v:?}, VarKind::{kind})")
                })
                .collect();
            format!("&[{}]", v.join(", "))
        })
        .collect();
    let _ = writeln!(
        s,
        "pub(crate) const MESSAGE_VARS: [&[(&str, VarKind)]; {n}] = [{}];",
        vars.join(", ")
    );
    let _ = writeln!(s, "impl Texts {{");
    for (i, m) in source.iter().enumerate() {
        s.push_str(&method(i, m, &numbers));
    }
    let _ = writeln!(s, "}}");
    s
}

/// The typed method of message number `i`.
fn method(i: usize, m: &Shape, numbers: &BTreeMap<(&str, &str), bool>) -> String {
    let mut s = String::new();
    assert!(
        m.vars.len() < 2 || m.ordered,
        "i18n/{SOURCE}.ftl:{}: '{}' has {} variables; name them in the comment above it in the order the program passes them, e.g. '# {}'",
        m.line,
        m.id,
        m.vars.len(),
        m.vars.iter().map(|(v, _)| format!("${v}")).collect::<Vec<_>>().join(", ")
    );
    let name = m.id.replace('-', "_");
    assert!(
        !KEYWORDS.contains(&name.as_str()),
        "i18n/{SOURCE}.ftl:{}: '{}' is a Rust keyword",
        m.line,
        m.id
    );
    let doc = match (&m.plain, &m.comment) {
        (Some(text), _) => text.clone(),
        (None, Some(c)) => c.clone(),
        (None, None) => String::new(),
    };
    for line in doc.lines() {
        let _ = writeln!(s, "    /// {}", line.replace('`', "'"));
    }
    let _ = writeln!(s, "    ///\n    /// Message `{}`.", m.id);
    if m.vars.is_empty() {
        let _ = writeln!(
            s,
            "    pub fn {name}(&'static self) -> &'static str {{ self.fixed({i}) }}"
        );
        return s;
    }
    let params: Vec<String> = m
        .vars
        .iter()
        .map(|(v, _)| {
            let ty = if numbers[&(m.id.as_str(), v.as_str())] {
                "impl Count"
            } else {
                "impl ::std::fmt::Display"
            };
            format!("{}: {ty}", rust_name(v))
        })
        .collect();
    let sets: Vec<String> = m
        .vars
        .iter()
        .map(|(v, _)| {
            let value = if numbers[&(m.id.as_str(), v.as_str())] {
                format!("{}.value()", rust_name(v))
            } else {
                format!(
                    "::fluent_bundle::FluentValue::from({}.to_string())",
                    rust_name(v)
                )
            };
            format!("args.set({v:?}, {value});")
        })
        .collect();
    let _ = writeln!(
        s,
        "    pub fn {name}(&self, {}) -> String {{\n        let mut args = ::fluent_bundle::FluentArgs::with_capacity({});\n        {}\n        self.format({i}, &args)\n    }}",
        params.join(", "),
        m.vars.len(),
        sets.join("\n        ")
    );
    s
}

/// A variable's name as a Rust parameter.
fn rust_name(var: &str) -> String {
    let name = var.replace('-', "_");
    if KEYWORDS.contains(&name.as_str()) {
        format!("{name}_")
    } else {
        name
    }
}
