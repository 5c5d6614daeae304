//! The JSON Schemas: committed files match the code, pass their metaschemas, and agree with
//! serde on valid and broken documents.

use proptest::prelude::*;
use proptest::strategy::ValueTree;
use serde_json::Value;
use std::path::{Path, PathBuf};
use theory_of_value::schema::{
    schema, schema_path, ui_schema, ui_schema_path, Dialect, DocumentKind, UiLibrary,
};
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
    for library in UiLibrary::ALL {
        for lang in Lang::ALL {
            for kind in DocumentKind::ALL {
                let rel = ui_schema_path(kind, library, lang);
                let expected =
                    serde_json::to_string_pretty(&ui_schema(kind, library, lang)).unwrap() + "\n";
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
                "if",
                "then",
                "contains",
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
                    // A property is titled itself, or by the definition it refers to.
                    let title = |s: &Value, root: &Value| -> Option<String> {
                        match s["$ref"].as_str() {
                            Some(r) if s.get("title").is_none() => {
                                let name = r.rsplit('/').next().unwrap();
                                root[key][name]["title"].as_str().map(str::to_owned)
                            }
                            _ => s["title"].as_str().map(str::to_owned),
                        }
                    };
                    for (p, s) in props {
                        let t_nl = title(s, &nl)
                            .unwrap_or_else(|| panic!("{kind}: {name}.{p} has no title"));
                        let t_en = title(&d_en["properties"][p], &en).unwrap();
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
        DocumentKind::Funding => from_json_str::<Funding>(text).map(drop),
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

/// Calls `f` with every schema object in `v` and its location.
fn each_schema(v: &Value, at: &str, f: &mut dyn FnMut(&serde_json::Map<String, Value>, &str)) {
    match v {
        Value::Object(map) => {
            f(map, at);
            for (k, c) in map {
                each_schema(c, &format!("{at}/{k}"), f);
            }
        }
        Value::Array(items) => {
            for (i, c) in items.iter().enumerate() {
                each_schema(c, &format!("{at}/{i}"), f);
            }
        }
        _ => {}
    }
}

#[test]
fn schemas_are_shaped_for_form_builders() {
    let small = [
        "Id",
        "DocumentDate",
        "Text",
        "SourceRef",
        "Share",
        "Money",
        "ActivityKind",
        "Level",
    ];
    for dialect in Dialect::ALL {
        for lang in Lang::ALL {
            for kind in DocumentKind::ALL {
                let s = schema(kind, dialect, lang);
                let mut problems = Vec::new();
                each_schema(&s, "", &mut |map, at| {
                    if map
                        .get("allOf")
                        .is_some_and(|a| a.to_string().contains("\"$ref\""))
                    {
                        problems.push(format!("allOf wrapper at {at}"));
                    }
                    if map.get("default").is_some_and(|d| !d.is_object()) {
                        problems.push(format!("default at {at}"));
                    }
                    if map.contains_key("multipleOf") {
                        problems.push(format!("multipleOf at {at}"));
                    }
                    if let Some(r) = map.get("$ref").and_then(Value::as_str) {
                        if dialect != Dialect::Draft2020_12 && map.len() > 1 {
                            problems.push(format!("siblings of $ref at {at}"));
                        }
                        if small.iter().any(|n| r.ends_with(&format!("/{n}"))) {
                            problems.push(format!("{r} not written out at {at}"));
                        }
                    }
                });
                assert!(
                    problems.is_empty(),
                    "{kind} {dialect} {lang}:\n{}",
                    problems.join("\n")
                );
            }
        }
    }
    // The property's own title is next to `type`: a ToV's `refines` is not an "Identifier".
    let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft07, Lang::Nl);
    assert_eq!(s["properties"]["refines"]["title"], "Verfijnt");
    assert_eq!(s["properties"]["refines"]["type"], "string");
    assert_eq!(s["properties"]["title"]["title"], "Titel");
    assert_eq!(
        s["properties"]["title"]["properties"]["nl"]["type"],
        "string"
    );
}

#[test]
fn vocabulary_values_carry_the_catalogues_explanation() {
    let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft2020_12, Lang::Nl);
    let kinds = &s["$defs"]["Activity"]["properties"]["kind"]["oneOf"];
    let pond = kinds
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["const"] == "growth_pond")
        .unwrap();
    assert_eq!(pond["title"], "Groeivijver");
    assert!(pond["description"]
        .as_str()
        .unwrap()
        .contains("omhoog te kunnen struikelen"));
    let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft2020_12, Lang::En);
    let kinds = &s["$defs"]["Activity"]["properties"]["kind"]["oneOf"];
    assert!(kinds[3]["description"]
        .as_str()
        .unwrap()
        .contains("stumble upward"));
}

