//! Any bytes: parse as a ToV and, when that succeeds, validate, render and export. Never a
//! panic; a parse error always has a code, a path, both languages, and a line and column in
//! the input; the report reaches a terminal with no control character; every rendering has the
//! structure of the same ToV with plain letters for its texts (no text became markup), the SVG
//! is well-formed XML, and the CIDS export reads back equal, with unique `@id`s when the ToV
//! has no errors.
#![no_main]

use fuzz_support::{export_is_sound, plain, same_structure, Format};
use libfuzzer_sys::fuzz_target;
use theory_of_value::export::cids;
use theory_of_value::render;
use theory_of_value::{from_json_slice, Lang, TheoryOfValue};

fuzz_target!(|data: &[u8]| {
    match from_json_slice::<TheoryOfValue>(data) {
        Ok(tov) => {
            let report = tov.validate();
            // The twin's findings differ (its texts hold no avoided word), so only the terminal
            // rules apply to the report: no control character reaches it.
            let text = report.render(Lang::Nl);
            same_structure(Format::Terminal, "report", &text, &text);
            let lang = if data.len() % 2 == 0 { Lang::Nl } else { Lang::En };
            if let Some(twin) = plain(&tov) {
                for (format, what, f) in [
                    (Format::Mermaid, "mermaid", render::mermaid as fn(&TheoryOfValue, Lang) -> String),
                    (Format::Svg, "svg", render::svg),
                    (Format::Html, "html", render::html),
                    (Format::Markdown, "markdown", render::markdown),
                ] {
                    same_structure(format, what, &f(&tov, lang), &f(&twin, lang));
                }
            }
            export_is_sound(&cids::tov(&tov, lang), !report.has_errors());
            let again: TheoryOfValue = theory_of_value::from_json_str(&tov.to_json_pretty())
                .expect("a written ToV reads back");
            assert_eq!(again, tov);
        }
        Err(e) => {
            assert!(!e.message.nl.is_empty() && !e.message.en.is_empty());
            assert!(e.path.is_empty() || e.path.starts_with('/'));
            // The line and column are a place in the input, or just after its end.
            let text = String::from_utf8_lossy(data.strip_prefix(b"\xef\xbb\xbf").unwrap_or(data));
            let lines: Vec<&str> = text.split('\n').collect();
            assert!(e.line >= 1 && e.line <= lines.len(), "line {}", e.line);
            let width = lines[e.line - 1].chars().count();
            assert!(
                e.column >= 1 && e.column <= width + 1,
                "column {}",
                e.column
            );
        }
    }
});
