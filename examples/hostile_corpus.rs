//! Writes every rendering of the hostile corpus (`tests/hostile/corpus.json`) for the browser
//! checks in `web/test/hostile.test.mjs`: for each class of hostile text, the example
//! organisation's ToV (Mermaid, SVG, HTML, Markdown), the value estimate on the national ToV
//! (Markdown, HTML), who pays and who saves (the payer split, the funding and the wrong-pocket
//! view in Markdown and HTML, the wrong-pocket picture in SVG), the monitor report (Markdown,
//! HTML) and the report for the board and funders (HTML), once with the hostile text in every
//! text field and once with a plain twin of the same length and white space.
//!
//! ```sh
//! cargo run --example hostile_corpus -- target/hostile
//! ```

use serde_json::Value;
use std::path::Path;
use theory_of_value::assess::{Assessment, MeasurementPlan};
use theory_of_value::base::escape;
use theory_of_value::board::{self, Documents, OnErrors};
use theory_of_value::monitor::{
    instruments, monitor_report, AreaFigures, Measurements, MonitorInput, MonitorReport, Stories,
};
use theory_of_value::render;
use theory_of_value::value::{estimate, wrong_pocket, Census, Estimate, Funding, PersonaSet};
use theory_of_value::{example, from_json_str, to_json_pretty, Lang, TheoryOfValue, NATIONAL_JSON};

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

/// The plain twin of `text`: the same length and white space, letters only.
fn plain_of(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_whitespace() { c } else { 'x' })
        .collect()
}

