//! The texts of the prompts in both languages: what the plain line mode says at
//! each question (the keys that work there, what a refused line should have been,
//! and what `?` explains), the review rows as sentences, and the rating screen's
//! key hint in lengths that fit the terminal.
//!
//! Every hint here names exactly the keys that the prompter accepts at that place;
//! the prompters choose the variant from the same [`Back`] and current answer that
//! decide what the keys do, so the two cannot drift apart.

use crate::model::lang::Lang;
use crate::ui::prompt::Back;
use crate::ui::texts::Texts;

impl Texts {
    /// The plain prompt of a statement: "Svar (1–7, Enter = behåll 5, b = föregående, ? = hjälp, q = spara och avsluta): ".
    pub fn plain_rate_prompt(&self, min: u8, max: u8, back: Back, current: Option<u8>) -> String {
        let mut keys = format!("{min}–{max}");
        match (self.lang(), current) {
            (Lang::Sv, Some(c)) => keys.push_str(&format!(", Enter = behåll {c}")),
            (Lang::En, Some(c)) => keys.push_str(&format!(", Enter = keep {c}")),
            (_, None) => {}
        }
        match (self.lang(), back) {
            (Lang::Sv, Back::Previous) => keys.push_str(", b = föregående"),
            (Lang::Sv, Back::Review) => keys.push_str(", b = tillbaka till granskningen"),
            (Lang::En, Back::Previous) => keys.push_str(", b = previous"),
            (Lang::En, Back::Review) => keys.push_str(", b = back to the review"),
            (_, Back::Nowhere) => {}
        }
        match self.lang() {
            Lang::Sv => format!("Svar ({keys}, ? = hjälp, q = spara och avsluta): "),
            Lang::En => format!("Answer ({keys}, ? = help, q = save and quit): "),
        }
    }

    /// A refused line at a statement, with what is accepted there:
    /// "'8' är inget svar: skriv en siffra 1–7, eller b, ? eller q."
    pub fn plain_rate_bad(
        &self,
        input: &str,
        min: u8,
        max: u8,
        back: Back,
        current: Option<u8>,
    ) -> String {
        let letters = if back == Back::Nowhere { "?" } else { "b, ?" };
        let what = match (self.lang(), input.is_empty()) {
            (Lang::Sv, true) => "En tom rad är inget svar här".to_string(),
            (Lang::Sv, false) => format!("'{input}' är inget svar"),
            (Lang::En, true) => "An empty line is not an answer here".to_string(),
            (Lang::En, false) => format!("'{input}' is not an answer"),
        };
        match (self.lang(), current) {
            (Lang::Sv, Some(c)) => format!("{what}: skriv en siffra {min}–{max}, eller {letters} eller q, eller tryck Enter för att behålla {c}."),
            (Lang::Sv, None) => format!("{what}: skriv en siffra {min}–{max}, eller {letters} eller q."),
            (Lang::En, Some(c)) => format!("{what}: type a number {min}–{max}, or {letters} or q, or press Enter to keep {c}."),
            (Lang::En, None) => format!("{what}: type a number {min}–{max}, or {letters} or q."),
        }
    }

    /// What `?` says at a statement: every key that works there and what it does.
    pub fn plain_rate_help(
        &self,
        (min, min_label): (u8, &str),
        (max, max_label): (u8, &str),
        back: Back,
        current: Option<u8>,
    ) -> String {
        let mut out = match self.lang() {
            Lang::Sv => format!("Skriv en siffra från {min} ({min_label}) till {max} ({max_label}) och tryck Enter."),
            Lang::En => format!("Type a number from {min} ({min_label}) to {max} ({max_label}) and press Enter."),
        };
        match (self.lang(), current) {
            (Lang::Sv, Some(c)) => out.push_str(&format!(" En tom rad behåller ditt svar {c}.")),
            (Lang::En, Some(c)) => out.push_str(&format!(" An empty line keeps your answer {c}.")),
            (_, None) => {}
        }
        out.push_str(match (self.lang(), back) {
            (Lang::Sv, Back::Previous) => " b går tillbaka till föregående påstående.",
            (Lang::Sv, Back::Review) => " b går tillbaka till granskningen utan att ändra svaret.",
            (Lang::En, Back::Previous) => " b goes back to the previous statement.",
            (Lang::En, Back::Review) => " b goes back to the review without changing the answer.",
            (_, Back::Nowhere) => "",
        });
        out.push_str(match self.lang() {
            Lang::Sv => {
                " q sparar svaren hittills och avslutar; nästa gång fortsätter du där du slutade."
            }
            Lang::En => {
                " q saves the answers so far and quits; next time you continue where you left off."
            }
        });
        out
    }

