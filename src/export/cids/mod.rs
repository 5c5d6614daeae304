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

mod monitor;

pub use monitor::monitor_report;

use crate::base::escape::push_iri_segment;
use crate::base::{Label, Lang};
use crate::model::{ContributionKind, Id, Level, TheoryOfValue};
use crate::value::{Census, Estimate, OutputEstimate};
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::{BTreeSet, HashMap};
use std::fmt;

/// The JSON-LD context of the export: the prefixes of the CIDS ontology and those it imports.
///
/// ```
/// let ctx = theory_of_value::export::cids::context();
/// assert_eq!(ctx["cids"], "http://ontology.commonapproach.org/owl/cids_v2.1#");
/// ```
pub fn context() -> Value {
    serde_json::to_value(Context).unwrap_or_default()
}

/// The prefixes of [`context`], written without building a `Value`.
struct Context;

impl Context {
    const PREFIXES: [(&'static str, &'static str); 6] = [
        ("cids", "http://ontology.commonapproach.org/owl/cids_v2.1#"),
        ("org", "http://ontology.eil.utoronto.ca/tove/organization#"),
        ("i72", "http://ontology.eil.utoronto.ca/ISO21972/iso21972#"),
        (
            "oep",
            "http://www.w3.org/2001/sw/BestPractices/OEP/SimplePartWhole/part.owl#",
        ),
        ("time", "http://www.w3.org/2006/time#"),
        ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ];
}

/// The IRI of a node: `urn:theory-of-value:`, the ToV's ID, the node's class, and the parts of
/// its key, each percent-encoded (so no part can hold the `:` that separates them). Nodes of
/// different classes never share an IRI, whatever their IDs. Written where it is serialized,
/// never held as a string.
#[derive(Clone, Copy)]
struct Iri<'a> {
    tov: &'a str,
    class: &'static str,
    parts: [&'a str; 2],
    len: usize,
}

impl<'a> Iri<'a> {
    fn new(tov: &'a str, class: &'static str, part: &'a str) -> Self {
        Iri {
            tov,
            class,
            parts: [part, ""],
            len: 1,
        }
    }

    fn two(tov: &'a str, class: &'static str, a: &'a str, b: &'a str) -> Self {
        Iri {
            tov,
            class,
            parts: [a, b],
            len: 2,
        }
    }
}

impl fmt::Display for Iri<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fn segment(f: &mut fmt::Formatter<'_>, s: &str) -> fmt::Result {
            let mut buf = String::new();
            push_iri_segment(&mut buf, s);
            f.write_str(&buf)
        }
        f.write_str("urn:theory-of-value:")?;
        if is_unreserved(self.tov) {
            f.write_str(self.tov)?;
        } else {
            segment(f, self.tov)?;
        }
        f.write_str(":")?;
        f.write_str(self.class)?;
        for p in self.parts.iter().take(self.len) {
            f.write_str(":")?;
            if is_unreserved(p) {
                f.write_str(p)?;
            } else {
                segment(f, p)?;
            }
        }
        Ok(())
    }
}

/// Whether `s` needs no percent-encoding in an IRI segment (IDs, as a rule).
fn is_unreserved(s: &str) -> bool {
    s.bytes()
        .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~'))
}

impl Serialize for Iri<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl Serialize for Context {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(Self::PREFIXES.len()))?;
        for (k, v) in Self::PREFIXES {
            m.serialize_entry(k, v)?;
        }
        m.end()
    }
}

/// A reference to a node: `{"@id": …}`.
#[derive(Serialize, Clone, Copy)]
struct Ref<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
}

fn reference(id: Iri<'_>) -> Ref<'_> {
    Ref { id }
}

fn stakeholder(tov: &TheoryOfValue, level: Level) -> Iri<'_> {
    Iri::new(
        tov.id.as_str(),
        "stakeholder",
        match level {
            Level::Individual => "individual",
            Level::Collective => "collective",
        },
    )
}

