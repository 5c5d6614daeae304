//! The JSON Schemas: committed files match the code, pass their metaschemas, and agree with
//! serde on valid and broken documents.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::Value;
use std::path::{Path, PathBuf};
use theory_of_value::out::{schema, schema_path, Dialect, DocumentKind};
use theory_of_value::{strategy, Lang};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

#[test]
fn committed_schemas_match_the_code() {
    let mut drifted = Vec::new();
    for dialect in Dialect::ALL {
        for lang in Lang::ALL {
            for kind in DocumentKind::ALL {
                let rel = schema_path(kind, dialect, lang);
                let expected =
                    serde_json::to_string_pretty(&schema(kind, dialect, lang)).unwrap() + "\n";
                match std::fs::read_to_string(root().join("schemas").join(&rel)) {
                    Ok(committed) if committed == expected => {}
                    _ => drifted.push(rel),
                }
            }
        }
    }
    assert!(
        drifted.is_empty(),
        "schemas drifted from the code; run `cargo run --example schemas`:\n{}",
        drifted.join("\n")
    );
}

#[test]
fn json_schemas_pass_their_metaschema() {
    for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
        for lang in Lang::ALL {
            for kind in DocumentKind::ALL {
                let s = schema(kind, dialect, lang);
                if let Err(e) = jsonschema::meta::validate(&s) {
                    panic!("{kind} {dialect} {lang}: {e}");
                }
                jsonschema::validator_for(&s)
                    .unwrap_or_else(|e| panic!("{kind} {dialect} {lang}: {e}"));
            }
        }
    }
}

/// Every `$ref` in `v` points at a definition that exists under `prefix`.
fn refs_resolve(v: &Value, defs: &serde_json::Map<String, Value>, prefix: &str) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(r)) = map.get("$ref") {
                let name = r
                    .strip_prefix(prefix)
                    .unwrap_or_else(|| panic!("{r} does not start with {prefix}"));
                assert!(defs.contains_key(name), "{r} does not resolve");
            }
            map.values().for_each(|c| refs_resolve(c, defs, prefix));
        }
        Value::Array(items) => items.iter().for_each(|c| refs_resolve(c, defs, prefix)),
        _ => {}
    }
}

/// OpenAPI 3.0 knows no `const`, no `$defs`, no type arrays and no `null` type.
fn openapi30_subset(v: &Value, at: &str) {
    match v {
        Value::Object(map) => {
            for bad in [
                "const",
                "$defs",
                "definitions",
                "prefixItems",
                "unevaluatedProperties",
                "$schema",
            ] {
                assert!(!map.contains_key(bad), "`{bad}` at {at}");
            }
            if let Some(t) = map.get("type") {
                assert!(t.is_string() && t != "null", "type {t} at {at}");
            }
            for (k, c) in map {
                if k == "properties" {
                    // Property names are names, not keywords: check each property's schema.
                    for (name, schema) in c.as_object().into_iter().flatten() {
                        openapi30_subset(schema, &format!("{at}/properties/{name}"));
                    }
                } else {
                    openapi30_subset(c, &format!("{at}/{k}"));
                }
            }
        }
        Value::Array(items) => items
            .iter()
            .enumerate()
            .for_each(|(i, c)| openapi30_subset(c, &format!("{at}/{i}"))),
        _ => {}
    }
}

#[test]
fn openapi_components_are_openapi_30() {
    for lang in Lang::ALL {
        for kind in DocumentKind::ALL {
            let s = schema(kind, Dialect::OpenApi3, lang);
            assert_eq!(s["openapi"], "3.0.3");
            let defs = s["components"]["schemas"].as_object().unwrap();
            assert!(
                defs.values().all(|d| d.get("title").is_some()),
                "{kind}: untitled component"
            );
            refs_resolve(&s, defs, "#/components/schemas/");
            openapi30_subset(&s["components"], "#/components");
        }
    }
}

