//! Every line digikomp prints, in Swedish and English.
//!
//! Fixed texts are fields of [`Texts`]; texts with values in them are methods whose
//! parameters are the values, so a misspelt or missing placeholder is a compile
//! error, never a `{name}` on the user's screen. Counts go through the methods
//! that choose the singular or plural form.

use crate::model::analysis::Flag;
use crate::model::lang::Lang;
use crate::model::question_set::ResourceKind;
use crate::model::record::GroupBy;
use std::fmt::Display;

/// The fixed strings for one language, and the language for the templates.
#[derive(Debug)]
pub struct Texts {
    lang: Lang,
    pub welcome_title: &'static str,
    pub welcome_start: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub review_title: &'static str,
    pub review_save: &'static str,
    pub review_quit: &'static str,
    pub cancelled_nothing_saved: &'static str,
    pub result_title: &'static str,
    pub col_area: &'static str,
    pub col_mean: &'static str,
    pub col_profile: &'static str,
    pub col_code: &'static str,
    pub col_statement: &'static str,
    pub col_answer: &'static str,
    pub overall: &'static str,
    pub strengths: &'static str,
    pub to_develop: &'static str,
    pub all_answers: &'static str,
    pub label: &'static str,
    pub plan_needs_target: &'static str,
    pub error_prefix: &'static str,
    pub path_inside: &'static str,
    pub path_platform: &'static str,
    pub path_not_created: &'static str,
    pub profile_respondent: &'static str,
    pub profile_workplace: &'static str,
    pub profile_role: &'static str,
    pub no_usable_records: &'static str,
    pub not_utf8: &'static str,
    pub err_mixed: &'static str,
    pub err_no_terminal: &'static str,
    pub col_distribution: &'static str,
    pub plan_title: &'static str,
    pub plan_none: &'static str,
    pub col_target: &'static str,
    pub col_goal: &'static str,
    pub col_due: &'static str,
    pub col_before: &'static str,
    pub col_after: &'static str,
    pub col_status: &'static str,
    pub status_open: &'static str,
    pub status_closed: &'static str,
    pub plan_rose: &'static str,
    pub plan_fell: &'static str,
    pub plan_same: &'static str,
    pub plan_no_after: &'static str,
    pub plan_followup: &'static str,
    pub plan_keep: &'static str,
    pub plan_close: &'static str,
    pub plan_replace: &'static str,
    pub plan_add_question: &'static str,
    pub plan_pick: &'static str,
    pub plan_goal_prompt: &'static str,
    pub plan_due_prompt: &'static str,
    pub plan_needs_goal: &'static str,
    pub plain_no_back: &'static str,
    pub action_plan_draft: &'static str,
    pub biggest_gains: &'static str,
    pub change_per_area: &'static str,
    pub col_change: &'static str,
    pub col_median: &'static str,
    pub col_owner: &'static str,
    pub col_sd: &'static str,
    pub everyone: &'static str,
    pub files_word: &'static str,
    pub group_profile: &'static str,
    pub mean_per_area: &'static str,
    pub priorities: &'static str,
    pub priorities_lowest: &'static str,
    pub respondents_word: &'static str,
    pub skipped: &'static str,
    pub col_id: &'static str,
    pub col_date: &'static str,
    pub col_since_previous: &'static str,
    pub col_since_first: &'static str,
    pub col_trend: &'static str,
    pub no_attempts_in_window: &'static str,
    pub progress_one: &'static str,
    pub biggest_rises: &'static str,
    pub biggest_falls: &'static str,
    pub no_change: &'static str,
    pub not_deleted: &'static str,
    pub delete_needs_yes: &'static str,
}