/// A CIDS export ready to be written: the JSON-LD context and the graph's nodes, made one at a
/// time from the documents while they are written, so writing needs memory for the links
/// between the elements, not for the export. Serialize it (with `serde_json::to_writer`, say)
/// to write the export without building a [`Value`] first; [`tov`] and [`estimate`] give the
/// same document as a `Value`.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::export::cids;
/// let graph = cids::tov_graph(example::local_tov(), Lang::Nl);
/// let text = serde_json::to_string(&graph)?;
/// assert_eq!(serde_json::from_str::<serde_json::Value>(&text)?, cids::tov(example::local_tov(), Lang::Nl));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub struct Graph<'a> {
    tov: &'a TheoryOfValue,
    lang: Lang,
    links: Links<'a>,
    estimate: Option<(&'a Estimate, &'a Census)>,
}

impl Serialize for Graph<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap;
        let mut m = s.serialize_map(Some(2))?;
        m.serialize_entry("@context", &Context)?;
        m.serialize_entry("@graph", &Nodes(self))?;
        m.end()
    }
}

/// The graph's nodes, serialized as they are made.
struct Nodes<'g, 'a>(&'g Graph<'a>);

impl Serialize for Nodes<'_, '_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeSeq;
        let mut seq = s.serialize_seq(None)?;
        let g = self.0;
        tov_nodes(g.tov, g.lang, &g.links, &mut |n| seq.serialize_element(&n))?;
        if let Some((e, census)) = g.estimate {
            estimate_nodes(e, g.tov, census, g.lang, &mut |n| seq.serialize_element(&n))?;
        }
        seq.end()
    }
}

/// The links of a ToV turned around once, so each node finds its neighbours in constant time.
/// The keys are copies of the IDs (inline, when short), so a look-up does not go back to the
/// document.
struct Links<'a> {
    /// Per outcome, the outputs that name it (each once).
    indicators_of: HashMap<Id, Vec<&'a str>>,
    /// Per output, the outcomes it names (the first output of an ID).
    outcomes_of: HashMap<Id, &'a [Id]>,
    /// Per activity, the inputs that name it (each once).
    inputs_of: HashMap<Id, Vec<&'a str>>,
    /// Per activity, the reach that names it (each once).
    reach_of: HashMap<Id, Vec<&'a str>>,
    /// Reach without activities, which counts for every activity.
    reach_of_all: Vec<&'a str>,
}

/// The IDs of `ids` at their first place: a list named twice links once.
fn firsts(ids: &[Id]) -> impl Iterator<Item = &Id> {
    ids.iter()
        .zip(crate::model::id::repeats(ids, |x| x))
        .filter_map(|(id, repeated)| (!repeated).then_some(id))
}

impl<'a> Links<'a> {
    fn new(tov: &'a TheoryOfValue) -> Self {
        let mut indicators_of: HashMap<Id, Vec<&str>> = HashMap::new();
        let mut outcomes_of: HashMap<Id, &[Id]> = HashMap::with_capacity(tov.outputs.len());
        for x in &tov.outputs {
            outcomes_of.entry(x.id.clone()).or_insert(&x.outcomes);
            for o in firsts(&x.outcomes) {
                indicators_of
                    .entry(o.clone())
                    .or_default()
                    .push(x.id.as_str());
            }
        }
        let mut inputs_of: HashMap<Id, Vec<&str>> = HashMap::new();
        for i in &tov.inputs {
            for a in firsts(&i.activities) {
                inputs_of.entry(a.clone()).or_default().push(i.id.as_str());
            }
        }
        let mut reach_of: HashMap<Id, Vec<&str>> = HashMap::new();
        let mut reach_of_all: Vec<&str> = Vec::new();
        for r in &tov.reach {
            if r.activities.is_empty() {
                reach_of_all.push(r.id.as_str());
            }
            for a in firsts(&r.activities) {
                reach_of.entry(a.clone()).or_default().push(r.id.as_str());
            }
        }
        Links {
            indicators_of,
            outcomes_of,
            inputs_of,
            reach_of,
            reach_of_all,
        }
    }
}

