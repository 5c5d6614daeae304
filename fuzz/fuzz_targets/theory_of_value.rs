//! Any bytes: parse as a ToV and, when that succeeds, validate, render and export. Never a
//! panic; a parse error always has a code, a path, both languages, and a line and column in
//! the input.
#![no_main]

use libfuzzer_sys::fuzz_target;
use theory_of_value::out::render;
use theory_of_value::{from_json_slice, Lang, TheoryOfValue};

fuzz_target!(|data: &[u8]| {
    match from_json_slice::<TheoryOfValue>(data) {
        Ok(tov) => {
            let report = tov.validate();
            let _ = report.render(Lang::Nl);
            let _ = render::mermaid(&tov, Lang::En);
            let _ = render::svg(&tov, Lang::Nl);
            let _ = theory_of_value::out::cids::tov(&tov, Lang::En);
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
