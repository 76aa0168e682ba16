//! The layout of `src/`: which module imports which, no cycles between files,
//! no import against the layers (a lower layer never imports a higher one), and
//! the finer rules of the house:
//!
//! - a command never imports another command (only `commands` itself, its shared
//!   `context` and its own submodules);
//! - no folder holds more than [`MAX_FOLDER_LINES`] lines in its own files;
//! - every file opens with a `//!` comment saying what it owns;
//! - no sentence in a language is written in Rust: no string with Swedish
//!   letters and no `Lang::SV =>` arm outside the catalogue's loader (`i18n`);
//! - the model does no I/O.
//!
//! `cargo test --test layout -- --nocapture` prints the module graph.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// The layers from the bottom up; a module may import only from layers below its
/// own (and `error`, which imports nothing). `term` and `report` share a layer
/// and do not import each other.
const LAYERS: [(&str, u8); 10] = [
    ("error", 0),
    ("model", 1),
    ("store", 2),
    ("workshop", 3),
    ("i18n", 4),
    ("render", 5),
    ("term", 6),
    ("report", 6),
    ("commands", 7),
    ("cli", 8),
];

/// The most lines a folder may hold in its own files (its subfolders count
/// separately): more, and it owns too many things to say in one `//!`.
const MAX_FOLDER_LINES: usize = 4000;

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("src is readable").flatten() {
        let path = entry.path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The module path of a file: `src/commands/take/flow.rs` → `commands::take::flow`.
fn module_of(src: &Path, file: &Path) -> String {
    let rel = file
        .strip_prefix(src)
        .expect("under src")
        .with_extension("");
    let parts: Vec<String> = rel
        .iter()
        .map(|p| p.to_string_lossy().to_string())
        .filter(|p| p != "mod")
        .collect();
    parts.join("::")
}

/// The code of a file without its unit tests (which may reach anywhere).
fn without_tests(text: &str) -> &str {
    text.find("#[cfg(test)]\nmod tests")
        .map_or(text, |i| &text[..i])
}

/// Every `crate::a::b…` path a file names, resolved to the longest known module.
fn imports(text: &str, modules: &BTreeSet<String>) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    let mut paths = Vec::new();
    for (i, _) in text.match_indices("crate::") {
        let rest = &text[i + "crate::".len()..];
        let path: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_' || *c == ':')
            .collect();
        paths.push(path.trim_end_matches(':').to_string());
        // `use crate::a::{b, c::d}`: each item inside the braces, after the prefix.
        if let Some(open) = rest[path.len()..].strip_prefix('{') {
            let inside = &open[..open.find('}').unwrap_or(0)];
            for item in inside.split(',') {
                let item = item.trim().split(' ').next().unwrap_or("");
                paths.push(format!("{path}{item}"));
            }
        }
    }
    for path in paths {
        let mut parts: Vec<&str> = path.split("::").filter(|p| !p.is_empty()).collect();
        while !parts.is_empty() {
            let candidate = parts.join("::");
            if modules.contains(&candidate) {
                found.insert(candidate);
                break;
            }
            parts.pop();
        }
    }
    found
}

/// The file-level import graph of `src/`.
fn graph() -> BTreeMap<String, BTreeSet<String>> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let modules: BTreeSet<String> = files.iter().map(|f| module_of(&src, f)).collect();
    files
        .iter()
        .map(|f| {
            let module = module_of(&src, f);
            let text = std::fs::read_to_string(f).expect("readable");
            let mut deps = imports(without_tests(&text), &modules);
            deps.remove(&module);
            // A parent module declares its children; that is not an import.
            deps.retain(|d| !d.starts_with(&format!("{module}::")) || module.is_empty());
            (module, deps)
        })
        .collect()
}

fn layer(module: &str) -> Option<u8> {
    let top = module.split("::").next()?;
    LAYERS
        .iter()
        .find(|(name, _)| *name == top)
        .map(|&(_, l)| l)
}

/// The cycles of the graph, each as the path around it.
fn cycles(graph: &BTreeMap<String, BTreeSet<String>>) -> Vec<Vec<String>> {
    fn visit(
        node: &str,
        graph: &BTreeMap<String, BTreeSet<String>>,
        stack: &mut Vec<String>,
        done: &mut BTreeSet<String>,
        found: &mut Vec<Vec<String>>,
    ) {
        if let Some(at) = stack.iter().position(|n| n == node) {
            found.push(stack[at..].to_vec());
            return;
        }
        if done.contains(node) {
            return;
        }
        stack.push(node.to_string());
        for next in graph.get(node).into_iter().flatten() {
            visit(next, graph, stack, done, found);
        }
        stack.pop();
        done.insert(node.to_string());
    }
    let mut found = Vec::new();
    let mut done = BTreeSet::new();
    for node in graph.keys() {
        visit(node, graph, &mut Vec::new(), &mut done, &mut found);
    }
    found
}

