//! Fuzzes the reader of workshop exports (CSV and JSON): any bytes must give
//! records or an error, never a panic.
#![no_main]

use digikomp::model::question_set::QuestionSet;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

static SET: OnceLock<QuestionSet> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let set = SET.get_or_init(QuestionSet::bundled);
    let _ = digikomp::workshop::parse::parse(set, data);
});