    /// One row of the review as a sentence: "Påstående 9, Skriva text tillsammans: 5".
    pub fn review_row(&self, number: usize, title: &str, answer: Option<u8>) -> String {
        match (self.lang(), answer) {
            (Lang::Sv, Some(a)) => format!("Påstående {number}, {title}: {a}"),
            (Lang::Sv, None) => format!("Påstående {number}, {title}: inget svar"),
            (Lang::En, Some(a)) => format!("Statement {number}, {title}: {a}"),
            (Lang::En, None) => format!("Statement {number}, {title}: no answer"),
        }
    }

    /// One row of the review list in the terminal, the answer before the title so
    /// that a row cut to the width still shows it: "Påstående 9 (svar 5): Skriva text tillsammans".
    pub fn review_row_answer_first(
        &self,
        number: usize,
        title: &str,
        answer: Option<u8>,
    ) -> String {
        match (self.lang(), answer) {
            (Lang::Sv, Some(a)) => format!("Påstående {number} (svar {a}): {title}"),
            (Lang::Sv, None) => format!("Påstående {number} (inget svar): {title}"),
            (Lang::En, Some(a)) => format!("Statement {number} (answer {a}): {title}"),
            (Lang::En, None) => format!("Statement {number} (no answer): {title}"),
        }
    }

