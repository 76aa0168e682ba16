//! The command line's own words in Swedish: the help of every command and flag,
//! the headings clap prints, and the usage errors in both languages.
//!
//! English help is the doc comments on the clap types in `cli`; this module holds
//! the Swedish counterpart of each, keyed by the command's path (`"plan add"`, `""`
//! for `digikomp` itself) and the argument's id. A unit test walks the real
//! command tree, so a new flag or command without a Swedish text fails the build's
//! tests instead of showing English in the Swedish help.

use crate::model::lang::Lang;

/// The help headings and markers clap would print in English.
pub mod sv {
    /// The heading before the usage line.
    pub const USAGE: &str = "Användning:";
    /// The heading of the list of subcommands.
    pub const COMMANDS: &str = "Kommandon";
    /// The heading of the positional arguments.
    pub const ARGUMENTS: &str = "Argument";
    /// The heading of the flags.
    pub const OPTIONS: &str = "Flaggor";
    /// The placeholder for a subcommand in a usage line.
    pub const COMMAND_VALUE: &str = "KOMMANDO";
    /// Replaces `[OPTIONS]` in a usage line.
    pub const OPTIONS_VALUE: &str = "[FLAGGOR]";
    /// `-h/--help` where there is no longer help.
    pub const HELP: &str = "Visa hjälp";
    /// `-h` where `--help` shows more.
    pub const HELP_MORE: &str = "Visa hjälp (mer med '--help')";
    /// `--help` where `-h` shows less.
    pub const HELP_SUMMARY: &str = "Visa hjälp (en sammanfattning med '-h')";
    /// `-V/--version`.
    pub const VERSION: &str = "Visa version";

    /// `[default: x]`.
    pub fn default_value(values: &str) -> String {
        format!("[standard: {values}]")
    }

    /// `[possible values: a, b]`.
    pub fn possible_values(values: &str) -> String {
        format!("[möjliga värden: {values}]")
    }

    /// `[env: NAME]`.
    pub fn env(name: &str) -> String {
        format!("[miljövariabel: {name}]")
    }
}

/// The Swedish about line of a command, by its path below `digikomp`.
pub fn about(path: &str) -> Option<&'static str> {
    COMMANDS.iter().find(|c| c.path == path).map(|c| c.about)
}

/// The Swedish long description of a command, where the English has one.
pub fn long_about(path: &str) -> Option<&'static str> {
    COMMANDS
        .iter()
        .find(|c| c.path == path)
        .and_then(|c| c.long_about)
}

/// The Swedish text after a command's flags (examples, exit codes).
pub fn after_help(path: &str) -> Option<&'static str> {
    COMMANDS
        .iter()
        .find(|c| c.path == path)
        .and_then(|c| c.after_help)
}

/// The Swedish help of an argument of the command at `path`; the global flags
/// are found whatever the path.
pub fn arg_help(path: &str, id: &str) -> Option<&'static str> {
    ARGS.iter()
        .find(|a| a.id == id && (a.path == path || a.path == GLOBAL))
        .map(|a| a.help)
}

/// The Swedish placeholder for a value name (`FILE` → `FIL`).
pub fn value_name(name: &str) -> Option<&'static str> {
    VALUE_NAMES
        .iter()
        .find(|(en, _)| *en == name)
        .map(|&(_, sv)| sv)
}

/// One command's Swedish texts.
struct CommandText {
    path: &'static str,
    about: &'static str,
    long_about: Option<&'static str>,
    after_help: Option<&'static str>,
}

/// One argument's Swedish help.
struct ArgText {
    path: &'static str,
    id: &'static str,
    help: &'static str,
}

/// The path of the flags every command has (`--lang`, `--help`, …).
const GLOBAL: &str = "*";

const fn cmd(
    path: &'static str,
    about: &'static str,
    after_help: Option<&'static str>,
) -> CommandText {
    CommandText {
        path,
        about,
        long_about: None,
        after_help,
    }
}

const fn arg(path: &'static str, id: &'static str, help: &'static str) -> ArgText {
    ArgText { path, id, help }
}