#[derive(Serialize)]
#[serde(untagged)]
enum Node<'a> {
    Organization(Organization<'a>),
    Model(Model<'a>),
    Stakeholder(Stakeholder<'a>),
    Outcome(Outcome<'a>),
    StakeholderOutcome(StakeholderOutcome<'a>),
    Indicator(Indicator<'a>),
    Activity(Activity<'a>),
    Input(Input<'a>),
    Output(Output<'a>),
    Period(Period<'a>),
    Report(IndicatorReport<'a>),
}

#[derive(Serialize)]
struct Organization<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: &'a str,
    #[serde(
        rename = "cids:hasImpactModel",
        skip_serializing_if = "Option::is_none"
    )]
    impact_model: Option<Ref<'a>>,
}

#[derive(Serialize)]
struct Model<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: &'a str,
    #[serde(rename = "cids:hasOutcome")]
    outcomes: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasActivity")]
    activities: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasInput")]
    inputs: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasOutput")]
    outputs: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasStakeholder")]
    stakeholders: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasStakeholderOutcome")]
    stakeholder_outcomes: Vec<Ref<'a>>,
    #[serde(
        rename = "cids:hasDescription",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<&'a str>,
    #[serde(
        rename = "cids:forOrganization",
        skip_serializing_if = "Option::is_none"
    )]
    organization: Option<Ref<'a>>,
}

#[derive(Serialize)]
struct Stakeholder<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: &'static str,
    #[serde(rename = "cids:hasDescription")]
    description: &'static str,
    #[serde(rename = "oep:partOf")]
    part_of: Ref<'a>,
}

#[derive(Serialize)]
struct Outcome<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: &'a str,
    #[serde(rename = "cids:hasDescription")]
    description: &'a str,
    #[serde(rename = "cids:hasIndicator")]
    indicators: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasStakeholderOutcome")]
    stakeholder_outcome: Ref<'a>,
    #[serde(rename = "oep:partOf")]
    part_of: Ref<'a>,
}

#[derive(Serialize)]
struct StakeholderOutcome<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: String,
    #[serde(rename = "cids:forOutcome")]
    outcome: Ref<'a>,
    #[serde(rename = "cids:forStakeholder")]
    stakeholder: Ref<'a>,
    #[serde(rename = "cids:hasIndicator")]
    indicators: Vec<Ref<'a>>,
}

#[derive(Serialize)]
struct Indicator<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasIdentifier")]
    identifier: Cow<'a, str>,
    #[serde(rename = "org:hasName")]
    name: &'a str,
    #[serde(rename = "cids:hasDescription")]
    description: Cow<'a, str>,
    #[serde(rename = "cids:forOutcome")]
    outcomes: Vec<Ref<'a>>,
}

#[derive(Serialize)]
struct Activity<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: Cow<'a, str>,
    #[serde(rename = "cids:canProduce")]
    outcomes: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasInput")]
    inputs: Vec<Ref<'a>>,
    #[serde(rename = "cids:hasOutput")]
    outputs: Vec<Ref<'a>>,
    #[serde(rename = "oep:partOf")]
    part_of: Ref<'a>,
    #[serde(
        rename = "cids:hasDescription",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct Input<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: Cow<'a, str>,
    #[serde(rename = "oep:partOf")]
    part_of: Ref<'a>,
    #[serde(
        rename = "cids:hasDescription",
        skip_serializing_if = "Option::is_none"
    )]
    description: Option<&'a str>,
}

#[derive(Serialize)]
struct Output<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: Cow<'a, str>,
    #[serde(rename = "cids:hasDescription")]
    description: &'static str,
    #[serde(rename = "oep:partOf")]
    part_of: Ref<'a>,
}

#[derive(Serialize)]
struct Period<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "time:hasBeginning")]
    beginning: String,
    #[serde(rename = "time:hasEnd")]
    end: String,
}

#[derive(Serialize)]
struct IndicatorReport<'a> {
    #[serde(rename = "@id")]
    id: Iri<'a>,
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "org:hasName")]
    name: String,
    #[serde(rename = "cids:forIndicator")]
    indicator: Ref<'a>,
    #[serde(rename = "cids:forOrganization")]
    organization: Ref<'a>,
    #[serde(rename = "time:hasTime")]
    time: Ref<'a>,
    #[serde(rename = "i72:value")]
    value: Measure,
    #[serde(rename = "cids:hasComment", skip_serializing_if = "Option::is_none")]
    comment: Option<String>,
}

