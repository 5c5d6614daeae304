//! Any bytes as a ToV, or as a persona set estimated on the national ToV with the example
//! census: every rendering (Mermaid, SVG, HTML, Markdown, the estimate's Markdown and HTML)
//! and the CIDS export. Never a panic; the SVG is well-formed XML; the CIDS export is JSON
//! with unique `@id`s; and every rendering has exactly the structure (XML tags, Markdown lines
//! and table pipes, Mermaid lines and quotes) of the same document with every text replaced
//! by plain letters of the same length and white space, so no text became markup.
#![no_main]

use fuzz_support::{export_is_sound, plain, same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::export::cids;
use theory_of_value::render;
use theory_of_value::value::{estimate, PersonaSet};
use theory_of_value::{example, from_json_slice, national, Lang, TheoryOfValue};

fn tov_renderings(tov: &TheoryOfValue, lang: Lang) -> [(Format, String); 4] {
    [
        (Format::Mermaid, render::mermaid(tov, lang)),
        (Format::Svg, render::svg(tov, lang)),
        (Format::Html, render::html(tov, lang)),
        (Format::Markdown, render::markdown(tov, lang)),
    ]
}

fuzz_target!(|data: &[u8]| {
    if let Ok(tov) = from_json_slice::<TheoryOfValue>(data) {
        if let Some(twin) = plain(&tov) {
            for lang in [Lang::Nl, Lang::En] {
                for ((format, a), (_, b)) in tov_renderings(&tov, lang)
                    .iter()
                    .zip(tov_renderings(&twin, lang))
                {
                    same_structure(*format, "ToV", a, &b);
                }
            }
        }
        for lang in [Lang::Nl, Lang::En] {
            export_is_sound(&cids::tov(&tov, lang), tov.validate().is_clean());
        }
    }
    if let Ok(set) = from_json_slice::<PersonaSet>(data) {
        let census = example::census();
        if let (Ok(e), Some(twin)) = (estimate(national(), &set, census), plain(&set)) {
            for lang in [Lang::Nl, Lang::En] {
                let a = render::estimate_markdown(&e, national(), &set, lang);
                let b = render::estimate_markdown(&e, national(), &twin, lang);
                same_structure(Format::Markdown, "estimate", &a, &b);
                let a = render::estimate_html(&e, national(), &set, lang);
                let b = render::estimate_html(&e, national(), &twin, lang);
                same_structure(Format::Html, "estimate", &a, &b);
                export_is_sound(&cids::estimate(&e, national(), census, lang), true);
            }
        }
    }
});
