//! What the report shows, computed from the documents once, before anything is written: the
//! checks of every document, the value estimate, the comparison with the reference ToV, the
//! funding totals and the wrong pocket, the self-assessment's summary and change, the
//! ijkpunten, the measurement plan per output, the elements of both ToVs by ID, and the
//! sources. The sections only write what is here.

use super::documents::{DocumentCheck, Documents};
use super::index::Index;
use crate::assess::{AssessmentChange, GroupSummary, PlanLine};
use crate::base::{Label, Lang, Report};
use crate::compare::{compare, Comparison};
use crate::model::{ijkpunt_coverage, IjkpuntCoverage, SourceRef};
use crate::value::{estimate, wrong_pocket, Estimate, FundingTotals, WrongPocket};
use std::collections::{HashMap, HashSet};

/// The documents with what the library computes from them, each once.
pub(super) struct Figures<'a> {
    pub(super) docs: Documents<'a>,
    pub(super) estimate: Option<Estimate>,
    pub(super) comparison: Option<Comparison>,
    pub(super) funding_totals: Option<FundingTotals>,
    pub(super) wrong_pocket: Option<WrongPocket>,
    pub(super) checks: Vec<DocumentCheck>,
    /// The latest self-assessment's mean per group of questions; empty without one.
    pub(super) summary: Vec<GroupSummary>,
    /// The change since the earlier self-assessment, when there are both.
    pub(super) change: Option<AssessmentChange>,
    /// The activities that serve each ijkpunt.
    pub(super) ijkpunten: IjkpuntCoverage,
    /// The measurement plan's lines per output ID, in the plan's order, when the plan is for
    /// this ToV: found once, so that many outputs and many lines stay linear.
    pub(super) plan_lines: HashMap<&'a str, Vec<&'a PlanLine>>,
    /// The elements of the organisation's ToV by ID.
    pub(super) local: Index<'a>,
    /// The elements of the reference ToV by ID.
    pub(super) reference: Index<'a>,
    /// Every source reference the documents carry, in order of first appearance.
    pub(super) sources: Vec<SourceRef>,
}

/// A check of the document `id` of kind `nl`/`en`.
fn check(nl: &'static str, en: &'static str, id: String, report: Report) -> DocumentCheck {
    DocumentCheck {
        document: Label::new(nl, en),
        id,
        report,
    }
}

impl<'a> Figures<'a> {
    pub(super) fn new(docs: &Documents<'a>) -> Self {
        let docs = *docs;
        let mut checks = vec![check(
            "Theory of Value",
            "Theory of Value",
            docs.tov.id.to_string(),
            docs.tov.validate(),
        )];
        let estimate = people(&docs, &mut checks);
        if let Some(plan) = docs.measurement_plan {
            checks.push(check(
                "Meetplan",
                "Measurement plan",
                plan.id.to_string(),
                plan.validate_against(docs.tov),
            ));
        }
        let change = assessments(&docs, &mut checks);
        let (funding_totals, pocket) = funding(&docs, estimate.as_ref(), &mut checks);
        let comparison =
            (docs.tov.id != docs.reference.id).then(|| compare(docs.tov, docs.reference));
        if let Some(c) = &comparison {
            checks.push(check(
                "Vergelijking",
                "Comparison",
                format!("{} → {}", c.local, c.reference),
                c.report.clone(),
            ));
        }
        let mut figures = Figures {
            docs,
            estimate,
            comparison,
            funding_totals,
            wrong_pocket: pocket,
            checks,
            summary: docs.assessment.map(|a| a.summary()).unwrap_or_default(),
            change,
            ijkpunten: ijkpunt_coverage(docs.tov),
            plan_lines: plan_lines(&docs),
            local: Index::of(docs.tov),
            reference: Index::of(docs.reference),
            sources: Vec::new(),
        };
        figures.sources = sources(&figures);
        figures
    }

    /// The elements of the ToV the persona set is written on (see
    /// [`Documents::estimate_tov`]).
    pub(super) fn estimate_index(&self) -> &Index<'a> {
        if std::ptr::eq(self.docs.estimate_tov(), self.docs.reference) {
            &self.reference
        } else {
            &self.local
        }
    }

    /// The organisation the report is about, or the movement for a ToV that names none.
    pub(super) fn organisation(&self, lang: Lang) -> String {
        self.docs.tov.scope.organisation.clone().unwrap_or_else(|| {
            lang.pick(
                "De zelfregie- en herstelbeweging",
                "The self-direction and recovery movement",
            )
            .to_owned()
        })
    }

    /// The page's title.
    pub(super) fn title(&self, lang: Lang) -> String {
        format!(
            "{} — {}",
            self.organisation(lang),
            lang.pick("rapport over onze waarde", "report on our value")
        )
    }
}

