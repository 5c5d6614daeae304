//! Export to the Common Impact Data Standard (CIDS, v2.1) as JSON-LD, the format impact tools
//! use to exchange impact models and indicator reports.
//!
//! The mapping: a ToV is a `cids:LogicModel`; its outcomes are `cids:Outcome`s; its outputs —
//! what the ToV measures ("Hoe kunnen we dat meten?") — are `cids:Indicator`s for those
//! outcomes; activities and inputs are `cids:Activity` and `cids:Input`; reach figures (visits,
//! participants) are `cids:Output`s, the production the activities deliver. The two levels are
//! two `cids:Stakeholder`s — participants and their relatives; neighbourhoods, communities,
//! municipalities and regions — each with a `cids:StakeholderOutcome` per outcome at its level.
//! A value estimate becomes one `cids:IndicatorReport` per output recorded, and two reports on
//! the care costs avoided, gross and net.

use crate::base::escape::push_iri_segment;
use crate::base::Lang;
use crate::model::{Level, TheoryOfValue};
use crate::value::{Census, Estimate};
use serde_json::{json, Map, Value};
use std::collections::{BTreeSet, HashMap};

/// A JSON object from its members, moved in (no copy through `serde`, as `json!` makes of
/// every expression it is given).
fn obj<const N: usize>(members: [(&str, Value); N]) -> Value {
    let mut map = Map::with_capacity(N);
    for (k, v) in members {
        map.insert(k.to_owned(), v);
    }
    Value::Object(map)
}

/// The JSON-LD context of the export: the prefixes of the CIDS ontology and those it imports.
///
/// ```
/// let ctx = theory_of_value::out::cids::context();
/// assert_eq!(ctx["cids"], "http://ontology.commonapproach.org/owl/cids_v2.1#");
/// ```
pub fn context() -> Value {
    json!({
        "cids": "http://ontology.commonapproach.org/owl/cids_v2.1#",
        "org": "http://ontology.eil.utoronto.ca/tove/organization#",
        "i72": "http://ontology.eil.utoronto.ca/ISO21972/iso21972#",
        "oep": "http://www.w3.org/2001/sw/BestPractices/OEP/SimplePartWhole/part.owl#",
        "time": "http://www.w3.org/2006/time#",
        "xsd": "http://www.w3.org/2001/XMLSchema#"
    })
}

/// The IRI of a node: `urn:theory-of-value:`, the ToV's ID, the node's class, and the parts of
/// its key, each percent-encoded (so no part can hold the `:` that separates them). Nodes of
/// different classes never share an IRI, whatever their IDs.
fn iri(tov: &str, class: &str, parts: &[&str]) -> String {
    const SCHEME: &str = "urn:theory-of-value:";
    let len = SCHEME.len()
        + tov.len()
        + 1
        + class.len()
        + parts.iter().map(|p| p.len() + 1).sum::<usize>();
    let mut out = String::with_capacity(len);
    out.push_str(SCHEME);
    push_iri_segment(&mut out, tov);
    out.push(':');
    out.push_str(class);
    for p in parts {
        out.push(':');
        push_iri_segment(&mut out, p);
    }
    out
}

fn reference(id: String) -> Value {
    obj([("@id", Value::String(id))])
}

fn stakeholder(tov: &TheoryOfValue, level: Level) -> String {
    iri(
        tov.id.as_str(),
        "stakeholder",
        &[match level {
            Level::Individual => "individual",
            Level::Collective => "collective",
        }],
    )
}

/// A ToV as CIDS JSON-LD: a `cids:LogicModel` with its outcomes, indicators, activities,
/// inputs, outputs (reach), stakeholders and stakeholder outcomes, in `lang`.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::out::cids;
/// let doc = cids::tov(example::local_tov(), Lang::Nl);
/// let graph = doc["@graph"].as_array().unwrap();
/// assert!(graph.iter().any(|n| n["@type"] == "cids:LogicModel"));
/// assert!(graph.iter().any(|n| n["@type"] == "cids:Indicator"));
/// ```
pub fn tov(tov: &TheoryOfValue, lang: Lang) -> Value {
    obj([
        ("@context", Value::from(context())),
        ("@graph", Value::from(tov_nodes(tov, lang))),
    ])
}

