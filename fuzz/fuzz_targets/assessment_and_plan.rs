//! Any bytes as a self-assessment and as a measurement plan. Never a panic; an assessment
//! compared with itself has no change; the findings reach a terminal with no control character.
#![no_main]

use fuzz_support::{same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::assess::{Assessment, MeasurementPlan};
use theory_of_value::{example, from_json_slice, Lang};

fuzz_target!(|data: &[u8]| {
    if let Ok(a) = from_json_slice::<Assessment>(data) {
        let text = a.validate().render(Lang::Nl);
        same_structure(Format::Terminal, "assessment findings", &text, &text);
        let _ = a.summary();
        let change = a.changes_since(&a);
        assert!(change.characteristics.iter().all(|c| c.delta == 0));
    }
    if let Ok(p) = from_json_slice::<MeasurementPlan>(data) {
        let text = p.validate_against(example::local_tov()).render(Lang::En);
        same_structure(Format::Terminal, "plan findings", &text, &text);
    }
});
