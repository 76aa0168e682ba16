//! Command-line definitions (clap) and their translation into plain option structs.
//! Nothing outside this module sees a clap type.

use crate::commands::ambassador::{
    AmbassadorAction, Delivery, DocFormat, LogAddOptions, LogShowOptions, MatchOptions,
    PackOptions, TermOptions,
};
use crate::commands::analyze::AnalyzeOptions;
use crate::commands::delete::DeleteOptions;
use crate::commands::export::{ExportOptions, Which};
use crate::commands::i18n::I18nOptions;
use crate::commands::learn::{CircleOptions, LearnOptions};
use crate::commands::plan::{PlanAddOptions, PlanShowOptions};
use crate::commands::profile::ProfileOptions;
use crate::commands::progress::ProgressOptions;
use crate::commands::questions::QuestionsOptions;
use crate::commands::take::{AnswersInput, TakeOptions};
use crate::commands::workshop::WorkshopOptions;
use crate::commands::{Action, ColorChoice, Globals};
use crate::model::code::StatementCode;
use crate::model::lang::Lang;
use crate::model::leaders::Bundled;
use crate::model::learning::{Filter, Level};
use crate::model::plan::{ChangeDetails, Target};
use crate::model::progress::Window;
use crate::model::text::{too_long, visible, MAX_TEXT_CHARS};
use crate::report::format::{Format, FORMATS};
use crate::workshop::aggregate::GroupBy;
use chrono::NaiveDate;
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

mod errors;
mod localise;
mod man;
mod parse;

pub use parse::parse;

/// The command line. Its help (every about line, flag and example) is the
/// catalogue's (`i18n/*.ftl`, ids `cmd-…` and `arg-…`), set by `localise` in
/// the user's language; the types here carry no text.
#[derive(Debug, Parser)]
#[command(name = "digikomp", bin_name = "digikomp", version)]
pub struct Cli {
    #[arg(long, global = true, env = "DIGIKOMP_LANG", value_parser = LangParser, hide_possible_values = true, value_name = "LANG")]
    lang: Option<Lang>,

    #[arg(long, global = true, value_name = "DIR")]
    data_dir: Option<PathBuf>,

    #[arg(
        long,
        global = true,
        env = "DIGIKOMP_QUESTIONS",
        hide_env_values = true,
        value_name = "FILE"
    )]
    questions: Option<PathBuf>,

    #[arg(long, global = true, env = "DIGIKOMP_SET", value_parser = SetParser, hide_possible_values = true, value_name = "SET")]
    set: Option<Bundled>,

    #[arg(long, global = true, value_enum, default_value_t = ColorArg::Auto, value_name = "WHEN")]
    color: ColorArg,

    #[arg(long, short, global = true)]
    quiet: bool,

    #[arg(long, global = true, env = "DIGIKOMP_PLAIN", value_parser = clap::builder::FalseyValueParser::new())]
    plain: bool,

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
    Take(TakeArgs),

    Results(ResultsArgs),

    History(JsonArg),

    Progress(ProgressArgs),

    Delete(DeleteArgs),

    Profile(ProfileArgs),

    #[command(args_conflicts_with_subcommands = true)]
    Plan(PlanArgs),

    Export(ExportArgs),

    Workshop(WorkshopArgs),

    Analyze(AnalyzeArgs),

    Ambassador(AmbassadorArgs),

    Questions(QuestionsArgs),

    #[command(args_conflicts_with_subcommands = true)]
    Learn(LearnArgs),

    Paths(JsonArg),

    I18n(I18nArgs),

    Completions {
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },

    Man,
}

#[derive(Debug, Args)]
struct PlanArgs {
    #[command(subcommand)]
    action: Option<PlanCommand>,
    #[arg(long)]
    all: bool,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Subcommand)]
enum PlanCommand {
    Add {
        #[arg(long, value_name = "CODE", conflicts_with = "area")]
        statement: Option<StatementCode>,
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        area: Option<u8>,
        #[arg(long, value_name = "TEXT", value_parser = short_text)]
        goal: Option<String>,
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        due: Option<NaiveDate>,
        #[arg(long, value_name = "TEXT", value_parser = short_text)]
        owner: Option<String>,
        #[arg(long, value_name = "TEXT", value_parser = short_text)]
        resources: Option<String>,
        #[arg(long, value_name = "TEXT", value_parser = short_text)]
        success: Option<String>,
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        follow_up: Option<NaiveDate>,
    },
    Close {
        id: String,
    },
}

