//! Any bytes as a self-assessment and as a measurement plan.
#![no_main]

use libfuzzer_sys::fuzz_target;
use theory_of_value::assess::{Assessment, MeasurementPlan};
use theory_of_value::{example, from_json_slice};

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = from_json_slice::<Assessment>(data) {
        let _ = a.validate();
        let _ = a.summary();
        let change = a.changes_since(&a);
        assert!(change.characteristics.iter().all(|c| c.delta == 0));
    }
    if let Ok(p) = from_json_slice::<MeasurementPlan>(data) {
        let _ = p.validate_against(example::local_tov());
    }
});
