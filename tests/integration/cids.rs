//! The CIDS export uses only classes and properties the CIDS v2.1 ontology declares, and is
//! well-formed JSON-LD: every prefix is in the context, every node has an `@id` and a `@type`,
//! every reference resolves within the graph.

use serde_json::Value;
use std::collections::BTreeSet;
use theory_of_value::export::cids;
use theory_of_value::{example, national, Lang};

const OWL: &str = include_str!("../reference/cids/cids_v2.1.owl");

/// The prefixed names of every class and property the ontology declares or uses.
fn declared() -> (BTreeSet<String>, BTreeSet<String>) {
    let ctx = cids::context();
    let prefix_of = |iri: &str| -> Option<String> {
        ctx.as_object().unwrap().iter().find_map(|(p, base)| {
            iri.strip_prefix(base.as_str().unwrap())
                .map(|rest| format!("{p}:{rest}"))
        })
    };
    let mut classes = BTreeSet::new();
    let mut properties = BTreeSet::new();
    for tag in ["Class", "ObjectProperty", "DataProperty"] {
        let set = if tag == "Class" {
            &mut classes
        } else {
            &mut properties
        };
        for attr in ["IRI", "abbreviatedIRI"] {
            let needle = format!("<{tag} {attr}=\"");
            for part in OWL.split(&needle).skip(1) {
                let name = part.split('"').next().unwrap();
                let name = match (attr, name.strip_prefix('#')) {
                    ("IRI", Some(local)) => format!("cids:{local}"),
                    ("IRI", None) => match prefix_of(name) {
                        Some(n) => n,
                        None => continue,
                    },
                    _ => name.to_owned(),
                };
                set.insert(name);
            }
        }
    }
    (classes, properties)
}

fn check(doc: &Value) {
    let (classes, properties) = declared();
    let context: BTreeSet<String> = doc["@context"]
        .as_object()
        .unwrap()
        .keys()
        .cloned()
        .collect();
    let graph = doc["@graph"].as_array().unwrap();
    let ids: BTreeSet<&str> = graph
        .iter()
        .map(|n| n["@id"].as_str().expect("every node has an @id"))
        .collect();
    assert_eq!(ids.len(), graph.len(), "node IDs are unique");
    let mut problems = Vec::new();
    fn walk(
        v: &Value,
        classes: &BTreeSet<String>,
        properties: &BTreeSet<String>,
        context: &BTreeSet<String>,
        ids: &BTreeSet<&str>,
        problems: &mut Vec<String>,
        top: bool,
    ) {
        match v {
            Value::Object(map) => {
                if map.len() == 1 && map.contains_key("@id") {
                    let r = map["@id"].as_str().unwrap();
                    if !ids.contains(r) {
                        problems.push(format!("unresolved reference {r}"));
                    }
                    return;
                }
                if let Some(t) = map.get("@type").and_then(Value::as_str) {
                    if !classes.contains(t) {
                        problems.push(format!("class {t} is not in the ontology"));
                    }
                } else if top {
                    problems.push(format!("node without @type: {map:?}"));
                }
                if let Some(id) = map.get("@id").and_then(Value::as_str) {
                    if !id.contains(':') {
                        problems.push(format!("@id {id} is not an IRI"));
                    }
                }
                for (k, child) in map {
                    if k.starts_with('@') {
                        continue;
                    }
                    if !properties.contains(k) {
                        problems.push(format!("property {k} is not in the ontology"));
                    }
                    let prefix = k.split(':').next().unwrap();
                    if !context.contains(prefix) {
                        problems.push(format!("prefix {prefix} is not in the context"));
                    }
                    walk(child, classes, properties, context, ids, problems, false);
                }
            }
            Value::Array(items) => items
                .iter()
                .for_each(|i| walk(i, classes, properties, context, ids, problems, false)),
            _ => {}
        }
    }
    for node in graph {
        walk(
            node,
            &classes,
            &properties,
            &context,
            &ids,
            &mut problems,
            true,
        );
    }
    problems.sort();
    problems.dedup();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn the_ontology_is_read() {
    let (classes, properties) = declared();
    for c in [
        "cids:LogicModel",
        "cids:Outcome",
        "cids:Indicator",
        "cids:IndicatorReport",
        "cids:Stakeholder",
    ] {
        assert!(classes.contains(c), "{c}");
    }
    assert!(properties.contains("cids:forOutcome") && properties.contains("org:hasName"));
    assert!(!classes.contains("cids:TheoryOfValue"));
}

#[test]
fn a_tov_exports_with_only_cids_terms() {
    for lang in Lang::ALL {
        check(&cids::tov(national(), lang));
        check(&cids::tov(example::local_tov(), lang));
    }
}

#[test]
fn an_estimate_exports_as_indicator_reports() {
    let doc = cids::estimate(example::estimate(), national(), example::census(), Lang::Nl);
    check(&doc);
    let graph = doc["@graph"].as_array().unwrap();
    let net = graph
        .iter()
        .find(|n| n["org:hasIdentifier"] == "care-costs-avoided-net")
        .unwrap();
    let report = graph
        .iter()
        .find(|n| n["cids:forIndicator"]["@id"] == net["@id"])
        .unwrap();
    assert_eq!(
        report["i72:value"]["i72:numerical_value"],
        example::estimate().net.cents().to_string()
    );
}

#[test]
fn a_misnamed_term_would_be_caught() {
    let mut doc = cids::tov(example::local_tov(), Lang::En);
    doc["@graph"][0]["cids:hasOutcomes"] = Value::Array(vec![]);
    let caught = std::panic::catch_unwind(|| check(&doc));
    assert!(caught.is_err());
}

#[test]
fn committed_example_exports_match_the_code() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("docs/examples");
    let exports = [
        ("cids-national-tov.jsonld", cids::tov(national(), Lang::En)),
        (
            "cids-example-tov.jsonld",
            cids::tov(example::local_tov(), Lang::Nl),
        ),
        (
            "cids-example-estimate.jsonld",
            cids::estimate(example::estimate(), national(), example::census(), Lang::Nl),
        ),
    ];
    for (name, value) in exports {
        check(&value);
        let committed = std::fs::read_to_string(dir.join(name)).unwrap_or_default();
        assert_eq!(
            committed,
            serde_json::to_string_pretty(&value).unwrap() + "\n",
            "docs/examples/{name} drifted; run `cargo run --example exports`"
        );
    }
}

