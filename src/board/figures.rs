//! What the report shows, computed from the documents once, before anything is written: the
//! checks of every document, the value estimate, the comparison with the reference ToV, the
//! funding totals and the wrong pocket, the measurement plan per output, and the sources.

use super::documents::{DocumentCheck, Documents};
use crate::base::{Label, Lang};
use crate::compare::{compare, Comparison};
use crate::model::SourceRef;
use crate::value::{estimate, wrong_pocket, Estimate, FundingTotals, WrongPocket};

/// The documents with what the library computes from them, each once.
pub(super) struct Figures<'a> {
    pub(super) docs: Documents<'a>,
    pub(super) estimate: Option<Estimate>,
    pub(super) comparison: Option<Comparison>,
    pub(super) funding_totals: Option<FundingTotals>,
    pub(super) wrong_pocket: Option<WrongPocket>,
    pub(super) checks: Vec<DocumentCheck>,
    /// The measurement plan's lines per output ID, in the plan's order, when the plan is for
    /// this ToV: found once, so that many outputs and many lines stay linear.
    pub(super) plan_lines: std::collections::HashMap<&'a str, Vec<&'a crate::assess::PlanLine>>,
}

impl<'a> Figures<'a> {
    pub(super) fn new(docs: &Documents<'a>) -> Self {
        let docs = *docs;
        let mut checks = vec![DocumentCheck {
            document: Label::new("Theory of Value", "Theory of Value"),
            id: docs.tov.id.to_string(),
            report: docs.tov.validate(),
        }];
        let tov_of_set = docs.estimate_tov();
        if let Some(set) = docs.personas {
            checks.push(DocumentCheck {
                document: Label::new("Persona-set", "Persona set"),
                id: set.id.to_string(),
                report: set.validate_against(tov_of_set),
            });
        }
        if let (Some(census), Some(set)) = (docs.census, docs.personas) {
            checks.push(DocumentCheck {
                document: Label::new("Telling", "Census"),
                id: census.id.to_string(),
                report: census.validate_against(set),
            });
        } else if let Some(census) = docs.census {
            checks.push(DocumentCheck {
                document: Label::new("Telling", "Census"),
                id: census.id.to_string(),
                report: census.validate(),
            });
        }
        let mut est = None;
        if let (Some(set), Some(census)) = (docs.personas, docs.census) {
            let validated = checks.iter().all(|c| !c.report.has_errors());
            match estimate(tov_of_set, set, census) {
                Ok(e) => est = Some(e),
                // The validation reports above already hold the reason; a figure too large
                // to compute is only found by computing.
                Err(report) if validated => checks.push(DocumentCheck {
                    document: Label::new("Waardeschatting", "Value estimate"),
                    id: census.id.to_string(),
                    report,
                }),
                Err(_) => {}
            }
        }
        if let Some(plan) = docs.measurement_plan {
            checks.push(DocumentCheck {
                document: Label::new("Meetplan", "Measurement plan"),
                id: plan.id.to_string(),
                report: plan.validate_against(docs.tov),
            });
        }
        if let Some(a) = docs.assessment {
            checks.push(DocumentCheck {
                document: Label::new("Zelfbeoordeling", "Self-assessment"),
                id: a.id.to_string(),
                report: a.validate(),
            });
            if let Some(before) = docs.earlier_assessment {
                checks.push(DocumentCheck {
                    document: Label::new("Eerdere zelfbeoordeling", "Earlier self-assessment"),
                    id: before.id.to_string(),
                    report: before.validate(),
                });
                let change = a.changes_since(before);
                checks.push(DocumentCheck {
                    document: Label::new("Verandering", "Change"),
                    id: format!("{} → {}", before.id, a.id),
                    report: change.report,
                });
            }
        }
        let (mut funding_totals, mut pocket) = (None, None);
        if let Some(f) = docs.funding {
            let report = f.validate();
            if !report.has_errors() {
                funding_totals = f.totals().ok();
                pocket = est.as_ref().and_then(|e| wrong_pocket(f, e).ok());
            }
            checks.push(DocumentCheck {
                document: Label::new("Financiering", "Funding"),
                id: f.id.to_string(),
                report,
            });
        }
        let comparison =
            (docs.tov.id != docs.reference.id).then(|| compare(docs.tov, docs.reference));
        if let Some(c) = &comparison {
            checks.push(DocumentCheck {
                document: Label::new("Vergelijking", "Comparison"),
                id: format!("{} → {}", c.local, c.reference),
                report: c.report.clone(),
            });
        }
        let mut plan_lines: std::collections::HashMap<&str, Vec<&crate::assess::PlanLine>> =
            std::collections::HashMap::new();
        if let Some(p) = docs.measurement_plan.filter(|p| p.tov == docs.tov.id) {
            for line in &p.lines {
                plan_lines
                    .entry(line.output.as_str())
                    .or_default()
                    .push(line);
            }
        }
        Figures {
            docs,
            estimate: est,
            comparison,
            funding_totals,
            wrong_pocket: pocket,
            checks,
            plan_lines,
        }
    }

