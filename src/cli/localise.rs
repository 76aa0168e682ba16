//! The command tree with its help in the user's language: every text clap would
//! print (about lines, flag help, headings, usage, `--help`/`--version`, the
//! `help` subcommand, and the `[default: …]`-style markers) comes from the
//! catalogue, in every language alike. The clap types in `cli` carry no help
//! text of their own.
//!
//! Catalogue ids follow the tree: `cmd-plan-add-about`, `cmd-plan-add-after-help`,
//! `arg-plan-add-goal`, `arg-global-lang` for the flags every command has, and
//! `value-file` for a placeholder. A test walks the tree, so a new command or
//! flag without its texts fails the tests rather than showing nothing.

use super::Cli;
use crate::i18n::{texts, Texts};
use crate::model::lang::Lang;
use clap::builder::Str;
use clap::{Arg, Command, CommandFactory};

/// The whole command tree, built, with its help in `lang`.
///
/// The tree is built before it is translated because clap adds `--help`,
/// `--version` and the `help` subcommand (and copies the global flags into every
/// subcommand) only when it builds; translating afterwards reaches those too.
/// Only texts change, never names or the order of arguments, so what the build
/// worked out for parsing stays valid.
pub(super) fn command(lang: Lang) -> Command {
    let t = texts(lang);
    // The descriptions go in before the build too: clap decides there whether
    // `--help` shows more than `-h`.
    let mut cmd = describe(Cli::command(), "", t);
    cmd.build();
    translate(cmd, "", t)
}

/// The child path of `sub` under `path`.
fn child(path: &str, sub: &Command) -> String {
    if path.is_empty() {
        sub.get_name().to_string()
    } else {
        format!("{path} {}", sub.get_name())
    }
}

/// The about line, the long description and the text after the flags of
/// `cmd` and its subcommands, where the catalogue has them.
fn describe(cmd: Command, path: &str, t: &'static Texts) -> Command {
    let key = catalogue_key(path);
    let mut cmd = cmd;
    if let Some(about) = t.lookup(&format!("cmd-{key}-about")) {
        cmd = cmd.about(about);
    }
    if let Some(long) = t.lookup(&format!("cmd-{key}-long-about")) {
        cmd = cmd.long_about(long);
    }
    if let Some(after) = t.lookup(&format!("cmd-{key}-after-help")) {
        cmd = cmd.after_help(after);
    }
    cmd.mut_subcommands(|sub| {
        let child = child(path, &sub);
        describe(sub, &child, t)
    })
}

/// The catalogue's key for the command at `path` (`plan add` → `plan-add`, the
/// top command → `digikomp`): clap copies the commands under `help` (`help plan
/// add`) for its own lookups, and those copies read like the originals; every
/// `help` itself is the one `help` text.
pub(crate) fn catalogue_key(path: &str) -> String {
    if path.rsplit(' ').next() == Some("help") {
        return "help".to_string();
    }
    let key = path
        .split(' ')
        .filter(|part| *part != "help" && !part.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    if key.is_empty() {
        "digikomp".to_string()
    } else {
        key
    }
}

/// The id of an argument's help: the flags every command has share one.
fn arg_id(key: &str, arg: &Arg) -> String {
    let id = arg.get_id().as_str().replace('_', "-");
    if arg.is_global_set() || matches!(id.as_str(), "help" | "version") {
        format!("arg-global-{id}")
    } else {
        format!("arg-{key}-{id}")
    }
}

/// The id of a value's placeholder: `FILE|DIR` → `value-file-or-dir`.
fn value_id(name: &str) -> String {
    format!(
        "value-{}",
        name.to_lowercase().replace('|', "-or-").replace('=', "-")
    )
}

fn translate(cmd: Command, path: &str, t: &'static Texts) -> Command {
    let key = catalogue_key(path);
    let template = template(&cmd, t);
    let mut cmd = cmd
        .subcommand_help_heading(t.cli_commands_heading())
        .subcommand_value_name(t.cli_command_value())
        .help_template(template);
    // clap's own `help` subcommand is made by the build.
    if let Some(about) = t.lookup(&format!("cmd-{key}-about")) {
        cmd = cmd.about(about);
    }
    // Where clap shows a longer help with --help (a command with a long
    // description), each flag's markers stand on lines of their own there, as
    // clap writes them.
    let long = cmd.get_long_about().is_some();
    cmd = cmd.mut_args(|arg| translate_arg(&key, arg, long, t));
    // The usage line is rendered last: it shows the translated placeholders.
    let usage = usage(&mut cmd, t);
    cmd.override_usage(usage).mut_subcommands(|sub| {
        let child = child(path, &sub);
        translate(sub, &child, t)
    })
}

/// clap's default help layout with the usage heading from the catalogue; the
/// heading keeps clap's style so that it looks like the others in a terminal.
fn template(cmd: &Command, t: &'static Texts) -> String {
    let style = cmd.get_styles().get_usage();
    let usage = format!("{style}{}{style:#} {{usage}}", t.cli_usage_heading());
    if cmd.get_arguments().any(|a| !a.is_hide_set()) || cmd.has_subcommands() {
        format!("{{before-help}}{{about-with-newline}}\n{usage}\n\n{{all-args}}{{after-help}}")
    } else {
        format!("{{before-help}}{{about-with-newline}}\n{usage}{{after-help}}")
    }
}

/// The usage clap would print, without its heading, with `[OPTIONS]` from the
/// catalogue and further lines lined up under the heading.
fn usage(cmd: &mut Command, t: &'static Texts) -> String {
    let rendered = cmd.render_usage().ansi().to_string();
    // The heading is one styled word and a space; the usage follows it.
    let body = rendered
        .split_once(' ')
        .map_or(&*rendered, |(_, body)| body);
    let indent = " ".repeat(t.cli_usage_heading().chars().count() + 1);
    body.replace("[OPTIONS]", t.cli_options_value()).replace(
        &format!("\n{}", " ".repeat("Usage: ".len())),
        &format!("\n{indent}"),
    )
}

fn translate_arg(key: &str, arg: Arg, long: bool, t: &'static Texts) -> Arg {
    // A subcommand's own flags first, then the ones every command has, under
    // their own heading: `take --help` does not mix them.
    let heading = if arg.is_positional() {
        t.cli_arguments_heading()
    } else if arg.is_global_set() && key != "digikomp" {
        t.cli_global_options_heading()
    } else {
        t.cli_options_heading()
    };
    if arg.get_id().as_str() == "help" && arg.get_long_help().is_some() {
        // Where --help shows more than -h, the flag says so, as clap's does.
        return arg
            .help(t.cli_help_more())
            .long_help(t.cli_help_summary())
            .help_heading(heading);
    }
    let text = t.lookup(&arg_id(key, &arg)).unwrap_or_default();
    let markers = markers(&arg, t);
    let (help, long_help) = if markers.is_empty() {
        (text, None)
    } else {
        let short = format!("{text} {}", markers.join(" "));
        let long = long.then(|| format!("{text}\n\n{}", markers.join("\n")));
        (short, long)
    };
    let names: Option<Vec<Str>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|n| {
                t.lookup(&value_id(n.as_str()))
                    .map_or_else(|| n.clone(), Str::from)
            })
            .collect()
    });
    let arg = match long_help {
        Some(long) => arg.long_help(long),
        None => arg,
    };
    let arg = arg
        .help(help)
        .help_heading(heading)
        .hide_default_value(true)
        .hide_possible_values(true)
        .hide_env(true);
    match names {
        Some(names) => arg.value_names(names),
        None => arg,
    }
}