const SV: Texts = Texts {
    lang: Lang::Sv,
    welcome_title: "Välkommen till självskattningen av digital kompetens",
    welcome_start: "Vill du börja?",
    yes: "Ja",
    no: "Nej",
    review_title: "Granska: välj ett svar att ändra, eller spara",
    review_save: "Spara och visa resultatet",
    review_quit: "Avsluta nu (svaren sparas som utkast)",
    cancelled_nothing_saved: "Avbrutet innan något besvarades; inget sparades.",
    result_title: "Resultat",
    col_area: "Område",
    col_mean: "Medel",
    col_profile: "Profil",
    col_code: "Kod",
    col_statement: "Påstående",
    col_answer: "Svar",
    overall: "Totalt",
    strengths: "Dina styrkor",
    to_develop: "Att utveckla",
    all_answers: "Alla svar",
    label: "Etikett",
    plan_needs_target: "utan terminal: ange vad du vill arbeta med med --statement KOD eller --area N, och målet med --goal TEXT",
    error_prefix: "fel",
    path_inside: "i datamappen",
    path_platform: "systemets standardplats",
    path_not_created: ", inte skapad än",
    profile_respondent: "deltagar-id",
    profile_workplace: "arbetsplats",
    profile_role: "roll",
    not_utf8: "det är inte UTF-8-text",
    no_usable_records: "inga användbara svar i filerna; ge workshop exporter gjorda med `digikomp export`",
    err_mixed: "både värden och kod=värde-par: använd en av formerna",
    err_no_terminal: "digikomp take behöver en terminal för att ställa frågorna, och det här är ingen. Svara utan frågor: --answers 5,6,4,… (ett värde per påstående, i samma ordning som `digikomp questions`), --answers-file FIL (- för standard in), eller skicka in svaren ett per rad",
    col_distribution: "fördelning av svaren",
    plan_title: "Din handlingsplan",
    plan_none: "Ingen handlingsplan än. Välj upp till tre saker att arbeta med: `digikomp plan add`.",
    col_target: "Att utveckla",
    col_goal: "Mål",
    col_due: "Senast",
    col_before: "Före",
    col_after: "Nu",
    col_status: "Status",
    status_open: "öppen",
    status_closed: "stängd",
    plan_rose: "ökade",
    plan_fell: "minskade",
    plan_same: "oförändrad",
    plan_no_after: "ingen ny mätning än",
    plan_followup: "Uppföljning av din handlingsplan",
    plan_keep: "Behåll",
    plan_close: "Stäng, klar",
    plan_replace: "Ersätt med något annat",
    plan_add_question: "Vill du välja något att arbeta med till nästa gång?",
    plan_pick: "Välj ett påstående eller område att arbeta med (lägst först)",
    plan_goal_prompt: "Ditt mål, t.ex. \"gå Digitekets kurs om källkritik före mars\" (tom rad: hoppa över, ? = hjälp)",
    plan_due_prompt: "Senast (ÅÅÅÅ-MM-DD; tom rad: inget datum, ? = hjälp)",
    plan_needs_goal: "skriv ett mål med --goal, t.ex. --goal \"gå kursen om källkritik\"",
    plain_no_back: "Det här är det första påståendet; det finns inget att gå tillbaka till.",
    action_plan_draft: "Handlingsplan (utkast)",
    biggest_gains: "Största ökningar:",
    change_per_area: "Förändring per område",
    col_change: "Förändring",
    col_median: "Median",
    col_owner: "Ansvarig",
    col_sd: "Spridning",
    everyone: "Alla",
    files_word: "filer",
    group_profile: "Gruppens profil",
    mean_per_area: "Medel per område",
    priorities: "Prioriteringar",
    priorities_lowest: "Prioriteringar (lägst medel)",
    respondents_word: "deltagare",
    skipped: "Hoppade över",
    col_id: "Id",
    col_date: "Datum",
    col_since_previous: "Δ förra",
    col_since_first: "Δ första",
    col_trend: "Trend",
    no_attempts_in_window: "Inga försök matchar urvalet (--last/--since).",
    progress_one: "Bara ett försök hittills: gör testet igen för att se förändringen.",
    biggest_rises: "Största ökningar",
    biggest_falls: "Största minskningar",
    no_change: "Inga påståenden har ändrats.",
    not_deleted: "Inget raderades.",
    delete_needs_yes: "att radera kräver en bekräftelse, och det här är ingen terminal: lägg till --yes",
};

const EN: Texts = Texts {
    lang: Lang::En,
    welcome_title: "Welcome to the digital-competence self-assessment",
    welcome_start: "Do you want to start?",
    yes: "Yes",
    no: "No",
    review_title: "Review: pick an answer to change, or save",
    review_save: "Save and show the result",
    review_quit: "Quit now (answers are kept as a draft)",
    cancelled_nothing_saved: "Cancelled before anything was answered; nothing was saved.",
    result_title: "Result",
    col_area: "Area",
    col_mean: "Mean",
    col_profile: "Profile",
    col_code: "Code",
    col_statement: "Statement",
    col_answer: "Answer",
    overall: "Overall",
    strengths: "Your strengths",
    to_develop: "To develop",
    all_answers: "All answers",
    label: "Label",
    plan_needs_target: "without a terminal: name what to work on with --statement CODE or --area N, and the goal with --goal TEXT",
    error_prefix: "error",
    path_inside: "inside the data directory",
    path_platform: "platform default",
    path_not_created: ", not created yet",
    profile_respondent: "respondent",
    profile_workplace: "workplace",
    profile_role: "role",
    not_utf8: "it is not UTF-8 text",
    no_usable_records: "no usable records in the files given; give exports made with `digikomp export`",
    err_mixed: "mix of plain values and code=value pairs: use one form",
    err_no_terminal: "digikomp take needs a terminal to ask the questions, and this is not one. Answer without prompts: --answers 5,6,4,… (one value per statement, in the order of `digikomp questions`), --answers-file FILE (- for stdin), or pipe the answers in one per line",
    col_distribution: "distribution of the answers",
    plan_title: "Your action plan",
    plan_none: "No action plan yet. Pick up to three things to work on: `digikomp plan add`.",
    col_target: "To develop",
    col_goal: "Goal",
    col_due: "Due",
    col_before: "Before",
    col_after: "Now",
    col_status: "Status",
    status_open: "open",
    status_closed: "closed",
    plan_rose: "rose",
    plan_fell: "fell",
    plan_same: "unchanged",
    plan_no_after: "not measured again yet",
    plan_followup: "Follow-up of your action plan",
    plan_keep: "Keep",
    plan_close: "Close, done",
    plan_replace: "Replace with something else",
    plan_add_question: "Do you want to pick something to work on until next time?",
    plan_pick: "Pick a statement or area to work on (lowest first)",
    plan_goal_prompt: "Your goal, e.g. \"take the course on source criticism before March\" (empty line: skip, ? = help)",
    plan_due_prompt: "Due (YYYY-MM-DD; empty line: no date, ? = help)",
    plan_needs_goal: "give a goal with --goal, e.g. --goal \"take the course on source criticism\"",
    plain_no_back: "This is the first statement; there is nothing to go back to.",
    action_plan_draft: "Action plan (draft)",
    biggest_gains: "Biggest gains:",
    change_per_area: "Change per area",
    col_change: "Change",
    col_median: "Median",
    col_owner: "Owner",
    col_sd: "SD",
    everyone: "Everyone",
    files_word: "files",
    group_profile: "Group profile",
    mean_per_area: "Mean per area",
    priorities: "Priorities",
    priorities_lowest: "Priorities (lowest mean)",
    respondents_word: "respondents",
    skipped: "Skipped",
    col_id: "Id",
    col_date: "Date",
    col_since_previous: "Δ previous",
    col_since_first: "Δ first",
    col_trend: "Trend",
    no_attempts_in_window: "No attempts match the selection (--last/--since).",
    progress_one: "Only one attempt so far: take the test again to see the change.",
    biggest_rises: "Biggest rises",
    biggest_falls: "Biggest falls",
    no_change: "No statement has changed.",
    not_deleted: "Nothing was deleted.",
    delete_needs_yes: "deleting needs a confirmation, and this is not a terminal: add --yes",
};

