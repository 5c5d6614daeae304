//! Any bytes split in two: a persona set and a census, estimated on the national ToV when both
//! parse. Never a panic, never an overflow that is not reported; the estimate's renderings
//! (Markdown, HTML, the payer split, break-even) have the structure of the same estimate of
//! the documents with plain letters for their texts, and its CIDS export reads back equal.
#![no_main]

use fuzz_support::{export_is_sound, plain, same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::export::cids;
use theory_of_value::render;
use theory_of_value::value::{estimate, Census, PersonaSet};
use theory_of_value::{from_json_slice, national, Lang};

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
    let (Ok(set), Ok(census)) = (set, census) else {
        return;
    };
    let Ok(e) = estimate(national(), &set, &census) else {
        return;
    };
    let gross: u128 = e
        .care_lines
        .iter()
        .map(|l| u128::from(l.gross.cents()))
        .sum();
    assert_eq!(gross, u128::from(e.gross.cents()));
    assert!(e.net <= e.gross);
    let by_payer: u128 = e.by_payer.iter().map(|p| u128::from(p.net.cents())).sum();
    assert_eq!(by_payer, u128::from(e.net.cents()));

    let lang = if data.len() % 2 == 0 { Lang::Nl } else { Lang::En };
    export_is_sound(&cids::estimate(&e, national(), &census, lang), true);
    let (Some(set2), Some(census2)) = (plain(&set), plain(&census)) else {
        return;
    };
    let Ok(e2) = estimate(national(), &set2, &census2) else {
        return;
    };
    let n = national();
    for (format, what, x, y) in [
        (
            Format::Markdown,
            "estimate",
            render::estimate_markdown(&e, n, &set, lang),
            render::estimate_markdown(&e2, n, &set2, lang),
        ),
        (
            Format::Html,
            "estimate",
            render::estimate_html(&e, n, &set, lang),
            render::estimate_html(&e2, n, &set2, lang),
        ),
        (
            Format::Markdown,
            "payer split",
            render::payer_split_markdown(&e, lang),
            render::payer_split_markdown(&e2, lang),
        ),
        (
            Format::Html,
            "payer split",
            render::payer_split_html(&e, lang),
            render::payer_split_html(&e2, lang),
        ),
        (
            Format::Markdown,
            "break-even",
            render::break_even_markdown(&e, &census, lang),
            render::break_even_markdown(&e2, &census2, lang),
        ),
    ] {
        same_structure(format, what, &x, &y);
    }
});
