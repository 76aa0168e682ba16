//! The man page: one page for the whole command line, written as roff from the
//! command tree in the reader's language. Every subcommand is a subsection of the
//! one page with its usage, its own flags and its examples, so the page refers to
//! no other page; the exit codes and the environment variables are `.TP` lists,
//! which keep one entry per item however the page is filled.
//!
//! clap_mangen is not used because it names a page per subcommand
//! (`digikomp-take(1)`) that nothing installs, and writes its markers
//! (`[default: …]`, "Possible values") in English only; here the markers are
//! the catalogue's, already in each flag's help.

use super::localise;
use crate::i18n::texts;
use crate::model::lang::Lang;
use clap::{Arg, Command};
use std::fmt::Write as _;

/// The man page in `lang`, as roff.
pub(super) fn render(lang: Lang) -> String {
    let cmd = localise::command(lang);
    let t = texts(lang);
    let mut out = String::new();
    let version = cmd.get_version().unwrap_or_default();
    let _ = writeln!(
        out,
        ".TH DIGIKOMP 1 \"\" \"digikomp {}\" \"{}\"",
        escape(version),
        escape(t.man_manual())
    );
    // groff hyphenates by English patterns whatever the text's language
    // ("inbyg-gda"): no hyphenation at all reads better than wrong breaks.
    out.push_str(".nh\n");
    section(&mut out, t.man_section_name());
    let about = cmd.get_about().map(ToString::to_string).unwrap_or_default();
    let _ = writeln!(out, "digikomp \\- {}", escape(about.trim_end_matches('.')));
    section(&mut out, t.man_section_synopsis());
    usage(&mut out, &cmd);
    section(&mut out, t.man_section_description());
    let description = cmd.get_long_about().or(cmd.get_about());
    paragraphs(
        &mut out,
        &description.map(ToString::to_string).unwrap_or_default(),
    );
    section(&mut out, t.man_section_options());
    for arg in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
        option(&mut out, arg);
    }
    section(&mut out, t.man_section_commands());
    for sub in commands(&cmd) {
        subcommand(&mut out, sub, "digikomp");
    }
    // The top command's after-help is the exit codes, then the environment.
    let after = cmd
        .get_after_help()
        .map(ToString::to_string)
        .unwrap_or_default();
    let mut blocks = after.split("\n\n");
    for heading in [t.man_section_exit_status(), t.man_section_environment()] {
        section(&mut out, heading);
        for line in blocks.next().unwrap_or_default().lines().skip(1) {
            let line = line.trim();
            let (key, what) = line.split_once(' ').unwrap_or((line, ""));
            let _ = writeln!(out, ".TP\n\\fB{}\\fR\n{}", escape(key), escape(what.trim()));
        }
    }
    out
}

/// The subcommands of `cmd` a reader can run (clap's `help` is said by `--help`).
fn commands(cmd: &Command) -> impl Iterator<Item = &Command> {
    cmd.get_subcommands()
        .filter(|s| s.get_name() != "help" && !s.is_hide_set())
}

/// One subcommand as a subsection: what it does, its usage, its own flags (the
/// global ones are listed once, at the top) and its examples; then its own
/// subcommands.
fn subcommand(out: &mut String, cmd: &Command, parent: &str) {
    let path = format!("{parent} {}", cmd.get_name());
    let _ = writeln!(out, ".SS \"{}\"", escape(&path));
    let about = cmd.get_long_about().or(cmd.get_about());
    paragraphs(out, &about.map(ToString::to_string).unwrap_or_default());
    out.push_str(".PP\n");
    usage(out, cmd);
    for arg in cmd
        .get_arguments()
        .filter(|a| !a.is_hide_set() && !a.is_global_set())
        .filter(|a| !matches!(a.get_id().as_str(), "help" | "version"))
    {
        option(out, arg);
    }
    if let Some(after) = cmd.get_after_help() {
        let after = after.to_string();
        let mut lines = after.lines();
        let _ = writeln!(out, ".PP\n{}", escape(lines.next().unwrap_or_default()));
        out.push_str(".nf\n.RS 2\n");
        for line in lines {
            let _ = writeln!(out, "{}", escape(line.trim_start()));
        }
        out.push_str(".RE\n.fi\n");
    }
    for sub in commands(cmd) {
        subcommand(out, sub, &path);
    }
}