/// The strings in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

impl Texts {
    /// The label of one line of `paths`, from its stable key.
    pub fn path_label(&self, key: &str) -> &'static str {
        match (self.lang, key) {
            (Lang::Sv, "data directory") => "datamapp",
            (Lang::Sv, "attempts") => "försök",
            (Lang::Sv, "draft") => "utkast",
            (Lang::Sv, "profile (config)") => "profil (inställningar)",
            (Lang::Sv, "question set") => "frågeuppsättning",
            (Lang::Sv, "action plan") => "handlingsplan",
            (Lang::En, "data directory") => "data directory",
            (Lang::En, "attempts") => "attempts",
            (Lang::En, "draft") => "draft",
            (Lang::En, "profile (config)") => "profile (config)",
            (Lang::En, "question set") => "question set",
            _ => "action plan",
        }
    }

    /// "it is larger than {kb} KB, too large for answers"
    pub fn answers_too_large(&self, kb: u64) -> String {
        match self.lang {
            Lang::Sv => format!("den är större än {kb} kB, för stor för svar"),
            Lang::En => format!("it is larger than {kb} KB, too large for answers"),
        }
    }

    /// "{n} files could not be used (--strict); fix or remove them"
    pub fn strict_refused(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => {
                "1 fil gick inte att använda (--strict); rätta eller ta bort den".to_string()
            }
            (Lang::Sv, n) => {
                format!("{n} filer gick inte att använda (--strict); rätta eller ta bort dem")
            }
            (Lang::En, 1) => "1 file could not be used (--strict); fix or remove it".to_string(),
            (Lang::En, n) => format!("{n} files could not be used (--strict); fix or remove them"),
        }
    }

    /// "bundled ({set})"
    pub fn path_bundled(&self, set: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("inbyggd ({set})"),
            Lang::En => format!("bundled ({set})"),
        }
    }

    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// "You will read {n} statements about digital tasks in library work and say how confident you feel about each, from {min} = {min_label} to {max} = {max_label}. It takes about ten minutes. There are no right answers: rate yourself as you feel today. Your answers are saved on this computer only."
    pub fn welcome_body(
        &self,
        n: impl Display,
        min: impl Display,
        min_label: impl Display,
        max: impl Display,
        max_label: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("Du får läsa {n} påståenden om digitala uppgifter i biblioteksarbetet och ange hur säker du känner dig på varje, från {min} = {min_label} till {max} = {max_label}. Det tar ungefär tio minuter. Det finns inga rätta svar: skatta dig som du känner dig i dag. Svaren sparas bara på den här datorn."),
            Lang::En => format!("You will read {n} statements about digital tasks in library work and say how confident you feel about each, from {min} = {min_label} to {max} = {max_label}. It takes about ten minutes. There are no right answers: rate yourself as you feel today. Your answers are saved on this computer only."),
        }
    }

    /// "Area {n} · {name}"
    pub fn area_heading(&self, n: impl Display, name: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Område {n} · {name}"),
            Lang::En => format!("Area {n} · {name}"),
        }
    }

    /// "Statement {i} of {n}"
    pub fn statement_of(&self, i: impl Display, n: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Påstående {i} av {n}"),
            Lang::En => format!("Statement {i} of {n}"),
        }
    }

    /// "You have an unfinished test from {date} with {n} of {total} answers. Continue where you left off? (No starts over.)"
    pub fn resume_question(
        &self,
        date: impl Display,
        n: impl Display,
        total: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("Du har ett påbörjat test från {date} med {n} av {total} svar. Fortsätta där du slutade? (Nej börjar om.)"),
            Lang::En => format!("You have an unfinished test from {date} with {n} of {total} answers. Continue where you left off? (No starts over.)"),
        }
    }

    /// "The unfinished test used another version of the questions ({old}), so it cannot be continued. Run `digikomp take --restart` to start over."
    pub fn resume_other_set(&self, old: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Det påbörjade testet gjordes med en annan version av frågorna ({old}); det går inte att fortsätta. Kör `digikomp take --restart` för att börja om."),
            Lang::En => format!("The unfinished test used another version of the questions ({old}), so it cannot be continued. Run `digikomp take --restart` to start over."),
        }
    }

    /// "Your {n} answers are saved in {path}; run `digikomp take` again to continue."
    pub fn draft_kept(&self, n: impl Display, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Dina {n} svar är sparade i {path}; kör `digikomp take` igen för att fortsätta."
            ),
            Lang::En => format!(
                "Your {n} answers are saved in {path}; run `digikomp take` again to continue."
            ),
        }
    }

    /// "Interrupted. Your answers so far are saved in {path}; run `digikomp take` again to continue."
    pub fn interrupted_kept(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Avbrutet. Dina svar hittills är sparade i {path}; kör `digikomp take` igen för att fortsätta."),
            Lang::En => format!("Interrupted. Your answers so far are saved in {path}; run `digikomp take` again to continue."),
        }
    }

    /// "Saved: {path}"
    pub fn saved_to(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Sparat: {path}"),
            Lang::En => format!("Saved: {path}"),
        }
    }

    /// "{title} (version {version}): {n} statements, scale {min}–{max}"
    pub fn questions_title(
        &self,
        title: impl Display,
        version: impl Display,
        n: impl Display,
        min: impl Display,
        max: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("{title} (version {version}): {n} påståenden, skala {min}–{max}"),
            Lang::En => format!("{title} (version {version}): {n} statements, scale {min}–{max}"),
        }
    }

    /// "'{code}' is not a statement code; see `digikomp questions`"
    pub fn plan_no_statement(&self, code: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("'{code}' är ingen påståendekod; se `digikomp questions`"),
            Lang::En => format!("'{code}' is not a statement code; see `digikomp questions`"),
        }
    }

    /// "there is no area {area}; see `digikomp questions`"
    pub fn plan_no_area(&self, area: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("det finns inget område {area}; se `digikomp questions`"),
            Lang::En => format!("there is no area {area}; see `digikomp questions`"),
        }
    }

    /// "expected {expected} answers, one per statement, but got {got}"
    pub fn err_count(&self, expected: impl Display, got: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("förväntade {expected} svar, ett per påstående, men fick {got}"),
            Lang::En => format!("expected {expected} answers, one per statement, but got {got}"),
        }
    }

    /// "'{token}' (answer {position}) is not a whole number"
    pub fn err_not_number(&self, token: impl Display, position: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("'{token}' (svar {position}) är inget heltal"),
            Lang::En => format!("'{token}' (answer {position}) is not a whole number"),
        }
    }

    /// "answer {position} is {value}, outside the scale {min}–{max}"
    pub fn err_out_of_range(
        &self,
        position: impl Display,
        value: impl Display,
        min: impl Display,
        max: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("svar {position} är {value}, utanför skalan {min}–{max}"),
            Lang::En => format!("answer {position} is {value}, outside the scale {min}–{max}"),
        }
    }

    /// "'{code}' is not a statement code of this question set"
    pub fn err_unknown_code(&self, code: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("'{code}' är ingen påståendekod i frågorna"),
            Lang::En => format!("'{code}' is not a statement code of this question set"),
        }
    }

    /// "statement {code} is answered twice"
    pub fn err_duplicate(&self, code: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("påstående {code} är besvarat två gånger"),
            Lang::En => format!("statement {code} is answered twice"),
        }
    }

    /// "statement {code} has no answer"
    pub fn err_missing(&self, code: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("påstående {code} saknar svar"),
            Lang::En => format!("statement {code} has no answer"),
        }
    }

    /// "{source}: {problem}. Give {n} values from {min} to {max} in the order of `digikomp questions`, e.g. --answers {example}"
    pub fn err_answers_hint(
        &self,
        source: impl Display,
        problem: impl Display,
        n: impl Display,
        min: impl Display,
        max: impl Display,
        example: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("{source}: {problem}. Ge {n} värden från {min} till {max} i samma ordning som `digikomp questions`, t.ex. --answers {example}"),
            Lang::En => format!("{source}: {problem}. Give {n} values from {min} to {max} in the order of `digikomp questions`, e.g. --answers {example}"),
        }
    }

    /// "there is an unfinished test in {path}; add --restart to discard it and take the test from the piped answers, or run `digikomp take` in a terminal to continue it"
    pub fn err_piped_draft(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("det finns ett påbörjat test i {path}; lägg till --restart för att kasta det och göra testet med de inskickade svaren, eller kör `digikomp take` i en terminal för att fortsätta"),
            Lang::En => format!("there is an unfinished test in {path}; add --restart to discard it and take the test from the piped answers, or run `digikomp take` in a terminal to continue it"),
        }
    }

    /// "{target}: {goal} (before {before}, now {after}: {trend})"
    pub fn plan_item_line(
        &self,
        target: impl Display,
        goal: impl Display,
        before: impl Display,
        after: impl Display,
        trend: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("{target}: {goal} (före {before}, nu {after}: {trend})"),
            Lang::En => format!("{target}: {goal} (before {before}, now {after}: {trend})"),
        }
    }

    /// "What do you want to do with {target}?"
    pub fn plan_what_now(&self, target: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Vad vill du göra med {target}?"),
            Lang::En => format!("What do you want to do with {target}?"),
        }
    }

    /// "'{input}' is not a date: type YYYY-MM-DD, e.g. 2027-03-01."
    pub fn plan_due_bad(&self, input: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("'{input}' är inget datum: skriv ÅÅÅÅ-MM-DD, t.ex. 2027-03-01."),
            Lang::En => format!("'{input}' is not a date: type YYYY-MM-DD, e.g. 2027-03-01."),
        }
    }

    /// "The action plan already has {max} open items; close one first with `digikomp plan close ID`."
    pub fn plan_full(&self, max: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Handlingsplanen har redan {max} öppna punkter; stäng en först med `digikomp plan close ID`."),
            Lang::En => format!("The action plan already has {max} open items; close one first with `digikomp plan close ID`."),
        }
    }

    /// "Added {id} to the action plan."
    pub fn plan_added(&self, id: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("La till {id} i handlingsplanen."),
            Lang::En => format!("Added {id} to the action plan."),
        }
    }

    /// "Closed {id}; it stays in the history (`digikomp plan --all`)."
    pub fn plan_closed_msg(&self, id: impl Display) -> String {
        match self.lang {
            Lang::Sv => {
                format!("Stängde {id}; den finns kvar i historiken (`digikomp plan --all`).")
            }
            Lang::En => format!("Closed {id}; it stays in the history (`digikomp plan --all`)."),
        }
    }

    /// "statement {code}"
    pub fn target_statement(&self, code: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("påstående {code}"),
            Lang::En => format!("statement {code}"),
        }
    }

    /// "area {n} ({name})"
    pub fn target_area(&self, n: impl Display, name: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("område {n} ({name})"),
            Lang::En => format!("area {n} ({name})"),
        }
    }

    /// "no open item of the action plan has the id '{id}'; see `digikomp plan`"
    pub fn plan_unknown(&self, id: impl Display) -> String {
        match self.lang {
            Lang::Sv => {
                format!("ingen öppen punkt i handlingsplanen har id '{id}'; se `digikomp plan`")
            }
            Lang::En => {
                format!("no open item of the action plan has the id '{id}'; see `digikomp plan`")
            }
        }
    }

    /// "Scale: {min} = {min_label} … {max} = {max_label}"
    pub fn plain_scale(
        &self,
        min: impl Display,
        min_label: impl Display,
        max: impl Display,
        max_label: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("Skala: {min} = {min_label} … {max} = {max_label}"),
            Lang::En => format!("Scale: {min} = {min_label} … {max} = {max_label}"),
        }
    }

    /// "The group has {n} respondents, fewer than {min}: no per-statement figures are shown, so that nobody's answers can be singled out."
    pub fn group_too_small(&self, n: usize, min: impl Display) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => format!("The group has 1 respondent, fewer than {min}: no per-statement figures are shown, so that nobody's answers can be singled out."),
            (Lang::Sv, _) => format!("Gruppen har {n} deltagare, färre än {min}: inga siffror per påstående visas, så att ingens svar kan pekas ut."),
            (Lang::En, _) => format!("The group has {n} respondents, fewer than {min}: no per-statement figures are shown, so that nobody's answers can be singled out."),
        }
    }

    /// "{n} saved attempts (mean per area, {min}–{max})"
    pub fn history_title(&self, n: usize, min: impl Display, max: impl Display) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => format!("1 sparat försök (medel per område, {min}–{max})"),
            (Lang::Sv, _) => format!("{n} sparade försök (medel per område, {min}–{max})"),
            (Lang::En, 1) => format!("1 saved attempt (mean per area, {min}–{max})"),
            (Lang::En, _) => format!("{n} saved attempts (mean per area, {min}–{max})"),
        }
    }

    /// "No saved attempts in {path}. Take the test with `digikomp take`."
    pub fn no_attempts(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Inga sparade försök i {path}. Gör testet med `digikomp take`."),
            Lang::En => format!("No saved attempts in {path}. Take the test with `digikomp take`."),
        }
    }

    /// "Progression over {n} attempts"
    pub fn progress_title(&self, n: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Utveckling över {n} försök"),
            Lang::En => format!("Progression over {n} attempts"),
        }
    }

    /// "Not comparable: attempt {id} (version {version})"
    pub fn not_comparable(&self, id: impl Display, version: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Ej jämförbart: försök {id} (version {version})"),
            Lang::En => format!("Not comparable: attempt {id} (version {version})"),
        }
    }

    /// "lacks {codes}"
    pub fn lacks(&self, codes: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("saknar {codes}"),
            Lang::En => format!("lacks {codes}"),
        }
    }

    /// "has {codes}, which this version does not have and which are not counted"
    pub fn extra_ignored(&self, codes: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("har {codes} som inte finns i den här versionen och inte räknas"),
            Lang::En => {
                format!("has {codes}, which this version does not have and which are not counted")
            }
        }
    }

    /// "{n} attempts used another question set ({sets}) and are not shown; choose it with --questions FILE."
    pub fn other_sets(&self, n: usize, sets: impl Display) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => format!("1 attempt used another question set ({sets}) and is not shown; choose it with --questions FILE."),
            (Lang::Sv, _) => format!("{n} försök gjordes med en annan frågeuppsättning ({sets}) och visas inte; välj den med --questions FILE."),
            (Lang::En, _) => format!("{n} attempts used another question set ({sets}) and are not shown; choose it with --questions FILE."),
        }
    }

    /// "warning: skipped {path}: {reason}"
    pub fn skipped_file(&self, path: impl Display, reason: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("varning: hoppade över {path}: {reason}"),
            Lang::En => format!("warning: skipped {path}: {reason}"),
        }
    }

    /// "no saved attempt has the id '{id}'; see `digikomp history`"
    pub fn unknown_attempt(&self, id: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("inget sparat försök har id '{id}'; se `digikomp history`"),
            Lang::En => format!("no saved attempt has the id '{id}'; see `digikomp history`"),
        }
    }

    /// "the id '{id}' matches several attempts ({ids}); type more characters"
    pub fn ambiguous_attempt(&self, id: impl Display, ids: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("id '{id}' passar flera försök ({ids}); skriv fler tecken"),
            Lang::En => {
                format!("the id '{id}' matches several attempts ({ids}); type more characters")
            }
        }
    }

    /// "Delete the attempt {id} from {date}? This cannot be undone."
    pub fn delete_one_question(&self, id: impl Display, date: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Radera försöket {id} från {date}? Det går inte att ångra."),
            Lang::En => format!("Delete the attempt {id} from {date}? This cannot be undone."),
        }
    }

    /// "Delete all {n} attempts, the draft, the action plan and the profile in {path}? This cannot be undone."
    pub fn delete_all_question(&self, n: usize, path: impl Display) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => format!("Radera försöket, utkast, handlingsplan och profil i {path}? Det går inte att ångra."),
            (Lang::En, 1) => format!("Delete the attempt, the draft, the action plan and the profile in {path}? This cannot be undone."),
            (Lang::Sv, _) => format!("Radera alla {n} försök, utkast, handlingsplan och profil i {path}? Det går inte att ångra."),
            (Lang::En, _) => format!("Delete all {n} attempts, the draft, the action plan and the profile in {path}? This cannot be undone."),
        }
    }

    /// "Deleted {n} file(s)."
    pub fn deleted(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => "Raderade 1 fil.".to_string(),
            (Lang::Sv, n) => format!("Raderade {n} filer."),
            (Lang::En, 1) => "Deleted 1 file.".to_string(),
            (Lang::En, n) => format!("Deleted {n} files."),
        }
    }

    /// "the attempt used the question set {set}; choose it with --questions FILE to see its result"
    pub fn other_set_scores(&self, set: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("försöket gjordes med frågeuppsättningen {set}; välj den med --questions FILE för att se resultatet"),
            Lang::En => format!("the attempt used the question set {set}; choose it with --questions FILE to see its result"),
        }
    }

    /// "No answer is chosen: press a number 1–7, or ← → and then Enter."
    pub fn rate_nothing_selected(&self, min: impl Display, max: impl Display) -> String {
        match self.lang {
            Lang::Sv => {
                format!(
                    "Inget svar är valt: tryck en siffra {min}–{max}, eller ← → och sedan Enter."
                )
            }
            Lang::En => {
                format!("No answer is chosen: press a number {min}–{max}, or ← → and then Enter.")
            }
        }
    }

    /// "Your answer now: 5. Press Enter to keep it."
    pub fn plain_current(&self, value: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Ditt svar nu: {value}. Tryck Enter för att behålla det."),
            Lang::En => format!("Your answer now: {value}. Press Enter to keep it."),
        }
    }

    /// "You keep your answer 5."
    pub fn plain_kept(&self, value: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Du behåller ditt svar {value}."),
            Lang::En => format!("You keep your answer {value}."),
        }
    }

    /// "Learn more about what you want to develop"
    pub fn learn_more_lowest(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "Lär dig mer om det du vill utveckla",
            Lang::En => "Learn more about what you want to develop",
        }
    }

    /// What kind of learning resource a link is: "kurs", "guide", "lektion".
    pub fn resource_kind(&self, kind: ResourceKind) -> &'static str {
        match (self.lang, kind) {
            (Lang::Sv, ResourceKind::Course) => "kurs",
            (_, ResourceKind::Guide) => "guide",
            (Lang::Sv, ResourceKind::Lesson) => "lektion",
            (Lang::En, ResourceKind::Course) => "course",
            (Lang::En, ResourceKind::Lesson) => "lesson",
        }
    }

    /// "Item analysis: 120 respondents (each one's latest attempt)"
    pub fn analysis_title(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => "Item-analys: 1 deltagare (det senaste försöket)".to_string(),
            (Lang::Sv, n) => format!("Item-analys: {n} deltagare (vars och ens senaste försök)"),
            (Lang::En, 1) => "Item analysis: 1 respondent (the latest attempt)".to_string(),
            (Lang::En, n) => format!("Item analysis: {n} respondents (each one's latest attempt)"),
        }
    }

    /// "Area 2 · Communication: alpha 0.82 (118 answered every statement)"
    pub fn analysis_area(
        &self,
        area: impl Display,
        name: impl Display,
        alpha: impl Display,
        n: usize,
    ) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Område {area} · {name}: alfa {alpha} ({n} svarade på alla påståenden i området)"
            ),
            Lang::En => format!(
                "Area {area} · {name}: alpha {alpha} ({n} answered every statement of the area)"
            ),
        }
    }

    /// The column headings of the statement table of `analyze`.
    pub fn analysis_columns(&self) -> [&'static str; 7] {
        match self.lang {
            Lang::Sv => [
                "Påstående",
                "n",
                "Medel",
                "Sd",
                "Golv / tak",
                "Item-rest",
                "Alfa utan",
            ],
            Lang::En => [
                "Statement",
                "n",
                "Mean",
                "SD",
                "Floor / ceiling",
                "Item-rest",
                "Alpha without",
            ],
        }
    }

    /// What the columns of `analyze` mean, under the table.
    pub fn analysis_legend(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "Sd: standardavvikelse (n − 1). Golv / tak: andelen svar på skalans lägsta och högsta värde. Item-rest: korrelationen (Pearson) mellan påståendet och summan av de andra i området, bland dem som svarat på alla. Alfa utan: områdets Cronbachs alfa om påståendet tas bort.",
            Lang::En => "SD: standard deviation (n − 1). Floor / ceiling: the share of answers at the lowest and highest point of the scale. Item-rest: the (Pearson) correlation between the statement and the sum of the others in its area, among those who answered all of them. Alpha without: the area's Cronbach's alpha with the statement left out.",
        }
    }

    /// What a flag of the item analysis means for the statement or the area.
    pub fn analysis_flag(&self, flag: Flag, max: u8, min: u8) -> String {
        match (self.lang, flag) {
            (Lang::Sv, Flag::Ceiling) => format!("över hälften svarade {max} (tak): påståendet kan inte visa någon utveckling uppåt; gör uppgiften svårare eller mer konkret"),
            (Lang::En, Flag::Ceiling) => format!("over half answered {max} (ceiling): the statement cannot show progress upwards; make the task harder or more specific"),
            (Lang::Sv, Flag::Floor) => format!("över hälften svarade {min} (golv): uppgiften kan vara för svår eller ligga utanför de flestas arbete"),
            (Lang::En, Flag::Floor) => format!("over half answered {min} (floor): the task may be too hard or outside most people's work"),
            (Lang::Sv, Flag::LowItemRest) => "item-rest under 0,3: påståendet hänger dåligt ihop med resten av området; det kan mäta något annat eller vara otydligt".to_string(),
            (Lang::En, Flag::LowItemRest) => "item-rest below 0.3: the statement agrees little with the rest of its area; it may measure something else or be unclear".to_string(),
            (Lang::Sv, Flag::LowAlpha) => "alfa under 0,7: områdets påståenden hänger för dåligt ihop för att summeras till ett mått".to_string(),
            (Lang::En, Flag::LowAlpha) => "alpha below 0.7: the area's statements agree too little to add up to one score".to_string(),
            (Lang::Sv, Flag::Unreliable) => "färre än 10 har svarat på alla påståenden i området: siffrorna är osäkra".to_string(),
            (Lang::En, Flag::Unreliable) => "fewer than 10 answered every statement of the area: the figures are unreliable".to_string(),
        }
    }

    /// Said instead of figures when fewer than the minimum group answered.
    pub fn analysis_too_few(&self, n: usize, min: usize) -> String {
        match (self.lang, n) {
            (Lang::En, 1) => format!("Only 1 respondent, fewer than {min}: no figures are shown, so that nobody's answers can be singled out."),
            (Lang::Sv, _) => format!("Bara {n} deltagare, färre än {min}: inga siffror visas, så att ingens svar kan pekas ut."),
            (Lang::En, _) => format!("Only {n} respondents, fewer than {min}: no figures are shown, so that nobody's answers can be singled out."),
        }
    }

    /// The heading of the notes under the tables.
    pub fn analysis_notes(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "Att titta närmare på",
            Lang::En => "Worth a closer look",
        }
    }

    /// "Left …: digikomp did not write it; remove it yourself if you want it gone."
    pub fn delete_left(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => {
                format!("Kvar: {path} (skrevs inte av digikomp; ta bort den själv om du vill).")
            }
            Lang::En => format!(
                "Left: {path} (not written by digikomp; remove it yourself if you want it gone)."
            ),
        }
    }

    /// "FILE exists; choose another name or add --force to replace it"
    pub fn output_exists(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("{path} finns redan; välj ett annat namn eller lägg till --force för att ersätta den"),
            Lang::En => format!("{path} exists; choose another name or add --force to replace it"),
        }
    }

    /// A path that is a link, a device or a FIFO is never replaced.
    pub fn not_a_regular_file(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("{path} är ingen vanlig fil utan en länk eller en specialfil; digikomp skriver bara över vanliga filer: välj ett annat namn"),
            Lang::En => format!("{path} is not a regular file but a link or a special file; digikomp replaces only regular files: choose another name"),
        }
    }

    /// `-o` names a folder.
    pub fn output_is_folder(&self, path: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("{path} är en mapp: ge -o ett filnamn, gärna i den mappen"),
            Lang::En => {
                format!("{path} is a folder: give -o a file name, in that folder if you like")
            }
        }
    }

    /// "statement 101 has the answer 65, outside the scale 1–7"
    pub fn off_scale(
        &self,
        code: impl Display,
        value: impl Display,
        min: impl Display,
        max: impl Display,
    ) -> String {
        match self.lang {
            Lang::Sv => format!("påstående {code} har svaret {value}, utanför skalan {min}–{max}"),
            Lang::En => {
                format!("statement {code} has the answer {value}, outside the scale {min}–{max}")
            }
        }
    }

    /// `--high`/`--low` must be points of the scale.
    pub fn threshold_off_scale(&self, flag: &str, value: u8, min: u8, max: u8) -> String {
        match self.lang {
            Lang::Sv => format!(
                "{flag} {value} ligger utanför skalan {min}–{max}; välj ett värde på skalan"
            ),
            Lang::En => format!(
                "{flag} {value} is outside the scale {min}–{max}; choose a point of the scale"
            ),
        }
    }

    /// A note in a workbook when a chart shows only the first groups.
    pub fn chart_first_groups(&self, shown: usize, all: usize) -> String {
        match self.lang {
            Lang::Sv => format!(
                "Diagrammet visar de första {shown} av {all} grupper; alla finns i tabellen."
            ),
            Lang::En => {
                format!("The chart shows the first {shown} of {all} groups; all are in the table.")
            }
        }
    }

    /// The profile could not be made: say what it is for and how to get one.
    pub fn profile_unwritable(&self, dir: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("kunde inte skapa din profil (det slumpade deltagar-id som exporter bär) i {dir}; gör mappen skrivbar eller välj en annan med --data-dir"),
            Lang::En => format!("could not create your profile (the random respondent id that exports carry) in {dir}; make the folder writable or choose another with --data-dir"),
        }
    }

    /// A `--merge` that is not `FROM=INTO`.
    pub fn bad_merge(&self, given: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("--merge '{given}': skriv två omgångar med = emellan, t.ex. --merge \"Före kursen=före\""),
            Lang::En => format!("--merge '{given}': give two rounds with = between them, e.g. --merge \"Before the course=before\""),
        }
    }

    /// A `--compare` round that no record has.
    pub fn unknown_round(&self, label: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("ingen omgång heter '{label}'; se omgångarna i `digikomp workshop … --group-by label`"),
            Lang::En => format!("no round is called '{label}'; see the rounds with `digikomp workshop … --group-by label`"),
        }
    }

    /// Two rounds that look like one.
    pub fn look_alike_hint(&self, a: impl Display, b: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("tips: omgångarna «{a}» och «{b}» ser ut att vara samma; slå ihop dem med --merge \"{a}={b}\""),
            Lang::En => format!("hint: the rounds «{a}» and «{b}» look like one; join them with --merge \"{a}={b}\""),
        }
    }

    /// `--compare` without rounds.
    pub fn compare_needs_label(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "--compare jämför omgångar: lägg till --group-by label (arbetsplatser och roller jämförs sida vid sida, inte som förändring)",
            Lang::En => "--compare compares rounds: add --group-by label (workplaces and roles are shown side by side, not as change)",
        }
    }

    /// The name of the records without a label, role or workplace.
    pub fn without_value(&self, by: GroupBy) -> &'static str {
        match (self.lang, by) {
            (Lang::Sv, GroupBy::Label) => "(utan etikett)",
            (Lang::Sv, GroupBy::Role) => "(utan roll)",
            (Lang::Sv, GroupBy::Workplace) => "(utan arbetsplats)",
            (Lang::En, GroupBy::Label) => "(no label)",
            (Lang::En, GroupBy::Role) => "(no role)",
            (Lang::En, GroupBy::Workplace) => "(no workplace)",
        }
    }

    /// "3 files, 12 records, 6 respondents", with singulars.
    pub fn report_counts(&self, files: usize, records: usize, people: usize) -> String {
        let plural =
            |n: usize, one: &str, many: &str| format!("{n} {}", if n == 1 { one } else { many });
        match self.lang {
            Lang::Sv => format!(
                "{}, {}, {}",
                plural(files, "fil", "filer"),
                plural(records, "post", "poster"),
                plural(people, "deltagare", "deltagare")
            ),
            Lang::En => format!(
                "{}, {}, {}",
                plural(files, "file", "files"),
                plural(records, "record", "records"),
                plural(people, "respondent", "respondents")
            ),
        }
    }

    /// Which attempt of a person counts.
    pub fn latest_counts(&self, groups: bool) -> &'static str {
        match (self.lang, groups) {
            (Lang::Sv, true) => "Varje persons senaste försök i varje grupp räknas.",
            (Lang::Sv, false) => "Varje persons senaste försök räknas.",
            (Lang::En, true) => "Each person's latest attempt in each group counts.",
            (Lang::En, false) => "Each person's latest attempt counts.",
        }
    }

    /// Respondents whose records came from more than one file.
    pub fn several_files(&self, n: usize) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => {
                "1 deltagare finns i flera filer: kontrollera att ingen export har fel id."
                    .to_string()
            }
            (Lang::Sv, n) => format!(
                "{n} deltagare finns i flera filer: kontrollera att ingen export har fel id."
            ),
            (Lang::En, 1) => {
                "1 respondent is in several files: check that no export has a wrong id.".to_string()
            }
            (Lang::En, n) => format!(
                "{n} respondents are in several files: check that no export has a wrong id."
            ),
        }
    }

    /// The heading of the paired change.
    pub fn paired_title(&self, from: impl Display, to: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("Samma personer före och efter: {from} → {to}"),
            Lang::En => format!("The same people before and after: {from} → {to}"),
        }
    }

    /// The columns of the paired table.
    pub fn paired_columns(&self) -> [&'static str; 6] {
        match self.lang {
            Lang::Sv => [
                "Område",
                "n",
                "Förändring",
                "95\u{a0}% KI",
                "d_z",
                "Ökade / samma / minskade",
            ],
            Lang::En => [
                "Area",
                "n",
                "Change",
                "95\u{a0}% CI",
                "d_z",
                "Rose / same / fell",
            ],
        }
    }

    /// What the paired table's figures are.
    pub fn paired_legend(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "n: personer som svarat i båda omgångarna. Förändring: medelvärdet av varje persons förändring av områdets medel. 95 % KI: konfidensintervall (t-fördelning). d_z: effektstorlek, förändringen delad med spridningen i förändringarna. Samma: inom ±0,5.",
            Lang::En => "n: people who answered both rounds. Change: the mean of each person's change of the area's mean. 95 % CI: confidence interval (t distribution). d_z: effect size, the change divided by the spread of the changes. Same: within ±0.5.",
        }
    }

    /// People in only one of the two rounds.
    pub fn only_one_round(&self, from: usize, to: usize) -> String {
        match self.lang {
            Lang::Sv => format!("{from} svarade bara i den första omgången och {to} bara i den andra; de räknas inte i förändringen för samma personer."),
            Lang::En => format!("{from} answered only the first round and {to} only the second; they are left out of the change for the same people."),
        }
    }

    /// An area whose interval lies on one side of zero.
    pub fn paired_clear(&self, area: impl Display, change: impl Display, rose: bool) -> String {
        match (self.lang, rose) {
            (Lang::Sv, true) => format!("{area}: samma personer skattar sig högre efteråt ({change}); intervallet ligger helt över noll."),
            (Lang::Sv, false) => format!("{area}: samma personer skattar sig lägre efteråt ({change}); intervallet ligger helt under noll."),
            (Lang::En, true) => format!("{area}: the same people rate themselves higher afterwards ({change}); the interval lies wholly above zero."),
            (Lang::En, false) => format!("{area}: the same people rate themselves lower afterwards ({change}); the interval lies wholly below zero."),
        }
    }

    /// An area whose interval crosses zero.
    pub fn paired_unclear(&self, area: impl Display) -> String {
        match self.lang {
            Lang::Sv => format!("{area}: för få eller för spridda svar för att säga om det blev bättre; intervallet omfattar noll."),
            Lang::En => format!("{area}: too few or too varied answers to tell whether it improved; the interval includes zero."),
        }
    }

    /// An area with fewer people in both rounds than the minimum group.
    pub fn paired_too_few(&self, area: impl Display, n: usize, min: usize) -> String {
        match (self.lang, n) {
            (Lang::Sv, 1) => format!(
                "{area}: 1 person i båda omgångarna, färre än {min}: ingen förändring visas."
            ),
            (Lang::Sv, _) => format!(
                "{area}: {n} personer i båda omgångarna, färre än {min}: ingen förändring visas."
            ),
            (Lang::En, 1) => {
                format!("{area}: 1 person in both rounds, fewer than {min}: no change is shown.")
            }
            (Lang::En, _) => {
                format!("{area}: {n} people in both rounds, fewer than {min}: no change is shown.")
            }
        }
    }

    /// The question for the study of an anonymous export.
    pub fn study_prompt(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "Vilken studie är exporten till? (t.ex. \"Höst 2026\"; samma namn ger samma pseudonym; ? = hjälp)",
            Lang::En => "Which study is the export for? (e.g. \"Autumn 2026\"; the same name gives the same pseudonym; ? = help)",
        }
    }

    /// An anonymous export without a study, where none can be asked for.
    pub fn study_needed(&self) -> &'static str {
        match self.lang {
            Lang::Sv => "en anonym export görs för en studie: lägg till --study NAMN, t.ex. --study \"Höst 2026\" (samma namn i varje omgång)",
            Lang::En => "an anonymous export is made for a study: add --study NAME, e.g. --study \"Autumn 2026\" (the same name in every round)",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn templates_take_their_values() {
        assert_eq!(texts(Lang::Sv).statement_of(5, 24), "Påstående 5 av 24");
        assert_eq!(texts(Lang::En).statement_of(5, 24), "Statement 5 of 24");
    }
}
