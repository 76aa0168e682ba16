//! The words of the prompts, put together from the catalogue: what the plain
//! line mode says at each question (the keys that work there, what a refused
//! line should have been, and what `?` explains), the review rows as sentences,
//! the terminal's key hints in lengths that fit, and which typed words mean yes
//! and no.
//!
//! Every hint names exactly the keys that the prompter accepts at that place;
//! the prompters choose the variant from the same [`Back`] and current answer
//! that decide what the keys do, so the two cannot drift apart.

use crate::i18n::{texts, Texts};
use crate::model::lang::Lang;
use crate::term::prompt::{Back, Given};

/// Where Backspace (or `b`) goes, as the catalogue's selectors name it.
fn back_key(back: Back) -> &'static str {
    match back {
        Back::Previous => "previous",
        Back::Review => "review",
        Back::Nowhere => "nowhere",
    }
}

/// What was given, as a prompt says it: the number, or the abstain answer's
/// words in quotes (a screen reader would read a bare `x` as a letter).
pub fn given_words(t: &'static Texts, given: Given, abstain: Option<&str>) -> String {
    match (given, abstain) {
        (Given::Abstain, Some(label)) => t.given_abstain(label),
        _ => given.to_string(),
    }
}

/// The plain prompt of a statement: "Svar (1–7, Enter = behåll 5, b = föregående, ? = hjälp, q = spara och avsluta): ".
pub fn plain_rate_prompt(
    t: &'static Texts,
    min: u8,
    max: u8,
    back: Back,
    current: Option<Given>,
    abstain: Option<&str>,
) -> String {
    let mut more = abstain.map(|a| t.plain_keys_abstain(a)).unwrap_or_default();
    more.push_str(
        &current
            .map(|c| t.plain_keys_keep(given_words(t, c, abstain)))
            .unwrap_or_default(),
    );
    more.push_str(match back {
        Back::Previous => t.plain_keys_back_previous(),
        Back::Review => t.plain_keys_back_review(),
        Back::Nowhere => "",
    });
    t.plain_rate_prompt(min, max, more)
}

/// A refused line at a statement, with what is accepted there:
/// "'8' är inget svar: skriv en siffra 1–7, eller b, ? eller q."
pub fn plain_rate_bad(
    t: &'static Texts,
    input: &str,
    (min, max): (u8, u8),
    back: Back,
    current: Option<Given>,
    abstain: Option<&str>,
) -> String {
    let letters = match (abstain.is_some(), back == Back::Nowhere) {
        (false, true) => "?",
        (false, false) => "b, ?",
        (true, true) => "x, ?",
        (true, false) => "x, b, ?",
    };
    let what = if input.is_empty() {
        t.plain_rate_empty().to_string()
    } else {
        t.plain_rate_not_answer(input)
    };
    match current {
        Some(c) => t.plain_rate_bad_keep(what, min, max, letters, given_words(t, c, abstain)),
        None => t.plain_rate_bad(what, min, max, letters),
    }
}

/// What `?` says at a statement: every key that works there and what it does.
pub fn plain_rate_help(
    t: &'static Texts,
    (min, min_label): (u8, &str),
    (max, max_label): (u8, &str),
    back: Back,
    current: Option<Given>,
    abstain: Option<&str>,
) -> String {
    let mut out = t.plain_rate_help(min, min_label, max, max_label);
    if let Some(label) = abstain {
        out.push(' ');
        out.push_str(&t.plain_rate_help_abstain(label));
    }
    if let Some(c) = current {
        out.push(' ');
        out.push_str(&t.plain_rate_help_keep(given_words(t, c, abstain)));
    }
    match back {
        Back::Previous => {
            out.push(' ');
            out.push_str(t.plain_rate_help_previous());
        }
        Back::Review => {
            out.push(' ');
            out.push_str(t.plain_rate_help_review());
        }
        Back::Nowhere => {}
    }
    out.push(' ');
    out.push_str(t.plain_rate_help_quit());
    out
}

/// One row of the review as a sentence: "Påstående 9, Skriva text tillsammans: 5".
pub fn review_row(t: &'static Texts, number: usize, title: &str, answer: Option<Given>) -> String {
    match answer {
        Some(Given::Abstain) => t.review_row_abstain(number, title),
        Some(a) => t.review_row(number, title, a),
        None => t.review_row_unanswered(number, title),
    }
}

/// One row of the review list in the terminal, the answer before the title so
/// that a row cut to the width still shows it: "Påstående 9 (svar 5): Skriva text tillsammans".
pub fn review_row_answer_first(
    t: &'static Texts,
    number: usize,
    title: &str,
    answer: Option<Given>,
) -> String {
    match answer {
        Some(Given::Abstain) => t.review_row_answer_first_abstain(number, title),
        Some(a) => t.review_row_answer_first(number, a, title),
        None => t.review_row_answer_first_unanswered(number, title),
    }
}

