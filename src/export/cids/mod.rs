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

mod estimate_nodes;
mod monitor;
mod tov_nodes;

pub use monitor::monitor_report;

use estimate_nodes::estimate_nodes;
use tov_nodes::tov_nodes;

use crate::base::escape::push_iri_segment;
use crate::base::Lang;
use crate::model::{Id, Level, TheoryOfValue};
use crate::value::{Census, Estimate};
use serde::Serialize;
use serde_json::Value;
use std::borrow::Cow;
use std::collections::HashMap;
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

/// Where the nodes of a graph go, one at a time.
type Emit<'e, 'a, E> = dyn FnMut(Node<'a>) -> Result<(), E> + 'e;

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