#[test]
fn every_definition_and_property_has_a_title_in_both_languages() {
    for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
        let key = if dialect == Dialect::Draft07 {
            "definitions"
        } else {
            "$defs"
        };
        for kind in DocumentKind::ALL {
            let nl = schema(kind, dialect, Lang::Nl);
            let en = schema(kind, dialect, Lang::En);
            let mut defs: Vec<(String, &Value, &Value)> = nl[key]
                .as_object()
                .unwrap()
                .iter()
                .map(|(k, v)| (k.clone(), v, &en[key][k]))
                .collect();
            defs.push(("(root)".into(), &nl, &en));
            for (name, d_nl, d_en) in defs {
                assert!(
                    d_nl["title"].is_string() && d_en["title"].is_string(),
                    "{kind}: {name} has no title"
                );
                if let Some(props) = d_nl["properties"].as_object() {
                    for (p, s) in props {
                        let t_nl = s["title"]
                            .as_str()
                            .unwrap_or_else(|| panic!("{kind}: {name}.{p} has no title"));
                        let t_en = d_en["properties"][p]["title"].as_str().unwrap();
                        assert!(!t_nl.is_empty() && !t_en.is_empty(), "{name}.{p}");
                    }
                }
            }
        }
    }
}

fn kind_of(file: &Path) -> DocumentKind {
    let name = file.file_name().unwrap().to_str().unwrap();
    name.split("--").next().unwrap().parse().unwrap()
}

fn parses(kind: DocumentKind, text: &str) -> Result<(), theory_of_value::ParseError> {
    use theory_of_value::{assess::*, compare::*, model::*, value::*, *};
    match kind {
        DocumentKind::TheoryOfValue => from_json_str::<TheoryOfValue>(text).map(drop),
        DocumentKind::PersonaSet => from_json_str::<PersonaSet>(text).map(drop),
        DocumentKind::Census => from_json_str::<Census>(text).map(drop),
        DocumentKind::Assessment => from_json_str::<Assessment>(text).map(drop),
        DocumentKind::MeasurementPlan => from_json_str::<MeasurementPlan>(text).map(drop),
        DocumentKind::Report => from_json_str::<Report>(text).map(drop),
        DocumentKind::Estimate => from_json_str::<Estimate>(text).map(drop),
        DocumentKind::Comparison => from_json_str::<Comparison>(text).map(drop),
        DocumentKind::InstrumentDefinition => {
            from_json_str::<theory_of_value::monitor::InstrumentDefinition>(text).map(drop)
        }
        DocumentKind::Measurements => {
            from_json_str::<theory_of_value::monitor::Measurements>(text).map(drop)
        }
        DocumentKind::Stories => from_json_str::<theory_of_value::monitor::Stories>(text).map(drop),
        DocumentKind::AreaFigures => {
            from_json_str::<theory_of_value::monitor::AreaFigures>(text).map(drop)
        }
        DocumentKind::MonitorReport => {
            from_json_str::<theory_of_value::monitor::MonitorReport>(text).map(drop)
        }
        _ => unreachable!("every kind is listed"),
    }
}

fn files(dir: &str) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(root().join(dir))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    v.sort();
    v
}

/// The same fixtures the Ajv test reads (`web/test/ajv.test.mjs`).
#[test]
fn serde_and_the_schemas_agree_on_the_schema_fixtures() {
    let mut disagreements = Vec::new();
    for (dir, valid) in [
        ("tests/fixtures/schema/valid", true),
        ("tests/fixtures/schema/invalid", false),
    ] {
        for file in files(dir) {
            let kind = kind_of(&file);
            let text = std::fs::read_to_string(&file).unwrap();
            let value: Value = serde_json::from_str(&text).unwrap();
            if parses(kind, &text).is_ok() != valid {
                disagreements.push(format!("serde: {}", file.display()));
            }
            for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
                for lang in Lang::ALL {
                    let v = jsonschema::validator_for(&schema(kind, dialect, lang)).unwrap();
                    if v.is_valid(&value) != valid {
                        disagreements.push(format!("{dialect} {lang}: {}", file.display()));
                    }
                }
            }
        }
    }
    assert!(disagreements.is_empty(), "{}", disagreements.join("\n"));
}

