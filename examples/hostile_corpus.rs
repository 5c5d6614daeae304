//! Writes every rendering of the hostile corpus (`tests/hostile/corpus.json`) for the browser
//! checks in `web/test/hostile.test.mjs`: for each class of hostile text, the example
//! organisation's ToV (Mermaid, SVG, HTML, Markdown) and the value estimate on the national ToV
//! (Markdown, HTML), once with the hostile text in every text field and once with a plain twin
//! of the same length and white space.
//!
//! ```sh
//! cargo run --example hostile_corpus -- target/hostile
//! ```

use serde_json::Value;
use std::path::Path;
use theory_of_value::base::escape;
use theory_of_value::out::render;
use theory_of_value::value::{estimate, Census, PersonaSet};
use theory_of_value::{example, from_json_str, Lang, TheoryOfValue, NATIONAL_JSON};

/// The JSON Pointers of the strings of `json` that a text can replace: where the document
/// still parses with a probe holding markup (IDs, dates and catalogue values refuse it).
fn text_fields(json: &str, parses: &dyn Fn(&str) -> bool) -> Vec<String> {
    let mut doc: Value = serde_json::from_str(json).expect("the example documents are JSON");
    let mut pointers = Vec::new();
    fn strings(v: &Value, at: String, out: &mut Vec<String>) {
        match v {
            Value::String(_) => out.push(at),
            Value::Array(a) => a
                .iter()
                .enumerate()
                .for_each(|(i, x)| strings(x, format!("{at}/{i}"), out)),
            Value::Object(m) => m.iter().for_each(|(k, x)| {
                strings(
                    x,
                    format!("{at}/{}", k.replace('~', "~0").replace('/', "~1")),
                    out,
                )
            }),
            _ => {}
        }
    }
    strings(&doc, String::new(), &mut pointers);
    pointers.retain(|p| {
        let slot = doc.pointer_mut(p).expect("a pointer just found");
        let old = std::mem::replace(slot, Value::String("<b>\"x\"\n# y".into()));
        let ok = parses(&doc.to_string());
        *doc.pointer_mut(p).expect("a pointer just found") = old;
        ok
    });
    pointers
}

fn plant(json: &str, fields: &[String], text: &str) -> String {
    let mut doc: Value = serde_json::from_str(json).expect("the example documents are JSON");
    for p in fields {
        *doc.pointer_mut(p).expect("a pointer found before") = Value::String(text.to_owned());
    }
    doc.to_string()
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let dir = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "target/hostile".into());
    let dir = Path::new(&dir);
    let corpus: Value = serde_json::from_str(&std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/hostile/corpus.json"),
    )?)?;
    let tov_parses = |s: &str| from_json_str::<TheoryOfValue>(s).is_ok();
    let national_fields = text_fields(NATIONAL_JSON, &tov_parses);
    let local_fields = text_fields(example::LOCAL_TOV_JSON, &tov_parses);
    let set_fields = text_fields(example::PERSONAS_JSON, &|s| {
        PersonaSet::from_json_str(s).is_ok()
    });
    let census_fields = text_fields(example::CENSUS_JSON, &|s| Census::from_json_str(s).is_ok());
    let texts = corpus["texts"]
        .as_array()
        .ok_or("corpus.json has no texts")?;
    for entry in texts {
        let class = entry["class"].as_str().ok_or("a text without a class")?;
        let hostile = entry["text"].as_str().ok_or("a class without a text")?;
        let plain: String = hostile
            .chars()
            .map(|c| if c.is_whitespace() { c } else { 'x' })
            .collect();
        let out = dir.join(class);
        std::fs::create_dir_all(&out)?;
        for (variant, text) in [("hostile", hostile), ("plain", plain.as_str())] {
            let local: TheoryOfValue =
                from_json_str(&plant(example::LOCAL_TOV_JSON, &local_fields, text))?;
            let national: TheoryOfValue =
                from_json_str(&plant(NATIONAL_JSON, &national_fields, text))?;
            let set = PersonaSet::from_json_str(&plant(example::PERSONAS_JSON, &set_fields, text))?;
            // The estimate refuses documents with errors, and control characters in a text are
            // one (TOV124): its figures come from the same documents with the characters a
            // text may not hold left out; the renderings get the planted texts themselves.
            let clean: String = text
                .chars()
                .filter(|c| !escape::is_control(*c) || matches!(c, '\n' | '\r'))
                .collect();
            let e = estimate(
                &from_json_str(&plant(NATIONAL_JSON, &national_fields, &clean))?,
                &PersonaSet::from_json_str(&plant(example::PERSONAS_JSON, &set_fields, &clean))?,
                &Census::from_json_str(&plant(example::CENSUS_JSON, &census_fields, &clean))?,
            )
            .map_err(|r| r.render(Lang::En))?;
            let lang = Lang::Nl;
            for (name, content) in [
                ("tov.mmd", render::mermaid(&local, lang)),
                ("tov.svg", render::svg(&local, lang)),
                ("tov.html", render::html(&local, lang)),
                ("tov.md", render::markdown(&local, lang)),
                (
                    "estimate.md",
                    render::estimate_markdown(&e, &national, &set, lang),
                ),
                (
                    "estimate.html",
                    render::estimate_html(&e, &national, &set, lang),
                ),
            ] {
                std::fs::write(out.join(format!("{variant}.{name}")), content)?;
            }
        }
    }
    println!("wrote {} classes under {}", texts.len(), dir.display());
    Ok(())
}
