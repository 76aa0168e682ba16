//! Command-line definitions (clap) and their translation into plain option structs.
//! Nothing outside this module sees a clap type.

use crate::commands::analyze::AnalyzeOptions;
use crate::commands::delete::DeleteOptions;
use crate::commands::export::{ExportOptions, Which};
use crate::commands::plan::{PlanAddOptions, PlanShowOptions};
use crate::commands::profile::ProfileOptions;
use crate::commands::progress::ProgressOptions;
use crate::commands::questions::QuestionsOptions;
use crate::commands::take::{AnswersInput, TakeOptions};
use crate::commands::workshop::WorkshopOptions;
use crate::commands::{Action, ColorChoice, Globals};
use crate::model::code::StatementCode;
use crate::model::lang::Lang;
use crate::model::plan::Target;
use crate::model::progress::Window;
use crate::model::text::visible;
use crate::report::{ExportFormat, ReportFormat};
use crate::workshop::aggregate::GroupBy;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod errors;
mod localise;
mod man;
mod parse;

pub use parse::parse;

const EXIT_CODES: &str = "\
Exit codes:
  0    success
  1    error (a message on stderr says what went wrong and what to do)
  2    usage error (a bad flag or value)
  130  interrupted by Ctrl-C (129: SIGHUP, 143: SIGTERM); answers so far are kept as a draft

Environment:
  DIGIKOMP_DATA_DIR   where attempts are stored (overridden by --data-dir)
  DIGIKOMP_LANG       sv or en (overridden by --lang)
  DIGIKOMP_QUESTIONS  a question set to use instead of the bundled one (overridden by --questions)
  NO_COLOR            turn colour off (overridden by --color)";

/// A digital-competence self-assessment for public-library staff.
///
/// 24 statements about digital tasks in library work, each rated from 1 (very
/// unsure) to 7 (very sure), grouped in the five DigComp areas. Take the
/// test again and again to see your progression; bring an export to a workshop.
#[derive(Debug, Parser)]
#[command(name = "digikomp", bin_name = "digikomp", version, after_help = EXIT_CODES)]
pub struct Cli {
    /// Language of everything printed: sv (Swedish) or en (English) [default: sv]
    #[arg(long, global = true, env = "DIGIKOMP_LANG", value_parser = LangParser, hide_possible_values = true, value_name = "LANG")]
    lang: Option<Lang>,

    /// Data directory (attempts and drafts) [default: $DIGIKOMP_DATA_DIR, else the platform's data folder]
    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    /// Use another question set (TOML) instead of the bundled one
    #[arg(
        long,
        global = true,
        env = "DIGIKOMP_QUESTIONS",
        hide_env_values = true,
        value_name = "FILE"
    )]
    questions: Option<PathBuf>,

    /// When to use colour
    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,

    /// Print no messages on stderr, only errors (data on stdout is unchanged)
    #[arg(long, short, global = true)]
    quiet: bool,

    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum ColorArg {
    Auto,
    Always,
    Never,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Take the self-assessment and see your result
    #[command(after_help = "\
Examples:
  digikomp take                           answer in the terminal
  digikomp take --label \"före kursen\"     mark the attempt, e.g. before a course
  digikomp take --lang en                 in English
  digikomp take --plain                   line by line, for screen readers
  printf '5\\n6\\n4\\n…' | digikomp take     answers piped in line by line
  digikomp take --answers 5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5
  echo \"105=5 106=6 …\" | digikomp take --answers-file -")]
    Take(TakeArgs),

    /// Show the result of one attempt (the latest by default) with every answer
    #[command(after_help = "\
Examples:
  digikomp results              the latest attempt
  digikomp results 2c64         the attempt whose id starts with 2c64
  digikomp results --json")]
    Results(ResultsArgs),

    /// List your saved attempts, newest last
    #[command(after_help = "\
