//! Errors said in the user's language: the chain of an error (what digikomp was
//! doing, then why it failed), every kind the lower layers report rendered from
//! the catalogue, so that nobody reads "No such file or directory" in a Swedish
//! sentence. The error types carry data; the words are here.

use super::Texts;
use crate::error::Op;
use crate::model::answers::AnswersError;
use crate::model::code::BadCode;
use crate::model::lang::{Lang, UnknownLang};
use crate::model::learning::CatalogueProblem;
use crate::model::question_set::{
    HeadKey, Problem, QuestionSetError, SetFault, SetProblem, SetTable, SetText, UnsafeIn,
};
use crate::model::record::{EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::model::text::MAX_TEXT_CHARS;
use crate::store::attempts::SkipReason;
use crate::store::fs::ReadError;
use crate::store::json::{JsonError, JsonFault, JsonPlace};
use crate::store::{DataDirIsFile, PathSource, PersonalFile, Unusable};
use crate::workshop::parse::{BadInput, Unreadable};
use crate::workshop::read::{FileProblem, InputError};
use std::error::Error;
use std::fmt::Display;
use std::io;

/// Whether `e` says links lead in a circle (or too deep) to reach a file: its
/// kind is not stable in Rust yet, so the system's own code tells.
fn is_link_loop(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        e.raw_os_error() == Some(libc::ELOOP)
    }
    #[cfg(windows)]
    {
        // ERROR_CANT_RESOLVE_FILENAME
        e.raw_os_error() == Some(1921)
    }
    #[cfg(not(any(unix, windows)))]
    {
        let _ = e;
        false
    }
}

/// Whether `e` says there is no device behind a special file (a terminal
/// that is not there, as /dev/tty without one).
fn is_no_device(e: &io::Error) -> bool {
    #[cfg(unix)]
    {
        matches!(e.raw_os_error(), Some(libc::ENXIO | libc::ENODEV))
    }
    #[cfg(not(unix))]
    {
        let _ = e;
        false
    }
}