#[derive(Debug, Args)]
struct LearnArgs {
    #[command(subcommand)]
    action: Option<LearnCommand>,
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(1..=5))]
    area: Option<u8>,
    #[arg(long, value_name = "C")]
    competence: Option<String>,
    #[arg(long, value_name = "CODE")]
    statement: Option<StatementCode>,
    #[arg(long, value_enum, value_name = "LEVEL")]
    level: Option<LevelArg>,
    #[arg(long, value_name = "MIN")]
    max_minutes: Option<u16>,
    #[arg(long)]
    group: bool,
    #[arg(long)]
    public: bool,
    #[arg(long, conflicts_with_all = ["area", "competence", "statement", "level", "max_minutes", "group", "public"])]
    for_me: bool,
    #[arg(long)]
    json: bool,
    #[arg(
        long,
        value_name = "FILE",
        env = "DIGIKOMP_RESOURCES",
        hide_env_values = true
    )]
    resources: Option<PathBuf>,
    #[arg(long, conflicts_with_all = ["for_me", "json"])]
    check: bool,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum LevelArg {
    Basic,
    Intermediate,
    Advanced,
}

#[derive(Debug, Subcommand)]
enum LearnCommand {
    Circle {
        #[arg(value_name = "AREA", value_parser = clap::value_parser!(u8).range(1..=5))]
        area: u8,
        #[arg(long, short, value_parser = ["md", "html"], value_name = "FORMAT")]
        format: Option<String>,
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
        #[arg(long)]
        force: bool,
        #[arg(
            long,
            value_name = "FILE",
            env = "DIGIKOMP_RESOURCES",
            hide_env_values = true
        )]
        resources: Option<PathBuf>,
    },
    Done {
        #[arg(value_name = "ID")]
        id: String,
        #[arg(
            long,
            value_name = "FILE",
            env = "DIGIKOMP_RESOURCES",
            hide_env_values = true
        )]
        resources: Option<PathBuf>,
    },
}

impl LearnArgs {
    fn into_action(self) -> Action {
        match self.action {
            None => Action::Learn(LearnOptions {
                filter: Filter {
                    area: self.area,
                    competence: self.competence,
                    statement: self.statement,
                    level: self.level.map(|l| match l {
                        LevelArg::Basic => Level::Basic,
                        LevelArg::Intermediate => Level::Intermediate,
                        LevelArg::Advanced => Level::Advanced,
                    }),
                    max_minutes: self.max_minutes,
                    group: self.group,
                    public: self.public,
                },
                for_me: self.for_me,
                json: self.json,
                resources: self.resources,
                check: self.check,
            }),
            Some(LearnCommand::Circle {
                area,
                format,
                output,
                force,
                resources,
            }) => Action::LearnCircle(CircleOptions {
                area,
                format,
                output,
                force,
                resources,
            }),
            Some(LearnCommand::Done { id, resources }) => Action::LearnDone { id, resources },
        }
    }
}

/// The names `export --format` takes: the formats with a personal exporter.
fn export_formats() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(Format::personal().map(|f| f.name))
}

/// The names `workshop --format` takes: every format.
fn report_formats() -> clap::builder::PossibleValuesParser {
    clap::builder::PossibleValuesParser::new(FORMATS.iter().map(|f| f.name))
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum GroupByArg {
    Label,
    Role,
    Workplace,
}

#[derive(Debug, Args)]
struct ProfileArgs {
    #[arg(long, value_name = "TEXT", value_parser = short_text)]
    workplace: Option<String>,
    #[arg(long, value_name = "TEXT", value_parser = short_text)]
    role: Option<String>,
    #[arg(long)]
    clear: bool,
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ExportArgs {
    #[arg(long, short, value_parser = export_formats(), value_name = "FORMAT")]
    format: Option<String>,
    #[arg(long, conflicts_with_all = ["attempt", "all"])]
    latest: bool,
    #[arg(long, value_name = "ID", conflicts_with = "all")]
    attempt: Option<String>,
    #[arg(long)]
    all: bool,
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long)]
    force: bool,
    #[arg(long)]
    anonymous: bool,
    #[arg(long, value_name = "NAME", requires = "anonymous", value_parser = short_text)]
    study: Option<String>,
    #[arg(long, requires = "anonymous")]
    no_label: bool,
    #[arg(long)]
    with_plan: bool,
    #[arg(long, default_value = ";", value_parser = parse_delimiter)]
    delimiter: u8,
    #[arg(long, requires = "display_name", conflicts_with = "anonymous")]
    learning_match: bool,
    #[arg(long, value_name = "NAME", requires = "learning_match", value_parser = short_text)]
    display_name: Option<String>,
    #[arg(long, conflicts_with = "anonymous")]
    share_leader_view: bool,
}