    pub(super) fn organisation(&self, lang: Lang) -> String {
        self.docs.tov.scope.organisation.clone().unwrap_or_else(|| {
            if lang == Lang::Nl {
                "De zelfregie- en herstelbeweging".to_owned()
            } else {
                "The self-direction and recovery movement".to_owned()
            }
        })
    }

    pub(super) fn title(&self, lang: Lang) -> String {
        format!(
            "{} — {}",
            self.organisation(lang),
            lang.pick("rapport over onze waarde", "report on our value")
        )
    }
}

/// Every source reference the report's documents carry, in order of first appearance.
pub(super) fn sources(cx: &Figures<'_>) -> Vec<SourceRef> {
    let mut all: Vec<SourceRef> = Vec::new();
    // Those already added, so that many sources stay linear.
    let mut seen: std::collections::HashSet<SourceRef> = std::collections::HashSet::new();
    let mut add = |s: &SourceRef| {
        if !seen.contains(s) {
            seen.insert(s.clone());
            all.push(s.clone());
        }
    };
    let tov = cx.docs.tov;
    tov.source.iter().for_each(&mut add);
    tov.impact
        .iter()
        .filter_map(|i| i.source.as_ref())
        .for_each(&mut add);
    tov.outcomes
        .iter()
        .filter_map(|o| o.source.as_ref())
        .for_each(&mut add);
    for o in &tov.outputs {
        o.source.iter().for_each(&mut add);
        o.measurement
            .iter()
            .filter_map(|m| m.source.as_ref())
            .for_each(&mut add);
    }
    tov.activities
        .iter()
        .filter_map(|a| a.source.as_ref())
        .for_each(&mut add);
    tov.inputs
        .iter()
        .filter_map(|i| i.source.as_ref())
        .for_each(&mut add);
    if cx.comparison.is_some() || cx.docs.estimate_tov().id != tov.id {
        cx.docs.reference.source.iter().for_each(&mut add);
    }
    if let Some(set) = cx.docs.personas {
        set.source.iter().for_each(&mut add);
        for p in &set.personas {
            for c in &p.care_avoided {
                add(&c.source);
                let a = &c.adjustments;
                for x in [
                    &a.deadweight,
                    &a.attribution,
                    &a.displacement,
                    &a.drop_off,
                    &a.discount_rate,
                ]
                .into_iter()
                .flatten()
                {
                    add(&x.source);
                }
                if let Some(d) = &a.duration {
                    add(&d.source);
                }
            }
        }
    }
    if let Some(c) = cx.docs.census {
        c.cost_source.iter().for_each(&mut add);
    }
    if let Some(p) = cx.docs.measurement_plan {
        for line in &p.lines {
            add(&line.instrument.source());
        }
    }
    if let Some(a) = cx.docs.assessment {
        for s in &a.characteristics {
            add(&s.characteristic.source());
        }
        for s in &a.craft {
            add(&s.concept.source());
        }
    }
    all
}
