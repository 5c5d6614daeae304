//! A local organisation's first day with `tov`, run as a new organisation would: start with
//! `tov init`, edit, check (a typo in a refinement is caught), fix, record a deliberate choice,
//! check clean, and compare as Markdown.

use assert_cmd::Command;
use serde_json::{json, Value};
use std::path::{Path, PathBuf};

fn tov() -> Command {
    Command::cargo_bin("tov").expect("the tov binary is built with the cli feature")
}

/// Runs `tov` with `args`, asserts the exit status and returns stdout.
fn run(args: &[&str], code: i32) -> String {
    let out = tov().args(args).assert().code(code).get_output().clone();
    String::from_utf8(out.stdout).unwrap()
}

/// A fresh, empty folder for one test.
fn folder(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("tov-first-day-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn read(path: &Path) -> Value {
    serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap()
}

fn write(path: &Path, doc: &Value) {
    std::fs::write(path, serde_json::to_string_pretty(doc).unwrap()).unwrap();
}

#[test]
fn init_edit_check_fix_choose_check_compare() {
    let dir = folder("walkthrough");
    let file = dir.join("tov.json");
    let f = file.to_str().unwrap();

    // Start.
    let out = run(&["init", "Herstelhuis De Brug", "Deventer", "Olst-Wijhe", "--output", f], 0);
    assert!(out.contains("tov check"), "{out}");
    let schema = dir.join("theory-of-value.schema.json");
    assert!(schema.exists());
    let mut doc = read(&file);
    assert_eq!(doc["$schema"], "./theory-of-value.schema.json");
    assert_eq!(doc["scope"]["level"], "local");
    assert_eq!(doc["scope"]["municipalities"], json!(["Deventer", "Olst-Wijhe"]));
    assert_eq!(doc["refines"], "nvzh-tov");
    let national: Value = serde_json::from_str(theory_of_value::NATIONAL_JSON).unwrap();
    assert_eq!(
        doc["outputs"].as_array().unwrap().len(),
        national["outputs"].as_array().unwrap().len()
    );
    for o in doc["outputs"].as_array().unwrap() {
        assert_eq!(o["refines"], json!([o["id"]]));
    }
    // The schema written beside it accepts it.
    let validator = jsonschema::validator_for(&read(&schema)).unwrap();
    assert!(validator.is_valid(&doc));
    // A second init does not overwrite the work.
    tov().args(["init", "X", "Raalte", "--output", f]).assert().code(2);

    // It checks clean.
    let out = run(&["check", f], 0);
    assert!(out.contains("0 fouten, 0 waarschuwingen, 0 informatie"), "{out}");

    // Edit: own words, a typo in a refinement, and no individual support.
    doc["outputs"][0]["statement"]["nl"] = "Deelnemers gaan zelf om met wat hen overkomt".into();
    doc["outputs"][0]["refines"] = json!(["op-ind-capacitys"]);
    let acts = doc["activities"].as_array_mut().unwrap();
    let gone: Vec<Value> = acts
        .iter()
        .filter(|a| a["kind"] == "individual_support")
        .map(|a| a["id"].clone())
        .collect();
    assert!(!gone.is_empty());
    acts.retain(|a| a["kind"] != "individual_support");
    for input in doc["inputs"].as_array_mut().unwrap() {
        input["activities"]
            .as_array_mut()
            .unwrap()
            .retain(|a| !gone.contains(a));
    }
    write(&file, &doc);

    // The typo is caught, with the place, the code and the nearest ID.
    let out = run(&["check", f], 1);
    assert!(out.contains("fout TOV302 /outputs/0/refines/0"), "{out}");
    assert!(out.contains("op-ind-capacities"), "{out}");
    let out = run(&["--lang", "en", "check", f, "--format", "json"], 1);
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["findings"][0]["code"], "TOV302");

    // Fix it; the comparison shows the gap left by individual support.
    doc["outputs"][0]["refines"] = json!(["op-ind-capacities"]);
    write(&file, &doc);
    let out = run(&["check", f], 0);
    assert!(out.contains("0 fouten, 0 waarschuwingen"), "{out}");
    let out = run(&["compare", f], 0);
    assert!(out.contains("TOV301"), "{out}");
    assert!(out.contains("Individuele ondersteuning (individual_support)"), "{out}");

    // A choice about something the national ToV does not have is an error.
    doc["choices"] = json!([{"element": "individual_suport", "reason": {"nl": "Dat doet het wijkteam."}}]);
    write(&file, &doc);
    let out = run(&["check", f], 1);
    assert!(out.contains("fout TOV308 /choices/0/element"), "{out}");
    assert!(out.contains("individual_support"), "{out}");

    // Record the choice, with its reason.
    let reason = "We verwijzen voor individuele ondersteuning naar het wijkteam.";
    doc["choices"] = json!([{"element": "individual_support", "reason": {"nl": reason}}]);
    write(&file, &doc);
    let out = run(&["check", f], 0);
    assert!(out.contains("0 fouten, 0 waarschuwingen, 0 informatie"), "{out}");

    // The comparison, as Markdown: readable labels, the reason instead of a gap warning.
    let md = run(&["compare", f, "--format", "markdown"], 0);
    assert!(md.starts_with("# Vergelijking `tov-herstelhuis-de-brug` ↔ `nvzh-tov`"), "{md}");
    assert!(md.contains("| Activiteiten | alle | 8 | 9 |"), "{md}");
    assert!(
        md.contains(&format!(
            "- **Individuele ondersteuning** (Activiteiten, `individual_support`) — bewuste keuze: {}",
            theory_of_value::base::escape::markdown(reason)
        )),
        "{md}"
    );
    assert!(md.contains("informatie TOV307"), "{md}");
    assert!(!md.contains("TOV301"), "{md}");
    assert!(md.contains("0 fouten, 0 waarschuwingen, 1 informatie"), "{md}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn an_unreadable_file_is_reported_and_the_others_still_checked() {
    let dir = folder("unreadable");
    let missing = dir.join("bestaat-niet.json");
    let good = dir.join("goed.json");
    std::fs::write(&good, theory_of_value::example::LOCAL_TOV_JSON).unwrap();
    let (m, g, d) = (
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
        dir.to_str().unwrap(),
    );
    let out = run(&["check", m, d, g], 2);
    assert!(out.contains("TOV010 bestand bestaat niet"), "{out}");
    assert!(out.contains("TOV011 bestand niet leesbaar"), "{out}");
    assert!(out.contains(&format!("{g} (Theory of Value)")), "{out}");
    let out = run(&["--lang", "en", "check", m, g, "--format", "json"], 2);
    let json: Value = serde_json::from_str(&out).unwrap();
    assert_eq!(json[0]["parse_error"]["code"], "TOV010");
    assert_eq!(json[1]["kind"], "theory-of-value");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn check_uses_the_reference_given() {
    let dir = folder("reference");
    let reference = dir.join("referentie.json");
    let local = dir.join("lokaal.json");
    let mut r: Value = serde_json::from_str(theory_of_value::NATIONAL_JSON).unwrap();
    r["id"] = "regio-tov".into();
    write(&reference, &r);
    let mut l: Value = serde_json::from_str(theory_of_value::example::LOCAL_TOV_JSON).unwrap();
    l["refines"] = "regio-tov".into();
    write(&local, &l);
    let (r, l) = (reference.to_str().unwrap(), local.to_str().unwrap());
    // Without the reference, the refinements cannot be checked, and that is said.
    let out = run(&["check", l], 0);
    assert!(out.contains("waarschuwing TOV310 /refines"), "{out}");
    let out = run(&["check", l, "--reference", r], 0);
    assert!(!out.contains("TOV310"), "{out}");
    assert!(out.contains("0 fouten, 0 waarschuwingen"), "{out}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn explain_prints_a_rules_entry() {
    let nl = run(&["explain", "TOV301"], 0);
    assert!(nl.starts_with("TOV301 gap (waarschuwing): hiaat ten opzichte van de referentie"), "{nl}");
    assert!(nl.contains("Oplossen: Refine the element"), "{nl}");
    let en = run(&["--lang", "en", "explain", "gap"], 0);
    assert!(en.contains("Why: A local ToV shows how it carries the national one"), "{en}");
    let out = tov().args(["explain", "TOV3O1"]).assert().code(2).get_output().clone();
    assert!(String::from_utf8(out.stderr).unwrap().contains("TOV301"));
}