#[test]
fn every_valid_fixture_passes_its_schema() {
    let v = jsonschema::validator_for(&schema(
        DocumentKind::TheoryOfValue,
        Dialect::Draft2020_12,
        Lang::Nl,
    ))
    .unwrap();
    for file in files("tests/fixtures/valid") {
        let value: Value = serde_json::from_str(
            std::fs::read_to_string(&file)
                .unwrap()
                .trim_start_matches('\u{feff}'),
        )
        .unwrap();
        let errors: Vec<String> = v
            .iter_errors(&value)
            .map(|e| format!("{} at {}", e, e.instance_path()))
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", file.display());
    }
}

#[test]
fn documents_the_crate_writes_pass_their_schemas() {
    use theory_of_value::{compare::*, model::*, *};
    let check = |kind: DocumentKind, value: Value| {
        for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
            let v = jsonschema::validator_for(&schema(kind, dialect, Lang::En)).unwrap();
            let errors: Vec<String> = v
                .iter_errors(&value)
                .map(|e| format!("{} at {}", e, e.instance_path()))
                .collect();
            assert!(errors.is_empty(), "{kind} {dialect}: {errors:?}");
        }
    };
    let to = |x: &dyn erased::Serialize| erased::value(x);
    check(DocumentKind::Estimate, to(example::estimate()));
    check(
        DocumentKind::Comparison,
        to(&compare(example::local_tov(), national())),
    );
    let mut broken = example::local_tov().clone();
    broken.outputs[0].outcomes.push("nope".parse().unwrap());
    check(DocumentKind::Report, to(&broken.validate()));
    check(DocumentKind::Report, to(&broken.validate()));
    check(DocumentKind::Measurements, to(example::measurements()));
    check(DocumentKind::Stories, to(example::stories()));
    check(DocumentKind::AreaFigures, to(example::area_figures()));
    check(DocumentKind::MonitorReport, to(example::monitor_report()));
    for d in theory_of_value::monitor::instruments() {
        check(DocumentKind::InstrumentDefinition, to(d));
    }
    let one = example::monitor_report().clone();
    let both =
        theory_of_value::monitor::aggregate("nvzh-tov".parse().unwrap(), &[one.clone(), one])
            .unwrap();
    check(DocumentKind::MonitorReport, to(&both));
}

mod erased {
    /// Object-safe serialisation to a JSON value, for the checks above.
    pub trait Serialize {
        fn value(&self) -> serde_json::Value;
    }
    impl<T: serde::Serialize> Serialize for T {
        fn value(&self) -> serde_json::Value {
            serde_json::to_value(self).unwrap()
        }
    }
    pub fn value(x: &dyn Serialize) -> serde_json::Value {
        x.value()
    }
}

fn validator(kind: DocumentKind, dialect: Dialect) -> jsonschema::Validator {
    jsonschema::validator_for(&schema(kind, dialect, Lang::Nl)).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn generated_tovs_pass_the_schemas(tov in strategy::theory_of_value()) {
        let value = serde_json::to_value(&tov).unwrap();
        for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
            let v = validator(DocumentKind::TheoryOfValue, dialect);
            let errors: Vec<String> = v.iter_errors(&value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
            prop_assert!(errors.is_empty(), "{:?}", errors);
        }
    }

    #[test]
    fn generated_local_tovs_persona_sets_censuses_and_assessments_pass(
        local in strategy::local_tov_from(theory_of_value::national()),
        set in strategy::persona_set_for(theory_of_value::national()),
        assessment in strategy::assessment(),
    ) {
        let census = strategy::census_for(&set, 1000);
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let census = census.new_tree(&mut runner).unwrap().current();
        for (kind, value) in [
            (DocumentKind::TheoryOfValue, serde_json::to_value(&local).unwrap()),
            (DocumentKind::PersonaSet, serde_json::to_value(&set).unwrap()),
            (DocumentKind::Census, serde_json::to_value(&census).unwrap()),
            (DocumentKind::Assessment, serde_json::to_value(&assessment).unwrap()),
            (DocumentKind::Estimate, serde_json::to_value(theory_of_value::value::estimate(theory_of_value::national(), &set, &census).unwrap()).unwrap()),
        ] {
            for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
                let errors: Vec<String> = validator(kind, dialect).iter_errors(&value).map(|e| format!("{} at {}", e, e.instance_path())).collect();
                prop_assert!(errors.is_empty(), "{} {}: {:?}", kind, dialect, errors);
            }
        }
    }
}
