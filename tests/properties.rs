//! Property tests: the parsers never panic on any input, and what the tool writes
//! it reads back the same.

use digikomp::model::answers::parse_answers;
use digikomp::model::attempt::Answers;
use digikomp::model::question_set::QuestionSet;
use digikomp::model::record::{neutralise, unneutralise};
use digikomp::model::score::score;
use digikomp::workshop::parse::parse;
use proptest::prelude::*;

fn ratings() -> impl Strategy<Value = Vec<u8>> {
    proptest::collection::vec(1u8..=7, 24)
}

proptest! {
    #[test]
    fn answers_parser_never_panics(text in ".{0,300}") {
        let _ = parse_answers(&QuestionSet::bundled(), &text);
    }

    #[test]
    fn valid_answers_parse_back(values in ratings(), sep in prop::sample::select(vec![",", ";", " ", "\n", " , "])) {
        let set = QuestionSet::bundled();
        let text = values.iter().map(u8::to_string).collect::<Vec<_>>().join(sep);
        let parsed = parse_answers(&set, &text).expect("valid answers");
        let expected: Answers = set.statements.iter().zip(&values).map(|(s, &v)| (s.code, v)).collect();
        prop_assert_eq!(parsed.answers, expected);
        prop_assert!(parsed.abstained.is_empty());
    }

    #[test]
    fn scores_stay_on_the_scale(values in ratings()) {
        let set = QuestionSet::bundled();
        let answers: Answers = set.statements.iter().zip(&values).map(|(s, &v)| (s.code, v)).collect();
        let s = score(&set, &answers);
        prop_assert!((1.0..=7.0).contains(&s.overall));
        for a in &s.areas {
            prop_assert!((1.0..=7.0).contains(&a.mean));
        }
        let total: f64 = values.iter().map(|&v| f64::from(v)).sum();
        prop_assert!((s.overall - total / 24.0).abs() < 1e-9);
        prop_assert!(s.strengths.iter().all(|h| s.to_develop.iter().all(|l| h.value >= l.value)));
    }

    #[test]
    fn export_reader_never_panics(bytes in proptest::collection::vec(any::<u8>(), 0..400)) {
        let _ = parse(&QuestionSet::bundled(), &bytes);
    }

    #[test]
    fn export_reader_never_panics_on_csv_like_text(cells in proptest::collection::vec("[0-9a-z;,=\"\\-\n]{0,12}", 0..60)) {
        let text = format!("respondent;attempt_id;question_set;question_set_version;101;102\n{}", cells.concat());
        let _ = parse(&QuestionSet::bundled(), text.as_bytes());
    }

    #[test]
    fn neutralising_round_trips(text in "['=+@a-z \t-]{0,10}|.{0,40}") {
        let safe = neutralise(&text);
        prop_assert!(!safe.starts_with(['=', '+', '-', '@', '\t', '\r']));
        prop_assert_eq!(unneutralise(&safe), text);
    }
}
