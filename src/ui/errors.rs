//! Errors said in the user's language: the chain of an error (what digikomp was
//! doing, then why it failed) with every known kind rendered from the catalogue,
//! so that a Swedish user never reads "No such file or directory".

use crate::error::Op;
use crate::model::answers::AnswersError;
use crate::model::lang::Lang;
use crate::model::question_set::QuestionSetError;
use crate::store::fs::ReadError;
use crate::store::json::{JsonError, JsonFault, JsonPlace};
use crate::store::{DataDirIsFile, PathSource, PersonalFile, SkipReason, Unusable};
use crate::ui::texts::Texts;
use std::error::Error;
use std::io;

impl Texts {
    /// The whole chain of `err`, outermost first, joined with ": ".
    pub fn describe(&self, err: &anyhow::Error) -> String {
        let mut parts: Vec<String> = Vec::new();
        // A context layer shows up in the chain as anyhow's own wrapper type, which
        // cannot be downcast; anyhow finds the (first) `Op` itself, and its layer is
        // the one that prints as it does.
        let op = err.downcast_ref::<Op>();
        let op_text = op.map(ToString::to_string);
        for cause in err.chain() {
            let (text, covers_the_rest) = match op {
                Some(op) if op_text.as_deref() == Some(cause.to_string().as_str()) => {
                    (self.op(op), false)
                }
                _ => self.cause(cause),
            };
            if parts.last() != Some(&text) {
                parts.push(text);
            }
            if covers_the_rest {
                break;
            }
        }
        parts.join(": ")
    }

