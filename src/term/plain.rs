//! The accessible plain mode: the same test as a line-based conversation. No
//! cursor movement, no redraws, no colour; one statement per block and a plain
//! prompt that reads a line, so it works with screen readers and with answers piped
//! in line by line.

use crate::error::Op;
use crate::i18n::{texts, Texts};
use crate::model::lang::Lang;
use crate::model::text::visible;
use crate::render::style::spoken;
use crate::term::hints;
use crate::term::prompt::{
    Ask, Given, Prompter, RateAction, RateScreen, ReviewAction, ReviewScreen,
};
use anyhow::{Context as _, Result};
use std::io::{BufRead, Read, Write};

/// The longest line kept: an answer, a choice or a plan goal is far shorter.
const MAX_LINE: u64 = 4096;

/// A prompter over any line reader and writer (stdin and stderr in the binary).
pub struct PlainPrompter<R, W> {
    input: R,
    output: W,
    lang: Lang,
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// A prompter reading lines from `input` and writing to `output`.
    pub fn new(input: R, output: W, lang: Lang) -> Self {
        PlainPrompter {
            input,
            output,
            lang,
        }
    }

    /// One line of input without its line ending; `None` at the end of input.
    /// One line of input, trimmed and made safe to echo; `None` at the end of input.
    /// Of a line longer than [`MAX_LINE`] only the start is kept and the rest is read
    /// past, so memory stays bounded whatever is piped in.
    fn line(&mut self) -> Result<Option<String>> {
        let mut bytes = Vec::new();
        let n = (&mut self.input)
            .take(MAX_LINE)
            .read_until(b'\n', &mut bytes)
            .context(Op::Stdin)?;
        if n == 0 {
            return Ok(None);
        }
        if bytes.last() != Some(&b'\n') && n as u64 == MAX_LINE {
            self.skip_rest_of_line()?;
        }
        let text = String::from_utf8_lossy(&bytes);
        Ok(Some(visible(text.trim()).into_owned()))
    }

    /// Reads past the rest of a line without keeping it.
    fn skip_rest_of_line(&mut self) -> Result<()> {
        loop {
            let buf = self.input.fill_buf().context(Op::Stdin)?;
            if buf.is_empty() {
                return Ok(());
            }
            let (used, done) = match buf.iter().position(|&b| b == b'\n') {
                Some(i) => (i + 1, true),
                None => (buf.len(), false),
            };
            self.input.consume(used);
            if done {
                return Ok(());
            }
        }
    }

    fn write(&mut self, text: &str) -> Result<()> {
        // Said as a screen reader reads best: no middle dots or backticks.
        let text = spoken(text);
        self.output
            .write_all(text.as_bytes())
            .and_then(|()| self.output.flush())
            .context(Op::Terminal)
    }
}

impl<R: BufRead, W: Write> Prompter for PlainPrompter<R, W> {
    fn say(&mut self, text: &str) -> Result<()> {
        self.write(&format!("{text}\n"))
    }