#[derive(Debug, Args)]
struct WorkshopArgs {
    #[arg(required = true, value_name = "FILE|DIR")]
    inputs: Vec<PathBuf>,
    #[arg(long, short, value_parser = report_formats(), value_name = "FORMAT")]
    format: Option<String>,
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long)]
    force: bool,
    #[arg(long, value_enum, value_name = "FIELD")]
    group_by: Option<GroupByArg>,
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    high: Option<u8>,
    #[arg(long, value_name = "N", allow_negative_numbers = true)]
    low: Option<u8>,
    #[arg(long)]
    strict: bool,
    #[arg(long, value_name = "FROM=INTO")]
    merge: Vec<String>,
    #[arg(long, num_args = 2, value_names = ["BEFORE", "AFTER"])]
    compare: Vec<String>,
    #[arg(long, default_value_t = 3, value_name = "K", value_parser = clap::value_parser!(u16).range(3..), allow_negative_numbers = true)]
    min_group: u16,
    #[arg(long, default_value = ";", value_parser = parse_delimiter)]
    delimiter: u8,
    #[arg(long)]
    exact: bool,
    #[arg(long)]
    guide: bool,
}

fn parse_delimiter(s: &str) -> Result<u8, String> {
    match s {
        ";" | "," | "\\t" | "\t" => Ok(if s.len() == 1 { s.as_bytes()[0] } else { b'\t' }),
        other => Err(format!("'{other}' is not a delimiter: use ; or , or \\t")),
    }
}

#[derive(Debug, Args)]
struct AnalyzeArgs {
    #[arg(required = true, value_name = "FILE|DIR")]
    inputs: Vec<PathBuf>,
    #[arg(long)]
    json: bool,
    #[arg(long)]
    strict: bool,
    #[arg(long)]
    exact: bool,
}