/// The keys of a yes/no question in plain mode: "(j/n, Enter = ja, ? = hjälp)".
pub fn plain_yes_no(t: &'static Texts, default: bool) -> &'static str {
    if default {
        t.plain_yes_no_default_yes()
    } else {
        t.plain_yes_no_default_no()
    }
}

/// The word an empty line means at a yes/no question.
fn yes_no_word(t: &'static Texts, yes: bool) -> &'static str {
    if yes {
        t.word_yes()
    } else {
        t.word_no()
    }
}

/// A refused line at a yes/no question.
pub fn plain_yes_no_bad(t: &'static Texts, input: &str, default: bool) -> String {
    t.plain_yes_no_bad(input, yes_no_word(t, default))
}

/// What `?` says at a yes/no question.
pub fn plain_yes_no_help(t: &'static Texts, default: bool) -> String {
    t.plain_yes_no_help(yes_no_word(t, default))
}

/// What a typed answer to a yes/no question means: the key or the word of any
/// language digikomp speaks (a Swedish user may type "y"), lower-cased.
pub fn yes_or_no(answer: &str) -> Option<bool> {
    let answer = answer.to_lowercase();
    let of = |lang: Lang| {
        let t = texts(lang);
        ([t.key_yes(), t.word_yes()], [t.key_no(), t.word_no()])
    };
    Lang::all().find_map(|lang| {
        let (yes, no) = of(lang);
        if yes.contains(&answer.as_str()) {
            Some(true)
        } else if no.contains(&answer.as_str()) {
            Some(false)
        } else {
            None
        }
    })
}

/// The key that answers yes in the terminal in this language.
pub fn yes_key(t: &'static Texts) -> char {
    t.key_yes().chars().next().unwrap_or('y')
}

/// The key that answers no in the terminal in this language.
pub fn no_key(t: &'static Texts) -> char {
    t.key_no().chars().next().unwrap_or('n')
}

/// The key hint under a statement in the terminal, the longest form that fits
/// `width` columns. `q` is in every form, so how to quit is never cut off; a
/// width too narrow even for the shortest form gets the shortest form, which the
/// screen wraps rather than cuts.
pub fn rate_keys(t: &'static Texts, min: u8, max: u8, back: Back, width: usize) -> String {
    let b = back_key(back);
    fit(
        vec![
            t.rate_keys_1(min, max, b),
            t.rate_keys_2(min, max, b),
            t.rate_keys_3(min, max, b),
            t.rate_keys_4(min, max, b),
            t.rate_keys_5(min, max, b),
            t.rate_keys_6().to_string(),
        ],
        width,
    )
}

/// The key hint under a yes/no question in the terminal, fitted to `width`.
pub fn confirm_keys(t: &'static Texts, width: usize) -> String {
    fit_fixed(
        &[t.confirm_keys_1(), t.confirm_keys_2(), t.confirm_keys_3()],
        width,
    )
}

/// The key hint under a list to pick from in the terminal, fitted to `width`.
pub fn choose_keys(t: &'static Texts, width: usize) -> String {
    fit_fixed(
        &[t.choose_keys_1(), t.choose_keys_2(), t.choose_keys_3()],
        width,
    )
}

/// The key that saves from anywhere on the review list: the first letter of
/// the catalogue's word for it ("s" for spara and save).
pub fn save_key(t: &'static Texts) -> char {
    t.review_save_key().chars().next().unwrap_or('s')
}

/// The review's key hint, the longest form that fits `width`.
pub fn review_keys(t: &'static Texts, width: usize) -> String {
    fit_fixed(
        &[
            t.review_keys_1(),
            t.review_keys_2(),
            t.review_keys_3(),
            t.review_keys_4(),
            t.review_keys_5(),
        ],
        width,
    )
}

fn fit_fixed(forms: &[&str], width: usize) -> String {
    fit(forms.iter().map(ToString::to_string).collect(), width)
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
    use super::*;

    #[test]
    fn the_key_hint_keeps_q_at_every_width() {
        for lang in Lang::all() {
            let t = texts(lang);
            for back in [Back::Nowhere, Back::Previous, Back::Review] {
                let mut last = usize::MAX;
                for width in (8..=100).rev() {
                    let hint = rate_keys(t, 1, 7, back, width);
                    assert!(hint.contains('q'), "{width}: {hint}");
                    let n = hint.chars().count();
                    assert!(n <= width.max(9), "{width}: {hint}");
                    assert!(n <= last, "a narrower screen never gets a longer hint");
                    last = n;
                }
                let wide = rate_keys(t, 1, 7, back, 100);
                assert!(wide.contains("Enter"), "{wide}");
                assert_eq!(back != Back::Nowhere, wide.contains("Back"), "{wide}");
                // At 40 columns (38 inside the margin) the arrows still fit.
                assert!(
                    rate_keys(t, 1, 7, back, 38).contains("←/→"),
                    "{lang:?} {back:?}"
                );
            }
            for width in 12..=100 {
                for hint in [
                    confirm_keys(t, width),
                    choose_keys(t, width),
                    review_keys(t, width),
                ] {
                    assert!(hint.chars().count() <= width, "{width}: {hint}");
                    assert!(hint.contains('q') || hint.contains('n'), "{hint}");
                }
            }
        }
    }

    #[test]
    fn yes_and_no_in_any_language() {
        assert_eq!(yes_or_no("J"), Some(true));
        assert_eq!(yes_or_no("yes"), Some(true));
        assert_eq!(yes_or_no("nej"), Some(false));
        assert_eq!(yes_or_no("n"), Some(false));
        assert_eq!(yes_or_no("kanske"), None);
    }
}