    fn confirm(&mut self, question: &str, default: bool) -> Result<bool> {
        let t = texts(self.lang);
        loop {
            self.write(&format!("{question} {} ", hints::plain_yes_no(t, default)))?;
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(default);
            };
            match (answer.as_str(), hints::yes_or_no(&answer)) {
                ("", _) => return Ok(default),
                (_, Some(yes)) => return Ok(yes),
                ("?", None) => self.say(&hints::plain_yes_no_help(t, default))?,
                (_, None) => self.say(&hints::plain_yes_no_bad(t, &answer, default))?,
            }
        }
    }

    fn confirm_start(&mut self, _question: &str) -> Result<bool> {
        Ok(true)
    }

    fn rate(&mut self, screen: &RateScreen) -> Result<RateAction> {
        let t = texts(self.lang);
        let (min, max, back, current) = (screen.min, screen.max, screen.back, screen.current);
        let mut block = format!(
            "\n{}\n{}\n{}\n",
            screen.area_heading, screen.progress, screen.text
        );
        if let Some(current) = current {
            block.push_str(&t.plain_current(hints::given_words(
                t,
                current,
                screen.abstain.as_deref(),
            )));
            block.push('\n');
        }
        block.push_str(&t.plain_scale(min, &screen.min_label, max, &screen.max_label));
        block.push('\n');
        if let Some(label) = &screen.abstain {
            block.push_str(&t.plain_abstain(label));
            block.push('\n');
        }
        self.write(&block)?;
        let abstain = screen.abstain.as_deref();
        let prompt = hints::plain_rate_prompt(t, min, max, back, current, abstain);
        loop {
            self.write(&prompt)?;
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(RateAction::Quit);
            };
            match (answer.to_lowercase().as_str(), current) {
                // An empty line keeps an earlier answer, and says so; with none, it is
                // not an answer (nothing is chosen for the user).
                ("", Some(kept)) => {
                    self.say(&t.plain_kept(hints::given_words(
                        t,
                        kept,
                        screen.abstain.as_deref(),
                    )))?;
                    return Ok(RateAction::Answer(kept));
                }
                ("q", _) => return Ok(RateAction::Quit),
                ("b", _) if screen.can_go_back() => return Ok(RateAction::Back),
                ("?", _) => self.say(&hints::plain_rate_help(
                    t,
                    (min, &screen.min_label),
                    (max, &screen.max_label),
                    back,
                    current,
                    abstain,
                ))?,
                ("x", _) if screen.abstain.is_some() => {
                    return Ok(RateAction::Answer(Given::Abstain));
                }
                (other, _) => match other.parse::<u8>() {
                    Ok(v) if (min..=max).contains(&v) => {
                        return Ok(RateAction::Answer(Given::Point(v)));
                    }
                    _ => self.say(&hints::plain_rate_bad(
                        t,
                        &answer,
                        (min, max),
                        back,
                        current,
                        abstain,
                    ))?,
                },
            }
        }
    }

    fn review(&mut self, screen: &ReviewScreen) -> Result<ReviewAction> {
        let t = texts(self.lang);
        let n = screen.items.len();
        // After an edit only the row that was opened is read back: a screen reader
        // would otherwise read all the rows again after every change.
        match screen.edited.filter(|i| *i < n) {
            Some(i) => self.say(&row(t, screen, i))?,
            None => self.list(screen)?,
        }
        loop {
            self.write(&t.plain_review_prompt(n))?;
            // The end of input after the last answer saves: answers piped in line by
            // line need no extra line.
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(ReviewAction::Save);
            };
            match answer.to_lowercase().as_str() {
                "s" | "" => return Ok(ReviewAction::Save),
                "q" => return Ok(ReviewAction::Quit),
                "l" => self.list(screen)?,
                "?" => self.say(&t.plain_review_help(n))?,
                other => match other.parse::<usize>() {
                    Ok(i) if (1..=n).contains(&i) => return Ok(ReviewAction::Change(i - 1)),
                    _ => self.say(&t.plain_review_bad(&answer, n))?,
                },
            }
        }
    }

    fn choose(&mut self, prompt: &str, items: &[String]) -> Result<Option<usize>> {
        let t = texts(self.lang);
        let n = items.len();
        let mut block = format!("\n{prompt}\n");
        for (i, item) in items.iter().enumerate() {
            block.push_str(&format!("{}. {item}\n", i + 1));
        }
        self.write(&block)?;
        loop {
            self.write(&t.plain_choose_prompt(n))?;
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(None);
            };
            match answer.as_str() {
                "" => return Ok(None),
                "?" => self.say(&t.plain_choose_help(n))?,
                other => match other.parse::<usize>() {
                    Ok(i) if (1..=n).contains(&i) => {
                        // Said back: a screen reader user hears what was chosen.
                        self.say(&t.plain_chosen(&items[i - 1]))?;
                        return Ok(Some(i - 1));
                    }
                    _ => self.say(&t.plain_choose_bad(&answer, n))?,
                },
            }
        }
    }

    fn input(&mut self, ask: &mut Ask<'_>) -> Result<String> {
        loop {
            self.write(&format!("{}: ", ask.prompt))?;
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(String::new());
            };
            if answer == "?" {
                self.say(ask.help)?;
                continue;
            }
            if answer.is_empty() {
                return Ok(answer);
            }
            match (ask.check)(&answer) {
                Some(why) => self.say(&why)?,
                None => return Ok(answer),
            }
        }
    }
}

impl<R: BufRead, W: Write> PlainPrompter<R, W> {
    /// The whole review list, one sentence per statement.
    fn list(&mut self, screen: &ReviewScreen) -> Result<()> {
        let t = texts(self.lang);
        let mut block = format!("\n{}\n", screen.title);
        for i in 0..screen.items.len() {
            block.push_str(&row(t, screen, i));
            block.push('\n');
        }
        self.write(&block)
    }
}