/// The date pattern accepts exactly the dates the crate reads: every day of four years
/// around a leap day, century years, year 0001 and 9999, and refuses impossible ones.
#[test]
fn the_date_pattern_is_the_crates_date() {
    use theory_of_value::model::DocumentDate;
    let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft2020_12, Lang::En);
    let v = jsonschema::validator_for(&s["properties"]["date"]).unwrap();
    let mut candidates: Vec<String> = Vec::new();
    for year in [
        "0000", "0001", "0004", "0100", "0400", "1900", "2000", "2023", "2024", "2025", "2100",
        "9999",
    ] {
        candidates.push(year.to_owned());
        for month in 0..=13 {
            candidates.push(format!("{year}-{month:02}"));
            for day in 0..=32 {
                candidates.push(format!("{year}-{month:02}-{day:02}"));
            }
        }
    }
    candidates.extend(
        [
            "2025-1",
            "2025-01-1",
            "25",
            "2025-",
            "x2025",
            "2025-06-13T00",
        ]
        .map(String::from),
    );
    for c in candidates {
        let crate_reads = c.parse::<DocumentDate>().is_ok();
        assert_eq!(v.is_valid(&Value::from(c.as_str())), crate_reads, "{c}");
    }
}

/// Every rule a schema can state is stated: documents that break one of them are refused by
/// the schemas in every language, while the crate reads them and reports the finding.
#[test]
fn rules_a_schema_can_state_are_stated() {
    use theory_of_value::Code;
    let national: Value = serde_json::from_str(theory_of_value::NATIONAL_JSON).unwrap();
    // The example's first activity is a building block, with the catalogue's name.
    let local: Value = serde_json::from_str(theory_of_value::example::LOCAL_TOV_JSON).unwrap();
    let cases: Vec<(&str, Value, Code)> = vec![
        (
            "blank Dutch title",
            with(&national, "/title/nl", " \t".into()),
            Code::EmptyText,
        ),
        (
            "blank English",
            with(&national, "/title/en", "".into()),
            Code::EmptyText,
        ),
        (
            "blank version",
            with(&national, "/version", " ".into()),
            Code::EmptyText,
        ),
        ("no impact", without(&national, "/impact"), Code::EmptyLayer),
        (
            "outputs left out",
            without(&national, "/outputs"),
            Code::EmptyLayer,
        ),
        (
            "contributions left out",
            without(&national, "/outputs/0/contributions"),
            Code::NoContributionKind,
        ),
        (
            "no outcomes",
            with(&national, "/outcomes", Value::Array(vec![])),
            Code::EmptyLayer,
        ),
        (
            "no inputs",
            with(&national, "/inputs", Value::Array(vec![])),
            Code::EmptyLayer,
        ),
        (
            "no contribution kinds",
            with(&national, "/outputs/0/contributions", Value::Array(vec![])),
            Code::NoContributionKind,
        ),
        (
            "local without organisation",
            without(&local, "/scope/organisation"),
            Code::IncompleteScope,
        ),
        (
            "local without area",
            without(&local, "/scope/municipalities"),
            Code::IncompleteScope,
        ),
        (
            "own activity without label",
            with(&local, "/activities/0/kind", "own".into()),
            Code::UnlabelledOwn,
        ),
    ];
    for (what, doc, code) in cases {
        let tov: theory_of_value::TheoryOfValue = serde_json::from_value(doc.clone())
            .unwrap_or_else(|e| panic!("{what}: the crate reads it: {e}"));
        assert!(
            tov.validate().findings.iter().any(|f| f.code == code),
            "{what}: no {code}"
        );
        for dialect in [Dialect::Draft2020_12, Dialect::Draft07] {
            for lang in Lang::ALL {
                let v =
                    jsonschema::validator_for(&schema(DocumentKind::TheoryOfValue, dialect, lang))
                        .unwrap();
                assert!(
                    !v.is_valid(&doc),
                    "{what}: the {dialect} {lang} schema accepts it"
                );
            }
        }
    }
}

