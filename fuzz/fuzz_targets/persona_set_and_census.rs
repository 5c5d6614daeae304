//! Any bytes split in two: a persona set and a census, estimated on the national ToV when both
//! parse. Never a panic, never an overflow that is not reported.
#![no_main]

use libfuzzer_sys::fuzz_target;
use theory_of_value::value::{estimate, Census, PersonaSet};
use theory_of_value::{from_json_slice, national};

fuzz_target!(|data: &[u8]| {
    let split = data.iter().position(|b| *b == 0).unwrap_or(data.len());
    let (a, b) = (&data[..split], data.get(split + 1..).unwrap_or_default());
    let set = from_json_slice::<PersonaSet>(a);
    let census = from_json_slice::<Census>(b);
    if let Ok(set) = &set {
        let _ = set.validate_against(national());
    }
    if let Ok(census) = &census {
        let _ = census.validate();
        let _ = census.cost_per_participant();
        let _ = census.merge(census);
    }
    if let (Ok(set), Ok(census)) = (set, census) {
        if let Ok(e) = estimate(national(), &set, &census) {
            let gross: u128 = e
                .care_lines
                .iter()
                .map(|l| u128::from(l.gross.cents()))
                .sum();
            assert_eq!(gross, u128::from(e.gross.cents()));
            assert!(e.net <= e.gross);
            let by_payer: u128 = e.by_payer.iter().map(|p| u128::from(p.net.cents())).sum();
            assert_eq!(by_payer, u128::from(e.net.cents()));
        }
    }
});
