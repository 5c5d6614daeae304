//! Any bytes as one of the documents the crate writes (a validation report, an estimate, a
//! comparison), read back by another tool. Never a panic; whatever reads is written back
//! equal; what it renders reaches a terminal with no control character, and its Markdown and
//! HTML have the structure of the same document with plain letters for its texts.
#![no_main]

use fuzz_support::{plain, same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::compare::Comparison;
use theory_of_value::render;
use theory_of_value::value::Estimate;
use theory_of_value::{from_json_slice, Lang, Report};

fuzz_target!(|data: &[u8]| {
    let lang = if data.len() % 2 == 0 { Lang::Nl } else { Lang::En };
    if let Ok(report) = from_json_slice::<Report>(data) {
        let text = report.render(lang);
        if let Some(twin) = plain(&report) {
            same_structure(Format::Terminal, "report", &text, &twin.render(lang));
        }
        let json = serde_json::to_string(&report).expect("a report serializes");
        assert_eq!(
            from_json_slice::<Report>(json.as_bytes()).ok(),
            Some(report)
        );
    }
    if let Ok(estimate) = from_json_slice::<Estimate>(data) {
        if let Some(twin) = plain(&estimate) {
            same_structure(
                Format::Markdown,
                "payer split",
                &render::payer_split_markdown(&estimate, lang),
                &render::payer_split_markdown(&twin, lang),
            );
            same_structure(
                Format::Html,
                "payer split",
                &render::payer_split_html(&estimate, lang),
                &render::payer_split_html(&twin, lang),
            );
        }
        let json = serde_json::to_string(&estimate).expect("an estimate serializes");
        assert_eq!(
            from_json_slice::<Estimate>(json.as_bytes()).ok(),
            Some(estimate)
        );
    }
    if let Ok(comparison) = from_json_slice::<Comparison>(data) {
        if let Some(twin) = plain(&comparison) {
            same_structure(
                Format::Terminal,
                "comparison",
                &comparison.render(lang),
                &twin.render(lang),
            );
            same_structure(
                Format::Markdown,
                "comparison",
                &comparison.render_markdown(lang),
                &twin.render_markdown(lang),
            );
        }
        let json = serde_json::to_string(&comparison).expect("a comparison serializes");
        assert_eq!(
            from_json_slice::<Comparison>(json.as_bytes()).ok(),
            Some(comparison)
        );
    }
});