/// Checks the persona set and the census, and makes the estimate from them.
fn people(docs: &Documents<'_>, checks: &mut Vec<DocumentCheck>) -> Option<Estimate> {
    let tov_of_set = docs.estimate_tov();
    if let Some(set) = docs.personas {
        checks.push(check(
            "Persona-set",
            "Persona set",
            set.id.to_string(),
            set.validate_against(tov_of_set),
        ));
    }
    if let Some(census) = docs.census {
        let report = match docs.personas {
            Some(set) => census.validate_against(set),
            None => census.validate(),
        };
        checks.push(check("Telling", "Census", census.id.to_string(), report));
    }
    let (set, census) = (docs.personas?, docs.census?);
    let validated = checks.iter().all(|c| !c.report.has_errors());
    match estimate(tov_of_set, set, census) {
        Ok(e) => Some(e),
        // The validation reports above already hold the reason; a figure too large to compute
        // is only found by computing.
        Err(report) => {
            if validated {
                checks.push(check(
                    "Waardeschatting",
                    "Value estimate",
                    census.id.to_string(),
                    report,
                ));
            }
            None
        }
    }
}

/// Checks the self-assessments, and finds the change between them.
fn assessments(docs: &Documents<'_>, checks: &mut Vec<DocumentCheck>) -> Option<AssessmentChange> {
    let a = docs.assessment?;
    checks.push(check(
        "Zelfbeoordeling",
        "Self-assessment",
        a.id.to_string(),
        a.validate(),
    ));
    let before = docs.earlier_assessment?;
    checks.push(check(
        "Eerdere zelfbeoordeling",
        "Earlier self-assessment",
        before.id.to_string(),
        before.validate(),
    ));
    let change = a.changes_since(before);
    checks.push(check(
        "Verandering",
        "Change",
        format!("{} → {}", before.id, a.id),
        change.report.clone(),
    ));
    Some(change)
}

/// Checks the funding agreements, and totals them and sets them against the savings.
fn funding(
    docs: &Documents<'_>,
    estimate: Option<&Estimate>,
    checks: &mut Vec<DocumentCheck>,
) -> (Option<FundingTotals>, Option<WrongPocket>) {
    let Some(f) = docs.funding else {
        return (None, None);
    };
    let report = f.validate();
    let mut out = (None, None);
    if !report.has_errors() {
        out = (
            f.totals().ok(),
            estimate.and_then(|e| wrong_pocket(f, e).ok()),
        );
    }
    checks.push(check("Financiering", "Funding", f.id.to_string(), report));
    out
}

/// The measurement plan's lines per output, when the plan is for the organisation's ToV.
fn plan_lines<'a>(docs: &Documents<'a>) -> HashMap<&'a str, Vec<&'a PlanLine>> {
    let mut lines: HashMap<&str, Vec<&PlanLine>> = HashMap::new();
    if let Some(p) = docs.measurement_plan.filter(|p| p.tov == docs.tov.id) {
        for line in &p.lines {
            lines.entry(line.output.as_str()).or_default().push(line);
        }
    }
    lines
}

/// Source references in order of first appearance, each once.
#[derive(Default)]
struct Sources {
    all: Vec<SourceRef>,
    /// Those already added, so that many sources stay linear.
    seen: HashSet<SourceRef>,
}

impl Sources {
    fn add(&mut self, s: &SourceRef) {
        if !self.seen.contains(s) {
            self.seen.insert(s.clone());
            self.all.push(s.clone());
        }
    }

    fn add_all<'s>(&mut self, all: impl IntoIterator<Item = &'s SourceRef>) {
        for s in all {
            self.add(s);
        }
    }
}

/// Every source reference the report's documents carry, in order of first appearance.
fn sources(f: &Figures<'_>) -> Vec<SourceRef> {
    let mut out = Sources::default();
    let tov = f.docs.tov;
    out.add_all(&tov.source);
    out.add_all(tov.impact.iter().filter_map(|i| i.source.as_ref()));
    out.add_all(tov.outcomes.iter().filter_map(|o| o.source.as_ref()));
    for o in &tov.outputs {
        out.add_all(&o.source);
        out.add_all(o.measurement.iter().filter_map(|m| m.source.as_ref()));
    }
    out.add_all(tov.activities.iter().filter_map(|a| a.source.as_ref()));
    out.add_all(tov.inputs.iter().filter_map(|i| i.source.as_ref()));
    if f.comparison.is_some() || f.docs.estimate_tov().id != tov.id {
        out.add_all(&f.docs.reference.source);
    }
    if let Some(set) = f.docs.personas {
        out.add_all(&set.source);
        for c in set.personas.iter().flat_map(|p| &p.care_avoided) {
            out.add(&c.source);
            let a = &c.adjustments;
            out.add_all(
                [
                    &a.deadweight,
                    &a.attribution,
                    &a.displacement,
                    &a.drop_off,
                    &a.discount_rate,
                ]
                .into_iter()
                .flatten()
                .map(|x| &x.source),
            );
            out.add_all(a.duration.iter().map(|d| &d.source));
        }
    }
    if let Some(c) = f.docs.census {
        out.add_all(&c.cost_source);
    }
    if let Some(p) = f.docs.measurement_plan {
        for line in &p.lines {
            out.add(&line.instrument.source());
        }
    }
    if let Some(a) = f.docs.assessment {
        for s in &a.characteristics {
            out.add(&s.characteristic.source());
        }
        for s in &a.craft {
            out.add(&s.concept.source());
        }
    }
    out.all
}