const VALUE_NAMES: &[(&str, &str)] = &[
    ("FILE", "FIL"),
    ("DIR", "MAPP"),
    ("FILE|DIR", "FIL|MAPP"),
    ("TEXT", "TEXT"),
    ("N", "N"),
    ("K", "K"),
    ("DATE", "DATUM"),
    ("LANG", "SPRÅK"),
    ("WHEN", "NÄR"),
    ("CODE", "KOD"),
    ("ID", "ID"),
    ("NAME", "NAMN"),
    ("FIELD", "FÄLT"),
    ("FROM=INTO", "FRÅN=TILL"),
    ("BEFORE", "FÖRE"),
    ("AFTER", "EFTER"),
    ("VALUES", "SVAR"),
    ("FORMAT", "FORMAT"),
    ("DELIMITER", "TECKEN"),
    ("SHELL", "SKAL"),
    ("COMMAND", "KOMMANDO"),
];

const EXIT_CODES: &str = "\
Slutkoder:
  0    det gick bra
  1    fel (ett meddelande på stderr säger vad som gick fel och vad du kan göra)
  2    fel i kommandoraden (en felaktig flagga eller ett felaktigt värde)
  130  avbrutet med Ctrl-C (129: SIGHUP, 143: SIGTERM); svaren hittills sparas som ett utkast

Miljövariabler:
  DIGIKOMP_DATA_DIR   var försöken sparas (--data-dir går före)
  DIGIKOMP_LANG       sv eller en (--lang går före)
  DIGIKOMP_QUESTIONS  en annan frågeuppsättning än den inbyggda (--questions går före)
  NO_COLOR            stäng av färg (--color går före)";

