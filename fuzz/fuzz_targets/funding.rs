//! Any bytes as a funding document: validated, totalled and set beside the example estimate
//! when it parses. Never a panic, never an overflow that is not reported.
#![no_main]

use libfuzzer_sys::fuzz_target;
use theory_of_value::value::{wrong_pocket, Funding};
use theory_of_value::{example, from_json_slice};

fuzz_target!(|data: &[u8]| {
    let Ok(funding) = from_json_slice::<Funding>(data) else {
        return;
    };
    let _ = funding.validate();
    if let Ok(t) = funding.totals() {
        let sum: u128 = funding
            .agreements
            .iter()
            .map(|a| u128::from(a.amount.cents()))
            .sum();
        assert_eq!(sum, u128::from(t.total.cents()));
        let w = wrong_pocket(&funding, example::estimate()).expect("totals fit");
        let funds: u128 = w.rows.iter().map(|r| u128::from(r.funds.cents())).sum();
        assert_eq!(funds, sum);
    }
});