#[test]
fn modules_form_layers_without_cycles() {
    let graph = graph();
    for (module, deps) in &graph {
        if !deps.is_empty() {
            let list: Vec<&str> = deps.iter().map(String::as_str).collect();
            println!("{module:<28} → {}", list.join(", "));
        }
    }
    assert_eq!(cycles(&graph), Vec::<Vec<String>>::new(), "import cycles");
    let mut upward = Vec::new();
    for (module, deps) in &graph {
        let (Some(from), top) = (layer(module), module.split("::").next()) else {
            continue;
        };
        for dep in deps {
            let same_top = dep.split("::").next() == top;
            if let Some(to) = layer(dep) {
                if !same_top && to >= from {
                    upward.push(format!("{module} → {dep}"));
                }
            }
        }
    }
    assert_eq!(upward, Vec::<String>::new(), "imports against the layers");
}

/// Every `.rs` file of `src/` with its text.
fn sources() -> Vec<(PathBuf, String)> {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    files.sort();
    files
        .into_iter()
        .map(|f| {
            let text = std::fs::read_to_string(&f).expect("readable");
            (f, text)
        })
        .collect()
}

/// The code of a file without its tests and without its comments.
fn code_only(text: &str) -> String {
    let code = match text.find("#[cfg(test)]") {
        Some(i) => &text[..i],
        None => text,
    };
    code.lines()
        .map(|line| {
            if line.trim_start().starts_with("//") {
                ""
            } else {
                line
            }
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn commands_never_import_one_another() {
    let graph = graph();
    let mut found = Vec::new();
    for (module, deps) in &graph {
        let mut parts = module.split("::");
        let (Some("commands"), Some(own)) = (parts.next(), parts.next()) else {
            continue;
        };
        for dep in deps {
            let mut d = dep.split("::");
            if d.next() != Some("commands") {
                continue;
            }
            match d.next() {
                None | Some("context") => {}
                Some(other) if other == own => {}
                Some(_) => found.push(format!("{module} → {dep}")),
            }
        }
    }
    assert_eq!(found, Vec::<String>::new(), "a command imports another");
}

#[test]
fn no_folder_is_too_big_and_every_file_says_what_it_owns() {
    let mut lines: BTreeMap<PathBuf, usize> = BTreeMap::new();
    let mut silent = Vec::new();
    for (file, text) in sources() {
        *lines
            .entry(file.parent().expect("in a folder").to_path_buf())
            .or_default() += text.lines().count();
        if !text.starts_with("//!") {
            silent.push(file.display().to_string());
        }
    }
    let big: Vec<String> = lines
        .iter()
        .filter(|(_, &n)| n > MAX_FOLDER_LINES)
        .map(|(dir, n)| format!("{}: {n} lines", dir.display()))
        .collect();
    assert_eq!(
        big,
        Vec::<String>::new(),
        "folders over {MAX_FOLDER_LINES} lines"
    );
    assert_eq!(silent, Vec::<String>::new(), "files without a //! comment");
}

#[test]
fn sentences_live_in_the_catalogue_and_the_model_does_no_io() {
    let mut found = Vec::new();
    for (file, text) in sources() {
        let name = file.display().to_string();
        let code = code_only(&text);
        let in_i18n = name.contains("/src/i18n/");
        for (i, line) in code.lines().enumerate() {
            let swedish = line
                .split('"')
                .skip(1)
                .step_by(2)
                .any(|s| s.contains(['å', 'ä', 'ö', 'Å', 'Ä', 'Ö']));
            let arm = ["Lang::SV =>", "Lang::EN =>"]
                .iter()
                .any(|a| line.contains(a));
            if (swedish || arm) && !in_i18n {
                found.push(format!("{name}:{}: {}", i + 1, line.trim()));
            }
            if name.contains("/src/model/")
                && ["std::fs", "std::io::std", "std::env", "File::"]
                    .iter()
                    .any(|io| line.contains(io))
            {
                found.push(format!(
                    "{name}:{}: I/O in the model: {}",
                    i + 1,
                    line.trim()
                ));
            }
        }
    }
    assert_eq!(found, Vec::<String>::new());
}

#[test]
fn the_check_sees_imports() {
    let modules: BTreeSet<String> = ["model::code", "model", "ui::texts", "ui"]
        .iter()
        .map(ToString::to_string)
        .collect();
    let found = imports(
        "use crate::model::code::StatementCode;\nuse crate::ui::{texts::texts, Foo};",
        &modules,
    );
    assert_eq!(
        found,
        ["model::code", "ui", "ui::texts"]
            .iter()
            .map(ToString::to_string)
            .collect()
    );
}
