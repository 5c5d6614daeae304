//! Comparing a local ToV with the national one (or any reference ToV): what it carries, where
//! it adds its own couleur locale, and where the gaps are.

use crate::base::{Code, Message, Report};
use crate::model::{ActivityKind, BuildingBlock, Id, InputKind, Layer, Level, TheoryOfValue};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

/// How one element of the reference ToV is carried by the local ToV.
///
/// ```
/// use theory_of_value::{compare, example, national};
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
    /// The local elements that carry it, sorted; empty for a gap.
    pub refined_by: Vec<Id>,
}

impl ElementCoverage {
    /// Whether no local element carries the reference element.
    ///
    /// ```
    /// let c = theory_of_value::compare(theory_of_value::national(), theory_of_value::national());
    /// assert!(c.elements.iter().all(|e| !e.is_gap()));
    /// ```
    pub fn is_gap(&self) -> bool {
        self.refined_by.is_empty()
    }
}

/// A local element that refines nothing in the reference: couleur locale.
///
/// ```
/// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
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
}

/// Coverage of one layer (and level): how many reference elements the local ToV carries.
///
/// ```
/// let c = theory_of_value::compare(theory_of_value::national(), theory_of_value::national());
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
/// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
/// assert_eq!(c.building_blocks.len(), 4);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct BlockCoverage {
    /// The building block.
    pub block: BuildingBlock,
    /// The local activities of that kind, sorted.
    pub activities: Vec<Id>,
}

/// The local inputs of one kind.
///
/// ```
/// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
/// assert!(c.inputs.iter().any(|i| !i.inputs.is_empty()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InputCoverage {
    /// The input kind.
    pub kind: InputKind,
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
/// use theory_of_value::{compare, national};
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
    /// let c = theory_of_value::compare(theory_of_value::example::local_tov(), theory_of_value::national());
    /// assert!(c.gaps().count() > 0);
    /// ```
    pub fn gaps(&self) -> impl Iterator<Item = &ElementCoverage> {
        self.elements.iter().filter(|e| e.is_gap())
    }

    /// The comparison as text for a person: coverage per layer and level, the gaps, the local
    /// additions, and the findings.
    ///
    /// ```
    /// use theory_of_value::{compare, example, national, Lang};
    /// let text = compare(example::local_tov(), national()).render(Lang::En);
    /// assert!(text.contains("Output (individual): 6/8"));
    /// assert!(text.contains("local additions: op-nieuwkomers"));
    /// ```
    pub fn render(&self, lang: crate::base::Lang) -> String {
        use std::fmt::Write;
        let nl = lang == crate::base::Lang::Nl;
        let mut out = String::new();
        for cov in &self.coverage {
            let level = cov
                .level
                .map(|l| format!(" ({})", l.label().get(lang)))
                .unwrap_or_default();
            let _ = writeln!(
                out,
                "{}{level}: {}/{}",
                cov.layer.label().get(lang),
                cov.covered,
                cov.total
            );
        }
        let gaps: Vec<String> = self.gaps().map(|g| g.reference.to_string()).collect();
        let additions: Vec<String> = self.additions.iter().map(|a| a.id.to_string()).collect();
        let none = if nl { "geen" } else { "none" };
        let list = |v: &[String]| {
            if v.is_empty() {
                none.to_owned()
            } else {
                v.join(", ")
            }
        };
        let _ = writeln!(
            out,
            "{}: {}",
            if nl { "hiaten" } else { "gaps" },
            list(&gaps)
        );
        let _ = writeln!(
            out,
            "{}: {}",
            if nl {
                "eigen toevoegingen"
            } else {
                "local additions"
            },
            list(&additions)
        );
        out.push_str(&self.report.render(lang));
        out
    }

    /// The coverage of `layer` at `level` (`None` for all levels together).
    ///
    /// ```
    /// use theory_of_value::{compare, national};
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

struct RefElement<'a> {
    id: &'a Id,
    layer: Layer,
    level: Option<Level>,
}

struct LocalElement<'a> {
    id: &'a Id,
    layer: Layer,
    level: Option<Level>,
    refines: &'a [Id],
    path: String,
}

fn reference_elements(tov: &TheoryOfValue) -> Vec<RefElement<'_>> {
    let mut v = Vec::new();
    if let Some(i) = &tov.impact {
        v.push(RefElement {
            id: &i.id,
            layer: Layer::Impact,
            level: None,
        });
    }
    v.extend(tov.outcomes.iter().map(|o| RefElement {
        id: &o.id,
        layer: Layer::Outcome,
        level: Some(o.level),
    }));
    v.extend(tov.outputs.iter().map(|o| RefElement {
        id: &o.id,
        layer: Layer::Output,
        level: Some(o.level),
    }));
    v
}