impl Texts {
    /// The whole chain of `err`, outermost first, joined with ": ".
    pub fn describe(&'static self, err: &anyhow::Error) -> String {
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
    fn cause(&'static self, cause: &(dyn Error + 'static)) -> (String, bool) {
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
            (self.data_dir_problem(e), true)
        } else if let Some(e) = cause.downcast_ref::<FileProblem>() {
            (self.file_problem(e), true)
        } else if let Some(e) = cause.downcast_ref::<InputError>() {
            (self.input_error(e), true)
        } else if let Some(e) = cause.downcast_ref::<BadCode>() {
            (self.bad_statement_code(&e.0), true)
        } else if let Some(e) = cause.downcast_ref::<UnknownLang>() {
            (self.unknown_language(&e.0), true)
        } else {
            // A text digikomp made in the user's language (a command's own
            // message, already from the catalogue), or a library's on a path that
            // should not be reached.
            (cause.to_string(), false)
        }
    }

    /// "unknown language 'fi': use 'sv' or 'en'".
    pub fn unknown_language(&'static self, given: &str) -> String {
        let codes: Vec<String> = Lang::all().map(|l| format!("'{}'", l.code())).collect();
        self.unknown_lang(given, self.list_or_words(&codes))
    }

    /// Items for a sentence: "a, b eller c".
    pub fn list_or_words(&'static self, items: &[String]) -> String {
        self.listing(items, |init, last| self.list_or(init, last))
    }

    /// Items for a sentence: "a, b och c".
    pub fn list_and_words(&'static self, items: &[String]) -> String {
        self.listing(items, |init, last| self.list_and(init, last))
    }

    fn listing(&'static self, items: &[String], join: impl Fn(String, &str) -> String) -> String {
        match items {
            [] => String::new(),
            [one] => one.clone(),
            [init @ .., last] => join(init.join(self.list_separator()), last),
        }
    }

    /// Why a saved attempt file was skipped.
    pub fn skip_reason(&'static self, e: &SkipReason) -> String {
        match e {
            SkipReason::NotJsonName => self.skip_not_json_name().to_string(),
            SkipReason::File(e) => self.json_error(e),
        }
    }

    /// Why a versioned JSON file could not be used.
    pub fn json_error(&'static self, e: &JsonError) -> String {
        match e {
            JsonError::Read(e) => self.read_error(e),
            JsonError::WrongKind { expected } => self.json_wrong_kind(expected),
            JsonError::Newer { found, supported } => self.json_newer(found, supported),
            JsonError::NotJson(p) => self.json_place(p),
            JsonError::Damaged(p) => self.json_damaged(self.json_place(p)),
        }
    }

    /// Why a file could not be read.
    pub fn read_error(&'static self, e: &ReadError) -> String {
        match e {
            ReadError::Io(e) => self.read_io(self.io_error(e)),
            ReadError::NotRegular => self.read_not_regular().to_string(),
            ReadError::Folder => self.read_folder().to_string(),
            ReadError::TooLarge { limit, .. } => self.read_too_large(limit),
        }
    }

    /// What the operating system said, in words of the user's language.
    pub fn io_error(&'static self, e: &io::Error) -> String {
        use io::ErrorKind as K;
        match e.kind() {
            K::NotFound => self.io_not_found(),
            K::PermissionDenied => self.io_permission_denied(),
            K::AlreadyExists => self.io_already_exists(),
            K::StorageFull => self.io_storage_full(),
            K::IsADirectory => self.io_is_a_directory(),
            K::NotADirectory => self.io_not_a_directory(),
            K::InvalidData => self.io_invalid_data(),
            K::UnexpectedEof => self.io_unexpected_eof(),
            K::ReadOnlyFilesystem => self.io_read_only(),
            K::WouldBlock => self.io_would_block(),
            K::InvalidFilename => self.io_bad_name(),
            K::QuotaExceeded => self.io_quota(),
            K::FileTooLarge => self.io_file_too_large(),
            K::ResourceBusy | K::ExecutableFileBusy => self.io_busy(),
            K::DirectoryNotEmpty => self.io_folder_not_empty(),
            K::StaleNetworkFileHandle | K::TimedOut => self.io_network(),
            K::TooManyLinks => self.io_too_many_links(),
            K::CrossesDevices => self.io_crosses_devices(),
            K::OutOfMemory => self.io_out_of_memory(),
            _ if is_link_loop(e) => self.io_link_loop(),
            _ if is_no_device(e) => self.io_no_device(),
            _ => {
                return match e.raw_os_error() {
                    Some(code) => self.io_other(code),
                    None => self.io_unknown().to_string(),
                }
            }
        }
        .to_string()
    }

    /// What digikomp was doing.
    pub fn op(&'static self, op: &Op) -> String {
        match op {
            Op::Read(p) => self.op_read(p.display()),
            Op::ReadFolder(p) => self.op_read_folder(p.display()),
            Op::CreateIn(p) => self.op_create_in(p.display()),
            Op::Write(p) => self.op_write(p.display()),
            Op::Save(p) => self.op_save(p.display()),
            Op::Delete(p) => self.op_delete(p.display()),
            Op::MakePrivate(p) => self.op_make_private(p.display()),
            Op::Lock(p) => self.op_lock(p.display()),
            Op::CreateFolder(p) => self.op_create_folder(p.display()),
            Op::NoHome => self.op_no_home().to_string(),
            Op::AnswersFile(p) => self.op_answers_file(p.display()),
            Op::AnswersStdin => self.op_answers_stdin().to_string(),
            Op::QuestionSet(p) => self.op_question_set(p.display()),
            Op::QuestionSetNotUtf8(p) => self.op_question_set_not_utf8(p.display()),
            Op::Stdout => self.op_stdout().to_string(),
            Op::Stdin => self.op_stdin().to_string(),
            Op::Terminal => self.op_terminal().to_string(),
            Op::Render(format) => self.op_render(format),
            Op::EncodeJson => self.op_encode_json().to_string(),
        }
    }

    /// What and where a JSON error is.
    pub fn json_place(&'static self, p: &JsonPlace) -> String {
        match p {
            JsonPlace::At {
                fault,
                line,
                column,
            } => {
                let what = match fault {
                    JsonFault::Io => self.json_fault_io(),
                    JsonFault::Syntax => self.json_fault_syntax(),
                    JsonFault::Data => self.json_fault_data(),
                    JsonFault::Eof => self.json_fault_eof(),
                };
                self.json_at(what, line, column)
            }
            JsonPlace::AnsweredTwice { code, line, column } => {
                self.json_answered_twice(code, line, column)
            }
        }
    }

    /// A draft, plan or profile that is there but cannot be used, and what to do.
    pub fn unusable(&'static self, e: &Unusable) -> String {
        let path = e.path.display();
        if matches!(e.err, JsonError::Newer { .. }) {
            let file = match e.file {
                PersonalFile::Draft => self.file_draft(),
                PersonalFile::Plans => self.file_plans(),
                PersonalFile::Profile => self.file_profile(),
                PersonalFile::AmbassadorTerm => self.file_ambassador_term(),
                PersonalFile::AmbassadorLog => self.file_ambassador_log(),
            };
            return self.unusable_newer(file, path);
        }
        let why = self.json_error(&e.err);
        match e.file {
            PersonalFile::Draft => self.unusable_draft(path, why),
            PersonalFile::Plans => self.unusable_plans(path, why),
            PersonalFile::Profile => self.unusable_profile(path, why),
            PersonalFile::AmbassadorTerm => self.unusable_ambassador_term(path, why),
            PersonalFile::AmbassadorLog => self.unusable_ambassador_log(path, why),
        }
    }

    /// The data directory is a file: where its path came from, and what to do.
    pub fn data_dir_problem(&'static self, e: &DataDirIsFile) -> String {
        let from = match e.from {
            PathSource::Flag => "--data-dir",
            PathSource::Env => crate::store::DATA_DIR_ENV,
            PathSource::Default => self.path_platform(),
        };
        if e.broken_link {
            self.data_dir_broken_link(e.path.display(), from)
        } else {
            self.data_dir_is_file(e.path.display(), from)
        }
    }

    /// Why answers given without prompts were refused.
    pub fn answers_error(&'static self, e: &AnswersError) -> String {
        match e {
            AnswersError::Count { expected, got } => self.err_count(expected, got),
            AnswersError::NotANumber { position, token } => self.err_not_number(token, position),
            AnswersError::OutOfRange {
                position,
                value,
                min,
                max,
            } => self.err_out_of_range(position, value, min, max),
            AnswersError::UnknownCode { code } => self.err_unknown_code(code),
            AnswersError::Duplicate { code } => self.err_duplicate(code),
            AnswersError::Missing { code } => self.err_missing(code),
            AnswersError::NoAbstain { position } => self.err_no_abstain(position),
            AnswersError::NoPoint => self.err_no_point().to_string(),
            AnswersError::Mixed => self.err_mixed().to_string(),
        }
    }

    /// A rule of the learning library that an entry breaks.
    pub fn learn_problem(&'static self, p: &CatalogueProblem) -> String {
        match p {
            CatalogueProblem::Syntax(detail) => self.learn_problem_syntax(detail),
            CatalogueProblem::DuplicateId(id) => self.learn_problem_duplicate_id(id),
            CatalogueProblem::BadId(id) => self.learn_problem_bad_id(id),
            CatalogueProblem::BadUrl { id, url } => self.learn_problem_bad_url(id, url),
            CatalogueProblem::BadText { id } => self.learn_problem_bad_text(id),
            CatalogueProblem::BadCompetence { id, competence } => {
                self.learn_problem_bad_competence(id, competence)
            }
            CatalogueProblem::NoStatement { id } => self.learn_problem_no_statement(id),
            CatalogueProblem::BadMinutes { id, minutes } => {
                self.learn_problem_bad_minutes(id, minutes)
            }
            CatalogueProblem::VerifiedLater { id, date } => {
                self.learn_problem_verified_later(id, date)
            }
            CatalogueProblem::Uncovered(code) => self.learn_problem_uncovered(code),
            CatalogueProblem::UnknownStatement { id, code } => {
                self.learn_problem_unknown_statement(id, code)
            }
        }
    }

    /// Why the files given cannot make a report.
    pub fn input_error(&'static self, e: &InputError) -> String {
        match e {
            InputError::Strict { skipped } => self.strict_refused(*skipped),
            InputError::NoFiles { inputs } => self.no_exports_found(
                inputs
                    .iter()
                    .map(|p| p.display().to_string())
                    .collect::<Vec<_>>()
                    .join(", "),
            ),
            InputError::NoUsableRecords => self.no_usable_records().to_string(),
        }
    }

    /// Why another person's file was not used; never quoting more of the file
    /// than a code or a value.
    pub fn file_problem(&'static self, problem: &FileProblem) -> String {
        match problem {
            FileProblem::NestedFolder => self.file_nested_folder().to_string(),
            FileProblem::Folder(e) => self.file_folder(self.io_error(e)),
            FileProblem::Read(e) => self.read_error(e),
            FileProblem::Content(bad) => self.bad_input(bad),
        }
    }

    fn bad_input(&'static self, bad: &BadInput) -> String {
        match bad {
            BadInput::NotUtf8 => self.bad_not_utf8().to_string(),
            BadInput::Empty => self.bad_empty().to_string(),
            BadInput::NoRecords => self.bad_no_records().to_string(),
            BadInput::NotJsonExport(why) => self.bad_not_json_export(self.unreadable(why)),
            BadInput::WrongKind => self.bad_wrong_kind(EXPORT_KIND),
            BadInput::Newer(v) => self.bad_newer(v, EXPORT_SCHEMA_VERSION),
            BadInput::NotCsv(why) => self.bad_not_csv(self.unreadable(why)),
            BadInput::MissingColumns => self.bad_missing_columns().to_string(),
            BadInput::TwoColumns(code) => self.bad_two_columns(code),
            BadInput::NoStatementColumns => self.bad_no_statement_columns().to_string(),
            BadInput::UnknownCode(code) => self.bad_unknown_code(code),
            BadInput::OtherSet { found, expected } => self.bad_other_set(found, expected),
            BadInput::NoIdentity => self.bad_no_identity().to_string(),
            BadInput::OutOfScale {
                code,
                value,
                min,
                max,
            } => self.bad_out_of_scale(code, value, min, max),
            BadInput::NotARating { code, value } => self.bad_not_a_rating(code, value),
            BadInput::BadDate(d) => self.bad_date(d),
            BadInput::NoAnswers => self.bad_no_answers().to_string(),
            BadInput::TooLarge => self.bad_too_large().to_string(),
            BadInput::LongLine => self.bad_long_line().to_string(),
            BadInput::LongText(column) => self.bad_long_text(column, MAX_TEXT_CHARS),
            BadInput::FutureDate(d) => self.bad_future_date(d),
            BadInput::Line { line, problem } => self.bad_line(line, self.bad_input(problem)),
            BadInput::Record { record, problem } => {
                self.bad_record(record, self.bad_input(problem))
            }
        }
    }

    fn unreadable(&'static self, why: &Unreadable) -> String {
        match why {
            Unreadable::CannotRead => self.unreadable_cannot_read().to_string(),
            Unreadable::NotCsv => self.unreadable_not_csv().to_string(),
            Unreadable::FieldCount { expected, found } => {
                self.unreadable_field_count(found, expected)
            }
            Unreadable::Json(place) => self.json_place(place),
        }
    }

    /// Why a set was refused: its name, then every problem with its line.
    pub fn question_set_error(&'static self, e: &QuestionSetError) -> String {
        let head = self.set_invalid(&e.source_name);
        if let [one] = e.problems.as_slice() {
            return format!("{head}: {}", self.set_problem_at(one));
        }
        let mut out = format!("{head}:");
        for p in &e.problems {
            out.push_str("\n  - ");
            out.push_str(&self.set_problem_at(p));
        }
        out
    }

    /// A problem with where it is ("rad 4: …", "rad 2, kolumn 11: …").
    pub fn set_problem_at(&'static self, p: &Problem) -> String {
        let at = match (p.line, &p.fault) {
            (Some(line), SetFault::Syntax { column, .. }) => self.set_at_line_column(line, column),
            (Some(line), _) => self.set_at_line(line),
            (None, _) => String::new(),
        };
        format!("{at}{}", self.set_fault(&p.fault))
    }

    /// A problem as `questions --check` lists it: `FILE:LINE:` (and `COLUMN:` for a
    /// TOML error) first, as compilers write it, so that an editor can jump there.
    pub fn set_check_line(&'static self, file: impl Display, p: &Problem) -> String {
        let fault = self.set_fault(&p.fault);
        match (p.line, &p.fault) {
            (Some(line), SetFault::Syntax { column, .. }) => {
                format!("{file}:{line}:{column}: {fault}")
            }
            (Some(line), _) => format!("{file}:{line}: {fault}"),
            (None, _) => format!("{file}: {fault}"),
        }
    }

    /// What is wrong, without where.
    pub fn set_fault(&'static self, fault: &SetFault) -> String {
        match fault {
            SetFault::Syntax { detail, .. } => self.set_syntax(detail),
            SetFault::Invalid(p) => self.set_problem(p),
        }
    }

    /// A problem of a set that reads as TOML.
    pub fn set_problem(&'static self, p: &SetProblem) -> String {
        match p {
            SetProblem::Empty(key) => self.set_empty(match key {
                HeadKey::Id => "id",
                HeadKey::Version => "version",
            }),
            SetProblem::MissingText { text, lang } => {
                self.set_missing_text(self.set_text(text), lang)
            }
            SetProblem::Backwards { min, max } => self.set_backwards(min, max),
            SetProblem::ZeroMin => self.set_zero_min().to_string(),
            SetProblem::TooLong(max) => self.set_too_long(max),
            SetProblem::NoneDeclared(t) => self.set_none_declared(match t {
                SetTable::Areas => "[[areas]]",
                SetTable::Statements => "[[statements]]",
            }),
            SetProblem::AreaNumber(n) => self.set_area_number(n),
            SetProblem::AreaTwice(n) => self.set_area_twice(n),
            SetProblem::AreaEmpty(n) => self.set_area_empty(n),
            SetProblem::BadCode(code) => self.set_bad_code(code),
            SetProblem::UnknownArea { code, area } => self.set_unknown_area(code, area),
            SetProblem::CodeTwice(code) => self.set_code_twice(code),
            SetProblem::BadUrl(url) => self.set_bad_url(url),
            SetProblem::MirrorArea { code, area } => self.leaders_set_mirror_area(code, area),
            SetProblem::Unsafe(place) => self.set_unsafe(match place {
                UnsafeIn::IdOrVersion => self.set_place_id_or_version().to_string(),
                UnsafeIn::TitleOrWelcome => self.set_place_title_or_welcome().to_string(),
                UnsafeIn::Scale => self.set_place_scale().to_string(),
                UnsafeIn::Area(n) => self.set_place_area(n),
                UnsafeIn::Statement(code) => self.set_place_statement(code),
                UnsafeIn::Resource => self.set_place_resource().to_string(),
            }),
        }
    }

    fn set_text(&'static self, text: &SetText) -> String {
        match text {
            SetText::Title => "`title`".to_string(),
            SetText::ScaleMinLabel => "`scale.min_label`".to_string(),
            SetText::ScaleMaxLabel => "`scale.max_label`".to_string(),
            SetText::AreaName(n) => self.set_text_area_name(n),
            SetText::StatementText(code) => self.set_text_statement_text(code),
            SetText::StatementTitle(code) => self.set_text_statement_title(code),
            SetText::StatementScale(code) => self.leaders_set_text_statement_scale(code),
        }
    }
}