#[test]
fn an_output_named_like_the_exports_own_indicator_gets_its_own_iri() {
    // The export adds indicators of care costs avoided; an output whose ID is theirs, or
    // one that looks like another node's key, still gets a node of its own.
    for id in [
        "care-costs-avoided-gross",
        "care-costs-avoided-net",
        "gross",
        "census-het-voorbeeld-2025.op-ind-meaning",
    ] {
        let national: theory_of_value::TheoryOfValue = theory_of_value::from_json_str(
            &theory_of_value::NATIONAL_JSON.replace("op-ind-capacities", id),
        )
        .unwrap();
        let set = theory_of_value::value::PersonaSet::from_json_str(
            &example::PERSONAS_JSON.replace("op-ind-capacities", id),
        )
        .unwrap();
        let e = theory_of_value::value::estimate(&national, &set, example::census()).unwrap();
        for lang in [Lang::Nl, Lang::En] {
            let doc = cids::estimate(&e, &national, example::census(), lang);
            check(&doc);
            let graph = doc["@graph"].as_array().unwrap();
            let named: Vec<&Value> = graph
                .iter()
                .filter(|n| {
                    n["org:hasIdentifier"]
                        .as_str()
                        .is_some_and(|x| x.starts_with("care-costs-avoided") || x == id)
                })
                .collect();
            assert_eq!(
                named.len(),
                3,
                "{id}: the output and the two care-cost indicators"
            );
        }
    }
}

#[test]
fn iris_are_percent_encoded_segments() {
    let doc = cids::tov(example::local_tov(), Lang::Nl);
    for node in doc["@graph"].as_array().unwrap() {
        let id = node["@id"].as_str().unwrap();
        let rest = id.strip_prefix("urn:theory-of-value:").unwrap();
        assert!(
            rest.split(':').all(|seg| !seg.is_empty()
                && seg
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"-._~%".contains(&b))),
            "{id}"
        );
    }
}