    /// The plain review prompt, with every key that works there.
    pub fn plain_review_prompt(&self, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!("Skriv s (eller tryck Enter) för att spara, ett nummer 1–{n} för att ändra det svaret, l för att läsa listan igen, ? för hjälp eller q för att avsluta: "),
            Lang::En => format!("Type s (or press Enter) to save, a number 1–{n} to change that answer, l to read the list again, ? for help or q to quit: "),
        }
    }

    /// A refused line at the review: "'x' är inget val: skriv s, ett nummer 1–24, l, ? eller q."
    pub fn plain_review_bad(&self, input: &str, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!("'{input}' är inget val: skriv s, ett nummer 1–{n}, l, ? eller q."),
            Lang::En => format!("'{input}' is not a choice: type s, a number 1–{n}, l, ? or q."),
        }
    }

    /// What `?` says at the review.
    pub fn plain_review_help(&self, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!("s eller en tom rad sparar svaren och visar resultatet. Ett nummer från 1 till {n} öppnar det påståendet så att du kan ändra svaret; sedan kommer du tillbaka hit. l läser upp alla {n} svar igen. q avslutar utan att visa resultatet; svaren sparas som utkast, och nästa gång fortsätter du här."),
            Lang::En => format!("s or an empty line saves the answers and shows the result. A number from 1 to {n} opens that statement so that you can change the answer; then you come back here. l reads all {n} answers again. q quits without showing the result; the answers are kept as a draft, and next time you continue here."),
        }
    }

    /// The plain prompt of a list to pick from.
    pub fn plain_choose_prompt(&self, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!(
                "Skriv numret på ditt val (1–{n}), ? för hjälp eller en tom rad för att avstå: "
            ),
            Lang::En => format!(
                "Type the number of your choice (1–{n}), ? for help or an empty line to skip: "
            ),
        }
    }

    /// A refused line at a list to pick from.
    pub fn plain_choose_bad(&self, input: &str, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!("'{input}' är inget val: skriv ett nummer 1–{n}, ? för hjälp eller en tom rad för att avstå."),
            Lang::En => format!("'{input}' is not a choice: type a number 1–{n}, ? for help or an empty line to skip."),
        }
    }

    /// What `?` says at a list to pick from.
    pub fn plain_choose_help(&self, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!("Skriv numret framför det du väljer, från 1 till {n}, och tryck Enter. En tom rad väljer ingenting och går vidare."),
            Lang::En => format!("Type the number in front of your choice, from 1 to {n}, and press Enter. An empty line chooses nothing and goes on."),
        }
    }

    /// The keys of a yes/no question in plain mode: "(j/n, Enter = ja, ? = hjälp)".
    pub fn plain_yes_no(&self, default: bool) -> &'static str {
        match (self.lang(), default) {
            (Lang::Sv, true) => "(j/n, Enter = ja, ? = hjälp)",
            (Lang::Sv, false) => "(j/n, Enter = nej, ? = hjälp)",
            (Lang::En, true) => "(y/n, Enter = yes, ? = help)",
            (Lang::En, false) => "(y/n, Enter = no, ? = help)",
        }
    }

    /// A refused line at a yes/no question.
    pub fn plain_yes_no_bad(&self, input: &str, default: bool) -> String {
        let enter = self.yes_no_word(default);
        match self.lang() {
            Lang::Sv => format!("'{input}' är inget svar: skriv j (ja) eller n (nej), tryck Enter för {enter}, eller ? för hjälp."),
            Lang::En => format!("'{input}' is not an answer: type y (yes) or n (no), press Enter for {enter}, or ? for help."),
        }
    }

    /// What `?` says at a yes/no question.
    pub fn plain_yes_no_help(&self, default: bool) -> String {
        let enter = self.yes_no_word(default);
        match self.lang() {
            Lang::Sv => format!(
                "Skriv j och tryck Enter för ja, eller n för nej. En tom rad betyder {enter}."
            ),
            Lang::En => {
                format!("Type y and press Enter for yes, or n for no. An empty line means {enter}.")
            }
        }
    }

    fn yes_no_word(&self, yes: bool) -> &'static str {
        match (self.lang(), yes) {
            (Lang::Sv, true) => "ja",
            (Lang::Sv, false) => "nej",
            (Lang::En, true) => "yes",
            (Lang::En, false) => "no",
        }
    }

    /// What `?` says at the goal of an action-plan item.
    pub fn plan_goal_help(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Skriv med egna ord vad du ska göra för att bli säkrare, till exempel gå en kurs, läsa en guide eller öva med en kollega. En tom rad hoppar över det här, och inget läggs till i planen.",
            Lang::En => "Write in your own words what you will do to feel more confident, for example take a course, read a guide or practise with a colleague. An empty line skips this, and nothing is added to the plan.",
        }
    }

    /// What `?` says at the due date of an action-plan item.
    pub fn plan_due_help(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Skriv datumet då du vill vara klar som ÅÅÅÅ-MM-DD, till exempel 2027-03-01; uppföljningen visar det. En tom rad betyder inget datum.",
            Lang::En => "Type the date by which you want to be done as YYYY-MM-DD, for example 2027-03-01; the follow-up shows it. An empty line means no date.",
        }
    }

    /// What `?` says at the name of a study for an anonymous export.
    pub fn study_help(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Skriv ett namn på undersökningen, till exempel \"Höst 2026\". Pseudonymen räknas fram ur namnet, så använd samma namn vid varje export till samma studie och ett nytt namn för en ny studie. En tom rad avbryter exporten.",
            Lang::En => "Type a name for the study, for example \"Autumn 2026\". The pseudonym is computed from the name, so use the same name for every export to the same study and a new name for a new study. An empty line cancels the export.",
        }
    }

    /// The key hint under a statement in the terminal, the longest form that fits
    /// `width` columns. `q` is in every form, so how to quit is never cut off; a
    /// width too narrow even for the shortest form gets the shortest form, which the
    /// screen wraps rather than cuts.
    pub fn rate_keys(&self, min: u8, max: u8, back: Back, width: usize) -> String {
        fit(self.rate_key_forms(min, max, back), width)
    }

    /// The key hint under a yes/no question in the terminal, fitted to `width`.
    pub fn confirm_keys(&self, width: usize) -> String {
        let forms = match self.lang() {
            Lang::Sv => [
                "↑/↓ och Enter väljer · j = ja · n = nej",
                "↑/↓ Enter · j ja · n nej",
                "j ja · n nej",
            ],
            Lang::En => [
                "↑/↓ and Enter choose · y = yes · n = no",
                "↑/↓ Enter · y yes · n no",
                "y yes · n no",
            ],
        };
        fit(forms.map(String::from).to_vec(), width)
    }

    /// The key hint under a list to pick from in the terminal, fitted to `width`.
    pub fn choose_keys(&self, width: usize) -> String {
        let forms = match self.lang() {
            Lang::Sv => [
                "↑/↓ och Enter väljer · q = avstå",
                "↑/↓ Enter · q avstå",
                "q avstå",
            ],
            Lang::En => [
                "↑/↓ and Enter choose · q = skip",
                "↑/↓ Enter · q skip",
                "q skip",
            ],
        };
        fit(forms.map(String::from).to_vec(), width)
    }

    /// The key hint under the review list in the terminal, fitted to `width`.
    pub fn review_keys(&self, width: usize) -> String {
        let forms = match self.lang() {
            Lang::Sv => [
                "↑/↓ och Enter väljer · q = avsluta, svaren sparas som utkast",
                "↑/↓ och Enter väljer · q = avsluta",
                "↑/↓ Enter · q avsluta",
                "q avsluta",
            ],
            Lang::En => [
                "↑/↓ and Enter choose · q = quit, the answers are kept as a draft",
                "↑/↓ and Enter choose · q = quit",
                "↑/↓ Enter · q quit",
                "q quit",
            ],
        };
        fit(forms.map(String::from).to_vec(), width)
    }

    /// Which rows of a long list are shown: "Visar 1–20 av 26".
    pub fn list_window(&self, first: usize, last: usize, n: usize) -> String {
        match self.lang() {
            Lang::Sv => format!("Visar {first}–{last} av {n}"),
            Lang::En => format!("Showing {first}–{last} of {n}"),
        }
    }

    /// The forms of [`Self::rate_keys`], longest first.
    fn rate_key_forms(&self, min: u8, max: u8, back: Back) -> Vec<String> {
        let (long_back, mid_back, short_back) = match (self.lang(), back) {
            (_, Back::Nowhere) => ("", "", ""),
            (Lang::Sv, Back::Previous) => (
                " · Backsteg = föregående",
                " · Backsteg = bakåt",
                " · ⌫ bakåt",
            ),
            (Lang::Sv, Back::Review) => (
                " · Backsteg = tillbaka till granskningen",
                " · Backsteg = granskningen",
                " · ⌫ granska",
            ),
            (Lang::En, Back::Previous) => (
                " · Backspace = previous",
                " · Backspace = back",
                " · ⌫ back",
            ),
            (Lang::En, Back::Review) => (
                " · Backspace = back to the review",
                " · Backspace = review",
                " · ⌫ review",
            ),
        };
        match self.lang() {
            Lang::Sv => vec![
                format!("{min}–{max} svarar · ←/→ och Enter{long_back} · q = spara och avsluta"),
                format!("{min}–{max} · ←/→ Enter{mid_back} · q = spara och avsluta"),
                format!("{min}–{max} · ←/→ Enter{mid_back} · q = avsluta"),
                format!("{min}–{max} ←/→ Enter{short_back} · q avsluta"),
                format!("{min}–{max}{short_back} · q avsluta"),
                "q avsluta".to_string(),
            ],
            Lang::En => vec![
                format!("{min}–{max} answer · ←/→ and Enter{long_back} · q = save and quit"),
                format!("{min}–{max} · ←/→ Enter{mid_back} · q = save and quit"),
                format!("{min}–{max} · ←/→ Enter{mid_back} · q = quit"),
                format!("{min}–{max} ←/→ Enter{short_back} · q quit"),
                format!("{min}–{max}{short_back} · q quit"),
                "q quit".to_string(),
            ],
        }
    }
}

