//! CSV answers: one row per respondent, checked and scored like answer files.
#![no_main]

use std::sync::OnceLock;

use leadgap::rubric::RubricSet;
use libfuzzer_sys::fuzz_target;

static SET: OnceLock<RubricSet> = OnceLock::new();

fuzz_target!(|data: &[u8]| {
    let set = SET.get_or_init(|| RubricSet::builtin().expect("the built-ins load"));
    leadgap::fuzzing::csv_answers(set, data);
});