fn local_elements(tov: &TheoryOfValue) -> Vec<LocalElement<'_>> {
    let mut v = Vec::new();
    if let Some(i) = &tov.impact {
        v.push(LocalElement {
            id: &i.id,
            layer: Layer::Impact,
            level: None,
            refines: &i.refines,
            path: "/impact".into(),
        });
    }
    v.extend(tov.outcomes.iter().enumerate().map(|(k, o)| LocalElement {
        id: &o.id,
        layer: Layer::Outcome,
        level: Some(o.level),
        refines: &o.refines,
        path: format!("/outcomes/{k}"),
    }));
    v.extend(tov.outputs.iter().enumerate().map(|(k, o)| LocalElement {
        id: &o.id,
        layer: Layer::Output,
        level: Some(o.level),
        refines: &o.refines,
        path: format!("/outputs/{k}"),
    }));
    v
}

fn kind_id(s: &str) -> Id {
    Id::new(s).expect("catalogue IDs are well-formed identifiers")
}

/// Compares `local` with `reference` (usually [`national`](crate::national)).
///
/// A local impact, outcome or output *carries* the reference elements it names in `refines`,
/// and *adopts* a reference element of the same layer whose ID it keeps. Activities and
/// inputs are carried by kind: a reference activity of kind `walk_in` is carried by every
/// local activity of that kind (`own` kinds are local additions). Findings:
/// `TOV301` a gap, `TOV302` a refinement of an element the reference does not have, `TOV303`
/// a refinement across levels, `TOV304` a refinement across layers, `TOV305` a local addition
/// (info), `TOV306` a local ToV that says it refines another reference.
///
/// `compare` does not validate either ToV on its own rules: with duplicate IDs or dangling
/// links the comparison is made of what is there. [`compare_validated`] takes only documents
/// that passed validation; the `tov compare` command refuses invalid ones unless forced.
///
/// ```
/// use theory_of_value::{compare, example, national};
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
    let (carried, mut additions) = carry_chain(local, reference, &refs, &mut report);
    let mut elements: Vec<ElementCoverage> = refs
        .iter()
        .map(|r| ElementCoverage {
            reference: r.id.clone(),
            layer: r.layer,
            level: r.level,
            refined_by: carried
                .get(r.id.as_str())
                .map(|s| s.iter().map(|i| (*i).clone()).collect())
                .unwrap_or_default(),
        })
        .collect();

    // Activities and inputs, by kind.
    let activity_kinds: BTreeSet<ActivityKind> = reference
        .activities
        .iter()
        .map(|a| a.kind)
        .filter(|k| *k != ActivityKind::Own)
        .collect();
    let local_activities = local.activities.iter().map(|a| (&a.id, a.kind));
    carry_kinds(
        Layer::Activity,
        &activity_kinds,
        local_activities,
        &mut elements,
        &mut additions,
        &mut report,
    );
    let input_kinds: BTreeSet<InputKind> = reference
        .inputs
        .iter()
        .map(|i| i.kind)
        .filter(|k| *k != InputKind::Own)
        .collect();
    let local_inputs = local.inputs.iter().map(|i| (&i.id, i.kind));
    carry_kinds(
        Layer::Input,
        &input_kinds,
        local_inputs,
        &mut elements,
        &mut additions,
        &mut report,
    );

    elements
        .sort_by(|a, b| (a.layer, a.level, &a.reference).cmp(&(b.layer, b.level, &b.reference)));
    gap_findings(&elements, reference, &mut report);
    let coverage = layer_coverage(&elements);
    let building_blocks = BuildingBlock::ALL
        .iter()
        .map(|b| BlockCoverage {
            block: *b,
            activities: sorted_ids(
                local
                    .activities
                    .iter()
                    .filter(|a| a.kind.building_block() == Some(*b))
                    .map(|a| &a.id),
            ),
        })
        .collect();
    let inputs = input_kinds
        .iter()
        .map(|k| InputCoverage {
            kind: *k,
            inputs: sorted_ids(local.inputs.iter().filter(|i| i.kind == *k).map(|i| &i.id)),
        })
        .collect();
    additions.sort_by(|a, b| (a.layer, &a.id).cmp(&(b.layer, &b.id)));

    Comparison {
        local: local.id.clone(),
        reference: reference.id.clone(),
        elements,
        additions,
        coverage,
        building_blocks,
        inputs,
        report,
    }
}

