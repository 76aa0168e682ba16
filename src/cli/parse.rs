//! Reading the command line in the user's language: the language is settled
//! before clap parses, so that help and usage errors already speak it.

use super::errors::{command_of, usage_message};
use super::{localise, Cli};
use crate::error::{ExitCode, Op};
use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::render::style::{fit_examples, Style};
use crate::term::output::say;
use clap::error::ErrorKind;
use clap::{Command, FromArgMatches};
use std::ffi::OsString;
use std::io::Write as _;

/// Why parsing stopped before there was a command to run.
#[derive(Debug)]
pub(crate) enum Stop {
    /// Help or the version asked for (stdout, exit 0), or help because nothing was
    /// given (stderr, exit 2): clap prints these, already translated.
    Shown(clap::Error, Lang),
    /// A usage error, as digikomp's own message (stderr, exit 2).
    Usage(String),
}

impl Stop {
    /// Prints what stopped the parse and ends the process with its exit code.
    fn exit(self) -> ! {
        match self {
            Stop::Shown(err, lang) => {
                // clap's own `exit` ignores a failed write: help sent to a full
                // disk would end with 0, as if it had been written.
                let printed = if plain_asked() {
                    // For a screen reader: no backticks or arrows in the help.
                    let text = Style::plain(u16::MAX).say(&err.render().to_string(), lang);
                    if err.use_stderr() {
                        std::io::stderr().write_all(text.as_bytes())
                    } else {
                        let mut out = std::io::stdout();
                        out.write_all(text.as_bytes()).and_then(|()| out.flush())
                    }
                } else {
                    err.print()
                };
                match printed {
                    Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                        let failed = anyhow::Error::new(e).context(Op::Stdout);
                        say(&format!(
                            "{}: {}",
                            texts(lang).error_prefix(),
                            texts(lang).describe(&failed)
                        ));
                        std::process::exit(ExitCode::Error as i32)
                    }
                    _ => std::process::exit(err.exit_code()),
                }
            }
            Stop::Usage(message) => {
                let message = if plain_asked() {
                    crate::render::style::spoken(&message)
                } else {
                    message
                };
                say(&message);
                std::process::exit(ExitCode::Usage as i32)
            }
        }
    }
}

/// Whether plain output was asked for (`--plain`, `DIGIKOMP_PLAIN`, a dumb
/// terminal), read before clap has parsed, for help and usage errors.
fn plain_asked() -> bool {
    let flag = std::env::args_os()
        .skip(1)
        .take_while(|a| a != "--")
        .any(|a| a == "--plain");
    let env = std::env::var("DIGIKOMP_PLAIN").is_ok_and(|v| {
        !matches!(
            v.to_lowercase().as_str(),
            "" | "0" | "false" | "no" | "off" | "n" | "f"
        )
    });
    flag || env || std::env::var("TERM").is_ok_and(|t| t == "dumb")
}

/// The command line of this process, parsed; help, the version and usage errors
/// are printed in the chosen language and end the process.
pub fn parse() -> Cli {
    try_parse_from(std::env::args_os(), std::env::var_os("DIGIKOMP_LANG"))
        .unwrap_or_else(|stop| stop.exit())
}

/// Parses `args` (the program name first), with `env_lang` as the value of
/// `DIGIKOMP_LANG`.
pub(crate) fn try_parse_from<I, T>(args: I, env_lang: Option<OsString>) -> Result<Cli, Stop>
where
    I: IntoIterator<Item = T>,
    T: Into<OsString>,
{
    let args: Vec<OsString> = args.into_iter().map(Into::into).collect();
    let lang = chosen_lang(&args, env_lang);
    let mut cmd = fit_help(localise::command(lang), help_width());
    let parsed = cmd
        .try_get_matches_from_mut(args.iter())
        .and_then(|mut matches| Cli::from_arg_matches_mut(&mut matches));
    parsed.map_err(|err| match err.kind() {
        ErrorKind::DisplayHelp
        | ErrorKind::DisplayVersion
        | ErrorKind::DisplayHelpOnMissingArgumentOrSubcommand => Stop::Shown(err, lang),
        _ => Stop::Usage(usage_message(lang, &err, &command_of(&cmd, &args))),
    })
}

/// The width help is written for: `COLUMNS`, else the terminal's, else 100
/// (clap's own widest).
fn help_width() -> usize {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse::<usize>().ok())
        .or_else(|| {
            dialoguer::console::Term::stdout()
                .size_checked()
                .map(|(_, w)| usize::from(w))
        })
        .unwrap_or(100)
        .clamp(40, 100)
}

/// `cmd` and its subcommands with help written for `width` columns, their
/// examples laid out so that a description never wraps under the commands.
fn fit_help(cmd: Command, width: usize) -> Command {
    let mut cmd = cmd.term_width(width);
    if let Some(after) = cmd.get_after_help().map(ToString::to_string) {
        cmd = cmd.after_help(fit_examples(&after, width));
    }
    cmd.mut_subcommands(|sub| fit_help(sub, width))
}

