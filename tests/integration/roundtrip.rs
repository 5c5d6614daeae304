//! Reading and writing: parse → write → parse gives an equal value and, for canonical input,
//! the same text.

use proptest::prelude::*;
use theory_of_value::{
    from_json_str, national, strategy, to_json_pretty, TheoryOfValue, NATIONAL_JSON,
};

#[test]
fn embedded_national_tov_is_canonical_text() {
    // The embedded file is exactly what the crate writes (plus a final newline).
    assert_eq!(format!("{}\n", national().to_json_pretty()), NATIONAL_JSON);
}

#[test]
fn field_order_of_the_input_does_not_change_the_value() {
    // The national ToV with every object's fields in reverse order, compactly formatted.
    fn reverse(v: serde_json::Value) -> serde_json::Value {
        match v {
            serde_json::Value::Object(map) => {
                let mut entries: Vec<_> = map.into_iter().map(|(k, v)| (k, reverse(v))).collect();
                entries.reverse();
                serde_json::Value::Object(entries.into_iter().collect())
            }
            serde_json::Value::Array(items) => items.into_iter().map(reverse).collect(),
            other => other,
        }
    }
    let value: serde_json::Value = serde_json::from_str(NATIONAL_JSON).unwrap();
    let reordered = serde_json::to_string(&reverse(value)).unwrap();
    assert!(reordered.starts_with("{\"inputs\":"));
    assert_ne!(reordered, NATIONAL_JSON.trim_end());
    let tov = TheoryOfValue::from_json_str(&reordered).unwrap();
    assert_eq!(&tov, national());
    // Writing it back gives the canonical text.
    assert_eq!(tov.to_json_pretty(), NATIONAL_JSON.trim_end());
}

#[test]
fn every_element_and_list_order_survives() {
    let mut tov = national().clone();
    tov.outputs.reverse();
    tov.activities.swap(0, 3);
    let text = tov.to_json_pretty();
    let back = TheoryOfValue::from_json_str(&text).unwrap();
    assert_eq!(back, tov);
    assert_eq!(back.outputs[0].id.as_str(), "op-col-less-care-need");
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn parse_write_parse_round_trips(tov in strategy::theory_of_value()) {
        let text = to_json_pretty(&tov);
        let back: TheoryOfValue = from_json_str(&text).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(&back, &tov);
        // Canonical input gives the same text back.
        prop_assert_eq!(to_json_pretty(&back), text);
    }

    #[test]
    fn generated_tovs_are_valid(tov in strategy::theory_of_value()) {
        let report = tov.validate();
        prop_assert!(report.is_clean(), "{}", report.render(theory_of_value::Lang::En));
    }

    #[test]
    fn reports_round_trip(tov in strategy::theory_of_value()) {
        // Break the ToV in several ways at once so the report has findings of every severity.
        let mut broken = tov;
        broken.outputs[0].outcomes.push("nope".parse().unwrap());
        broken.inputs.clear();
        broken.outputs[1].statement.nl = "Geen intake nodig".into();
        let report = broken.validate();
        prop_assert!(report.has_errors());
        let json = serde_json::to_string(&report).unwrap();
        let back: theory_of_value::Report = from_json_str(&json).map_err(|e| TestCaseError::fail(e.to_string()))?;
        prop_assert_eq!(back, report);
    }
}
