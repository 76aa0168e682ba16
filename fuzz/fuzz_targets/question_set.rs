//! Fuzzes the question-set loader and `questions --check`: any text must give a
//! set or problems, never a panic.
#![no_main]

use digikomp::model::question_set::{check, QuestionSet};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = QuestionSet::parse(text, "fuzz");
        let _ = check(text);
    }
});