const COMMANDS: &[CommandText] = &[
    CommandText {
        path: "",
        about: "En självskattning av digital kompetens för personal på folkbibliotek.",
        long_about: Some(
            "En självskattning av digital kompetens för personal på folkbibliotek.\n\n\
             24 påståenden om digitala uppgifter i biblioteksarbetet, som du skattar från \
             1 (mycket osäker) till 7 (mycket säker), ordnade i DigComps fem områden. Gör \
             testet igen och igen för att se hur du utvecklas; ta med en export till en \
             workshop.",
        ),
        after_help: Some(EXIT_CODES),
    },
    cmd("help", HELP_COMMAND, None),
    cmd(
        "take",
        "Gör självskattningen och se ditt resultat",
        Some(
            "\
Exempel:
  digikomp take                           svara i terminalen
  digikomp take --label \"före kursen\"     märk försöket, t.ex. före en kurs
  digikomp take --lang en                 på engelska
  digikomp take --plain                   rad för rad, för skärmläsare
  printf '5\\n6\\n4\\n…' | digikomp take     svaren skickas in rad för rad
  digikomp take --answers 5,6,4,7,3,3,2,4,5,6,1,7,7,6,2,4,4,4,4,1,2,3,4,5
  echo \"105=5 106=6 …\" | digikomp take --answers-file -",
        ),
    ),
    cmd(
        "results",
        "Visa resultatet av ett försök (det senaste om du inte väljer) med alla svar",
        Some(
            "\
Exempel:
  digikomp results              det senaste försöket
  digikomp results 2c64         försöket vars id börjar med 2c64
  digikomp results --json",
        ),
    ),
    cmd(
        "history",
        "Lista dina sparade försök, det nyaste sist",
        Some(
            "\
Exempel:
  digikomp history
  digikomp history --json",
        ),
    ),
    cmd(
        "progress",
        "Jämför dina försök över tid, per område eller per påstående",
        Some(
            "\
Exempel:
  digikomp progress
  digikomp progress --by-statement
  digikomp progress --last 3
  digikomp progress --since 2026-01-01 --json",
        ),
    ),
    cmd(
        "delete",
        "Radera ett sparat försök, eller alla dina data",
        Some(
            "\
Exempel:
  digikomp delete 2c64          frågar innan något raderas
  digikomp delete 2c64 --yes
  digikomp delete --all",
        ),
    ),
    cmd(
        "profile",
        "Visa eller ändra vad du delar i exporter (arbetsplats, roll); ditt deltagar-id",
        Some(
            "\
Exempel:
  digikomp profile
  digikomp profile --workplace \"Stadsbiblioteket\" --role bibliotekarie
  digikomp profile --clear",
        ),
    ),
    cmd(
        "plan",
        "Visa din handlingsplan, eller lägg till och stäng punkter i den",
        Some(
            "\
Exempel:
  digikomp plan                                   öppna punkter, skattningen då och nu
  digikomp plan --all                             även stängda punkter
  digikomp plan add                               välj bland dina lägsta skattningar (terminal)
  digikomp plan add --statement 107 --goal \"gå kursen om källkritik\" --due 2027-03-01
  digikomp plan add --area 4 --goal \"lär mig mer om it-säkerhet\"
  digikomp plan close 3f9a2c1b",
        ),
    ),
    cmd(
        "plan add",
        "Lägg till en punkt (högst tre är öppna samtidigt)",
        Some(
            "\
Exempel:
  digikomp plan add                               välj bland dina lägsta skattningar (terminal)
  digikomp plan add --statement 107 --goal \"gå kursen om källkritik\" --due 2027-03-01
  digikomp plan add --area 4 --goal \"lär mig mer om it-säkerhet\"",
        ),
    ),
    cmd(
        "plan close",
        "Stäng en punkt; den finns kvar i historiken",
        Some(
            "\
Exempel:
  digikomp plan close 3f9a2c1b
  digikomp plan close 3f9a",
        ),
    ),
    cmd(
        "export",
        "Exportera dina resultat att ta med till en workshop (CSV, JSON, Markdown, HTML, Excel)",
        Some(
            "\
Exempel:
  digikomp export -o mina-resultat.csv            senaste försöket, CSV som Excel kan läsa
  digikomp export --all -o mina-resultat.json     alla försök, för den som leder workshoppen
  digikomp export --all --format html -o rapport.html
  digikomp export --anonymous --format json -",
        ),
    ),
    cmd(
        "workshop",
        "Slå ihop många personers exporter till gruppens profil (för den som leder workshoppen)",
        Some(
            "\
Exempel:
  digikomp workshop exports/
  digikomp workshop anna.csv bo.json cecilia.csv
  digikomp workshop exports/ --group-by label          före och efter en kurs
  digikomp workshop exports/ -o grupp.html             för projektorn
  digikomp workshop exports/ -o grupp.xlsx",
        ),
    ),
    cmd(
        "analyze",
        "Analys av påståendena i många personers exporter, för att pröva en frågeuppsättning",
        Some(
            "\
Exempel:
  digikomp analyze exports/
  digikomp analyze exports/ --json > analys.json
  digikomp --questions min-region.toml analyze pilot/",
        ),
    ),
    cmd(
        "questions",
        "Lista påståendena i frågeuppsättningen",
        Some(
            "\
Exempel:
  digikomp questions
  digikomp questions --lang en
  digikomp questions --json > set.json
  digikomp questions --check min-region.toml",
        ),
    ),
    cmd(
        "paths",
        "Visa var digikomp sparar sina data, och varifrån varje sökväg kommer",
        Some(
            "\
Exempel:
  digikomp paths
  digikomp --data-dir /media/usb/digikomp paths
  digikomp paths --json",
        ),
    ),
    cmd(
        "completions",
        "Skriv ut kompletteringar för skalet till stdout",
        Some(
            "\
Exempel:
  digikomp completions bash > ~/.local/share/bash-completion/completions/digikomp
  digikomp completions zsh > ~/.zfunc/_digikomp
  digikomp completions fish > ~/.config/fish/completions/digikomp.fish
  digikomp completions powershell >> $PROFILE",
        ),
    ),
    cmd(
        "man",
        "Skriv ut manualsidan (roff) till stdout",
        Some(
            "\
Exempel:
  digikomp man > ~/.local/share/man/man1/digikomp.1
  digikomp man | man -l -",
        ),
    ),
];

