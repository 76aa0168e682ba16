//! The accessible plain mode: the same test as a line-based conversation. No
//! cursor movement, no redraws, no colour; one statement per block and a plain
//! prompt that reads a line, so it works with screen readers and with answers piped
//! in line by line.

use crate::error::Op;
use crate::model::lang::Lang;
use crate::model::text::visible;
use crate::ui::prompt::{Prompter, RateAction, RateScreen, ReviewAction, ReviewScreen};
use crate::ui::texts::texts;
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
            self.write(&format!("{question} {} ", t.plain_yes_no))?;
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(default);
            };
            match answer.to_lowercase().as_str() {
                "" => return Ok(default),
                "j" | "ja" | "y" | "yes" => return Ok(true),
                "n" | "nej" | "no" => return Ok(false),
                _ => self.write(&format!("{}\n", t.plain_yes_no_bad))?,
            }
        }
    }

    fn confirm_start(&mut self, _question: &str) -> Result<bool> {
        Ok(true)
    }

    fn rate(&mut self, screen: &RateScreen) -> Result<RateAction> {
        let t = texts(self.lang);
        let (min, max) = (screen.min, screen.max);
        let (min_label, max_label) = (&screen.min_label, &screen.max_label);
        let mut block = format!(
            "\n{}\n{}\n{}\n",
            screen.area_heading, screen.progress, screen.text
        );
        if let Some(current) = screen.current {
            block.push_str(&t.plain_current(current));
            block.push('\n');
        }
        block.push_str(&t.plain_scale(min, min_label, max, max_label));
        block.push('\n');
        self.write(&block)?;
        let prompt = if screen.can_go_back {
            t.plain_prompt(min, max)
        } else {
            t.plain_prompt_first(min, max)
        };
        loop {
            self.write(&prompt)?;
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(RateAction::Quit);
            };
            match answer.to_lowercase().as_str() {
                // An empty line keeps an earlier answer, and says so; with none, it is
                // not an answer (nothing is chosen for the user).
                "" if screen.current.is_some() => {
                    let kept = screen.current.unwrap_or(min);
                    self.write(&format!("{}\n", t.plain_kept(kept)))?;
                    return Ok(RateAction::Answer(kept));
                }
                "q" => return Ok(RateAction::Quit),
                "b" if screen.can_go_back => return Ok(RateAction::Back),
                "b" => self.write(&format!("{}\n", t.plain_no_back))?,
                "?" => self.write(&format!(
                    "{}\n",
                    t.plain_help(min, min_label, max, max_label)
                ))?,
                other => match other.parse::<u8>() {
                    Ok(v) if (min..=max).contains(&v) => return Ok(RateAction::Answer(v)),
                    _ => self.write(&format!("{}\n", t.plain_bad(answer, min, max)))?,
                },
            }
        }
    }

    fn review(&mut self, screen: &ReviewScreen) -> Result<ReviewAction> {
        let t = texts(self.lang);
        let n = screen.items.len();
        let mut block = format!("\n{}\n", screen.title);
        for (i, item) in screen.items.iter().enumerate() {
            block.push_str(&format!("{}. {item}\n", i + 1));
        }
        self.write(&block)?;
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
                other => match other.parse::<usize>() {
                    Ok(i) if (1..=n).contains(&i) => return Ok(ReviewAction::Change(i - 1)),
                    _ => self.write(&format!("{}\n", t.plain_review_bad(answer, n)))?,
                },
            }
        }
    }

    fn choose(&mut self, prompt: &str, items: &[String]) -> Result<Option<usize>> {
        let t = texts(self.lang);
        let mut block = format!("\n{prompt}\n");
        for (i, item) in items.iter().enumerate() {
            block.push_str(&format!("{}. {item}\n", i + 1));
        }
        self.write(&block)?;
        loop {
            self.write(&t.plain_choose_prompt(items.len()))?;
            let Some(answer) = self.line()? else {
                self.write("\n")?;
                return Ok(None);
            };
            if answer.is_empty() {
                return Ok(None);
            }
            match answer.parse::<usize>() {
                Ok(i) if (1..=items.len()).contains(&i) => return Ok(Some(i - 1)),
                _ => self.write(&format!("{}\n", t.plain_review_bad(answer, items.len())))?,
            }
        }
    }

    fn input(&mut self, prompt: &str) -> Result<String> {
        self.write(&format!("{prompt}: "))?;
        Ok(self.line()?.unwrap_or_default())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn screen(back: bool) -> RateScreen {
        RateScreen {
            area_heading: "Område 1 · Info".into(),
            progress: "Påstående 2 av 24".into(),
            text: "Jag kan söka.".into(),
            min: 1,
            max: 7,
            min_label: "Mycket osäker".into(),
            max_label: "Mycket säker".into(),
            current: None,
            can_go_back: back,
            hint: String::new(),
            nothing_selected: String::new(),
        }
    }

    fn run<T>(
        input: &str,
        f: impl FnOnce(&mut PlainPrompter<&[u8], &mut Vec<u8>>) -> T,
    ) -> (T, String) {
        let mut out = Vec::new();
        let result = {
            let mut p = PlainPrompter::new(input.as_bytes(), &mut out, Lang::Sv);
            f(&mut p)
        };
        (result, String::from_utf8(out).expect("UTF-8"))
    }

    #[test]
    fn bad_lines_are_asked_again_with_a_reason() {
        let (action, out) = run("8\nfem\n\n?\n5\n", |p| {
            p.rate(&screen(true)).expect("rates")
        });
        assert_eq!(action, RateAction::Answer(5));
        assert!(
            out.contains("'8' är inget svar: skriv en siffra 1–7"),
            "{out}"
        );
        assert!(out.contains("'fem' är inget svar"), "{out}");
        assert!(out.contains("'' är inget svar"), "{out}");
        assert!(
            out.contains("Skriv en siffra från 1 (Mycket osäker) till 7 (Mycket säker)"),
            "{out}"
        );
        assert_eq!(out.matches("Svar (1–7, b = föregående").count(), 5);
        assert!(!out.contains('\x1b'), "no escape sequences");
    }

    #[test]
    fn an_empty_line_keeps_an_earlier_answer_and_says_so() {
        let answered = RateScreen {
            current: Some(5),
            ..screen(true)
        };
        let (action, out) = run("\n", |p| p.rate(&answered).expect("rates"));
        assert_eq!(action, RateAction::Answer(5));
        assert!(
            out.contains("Ditt svar nu: 5. Tryck Enter för att behålla det."),
            "{out}"
        );
        assert!(out.contains("Du behåller ditt svar 5."), "{out}");
        let (action, out) = run("\n3\n", |p| p.rate(&screen(true)).expect("rates"));
        assert_eq!(
            action,
            RateAction::Answer(3),
            "no answer is chosen for the user"
        );
        assert!(out.contains("'' är inget svar"), "{out}");
    }

    #[test]
    fn back_quit_and_end_of_input() {
        assert_eq!(
            run("b\n", |p| p.rate(&screen(true)).expect("rates")).0,
            RateAction::Back
        );
        let (action, out) = run("b\nq\n", |p| p.rate(&screen(false)).expect("rates"));
        assert_eq!(action, RateAction::Quit);
        assert!(out.contains("det första påståendet"), "{out}");
        assert_eq!(
            run("", |p| p.rate(&screen(true)).expect("rates")).0,
            RateAction::Quit
        );
    }

    #[test]
    fn review_and_confirm() {
        let review = ReviewScreen {
            title: "Granska".into(),
            cursor: 0,
            save: "Spara".into(),
            items: vec!["101  5  a".into(), "102  6  b".into()],
            quit: "Avsluta".into(),
        };
        assert_eq!(
            run("x\n2\n", |p| p.review(&review).expect("reviews")).0,
            ReviewAction::Change(1)
        );
        assert_eq!(
            run("", |p| p.review(&review).expect("reviews")).0,
            ReviewAction::Save
        );
        assert_eq!(
            run("q\n", |p| p.review(&review).expect("reviews")).0,
            ReviewAction::Quit
        );
        assert!(
            run("kanske\nj\n", |p| p
                .confirm("Fortsätta?", false)
                .expect("confirms"))
            .0
        );
        assert!(!run("n\n", |p| p.confirm("Fortsätta?", true).expect("confirms")).0);
        assert_eq!(
            run("9\n2\n", |p| p
                .choose("Välj", &["a".into(), "b".into()])
                .expect("chooses"))
            .0,
            Some(1)
        );
    }
}
