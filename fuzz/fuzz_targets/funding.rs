//! Any bytes as a funding document: validated, totalled and set beside the example estimate
//! when it parses. Never a panic, never an overflow that is not reported; its renderings and
//! the wrong-pocket view (Markdown, HTML, SVG) have the structure of the same document with
//! plain letters for its texts, and the SVG is well-formed XML.
#![no_main]

use fuzz_support::{plain, same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::render;
use theory_of_value::value::{wrong_pocket, Funding};
use theory_of_value::{example, from_json_slice, Lang};

fuzz_target!(|data: &[u8]| {
    let Ok(funding) = from_json_slice::<Funding>(data) else {
        return;
    };
    let _ = funding.validate();
    let lang = if data.len() % 2 == 0 { Lang::Nl } else { Lang::En };
    let twin = plain(&funding);
    if let (Ok(a), Some(Ok(b))) = (
        render::funding_markdown(&funding, lang),
        twin.as_ref().map(|t| render::funding_markdown(t, lang)),
    ) {
        same_structure(Format::Markdown, "funding", &a, &b);
    }
    if let (Ok(a), Some(Ok(b))) = (
        render::funding_html(&funding, lang),
        twin.as_ref().map(|t| render::funding_html(t, lang)),
    ) {
        same_structure(Format::Html, "funding", &a, &b);
    }
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
        if let Some(Ok(w2)) = twin.as_ref().map(|t| wrong_pocket(t, example::estimate())) {
            same_structure(
                Format::Markdown,
                "wrong pocket",
                &render::wrong_pocket_markdown(&w, lang),
                &render::wrong_pocket_markdown(&w2, lang),
            );
            same_structure(
                Format::Svg,
                "wrong pocket",
                &render::wrong_pocket_svg(&w, lang),
                &render::wrong_pocket_svg(&w2, lang),
            );
            same_structure(
                Format::Html,
                "wrong pocket",
                &render::wrong_pocket_html(&w, lang),
                &render::wrong_pocket_html(&w2, lang),
            );
        }
    }
});
