//! Any bytes as a local ToV, compared with the national one (and the national with it).
#![no_main]

use libfuzzer_sys::fuzz_target;
use theory_of_value::{compare, from_json_slice, national, Lang, TheoryOfValue};

fuzz_target!(|data: &[u8]| {
    if let Ok(local) = from_json_slice::<TheoryOfValue>(data) {
        let c = compare(&local, national());
        let _ = c.render(Lang::Nl);
        let _ = compare(national(), &local);
        for cov in &c.coverage {
            assert!(cov.covered <= cov.total);
        }
    }
});
