//! Comparing a local ToV with the national one (or any reference ToV): what it carries, where
//! it adds its own couleur locale, and where the gaps are.

mod carry;
mod checks;
mod coverage;

use crate::base::{Code, Report, Text};
use crate::model::{BuildingBlock, Id, InputKind, Layer, Level, TheoryOfValue};
use carry::{carry_activities_and_inputs, carry_chain, reference_elements};
use checks::{check_reference_id, choice_findings, gap_findings};
use coverage::{block_coverage, input_coverage, layer_coverage};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// How one element of the reference ToV is carried by the local ToV.
///
/// ```
/// use theory_of_value::{compare::compare, example, model::national};
/// let c = compare(example::local_tov(), national());
/// let impact = &c.elements[0]; // sorted by layer: the impact comes first
/// assert_eq!(impact.reference.as_str(), "impact");
/// assert!(!impact.refined_by.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ElementCoverage {
    /// The reference element: its ID (impact, outcome, output) or its kind (activity, input).
    pub reference: Id,
    /// Its layer.
    pub layer: Layer,
    /// Its level (outcomes and outputs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// A readable name: the kind's label, or the start of the element's statement.
    pub label: Text,
    /// The local elements that carry it, sorted; empty for a gap.
    pub refined_by: Vec<Id>,
    /// The reason the local ToV gives for not carrying it, where that is a recorded choice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice: Option<Text>,
}

impl ElementCoverage {
    /// Whether no local element carries the reference element.
    ///
    /// ```
    /// let c = theory_of_value::compare::compare(theory_of_value::model::national(), theory_of_value::model::national());
    /// assert!(c.elements.iter().all(|e| !e.is_gap()));
    /// ```
    pub fn is_gap(&self) -> bool {
        self.refined_by.is_empty()
    }
}

/// A local element that refines nothing in the reference: couleur locale.
///
/// ```
/// let c = theory_of_value::compare::compare(theory_of_value::example::local_tov(), theory_of_value::model::national());
/// assert!(!c.additions.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Addition {
    /// The local element.
    pub id: Id,
    /// Its layer.
    pub layer: Layer,
    /// Its level (outcomes and outputs).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// A readable name: the element's own label, or the start of its statement.
    pub label: Text,
}

/// Coverage of one layer (and level): how many reference elements the local ToV carries.
///
/// ```
/// let c = theory_of_value::compare::compare(theory_of_value::model::national(), theory_of_value::model::national());
/// assert!(c.coverage.iter().all(|x| x.covered == x.total));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LayerCoverage {
    /// The layer.
    pub layer: Layer,
    /// The level, for outcomes and outputs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub level: Option<Level>,
    /// Reference elements carried.
    pub covered: u32,
    /// Reference elements in all.
    pub total: u32,
}

impl LayerCoverage {
    /// Covered as a fraction of total (1.0 for an empty reference layer).
    ///
    /// ```
    /// use theory_of_value::model::Layer;
    /// use theory_of_value::compare::LayerCoverage;
    /// let c = LayerCoverage { layer: Layer::Output, level: None, covered: 3, total: 4 };
    /// assert_eq!(c.fraction(), 0.75);
    /// ```
    pub fn fraction(&self) -> f64 {
        if self.total == 0 {
            1.0
        } else {
            f64::from(self.covered) / f64::from(self.total)
        }
    }
}

/// The local activities of one building block.
///
/// ```
/// let c = theory_of_value::compare::compare(theory_of_value::example::local_tov(), theory_of_value::model::national());
/// assert_eq!(c.building_blocks.len(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BlockCoverage {
    /// The building block.
    pub block: BuildingBlock,
    /// The building block's name.
    pub label: Text,
    /// The local activities of that kind, sorted.
    pub activities: Vec<Id>,
}

/// The local inputs of one kind.
///
/// ```
/// let c = theory_of_value::compare::compare(theory_of_value::example::local_tov(), theory_of_value::model::national());
/// assert!(c.inputs.iter().any(|i| !i.inputs.is_empty()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InputCoverage {
    /// The input kind.
    pub kind: InputKind,
    /// The input kind's name.
    pub label: Text,
    /// The local inputs of that kind, sorted.
    pub inputs: Vec<Id>,
}

/// The comparison of a local ToV with a reference ToV.
///
/// Elements (by layer, level and ID), additions (by layer and ID) and coverage are sorted, so
/// the comparison does not depend on the order of elements in either document. Problems are findings in the same code table
/// (`TOV3xx`).
///
/// ```
/// use theory_of_value::{compare::compare, model::national};
/// let c = compare(national(), national());
/// assert!(c.report.findings.is_empty());
/// assert!(c.additions.is_empty());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Comparison {
    /// The local ToV.
    pub local: Id,
    /// The reference ToV.
    pub reference: Id,
    /// Every element of the reference: impact, outcomes, outputs (by refinement), activities
    /// and inputs (by kind).
    pub elements: Vec<ElementCoverage>,
    /// Local elements that refine nothing.
    pub additions: Vec<Addition>,
    /// Coverage per layer, and per level for outcomes and outputs.
    pub coverage: Vec<LayerCoverage>,
    /// The four building blocks and the local activities of each.
    pub building_blocks: Vec<BlockCoverage>,
    /// The input kinds of the reference and the local inputs of each.
    pub inputs: Vec<InputCoverage>,
    /// Gaps, local additions, and refinements that do not fit.
    pub report: Report,
}

