//! The sitting itself: the test flow over a [`Prompter`], resume from a draft,
//! answers given without prompts, and saving the attempt.

use crate::commands::context::Sources;
use crate::error::Op;
use crate::error::{is_interrupted, Failure};
use crate::i18n::texts;
use crate::model::answers::{parse_answers, Parsed};
use crate::model::attempt::{
    Abstained, Answers, Attempt, Draft, SetRef, ATTEMPT_KIND, ATTEMPT_SCHEMA_VERSION, DRAFT_KIND,
};
use crate::model::lang::Lang;
use crate::model::question_set::{AreaKind, QuestionSet};
use crate::store::Store;
use crate::term::output::say;
use crate::term::prompt::{
    Back, Prompter, RateAction, RateScreen, ReviewAction, ReviewRow, ReviewScreen,
};
use anyhow::{Context, Result};
use chrono::{DateTime, FixedOffset};
use std::io::Read;
use std::path::PathBuf;

/// Where non-interactive answers come from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AnswersInput {
    /// `--answers 5,6,4,…`
    Inline(String),
    /// `--answers-file FILE`
    File(PathBuf),
    /// `--answers-file -`
    Stdin,
}

/// The options of one `take`, free of any command-line types.
#[derive(Debug, Clone)]
pub struct TakeOptions {
    pub lang: Lang,
    pub label: Option<String>,
    pub restart: bool,
    pub answers: Option<AnswersInput>,
    /// The accessible line-based mode.
    pub plain: bool,
}

/// How an interactive test ended.
#[derive(Debug)]
pub enum Outcome {
    /// Finished and saved.
    Saved {
        attempt: Box<Attempt>,
        path: PathBuf,
    },
    /// The user quit; this many answers are kept in the draft.
    Kept { answered: usize },
    /// The user declined to start; nothing was written.
    Declined,
}

/// Saves an attempt from answers given without a terminal. Nothing is written when
/// the answers are refused.
pub fn non_interactive(
    set: &QuestionSet,
    store: &Store,
    opts: &TakeOptions,
    input: &AnswersInput,
    env: &Sources,
) -> Result<(Attempt, PathBuf)> {
    let t = texts(opts.lang);
    let (text, source) = match input {
        AnswersInput::Inline(text) => (text.clone(), "--answers".to_string()),
        AnswersInput::File(path) => {
            let file = std::fs::File::open(path).with_context(|| Op::AnswersFile(path.clone()))?;
            let text = read_limited(file, t).with_context(|| Op::AnswersFile(path.clone()))?;
            (text, path.display().to_string())
        }
        AnswersInput::Stdin => {
            let text = read_limited(std::io::stdin().lock(), t).context(Op::AnswersStdin)?;
            (text, "standard input".to_string())
        }
    };
    let parsed = parse_answers(set, &text).map_err(|e| {
        let problem = t.answers_error(&e);
        let (n, min, max) = (set.statements.len(), set.scale.min, set.scale.max);
        Failure::Usage(match &set.scale.abstain {
            Some(label) => t.err_answers_hint_abstain(
                &source,
                problem,
                min,
                max,
                label.get(opts.lang),
                example_answers(set),
            ),
            None => t.err_answers_hint(&source, problem, n, min, max, example_answers(set)),
        })
    })?;
    let now = env.now();
    let attempt = new_attempt(set, opts.lang, opts.label.clone(), parsed, now, now, env);
    let path = store.save_attempt(&attempt)?;
    Ok((attempt, path))
}

/// Answers are a few hundred bytes; a larger input is a mistake, not answers.
const MAX_ANSWERS_BYTES: u64 = 64 * 1024;

