//! clap's usage errors as digikomp's own messages, in the user's language: what
//! was wrong, naming the value, and where to read more.

use crate::model::lang::Lang;
use crate::ui::texts::texts;
use crate::ui::texts_cli::{see_help, usage_problem, UsageProblem};
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;
use std::error::Error as _;
use std::ffi::OsString;

/// The message for a usage error (`err` is not help or version output).
///
/// `command` is the one the user typed (`digikomp plan add`): clap attaches no
/// usage, and so no command, to some errors.
pub(super) fn usage_message(lang: Lang, err: &clap::Error, command: &str) -> String {
    let rendered = err.render().to_string();
    let first = string(err, ContextKind::InvalidArg)
        .or_else(|| string(err, ContextKind::InvalidSubcommand));
    let flag = first.map_or("", flag_of);
    let value = string(err, ContextKind::InvalidValue).unwrap_or("");
    // A list of what is missing reads better without clap's "..." for "one or more".
    let listed: Vec<String> = strings(err, ContextKind::InvalidArg)
        .iter()
        .map(|a| a.trim_end_matches("...").to_string())
        .collect();
    let valid = strings(err, ContextKind::ValidValue);
    let subcommands = strings(err, ContextKind::ValidSubcommand);
    let reason = err.source().map(ToString::to_string);
    let problem = match err.kind() {
        ErrorKind::InvalidSubcommand => UsageProblem::UnknownCommand {
            given: string(err, ContextKind::InvalidSubcommand).unwrap_or(""),
            suggestion: string(err, ContextKind::SuggestedSubcommand),
        },
        ErrorKind::UnknownArgument if first.is_some_and(|a| a.starts_with('-')) => {
            UsageProblem::UnknownFlag {
                given: first.unwrap_or(""),
                suggestion: string(err, ContextKind::SuggestedArg)
                    .or_else(|| string(err, ContextKind::SuggestedSubcommand)),
            }
        }
        ErrorKind::UnknownArgument => UsageProblem::UnexpectedArgument {
            given: first.unwrap_or(""),
        },
        // clap reports a flag given without its value as an empty invalid value.
        ErrorKind::InvalidValue if value.is_empty() && valid.is_empty() => {
            UsageProblem::NeedsValue { flag }
        }
        ErrorKind::InvalidValue => UsageProblem::NotAllowed {
            flag,
            value,
            allowed: &valid,
            suggestion: string(err, ContextKind::SuggestedValue),
        },
        ErrorKind::ValueValidation => UsageProblem::BadValue {
            flag,
            value,
            reason: reason.as_deref(),
        },
        ErrorKind::MissingRequiredArgument => UsageProblem::Missing { what: &listed },
        ErrorKind::MissingSubcommand => UsageProblem::MissingCommand {
            valid: &subcommands,
        },
        ErrorKind::ArgumentConflict => UsageProblem::Conflict {
            flag,
            other: string(err, ContextKind::PriorArg).map(flag_of),
        },
        ErrorKind::NoEquals => UsageProblem::NoEquals { flag },
        ErrorKind::TooManyValues => UsageProblem::TooManyValues { flag, value },
        ErrorKind::WrongNumberOfValues | ErrorKind::TooFewValues => {
            UsageProblem::WrongNumberOfValues {
                flag,
                expected: number(err, ContextKind::ExpectedNumValues)
                    .or_else(|| number(err, ContextKind::MinValues))
                    .unwrap_or(0),
                actual: number(err, ContextKind::ActualNumValues).unwrap_or(0),
            }
        }
        ErrorKind::InvalidUtf8 => UsageProblem::InvalidUtf8,
        _ => UsageProblem::Other {
            text: clap_text(&rendered),
        },
    };
    format!(
        "{}: {} {}",
        texts(lang).error_prefix,
        usage_problem(lang, &problem),
        see_help(lang, command)
    )
}

/// The flag of a clap argument description: `--last <N>` → `--last`.
fn flag_of(described: &str) -> &str {
    described.split_whitespace().next().unwrap_or(described)
}

/// clap's own sentence, without its `error: ` and its usage and tip lines.
fn clap_text(rendered: &str) -> &str {
    let first = rendered.lines().next().unwrap_or(rendered);
    first.strip_prefix("error: ").unwrap_or(first)
}

/// The command the user typed (`digikomp plan add`): the words of `args` that
/// name subcommands, skipping the values of flags that take one. clap's `help`
/// subcommand is left out: its own `--help` is an error.
pub(super) fn command_of(cmd: &Command, args: &[OsString]) -> String {
    let mut path = vec![cmd.get_name().to_string()];
    let mut current = cmd;
    let mut words = args.iter().skip(1).map(|a| a.to_str().unwrap_or(""));
    while let Some(word) = words.next() {
        if word == "--" {
            break;
        }
        if let Some(flag) = word.strip_prefix('-').filter(|f| !f.is_empty()) {
            if !word.contains('=') && takes_value(current, flag) {
                words.next();
            }
        } else if let Some(sub) = current.find_subcommand(word) {
            if sub.get_name() != "help" {
                path.push(sub.get_name().to_string());
            }
            current = sub;
        }
    }
    path.join(" ")
}

/// Whether `flag` (`-o`, `--output`, without the first dash) is a flag of `cmd`
/// that takes its value as the next word.
fn takes_value(cmd: &Command, flag: &str) -> bool {
    let mut args = cmd.get_arguments();
    let found = if let Some(long) = flag.strip_prefix('-') {
        args.find(|a| a.get_long() == Some(long))
    } else {
        // `-of x`: only the last short flag of a cluster can take the next word.
        let last = flag.chars().last();
        args.find(|a| a.get_short().is_some() && a.get_short() == last)
    };
    found.is_some_and(|a| a.get_action().takes_values())
}

fn string(err: &clap::Error, kind: ContextKind) -> Option<&str> {
    match err.get(kind)? {
        ContextValue::String(s) => Some(s),
        ContextValue::Strings(v) => v.first().map(String::as_str),
        _ => None,
    }
}

fn strings(err: &clap::Error, kind: ContextKind) -> Vec<String> {
    match err.get(kind) {
        Some(ContextValue::String(s)) => vec![s.clone()],
        Some(ContextValue::Strings(v)) => v.clone(),
        Some(ContextValue::StyledStr(s)) => vec![s.to_string()],
        Some(ContextValue::StyledStrs(v)) => v.iter().map(ToString::to_string).collect(),
        _ => Vec::new(),
    }
}

fn number(err: &clap::Error, kind: ContextKind) -> Option<usize> {
    match err.get(kind)? {
        ContextValue::Number(n) => usize::try_from(*n).ok(),
        _ => None,
    }
}