/// The about line of clap's `help` subcommand, at every level.
const HELP_COMMAND: &str = "Visa den här hjälpen eller hjälpen för ett kommando";

const JSON: &str = "Skriv ut JSON";
const JSON_TABLES: &str = "Skriv ut JSON i stället för tabeller";
const JSON_TABLE: &str = "Skriv ut JSON i stället för en tabell";
const FORCE: &str = "Ersätt en befintlig fil";
const OUTPUT: &str = "Skriv till FIL (- för stdout) [standard: stdout]";
const INPUTS: &str = "Exportfiler (CSV eller JSON), eller mappar med sådana";
const STRICT: &str =
    "Avbryt vid första filen som inte går att använda, i stället för att hoppa över den";

const ARGS: &[ArgText] = &[
    arg(
        GLOBAL,
        "lang",
        "Språk för allt som skrivs ut: sv (svenska) eller en (engelska) [standard: sv]",
    ),
    arg(
        GLOBAL,
        "data_dir",
        "Datamapp (försök och utkast) [standard: $DIGIKOMP_DATA_DIR, annars plattformens \
         datamapp]",
    ),
    arg(
        GLOBAL,
        "questions",
        "Använd en annan frågeuppsättning (TOML) i stället för den inbyggda",
    ),
    arg(GLOBAL, "color", "När färg ska användas"),
    arg(
        GLOBAL,
        "quiet",
        "Skriv inga meddelanden på stderr, bara fel (data på stdout ändras inte)",
    ),
    arg(GLOBAL, "help", sv::HELP),
    arg(GLOBAL, "version", sv::VERSION),
    // take
    arg(
        "take",
        "label",
        "En etikett för försöket, t.ex. \"före kursen\" eller \"efter kursen\"",
    ),
    arg(
        "take",
        "answers",
        "Svara utan frågor: ett värde per påstående i samma ordning som i `digikomp \
         questions` (5,6,4,…), eller par av kod=värde (105=5 106=6 …)",
    ),
    arg(
        "take",
        "answers_file",
        "Läs svaren (i samma former som --answers) från FIL, eller från stdin med -",
    ),
    arg(
        "take",
        "restart",
        "Släng ett ofullständigt test utan att fråga och börja om",
    ),
    arg(
        "take",
        "json",
        "Skriv ut det sparade försöket och dess poäng som JSON i stället för resultatskärmen",
    ),
    arg(
        "take",
        "plain",
        "Tillgängligt enkelt läge: ett påstående i taget, svaren läses rad för rad (för \
         skärmläsare och svar som skickas in); väljs av sig självt med TERM=dumb eller när \
         stdin inte är en terminal",
    ),
    // results, history, progress, delete
    arg(
        "results",
        "id",
        "Försökets id, eller dess första tecken (se `digikomp history`)",
    ),
    arg(
        "results",
        "json",
        "Skriv ut JSON i stället för resultatskärmen",
    ),
    arg("history", "json", JSON_TABLE),
    arg(
        "progress",
        "by_statement",
        "Visa även de 24 påståendena, med de största ökningarna och minskningarna",
    ),
    arg("progress", "last", "Bara de N senaste försöken"),
    arg(
        "progress",
        "since",
        "Bara försök från och med detta datum (ÅÅÅÅ-MM-DD)",
    ),
    arg("progress", "json", JSON_TABLES),
    arg("delete", "id", "Försökets id, eller dess första tecken"),
    arg(
        "delete",
        "all",
        "Radera alla försök, utkastet, handlingsplanen och profilen",
    ),
    arg("delete", "yes", "Fråga inte om bekräftelse"),
    // profile
    arg(
        "profile",
        "workplace",
        "Din arbetsplats, som delas i exporter (tom text tar bort den)",
    ),
    arg(
        "profile",
        "role",
        "Din roll, som delas i exporter (tom text tar bort den)",
    ),
    arg("profile", "clear", "Ta bort arbetsplats och roll"),
    arg("profile", "json", JSON),
    // plan
    arg("plan", "all", "Även stängda punkter"),
    arg("plan", "json", JSON),
    arg(
        "plan add",
        "statement",
        "Ett påstående att arbeta med, med dess kod",
    ),
    arg(
        "plan add",
        "area",
        "Ett område att arbeta med, med dess nummer",
    ),
    arg(
        "plan add",
        "goal",
        "Vad du ska göra, t.ex. \"gå Digitekets kurs om källkritik\"",
    ),
    arg("plan add", "due", "Senast när (ÅÅÅÅ-MM-DD)"),
    arg("plan close", "id", "Punktens id (eller dess första tecken)"),
    // export
    arg(
        "export",
        "format",
        "Filformat [standard: efter filändelsen i -o, annars csv]",
    ),
    arg(
        "export",
        "latest",
        "Bara det senaste försöket (det som gäller om du inte väljer)",
    ),
    arg(
        "export",
        "attempt",
        "Bara detta försök (id eller dess första tecken)",
    ),
    arg("export", "all", "Alla försök"),
    arg("export", "output", OUTPUT),
    arg("export", "force", FORCE),
    arg(
        "export",
        "anonymous",
        "En export som inte kan kopplas till dig: en pseudonym för studien, bara månaden \
         för varje datum, ingen arbetsplats eller roll",
    ),
    arg(
        "export",
        "study",
        "Studien som en anonym export är till för, t.ex. \"Höst 2026\" (du får frågan om \
         den saknas)",
    ),
    arg(
        "export",
        "no_label",
        "Utelämna etiketten (omgången) i en anonym export",
    ),
    arg(
        "export",
        "with_plan",
        "Ta med din handlingsplan (json, md och html; aldrig annars)",
    ),
    arg(
        "export",
        "delimiter",
        "Avgränsare i CSV: ; passar Excel och LibreOffice med svenska inställningar, , \
         andra",
    ),
    // workshop
    arg("workshop", "inputs", INPUTS),
    arg(
        "workshop",
        "format",
        "Utdataformat [standard: efter filändelsen i -o, annars table]",
    ),
    arg("workshop", "output", OUTPUT),
    arg("workshop", "force", FORCE),
    arg(
        "workshop",
        "group_by",
        "Visa grupper sida vid sida, t.ex. före och efter enligt etiketten",
    ),
    arg(
        "workshop",
        "high",
        "En skattning på N eller högre räknas som hög [standard: ett steg under skalans \
         topp, 6 på 1–7]",
    ),
    arg(
        "workshop",
        "low",
        "En skattning på N eller lägre räknas som låg [standard: ett steg under mitten, \
         3 på 1–7]",
    ),
    arg("workshop", "strict", STRICT),
    arg(
        "workshop",
        "merge",
        "Slå ihop två stavningar av en omgång: \"Före kursen=före\" (kan upprepas)",
    ),
    arg(
        "workshop",
        "compare",
        "Jämför dessa två omgångar (etiketter) [standard: den första och den senaste]",
    ),
    arg(
        "workshop",
        "min_group",
        "Visa inga siffror om färre än K personer (3 eller fler)",
    ),
    arg("workshop", "delimiter", "Avgränsare i CSV för --format csv"),
    // analyze, questions, paths, completions
    arg("analyze", "inputs", INPUTS),
    arg("analyze", "json", JSON_TABLES),
    arg("analyze", "strict", STRICT),
    arg("questions", "json", "Skriv ut uppsättningen som JSON"),
    arg(
        "questions",
        "check",
        "Kontrollera en frågeuppsättning (TOML) och visa varje problem med dess rad",
    ),
    arg("paths", "json", JSON_TABLE),
    arg("completions", "shell", "Skalet"),
];

