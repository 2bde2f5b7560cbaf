//! Rubric files: loading and every rule of the format; a valid one is then used.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    leadgap::fuzzing::rubric_file(data);
});