impl Comparison {
    /// The reference elements no local element carries.
    ///
    /// ```
    /// let c = theory_of_value::compare::compare(theory_of_value::example::local_tov(), theory_of_value::model::national());
    /// assert!(c.gaps().count() > 0);
    /// ```
    pub fn gaps(&self) -> impl Iterator<Item = &ElementCoverage> {
        self.elements.iter().filter(|e| e.is_gap())
    }

    /// The coverage of `layer` at `level` (`None` for all levels together).
    ///
    /// ```
    /// use theory_of_value::{compare::compare, model::national};
    /// use theory_of_value::model::{Layer, Level};
    /// let c = compare(national(), national());
    /// assert_eq!(c.coverage_of(Layer::Output, Some(Level::Collective)).unwrap().total, 7);
    /// ```
    pub fn coverage_of(&self, layer: Layer, level: Option<Level>) -> Option<&LayerCoverage> {
        self.coverage
            .iter()
            .find(|c| c.layer == layer && c.level == level)
    }
}

/// Compares `local` with `reference` (usually [`national`](crate::model::national)).
///
/// A local impact, outcome or output *carries* the reference elements it names in `refines`,
/// and *adopts* a reference element of the same layer whose ID it keeps. Activities and
/// inputs are carried by kind: a reference activity of kind `walk_in` is carried by every
/// local activity of that kind (`own` kinds are local additions). Findings:
/// `TOV301` a gap, `TOV302` a refinement of an element the reference does not have, `TOV303`
/// a refinement across levels, `TOV304` a refinement across layers, `TOV305` a local addition
/// (info), `TOV306` a local ToV that says it refines another reference, `TOV307` a gap that
/// is a recorded deliberate choice (info, with the reason), `TOV308` a choice about an
/// element the reference does not have, `TOV309` a choice not to carry what the local ToV
/// does carry.
///
/// `compare` does not validate either ToV on its own rules: with duplicate IDs or dangling
/// links the comparison is made of what is there. [`compare_validated`] takes only documents
/// that passed validation; the `tov compare` command refuses invalid ones unless forced.
///
/// ```
/// use theory_of_value::{compare::compare, example, model::national};
/// use theory_of_value::model::{Layer, Level};
/// let c = compare(example::local_tov(), national());
/// let outputs = c.coverage_of(Layer::Output, Some(Level::Individual)).unwrap();
/// assert_eq!(outputs.total, 8);
/// assert!(outputs.covered < outputs.total); // honest gaps
/// ```
pub fn compare(local: &TheoryOfValue, reference: &TheoryOfValue) -> Comparison {
    let mut report = Report::new();
    check_reference_id(local, reference, &mut report);
    let refs = reference_elements(reference);
    let (mut carried, mut additions) = carry_chain(local, reference, &refs, &mut report);
    let mut elements: Vec<ElementCoverage> = refs
        .iter()
        .map(|r| ElementCoverage {
            reference: r.id.clone(),
            layer: r.layer,
            level: r.level,
            label: r.label.clone(),
            refined_by: carried.remove(r.id.as_str()).unwrap_or_default(),
            choice: None,
        })
        .collect();
    let input_kinds =
        carry_activities_and_inputs(local, reference, &mut elements, &mut additions, &mut report);
    elements
        .sort_by(|a, b| (a.layer, a.level, &a.reference).cmp(&(b.layer, b.level, &b.reference)));
    choice_findings(local, reference, &mut elements, &mut report);
    gap_findings(&elements, reference, &mut report);
    additions.sort_by(|a, b| (a.layer, &a.id).cmp(&(b.layer, &b.id)));
    Comparison {
        local: local.id.clone(),
        reference: reference.id.clone(),
        coverage: layer_coverage(&elements),
        elements,
        additions,
        building_blocks: block_coverage(local),
        inputs: input_coverage(local, &input_kinds),
        report,
    }
}

/// The findings of [`compare`] about refinements and choices that do not fit the reference —
/// `TOV302`, `TOV303`, `TOV304`, `TOV306`, `TOV308`, `TOV309` — without the gaps and local
/// additions, which are the comparison's business. This is what checking a local ToV against
/// its reference adds to [`TheoryOfValue::validate`].
///
/// ```
/// use theory_of_value::{compare::refinement_report, example, model::national};
/// let mut local = example::local_tov().clone();
/// assert!(refinement_report(&local, national()).is_clean());
/// local.outputs[0].refines = vec!["op-ind-capacitys".parse()?];
/// assert_eq!(refinement_report(&local, national()).pairs(), vec![("TOV302", "/outputs/0/refines/0")]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn refinement_report(local: &TheoryOfValue, reference: &TheoryOfValue) -> Report {
    let mut report = compare(local, reference).report;
    report.findings.retain(|f| {
        matches!(
            f.code,
            Code::UnknownReferenceElement
                | Code::RefinementLevelMismatch
                | Code::RefinementLayerMismatch
                | Code::OtherReference
                | Code::UnknownChoiceElement
                | Code::ChoiceContradicted
        )
    });
    report
}

/// As [`compare`], for two ToVs that passed their validation, so an invalid one cannot be
/// compared by accident.
///
/// ```
/// use theory_of_value::base::Validated;
/// use theory_of_value::compare::compare_validated;
/// let local = Validated::new(theory_of_value::example::local_tov().clone())?;
/// let national = Validated::new(theory_of_value::model::national().clone())?;
/// let c = compare_validated(&local, &national);
/// assert_eq!(c.reference, national.id);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn compare_validated(
    local: &crate::base::Validated<TheoryOfValue>,
    reference: &crate::base::Validated<TheoryOfValue>,
) -> Comparison {
    compare(local, reference)
}
