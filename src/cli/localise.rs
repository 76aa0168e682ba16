//! The command tree with its help in the user's language: English is the doc
//! comments as they are; Swedish replaces every text clap would print (about
//! lines, flag help, headings, usage, `--help`/`--version`, the `help`
//! subcommand, and the `[default: …]`-style markers) with the catalogue in
//! `ui::texts_cli`.

use super::Cli;
use crate::model::lang::Lang;
use crate::ui::texts_cli::{self, sv};
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
    let mut cmd = Cli::command();
    cmd.build();
    match lang {
        Lang::En => cmd,
        Lang::Sv => swedish(cmd, ""),
    }
}

/// The catalogue's key for the command at `path`: clap copies the commands under
/// `help` (`help plan add`) for its own lookups, and those copies read like the
/// originals; every `help` itself is the one `help` text.
pub(crate) fn catalogue_key(path: &str) -> String {
    if path.rsplit(' ').next() == Some("help") {
        return "help".to_string();
    }
    path.split(' ')
        .filter(|part| *part != "help")
        .collect::<Vec<_>>()
        .join(" ")
}

fn swedish(cmd: Command, path: &str) -> Command {
    let key = catalogue_key(path);
    let template = template(&cmd);
    let mut cmd = cmd
        .subcommand_help_heading(sv::COMMANDS)
        .subcommand_value_name(sv::COMMAND_VALUE)
        .help_template(template)
        .mut_args(|arg| swedish_arg(&key, arg));
    // Only the texts the English has are replaced, so that no empty section appears.
    if cmd.get_about().is_some() {
        cmd = cmd.about(texts_cli::about(&key));
    }
    if cmd.get_long_about().is_some() {
        cmd = cmd.long_about(texts_cli::long_about(&key));
    }
    if cmd.get_after_help().is_some() {
        cmd = cmd.after_help(texts_cli::after_help(&key));
    }
    // The usage line is rendered last: it shows the translated placeholders.
    let usage = swedish_usage(&mut cmd);
    cmd.override_usage(usage).mut_subcommands(|sub| {
        let child = if path.is_empty() {
            sub.get_name().to_string()
        } else {
            format!("{path} {}", sub.get_name())
        };
        swedish(sub, &child)
    })
}

/// clap's default help layout with the usage heading in Swedish; the heading
/// keeps clap's style so that it looks like the others in a terminal.
fn template(cmd: &Command) -> String {
    let style = cmd.get_styles().get_usage();
    let usage = format!("{style}{}{style:#} {{usage}}", sv::USAGE);
    if cmd.get_arguments().any(|a| !a.is_hide_set()) || cmd.has_subcommands() {
        format!("{{before-help}}{{about-with-newline}}\n{usage}\n\n{{all-args}}{{after-help}}")
    } else {
        format!("{{before-help}}{{about-with-newline}}\n{usage}{{after-help}}")
    }
}

/// The usage clap would print, without its heading, with `[OPTIONS]` in Swedish
/// and further lines lined up under the longer Swedish heading.
fn swedish_usage(cmd: &mut Command) -> String {
    let rendered = cmd.render_usage().ansi().to_string();
    // The heading is one styled word and a space; the usage follows it.
    let body = rendered
        .split_once(' ')
        .map_or(&*rendered, |(_, body)| body);
    let indent = " ".repeat(sv::USAGE.chars().count() + 1);
    body.replace("[OPTIONS]", sv::OPTIONS_VALUE).replace(
        &format!("\n{}", " ".repeat("Usage: ".len())),
        &format!("\n{indent}"),
    )
}

fn swedish_arg(key: &str, arg: Arg) -> Arg {
    let id = arg.get_id().as_str();
    let help = if id == "help" && arg.get_long_help().is_some() {
        // Where --help shows more than -h, the flag says so, as clap's does.
        return arg
            .help(sv::HELP_MORE)
            .long_help(sv::HELP_SUMMARY)
            .help_heading(sv::OPTIONS);
    } else if let Some(text) = texts_cli::arg_help(key, id) {
        text.to_string()
    } else {
        arg.get_help().map(ToString::to_string).unwrap_or_default()
    };
    let markers = markers(&arg);
    let help = if markers.is_empty() {
        help
    } else {
        format!("{help} {}", markers.join(" "))
    };
    let heading = if arg.is_positional() {
        sv::ARGUMENTS
    } else {
        sv::OPTIONS
    };
    let names: Option<Vec<Str>> = arg.get_value_names().map(|names| {
        names
            .iter()
            .map(|n| texts_cli::value_name(n.as_str()).map_or_else(|| n.clone(), Str::from))
            .collect()
    });
    let arg = arg
        .help(help)
        .long_help(None)
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
/// add, in Swedish, for the arguments where clap would show them.
fn markers(arg: &Arg) -> Vec<String> {
    let mut out = Vec::new();
    if !arg.get_action().takes_values() {
        return out;
    }
    let defaults = arg.get_default_values();
    if !arg.is_hide_default_value_set() && !defaults.is_empty() {
        let values: Vec<String> = defaults
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .collect();
        out.push(sv::default_value(&values.join(", ")));
    }
    let possible: Vec<String> = arg
        .get_possible_values()
        .iter()
        .filter(|v| !v.is_hide_set())
        .map(|v| v.get_name().to_string())
        .collect();
    if !arg.is_hide_possible_values_set() && !possible.is_empty() {
        out.push(sv::possible_values(&possible.join(", ")));
    }
    if let (Some(name), false) = (arg.get_env(), arg.is_hide_env_set()) {
        out.push(sv::env(&name.to_string_lossy()));
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
    fn every_command_and_argument_has_a_swedish_text() {
        let english = command(Lang::En);
        let mut commands = Vec::new();
        walk(&english, "", &mut commands);
        let mut missing = Vec::new();
        for (path, cmd) in commands {
            let key = catalogue_key(&path);
            let texts = [
                ("about", cmd.get_about().is_some(), texts_cli::about(&key)),
                (
                    "long about",
                    cmd.get_long_about().is_some(),
                    texts_cli::long_about(&key),
                ),
                (
                    "after help",
                    cmd.get_after_help().is_some(),
                    texts_cli::after_help(&key),
                ),
            ];
            for (what, english_has, swedish) in texts {
                if english_has && swedish.is_none() {
                    missing.push(format!("{what} of '{path}'"));
                }
            }
            for arg in cmd.get_arguments() {
                let id = arg.get_id().as_str();
                if texts_cli::arg_help(&key, id).is_none() {
                    missing.push(format!("help of '{path}' {id}"));
                }
                let shown = arg.get_action().takes_values();
                for name in arg
                    .get_value_names()
                    .into_iter()
                    .flatten()
                    .filter(|_| shown)
                {
                    if texts_cli::value_name(name.as_str()).is_none() {
                        missing.push(format!("value name {name} of '{path}' {id}"));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "no Swedish text for: {missing:#?}");
    }

    #[test]
    fn the_help_copies_read_like_the_commands() {
        assert_eq!(catalogue_key(""), "");
        assert_eq!(catalogue_key("plan add"), "plan add");
        assert_eq!(catalogue_key("help plan add"), "plan add");
        assert_eq!(catalogue_key("plan help"), "help");
        assert_eq!(catalogue_key("help"), "help");
    }

    #[test]
    fn the_swedish_tree_is_still_a_valid_command_line() {
        command(Lang::Sv).debug_assert();
    }
}
