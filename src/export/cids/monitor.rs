//! The monitor report as Common Impact Data Standard (CIDS, v2.1) JSON-LD: per output a
//! `cids:Indicator` (the output, "how can we measure it?") and `cids:IndicatorReport`s for
//! the participants measured and for each class of change, over the report's period, for each
//! organisation that contributed. A suppressed count has no value, only the comment "< 5";
//! shares and their 95% intervals are in the comment. IRIs are built from escaped segments.

use crate::base::escape::iri_segment;
use crate::base::Lang;
use crate::monitor::{Cell, MonitorReport};
use serde_json::{json, Value};

fn iri(tov: &str, kind: &str, id: &str) -> String {
    format!(
        "urn:theory-of-value:{}:{}:{}",
        iri_segment(tov),
        iri_segment(kind),
        iri_segment(id)
    )
}

fn value(cell: Cell, unit: &str) -> Option<Value> {
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
    let nl = lang == Lang::Nl;
    let t = r.tov.as_str();
    let key = format!("monitor.{}.{}", r.period.start, r.period.end);
    let unit = if nl { "deelnemers" } else { "participants" };
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
    let for_orgs: Vec<Value> = orgs.iter().map(|o| json!({ "@id": o })).collect();
    for o in &r.outputs {
        let indicator = iri(t, "indicator", o.output.as_str());
        graph.push(json!({
            "@id": indicator,
            "@type": "cids:Indicator",
            "org:hasIdentifier": o.output.as_str(),
            "org:hasName": o.statement.get(lang),
            "cids:hasDescription": if nl {
                "Deelnemers gemeten op deze output, per soort verandering (reliable change index)."
            } else {
                "Participants measured on this output, by class of change (reliable change index)."
            },
        }));
        let mut report = |suffix: &str, name: String, cell: Cell, comment: String| {
            let mut node = json!({
                "@id": iri(t, "report", &format!("{key}.{}.{suffix}", o.output)),
                "@type": "cids:IndicatorReport",
                "org:hasName": name,
                "cids:forIndicator": { "@id": indicator },
                "cids:forOrganization": for_orgs,
                "time:hasTime": { "@id": period },
                "cids:hasComment": comment,
            });
            if let Some(v) = value(cell, unit) {
                node["i72:value"] = v;
            }
            graph.push(node);
        };
        let measured = if nl { "gemeten" } else { "measured" };
        report(
            "measured",
            format!("{} — {measured}", o.output),
            o.measured,
            o.measured.to_string(),
        );
        for c in &o.changes {
            let label = c.change.label().get(lang);
            let comment = match c.share {
                Some(i) => format!(
                    "{}; {:.1}% (95%: {:.1}%–{:.1}%)",
                    c.count,
                    i.share * 100.0,
                    i.low * 100.0,
                    i.high * 100.0
                ),
                None => c.count.to_string(),
            };
            let comment = if nl {
                comment.replace('.', ",")
            } else {
                comment
            };
            let id = serde_json::to_value(c.change)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default();
            report(&id, format!("{} — {label}", o.output), c.count, comment);
        }
    }
    json!({ "@context": crate::export::cids::context(), "@graph": graph })
}
