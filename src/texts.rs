//! Every user-facing string of the test and its results, in Swedish and English,
//! kept in one place so that a translation is one edit and nothing is missed.
//!
//! Templates use `{name}` placeholders, filled by [`fill`].

use crate::lang::Lang;

/// The strings for one language.
#[derive(Debug)]
pub struct Texts {
    pub welcome_title: &'static str,
    pub welcome_body: &'static str,
    pub welcome_start: &'static str,
    pub yes: &'static str,
    pub no: &'static str,
    pub area_heading: &'static str,
    pub statement_of: &'static str,
    pub keys_hint: &'static str,
    pub keys_hint_first: &'static str,
    pub review_title: &'static str,
    pub review_save: &'static str,
    pub review_quit: &'static str,
    pub review_unanswered: &'static str,
    pub resume_question: &'static str,
    pub resume_other_set: &'static str,
    pub draft_kept: &'static str,
    pub interrupted_kept: &'static str,
    pub saved_to: &'static str,
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
    pub learn_more: &'static str,
    pub all_answers: &'static str,
    pub label: &'static str,
    pub questions_title: &'static str,
    pub col_id: &'static str,
    pub col_date: &'static str,
    pub col_since_previous: &'static str,
    pub col_since_first: &'static str,
    pub col_trend: &'static str,
    pub history_title: &'static str,
    pub no_attempts: &'static str,
    pub no_attempts_in_window: &'static str,
    pub progress_title: &'static str,
    pub progress_one: &'static str,
    pub progress_hidden: &'static str,
    pub biggest_rises: &'static str,
    pub biggest_falls: &'static str,
    pub no_change: &'static str,
    pub not_comparable: &'static str,
    pub lacks: &'static str,
    pub extra_ignored: &'static str,
    pub other_sets: &'static str,
    pub skipped_file: &'static str,
    pub unknown_attempt: &'static str,
    pub ambiguous_attempt: &'static str,
    pub delete_one_question: &'static str,
    pub delete_all_question: &'static str,
    pub deleted: &'static str,
    pub not_deleted: &'static str,
    pub delete_needs_yes: &'static str,
    pub other_set_scores: &'static str,
}

const SV: Texts = Texts {
    welcome_title: "Välkommen till självskattningen av digital kompetens",
    welcome_body: "Du får läsa {n} påståenden om digitala uppgifter i biblioteksarbetet och ange hur säker du känner dig på varje, från {min} = {min_label} till {max} = {max_label}. Det tar ungefär tio minuter. Det finns inga rätta svar: skatta dig som du känner dig i dag. Svaren sparas bara på den här datorn.",
    welcome_start: "Vill du börja?",
    yes: "Ja",
    no: "Nej",
    area_heading: "Område {n} · {name}",
    statement_of: "Påstående {i} av {n}",
    keys_hint: "{min}–{max} svarar · ←/→ och Enter · Backsteg = föregående · q = spara och avsluta",
    keys_hint_first: "{min}–{max} svarar · ←/→ och Enter · q = spara och avsluta",
    review_title: "Granska: välj ett svar att ändra, eller spara",
    review_save: "Spara och visa resultatet",
    review_quit: "Avsluta nu (svaren sparas som utkast)",
    review_unanswered: "obesvarat",
    resume_question: "Du har ett påbörjat test från {date} med {n} av {total} svar. Fortsätta där du slutade? (Nej börjar om.)",
    resume_other_set: "Det påbörjade testet gjordes med en annan version av frågorna ({old}); det går inte att fortsätta. Kör `digikomp take --restart` för att börja om.",
    draft_kept: "Dina {n} svar är sparade i {path}; kör `digikomp take` igen för att fortsätta.",
    interrupted_kept: "Avbrutet. Dina svar hittills är sparade i {path}; kör `digikomp take` igen för att fortsätta.",
    saved_to: "Sparat: {path}",
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
    learn_more: "Lär dig mer om {area}",
    all_answers: "Alla svar",
    label: "Etikett",
    questions_title: "{title} (version {version}): {n} påståenden, skala {min}–{max}",
    col_id: "Id",
    col_date: "Datum",
    col_since_previous: "Δ förra",
    col_since_first: "Δ första",
    col_trend: "Trend",
    history_title: "{n} sparade försök (medel per område, {min}–{max})",
    no_attempts: "Inga sparade försök i {path}. Gör testet med `digikomp take`.",
    no_attempts_in_window: "Inga försök matchar urvalet (--last/--since).",
    progress_title: "Utveckling över {n} försök",
    progress_one: "Bara ett försök hittills: gör testet igen för att se förändringen.",
    progress_hidden: "{n} äldre försök döljs för att tabellen ska få plats; välj med --last N eller --since DATUM.",
    biggest_rises: "Största ökningar",
    biggest_falls: "Största minskningar",
    no_change: "Inga påståenden har ändrats.",
    not_comparable: "Ej jämförbart: försök {id} (version {version})",
    lacks: "saknar {codes}",
    extra_ignored: "har {codes} som inte finns i den här versionen och inte räknas",
    other_sets: "{n} försök gjordes med en annan frågeuppsättning ({sets}) och visas inte; välj den med --questions FILE.",
    skipped_file: "varning: hoppade över {path}: {reason}",
    unknown_attempt: "inget sparat försök har id '{id}'; se `digikomp history`",
    ambiguous_attempt: "id '{id}' passar flera försök ({ids}); skriv fler tecken",
    delete_one_question: "Radera försöket {id} från {date}? Det går inte att ångra.",
    delete_all_question: "Radera alla {n} försök och ett eventuellt utkast i {path}? Det går inte att ångra.",
    deleted: "Raderade {n} fil(er).",
    not_deleted: "Inget raderades.",
    delete_needs_yes: "att radera kräver en bekräftelse, och det här är ingen terminal: lägg till --yes",
    other_set_scores: "försöket gjordes med frågeuppsättningen {set}; välj den med --questions FILE för att se resultatet",
};