#[derive(Serialize)]
struct Measure {
    #[serde(rename = "@type")]
    ty: &'static str,
    #[serde(rename = "i72:numerical_value")]
    value: String,
    #[serde(rename = "i72:unit_of_measure")]
    unit: &'static str,
}

fn measure(value: u64, unit: &'static str) -> Measure {
    Measure {
        ty: "i72:Measure",
        value: value.to_string(),
        unit,
    }
}

/// A ToV as CIDS JSON-LD: a `cids:LogicModel` with its outcomes, indicators, activities,
/// inputs, outputs (reach), stakeholders and stakeholder outcomes, in `lang`. The same
/// document as [`tov_graph`], as a [`Value`].
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::export::cids;
/// let doc = cids::tov(example::local_tov(), Lang::Nl);
/// let graph = doc["@graph"].as_array().unwrap();
/// assert!(graph.iter().any(|n| n["@type"] == "cids:LogicModel"));
/// assert!(graph.iter().any(|n| n["@type"] == "cids:Indicator"));
/// ```
pub fn tov(tov: &TheoryOfValue, lang: Lang) -> Value {
    to_value(&tov_graph(tov, lang))
}

/// A graph's `Value`. Serializing these types into a `Value` cannot fail: every key is a
/// string and every number fits.
fn to_value(graph: &Graph<'_>) -> Value {
    serde_json::to_value(graph).unwrap_or_default()
}

/// The export of [`tov`], ready to be written without building a [`Value`]: what `tov cids`
/// writes. Linear in the size of the ToV.
///
/// ```
/// use theory_of_value::{national, Lang};
/// use theory_of_value::export::cids;
/// let mut out = Vec::new();
/// serde_json::to_writer(&mut out, &cids::tov_graph(national(), Lang::En))?;
/// assert!(out.starts_with(b"{\"@context\""));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn tov_graph(tov: &TheoryOfValue, lang: Lang) -> Graph<'_> {
    Graph {
        tov,
        lang,
        links: Links::new(tov),
        estimate: None,
    }
}

/// Where the nodes of a graph go, one at a time.
type Emit<'e, 'a, E> = dyn FnMut(Node<'a>) -> Result<(), E> + 'e;

/// The nodes of a ToV: its organisation and model, the stakeholders, the outcomes with their
/// stakeholder outcomes, the indicators, activities, inputs and outputs.
fn tov_nodes<'a, E>(
    tov: &'a TheoryOfValue,
    lang: Lang,
    links: &Links<'a>,
    emit: &mut Emit<'_, 'a, E>,
) -> Result<(), E> {
    let nodes = TovNodes {
        tov,
        lang,
        part_of: reference(Iri::new(tov.id.as_str(), "model", tov.id.as_str())),
    };
    let mut model = nodes.model();
    if let Some(org) = &tov.scope.organisation {
        let org_id = nodes.iri("organisation", "owner");
        model.organization = Some(reference(org_id));
        emit(Node::Organization(Organization {
            id: org_id,
            ty: "cids:Organization",
            name: org,
            impact_model: Some(nodes.part_of),
        }))?;
    }
    emit(Node::Model(model))?;
    nodes.stakeholders(emit)?;
    nodes.outcomes(links, emit)?;
    nodes.indicators(emit)?;
    nodes.activities(links, emit)?;
    nodes.inputs_and_reach(emit)
}

/// What the nodes of a ToV share: the ToV, the language, and the model they are part of.
struct TovNodes<'a> {
    tov: &'a TheoryOfValue,
    lang: Lang,
    part_of: Ref<'a>,
}