Examples:
  digikomp history
  digikomp history --json")]
    History(JsonArg),

    /// Compare your attempts over time, per area or per statement
    #[command(after_help = "\
Examples:
  digikomp progress
  digikomp progress --by-statement
  digikomp progress --last 3
  digikomp progress --since 2026-01-01 --json")]
    Progress(ProgressArgs),

    /// Delete one saved attempt, or all your data
    #[command(after_help = "\
Examples:
  digikomp delete 2c64          asks before deleting
  digikomp delete 2c64 --yes
  digikomp delete --all")]
    Delete(DeleteArgs),

    /// Show or set what you share in exports (workplace, role); your respondent id
    #[command(after_help = "\
Examples:
  digikomp profile
  digikomp profile --workplace \"Stadsbiblioteket\" --role bibliotekarie
  digikomp profile --clear")]
    Profile(ProfileArgs),

    /// Show your action plan, or add and close its items
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "\
Examples:
  digikomp plan                                   open items, rating before and now
  digikomp plan --all                             closed items too
  digikomp plan add                               pick from your lowest ratings (terminal)
  digikomp plan add --statement 107 --goal \"gå kursen om källkritik\" --due 2027-03-01
  digikomp plan add --area 4 --goal \"lär mig mer om it-säkerhet\"
  digikomp plan close 3f9a2c1b"
    )]
    Plan(PlanArgs),

    /// Export your results to bring to a workshop (CSV, JSON, Markdown, HTML, Excel)
    #[command(after_help = "\
Examples:
  digikomp export -o mina-resultat.csv            latest attempt, Excel-ready CSV
  digikomp export --all -o mina-resultat.json     every attempt, for the facilitator
  digikomp export --all --format html -o rapport.html
  digikomp export --anonymous --format json -")]
    Export(ExportArgs),

    /// Combine many people's exports into the group's profile (for the facilitator)
    #[command(after_help = "\
Examples:
  digikomp workshop exports/
  digikomp workshop anna.csv bo.json cecilia.csv
  digikomp workshop exports/ --group-by label          before/after a course
  digikomp workshop exports/ -o grupp.html             for the projector
  digikomp workshop exports/ -o grupp.xlsx")]
    Workshop(WorkshopArgs),

    /// Item analysis of many people's exports, for piloting a question set
    #[command(after_help = "\
Examples:
  digikomp analyze exports/
  digikomp analyze exports/ --json > analys.json
  digikomp --questions min-region.toml analyze pilot/")]
    Analyze(AnalyzeArgs),

    /// List the statements of the question set
    #[command(after_help = "\
Examples:
  digikomp questions
  digikomp questions --lang en
  digikomp questions --json > set.json
  digikomp questions --check min-region.toml")]
    Questions(QuestionsArgs),

    /// Show where digikomp keeps its data, and where each path came from
    #[command(after_help = "\
Examples:
  digikomp paths
  digikomp --data-dir /media/usb/digikomp paths
  digikomp paths --json")]
    Paths(JsonArg),

    /// Print shell completions to stdout
    #[command(after_help = "\
Examples:
  digikomp completions bash > ~/.local/share/bash-completion/completions/digikomp
  digikomp completions zsh > ~/.zfunc/_digikomp
  digikomp completions fish > ~/.config/fish/completions/digikomp.fish
  digikomp completions powershell >> $PROFILE")]
    Completions {
        /// The shell
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    /// Print the man page (roff) to stdout
    #[command(after_help = "\
Examples:
  digikomp man > ~/.local/share/man/man1/digikomp.1
  digikomp man | man -l -")]
    Man,
}