/// A usage error, with the values its message names. Flags are given as typed
/// (`--last`), positional arguments as their placeholder (`<SKAL>`).
#[derive(Debug, Clone, Copy)]
pub enum UsageProblem<'a> {
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
    /// A value the flag's parser refused; `reason` is the parser's own (English) text.
    BadValue {
        flag: &'a str,
        value: &'a str,
        reason: Option<&'a str>,
    },
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
    /// Anything else: clap's own text, in English.
    Other { text: &'a str },
}

/// The sentence saying what was wrong with the command line, without prefix.
pub fn usage_problem(lang: Lang, problem: &UsageProblem) -> String {
    match lang {
        Lang::Sv => problem_sv(problem),
        Lang::En => problem_en(problem),
    }
}

/// The next step after a usage error: the help of the command that was typed.
pub fn see_help(lang: Lang, command: &str) -> String {
    match lang {
        Lang::Sv => format!("Se '{command} --help'."),
        Lang::En => format!("See '{command} --help'."),
    }
}

fn did_you_mean(lang: Lang, suggestion: Option<&str>) -> String {
    match (lang, suggestion) {
        (_, None) => String::new(),
        (Lang::Sv, Some(s)) => format!(" Menade du '{s}'?"),
        (Lang::En, Some(s)) => format!(" Did you mean '{s}'?"),
    }
}