impl<'a> TovNodes<'a> {
    /// The IRI of the node of `class` for `id`.
    fn iri(&self, class: &'static str, id: &'a str) -> Iri<'a> {
        Iri::new(self.tov.id.as_str(), class, id)
    }

    /// References to the nodes of `class` for `ids`, if any.
    fn refs(&self, class: &'static str, ids: Option<&Vec<&'a str>>) -> Vec<Ref<'a>> {
        ids.into_iter()
            .flatten()
            .map(|x| reference(self.iri(class, x)))
            .collect()
    }

    /// The logic model, naming every outcome, activity, input, output (reach), stakeholder and
    /// stakeholder outcome; its organisation is added where the ToV names one.
    fn model(&self) -> Model<'a> {
        let tov = self.tov;
        Model {
            id: self.part_of.id,
            ty: "cids:LogicModel",
            name: tov.title.get(self.lang),
            outcomes: tov
                .outcomes
                .iter()
                .map(|o| reference(self.iri("outcome", o.id.as_str())))
                .collect(),
            activities: tov
                .activities
                .iter()
                .map(|a| reference(self.iri("activity", a.id.as_str())))
                .collect(),
            inputs: tov
                .inputs
                .iter()
                .map(|i| reference(self.iri("input", i.id.as_str())))
                .collect(),
            outputs: tov
                .reach
                .iter()
                .map(|r| reference(self.iri("output", r.id.as_str())))
                .collect(),
            stakeholders: Level::ALL
                .iter()
                .map(|l| reference(stakeholder(tov, *l)))
                .collect(),
            stakeholder_outcomes: tov
                .outcomes
                .iter()
                .map(|o| reference(self.iri("stakeholder-outcome", o.id.as_str())))
                .collect(),
            description: tov.impact.as_ref().map(|i| i.statement.get(self.lang)),
            organization: None,
        }
    }

    /// One stakeholder per level.
    fn stakeholders<E>(&self, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        for level in Level::ALL {
            let name = match level {
                Level::Individual => Label::new(
                    "Deelnemers en hun naasten",
                    "Participants and their relatives",
                ),
                Level::Collective => Label::new(
                    "Wijken, gemeenschappen, gemeenten en regio's",
                    "Neighbourhoods, communities, municipalities and regions",
                ),
            };
            emit(Node::Stakeholder(Stakeholder {
                id: stakeholder(self.tov, level),
                ty: "cids:Stakeholder",
                name: name.get(self.lang),
                description: level.label().get(self.lang),
                part_of: self.part_of,
            }))?;
        }
        Ok(())
    }

    /// Each outcome, with its stakeholder outcome at its level.
    fn outcomes<E>(&self, links: &Links<'a>, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let lang = self.lang;
        for o in &self.tov.outcomes {
            let indicators = self.refs("indicator", links.indicators_of.get(o.id.as_str()));
            let id = self.iri("outcome", o.id.as_str());
            let stakeholder_outcome = self.iri("stakeholder-outcome", o.id.as_str());
            emit(Node::Outcome(Outcome {
                id,
                ty: "cids:Outcome",
                name: o.id.as_str(),
                description: o.statement.get(lang),
                indicators: indicators.clone(),
                stakeholder_outcome: reference(stakeholder_outcome),
                part_of: self.part_of,
            }))?;
            emit(Node::StakeholderOutcome(StakeholderOutcome {
                id: stakeholder_outcome,
                ty: "cids:StakeholderOutcome",
                name: format!("{} — {}", o.id, o.level.label().get(lang)),
                outcome: reference(id),
                stakeholder: reference(stakeholder(self.tov, o.level)),
                indicators,
            }))?;
        }
        Ok(())
    }

    /// Each output, as an indicator of its outcomes, described by its measurements and the
    /// contributions it can record.
    fn indicators<E>(&self, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let lang = self.lang;
        for o in &self.tov.outputs {
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
            emit(Node::Indicator(Indicator {
                id: self.iri("indicator", o.id.as_str()),
                ty: "cids:Indicator",
                identifier: Cow::Borrowed(o.id.as_str()),
                name: o.statement.get(lang),
                description: Cow::Owned(format!(
                    "{}: {}. {}: {}.",
                    lang.pick("Meting", "Measurement"),
                    methods.join("; "),
                    lang.pick("Bijdragen", "Contributions"),
                    contributions.join(", ")
                )),
                outcomes: o
                    .outcomes
                    .iter()
                    .map(|x| reference(self.iri("outcome", x.as_str())))
                    .collect(),
            }))?;
        }
        Ok(())
    }

    /// Each activity, with the outcomes its outputs serve, its inputs and its reach.
    fn activities<E>(&self, links: &Links<'a>, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        for a in &self.tov.activities {
            let outcomes: BTreeSet<&str> = a
                .outputs
                .iter()
                .filter_map(|o| links.outcomes_of.get(o.as_str()))
                .flat_map(|x| x.iter().map(crate::model::Id::as_str))
                .collect();
            let reach: Vec<Ref<'_>> = links
                .reach_of_all
                .iter()
                .chain(links.reach_of.get(a.id.as_str()).into_iter().flatten())
                .map(|r| reference(self.iri("output", r)))
                .collect();
            emit(Node::Activity(Activity {
                id: self.iri("activity", a.id.as_str()),
                ty: "cids:Activity",
                name: Cow::Owned(a.display_label().get(self.lang).to_owned()),
                outcomes: outcomes
                    .into_iter()
                    .map(|x| reference(self.iri("outcome", x)))
                    .collect(),
                inputs: self.refs("input", links.inputs_of.get(a.id.as_str())),
                outputs: reach,
                part_of: self.part_of,
                description: a.description.as_ref().map(|d| d.get(self.lang)),
            }))?;
        }
        Ok(())
    }

    /// Each input, and each reach figure as an output.
    fn inputs_and_reach<E>(&self, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let lang = self.lang;
        for i in &self.tov.inputs {
            emit(Node::Input(Input {
                id: self.iri("input", i.id.as_str()),
                ty: "cids:Input",
                name: Cow::Owned(i.display_label().get(lang).to_owned()),
                part_of: self.part_of,
                description: i.description.as_ref().map(|d| d.get(lang)),
            }))?;
        }
        for r in &self.tov.reach {
            emit(Node::Output(Output {
                id: self.iri("output", r.id.as_str()),
                ty: "cids:Output",
                name: match &r.label {
                    Some(l) => Cow::Borrowed(l.get(lang)),
                    None => Cow::Borrowed(r.kind.label().get(lang)),
                },
                description: r.kind.label().get(lang),
                part_of: self.part_of,
            }))?;
        }
        Ok(())
    }
}