#[derive(Debug, Args)]
struct PlanArgs {
    #[command(subcommand)]
    action: Option<PlanCommand>,
    /// Closed items too
    #[arg(long)]
    all: bool,
    /// Print JSON
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum PlanCommand {
    /// Add an item (at most three are open at a time)
    #[command(after_help = "\
Examples:
  digikomp plan add                               pick from your lowest ratings (terminal)
  digikomp plan add --statement 107 --goal \"gå kursen om källkritik\" --due 2027-03-01
  digikomp plan add --area 4 --goal \"lär mig mer om it-säkerhet\"")]
    Add {
        /// A statement to work on, by code
        #[arg(long, value_name = "CODE", conflicts_with = "area")]
        statement: Option<StatementCode>,
        /// An area to work on, by number
        #[arg(long, value_name = "N")]
        area: Option<u8>,
        /// What you will do, e.g. "gå Digitekets kurs om källkritik"
        #[arg(long, value_name = "TEXT")]
        goal: Option<String>,
        /// By when (YYYY-MM-DD)
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        due: Option<NaiveDate>,
    },
    /// Close an item; it stays in the history
    #[command(after_help = "\
Examples:
  digikomp plan close 3f9a2c1b
  digikomp plan close 3f9a")]
    Close {
        /// The item's id (or its first characters)
        id: String,
    },
}

/// The formats of `export`: files only.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ExportFormatArg {
    Csv,
    Json,
    Md,
    Html,
    Xlsx,
}

impl From<ExportFormatArg> for ExportFormat {
    fn from(f: ExportFormatArg) -> Self {
        match f {
            ExportFormatArg::Csv => ExportFormat::Csv,
            ExportFormatArg::Json => ExportFormat::Json,
            ExportFormatArg::Md => ExportFormat::Md,
            ExportFormatArg::Html => ExportFormat::Html,
            ExportFormatArg::Xlsx => ExportFormat::Xlsx,
        }
    }
}

/// The formats of `workshop`: a table for the terminal, or a file.
#[derive(Debug, Clone, Copy, ValueEnum)]
enum ReportFormatArg {
    Table,
    Csv,
    Json,
    Md,
    Html,
    Xlsx,
}