/// A list for a sentence: "a, b eller c".
fn listing(items: &[String], and_or: &str) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {and_or} {last}", init.join(", ")),
    }
}

fn problem_sv(problem: &UsageProblem) -> String {
    let sv = Lang::Sv;
    match *problem {
        UsageProblem::UnknownCommand { given, suggestion } => {
            format!("okänt kommando '{given}'.{}", did_you_mean(sv, suggestion))
        }
        UsageProblem::UnknownFlag { given, suggestion } => {
            format!("okänd flagga '{given}'.{}", did_you_mean(sv, suggestion))
        }
        UsageProblem::UnexpectedArgument { given } => {
            format!("'{given}' passar inte här: kommandot tar inte fler argument.")
        }
        UsageProblem::NotAllowed {
            flag,
            value,
            allowed,
            suggestion,
        } => format!(
            "'{value}' går inte för {flag}: välj {}.{}",
            listing(allowed, "eller"),
            did_you_mean(sv, suggestion)
        ),
        UsageProblem::BadValue { flag, value, .. } => format!("{}.", bad_value_sv(flag, value)),
        UsageProblem::NeedsValue { flag } => format!("{flag} behöver ett värde."),
        UsageProblem::Missing { what } => format!("det saknas {}.", listing(what, "och")),
        UsageProblem::MissingCommand { valid } => {
            format!("välj ett kommando: {}.", listing(valid, "eller"))
        }
        UsageProblem::Conflict {
            flag,
            other: Some(other),
        } => {
            format!("{flag} går inte att använda tillsammans med {other}.")
        }
        UsageProblem::Conflict { flag, other: None } => {
            format!("{flag} går inte att använda tillsammans med de andra flaggorna.")
        }
        UsageProblem::NoEquals { flag } => {
            format!("{flag} behöver sitt värde efter ett likhetstecken, t.ex. {flag}=VÄRDE.")
        }
        UsageProblem::TooManyValues { flag, value } => {
            format!("{flag} tar inte fler värden: '{value}' blir över.")
        }
        UsageProblem::WrongNumberOfValues {
            flag,
            expected,
            actual,
        } => format!("{flag} tar {expected} värden, men fick {actual}."),
        UsageProblem::InvalidUtf8 => "ett argument är inte giltig text (UTF-8).".to_string(),
        UsageProblem::Other { text } => text.to_string(),
    }
}