/// A value estimate as CIDS JSON-LD: the ToV's nodes, one `cids:IndicatorReport` per output
/// recorded (people or neighbourhoods, with the split by contribution kind as a comment), and
/// reports on two indicators of care costs avoided, gross and net, in euro cents, over the
/// census period. The same document as [`estimate_graph`], as a [`Value`].
///
/// ```
/// use theory_of_value::{example, national, Lang};
/// use theory_of_value::export::cids;
/// let doc = cids::estimate(example::estimate(), national(), example::census(), Lang::En);
/// let reports = doc["@graph"].as_array().unwrap().iter().filter(|n| n["@type"] == "cids:IndicatorReport").count();
/// assert_eq!(reports, example::estimate().outputs.len() + 2);
/// ```
pub fn estimate(e: &Estimate, tov: &TheoryOfValue, census: &Census, lang: Lang) -> Value {
    to_value(&estimate_graph(e, tov, census, lang))
}

/// The export of [`estimate`], ready to be written without building a [`Value`]: what
/// `tov cids --estimate` writes.
///
/// ```
/// use theory_of_value::{example, national, Lang};
/// use theory_of_value::export::cids;
/// let graph = cids::estimate_graph(example::estimate(), national(), example::census(), Lang::En);
/// assert_eq!(serde_json::to_value(&graph)?, cids::estimate(example::estimate(), national(), example::census(), Lang::En));
/// # Ok::<(), serde_json::Error>(())
/// ```
pub fn estimate_graph<'a>(
    e: &'a Estimate,
    tov: &'a TheoryOfValue,
    census: &'a Census,
    lang: Lang,
) -> Graph<'a> {
    Graph {
        tov,
        lang,
        links: Links::new(tov),
        estimate: Some((e, census)),
    }
}