impl From<ReportFormatArg> for ReportFormat {
    fn from(f: ReportFormatArg) -> Self {
        match f {
            ReportFormatArg::Table => ReportFormat::Table,
            ReportFormatArg::Csv => ReportFormat::Csv,
            ReportFormatArg::Json => ReportFormat::Json,
            ReportFormatArg::Md => ReportFormat::Md,
            ReportFormatArg::Html => ReportFormat::Html,
            ReportFormatArg::Xlsx => ReportFormat::Xlsx,
        }
    }
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum GroupByArg {
    Label,
    Role,
    Workplace,
}

#[derive(Debug, Args)]
struct ProfileArgs {
    /// Your workplace, shared in exports (empty text removes it)
    #[arg(long, value_name = "TEXT")]
    workplace: Option<String>,
    /// Your role, shared in exports (empty text removes it)
    #[arg(long, value_name = "TEXT")]
    role: Option<String>,
    /// Remove workplace and role
    #[arg(long)]
    clear: bool,
    /// Print JSON
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ExportArgs {
    /// File format [default: from the -o extension, else csv]
    #[arg(long, short, value_enum)]
    format: Option<ExportFormatArg>,
    /// Only the latest attempt (the default)
    #[arg(long, conflicts_with_all = ["attempt", "all"])]
    latest: bool,
    /// Only this attempt (id or its first characters)
    #[arg(long, value_name = "ID", conflicts_with = "all")]
    attempt: Option<String>,
    /// Every attempt
    #[arg(long)]
    all: bool,
    /// Write to FILE (- for stdout) [default: stdout]
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace an existing file
    #[arg(long)]
    force: bool,
    /// An export that cannot be linked to you: a pseudonym for the study, only the
    /// month of each date, no workplace or role
    #[arg(long)]
    anonymous: bool,
    /// The study an anonymous export is for, e.g. "Höst 2026" (asked for when missing)
    #[arg(long, value_name = "NAME", requires = "anonymous")]
    study: Option<String>,
    /// Leave out the label (the round) in an anonymous export
    #[arg(long, requires = "anonymous")]
    no_label: bool,
    /// Include your action plan (json, md and html; never by default)
    #[arg(long)]
    with_plan: bool,
    /// CSV delimiter: ; suits Excel and LibreOffice with Swedish settings, , others
    #[arg(long, default_value = ";", value_parser = parse_delimiter)]
    delimiter: u8,
}

#[derive(Debug, Args)]
struct WorkshopArgs {
    /// Export files (CSV or JSON), or folders of them
    #[arg(required = true, value_name = "FILE|DIR")]
    inputs: Vec<PathBuf>,
    /// Output format [default: from the -o extension, else table]
    #[arg(long, short, value_enum)]
    format: Option<ReportFormatArg>,
    /// Write to FILE (- for stdout) [default: stdout]
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Replace an existing file
    #[arg(long)]
    force: bool,
    /// Show groups side by side, e.g. before/after by label
    #[arg(long, value_enum, value_name = "FIELD")]
    group_by: Option<GroupByArg>,
    /// A rating at or above N counts as high [default: one below the top of the scale, 6 on 1–7]
    #[arg(long, value_name = "N")]
    high: Option<u8>,
    /// A rating at or below N counts as low [default: one below the middle, 3 on 1–7]
    #[arg(long, value_name = "N")]
    low: Option<u8>,
    /// Fail on the first file that cannot be used, instead of skipping it
    #[arg(long)]
    strict: bool,
    /// Join two spellings of a round: "Före kursen=före" (repeatable)
    #[arg(long, value_name = "FROM=INTO")]
    merge: Vec<String>,
    /// Compare these two rounds (labels) [default: the earliest and the latest]
    #[arg(long, num_args = 2, value_names = ["BEFORE", "AFTER"])]
    compare: Vec<String>,
    /// Show no figure about fewer than K people (3 or more)
    #[arg(long, default_value_t = 3, value_name = "K", value_parser = clap::value_parser!(u16).range(3..))]
    min_group: u16,
    /// CSV delimiter for --format csv
    #[arg(long, default_value = ";", value_parser = parse_delimiter)]
    delimiter: u8,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        ";" | "," | "\\t" | "\t" => Ok(if s.len() == 1 { s.as_bytes()[0] } else { b'\t' }),
        other => Err(format!("'{other}' is not a delimiter: use ; or , or \\t")),
    }
}

#[derive(Debug, Args)]
struct AnalyzeArgs {
    /// Export files (CSV or JSON), or folders of them
    #[arg(required = true, value_name = "FILE|DIR")]
    inputs: Vec<PathBuf>,
    /// Print JSON instead of tables
    #[arg(long)]
    json: bool,
    /// Fail on the first file that cannot be used, instead of skipping it
    #[arg(long)]
    strict: bool,
}

#[derive(Debug, Args)]
struct JsonArg {
    /// Print JSON instead of a table
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ResultsArgs {
    /// The attempt's id, or the first characters of it (see `digikomp history`)
    id: Option<String>,

    /// Print JSON instead of the result screen
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ProgressArgs {
    /// Show the 24 statements too, with the biggest rises and falls
    #[arg(long)]
    by_statement: bool,

    /// Only the last N attempts
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    last: Option<u32>,

    /// Only attempts from this date on (YYYY-MM-DD)
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    since: Option<NaiveDate>,

    /// Print JSON instead of tables
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct DeleteArgs {
    /// The attempt's id, or the first characters of it
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    id: Option<String>,

    /// Delete every attempt, the draft, the action plan and the profile
    #[arg(long)]
    all: bool,

    /// Do not ask for confirmation
    #[arg(long, short)]
    yes: bool,
}

#[derive(Debug, Args)]
struct TakeArgs {
    /// A label for this attempt, e.g. "före kursen" or "after the course"
    #[arg(long, value_name = "TEXT")]
    label: Option<String>,

    /// Answer without prompts: one value per statement in the order of `digikomp
    /// questions` (5,6,4,…), or code=value pairs (105=5 106=6 …)
    #[arg(long, value_name = "VALUES", conflicts_with = "answers_file")]
    answers: Option<String>,

    /// Read the answers (same forms as --answers) from FILE, or from stdin with -
    #[arg(long, value_name = "FILE")]
    answers_file: Option<PathBuf>,

    /// Discard an unfinished test without asking and start over
    #[arg(long)]
    restart: bool,

    /// Print the saved attempt and its scores as JSON instead of the result screen
    #[arg(long)]
    json: bool,

    /// Accessible plain mode: one statement per block, answers read line by line (for
    /// screen readers and piped input); chosen by itself with TERM=dumb or piped stdin
    #[arg(long)]
    plain: bool,
}

#[derive(Debug, Args)]
struct QuestionsArgs {
    /// Print the set as JSON
    #[arg(long)]
    json: bool,

    /// Check a question set (TOML) and report every problem with its line
    #[arg(long, value_name = "FILE")]
    check: Option<PathBuf>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|e: crate::model::lang::UnknownLang| e.to_string())
}

/// Reads `--lang` as [`parse_lang`] does (accepting `svenska`, `en_GB` and the
/// like), and names `sv` and `en` as its values so that shell completions offer
/// them rather than file names.
#[derive(Debug, Clone, Copy)]
struct LangParser;

impl clap::builder::TypedValueParser for LangParser {
    type Value = Lang;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Lang, clap::Error> {
        clap::builder::StringValueParser::new()
            .try_map(|s| parse_lang(&s))
            .parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            [Lang::SV, Lang::EN]
                .into_iter()
                .map(|l| clap::builder::PossibleValue::new(l.code())),
        ))
    }
}

fn parse_date(s: &str) -> Result<NaiveDate, String> {
    NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d")
        .map_err(|_| format!("'{s}' is not a date: use YYYY-MM-DD, e.g. 2026-01-31"))
}

impl Cli {
    /// The global options and the action, as plain structs.
    pub fn into_parts(self) -> (Globals, Action) {
        let globals = Globals {
            lang: self.lang.unwrap_or_default(),
            data_dir: self.data_dir,
            questions: self.questions,
            quiet: self.quiet,
            color: match self.color {
                ColorArg::Auto => ColorChoice::Auto,
                ColorArg::Always => ColorChoice::Always,
                ColorArg::Never => ColorChoice::Never,
            },
        };
        let action = self.command.into_action(globals.lang);
        (globals, action)
    }
}

impl Command {
    /// The command as the action that runs it.
    fn into_action(self, lang: Lang) -> Action {
        match self {
            Command::Take(a) => Action::Take {
                json: a.json,
                options: a.into_options(lang),
            },
            Command::Questions(a) => Action::Questions(QuestionsOptions {
                json: a.json,
                check: a.check,
            }),
            Command::Paths(a) => Action::Paths { json: a.json },
            Command::Completions { shell } => {
                let mut out = Vec::new();
                // The descriptions a shell shows beside each flag are in the user's language.
                clap_complete::generate(shell, &mut localise::command(lang), "digikomp", &mut out);
                Action::Emit(out)
            }
            Command::Man => Action::Emit(man::render(lang).into_bytes()),
            Command::History(a) => Action::History { json: a.json },
            Command::Results(a) => Action::Results {
                id: a.id,
                json: a.json,
            },
            Command::Progress(a) => Action::Progress(ProgressOptions {
                window: Window {
                    last: a.last.map(|n| n as usize),
                    since: a.since,
                },
                by_statement: a.by_statement,
                json: a.json,
            }),
            Command::Profile(a) => Action::Profile(ProfileOptions {
                workplace: a.workplace,
                role: a.role,
                clear: a.clear,
                json: a.json,
            }),
            Command::Plan(a) => a.into_action(),
            Command::Export(a) => Action::Export(a.into_options()),
            Command::Workshop(a) => Action::Workshop(a.into_options()),
            Command::Analyze(a) => Action::Analyze(AnalyzeOptions {
                inputs: a.inputs,
                json: a.json,
                strict: a.strict,
            }),
            Command::Delete(a) => Action::Delete(DeleteOptions {
                id: a.id,
                all: a.all,
                yes: a.yes,
            }),
        }
    }
}

impl TakeArgs {
    fn into_options(self, lang: Lang) -> TakeOptions {
        TakeOptions {
            lang,
            // A label is shown in tables and reports: control characters are made visible.
            label: self
                .label
                .filter(|l| !l.trim().is_empty())
                .map(|l| visible(&l).into_owned()),
            restart: self.restart,
            plain: self.plain,
            answers: match (self.answers, self.answers_file) {
                (Some(text), _) => Some(AnswersInput::Inline(text)),
                (None, Some(p)) if p.as_os_str() == "-" => Some(AnswersInput::Stdin),
                (None, Some(p)) => Some(AnswersInput::File(p)),
                (None, None) => None,
            },
        }
    }
}

impl PlanArgs {
    fn into_action(self) -> Action {
        match self.action {
            None => Action::Plan(PlanShowOptions {
                all: self.all,
                json: self.json,
            }),
            Some(PlanCommand::Add {
                statement,
                area,
                goal,
                due,
            }) => Action::PlanAdd(PlanAddOptions {
                target: match (statement, area) {
                    (Some(code), _) => Some(Target::Statement { code }),
                    (None, Some(area)) => Some(Target::Area { area }),
                    (None, None) => None,
                },
                goal,
                due,
            }),
            Some(PlanCommand::Close { id }) => Action::PlanClose(id),
        }
    }
}

impl ExportArgs {
    fn into_options(self) -> ExportOptions {
        ExportOptions {
            format: self.format.map(ExportFormat::from),
            which: match (self.attempt, self.all) {
                (Some(id), _) => Which::Attempt(id),
                (None, true) => Which::All,
                (None, false) => Which::Latest,
            },
            output: self.output,
            force: self.force,
            anonymous: self.anonymous,
            study: self.study,
            keep_label: !self.no_label,
            delimiter: self.delimiter,
            with_plan: self.with_plan,
        }
    }
}

impl WorkshopArgs {
    fn into_options(self) -> WorkshopOptions {
        WorkshopOptions {
            inputs: self.inputs,
            format: self.format.map(ReportFormat::from),
            output: self.output,
            force: self.force,
            group_by: self.group_by.map(|g| match g {
                GroupByArg::Label => GroupBy::Label,
                GroupByArg::Role => GroupBy::Role,
                GroupByArg::Workplace => GroupBy::Workplace,
            }),
            high: self.high,
            low: self.low,
            strict: self.strict,
            merge: self.merge,
            compare: match self.compare.as_slice() {
                [a, b] => Some((a.clone(), b.clone())),
                _ => None,
            },
            min_group: usize::from(self.min_group),
            delimiter: self.delimiter,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;

    #[test]
    fn definitions_are_consistent() {
        Cli::command().debug_assert();
    }

    #[test]
    fn answers_file_dash_means_stdin() {
        let cli = Cli::try_parse_from(["digikomp", "take", "--answers-file", "-"]).expect("parses");
        let (_, action) = cli.into_parts();
        let Action::Take { options, .. } = action else {
            panic!("take");
        };
        assert_eq!(options.answers, Some(AnswersInput::Stdin));
    }

    #[test]
    fn lang_is_validated() {
        let err = Cli::try_parse_from(["digikomp", "--lang", "fi", "questions"]).unwrap_err();
        assert_eq!(err.kind(), clap::error::ErrorKind::ValueValidation, "{err}");
    }
}