/// The `[default: …]`, `[possible values: …]` and `[env: …]` markers clap would
/// add, from the catalogue, for the arguments where clap would show them.
fn markers(arg: &Arg, t: &'static Texts) -> Vec<String> {
    let mut out = Vec::new();
    if !arg.get_action().takes_values() {
        // A flag read from the environment too (`--plain`, DIGIKOMP_PLAIN) says so.
        if let (Some(name), false) = (arg.get_env(), arg.is_hide_env_set()) {
            out.push(t.cli_marker_env(name.to_string_lossy()));
        }
        return out;
    }
    let defaults = arg.get_default_values();
    if !arg.is_hide_default_value_set() && !defaults.is_empty() {
        let values: Vec<String> = defaults
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        out.push(t.cli_marker_default(values.join(", ")));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !arg.is_hide_possible_values_set() && !possible.is_empty() {
        out.push(t.cli_marker_possible(possible.join(", ")));
    }
    if let (Some(name), false) = (arg.get_env(), arg.is_hide_env_set()) {
        out.push(t.cli_marker_env(name.to_string_lossy()));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every command of the built tree with its path, depth first.
    fn walk<'a>(cmd: &'a Command, path: &str, out: &mut Vec<(String, &'a Command)>) {
        out.push((path.to_string(), cmd));
        for sub in cmd.get_subcommands() {
            let child = if path.is_empty() {
                sub.get_name().to_string()
            } else {
                format!("{path} {}", sub.get_name())
            };
            walk(sub, &child, out);
        }
    }

    #[test]
    fn every_command_and_argument_has_its_texts_in_every_language() {
        let mut built = Cli::command();
        built.build();
        let mut commands = Vec::new();
        walk(&built, "", &mut commands);
        for lang in Lang::all() {
            let t = texts(lang);
            let mut missing = Vec::new();
            for (path, cmd) in &commands {
                let key = catalogue_key(path);
                if t.lookup(&format!("cmd-{key}-about")).is_none() {
                    missing.push(format!("cmd-{key}-about"));
                }
                for arg in cmd.get_arguments() {
                    if arg.get_id() == "help" || arg.is_hide_set() {
                        continue;
                    }
                    if t.lookup(&arg_id(&key, arg)).is_none() {
                        missing.push(arg_id(&key, arg));
                    }
                    let shown = arg.get_action().takes_values() || arg.is_positional();
                    for name in arg
                        .get_value_names()
                        .into_iter()
                        .flatten()
                        .filter(|_| shown)
                    {
                        if t.lookup(&value_id(name.as_str())).is_none() {
                            missing.push(value_id(name.as_str()));
                        }
                    }
                }
            }
            missing.sort();
            missing.dedup();
            assert!(missing.is_empty(), "{lang}: no text for {missing:#?}");
        }
    }

    #[test]
    fn the_help_copies_read_like_the_commands() {
        assert_eq!(catalogue_key(""), "digikomp");
        assert_eq!(catalogue_key("plan add"), "plan-add");
        assert_eq!(catalogue_key("help plan add"), "plan-add");
        assert_eq!(catalogue_key("plan help"), "help");
        assert_eq!(catalogue_key("help"), "help");
    }

    #[test]
    fn every_translated_tree_is_still_a_valid_command_line() {
        for lang in Lang::all() {
            command(lang).debug_assert();
        }
    }
}