/// As [`compare`], for two ToVs that passed their validation, so an invalid one cannot be
/// compared by accident.
///
/// ```
/// use theory_of_value::base::Validated;
/// use theory_of_value::compare::compare_validated;
/// let local = Validated::new(theory_of_value::example::local_tov().clone())?;
/// let national = Validated::new(theory_of_value::national().clone())?;
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

/// The IDs, sorted.
fn sorted_ids<'a>(ids: impl Iterator<Item = &'a Id>) -> Vec<Id> {
    let mut ids: Vec<Id> = ids.cloned().collect();
    ids.sort();
    ids
}

/// `TOV305`: the local ToV says it refines another ToV than the reference.
fn check_reference_id(local: &TheoryOfValue, reference: &TheoryOfValue, report: &mut Report) {
    if let Some(r) = &local.refines {
        if *r != reference.id {
            report.push(
                Code::OtherReference,
                "/refines",
                Message::new(
                    format!(
                        "Deze ToV zegt ToV `{r}` te verfijnen, maar wordt vergeleken met `{}`.",
                        reference.id
                    ),
                    format!(
                        "This ToV says it refines ToV `{r}` but is compared with `{}`.",
                        reference.id
                    ),
                ),
            );
        }
    }
}

/// Which local impact, outcomes and outputs carry which reference element (by adoption of
/// its ID or by `refines`), with the findings about broken refinements and the local
/// additions.
#[allow(clippy::type_complexity)]
fn carry_chain<'a>(
    local: &'a TheoryOfValue,
    reference: &TheoryOfValue,
    refs: &'a [RefElement<'a>],
    report: &mut Report,
) -> (BTreeMap<&'a str, BTreeSet<&'a Id>>, Vec<Addition>) {
    let by_id: BTreeMap<&str, &RefElement<'_>> = refs.iter().map(|r| (r.id.as_str(), r)).collect();
    let mut carried: BTreeMap<&str, BTreeSet<&Id>> = BTreeMap::new();
    let mut additions = Vec::new();

    let mut hints = crate::read::suggest::Hints::new();
    // The reference's IDs per layer, made once, for suggestions.
    let mut names: BTreeMap<Layer, Vec<&str>> = BTreeMap::new();
    for el in local_elements(local) {
        let mut carries_any = false;
        // Adoption: the local element keeps the ID of a reference element of its layer.
        if let Some(r) = by_id.get(el.id.as_str()) {
            if r.layer == el.layer && r.level == el.level {
                carried.entry(r.id.as_str()).or_default().insert(el.id);
                carries_any = true;
            }
        }
        for (j, target) in el.refines.iter().enumerate() {
            let path = format!("{}/refines/{j}", el.path);
            let Some(r) = by_id.get(target.as_str()) else {
                let candidates = names.entry(el.layer).or_insert_with(|| {
                    refs.iter()
                        .filter(|r| r.layer == el.layer)
                        .map(|r| r.id.as_str())
                        .collect()
                });
                let (hint_nl, hint_en) = hints.hint(target.as_str(), candidates);
                report.push(
                    Code::UnknownReferenceElement,
                    path,
                    Message::new(
                        format!(
                            "ToV `{}` heeft geen element `{target}`.{hint_nl}",
                            reference.id
                        ),
                        format!("ToV `{}` has no element `{target}`.{hint_en}", reference.id),
                    ),
                );
                continue;
            };
            if r.layer != el.layer {
                report.push(
                    Code::RefinementLayerMismatch,
                    path,
                    Message::new(
                        format!("`{}` ({}) kan `{target}` ({}) niet verfijnen: verfijn een element uit dezelfde laag.", el.id, el.layer.label().nl, r.layer.label().nl),
                        format!("`{}` ({}) cannot refine `{target}` ({}): refine an element of the same layer.", el.id, el.layer.label().en, r.layer.label().en),
                    ),
                );
                continue;
            }
            if let (Some(mine), Some(theirs)) = (el.level, r.level) {
                if mine != theirs {
                    report.push(
                        Code::RefinementLevelMismatch,
                        path,
                        Message::new(
                            format!(
                                "`{}` is {}, maar verfijnt `{target}`, dat {} is.",
                                el.id,
                                mine.label().nl,
                                theirs.label().nl
                            ),
                            format!(
                                "`{}` is {} but refines `{target}`, which is {}.",
                                el.id,
                                mine.label().en,
                                theirs.label().en
                            ),
                        ),
                    );
                    continue;
                }
            }
            carried.entry(r.id.as_str()).or_default().insert(el.id);
            carries_any = true;
        }
        if !carries_any && el.refines.is_empty() {
            report.push(
                Code::LocalAddition,
                el.path.clone(),
                Message::new(
                    format!(
                        "`{}` verfijnt niets uit ToV `{}`: een eigen toevoeging (couleur locale).",
                        el.id, reference.id
                    ),
                    format!(
                        "`{}` refines nothing in ToV `{}`: a local addition (couleur locale).",
                        el.id, reference.id
                    ),
                ),
            );
            additions.push(Addition {
                id: el.id.clone(),
                layer: el.layer,
                level: el.level,
            });
        }
    }
    (carried, additions)
}

