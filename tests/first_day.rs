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
    let out = run(
        &[
            "init",
            "Herstelhuis De Brug",
            "Deventer",
            "Olst-Wijhe",
            "--output",
            f,
        ],
        0,
    );
    assert!(out.contains("tov check"), "{out}");
    let schema = dir.join("theory-of-value.schema.json");
    assert!(schema.exists());
    let mut doc = read(&file);
    assert_eq!(doc["$schema"], "./theory-of-value.schema.json");
    assert_eq!(doc["scope"]["level"], "local");
    assert_eq!(
        doc["scope"]["municipalities"],
        json!(["Deventer", "Olst-Wijhe"])
    );
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
    tov()
        .args(["init", "X", "Raalte", "--output", f])
        .assert()
        .code(2);

    // It checks clean.
    let out = run(&["check", f], 0);
    assert!(
        out.contains("0 fouten, 0 waarschuwingen, 0 informatie"),
        "{out}"
    );

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
    assert!(
        out.contains("Individuele ondersteuning (`individual_support`)"),
        "{out}"
    );

    // A choice about something the national ToV does not have is an error.
    doc["choices"] =
        json!([{"element": "individual_suport", "reason": {"nl": "Dat doet het wijkteam."}}]);
    write(&file, &doc);
    let out = run(&["check", f], 1);
    assert!(out.contains("fout TOV308 /choices/0/element"), "{out}");
    assert!(out.contains("individual_support"), "{out}");

    // Record the choice, with its reason.
    let reason = "We verwijzen voor individuele ondersteuning naar het wijkteam.";
    doc["choices"] = json!([{"element": "individual_support", "reason": {"nl": reason}}]);
    write(&file, &doc);
    let out = run(&["check", f], 0);
    assert!(
        out.contains("0 fouten, 0 waarschuwingen, 0 informatie"),
        "{out}"
    );

    // The comparison, as Markdown: readable labels, the reason instead of a gap warning.
    let md = run(&["compare", f, "--format", "markdown"], 0);
    assert!(
        md.starts_with("# Vergelijking `tov-herstelhuis-de-brug` ↔ `nvzh-tov`"),
        "{md}"
    );
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
    assert!(
        md.contains("0 fouten, 0 waarschuwingen, 1 informatie"),
        "{md}"
    );
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
    assert!(
        nl.starts_with("TOV301 gap (waarschuwing): hiaat ten opzichte van de referentie"),
        "{nl}"
    );
    assert!(
        nl.contains("Oplossen: Verfijn het element (`refines`)"),
        "{nl}"
    );
    let en = run(&["--lang", "en", "explain", "gap"], 0);
    assert!(
        en.contains("Why: A local ToV shows how it carries the national one"),
        "{en}"
    );
    let out = tov()
        .args(["explain", "TOV3O1"])
        .assert()
        .code(2)
        .get_output()
        .clone();
    assert!(String::from_utf8(out.stderr).unwrap().contains("TOV301"));
}