/// Row `i` of the review as a sentence: "Påstående 9, Skriva text tillsammans: 5".
fn row(t: &'static Texts, screen: &ReviewScreen, i: usize) -> String {
    let item = &screen.items[i];
    hints::review_row(t, i + 1, &item.title, item.answer)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::term::prompt::{Back, ReviewRow};

    fn screen(back: Back) -> RateScreen {
        RateScreen {
            area_heading: "Område 1 · Info".into(),
            progress: "Påstående 2 av 24".into(),
            text: "Jag kan söka.".into(),
            min: 1,
            max: 7,
            min_label: "Mycket osäker".into(),
            max_label: "Mycket säker".into(),
            abstain: None,
            current: None,
            back,
        }
    }

    fn run<T>(
        input: &str,
        lang: Lang,
        f: impl FnOnce(&mut PlainPrompter<&[u8], &mut Vec<u8>>) -> T,
    ) -> (T, String) {
        let mut out = Vec::new();
        let result = {
            let mut p = PlainPrompter::new(input.as_bytes(), &mut out, lang);
            f(&mut p)
        };
        (result, String::from_utf8(out).expect("UTF-8"))
    }

    fn review() -> ReviewScreen {
        ReviewScreen {
            title: "Granska".into(),
            cursor: 0,
            save: "Spara".into(),
            items: vec![
                ReviewRow {
                    title: "Söka".into(),
                    answer: Some(Given::Point(5)),
                },
                ReviewRow {
                    title: "Dela".into(),
                    answer: None,
                },
            ],
            quit: "Avsluta".into(),
            edited: None,
        }
    }

    #[test]
    fn bad_lines_are_asked_again_with_what_is_accepted() {
        let (action, out) = run("8\nfem\n\n?\n5\n", Lang::SV, |p| {
            p.rate(&screen(Back::Previous)).expect("rates")
        });
        assert_eq!(action, RateAction::Answer(Given::Point(5)));
        assert!(
            out.contains("'8' är inget svar: skriv en siffra 1–7, eller b, ? eller q."),
            "{out}"
        );
        assert!(out.contains("'fem' är inget svar"), "{out}");
        assert!(out.contains("En tom rad är inget svar här"), "{out}");
        assert!(
            out.contains("Skriv en siffra från 1 (Mycket osäker) till 7 (Mycket säker) och tryck Enter. b går tillbaka till föregående påstående. q sparar"),
            "{out}"
        );
        assert_eq!(
            out.matches("Svar (1–7, b = föregående, ? = hjälp, q = spara och avsluta): ")
                .count(),
            5
        );
        assert!(!out.contains('\x1b'), "no escape sequences");
    }

    #[test]
    fn b_is_offered_only_where_it_works_and_says_where_it_goes() {
        let (action, out) = run("b\nq\n", Lang::SV, |p| {
            p.rate(&screen(Back::Nowhere)).expect("rates")
        });
        assert_eq!(action, RateAction::Quit);
        assert!(
            out.contains("Svar (1–7, ? = hjälp, q = spara och avsluta): "),
            "{out}"
        );
        assert!(
            out.contains("'b' är inget svar: skriv en siffra 1–7, eller ? eller q."),
            "{out}"
        );
        let (action, out) = run("?\nb\n", Lang::EN, |p| {
            p.rate(&screen(Back::Review)).expect("rates")
        });
        assert_eq!(action, RateAction::Back);
        assert!(out.contains("b = back to the review"), "{out}");
        assert!(
            out.contains("b goes back to the review without changing the answer."),
            "{out}"
        );
        assert!(!out.contains("previous"), "{out}");
    }

    #[test]
    fn an_empty_line_keeps_an_earlier_answer_and_says_so() {
        let answered = RateScreen {
            current: Some(Given::Point(5)),
            ..screen(Back::Previous)
        };
        let (action, out) = run("x\n\n", Lang::SV, |p| p.rate(&answered).expect("rates"));
        assert_eq!(action, RateAction::Answer(Given::Point(5)));
        assert!(
            out.contains("Ditt svar nu: 5. Tryck Enter för att behålla det."),
            "{out}"
        );
        assert!(
            out.contains("Svar (1–7, Enter = behåll 5, b = föregående"),
            "{out}"
        );
        assert!(
            out.contains("eller tryck Enter för att behålla 5."),
            "{out}"
        );
        assert!(out.contains("Du behåller ditt svar 5."), "{out}");
        let (action, out) = run("\n3\n", Lang::SV, |p| {
            p.rate(&screen(Back::Previous)).expect("rates")
        });
        assert_eq!(
            action,
            RateAction::Answer(Given::Point(3)),
            "no answer is chosen for the user"
        );
        assert!(out.contains("En tom rad är inget svar här"), "{out}");
        assert!(!out.contains("Enter = behåll"), "{out}");
    }

    #[test]
    fn back_quit_and_end_of_input() {
        assert_eq!(
            run("b\n", Lang::SV, |p| p
                .rate(&screen(Back::Previous))
                .expect("rates"))
            .0,
            RateAction::Back
        );
        assert_eq!(
            run("", Lang::SV, |p| p
                .rate(&screen(Back::Previous))
                .expect("rates"))
            .0,
            RateAction::Quit
        );
    }

    #[test]
    fn the_review_reads_sentences_and_after_an_edit_only_that_row() {
        let (action, out) = run("x\n?\nl\n2\n", Lang::SV, |p| {
            p.review(&review()).expect("reviews")
        });
        assert_eq!(action, ReviewAction::Change(1));
        assert_eq!(
            out.matches("Påstående 2, Dela: inget svar").count(),
            2,
            "{out}"
        );
        assert!(
            out.contains("'x' är inget val: skriv s, ett nummer 1–2, l, ? eller q."),
            "{out}"
        );
        assert!(out.contains("l läser upp alla 2 svar igen."), "{out}");
        let edited = ReviewScreen {
            edited: Some(0),
            ..review()
        };
        let (action, out) = run("s\n", Lang::SV, |p| p.review(&edited).expect("reviews"));
        assert_eq!(action, ReviewAction::Save);
        assert!(out.starts_with("Påstående 1, Söka: 5\n"), "{out}");
        assert!(!out.contains("Dela"), "only the changed row: {out}");
        assert_eq!(
            run("", Lang::SV, |p| p.review(&review()).expect("reviews")).0,
            ReviewAction::Save
        );
        assert_eq!(
            run("\n", Lang::SV, |p| p.review(&review()).expect("reviews")).0,
            ReviewAction::Save
        );
        assert_eq!(
            run("q\n", Lang::SV, |p| p.review(&review()).expect("reviews")).0,
            ReviewAction::Quit
        );
    }

    #[test]
    fn confirm_choose_and_input_take_question_marks_and_say_what_works() {
        let (yes, out) = run("kanske\n?\nj\n", Lang::SV, |p| {
            p.confirm("Fortsätta?", false).expect("confirms")
        });
        assert!(yes);
        assert!(
            out.contains("Fortsätta? (j/n, Enter = nej, ? = hjälp) "),
            "{out}"
        );
        assert!(out.contains("'kanske' är inget svar: skriv j (ja) eller n (nej), tryck Enter för nej, eller ? för hjälp."), "{out}");
        assert!(out.contains("En tom rad betyder nej."), "{out}");
        assert!(
            !run("n\n", Lang::SV, |p| p
                .confirm("Fortsätta?", true)
                .expect("confirms"))
            .0
        );

        let (choice, out) = run("s\nq\n?\n9\n2\n", Lang::SV, |p| {
            p.choose("Välj", &["a".into(), "b".into()])
                .expect("chooses")
        });
        assert_eq!(choice, Some(1));
        assert!(out.contains("'s' är inget val: skriv ett nummer 1–2, ? för hjälp eller en tom rad för att avstå."), "{out}");
        assert!(out.contains("En tom rad väljer ingenting"), "{out}");
        assert_eq!(
            run("\n", Lang::SV, |p| p
                .choose("Välj", &["a".into()])
                .expect("chooses"))
            .0,
            None
        );

        let (date, out) = run("?\nimorgon\n2027-03-01\n", Lang::EN, |p| {
            p.input(&mut Ask {
                prompt: "Due",
                help: "Type a date.",
                check: &mut |s| (s != "2027-03-01").then(|| format!("'{s}' is not a date")),
            })
            .expect("reads")
        });
        assert_eq!(date, "2027-03-01");
        assert!(
            out.contains("Due: Type a date.\nDue: 'imorgon' is not a date\nDue: "),
            "{out}"
        );
        let (none, _) = run("\n", Lang::EN, |p| {
            p.input(&mut Ask {
                prompt: "Due",
                help: "",
                check: &mut |_| Some("never accepted".into()),
            })
            .expect("reads")
        });
        assert_eq!(none, "", "an empty line is always accepted");
    }
}