fn problem_en(problem: &UsageProblem) -> String {
    let en = Lang::En;
    match *problem {
        UsageProblem::UnknownCommand { given, suggestion } => {
            format!("unknown command '{given}'.{}", did_you_mean(en, suggestion))
        }
        UsageProblem::UnknownFlag { given, suggestion } => {
            format!("unknown flag '{given}'.{}", did_you_mean(en, suggestion))
        }
        UsageProblem::UnexpectedArgument { given } => {
            format!("'{given}' does not fit here: the command takes no more arguments.")
        }
        UsageProblem::NotAllowed {
            flag,
            value,
            allowed,
            suggestion,
        } => format!(
            "'{value}' is not a value for {flag}: choose {}.{}",
            listing(allowed, "or"),
            did_you_mean(en, suggestion)
        ),
        UsageProblem::BadValue {
            flag,
            value,
            reason,
        } => format!("{}.", bad_value_en(flag, value, reason)),
        UsageProblem::NeedsValue { flag } => format!("{flag} needs a value."),
        UsageProblem::Missing { what } => format!("{} is missing.", listing(what, "and")),
        UsageProblem::MissingCommand { valid } => {
            format!("choose a command: {}.", listing(valid, "or"))
        }
        UsageProblem::Conflict {
            flag,
            other: Some(other),
        } => {
            format!("{flag} cannot be used together with {other}.")
        }
        UsageProblem::Conflict { flag, other: None } => {
            format!("{flag} cannot be used together with the other flags.")
        }
        UsageProblem::NoEquals { flag } => {
            format!("{flag} needs its value after an equals sign, e.g. {flag}=VALUE.")
        }
        UsageProblem::TooManyValues { flag, value } => {
            format!("{flag} takes no more values: '{value}' is left over.")
        }
        UsageProblem::WrongNumberOfValues {
            flag,
            expected,
            actual,
        } => format!("{flag} takes {expected} values, but got {actual}."),
        UsageProblem::InvalidUtf8 => "an argument is not valid text (UTF-8).".to_string(),
        UsageProblem::Other { text } => text.to_string(),
    }
}

/// The smallest value of the flags with a lower bound, and the flags that take a
/// small whole number (0 to 255).
const AT_LEAST: &[(&str, u32)] = &[("--last", 1), ("--min-group", 3)];
const SMALL_NUMBERS: &[&str] = &["--area", "--high", "--low"];

/// What is wrong with `value` for `flag`, in Swedish, for every flag whose
/// parser can refuse a value.
fn bad_value_sv(flag: &str, value: &str) -> String {
    if let Some(&(_, min)) = AT_LEAST.iter().find(|(f, _)| *f == flag) {
        return if value.trim().parse::<i64>().is_ok() {
            format!("{flag} måste vara minst {min}")
        } else {
            format!("'{value}' är inget heltal: {flag} måste vara minst {min}")
        };
    }
    if SMALL_NUMBERS.contains(&flag) {
        return format!("'{value}' är inget heltal från 0 till 255 ({flag})");
    }
    match flag {
        "--lang" => format!("okänt språk '{value}': använd 'sv' eller 'en'"),
        "--since" | "--due" => {
            format!("'{value}' är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2026-01-31")
        }
        "--delimiter" => format!("'{value}' är ingen avgränsare: använd ; eller , eller \\t"),
        "--statement" => {
            format!("'{value}' är ingen påståendekod (tre siffror, t.ex. 203)")
        }
        _ => format!("'{value}' går inte för {flag}"),
    }
}

/// What is wrong with `value` for `flag`, in English: the parser's own text,
/// except for clap's number parsers, whose text names no flag.
fn bad_value_en(flag: &str, value: &str, reason: Option<&str>) -> String {
    if let Some(&(_, min)) = AT_LEAST.iter().find(|(f, _)| *f == flag) {
        return if value.trim().parse::<i64>().is_ok() {
            format!("{flag} must be at least {min}")
        } else {
            format!("'{value}' is not a whole number: {flag} must be at least {min}")
        };
    }
    if SMALL_NUMBERS.contains(&flag) {
        return format!("'{value}' is not a whole number from 0 to 255 ({flag})");
    }
    // The flags whose parsers are digikomp's own are said here, as in Swedish, so
    // that no parser's (or model type's) text reaches the user.
    match (flag, reason) {
        ("--lang", _) => format!("unknown language '{value}': use 'sv' or 'en'"),
        ("--since" | "--due", _) => {
            format!("'{value}' is not a date: use YYYY-MM-DD, e.g. 2026-01-31")
        }
        ("--delimiter", _) => format!("'{value}' is not a delimiter: use ; or , or \\t"),
        ("--statement", _) => {
            format!("'{value}' is not a statement code (three digits, e.g. 203)")
        }
        (_, Some(reason)) => reason.to_string(),
        (_, None) => format!("'{value}' is not a value for {flag}"),
    }
}