#[derive(Debug, Args)]
struct AmbassadorArgs {
    #[command(subcommand)]
    action: AmbassadorCommand,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum DocFormatArg {
    Md,
    Html,
}

/// Where an ambassador's document goes.
#[derive(Debug, Args)]
struct DeliveryArgs {
    #[arg(long, short, value_enum, value_name = "FORMAT")]
    format: Option<DocFormatArg>,
    #[arg(long, short, value_name = "FILE")]
    output: Option<PathBuf>,
    #[arg(long)]
    force: bool,
}

impl DeliveryArgs {
    fn into_delivery(self) -> Delivery {
        Delivery {
            format: self.format.map(|f| match f {
                DocFormatArg::Md => DocFormat::Markdown,
                DocFormatArg::Html => DocFormat::Html,
            }),
            output: self.output,
            force: self.force,
        }
    }
}

#[derive(Debug, Subcommand)]
enum AmbassadorCommand {
    Pack {
        #[arg(required = true, value_name = "FILE|DIR")]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        delivery: DeliveryArgs,
        #[arg(long, conflicts_with_all = ["format", "output"])]
        json: bool,
        #[arg(long)]
        strict: bool,
    },
    Term {
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        start: Option<NaiveDate>,
        #[arg(long, value_name = "N", value_parser = clap::value_parser!(u8).range(2..=12), allow_negative_numbers = true)]
        weeks: Option<u8>,
        #[command(flatten)]
        delivery: DeliveryArgs,
        #[arg(long, conflicts_with_all = ["format", "output"])]
        json: bool,
    },
    Log {
        #[command(subcommand)]
        action: LogCommand,
    },
    Match {
        #[arg(required = true, value_name = "FILE|DIR")]
        inputs: Vec<PathBuf>,
        #[arg(long, default_value_t = 3, value_name = "N", value_parser = clap::value_parser!(u16).range(1..=20), allow_negative_numbers = true)]
        max_learners: u16,
        #[command(flatten)]
        delivery: DeliveryArgs,
        #[arg(long, conflicts_with_all = ["format", "output"])]
        json: bool,
    },
    Check {
        #[arg(value_name = "FILE")]
        file: Option<PathBuf>,
    },
}

#[derive(Debug, Subcommand)]
enum LogCommand {
    Add {
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        date: Option<NaiveDate>,
        #[arg(long, value_name = "N", allow_negative_numbers = true)]
        attended: u32,
        #[arg(long, required = true, value_name = "N", allow_negative_numbers = true)]
        focus: Vec<u8>,
        #[arg(long, required = true, value_name = "TEXT", value_parser = short_text)]
        decision: Vec<String>,
        #[arg(long, value_name = "TEXT", value_parser = short_text)]
        action: Vec<String>,
    },
    Done {
        #[arg(value_name = "ID")]
        id: String,
        #[arg(long, value_name = "DATE", value_parser = parse_date)]
        date: Option<NaiveDate>,
    },
    Show {
        #[arg(value_name = "FILE|DIR")]
        inputs: Vec<PathBuf>,
        #[command(flatten)]
        delivery: DeliveryArgs,
        #[arg(long, conflicts_with_all = ["format", "output"])]
        json: bool,
        #[arg(long)]
        strict: bool,
    },
}

impl AmbassadorCommand {
    fn into_action(self) -> AmbassadorAction {
        match self {
            AmbassadorCommand::Pack {
                inputs,
                delivery,
                json,
                strict,
            } => AmbassadorAction::Pack(PackOptions {
                inputs,
                delivery: delivery.into_delivery(),
                json,
                strict,
            }),
            AmbassadorCommand::Term {
                start,
                weeks,
                delivery,
                json,
            } => AmbassadorAction::Term(TermOptions {
                start,
                weeks,
                delivery: delivery.into_delivery(),
                json,
            }),
            AmbassadorCommand::Log { action } => match action {
                LogCommand::Add {
                    date,
                    attended,
                    focus,
                    decision,
                    action,
                } => AmbassadorAction::LogAdd(LogAddOptions {
                    date,
                    attended,
                    focus,
                    decisions: decision,
                    actions: action,
                }),
                LogCommand::Done { id, date } => AmbassadorAction::LogDone { id, date },
                LogCommand::Show {
                    inputs,
                    delivery,
                    json,
                    strict,
                } => AmbassadorAction::LogShow(LogShowOptions {
                    inputs,
                    delivery: delivery.into_delivery(),
                    json,
                    strict,
                }),
            },
            AmbassadorCommand::Match {
                inputs,
                max_learners,
                delivery,
                json,
            } => AmbassadorAction::Match(MatchOptions {
                inputs,
                max_learners: usize::from(max_learners),
                delivery: delivery.into_delivery(),
                json,
            }),
            AmbassadorCommand::Check { file } => AmbassadorAction::Check { file },
        }
    }
}

#[derive(Debug, Args)]
struct JsonArg {
    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ResultsArgs {
    id: Option<String>,

    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct ProgressArgs {
    #[arg(long)]
    by_statement: bool,

    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..), allow_negative_numbers = true)]
    last: Option<u32>,

    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    since: Option<NaiveDate>,

    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct DeleteArgs {
    #[arg(required_unless_present = "all", conflicts_with = "all")]
    id: Option<String>,

    #[arg(long)]
    all: bool,

    #[arg(long, short)]
    yes: bool,
}

#[derive(Debug, Args)]
struct TakeArgs {
    #[arg(long, value_name = "TEXT", value_parser = short_text)]
    label: Option<String>,

    #[arg(long, value_name = "VALUES", conflicts_with = "answers_file")]
    answers: Option<String>,

    #[arg(long, value_name = "FILE")]
    answers_file: Option<PathBuf>,

    #[arg(long)]
    restart: bool,

    #[arg(long)]
    json: bool,
}

#[derive(Debug, Args)]
struct I18nArgs {
    #[arg(long, value_name = "FILE")]
    check: Option<PathBuf>,
}

#[derive(Debug, Args)]
struct QuestionsArgs {
    #[arg(long)]
    json: bool,

    #[arg(long, value_name = "FILE")]
    check: Option<PathBuf>,
}

fn parse_lang(s: &str) -> Result<Lang, String> {
    s.parse()
        .map_err(|e: crate::model::lang::UnknownLang| e.to_string())
}

/// Reads `--lang` as [`parse_lang`] does (accepting `svenska`, `en_GB` and the
/// like), and names the languages' codes as its values so that shell
/// completions offer them rather than file names.
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
            Lang::all().map(|l| clap::builder::PossibleValue::new(l.code())),
        ))
    }
}

