//! Why another person's file was not used, said in the user's language. The
//! reader's problems are workshop types, which `ui` (a sibling layer) cannot see,
//! so they are put into words here, where both meet.

use crate::model::lang::Lang;
use crate::model::record::{EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::ui::texts::Texts;
use crate::workshop::parse::{BadInput, Unreadable};
use crate::workshop::read::FileProblem;

/// `problem` in the language of `t`. English is the problems' own wording.
pub fn file_problem(t: &Texts, problem: &FileProblem) -> String {
    match (t.lang(), problem) {
        (Lang::En, p) => p.to_string(),
        (Lang::Sv, FileProblem::NestedFolder) => {
            "är en mapp i en mapp (bara en nivå läses)".to_string()
        }
        (Lang::Sv, FileProblem::Folder(e)) => {
            format!("går inte att läsa mappen ({})", t.io_error(e))
        }
        (Lang::Sv, FileProblem::Read(e)) => t.read_error(e),
        (Lang::Sv, FileProblem::Content(bad)) => bad_input_sv(t, bad),
    }
}

/// What is wrong with a file's content, in Swedish; never quoting more of the
/// file than a code or a value.
fn bad_input_sv(t: &Texts, bad: &BadInput) -> String {
    match bad {
        BadInput::NotUtf8 => "inte UTF-8-text".to_string(),
        BadInput::Empty => "tom fil".to_string(),
        BadInput::NoRecords => "filen har inga svar".to_string(),
        BadInput::NotJsonExport(why) => {
            format!("inte en JSON-export från digikomp ({})", unreadable_sv(t, why))
        }
        BadInput::WrongKind => {
            format!("inte en export från digikomp (dess kind är inte {EXPORT_KIND})")
        }
        BadInput::Newer(v) => format!(
            "exportens schemaversion {v} är nyare än den här digikomp läser ({EXPORT_SCHEMA_VERSION}); uppgradera digikomp"
        ),
        BadInput::NotCsv(why) => format!("inte en CSV-export ({})", unreadable_sv(t, why)),
        BadInput::MissingColumns => "inte en CSV-export från digikomp (kolumnerna `respondent`, `attempt_id`, `question_set` och `question_set_version` behövs)".to_string(),
        BadInput::TwoColumns(code) => format!("påstående {code} har två kolumner i rubrikraden"),
        BadInput::NoStatementColumns => {
            "inga kolumner för påståenden (tresiffriga koder) i rubrikraden".to_string()
        }
        BadInput::UnknownCode(code) => format!("påstående {code} finns inte i frågeuppsättningen"),
        BadInput::OtherSet { found, expected } => format!(
            "använder frågeuppsättningen '{found}', inte '{expected}'; kör workshop med --questions för den"
        ),
        BadInput::NoIdentity => "`respondent` eller `attempt_id` är tomt".to_string(),
        BadInput::OutOfScale {
            code,
            value,
            min,
            max,
        } => format!("påstående {code} är {value}, utanför skalan {min}–{max}"),
        BadInput::NotARating { code, value } => {
            format!("påstående {code} är '{value}', inte ett svar på skalan")
        }
        BadInput::BadDate(d) => format!("datumet '{d}' är inte ett datum (ÅÅÅÅ-MM-DD eller ÅÅÅÅ-MM)"),
        BadInput::NoAnswers => "inga svar".to_string(),
        BadInput::TooLarge => "större än 64 MB, för stor för en JSON-export".to_string(),
        BadInput::LongLine => "har en rad längre än 1 MB: inte en export".to_string(),
        BadInput::FutureDate(d) => format!(
            "daterad {d}, efter i dag: ett svar från framtiden kunde ersätta någons riktiga svar"
        ),
        BadInput::Line { line, problem } => format!("rad {line}: {}", bad_input_sv(t, problem)),
        BadInput::Record { record, problem } => {
            format!("svar {record}: {}", bad_input_sv(t, problem))
        }
    }
}

fn unreadable_sv(t: &Texts, why: &Unreadable) -> String {
    match why {
        Unreadable::CannotRead => "går inte att läsa".to_string(),
        Unreadable::NotCsv => "går inte att läsa som CSV".to_string(),
        Unreadable::FieldCount { expected, found } => {
            format!("en rad har {found} fält där rubrikraden har {expected}")
        }
        Unreadable::Json(place) => t.json_place(place),
    }
}
