//! Any bytes as one of the documents the crate writes (a validation report, an estimate, a
//! comparison), read back by another tool. Never a panic; whatever reads is written back equal.
#![no_main]

use libfuzzer_sys::fuzz_target;
use theory_of_value::compare::Comparison;
use theory_of_value::value::Estimate;
use theory_of_value::{from_json_slice, Lang, Report};

fuzz_target!(|data: &[u8]| {
    if let Ok(report) = from_json_slice::<Report>(data) {
        let _ = report.render(Lang::En);
        let json = serde_json::to_string(&report).expect("a report serializes");
        assert_eq!(
            from_json_slice::<Report>(json.as_bytes()).ok(),
            Some(report)
        );
    }
    if let Ok(estimate) = from_json_slice::<Estimate>(data) {
        let json = serde_json::to_string(&estimate).expect("an estimate serializes");
        assert_eq!(
            from_json_slice::<Estimate>(json.as_bytes()).ok(),
            Some(estimate)
        );
    }
    if let Ok(comparison) = from_json_slice::<Comparison>(data) {
        let _ = comparison.render(Lang::Nl);
        let json = serde_json::to_string(&comparison).expect("a comparison serializes");
        assert_eq!(
            from_json_slice::<Comparison>(json.as_bytes()).ok(),
            Some(comparison)
        );
    }
});