/// Reads UTF-8 text, refusing anything larger than [`MAX_ANSWERS_BYTES`].
fn read_limited(reader: impl Read, t: &'static crate::i18n::Texts) -> Result<String> {
    let mut bytes = Vec::new();
    reader.take(MAX_ANSWERS_BYTES + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_ANSWERS_BYTES {
        anyhow::bail!("{}", t.answers_too_large(MAX_ANSWERS_BYTES / 1024));
    }
    String::from_utf8(bytes).map_err(|_| anyhow::anyhow!("{}", t.not_utf8()))
}

fn example_answers(set: &QuestionSet) -> String {
    let mid = set.scale.min + (set.scale.max - set.scale.min) / 2;
    vec![mid.to_string(); set.statements.len().min(4)].join(",") + ",…"
}

fn new_attempt(
    set: &QuestionSet,
    lang: Lang,
    label: Option<String>,
    given: Parsed,
    started_at: DateTime<FixedOffset>,
    finished_at: DateTime<FixedOffset>,
    env: &Sources,
) -> Attempt {
    Attempt {
        kind: ATTEMPT_KIND.to_string(),
        schema_version: ATTEMPT_SCHEMA_VERSION,
        id: env.new_id(),
        started_at,
        finished_at,
        question_set: SetRef::of(set),
        lang,
        label,
        answers: given.answers,
        abstained: given.abstained,
    }
}

/// Runs the test through `prompter`: offers to resume a draft, asks every statement
/// (with going back), lets the user review, and saves. The draft is saved after
/// every answer, so an interruption at any point keeps what was given.
pub fn interactive(
    set: &QuestionSet,
    store: &Store,
    prompter: &mut dyn Prompter,
    opts: &TakeOptions,
    env: &Sources,
) -> Result<Outcome> {
    let t = texts(opts.lang);
    let mut draft = None;
    if opts.restart {
        store.remove_draft()?;
    } else if let Some(old) = store.load_draft()? {
        if old.question_set != SetRef::of(set) {
            return Err(Failure::Usage(t.resume_other_set(&old.question_set)).into());
        }
        let question = t.resume_question(
            old.started_at.format("%Y-%m-%d %H:%M"),
            old.answers.len() + old.abstained.len(),
            set.statements.len(),
        );
        if prompter.confirm(&question, true)? {
            draft = Some(old);
        } else {
            store.remove_draft()?;
        }
    }

    let mut draft = if let Some(mut d) = draft {
        if opts.label.is_some() {
            d.label.clone_from(&opts.label);
        }
        d
    } else {
        match welcome(set, prompter, opts, env)? {
            Some(d) => d,
            None => return Ok(Outcome::Declined),
        }
    };

    let result = ask_all(set, store, prompter, opts.lang, &mut draft);
    match result {
        Ok(Some(())) => {}
        Ok(None) => return keep(store, &draft),
        Err(e) if is_interrupted(&e) => {
            say(&kept_message(store, &draft, opts.lang));
            return Err(e);
        }
        Err(e) => return Err(e),
    }

    let attempt = new_attempt(
        set,
        opts.lang,
        draft.label.clone(),
        Parsed {
            answers: draft.answers.clone(),
            abstained: draft.abstained.clone(),
        },
        draft.started_at,
        env.now(),
        env,
    );
    let path = store.save_attempt(&attempt)?;
    store.remove_draft()?;
    Ok(Outcome::Saved {
        attempt: Box::new(attempt),
        path,
    })
}

/// The welcome for a new test and, when the user starts, its empty draft;
/// `None` when they decline.
fn welcome(
    set: &QuestionSet,
    prompter: &mut dyn Prompter,
    opts: &TakeOptions,
    env: &Sources,
) -> Result<Option<Draft>> {
    let t = texts(opts.lang);
    let (min_label, max_label) = (
        set.scale.min_label.get(opts.lang),
        set.scale.max_label.get(opts.lang),
    );
    let n = set.statements.len();
    let (min, max) = (set.scale.min, set.scale.max);
    // A set of themes is about the library one leads, not one's own tasks.
    let welcome = match set.area_kind {
        AreaKind::Area => t.welcome_body(n, min, min_label, max, max_label),
        AreaKind::Theme => t.leaders_welcome_body(n, min, min_label, max, max_label),
    };
    // The set's own instruction (e.g. to answer for tasks outside one's job).
    let instruction = set
        .welcome
        .as_ref()
        .map(|w| format!("\n\n{}", w.get(opts.lang)))
        .unwrap_or_default();
    prompter.say(&format!(
        "{}\n\n{welcome}{instruction}\n",
        t.welcome_title()
    ))?;
    if !prompter.confirm_start(t.welcome_start())? {
        return Ok(None);
    }
    Ok(Some(Draft {
        kind: DRAFT_KIND.to_string(),
        schema_version: ATTEMPT_SCHEMA_VERSION,
        started_at: env.now(),
        question_set: SetRef::of(set),
        lang: opts.lang,
        label: opts.label.clone(),
        answers: Answers::new(),
        abstained: Abstained::new(),
    }))
}

fn keep(store: &Store, draft: &Draft) -> Result<Outcome> {
    if draft.answers.is_empty() && draft.abstained.is_empty() {
        store.remove_draft()?;
    } else {
        store.save_draft(draft)?;
    }
    Ok(Outcome::Kept {
        answered: draft.answers.len() + draft.abstained.len(),
    })
}

/// The message shown when the test stops early with answers kept.
pub fn kept_message(store: &Store, draft_answers: &Draft, lang: Lang) -> String {
    let t = texts(lang);
    let given = draft_answers.answers.len() + draft_answers.abstained.len();
    if given == 0 {
        t.cancelled_nothing_saved().to_string()
    } else {
        t.draft_kept(given, store.draft_path().display())
    }
}

/// Asks every unanswered statement, then the review. `Ok(None)` means the user quit.
fn ask_all(
    set: &QuestionSet,
    store: &Store,
    prompter: &mut dyn Prompter,
    lang: Lang,
    draft: &mut Draft,
) -> Result<Option<()>> {
    let n = set.statements.len();
    let mut index = set
        .statements
        .iter()
        .position(|s| draft.given(s.code).is_none())
        .unwrap_or(n);
    while index < n {
        match prompter.rate(&screen(set, lang, draft, index))? {
            RateAction::Answer(given) => {
                draft.give(set.statements[index].code, given);
                store.save_draft(draft)?;
                index += 1;
            }
            RateAction::Back => index = index.saturating_sub(1),
            RateAction::Quit => return Ok(None),
        }
    }
    let mut cursor = 0;
    let mut edited = None;
    let mut refused = false;
    loop {
        match prompter.review(&review_screen(set, lang, draft, cursor, edited))? {
            // Only "not part of my job": no mean, so nothing to save yet. Asked
            // again at once (piped input that has ended), it stops and keeps
            // the draft rather than asking for ever.
            ReviewAction::Save if draft.answers.is_empty() => {
                if std::mem::replace(&mut refused, true) {
                    return Ok(None);
                }
                prompter.say(texts(lang).review_no_point())?;
            }
            ReviewAction::Save => return Ok(Some(())),
            ReviewAction::Quit => return Ok(None),
            ReviewAction::Change(i) if i < n => {
                refused = false;
                cursor = i + 1;
                edited = Some(i);
                let mut one = screen(set, lang, draft, i);
                // Going back from a change returns to the review.
                one.back = Back::Review;
                match prompter.rate(&one)? {
                    RateAction::Answer(given) => {
                        draft.give(set.statements[i].code, given);
                        store.save_draft(draft)?;
                    }
                    RateAction::Back => {}
                    RateAction::Quit => return Ok(None),
                }
            }
            ReviewAction::Change(_) => edited = None,
        }
    }
}

fn screen(set: &QuestionSet, lang: Lang, draft: &Draft, index: usize) -> RateScreen {
    let t = texts(lang);
    let st = &set.statements[index];
    let area = st.area();
    let (min_label, max_label) = st.labels(&set.scale);
    let area_heading = match set.area_kind {
        AreaKind::Area => t.area_heading(area, set.area_name(area, lang)),
        AreaKind::Theme => t.leaders_theme_heading(area, set.area_name(area, lang)),
    };
    RateScreen {
        area_heading,
        progress: t.statement_of(index + 1, set.statements.len()),
        text: st.text.get(lang).to_string(),
        min: set.scale.min,
        max: set.scale.max,
        min_label: min_label.get(lang).to_string(),
        max_label: max_label.get(lang).to_string(),
        abstain: set.scale.abstain.as_ref().map(|a| a.get(lang).to_string()),
        current: draft.given(st.code),
        back: if index > 0 {
            Back::Previous
        } else {
            Back::Nowhere
        },
    }
}

/// The review: per statement its short title and the answer, which each prompter
/// says with the statement's place in the test, so that no row is bare numbers.
fn review_screen(
    set: &QuestionSet,
    lang: Lang,
    draft: &Draft,
    cursor: usize,
    edited: Option<usize>,
) -> ReviewScreen {
    let t = texts(lang);
    ReviewScreen {
        title: t.review_title().to_string(),
        cursor,
        save: t.review_save().to_string(),
        quit: t.review_quit().to_string(),
        items: set
            .statements
            .iter()
            .map(|s| ReviewRow {
                title: s.short_title(lang),
                answer: draft.given(s.code),
            })
            .collect(),
        edited,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::code::code;
    use crate::store::PathSource;
    use crate::term::prompt::{Ask, Given};
    use chrono::TimeZone;
    use std::collections::VecDeque;

    /// A prompter that plays back a script and records what it was shown.
    #[derive(Default)]
    struct Scripted {
        confirms: VecDeque<bool>,
        rates: VecDeque<Result<RateAction, ()>>,
        reviews: VecDeque<ReviewAction>,
        choices: VecDeque<Option<usize>>,
        inputs: VecDeque<String>,
        shown: Vec<String>,
    }

    impl Prompter for Scripted {
        fn say(&mut self, text: &str) -> Result<()> {
            self.shown.push(text.to_string());
            Ok(())
        }
        fn confirm(&mut self, question: &str, _default: bool) -> Result<bool> {
            self.shown.push(question.to_string());
            Ok(self.confirms.pop_front().expect("a scripted confirm"))
        }
        fn rate(&mut self, screen: &RateScreen) -> Result<RateAction> {
            self.shown
                .push(format!("{}|{:?}", screen.progress, screen.current));
            match self.rates.pop_front().expect("a scripted rating") {
                Ok(a) => Ok(a),
                Err(()) => Err(Failure::Interrupted.into()),
            }
        }
        fn choose(&mut self, prompt: &str, _items: &[String]) -> Result<Option<usize>> {
            self.shown.push(prompt.to_string());
            Ok(self.choices.pop_front().expect("a scripted choice"))
        }
        fn input(&mut self, ask: &mut Ask<'_>) -> Result<String> {
            self.shown.push(ask.prompt.to_string());
            Ok(self.inputs.pop_front().expect("a scripted input"))
        }
        fn review(&mut self, screen: &ReviewScreen) -> Result<ReviewAction> {
            self.shown.push(format!(
                "review at {} after {:?}",
                screen.cursor, screen.edited
            ));
            Ok(self.reviews.pop_front().expect("a scripted review"))
        }
    }

    fn with_env<T>(f: impl FnOnce(&Sources) -> T) -> T {
        f(&Sources {
            now: Box::new(|| {
                FixedOffset::east_opt(3600)
                    .and_then(|tz| tz.with_ymd_and_hms(2026, 2, 3, 9, 0, 0).single())
                    .expect("time")
            }),
            new_id: Box::new(|| "12345678-aaaa-bbbb-cccc-dddddddddddd".to_string()),
        })
    }

    /// The bundled set and a store in a new temp dir (kept alive by the guard).
    fn fresh() -> (QuestionSet, tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(dir.path(), PathSource::Flag);
        (crate::model::attempt::fixtures::v1(), dir, store)
    }

    fn opts() -> TakeOptions {
        TakeOptions {
            lang: Lang::EN,
            label: Some("before".into()),
            restart: false,
            answers: None,
            plain: false,
        }
    }

    #[test]
    fn going_back_changes_the_previous_answer() {
        let (set, _dir, store) = fresh();
        let mut p = Scripted {
            confirms: [true].into(),
            reviews: [ReviewAction::Change(23), ReviewAction::Save].into(),
            ..Default::default()
        };
        p.rates.push_back(Ok(RateAction::Answer(Given::Point(2))));
        p.rates.push_back(Ok(RateAction::Back));
        p.rates.push_back(Ok(RateAction::Answer(Given::Point(6))));
        for _ in 1..24 {
            p.rates.push_back(Ok(RateAction::Answer(Given::Point(4))));
        }
        p.rates.push_back(Ok(RateAction::Answer(Given::Point(1))));
        let outcome = with_env(|env| interactive(&set, &store, &mut p, &opts(), env)).expect("ok");
        let Outcome::Saved { attempt, path } = outcome else {
            panic!("expected a saved attempt");
        };
        assert_eq!(attempt.answers[&code("101")], 6, "the changed answer wins");
        assert_eq!(attempt.answers[&code("102")], 4);
        assert_eq!(
            attempt.answers[&code("505")],
            1,
            "changed on the review screen"
        );
        assert_eq!(attempt.answers.len(), 24);
        assert_eq!(attempt.label.as_deref(), Some("before"));
        assert!(path.exists());
        assert!(!store.draft_path().exists(), "the draft is gone once saved");
        assert!(p
            .shown
            .contains(&"Statement 1 of 24|Some(Point(2))".to_string()));
        let reviews: Vec<_> = p.shown.iter().filter(|s| s.starts_with("review")).collect();
        assert_eq!(
            reviews,
            ["review at 0 after None", "review at 24 after Some(23)"],
            "the cursor stays on the change, which is the row read back"
        );
    }

    #[test]
    fn interruption_keeps_a_draft_that_resumes() {
        let (set, _dir, store) = fresh();
        let mut p = Scripted {
            confirms: [true].into(),
            rates: [
                Ok(RateAction::Answer(Given::Point(3))),
                Ok(RateAction::Answer(Given::Point(5))),
                Err(()),
            ]
            .into(),
            ..Default::default()
        };
        let err = with_env(|env| interactive(&set, &store, &mut p, &opts(), env))
            .expect_err("interrupted");
        assert!(is_interrupted(&err));
        let draft = store.load_draft().expect("read").expect("a draft");
        assert_eq!(
            draft.answers,
            Answers::from([(code("101"), 3), (code("102"), 5)])
        );

        let mut p = Scripted {
            confirms: [true].into(),
            reviews: [ReviewAction::Save].into(),
            ..Default::default()
        };
        for _ in 2..24 {
            p.rates.push_back(Ok(RateAction::Answer(Given::Point(7))));
        }
        let outcome = with_env(|env| interactive(&set, &store, &mut p, &opts(), env)).expect("ok");
        let Outcome::Saved { attempt, .. } = outcome else {
            panic!("expected a saved attempt");
        };
        assert_eq!(attempt.answers[&code("101")], 3);
        assert_eq!(attempt.answers[&code("102")], 5);
        assert_eq!(attempt.answers[&code("103")], 7);
        assert!(p.shown[0].contains("2 of 24 answers"), "{}", p.shown[0]);
        assert_eq!(
            p.shown[1], "Statement 3 of 24|None",
            "resumes at the first unanswered"
        );
    }

    #[test]
    fn quitting_keeps_the_draft_and_restart_drops_it() {
        let (set, _dir, store) = fresh();
        let mut p = Scripted {
            confirms: [true].into(),
            rates: [
                Ok(RateAction::Answer(Given::Point(3))),
                Ok(RateAction::Quit),
            ]
            .into(),
            ..Default::default()
        };
        let outcome = with_env(|env| interactive(&set, &store, &mut p, &opts(), env)).expect("ok");
        assert!(matches!(outcome, Outcome::Kept { answered: 1 }));
        assert!(store.load_draft().expect("read").is_some());

        let mut p = Scripted {
            confirms: [false].into(),
            ..Default::default()
        };
        let restart = TakeOptions {
            restart: true,
            ..opts()
        };
        let outcome = with_env(|env| interactive(&set, &store, &mut p, &restart, env)).expect("ok");
        assert!(matches!(outcome, Outcome::Declined));
        assert!(store.load_draft().expect("read").is_none());
        assert!(
            p.shown[0].starts_with("Welcome"),
            "no resume question with --restart"
        );
    }

    #[test]
    fn declining_to_resume_starts_over() {
        let (set, _dir, store) = fresh();
        let mut p = Scripted {
            confirms: [true].into(),
            rates: [
                Ok(RateAction::Answer(Given::Point(3))),
                Ok(RateAction::Quit),
            ]
            .into(),
            ..Default::default()
        };
        with_env(|env| interactive(&set, &store, &mut p, &opts(), env)).expect("ok");
        let mut p = Scripted {
            confirms: [false, true].into(),
            rates: [Ok(RateAction::Quit)].into(),
            ..Default::default()
        };
        with_env(|env| interactive(&set, &store, &mut p, &opts(), env)).expect("ok");
        assert_eq!(p.shown[3], "Statement 1 of 24|None");
        assert!(
            store.load_draft().expect("read").is_none(),
            "nothing answered, nothing kept"
        );
    }

    #[test]
    fn non_interactive_refuses_bad_answers_and_writes_nothing() {
        let set = crate::model::attempt::fixtures::v1();
        let dir = tempfile::tempdir().expect("tempdir");
        let store = Store::at(&dir.path().join("d"), PathSource::Flag);
        let input = AnswersInput::Inline("1,2,9".into());
        let err = with_env(|env| non_interactive(&set, &store, &opts(), &input, env))
            .expect_err("refused");
        assert!(err.to_string().contains("expected 24 answers"), "{err}");
        assert!(!store.root().exists());
    }
}
