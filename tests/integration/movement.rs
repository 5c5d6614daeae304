//! The synthetic movement-wide data set of the benchmarks is what it claims to be: distinct
//! organisations whose documents all validate clean, pass their JSON Schemas, compare with the
//! national ToV without errors and estimate.

use std::collections::HashSet;

use theory_of_value::schema::{schema, Dialect, DocumentKind};
use theory_of_value::value::{estimate, Census, PersonaSet};
use theory_of_value::{compare, from_json_slice, national, Lang, TheoryOfValue};

#[path = "../../benches/support/movement.rs"]
mod synthetic;

#[test]
fn every_variant_of_a_synthetic_organisation_is_clean() {
    // 84 = lcm(4, 7) * 3 covers every persona and census variant; 16 ToV variants repeat within.
    let orgs = synthetic::movement(synthetic::MOVEMENT);
    let validator =
        |kind| jsonschema::validator_for(&schema(kind, Dialect::Draft2020_12, Lang::En)).unwrap();
    let (v_tov, v_set, v_census) = (
        validator(DocumentKind::TheoryOfValue),
        validator(DocumentKind::PersonaSet),
        validator(DocumentKind::Census),
    );
    let mut ids = HashSet::new();
    let mut sizes = HashSet::new();
    for (i, o) in orgs.iter().enumerate() {
        let tov: TheoryOfValue = from_json_slice(&o.tov).unwrap();
        let set: PersonaSet = from_json_slice(&o.personas).unwrap();
        let census: Census = from_json_slice(&o.census).unwrap();
        assert!(tov.validate().is_clean(), "{i}: {}", tov.validate());
        let r = set.validate_against(national());
        assert!(r.is_clean(), "{i}: {r}");
        let r = census.validate_against(&set);
        assert!(r.is_clean(), "{i}: {r}");
        assert!(!compare(&tov, national()).report.has_errors(), "{i}");
        assert!(estimate(national(), &set, &census).unwrap().gross.cents() > 0);
        for (v, bytes) in [
            (&v_tov, &o.tov),
            (&v_set, &o.personas),
            (&v_census, &o.census),
        ] {
            let value: serde_json::Value = serde_json::from_slice(bytes).unwrap();
            assert!(v.is_valid(&value), "{i}");
        }
        assert!(ids.insert(tov.id.clone()) && ids.insert(set.id) && ids.insert(census.id));
        sizes.insert(o.len());
    }
    assert!(
        sizes.len() > 16,
        "organisations differ in size: {}",
        sizes.len()
    );
    let mean = orgs.iter().map(|o| o.len()).sum::<usize>() / orgs.len();
    // The benchmark's data set is "tens of MB" for the movement's ~350 organisations.
    assert!(
        mean * synthetic::MOVEMENT > 10_000_000,
        "mean organisation: {mean} bytes"
    );
}

#[test]
fn a_large_synthetic_tov_is_as_large_as_asked_and_valid() {
    let bytes = synthetic::large_tov(2_000_000);
    assert!(
        (2_000_000..2_100_000).contains(&bytes.len()),
        "{}",
        bytes.len()
    );
    let tov: TheoryOfValue = from_json_slice(&bytes).unwrap();
    assert!(tov.outputs.len() > 1_000);
    let report = tov.validate();
    assert!(!report.has_errors(), "{report}");
}