/// `text` without the characters a text may not hold (`TOV124`).
fn clean_of(text: &str) -> String {
    text.chars()
        .filter(|c| !escape::is_control(*c) || matches!(c, '\n' | '\r'))
        .collect()
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
    let funding_fields = text_fields(example::FUNDING_JSON, &|s| {
        Funding::from_json_str(s).is_ok()
    });
    let plan_fields = text_fields(example::MEASUREMENT_PLAN_JSON, &|s| {
        MeasurementPlan::from_json_str(s).is_ok()
    });
    let assessment_parses = |s: &str| Assessment::from_json_str(s).is_ok();
    let a25_fields = text_fields(example::ASSESSMENT_2025_JSON, &assessment_parses);
    let a26_fields = text_fields(example::ASSESSMENT_2026_JSON, &assessment_parses);
    let story_fields = text_fields(example::STORIES_JSON, &|s| {
        Stories::from_json_str(s).is_ok()
    });
    let area_fields = text_fields(example::AREA_FIGURES_JSON, &|s| {
        AreaFigures::from_json_str(s).is_ok()
    });
    // The measurements are generated; their participants' codes and scores are left as they
    // are (a code is a pseudonym, never shown), the rest is planted.
    let measurements_json = to_json_pretty(example::measurements());
    let mut measurement_fields = {
        let mut doc: Value = serde_json::from_str(&measurements_json)?;
        let participants = doc["participants"].take();
        text_fields(&doc.to_string(), &|s| {
            let mut d: Value = serde_json::from_str(s).expect("JSON just written");
            d["participants"] = participants.clone();
            Measurements::from_json_str(&d.to_string()).is_ok()
        })
    };
    measurement_fields.retain(|p| !p.starts_with("/participants"));
    let all_instruments = instruments();
    let monitor_json = to_json_pretty(example::monitor_report());
    let monitor_fields = text_fields(&monitor_json, &|s| {
        from_json_str::<MonitorReport>(s).is_ok()
    });
    // The monitor report of the example's documents with `clean` in every text field of its
    // measurements, stories, area figures and ToV, beside `estimate` when given.
    let monitor_of = |clean: &str,
                      estimate: Option<&Estimate>|
     -> Result<MonitorReport, Box<dyn std::error::Error>> {
        let local: TheoryOfValue =
            from_json_str(&plant(example::LOCAL_TOV_JSON, &local_fields, clean))?;
        let measurements =
            Measurements::from_json_str(&plant(&measurements_json, &measurement_fields, clean))?;
        let stories = Stories::from_json_str(&plant(example::STORIES_JSON, &story_fields, clean))?;
        let areas =
            AreaFigures::from_json_str(&plant(example::AREA_FIGURES_JSON, &area_fields, clean))?;
        let mut input = MonitorInput::new(&local, &all_instruments, &measurements)
            .with_stories(&stories)
            .with_areas(&areas);
        if let Some(e) = estimate {
            input = input.with_estimate(e);
        }
        Ok(monitor_report(&input).map_err(|r| r.render(Lang::En))?)
    };
    let texts = corpus["texts"]
        .as_array()
        .ok_or("corpus.json has no texts")?;
    for entry in texts {
        let class = entry["class"].as_str().ok_or("a text without a class")?;
        let hostile = entry["text"].as_str().ok_or("a class without a text")?;
        let plain = plain_of(hostile);
        let out = dir.join(class);
        std::fs::create_dir_all(&out)?;
        // What is left of the hostile text where control characters are refused, and its own
        // plain twin: the documents computed from it get a twin of the same length.
        let kept_hostile = clean_of(hostile);
        let kept_plain = plain_of(&kept_hostile);
        let monitor_from_inputs = monitor_of(&kept_hostile, None).is_ok();
        for (variant, text) in [("hostile", hostile), ("plain", plain.as_str())] {
            let local: TheoryOfValue =
                from_json_str(&plant(example::LOCAL_TOV_JSON, &local_fields, text))?;
            let national: TheoryOfValue =
                from_json_str(&plant(NATIONAL_JSON, &national_fields, text))?;
            let set = PersonaSet::from_json_str(&plant(example::PERSONAS_JSON, &set_fields, text))?;
            // The estimate refuses documents with errors, and control characters in a text are
            // one (TOV124): its figures come from the same documents with the characters a
            // text may not hold left out; the renderings get the planted texts themselves.
            let clean = clean_of(text);
            let kept = if variant == "hostile" {
                &kept_hostile
            } else {
                &kept_plain
            };
            let e = estimate(
                &from_json_str(&plant(NATIONAL_JSON, &national_fields, &clean))?,
                &PersonaSet::from_json_str(&plant(example::PERSONAS_JSON, &set_fields, &clean))?,
                &Census::from_json_str(&plant(example::CENSUS_JSON, &census_fields, &clean))?,
            )
            .map_err(|r| r.render(Lang::En))?;
            let lang = Lang::Nl;
            // Who pays: the planted funding beside the estimate.
            let funding =
                Funding::from_json_str(&plant(example::FUNDING_JSON, &funding_fields, text))?;
            let pocket = wrong_pocket(&funding, &e).map_err(|r| r.render(Lang::En))?;
            let clean_local: TheoryOfValue =
                from_json_str(&plant(example::LOCAL_TOV_JSON, &local_fields, kept))?;
            let clean_set =
                PersonaSet::from_json_str(&plant(example::PERSONAS_JSON, &set_fields, kept))?;
            let clean_census =
                Census::from_json_str(&plant(example::CENSUS_JSON, &census_fields, kept))?;
            // The monitor report refuses documents with errors as the estimate does, and text
            // that looks like an e-mail address or a phone number in stories (they are
            // pseudonymous): where the hostile text passes, the report is computed from the
            // planted measurements, stories, area figures and ToV without control characters;
            // where it does not, the text is planted in the text fields of the example's
            // report itself, control characters and all, for both twins alike.
            let (monitor, board_monitor) = if monitor_from_inputs {
                let m = monitor_of(kept, Some(&e))?;
                (m.clone(), m)
            } else {
                (
                    from_json_str(&plant(&monitor_json, &monitor_fields, text))?,
                    from_json_str(&plant(&monitor_json, &monitor_fields, kept))?,
                )
            };
            // The board report, on the same documents without control characters (with them,
            // its first page would list the errors the plain twin does not have).
            let clean_funding =
                Funding::from_json_str(&plant(example::FUNDING_JSON, &funding_fields, kept))?;
            let plan = MeasurementPlan::from_json_str(&plant(
                example::MEASUREMENT_PLAN_JSON,
                &plan_fields,
                kept,
            ))?;
            let a25 = Assessment::from_json_str(&plant(
                example::ASSESSMENT_2025_JSON,
                &a25_fields,
                kept,
            ))?;
            let a26 = Assessment::from_json_str(&plant(
                example::ASSESSMENT_2026_JSON,
                &a26_fields,
                kept,
            ))?;
            let docs = Documents::new(&clean_local)
                .with_personas(&clean_set)
                .with_census(&clean_census)
                .with_measurement_plan(&plan)
                .with_assessment(&a26)
                .with_earlier_assessment(&a25)
                .with_funding(&clean_funding)
                .with_monitor(&board_monitor);
            let board = board::html(&docs, lang, OnErrors::Show)
                .map_err(|_| "the board report refused its documents")?;
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
                ("payer-split.md", render::payer_split_markdown(&e, lang)),
                ("payer-split.html", render::payer_split_html(&e, lang)),
                (
                    "break-even.md",
                    render::break_even_markdown(&e, &clean_census, lang),
                ),
                ("funding.md", render::funding_markdown(&funding, lang)?),
                ("funding.html", render::funding_html(&funding, lang)?),
                (
                    "wrong-pocket.md",
                    render::wrong_pocket_markdown(&pocket, lang),
                ),
                ("wrong-pocket.svg", render::wrong_pocket_svg(&pocket, lang)),
                (
                    "wrong-pocket.html",
                    render::wrong_pocket_html(&pocket, lang),
                ),
                ("monitor.md", render::monitor_markdown(&monitor, lang)),
                ("monitor.html", render::monitor_html(&monitor, lang)),
                ("report.html", board),
            ] {
                std::fs::write(out.join(format!("{variant}.{name}")), content)?;
            }
        }
    }
    println!("wrote {} classes under {}", texts.len(), dir.display());
    Ok(())
}
