//! Any bytes as a ToV, or as a persona set estimated on the national ToV with the example
//! census: every rendering (Mermaid, SVG, HTML, Markdown, the estimate's Markdown and HTML)
//! and the CIDS export. Never a panic; the SVG is well-formed XML; the CIDS export is JSON
//! with unique `@id`s; and every rendering has exactly the structure (XML tags, Markdown lines
//! and table pipes, Mermaid lines and quotes) of the same document with every text replaced
//! by plain letters of the same length and white space, so no text became markup.
#![no_main]

use libfuzzer_sys::fuzz_target;
use serde_json::Value;
use theory_of_value::out::{cids, render};
use theory_of_value::value::{estimate, PersonaSet};
use theory_of_value::{example, from_json_slice, from_json_str, national, Lang, TheoryOfValue};

/// The document with every string that is not an ID, a date or a catalogue value (it holds a
/// character outside `a-z 0-9 - _ .`) replaced by `x`s of the same length and white space.
fn plain<T: serde::Serialize + serde::de::DeserializeOwned>(doc: &T) -> T {
    fn walk(v: &mut Value) {
        match v {
            Value::String(s) => {
                if s.chars()
                    .any(|c| !matches!(c, 'a'..='z' | '0'..='9' | '-' | '_' | '.'))
                {
                    *s = s
                        .chars()
                        .map(|c| if c.is_whitespace() { c } else { 'x' })
                        .collect();
                }
            }
            Value::Array(a) => a.iter_mut().for_each(walk),
            Value::Object(m) => m.values_mut().for_each(walk),
            _ => {}
        }
    }
    let mut v = serde_json::to_value(doc).expect("a document serializes");
    walk(&mut v);
    from_json_str(&v.to_string()).expect("plain letters read as the same kind of document")
}

/// XML and HTML: the tags in order, without attributes.
fn tags(s: &str) -> Vec<&str> {
    s.match_indices('<')
        .map(|(i, _)| {
            let rest = &s[i..];
            let end = rest
                .find([' ', '>', '/', '\n'])
                .unwrap_or(rest.len())
                .max(1);
            &rest[..end]
        })
        .collect()
}

/// Markdown: per line, its leading markup and its unescaped table pipes.
fn markdown(s: &str) -> Vec<(String, usize)> {
    s.lines()
        .map(|l| {
            let (mut pipes, mut escaped) = (0, false);
            for c in l.chars() {
                if c == '|' && !escaped {
                    pipes += 1;
                }
                escaped = c == '\\' && !escaped;
            }
            let lead = l
                .chars()
                .take_while(|c| matches!(c, '#' | '-' | '*' | ' ' | '|'))
                .collect();
            (lead, pipes)
        })
        .collect()
}

/// Mermaid: per line, what comes before the first label and the number of quotes.
fn mermaid(s: &str) -> Vec<(&str, usize)> {
    s.lines()
        .map(|l| (l.split('"').next().unwrap_or(""), l.matches('"').count()))
        .collect()
}

fn same_structure(name: &str, a: &str, b: &str) {
    match name {
        "svg" | "html" => assert_eq!(tags(a), tags(b), "{name}"),
        "markdown" => assert_eq!(markdown(a), markdown(b), "{name}"),
        _ => {
            assert_eq!(mermaid(a), mermaid(b), "{name}");
            assert!(!a.contains("%%"), "a Mermaid comment or directive");
        }
    }
}

fn export_is_sound(doc: &Value) {
    let text = serde_json::to_string(doc).expect("JSON-LD serializes");
    let back: Value = serde_json::from_str(&text).expect("JSON-LD is JSON");
    assert_eq!(&back, doc);
    let graph = doc["@graph"].as_array().expect("a graph");
    let mut ids: Vec<&str> = graph
        .iter()
        .map(|n| n["@id"].as_str().expect("an @id"))
        .collect();
    ids.sort_unstable();
    let n = ids.len();
    ids.dedup();
    assert_eq!(ids.len(), n, "unique @ids");
}

fn tov_renderings(tov: &TheoryOfValue, lang: Lang) -> [(&'static str, String); 4] {
    [
        ("mermaid", render::mermaid(tov, lang)),
        ("svg", render::svg(tov, lang)),
        ("html", render::html(tov, lang)),
        ("markdown", render::markdown(tov, lang)),
    ]
}

fuzz_target!(|data: &[u8]| {
    if let Ok(tov) = from_json_slice::<TheoryOfValue>(data) {
        let twin = plain(&tov);
        for lang in [Lang::Nl, Lang::En] {
            for ((name, a), (_, b)) in tov_renderings(&tov, lang)
                .iter()
                .zip(tov_renderings(&twin, lang))
            {
                same_structure(name, a, &b);
                if *name == "svg" {
                    roxmltree::Document::parse(a).expect("the SVG is well-formed XML");
                }
            }
            let doc = cids::tov(&tov, lang);
            if tov.validate().is_clean() {
                export_is_sound(&doc);
            }
        }
    }
    if let Ok(set) = from_json_slice::<PersonaSet>(data) {
        let census = example::census();
        if let Ok(e) = estimate(national(), &set, census) {
            let twin = plain(&set);
            for lang in [Lang::Nl, Lang::En] {
                let a = render::estimate_markdown(&e, national(), &set, lang);
                let b = render::estimate_markdown(&e, national(), &twin, lang);
                same_structure("markdown", &a, &b);
                let a = render::estimate_html(&e, national(), &set, lang);
                let b = render::estimate_html(&e, national(), &twin, lang);
                same_structure("html", &a, &b);
                export_is_sound(&cids::estimate(&e, national(), census, lang));
            }
        }
    }
});
