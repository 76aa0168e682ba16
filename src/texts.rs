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
