//! Any bytes as a local ToV, compared with the national one (and the national with it). Never
//! a panic; covered never exceeds total; the comparison's text reaches a terminal with no
//! control character and no line a text added; its Markdown has the structure of the same
//! comparison of the ToV with plain letters for its texts.
#![no_main]

use fuzz_support::{plain, same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::{compare, from_json_slice, national, Lang, TheoryOfValue};

fuzz_target!(|data: &[u8]| {
    if let Ok(local) = from_json_slice::<TheoryOfValue>(data) {
        let c = compare(&local, national());
        let _ = compare(national(), &local);
        for cov in &c.coverage {
            assert!(cov.covered <= cov.total);
        }
        let lang = if data.len() % 2 == 0 { Lang::Nl } else { Lang::En };
        if let Some(twin) = plain(&local) {
            let t = compare(&twin, national());
            same_structure(Format::Terminal, "comparison", &c.render(lang), &t.render(lang));
            same_structure(
                Format::Markdown,
                "comparison",
                &c.render_markdown(lang),
                &t.render_markdown(lang),
            );
        }
    }
});