/// The usage lines of `cmd`, without their heading, one line each.
fn usage(out: &mut String, cmd: &Command) {
    let rendered = cmd.clone().render_usage().to_string();
    let body = rendered.split_once(' ').map_or(&*rendered, |(_, b)| b);
    for (i, line) in body.lines().enumerate() {
        if i > 0 {
            out.push_str(".br\n");
        }
        let _ = writeln!(out, "{}", escape(line.trim()));
    }
}

/// One flag or argument as a tagged paragraph: its names and value, then its help.
fn option(out: &mut String, arg: &Arg) {
    let values: Vec<String> = arg
        .get_value_names()
        .map(|names| names.iter().map(|n| format!("<{n}>")).collect())
        .unwrap_or_default();
    let mut tag = Vec::new();
    if let Some(short) = arg.get_short() {
        tag.push(format!("\\fB\\-{}\\fR", escape(&short.to_string())));
    }
    if let Some(long) = arg.get_long() {
        tag.push(format!("\\fB\\-\\-{}\\fR", escape(long)));
    }
    let mut tag = tag.join(", ");
    let shows_value = arg.is_positional() || arg.get_action().takes_values();
    if shows_value {
        for v in &values {
            if !tag.is_empty() {
                tag.push(' ');
            }
            let _ = write!(tag, "\\fI{}\\fR", escape(v));
        }
    }
    let help = arg
        .get_long_help()
        .or(arg.get_help())
        .map(ToString::to_string)
        .unwrap_or_default();
    let help = help.split_whitespace().collect::<Vec<_>>().join(" ");
    let _ = writeln!(out, ".TP\n{tag}\n{}", escape(&help));
}

fn section(out: &mut String, heading: &str) {
    let _ = writeln!(out, ".SH \"{}\"", escape(heading));
}

/// Prose: a paragraph per blank-line-separated block, its lines filled by roff.
fn paragraphs(out: &mut String, text: &str) {
    for (i, block) in text
        .split("\n\n")
        .filter(|b| !b.trim().is_empty())
        .enumerate()
    {
        if i > 0 {
            out.push_str(".PP\n");
        }
        let joined = block.split_whitespace().collect::<Vec<_>>().join(" ");
        let _ = writeln!(out, "{}", escape(&joined));
    }
}

/// Text made safe for roff: a backslash, a minus and a quote are written as roff
/// glyphs (a minus stays a minus, so a flag can be copied), anything beyond ASCII
/// as its Unicode escape (troff reads bytes, and not every `man` converts UTF-8
/// first), and a line cannot start a request.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\e"),
            '-' => out.push_str("\\-"),
            '\'' => out.push_str("\\(aq"),
            '"' => out.push_str("\\(dq"),
            c if c.is_ascii() => out.push(c),
            c => {
                let _ = write!(out, "\\[u{:04X}]", u32::from(c));
            }
        }
    }
    if out.starts_with('.') {
        out.insert_str(0, "\\&");
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_word_is_hyphenated_by_english_rules() {
        for lang in [Lang::SV, Lang::EN] {
            let page = render(lang);
            assert_eq!(page.lines().nth(1), Some(".nh"), "right after .TH");
        }
    }

    #[test]
    fn roff_escapes_requests_and_backslashes() {
        assert_eq!(escape(".hidden"), "\\&.hidden");
        assert_eq!(escape("a\\b -x 'y'"), "a\\eb \\-x \\(aqy\\(aq");
        assert_eq!(escape("Miljö"), "Milj\\[u00F6]");
    }

    #[test]
    fn every_exit_code_and_variable_is_an_item() {
        for lang in [Lang::SV, Lang::EN] {
            let page = render(lang);
            for key in ["0", "1", "2", "130", "DIGIKOMP_DATA_DIR", "NO_COLOR"] {
                let item = format!(".TP\n\\fB{}\\fR\n", escape(key));
                assert!(page.contains(&item), "{lang}: {key} in\n{page}");
            }
        }
    }
}