const EN: Texts = Texts {
    welcome_title: "Welcome to the digital-competence self-assessment",
    welcome_body: "You will read {n} statements about digital tasks in library work and say how confident you feel about each, from {min} = {min_label} to {max} = {max_label}. It takes about ten minutes. There are no right answers: rate yourself as you feel today. Your answers are saved on this computer only.",
    welcome_start: "Do you want to start?",
    yes: "Yes",
    no: "No",
    area_heading: "Area {n} · {name}",
    statement_of: "Statement {i} of {n}",
    keys_hint: "{min}–{max} answer · ←/→ and Enter · Backspace = previous · q = save and quit",
    keys_hint_first: "{min}–{max} answer · ←/→ and Enter · q = save and quit",
    review_title: "Review: pick an answer to change, or save",
    review_save: "Save and show the result",
    review_quit: "Quit now (answers are kept as a draft)",
    review_unanswered: "unanswered",
    resume_question: "You have an unfinished test from {date} with {n} of {total} answers. Continue where you left off? (No starts over.)",
    resume_other_set: "The unfinished test used another version of the questions ({old}), so it cannot be continued. Run `digikomp take --restart` to start over.",
    draft_kept: "Your {n} answers are saved in {path}; run `digikomp take` again to continue.",
    interrupted_kept: "Interrupted. Your answers so far are saved in {path}; run `digikomp take` again to continue.",
    saved_to: "Saved: {path}",
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
    learn_more: "Learn more about {area}",
    all_answers: "All answers",
    label: "Label",
    questions_title: "{title} (version {version}): {n} statements, scale {min}–{max}",
    col_id: "Id",
    col_date: "Date",
    col_since_previous: "Δ previous",
    col_since_first: "Δ first",
    col_trend: "Trend",
    history_title: "{n} saved attempts (mean per area, {min}–{max})",
    no_attempts: "No saved attempts in {path}. Take the test with `digikomp take`.",
    no_attempts_in_window: "No attempts match the selection (--last/--since).",
    progress_title: "Progression over {n} attempts",
    progress_one: "Only one attempt so far: take the test again to see the change.",
    progress_hidden: "{n} older attempts are hidden to fit the width; choose with --last N or --since DATE.",
    biggest_rises: "Biggest rises",
    biggest_falls: "Biggest falls",
    no_change: "No statement has changed.",
    not_comparable: "Not comparable: attempt {id} (version {version})",
    lacks: "lacks {codes}",
    extra_ignored: "has {codes}, which this version does not have and which are not counted",
    other_sets: "{n} attempts used another question set ({sets}) and are not shown; choose it with --questions FILE.",
    skipped_file: "warning: skipped {path}: {reason}",
    unknown_attempt: "no saved attempt has the id '{id}'; see `digikomp history`",
    ambiguous_attempt: "the id '{id}' matches several attempts ({ids}); type more characters",
    delete_one_question: "Delete the attempt {id} from {date}? This cannot be undone.",
    delete_all_question: "Delete all {n} attempts and any draft in {path}? This cannot be undone.",
    deleted: "Deleted {n} file(s).",
    not_deleted: "Nothing was deleted.",
    delete_needs_yes: "deleting needs a confirmation, and this is not a terminal: add --yes",
    other_set_scores: "the attempt used the question set {set}; choose it with --questions FILE to see its result",
};

/// The strings in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    match lang {
        Lang::Sv => &SV,
        Lang::En => &EN,
    }
}

/// Replaces each `{name}` in `template` with its value.
pub fn fill(template: &str, values: &[(&str, &dyn std::fmt::Display)]) -> String {
    let mut out = template.to_string();
    for (name, value) in values {
        out = out.replace(&format!("{{{name}}}"), &value.to_string());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fills_placeholders() {
        assert_eq!(
            fill(texts(Lang::Sv).statement_of, &[("i", &5), ("n", &24)]),
            "Påstående 5 av 24"
        );
        assert_eq!(
            fill(texts(Lang::En).statement_of, &[("i", &5), ("n", &24)]),
            "Statement 5 of 24"
        );
    }
}