/// Coverage of the reference's activity or input kinds by the local elements of that kind;
/// a local element of a kind the reference does not have is a local addition.
fn carry_kinds<'a, K: Ord + Copy + KindId>(
    layer: Layer,
    kinds: &BTreeSet<K>,
    local: impl Iterator<Item = (&'a Id, K)> + Clone,
    elements: &mut Vec<ElementCoverage>,
    additions: &mut Vec<Addition>,
    report: &mut Report,
) {
    let mut by_kind: BTreeMap<K, Vec<Id>> = BTreeMap::new();
    for (id, kind) in local.clone() {
        if kinds.contains(&kind) {
            by_kind.entry(kind).or_default().push(id.clone());
        }
    }
    for kind in kinds {
        let mut by = by_kind.remove(kind).unwrap_or_default();
        by.sort();
        elements.push(ElementCoverage {
            reference: kind_id(kind.kind_id()),
            layer,
            level: None,
            refined_by: by,
        });
    }
    for (k, (id, kind)) in local.enumerate() {
        if kinds.contains(&kind) {
            continue;
        }
        let (path, nl, en) = if layer == Layer::Activity {
            (
                format!("/activities/{k}"),
                format!("Activiteit `{id}` is een eigen toevoeging (couleur locale)."),
                format!("Activity `{id}` is a local addition (couleur locale)."),
            )
        } else {
            (
                format!("/inputs/{k}"),
                format!("Input `{id}` is een eigen toevoeging."),
                format!("Input `{id}` is a local addition."),
            )
        };
        report.push(Code::LocalAddition, path, Message::new(nl, en));
        additions.push(Addition {
            id: id.clone(),
            layer,
            level: None,
        });
    }
}

/// The catalogue ID of an activity or input kind.
trait KindId {
    fn kind_id(self) -> &'static str;
}

impl KindId for ActivityKind {
    fn kind_id(self) -> &'static str {
        self.id()
    }
}

impl KindId for InputKind {
    fn kind_id(self) -> &'static str {
        self.id()
    }
}

/// `TOV301`: a reference element or kind that no local element carries.
fn gap_findings(elements: &[ElementCoverage], reference: &TheoryOfValue, report: &mut Report) {
    for e in elements.iter().filter(|e| e.is_gap()) {
        let layer_field = e.layer.field();
        let (what_nl, what_en) = match e.layer {
            Layer::Activity | Layer::Input => ("soort", "kind"),
            _ => ("element", "element"),
        };
        report.push(
            Code::Gap,
            format!("/{layer_field}"),
            Message::new(
                format!("Geen lokaal element draagt {what_nl} `{}` ({}) uit ToV `{}`: een hiaat, of een bewuste keuze.", e.reference, e.layer.label().nl, reference.id),
                format!("No local element carries {what_en} `{}` ({}) of ToV `{}`: a gap, or a deliberate choice.", e.reference, e.layer.label().en, reference.id),
            ),
        );
    }
}

/// Coverage per layer, and per level for outcomes and outputs.
fn layer_coverage(elements: &[ElementCoverage]) -> Vec<LayerCoverage> {
    let mut coverage = Vec::new();
    for layer in Layer::ALL {
        let levels: &[Option<Level>] = match layer {
            Layer::Outcome | Layer::Output => {
                &[None, Some(Level::Individual), Some(Level::Collective)]
            }
            _ => &[None],
        };
        for level in levels {
            let of = elements
                .iter()
                .filter(|e| e.layer == layer && (level.is_none() || e.level == *level));
            let (covered, total) = of.fold((0u32, 0u32), |(c, t), e| {
                (c + u32::from(!e.is_gap()), t + 1)
            });
            coverage.push(LayerCoverage {
                layer,
                level: *level,
                covered,
                total,
            });
        }
    }
    coverage
}