/// The first of `forms` (longest first) that fits `width` columns, else the last.
fn fit(forms: Vec<String>, width: usize) -> String {
    let last = forms.len().saturating_sub(1);
    forms
        .into_iter()
        .enumerate()
        .find(|(i, s)| *i == last || s.chars().count() <= width)
        .map(|(_, s)| s)
        .unwrap_or_default()
}

#[cfg(test)]
mod tests {
    use crate::model::lang::Lang;
    use crate::ui::prompt::Back;
    use crate::ui::texts::texts;

    #[test]
    fn the_key_hint_keeps_q_at_every_width() {
        for lang in [Lang::Sv, Lang::En] {
            let t = texts(lang);
            for back in [Back::Nowhere, Back::Previous, Back::Review] {
                let mut last = usize::MAX;
                for width in (8..=100).rev() {
                    let hint = t.rate_keys(1, 7, back, width);
                    assert!(hint.contains('q'), "{width}: {hint}");
                    let n = hint.chars().count();
                    assert!(n <= width.max(9), "{width}: {hint}");
                    assert!(n <= last, "a narrower screen never gets a longer hint");
                    last = n;
                }
                let wide = t.rate_keys(1, 7, back, 100);
                assert!(wide.contains("Enter"), "{wide}");
                assert_eq!(back != Back::Nowhere, wide.contains("Back"), "{wide}");
                // At 40 columns (38 inside the margin) the arrows still fit.
                assert!(
                    t.rate_keys(1, 7, back, 38).contains("←/→"),
                    "{lang:?} {back:?}"
                );
            }
            for width in 12..=100 {
                for hint in [
                    t.confirm_keys(width),
                    t.choose_keys(width),
                    t.review_keys(width),
                ] {
                    assert!(hint.chars().count() <= width, "{width}: {hint}");
                    assert!(hint.contains('q') || hint.contains('n'), "{hint}");
                }
            }
        }
    }
}
