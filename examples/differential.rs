//! The crate's side of the differential test (`web/differential.py`): reads JSON lines
//! `{"kind": …, "text": …}` from standard input and writes, per line, whether the crate
//! accepts the document — it reads and its own checks find no error — and the codes of what
//! it refused: `{"accepts": bool, "codes": [...]}`.
//!
//! Checks that need a second document (a persona set against its ToV, a census against its
//! persona set, a measurement plan against its ToV) are left out: no single schema can state
//! them.
//!
//! ```sh
//! echo '{"kind": "census", "text": "{}"}' | cargo run --example differential
//! ```

use serde_json::{json, Value};
use std::io::{BufRead, Write};
use theory_of_value::assess::{Assessment, MeasurementPlan};
use theory_of_value::compare::Comparison;
use theory_of_value::monitor;
use theory_of_value::schema::DocumentKind;
use theory_of_value::value::{Census, Estimate, Funding, PersonaSet};
use theory_of_value::{from_json_str, Code, Report, Severity, TheoryOfValue};

/// Findings about how a document fits another one.
const NEEDS_ANOTHER: [Code; 1] = [Code::UnknownPlanOutput];

fn verdict(kind: DocumentKind, text: &str) -> Result<Option<Report>, theory_of_value::ParseError> {
    Ok(match kind {
        DocumentKind::TheoryOfValue => Some(from_json_str::<TheoryOfValue>(text)?.validate()),
        DocumentKind::PersonaSet => Some(from_json_str::<PersonaSet>(text)?.validate()),
        DocumentKind::Census => Some(from_json_str::<Census>(text)?.validate()),
        DocumentKind::Assessment => Some(from_json_str::<Assessment>(text)?.validate()),
        // Its own checks (blank texts) run with those against a ToV; the findings that need
        // the ToV are left out below.
        DocumentKind::MeasurementPlan => Some(
            from_json_str::<MeasurementPlan>(text)?.validate_against(theory_of_value::national()),
        ),
        DocumentKind::Report => from_json_str::<Report>(text).map(|_| None)?,
        DocumentKind::Estimate => from_json_str::<Estimate>(text).map(|_| None)?,
        DocumentKind::Comparison => from_json_str::<Comparison>(text).map(|_| None)?,
        DocumentKind::Funding => Some(from_json_str::<Funding>(text)?.validate()),
        // The monitor's documents are validated together, against a ToV (`MonitorInput`):
        // here only their reading is compared with the schema.
        DocumentKind::InstrumentDefinition => {
            from_json_str::<monitor::InstrumentDefinition>(text).map(|_| None)?
        }
        DocumentKind::Measurements => from_json_str::<monitor::Measurements>(text).map(|_| None)?,
        DocumentKind::Stories => from_json_str::<monitor::Stories>(text).map(|_| None)?,
        DocumentKind::AreaFigures => from_json_str::<monitor::AreaFigures>(text).map(|_| None)?,
        DocumentKind::MonitorReport => {
            from_json_str::<monitor::MonitorReport>(text).map(|_| None)?
        }
        _ => unreachable!("every document kind is listed"),
    })
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let stdin = std::io::stdin();
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    for line in stdin.lock().lines() {
        let line: Value = serde_json::from_str(&line?)?;
        let kind: DocumentKind = line["kind"].as_str().unwrap_or_default().parse()?;
        let text = line["text"].as_str().unwrap_or_default();
        let result = match verdict(kind, text) {
            Err(e) => json!({ "accepts": false, "codes": [e.code.as_str()] }),
            Ok(report) => {
                let codes: Vec<&str> = report
                    .iter()
                    .flat_map(|r| r.findings.iter())
                    .filter(|f| f.severity == Severity::Error && !NEEDS_ANOTHER.contains(&f.code))
                    .map(|f| f.code.as_str())
                    .collect();
                json!({ "accepts": codes.is_empty(), "codes": codes })
            }
        };
        writeln!(out, "{result}")?;
    }
    Ok(())
}
