//! Fuzzes the reader of saved files (attempts, with their answers map): any bytes
//! must give an attempt or an error, never a panic, and an answers map is read in
//! one pass however many keys it has.
#![no_main]

use digikomp::model::attempt::Attempt;
use digikomp::store::json::{parse, Kind};
use libfuzzer_sys::fuzz_target;

const ATTEMPT: Kind = Kind {
    name: "digikomp-attempt",
    version: 1,
    max_bytes: 1024 * 1024,
};

fuzz_target!(|data: &[u8]| {
    let _ = parse::<Attempt>(data, &ATTEMPT);
});