/// The nodes an estimate adds to its ToV's: the organisation counted and the census period,
/// a report per output recorded, and the indicators and reports of care costs avoided.
fn estimate_nodes<'a, E>(
    e: &'a Estimate,
    tov: &'a TheoryOfValue,
    census: &'a Census,
    lang: Lang,
    emit: &mut Emit<'_, 'a, E>,
) -> Result<(), E> {
    let t = tov.id.as_str();
    let nodes = EstimateNodes {
        tov,
        census,
        lang,
        org: Iri::new(t, "organisation", "census"),
        period: Iri::new(t, "period", census.id.as_str()),
    };
    emit(Node::Organization(Organization {
        id: nodes.org,
        ty: "cids:Organization",
        name: &census.organisation,
        impact_model: None,
    }))?;
    emit(Node::Period(Period {
        id: nodes.period,
        ty: "time:DateTimeInterval",
        beginning: census.period.start.first_day().to_string(),
        end: census.period.end.last_day().to_string(),
    }))?;
    for o in &e.outputs {
        emit(Node::Report(nodes.output_report(o)))?;
    }
    nodes.care_costs(e, emit)
}

/// What the nodes of an estimate share: the ToV, the census, the language, and the nodes of
/// the organisation counted and of the census period.
struct EstimateNodes<'a> {
    tov: &'a TheoryOfValue,
    census: &'a Census,
    lang: Lang,
    org: Iri<'a>,
    period: Iri<'a>,
}

impl<'a> EstimateNodes<'a> {
    /// The report of an output: the people or neighbourhoods recorded, with the split by
    /// contribution kind and the strength points as a comment.
    fn output_report(&self, o: &'a OutputEstimate) -> IndicatorReport<'a> {
        let (t, lang, census) = (self.tov.id.as_str(), self.lang, self.census);
        let unit = match o.level {
            Level::Individual => lang.pick("mensen", "people"),
            Level::Collective => lang.pick("wijken", "neighbourhoods"),
        };
        IndicatorReport {
            id: Iri::two(t, "indicator-report", census.id.as_str(), o.output.as_str()),
            ty: "cids:IndicatorReport",
            name: format!("{} — {}", o.output, census.id),
            indicator: reference(Iri::new(t, "indicator", o.output.as_str())),
            organization: reference(self.org),
            time: reference(self.period),
            value: measure(o.count, unit),
            comment: Some(format!(
                "{} {}, {} {}, {} {}; {} {}",
                ContributionKind::Improvement.label().get(lang),
                o.improvement,
                ContributionKind::Stabilisation.label().get(lang),
                o.stabilisation,
                ContributionKind::SlowerDecline.label().get(lang),
                o.slower_decline,
                lang.pick("sterktepunten", "strength points"),
                o.strength_points,
            )),
        }
    }

    /// The two indicators of care costs avoided, gross and net, each with its report in euro
    /// cents.
    fn care_costs<E>(&self, e: &Estimate, emit: &mut Emit<'_, 'a, E>) -> Result<(), E> {
        let (t, lang, census) = (self.tov.id.as_str(), self.lang, self.census);
        for (key, name, amount) in [
            (
                "gross",
                Label::new(
                    "Voorkomen zorg- en ondersteuningskosten, bruto",
                    "Care and support costs avoided, gross",
                ),
                e.gross,
            ),
            (
                "net",
                Label::new(
                    "Voorkomen zorg- en ondersteuningskosten, netto",
                    "Care and support costs avoided, net",
                ),
                e.net,
            ),
        ] {
            let indicator = Iri::new(t, "care-cost-indicator", key);
            let name = name.get(lang);
            emit(Node::Indicator(Indicator {
                id: indicator,
                ty: "cids:Indicator",
                identifier: Cow::Owned(format!("care-costs-avoided-{key}")),
                name,
                description: Cow::Borrowed(lang.pick(
                    "Som van de regels van de waardeschatting, in eurocenten.",
                    "Sum of the value estimate's lines, in euro cents.",
                )),
                outcomes: self
                    .tov
                    .outcomes
                    .iter()
                    .filter(|o| o.level == Level::Individual)
                    .map(|o| reference(Iri::new(t, "outcome", o.id.as_str())))
                    .collect(),
            }))?;
            emit(Node::Report(IndicatorReport {
                id: Iri::two(t, "care-cost-report", census.id.as_str(), key),
                ty: "cids:IndicatorReport",
                name: format!("{name} — {}", census.id),
                indicator: reference(indicator),
                organization: reference(self.org),
                time: reference(self.period),
                value: measure(amount.cents(), "EUR cent"),
                comment: None,
            }))?;
        }
        Ok(())
    }
}