/// Reads `--set`: a bundled set's name or alias (`staff`, `personal`,
/// `ledning`, `leaders`, …); completions offer the two names shown.
#[derive(Debug, Clone, Copy)]
struct SetParser;

impl clap::builder::TypedValueParser for SetParser {
    type Value = Bundled;

    fn parse_ref(
        &self,
        cmd: &clap::Command,
        arg: Option<&clap::Arg>,
        value: &std::ffi::OsStr,
    ) -> Result<Bundled, clap::Error> {
        clap::builder::StringValueParser::new()
            .try_map(|s| {
                Bundled::named(&s)
                    .ok_or_else(|| format!("'{s}' is not a set: use staff or ledning"))
            })
            .parse_ref(cmd, arg, value)
    }

    fn possible_values(
        &self,
    ) -> Option<Box<dyn Iterator<Item = clap::builder::PossibleValue> + '_>> {
        Some(Box::new(
            [Bundled::Staff, Bundled::Leaders]
                .into_iter()
                .map(|b| clap::builder::PossibleValue::new(b.name())),
        ))
    }
}

/// A short text (see [`MAX_TEXT_CHARS`]); the words for a long one are
/// `cli::errors`'.
fn short_text(s: &str) -> Result<String, String> {
    if too_long(s) {
        Err(format!("longer than {MAX_TEXT_CHARS} characters"))
    } else {
        Ok(s.to_string())
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
            set: self.set.unwrap_or_default(),
            quiet: self.quiet,
            plain: self.plain,
            color: match self.color {
                ColorArg::Auto => ColorChoice::Auto,
                ColorArg::Always => ColorChoice::Always,
                ColorArg::Never => ColorChoice::Never,
            },
        };
        let action = self.command.into_action(globals.lang, globals.plain);
        (globals, action)
    }
}

impl Command {
    /// The command as the action that runs it.
    fn into_action(self, lang: Lang, plain: bool) -> Action {
        match self {
            Command::Take(a) => Action::Take {
                json: a.json,
                options: a.into_options(lang, plain),
            },
            Command::Questions(a) => Action::Questions(QuestionsOptions {
                json: a.json,
                check: a.check,
            }),
            Command::Paths(a) => Action::Paths { json: a.json },
            Command::I18n(a) => Action::I18n(I18nOptions { check: a.check }),
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
            Command::Learn(a) => a.into_action(),
            Command::Export(a) => Action::Export(a.into_options()),
            Command::Workshop(a) => Action::Workshop(a.into_options()),
            Command::Analyze(a) => Action::Analyze(AnalyzeOptions {
                inputs: a.inputs,
                json: a.json,
                strict: a.strict,
                exact: a.exact,
            }),
            Command::Ambassador(a) => Action::Ambassador(a.action.into_action()),
            Command::Delete(a) => Action::Delete(DeleteOptions {
                id: a.id,
                all: a.all,
                yes: a.yes,
            }),
        }
    }
}

impl TakeArgs {
    fn into_options(self, lang: Lang, plain: bool) -> TakeOptions {
        TakeOptions {
            lang,
            // A label is shown in tables and reports: control characters are made visible.
            label: self
                .label
                .filter(|l| !l.trim().is_empty())
                .map(|l| visible(&l).into_owned()),
            restart: self.restart,
            plain,
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
                owner,
                resources,
                success,
                follow_up,
            }) => Action::PlanAdd(PlanAddOptions {
                target: match (statement, area) {
                    (Some(code), _) => Some(Target::Statement { code }),
                    (None, Some(area)) => Some(Target::Area { area }),
                    (None, None) => None,
                },
                goal,
                due,
                details: ChangeDetails {
                    owner,
                    resources,
                    success,
                    follow_up,
                },
            }),
            Some(PlanCommand::Close { id }) => Action::PlanClose(id),
        }
    }
}

impl ExportArgs {
    fn into_options(self) -> ExportOptions {
        ExportOptions {
            format: self.format.as_deref().and_then(Format::named),
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
            learning_match: self.learning_match,
            display_name: self.display_name,
            share_leader_view: self.share_leader_view,
        }
    }
}

impl WorkshopArgs {
    fn into_options(self) -> WorkshopOptions {
        WorkshopOptions {
            inputs: self.inputs,
            format: self.format.as_deref().and_then(Format::named),
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
            exact: self.exact,
            guide: self.guide,
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