/// What is wrong with a line of Dutch output: a snake_case identifier outside a code span or
/// path, a number with a decimal point, an unlabelled summary line, the formal "u".
fn dutch_problems(line: &str) -> Vec<String> {
    let mut problems = Vec::new();
    // Code spans (also Markdown-escaped ones) hold what to type in a document: leave them out.
    let unescaped = line.replace("\\`", "`").replace('\\', "");
    let mut prose = String::new();
    for (i, part) in unescaped.split('`').enumerate() {
        if i % 2 == 0 {
            prose.push_str(part);
            prose.push(' ');
        }
    }
    let words: Vec<&str> = prose.split_whitespace().collect();
    for (k, raw) in words.iter().enumerate() {
        // A JSON Pointer or a file path is a place, not prose.
        if raw.contains('/') || raw.contains("://") {
            continue;
        }
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric() && c != '_');
        if word.contains('_')
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && word
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
        {
            problems.push(format!("identifier {word:?}"));
        }
        if word == "u" || word == "uw" || word == "U" || word == "Uw" {
            problems.push(format!("formal address {word:?}"));
        }
        if word.len() >= 5 && word.chars().all(|c| c.is_ascii_digit()) {
            problems.push(format!("count without thousands separator {word:?}"));
        }
        let after_version = k > 0 && words[k - 1].eq_ignore_ascii_case("versie");
        let groups: Vec<&str> = word.split('.').collect();
        if !after_version
            && groups.len() > 1
            && groups
                .iter()
                .all(|g| !g.is_empty() && g.chars().all(|c| c.is_ascii_digit()))
            && groups[1..].iter().any(|g| g.len() != 3)
        {
            problems.push(format!("decimal point in {word:?}"));
        }
    }
    let t = line.trim().trim_start_matches("- ");
    let counts: Vec<&str> = t.split(", ").collect();
    if counts.len() == 3
        && counts[0]
            .split(' ')
            .next()
            .is_some_and(|n| n.parse::<u32>().is_ok())
        && counts[2].ends_with("informatie")
    {
        problems.push("summary line without what it is about".into());
    }
    problems
}

#[test]
fn the_checker_of_dutch_output_fails_on_what_it_looks_for() {
    assert!(
        dutch_problems("Collectieve belangenbehartiging (collective_advocacy)")[0]
            .contains("identifier")
    );
    assert!(dutch_problems("  Voor wie?: 4.00 (1 kenmerk)")[0].contains("decimal point"));
    assert!(dutch_problems("  0 fouten, 0 waarschuwingen, 1 informatie")[0].contains("summary"));
    assert!(dutch_problems("hoe weet u of hij bereikt is?")[0].contains("formal"));
    assert!(dutch_problems("13000 bezoeken")[0].contains("thousands"));
    for fine in [
        "Collectieve belangenbehartiging (`collective_advocacy`)",
        "fout TOV104 /outputs/0/outcomes/0: Er is geen element",
        "€ 12.650,19 en 13.000 bezoeken; versie 1.0",
        "  Controle van de telling: 0 fouten, 0 waarschuwingen, 1 informatie",
    ] {
        assert!(
            dutch_problems(fine).is_empty(),
            "{fine}: {:?}",
            dutch_problems(fine)
        );
    }
}

#[test]
fn every_command_speaks_dutch_on_the_example_and_national_documents() {
    let dir = folder("dutch");
    let example_tov = dir.join("voorbeeld-tov.json");
    std::fs::write(&example_tov, theory_of_value::example::LOCAL_TOV_JSON).unwrap();
    let national = dir.join("landelijk.json");
    std::fs::write(&national, theory_of_value::NATIONAL_JSON).unwrap();
    let (e, n) = (example_tov.to_str().unwrap(), national.to_str().unwrap());
    let runs: Vec<Vec<&str>> = vec![
        vec!["overview"],
        vec!["check"],
        vec!["check", e, n],
        vec!["compare"],
        vec!["compare", e, "--format", "markdown"],
        vec!["compare", n],
        vec!["estimate"],
        vec!["assess"],
        vec!["national"],
        vec!["render", e, "--format", "markdown"],
        vec!["render", n, "--format", "markdown"],
        vec!["explain", "TOV301"],
    ];
    let mut failures = Vec::new();
    for args in &runs {
        let out = tov().args(args).output().unwrap();
        assert!(
            out.status.code().is_some_and(|c| c <= 1),
            "tov {args:?} failed"
        );
        let text = String::from_utf8(out.stdout).unwrap();
        assert!(!text.trim().is_empty(), "tov {args:?} printed nothing");
        for (i, line) in text.lines().enumerate() {
            for p in dutch_problems(line) {
                failures.push(format!(
                    "tov {}, line {}: {p}\n    {line}",
                    args.join(" "),
                    i + 1
                ));
            }
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