    /// One link of a chain, and whether its text already says everything below it.
    fn cause(&self, cause: &(dyn Error + 'static)) -> (String, bool) {
        if let Some(op) = cause.downcast_ref::<Op>() {
            (self.op(op), false)
        } else if let Some(e) = cause.downcast_ref::<io::Error>() {
            (self.io_error(e), true)
        } else if let Some(e) = cause.downcast_ref::<ReadError>() {
            (self.read_error(e), true)
        } else if let Some(e) = cause.downcast_ref::<JsonError>() {
            (self.json_error(e), true)
        } else if let Some(e) = cause.downcast_ref::<SkipReason>() {
            (self.skip_reason(e), true)
        } else if let Some(e) = cause.downcast_ref::<AnswersError>() {
            (self.answers_error(e), true)
        } else if let Some(e) = cause.downcast_ref::<QuestionSetError>() {
            (self.question_set_error(e), true)
        } else if let Some(e) = cause.downcast_ref::<Unusable>() {
            (self.unusable(e), true)
        } else if let Some(e) = cause.downcast_ref::<DataDirIsFile>() {
            (self.data_dir_is_file(e), true)
        } else {
            (cause.to_string(), false)
        }
    }

    /// Why a saved attempt file was skipped.
    pub fn skip_reason(&self, e: &SkipReason) -> String {
        match e {
            SkipReason::NotJsonName => self.sv_en("inte en .json-fil", "not a .json file"),
            SkipReason::File(e) => self.json_error(e),
        }
    }

    /// Why a versioned JSON file could not be used.
    pub fn json_error(&self, e: &JsonError) -> String {
        match (e, self.lang()) {
            (JsonError::Read(e), _) => self.read_error(e),
            (JsonError::WrongKind { expected }, Lang::Sv) => format!("inte en {expected}-fil"),
            (JsonError::Newer { found, supported }, Lang::Sv) => format!(
                "skriven med schemaversion {found}, nyare än den här digikomp förstår ({supported}); uppgradera digikomp för att läsa den"
            ),
            (JsonError::NotJson(p), Lang::Sv) => self.json_place(p),
            (JsonError::Damaged(p), Lang::Sv) => format!("skadad: {}", self.json_place(p)),
            (e, Lang::En) => e.to_string(),
        }
    }

    /// Why a file could not be read.
    pub fn read_error(&self, e: &ReadError) -> String {
        match (e, self.lang()) {
            (ReadError::Io(e), Lang::Sv) => format!("går inte att läsa ({})", self.io_error(e)),
            (ReadError::Io(e), Lang::En) => format!("cannot read it ({})", self.io_error(e)),
            (ReadError::NotRegular, Lang::Sv) => "inte en vanlig fil".to_string(),
            (ReadError::Folder, Lang::Sv) => "är en mapp".to_string(),
            (ReadError::TooLarge { limit, .. }, Lang::Sv) => {
                format!("större än {limit} byte, för stor för den här sortens fil")
            }
            (e, Lang::En) => e.to_string(),
        }
    }

    /// What the operating system said, in words of the user's language.
    pub fn io_error(&self, e: &io::Error) -> String {
        use io::ErrorKind as K;
        let sv = match e.kind() {
            K::NotFound => "filen eller mappen finns inte",
            K::PermissionDenied => "åtkomst nekad",
            K::AlreadyExists => "finns redan",
            K::StorageFull => "disken är full",
            K::IsADirectory => "är en mapp",
            K::NotADirectory => "är inte en mapp",
            K::InvalidData => "ogiltiga data",
            K::UnexpectedEof => "slutar för tidigt",
            K::ReadOnlyFilesystem => "filsystemet är skrivskyddat",
            K::WouldBlock => "är inte en vanlig fil (den skulle blockera)",
            _ => "",
        };
        match (self.lang(), sv, e.raw_os_error()) {
            (Lang::Sv, "", Some(code)) => format!("systemfel {code}"),
            (Lang::Sv, "", None) => "okänt fel".to_string(),
            (Lang::Sv, text, _) => text.to_string(),
            (Lang::En, ..) => e.to_string(),
        }
    }

    /// What digikomp was doing.
    pub fn op(&self, op: &Op) -> String {
        let sv = match op {
            Op::Read(p) => format!("kunde inte läsa {}", p.display()),
            Op::ReadFolder(p) => format!("kunde inte läsa mappen {}", p.display()),
            Op::CreateIn(p) => format!("kunde inte skapa en fil i {}", p.display()),
            Op::Write(p) => format!("kunde inte skriva {} (är disken full?)", p.display()),
            Op::Save(p) => format!("kunde inte spara {}", p.display()),
            Op::Delete(p) => format!("kunde inte radera {}", p.display()),
            Op::MakePrivate(p) => format!("kunde inte göra {} privat (läge 700)", p.display()),
            Op::Lock(p) => format!("kunde inte låsa {}", p.display()),
            Op::CreateFolder(p) => format!(
                "kunde inte skapa mappen {}; kontrollera behörigheterna eller välj en annan med --data-dir",
                p.display()
            ),
            Op::NoHome => "hittar ingen hemmapp för data; sätt DIGIKOMP_DATA_DIR till en mapp".to_string(),
            Op::AnswersFile(p) => format!("kunde inte läsa svarsfilen {}", p.display()),
            Op::AnswersStdin => "kunde inte läsa svar från standard in".to_string(),
            Op::QuestionSet(p) => format!("kunde inte läsa frågeuppsättningen {}", p.display()),
            Op::QuestionSetNotUtf8(p) => {
                format!("frågeuppsättningen {} är inte UTF-8-text", p.display())
            }
            Op::Stdout => "kunde inte skriva till standard ut".to_string(),
            Op::Stdin => "kunde inte läsa från standard in".to_string(),
            Op::Terminal => "kunde inte läsa eller skriva terminalen".to_string(),
            Op::Render(format) => {
                format!("kunde inte göra rapporten i formatet {format}; rapportera gärna det som ett fel")
            }
        };
        match self.lang() {
            Lang::Sv => sv,
            Lang::En => op.to_string(),
        }
    }

    /// What and where a JSON error is.
    pub fn json_place(&self, p: &JsonPlace) -> String {
        let sv = match p {
            JsonPlace::At {
                fault,
                line,
                column,
            } => {
                let what = match fault {
                    JsonFault::Io => "går inte att läsa",
                    JsonFault::Syntax => "inte giltig JSON",
                    JsonFault::Data => "ett värde av fel sort, eller ett som saknas,",
                    JsonFault::Eof => "slutar för tidigt",
                };
                format!("{what} på rad {line} kolumn {column}")
            }
            JsonPlace::AnsweredTwice { code, line, column } => {
                format!("påstående {code} är besvarat två gånger, på rad {line} kolumn {column}")
            }
        };
        match self.lang() {
            Lang::Sv => sv,
            Lang::En => p.to_string(),
        }
    }

    /// A draft, plan or profile that is there but cannot be used, and what to do.
    pub fn unusable(&self, e: &Unusable) -> String {
        let path = e.path.display();
        let (sv, en) = match e.file {
            PersonalFile::Draft => ("utkastet", "the draft"),
            PersonalFile::Plans => ("handlingsplanen", "the action plan"),
            PersonalFile::Profile => ("profilen", "the profile"),
        };
        if matches!(e.err, JsonError::Newer { .. }) {
            return match self.lang() {
                Lang::Sv => format!("{sv} {path} är skriven av en nyare version av digikomp; uppgradera digikomp för att läsa den"),
                Lang::En => format!("{en} {path} was written by a newer version of digikomp; upgrade digikomp to read it"),
            };
        }
        let why = self.json_error(&e.err);
        match (self.lang(), e.file) {
            (Lang::Sv, PersonalFile::Draft) => format!("utkastet {path} går inte att använda ({why}); börja om med `digikomp take --restart`"),
            (Lang::Sv, PersonalFile::Plans) => format!("handlingsplanen {path} går inte att använda ({why}); flytta undan den för att börja en ny plan"),
            (Lang::Sv, PersonalFile::Profile) => format!("profilen {path} går inte att använda ({why}); ta bort den för att få ett nytt deltagar-id"),
            (Lang::En, PersonalFile::Draft) => format!("the draft {path} cannot be used ({why}); start over with `digikomp take --restart`"),
            (Lang::En, PersonalFile::Plans) => format!("the action plan {path} cannot be used ({why}); move it away to start a new plan"),
            (Lang::En, PersonalFile::Profile) => format!("the profile {path} cannot be used ({why}); remove it to get a new respondent id"),
        }
    }

    /// The data directory is a file: where its path came from, and what to do.
    pub fn data_dir_is_file(&self, e: &DataDirIsFile) -> String {
        let path = e.path.display();
        let from = match e.from {
            PathSource::Flag => "--data-dir",
            PathSource::Env => crate::store::DATA_DIR_ENV,
            PathSource::Default => self.path_platform,
        };
        match self.lang() {
            Lang::Sv => format!("datamappen {path} ({from}) är en fil, inte en mapp; flytta undan den eller välj en annan med --data-dir"),
            Lang::En => format!("the data directory {path} ({from}) is a file, not a folder; move it away or choose another with --data-dir"),
        }
    }

    fn sv_en(&self, sv: &str, en: &str) -> String {
        match self.lang() {
            Lang::Sv => sv,
            Lang::En => en,
        }
        .to_string()
    }
}
