//! The monitor report as Common Impact Data Standard (CIDS, v2.1) JSON-LD: per output a
//! `cids:Indicator` (the output, "how can we measure it?") and `cids:IndicatorReport`s for
//! the participants measured and for each class of change, over the report's period, for each
//! organisation that contributed. A suppressed count has no value, only the comment "< 5";
//! shares and their 95% intervals are in the comment. IRIs are built from escaped segments.

use crate::base::escape::iri_segment;
use crate::base::{format_decimal, Lang};
use crate::monitor::{ChangeCount, MonitorReport, OutputMonitor, ShownCount};
use serde_json::{json, Value};

/// The IRI of the node of `kind` for `id`, from escaped segments.
fn iri(tov: &str, kind: &str, id: &str) -> String {
    format!(
        "urn:theory-of-value:{}:{}:{}",
        iri_segment(tov),
        iri_segment(kind),
        iri_segment(id)
    )
}

/// A count as a measure in `unit`; none for a suppressed count.
fn value(cell: ShownCount, unit: &str) -> Option<Value> {
    cell.count().map(|n| {
        json!({ "@type": "i72:Measure", "i72:numerical_value": n.to_string(), "i72:unit_of_measure": unit })
    })
}

/// A monitor report as CIDS JSON-LD: `cids:Indicator`s for its outputs and
/// `cids:IndicatorReport`s for the participants measured and for each class of change.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::export::cids;
/// let r = example::monitor_report();
/// let doc = cids::monitor_report(r, Lang::En);
/// let reports = doc["@graph"].as_array().unwrap().iter().filter(|n| n["@type"] == "cids:IndicatorReport").count();
/// assert_eq!(reports, r.outputs.len() * 6);
/// ```
pub fn monitor_report(r: &MonitorReport, lang: Lang) -> Value {
    let t = r.tov.as_str();
    let key = format!("monitor.{}.{}", r.period.start, r.period.end);
    let mut graph = Vec::new();
    let orgs: Vec<String> = r
        .organisations
        .iter()
        .map(|o| iri(t, "organisation", o))
        .collect();
    for (o, name) in orgs.iter().zip(&r.organisations) {
        graph.push(json!({ "@id": o, "@type": "cids:Organization", "org:hasName": name }));
    }
    let period = iri(t, "period", &key);
    graph.push(json!({
        "@id": period,
        "@type": "time:DateTimeInterval",
        "time:hasBeginning": r.period.start.first_day().to_string(),
        "time:hasEnd": r.period.end.last_day().to_string(),
    }));
    let reports = Reports {
        tov: t,
        key: &key,
        unit: lang.pick("deelnemers", "participants"),
        period: &period,
        for_orgs: orgs.iter().map(|o| json!({ "@id": o })).collect(),
    };
    for o in &r.outputs {
        output_nodes(&reports, o, lang, &mut graph);
    }
    json!({ "@context": crate::export::cids::context(), "@graph": graph })
}

/// What the reports of every output share: the ToV, the key of the report's period, the unit
/// counted, the period's node and the organisations that contributed.
struct Reports<'a> {
    tov: &'a str,
    key: &'a str,
    unit: &'static str,
    period: &'a str,
    for_orgs: Vec<Value>,
}

impl Reports<'_> {
    /// The report on `indicator` of output `o` named `suffix`: `cell` participants, with
    /// `comment`; a suppressed count has no value.
    fn node(
        &self,
        (o, indicator): (&OutputMonitor, &str),
        suffix: &str,
        name: String,
        cell: ShownCount,
        comment: String,
    ) -> Value {
        let mut node = json!({
            "@id": iri(self.tov, "report", &format!("{}.{}.{suffix}", self.key, o.output)),
            "@type": "cids:IndicatorReport",
            "org:hasName": name,
            "cids:forIndicator": { "@id": indicator },
            "cids:forOrganization": self.for_orgs,
            "time:hasTime": { "@id": self.period },
            "cids:hasComment": comment,
        });
        if let Some(v) = value(cell, self.unit) {
            node["i72:value"] = v;
        }
        node
    }
}

/// The indicator of output `o` and its reports: the participants measured, and each class of
/// change.
fn output_nodes(reports: &Reports<'_>, o: &OutputMonitor, lang: Lang, graph: &mut Vec<Value>) {
    let indicator = iri(reports.tov, "indicator", o.output.as_str());
    graph.push(json!({
        "@id": indicator,
        "@type": "cids:Indicator",
        "org:hasIdentifier": o.output.as_str(),
        "org:hasName": o.statement.get(lang),
        "cids:hasDescription": lang.pick(
            "Deelnemers gemeten op deze output, per soort verandering (reliable change index).",
            "Participants measured on this output, by class of change (reliable change index).",
        ),
    }));
    let measured = lang.pick("gemeten", "measured");
    graph.push(reports.node(
        (o, &indicator),
        "measured",
        format!("{} — {measured}", o.output),
        o.measured,
        o.measured.to_string(),
    ));
    for c in &o.changes {
        let label = c.change.label().get(lang);
        let id = serde_json::to_value(c.change)
            .ok()
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_default();
        graph.push(reports.node(
            (o, &indicator),
            &id,
            format!("{} — {label}", o.output),
            c.count,
            change_comment(c, lang),
        ));
    }
}

/// The count of a class of change and, where there is one, its share with the 95% interval,
/// in percent with one decimal.
fn change_comment(c: &ChangeCount, lang: Lang) -> String {
    match c.share {
        Some(i) => format!(
            "{}; {}% (95%: {}%–{}%)",
            c.count,
            format_decimal(i.share * 100.0, 1, lang),
            format_decimal(i.low * 100.0, 1, lang),
            format_decimal(i.high * 100.0, 1, lang)
        ),
        None => c.count.to_string(),
    }
}