/// The language the command line asks for, found the way clap will: the last
/// `--lang X` or `--lang=X` before a `--`, else `DIGIKOMP_LANG`, else Swedish. A
/// value digikomp does not know gives Swedish here; clap then reports it.
fn chosen_lang(args: &[OsString], env_lang: Option<OsString>) -> Lang {
    let mut given = None;
    let mut words = args.iter().skip(1).map(|a| a.to_str());
    while let Some(word) = words.next() {
        match word {
            Some("--") => break,
            Some("--lang") => given = Some(words.next().flatten().unwrap_or("")),
            Some(w) if w.starts_with("--lang=") => given = Some(&w["--lang=".len()..]),
            _ => {}
        }
    }
    let value = match given {
        Some(value) => Some(value.to_string()),
        None => env_lang.and_then(|v| v.into_string().ok()),
    };
    value.and_then(|v| v.parse().ok()).unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lang_of(args: &[&str], env: Option<&str>) -> Lang {
        let args: Vec<OsString> = args.iter().map(OsString::from).collect();
        chosen_lang(&args, env.map(OsString::from))
    }

    #[test]
    fn the_language_is_found_before_parsing() {
        assert_eq!(lang_of(&["digikomp", "--help"], None), Lang::SV);
        assert_eq!(
            lang_of(&["digikomp", "take", "--lang", "en"], None),
            Lang::EN
        );
        assert_eq!(lang_of(&["digikomp", "--lang=en", "tak"], None), Lang::EN);
        assert_eq!(lang_of(&["digikomp", "tak"], Some("en")), Lang::EN);
        assert_eq!(lang_of(&["digikomp", "--lang", "sv"], Some("en")), Lang::SV);
        assert_eq!(lang_of(&["digikomp", "--lang", "fi"], Some("en")), Lang::SV);
        assert_eq!(lang_of(&["digikomp", "--", "--lang", "en"], None), Lang::SV);
    }

    fn usage_error(args: &[&str], env: Option<&str>) -> String {
        match try_parse_from(args, env.map(OsString::from)) {
            Err(Stop::Usage(message)) => message,
            other => panic!("{args:?}: {other:?}"),
        }
    }

    #[test]
    fn usage_errors_are_in_the_chosen_language() {
        assert_eq!(
            usage_error(&["digikomp", "tak"], None),
            "fel: okänt kommando 'tak'. Menade du 'take'? Se 'digikomp --help'."
        );
        assert_eq!(
            usage_error(&["digikomp", "tak"], Some("en")),
            "error: unknown command 'tak'. Did you mean 'take'? See 'digikomp --help'."
        );
        assert_eq!(
            usage_error(&["digikomp", "progress", "--last", "0"], None),
            "fel: --last måste vara minst 1. Se 'digikomp progress --help'."
        );
        assert_eq!(
            usage_error(&["digikomp", "progress", "--since", "15/3"], Some("en")),
            "error: '15/3' is not a date: use year-month-day, e.g. 2026-01-31. \
             See 'digikomp progress --help'."
        );
        assert_eq!(
            usage_error(&["digikomp", "--lang", "fi", "questions"], None),
            "fel: okänt språk 'fi': använd 'sv' eller 'en'. Se 'digikomp questions --help'."
        );
        assert_eq!(
            usage_error(&["digikomp", "plan", "add", "--statement", "12"], None),
            "fel: '12' är ingen påståendekod (tre siffror, t.ex. 203). \
             Se 'digikomp plan add --help'."
        );
    }

    #[test]
    fn every_kind_of_usage_error_is_a_sentence() {
        for (args, expected) in [
            (
                &["digikomp", "history", "--jsn"][..],
                "okänd flagga '--jsn'. Menade du '--json'?",
            ),
            (&["digikomp", "history", "extra"], "'extra' passar inte här"),
            (
                &["digikomp", "--color", "blue", "paths"],
                "'blue' går inte för --color: välj auto, always eller never.",
            ),
            (
                &["digikomp", "take", "--label"],
                "--label behöver ett värde.",
            ),
            (&["digikomp", "workshop"], "det saknas <FIL|MAPP>."),
            (
                &["digikomp", "export", "--all", "--attempt", "x"],
                "går inte att använda tillsammans med",
            ),
            (
                &["digikomp", "export", "--study", "x"],
                "det saknas --anonymous",
            ),
            (
                &["digikomp", "workshop", "x", "--compare", "a"],
                "--compare tar 2 värden, men fick 1.",
            ),
            (
                &["digikomp", "export", "--delimiter", "|"],
                "'|' är ingen avgränsare",
            ),
            (
                &["digikomp", "workshop", "x", "--min-group", "2"],
                "--min-group måste vara minst 3",
            ),
            (
                &["digikomp", "plan", "add", "--area", "x"],
                "'x' är inget heltal från 0 till 255 (--area)",
            ),
        ] {
            let message = usage_error(args, None);
            assert!(message.starts_with("fel: "), "{message}");
            assert!(message.contains(expected), "{args:?}: {message}");
        }
    }
}
