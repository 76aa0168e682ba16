//! clap's usage errors as digikomp's own messages, in the user's language: what
//! was wrong, naming the value, and where to read more.

use crate::i18n::{texts, Texts};
use crate::model::lang::Lang;
use crate::model::text::MAX_TEXT_CHARS;
use clap::error::{ContextKind, ContextValue, ErrorKind};
use clap::Command;
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
        ErrorKind::ValueValidation => UsageProblem::BadValue { flag, value },
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
    let t = texts(lang);
    format!(
        "{}: {}",
        t.error_prefix(),
        t.usage_error(usage_problem(t, &problem), t.see_help(command))
    )
}

/// What can be wrong with a command line, with the values to name.
enum UsageProblem<'a> {
    /// A subcommand that does not exist, and the closest one that does.
    UnknownCommand {
        given: &'a str,
        suggestion: Option<&'a str>,
    },
    /// A flag that does not exist (here), and the closest one that does.
    UnknownFlag {
        given: &'a str,
        suggestion: Option<&'a str>,
    },
    /// A word where no more arguments are taken.
    UnexpectedArgument { given: &'a str },
    /// A value outside a fixed list.
    NotAllowed {
        flag: &'a str,
        value: &'a str,
        allowed: &'a [String],
        suggestion: Option<&'a str>,
    },
    /// A value the flag's parser refused.
    BadValue { flag: &'a str, value: &'a str },
    /// A flag given without its value.
    NeedsValue { flag: &'a str },
    /// Required arguments that were not given.
    Missing { what: &'a [String] },
    /// A subcommand is needed; the ones there are.
    MissingCommand { valid: &'a [String] },
    /// Two flags that cannot be used together.
    Conflict {
        flag: &'a str,
        other: Option<&'a str>,
    },
    /// A flag given a value without `=` where one is needed.
    NoEquals { flag: &'a str },
    /// A flag given once too often, or with one value too many.
    TooManyValues { flag: &'a str, value: &'a str },
    /// A flag given the wrong number of values.
    WrongNumberOfValues {
        flag: &'a str,
        expected: usize,
        actual: usize,
    },
    /// An argument that is not valid UTF-8.
    InvalidUtf8,
    /// Anything else: clap's own text, quoted.
    Other { text: &'a str },
}

/// The sentence saying what was wrong with the command line, without prefix.
fn usage_problem(t: &'static Texts, problem: &UsageProblem) -> String {
    let did_you_mean = |s: Option<&str>| s.map(|s| t.did_you_mean(s)).unwrap_or_default();
    match *problem {
        UsageProblem::UnknownCommand { given, suggestion } => {
            t.usage_unknown_command(given, did_you_mean(suggestion))
        }
        UsageProblem::UnknownFlag { given, suggestion } => {
            t.usage_unknown_flag(given, did_you_mean(suggestion))
        }
        UsageProblem::UnexpectedArgument { given } => t.usage_unexpected_argument(given),
        UsageProblem::NotAllowed {
            flag,
            value,
            allowed,
            suggestion,
        } => t.usage_not_allowed(
            value,
            flag,
            t.list_or_words(allowed),
            did_you_mean(suggestion),
        ),
        UsageProblem::BadValue { flag, value } => t.usage_bad_value(bad_value(t, flag, value)),
        UsageProblem::NeedsValue { flag } => t.usage_needs_value(flag),
        UsageProblem::Missing { what } => t.usage_missing(t.list_and_words(what)),
        UsageProblem::MissingCommand { valid } => t.usage_missing_command(t.list_or_words(valid)),
        UsageProblem::Conflict {
            flag,
            other: Some(other),
        } => t.usage_conflict(flag, other),
        UsageProblem::Conflict { flag, other: None } => t.usage_conflict_any(flag),
        UsageProblem::NoEquals { flag } => t.usage_no_equals(flag),
        UsageProblem::TooManyValues { flag, value } => t.usage_too_many_values(flag, value),
        UsageProblem::WrongNumberOfValues {
            flag,
            expected,
            actual,
        } => t.usage_wrong_number_of_values(flag, expected, actual),
        UsageProblem::InvalidUtf8 => t.usage_invalid_utf8().to_string(),
        UsageProblem::Other { text } => t.usage_other(text),
    }
}

/// The smallest and largest value of the flags with bounds, and the flags that
/// take a small whole number (0 to 255).
const BOUNDED: &[(&str, u32, u32)] = &[("--last", 1, u32::MAX), ("--min-group", 3, 65_535)];
const SMALL_NUMBERS: &[&str] = &["--area", "--high", "--low"];

/// The flags that take a short text, refused only when it is too long.
const TEXTS: &[&str] = &[
    "--label",
    "--workplace",
    "--role",
    "--goal",
    "--study",
    "--owner",
    "--resources",
    "--success",
];

/// What is wrong with `value` for `flag`, for every flag whose parser can
/// refuse a value; no parser's (or model type's) own text reaches the user.
fn bad_value(t: &'static Texts, flag: &str, value: &str) -> String {
    if let Some(&(_, min, max)) = BOUNDED.iter().find(|(f, _, _)| *f == flag) {
        // A whole number of any size (digits only) is too small or too large.
        let digits = value.trim().trim_start_matches(['-', '+']);
        let whole = !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit());
        return match value.trim().parse::<i128>() {
            Ok(n) if n < i128::from(min) => t.value_at_least(flag, min),
            _ if whole && !value.trim().starts_with('-') => t.value_at_most(flag, max),
            _ if whole => t.value_at_least(flag, min),
            _ => t.value_not_whole_at_least(value, flag, min),
        };
    }
    if TEXTS.contains(&flag) {
        return t.value_too_long(flag, MAX_TEXT_CHARS);
    }
    if SMALL_NUMBERS.contains(&flag) {
        return t.value_not_small_number(value, flag);
    }
    match flag {
        "--lang" => t.unknown_language(value),
        "--since" | "--due" | "--follow-up" => t.value_not_date(value),
        "--set" => t.leaders_unknown_set(value),
        "--delimiter" => t.value_not_delimiter(value),
        "--statement" => t.value_not_code(value),
        _ => t.value_not_for(value, flag),
    }
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