fn with(doc: &Value, pointer: &str, value: Value) -> Value {
    let mut doc = doc.clone();
    *doc.pointer_mut(pointer)
        .unwrap_or_else(|| panic!("{pointer}")) = value;
    doc
}

fn without(doc: &Value, pointer: &str) -> Value {
    let mut doc = doc.clone();
    let (parent, key) = pointer.rsplit_once('/').unwrap();
    doc.pointer_mut(parent)
        .and_then(Value::as_object_mut)
        .unwrap()
        .remove(key)
        .unwrap_or_else(|| panic!("{pointer}"));
    doc
}

/// The leaf properties of a schema (values one input shows), as scopes relative to `at`:
/// lists of objects end in `[]` and continue with the item's properties.
fn leaves(root: &Value, s: &Value, at: &str, out: &mut Vec<String>) {
    let s = match s["$ref"].as_str() {
        Some(r) => &root["$defs"][r.rsplit('/').next().unwrap()],
        None => s,
    };
    if let Some(props) = s["properties"].as_object() {
        for (name, p) in props {
            leaves(root, p, &format!("{at}/properties/{name}"), out);
        }
    } else if s["type"] == "array" {
        let items = match s["items"]["$ref"].as_str() {
            Some(r) => &root["$defs"][r.rsplit('/').next().unwrap()],
            None => &s["items"],
        };
        if items["properties"].is_object() {
            leaves(root, items, &format!("{at}[]"), out);
        } else {
            out.push(at.to_owned());
        }
    } else {
        out.push(at.to_owned());
    }
}

/// The scopes a JSON Forms UI schema has a control for, in the same notation.
fn controls(ui: &Value, at: &str, out: &mut Vec<String>) {
    if ui["type"] == "Control" {
        let scope = ui["scope"].as_str().unwrap();
        let full = format!("{at}{}", scope.trim_start_matches('#'));
        match &ui["options"]["detail"] {
            Value::Null => out.push(full),
            detail => controls(detail, &format!("{full}[]"), out),
        }
    }
    for e in ui["elements"].as_array().into_iter().flatten() {
        controls(e, at, out);
    }
}

/// Every field of every document kind has a control in the JSON Forms UI schema, and a group
/// heading in the document's language.
#[test]
fn jsonforms_ui_schemas_cover_every_field() {
    for lang in Lang::ALL {
        for kind in DocumentKind::ALL {
            let s = schema(kind, Dialect::Draft2020_12, lang);
            let mut fields = Vec::new();
            leaves(&s, &s, "", &mut fields);
            fields.retain(|f| f != "/properties/$schema");
            let mut shown = Vec::new();
            let ui = ui_schema(kind, UiLibrary::JsonForms, lang);
            controls(&ui, "", &mut shown);
            fields.sort();
            shown.sort();
            assert_eq!(fields, shown, "{kind} {lang}");
            assert_eq!(
                ui["elements"][0]["label"],
                if lang == Lang::Nl {
                    "Algemeen"
                } else {
                    "General"
                }
            );
        }
    }
}