fn tov_nodes(tov: &TheoryOfValue, lang: Lang) -> Vec<Value> {
    let t = tov.id.as_str();
    let node = |class: &str, id: &str| iri(t, class, &[id]);
    let model = node("model", t);
    let mut graph = Vec::with_capacity(
        4 + 2 * tov.outcomes.len()
            + tov.outputs.len()
            + tov.activities.len()
            + tov.inputs.len()
            + tov.reach.len(),
    );
    let mut model_node = obj([
        ("@id", Value::from(model.clone())),
        ("@type", Value::from("cids:LogicModel")),
        ("org:hasName", Value::from(tov.title.get(lang))),
        (
            "cids:hasOutcome",
            Value::from(
                tov.outcomes
                    .iter()
                    .map(|o| reference(node("outcome", o.id.as_str())))
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            "cids:hasActivity",
            Value::from(
                tov.activities
                    .iter()
                    .map(|a| reference(node("activity", a.id.as_str())))
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            "cids:hasInput",
            Value::from(
                tov.inputs
                    .iter()
                    .map(|i| reference(node("input", i.id.as_str())))
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            "cids:hasOutput",
            Value::from(
                tov.reach
                    .iter()
                    .map(|r| reference(node("output", r.id.as_str())))
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            "cids:hasStakeholder",
            Value::from(
                Level::ALL
                    .iter()
                    .map(|l| reference(stakeholder(tov, *l)))
                    .collect::<Vec<_>>(),
            ),
        ),
        (
            "cids:hasStakeholderOutcome",
            Value::from(
                tov.outcomes
                    .iter()
                    .map(|o| reference(node("stakeholder-outcome", o.id.as_str())))
                    .collect::<Vec<_>>(),
            ),
        ),
    ]);
    if let Some(impact) = &tov.impact {
        model_node["cids:hasDescription"] = impact.statement.get(lang).into();
    }
    if let Some(org) = &tov.scope.organisation {
        let org_id = node("organisation", "owner");
        model_node["cids:forOrganization"] = reference(org_id.clone());
        graph.push(obj([
            ("@id", Value::from(org_id)),
            ("@type", Value::from("cids:Organization")),
            ("org:hasName", Value::from(org.as_str())),
            ("cids:hasImpactModel", Value::from(reference(model.clone()))),
        ]));
    }
    graph.push(model_node);
    for level in Level::ALL {
        let (nl, en) = match level {
            Level::Individual => (
                "Deelnemers en hun naasten",
                "Participants and their relatives",
            ),
            Level::Collective => (
                "Wijken, gemeenschappen, gemeenten en regio's",
                "Neighbourhoods, communities, municipalities and regions",
            ),
        };
        graph.push(obj([
            ("@id", Value::from(stakeholder(tov, level))),
            ("@type", Value::from("cids:Stakeholder")),
            (
                "org:hasName",
                Value::from(if lang == Lang::Nl { nl } else { en }),
            ),
            ("cids:hasDescription", Value::from(level.label().get(lang))),
            ("oep:partOf", Value::from(reference(model.clone()))),
        ]));
    }
    // The links, turned around once, so each node finds its neighbours in constant time.
    let mut indicators_of: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut outcomes_of: HashMap<&str, &[crate::model::Id]> = HashMap::new();
    for x in &tov.outputs {
        outcomes_of.entry(x.id.as_str()).or_insert(&x.outcomes);
        let mut seen = BTreeSet::new();
        for o in &x.outcomes {
            if seen.insert(o.as_str()) {
                indicators_of
                    .entry(o.as_str())
                    .or_default()
                    .push(x.id.as_str());
            }
        }
    }
    let mut inputs_of: HashMap<&str, Vec<&str>> = HashMap::new();
    for i in &tov.inputs {
        let mut seen = BTreeSet::new();
        for a in &i.activities {
            if seen.insert(a.as_str()) {
                inputs_of.entry(a.as_str()).or_default().push(i.id.as_str());
            }
        }
    }
    // Reach without activities counts for every activity.
    let mut reach_of: HashMap<&str, Vec<&str>> = HashMap::new();
    let mut reach_of_all: Vec<&str> = Vec::new();
    for r in &tov.reach {
        if r.activities.is_empty() {
            reach_of_all.push(r.id.as_str());
        }
        let mut seen = BTreeSet::new();
        for a in &r.activities {
            if seen.insert(a.as_str()) {
                reach_of.entry(a.as_str()).or_default().push(r.id.as_str());
            }
        }
    }
    let refs = |class: &str, ids: Option<&Vec<&str>>| -> Vec<Value> {
        ids.into_iter()
            .flatten()
            .map(|x| reference(node(class, x)))
            .collect()
    };
    for o in &tov.outcomes {
        let indicators = refs("indicator", indicators_of.get(o.id.as_str()));
        graph.push(obj([
            ("@id", Value::from(node("outcome", o.id.as_str()))),
            ("@type", Value::from("cids:Outcome")),
            ("org:hasName", Value::from(o.id.as_str())),
            ("cids:hasDescription", Value::from(o.statement.get(lang))),
            ("cids:hasIndicator", Value::from(indicators.clone())),
            (
                "cids:hasStakeholderOutcome",
                Value::from(reference(node("stakeholder-outcome", o.id.as_str()))),
            ),
            ("oep:partOf", Value::from(reference(model.clone()))),
        ]));
        graph.push(obj([
            (
                "@id",
                Value::from(node("stakeholder-outcome", o.id.as_str())),
            ),
            ("@type", Value::from("cids:StakeholderOutcome")),
            (
                "org:hasName",
                Value::from(format!("{} — {}", o.id, o.level.label().get(lang))),
            ),
            (
                "cids:forOutcome",
                Value::from(reference(node("outcome", o.id.as_str()))),
            ),
            (
                "cids:forStakeholder",
                Value::from(reference(stakeholder(tov, o.level))),
            ),
            ("cids:hasIndicator", Value::from(indicators)),
        ]));
    }
    for o in &tov.outputs {
        let methods: Vec<String> = o
            .measurement
            .iter()
            .map(|m| format!("{} ({})", m.method.get(lang), m.kind.label().get(lang)))
            .collect();
        let contributions: Vec<&str> = o
            .contributions
            .iter()
            .map(|k| k.label().get(lang))
            .collect();
        graph.push(obj([
            ("@id", Value::from(node("indicator", o.id.as_str()))),
            ("@type", Value::from("cids:Indicator")),
            ("org:hasIdentifier", Value::from(o.id.as_str())),
            ("org:hasName", Value::from(o.statement.get(lang))),
            (
                "cids:hasDescription",
                Value::from(format!(
                    "{}: {}. {}: {}.",
                    if lang == Lang::Nl {
                        "Meting"
                    } else {
                        "Measurement"
                    },
                    methods.join("; "),
                    if lang == Lang::Nl {
                        "Bijdragen"
                    } else {
                        "Contributions"
                    },
                    contributions.join(", ")
                )),
            ),
            (
                "cids:forOutcome",
                Value::from(
                    o.outcomes
                        .iter()
                        .map(|x| reference(node("outcome", x.as_str())))
                        .collect::<Vec<_>>(),
                ),
            ),
        ]));
    }
    for a in &tov.activities {
        let outcomes: BTreeSet<&str> = a
            .outputs
            .iter()
            .filter_map(|o| outcomes_of.get(o.as_str()))
            .flat_map(|x| x.iter().map(crate::model::Id::as_str))
            .collect();
        let reach: Vec<Value> = reach_of_all
            .iter()
            .chain(reach_of.get(a.id.as_str()).into_iter().flatten())
            .map(|r| reference(node("output", r)))
            .collect();
        let mut n = obj([
            ("@id", Value::from(node("activity", a.id.as_str()))),
            ("@type", Value::from("cids:Activity")),
            ("org:hasName", Value::from(a.display_label().get(lang))),
            (
                "cids:canProduce",
                Value::from(
                    outcomes
                        .into_iter()
                        .map(|x| reference(node("outcome", x)))
                        .collect::<Vec<_>>(),
                ),
            ),
            (
                "cids:hasInput",
                Value::from(refs("input", inputs_of.get(a.id.as_str()))),
            ),
            ("cids:hasOutput", Value::from(reach)),
            ("oep:partOf", Value::from(reference(model.clone()))),
        ]);
        if let Some(d) = &a.description {
            n["cids:hasDescription"] = d.get(lang).into();
        }
        graph.push(n);
    }
    for i in &tov.inputs {
        let mut n = obj([
            ("@id", Value::from(node("input", i.id.as_str()))),
            ("@type", Value::from("cids:Input")),
            ("org:hasName", Value::from(i.display_label().get(lang))),
            ("oep:partOf", Value::from(reference(model.clone()))),
        ]);
        if let Some(d) = &i.description {
            n["cids:hasDescription"] = d.get(lang).into();
        }
        graph.push(n);
    }
    for r in &tov.reach {
        graph.push(obj([
            ("@id", Value::from(node("output", r.id.as_str()))),
            ("@type", Value::from("cids:Output")),
            (
                "org:hasName",
                Value::from(
                    r.label
                        .clone()
                        .unwrap_or_else(|| r.kind.label().into())
                        .get(lang),
                ),
            ),
            ("cids:hasDescription", Value::from(r.kind.label().get(lang))),
            ("oep:partOf", Value::from(reference(model.clone()))),
        ]));
    }
    graph
}

fn measure(value: u64, unit: &str) -> Value {
    obj([
        ("@type", Value::from("i72:Measure")),
        ("i72:numerical_value", Value::from(value.to_string())),
        ("i72:unit_of_measure", Value::from(unit)),
    ])
}

/// A value estimate as CIDS JSON-LD: the ToV's nodes, one `cids:IndicatorReport` per output
/// recorded (people or neighbourhoods, with the split by contribution kind as a comment), and
/// reports on two indicators of care costs avoided, gross and net, in euro cents, over the
/// census period.
///
/// ```
/// use theory_of_value::{example, national, Lang};
/// use theory_of_value::out::cids;
/// let doc = cids::estimate(example::estimate(), national(), example::census(), Lang::En);
/// let reports = doc["@graph"].as_array().unwrap().iter().filter(|n| n["@type"] == "cids:IndicatorReport").count();
/// assert_eq!(reports, example::estimate().outputs.len() + 2);
/// ```
pub fn estimate(e: &Estimate, tov: &TheoryOfValue, census: &Census, lang: Lang) -> Value {
    let t = tov.id.as_str();
    let mut graph = tov_nodes(tov, lang);
    let org = iri(t, "organisation", &["census"]);
    graph.push(obj([
        ("@id", Value::from(org.clone())),
        ("@type", Value::from("cids:Organization")),
        ("org:hasName", Value::from(census.organisation.as_str())),
    ]));
    let period = iri(t, "period", &[census.id.as_str()]);
    graph.push(obj([
        ("@id", Value::from(period.clone())),
        ("@type", Value::from("time:DateTimeInterval")),
        (
            "time:hasBeginning",
            Value::from(census.period.start.first_day().to_string()),
        ),
        (
            "time:hasEnd",
            Value::from(census.period.end.last_day().to_string()),
        ),
    ]));
    for o in &e.outputs {
        let unit = match o.level {
            Level::Individual => {
                if lang == Lang::Nl {
                    "mensen"
                } else {
                    "people"
                }
            }
            Level::Collective => {
                if lang == Lang::Nl {
                    "wijken"
                } else {
                    "neighbourhoods"
                }
            }
        };
        graph.push(obj([
            (
                "@id",
                Value::from(iri(
                    t,
                    "indicator-report",
                    &[census.id.as_str(), o.output.as_str()],
                )),
            ),
            ("@type", Value::from("cids:IndicatorReport")),
            (
                "org:hasName",
                Value::from(format!("{} — {}", o.output, census.id)),
            ),
            (
                "cids:forIndicator",
                Value::from(reference(iri(t, "indicator", &[o.output.as_str()]))),
            ),
            ("cids:forOrganization", Value::from(reference(org.clone()))),
            ("time:hasTime", Value::from(reference(period.clone()))),
            ("i72:value", Value::from(measure(o.count, unit))),
            (
                "cids:hasComment",
                Value::from(format!(
                    "{} {}, {} {}, {} {}; {} {}",
                    crate::model::ContributionKind::Improvement
                        .label()
                        .get(lang),
                    o.improvement,
                    crate::model::ContributionKind::Stabilisation
                        .label()
                        .get(lang),
                    o.stabilisation,
                    crate::model::ContributionKind::SlowerDecline
                        .label()
                        .get(lang),
                    o.slower_decline,
                    if lang == Lang::Nl {
                        "sterktepunten"
                    } else {
                        "strength points"
                    },
                    o.strength_points,
                )),
            ),
        ]));
    }
    for (key, nl, en, amount) in [
        (
            "gross",
            "Voorkomen zorg- en ondersteuningskosten, bruto",
            "Care and support costs avoided, gross",
            e.gross,
        ),
        (
            "net",
            "Voorkomen zorg- en ondersteuningskosten, netto",
            "Care and support costs avoided, net",
            e.net,
        ),
    ] {
        let indicator = iri(t, "care-cost-indicator", &[key]);
        graph.push(obj([
            ("@id", Value::from(indicator.clone())),
            ("@type", Value::from("cids:Indicator")),
            (
                "org:hasIdentifier",
                Value::from(format!("care-costs-avoided-{key}")),
            ),
            (
                "org:hasName",
                Value::from(if lang == Lang::Nl { nl } else { en }),
            ),
            (
                "cids:hasDescription",
                Value::from(if lang == Lang::Nl {
                    "Som van de regels van de waardeschatting, in eurocenten."
                } else {
                    "Sum of the value estimate's lines, in euro cents."
                }),
            ),
            (
                "cids:forOutcome",
                Value::from(
                    tov.outcomes
                        .iter()
                        .filter(|o| o.level == Level::Individual)
                        .map(|o| reference(iri(t, "outcome", &[o.id.as_str()])))
                        .collect::<Vec<_>>(),
                ),
            ),
        ]));
        graph.push(obj([
            (
                "@id",
                Value::from(iri(t, "care-cost-report", &[census.id.as_str(), key])),
            ),
            ("@type", Value::from("cids:IndicatorReport")),
            (
                "org:hasName",
                Value::from(format!(
                    "{} — {}",
                    if lang == Lang::Nl { nl } else { en },
                    census.id
                )),
            ),
            ("cids:forIndicator", Value::from(reference(indicator))),
            ("cids:forOrganization", Value::from(reference(org.clone()))),
            ("time:hasTime", Value::from(reference(period.clone()))),
            (
                "i72:value",
                Value::from(measure(amount.cents(), "EUR cent")),
            ),
        ]));
    }
    obj([
        ("@context", Value::from(context())),
        ("@graph", Value::from(graph)),
    ])
}
