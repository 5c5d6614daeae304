//! How the local ToV carries the reference: its impact, outcomes and outputs by adoption or
//! refinement, its activities and inputs by kind; and what it adds of its own.

use super::{Addition, ElementCoverage};
use crate::base::{Code, Lang, Message, Report, Text};
use crate::model::{ActivityKind, Id, InputKind, Layer, Level, TheoryOfValue};
use crate::read::suggest::Hints;
use std::collections::{BTreeMap, BTreeSet};

/// The start of a statement as a readable name: up to the first sentence end, at most about
/// sixty characters, cut at a word with "…".
pub(super) fn short(text: &Text) -> Text {
    fn cut(s: &str) -> String {
        let s = s.trim();
        let s = s.split(". ").next().unwrap_or(s).trim_end_matches('.');
        if s.chars().count() <= 64 {
            return s.to_owned();
        }
        let mut end = 0;
        for (i, c) in s.char_indices() {
            if i > 60 {
                break;
            }
            if c == ' ' {
                end = i;
            }
        }
        if end == 0 {
            end = s.char_indices().nth(60).map_or(s.len(), |(i, _)| i);
        }
        format!("{}…", s[..end].trim_end_matches([',', ';', ':', ' ', '–']))
    }
    Text {
        nl: cut(&text.nl),
        en: text.en.as_deref().map(cut),
    }
}

pub(super) struct RefElement<'a> {
    pub(super) id: &'a Id,
    pub(super) layer: Layer,
    pub(super) level: Option<Level>,
    pub(super) label: Text,
}

/// A local impact, outcome or output as the comparison sees it. Its path and label are made
/// only for the findings and additions that need them, so a large ToV whose elements all
/// refine something is not read twice.
struct LocalElement<'a> {
    id: &'a Id,
    layer: Layer,
    level: Option<Level>,
    refines: &'a [Id],
    /// The position in its list (none for the impact).
    index: Option<usize>,
    statement: &'a Text,
}

impl LocalElement<'_> {
    fn path(&self) -> String {
        match (self.layer, self.index) {
            (Layer::Outcome, Some(k)) => format!("/outcomes/{k}"),
            (Layer::Output, Some(k)) => format!("/outputs/{k}"),
            _ => "/impact".into(),
        }
    }
}

pub(super) fn reference_elements(tov: &TheoryOfValue) -> Vec<RefElement<'_>> {
    let mut v = Vec::new();
    if let Some(i) = &tov.impact {
        v.push(RefElement {
            id: &i.id,
            layer: Layer::Impact,
            level: None,
            label: short(&i.statement),
        });
    }
    v.extend(tov.outcomes.iter().map(|o| RefElement {
        id: &o.id,
        layer: Layer::Outcome,
        level: Some(o.level),
        label: short(&o.statement),
    }));
    v.extend(tov.outputs.iter().map(|o| RefElement {
        id: &o.id,
        layer: Layer::Output,
        level: Some(o.level),
        label: short(&o.statement),
    }));
    v
}

fn local_elements(tov: &TheoryOfValue) -> impl Iterator<Item = LocalElement<'_>> {
    let impact = tov.impact.iter().map(|i| LocalElement {
        id: &i.id,
        layer: Layer::Impact,
        level: None,
        refines: &i.refines,
        index: None,
        statement: &i.statement,
    });
    let outcomes = tov.outcomes.iter().enumerate().map(|(k, o)| LocalElement {
        id: &o.id,
        layer: Layer::Outcome,
        level: Some(o.level),
        refines: &o.refines,
        index: Some(k),
        statement: &o.statement,
    });
    let outputs = tov.outputs.iter().enumerate().map(|(k, o)| LocalElement {
        id: &o.id,
        layer: Layer::Output,
        level: Some(o.level),
        refines: &o.refines,
        index: Some(k),
        statement: &o.statement,
    });
    impact.chain(outcomes).chain(outputs)
}

pub(super) fn kind_id(s: &str) -> Id {
    Id::new(s).expect("catalogue IDs are well-formed identifiers")
}

/// Which local impact, outcomes and outputs carry which reference element (by adoption of
/// its ID or by `refines`), with the findings about broken refinements and the local
/// additions.
#[allow(clippy::type_complexity)]
pub(super) fn carry_chain<'a>(
    local: &'a TheoryOfValue,
    reference: &TheoryOfValue,
    refs: &'a [RefElement<'a>],
    report: &mut Report,
) -> (BTreeMap<&'a str, Vec<Id>>, Vec<Addition>) {
    let mut chain = Chain {
        by_id: refs.iter().map(|r| (r.id.as_str(), r)).collect(),
        refs,
        reference: &reference.id,
        names: BTreeMap::new(),
        hints: Hints::new(),
        carried: BTreeMap::new(),
    };
    let mut additions = Vec::new();
    // The refinements of all local elements copied first, in one tight pass, into one list
    // (inline, when short): each element's list is an allocation of its own, and reading them
    // all at once lets the processor fetch many from memory at a time.
    let mut targets: Vec<Id> = Vec::new();
    let mut ends: Vec<usize> = Vec::new();
    for el in local_elements(local) {
        targets.extend(el.refines.iter().cloned());
        ends.push(targets.len());
    }
    let mut start = 0;
    for (el, &end) in local_elements(local).zip(&ends) {
        let refines = targets.get(start..end).unwrap_or_default();
        start = end;
        if !chain.carry(&el, refines, report) && el.refines.is_empty() {
            additions.push(local_addition(&el, &reference.id, report));
        }
    }
    let mut carried = chain.carried;
    for ids in carried.values_mut() {
        *ids = crate::model::id::sorted_unique(std::mem::take(ids));
    }
    (carried, additions)
}

/// What carrying the chain keeps at hand: the reference elements by ID, the reference's IDs
/// per layer to suggest from (made once, when first needed), and the local elements that
/// carry each reference element so far.
struct Chain<'a, 'r> {
    by_id: BTreeMap<&'a str, &'a RefElement<'a>>,
    refs: &'a [RefElement<'a>],
    reference: &'r Id,
    names: BTreeMap<Layer, Vec<&'a str>>,
    hints: Hints,
    /// Copies of the carrying IDs (inline, when short), made in the document's order, so that
    /// sorting them does not go back to the document.
    carried: BTreeMap<&'a str, Vec<Id>>,
}

impl<'a> Chain<'a, '_> {
    /// Records what `el` carries: the reference element whose ID it keeps (adoption) and every
    /// reference element of its `refines` that fits, with a finding for each that does not.
    /// Whether it carries anything.
    fn carry(&mut self, el: &LocalElement<'_>, refines: &[Id], report: &mut Report) -> bool {
        let mut carries_any = false;
        // Adoption: the local element keeps the ID of a reference element of its layer.
        if let Some(&r) = self.by_id.get(el.id.as_str()) {
            if r.layer == el.layer && r.level == el.level {
                self.carried
                    .entry(r.id.as_str())
                    .or_default()
                    .push(el.id.clone());
                carries_any = true;
            }
        }
        for (j, target) in refines.iter().enumerate() {
            if let Some(r) = self.fit(el, j, target, report) {
                self.carried.entry(r).or_default().push(el.id.clone());
                carries_any = true;
            }
        }
        carries_any
    }

    /// The ID of the reference element that refinement `j` of `el` names, where `el` may
    /// refine it; otherwise a finding: `TOV302` no such element, `TOV304` another layer,
    /// `TOV303` another level.
    fn fit(
        &mut self,
        el: &LocalElement<'_>,
        j: usize,
        target: &Id,
        report: &mut Report,
    ) -> Option<&'a str> {
        // Made only for a finding.
        let path = || format!("{}/refines/{j}", el.path());
        let Some(&r) = self.by_id.get(target.as_str()) else {
            self.unknown(el, target, path(), report);
            return None;
        };
        if r.layer != el.layer {
            report.push(
                Code::RefinementLayerMismatch,
                path(),
                Message::new(
                    format!("`{}` ({}) kan `{target}` ({}) niet verfijnen: verfijn een element uit dezelfde laag.", el.id, el.layer.label().nl, r.layer.label().nl),
                    format!("`{}` ({}) cannot refine `{target}` ({}): refine an element of the same layer.", el.id, el.layer.label().en, r.layer.label().en),
                ),
            );
            return None;
        }
        if let (Some(mine), Some(theirs)) = (el.level, r.level) {
            if mine != theirs {
                report.push(
                    Code::RefinementLevelMismatch,
                    path(),
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
                return None;
            }
        }
        Some(r.id.as_str())
    }

    /// `TOV302`: `el` refines `target`, which the reference does not have; with a suggestion
    /// from the reference's IDs of the same layer.
    fn unknown(&mut self, el: &LocalElement<'_>, target: &Id, path: String, report: &mut Report) {
        let refs = self.refs;
        let candidates = self.names.entry(el.layer).or_insert_with(|| {
            refs.iter()
                .filter(|r| r.layer == el.layer)
                .map(|r| r.id.as_str())
                .collect()
        });
        let (hint_nl, hint_en) = self.hints.hint(target.as_str(), candidates);
        let reference = self.reference;
        report.push(
            Code::UnknownReferenceElement,
            path,
            Message::new(
                format!("ToV `{reference}` heeft geen element `{target}`.{hint_nl}"),
                format!("ToV `{reference}` has no element `{target}`.{hint_en}"),
            ),
        );
    }
}

/// `TOV305`: a local impact, outcome or output that refines nothing in the reference, and the
/// local addition it is.
fn local_addition(el: &LocalElement<'_>, reference: &Id, report: &mut Report) -> Addition {
    let label = short(el.statement);
    report.push(
        Code::LocalAddition,
        el.path(),
        Message::new(
            format!(
                "'{}' (`{}`) verfijnt niets uit ToV `{reference}`: een eigen toevoeging (couleur locale).",
                label.nl, el.id
            ),
            format!(
                "'{}' (`{}`) refines nothing in ToV `{reference}`: a local addition (couleur locale).",
                label.get(Lang::En), el.id
            ),
        ),
    );
    Addition {
        id: el.id.clone(),
        layer: el.layer,
        level: el.level,
        label,
    }
}

/// Coverage of the reference's activity and input kinds (other than `own`) by the local
/// activities and inputs of each kind, added to `elements`; local ones of other kinds are
/// additions. The reference's input kinds.
pub(super) fn carry_activities_and_inputs(
    local: &TheoryOfValue,
    reference: &TheoryOfValue,
    elements: &mut Vec<ElementCoverage>,
    additions: &mut Vec<Addition>,
    report: &mut Report,
) -> BTreeSet<InputKind> {
    let activity_kinds: BTreeSet<ActivityKind> = reference
        .activities
        .iter()
        .map(|a| a.kind)
        .filter(|k| *k != ActivityKind::Own)
        .collect();
    let local_activities = local.activities.iter().map(|a| {
        let label = a.label.clone().unwrap_or_else(|| a.kind.label().into());
        (&a.id, a.kind, label)
    });
    carry_kinds(
        Layer::Activity,
        &activity_kinds,
        local_activities,
        elements,
        additions,
        report,
    );
    let input_kinds: BTreeSet<InputKind> = reference
        .inputs
        .iter()
        .map(|i| i.kind)
        .filter(|k| *k != InputKind::Own)
        .collect();
    let local_inputs = local.inputs.iter().map(|i| {
        let label = i.label.clone().unwrap_or_else(|| i.kind.label().into());
        (&i.id, i.kind, label)
    });
    carry_kinds(
        Layer::Input,
        &input_kinds,
        local_inputs,
        elements,
        additions,
        report,
    );
    input_kinds
}

/// Coverage of the reference's activity or input kinds by the local elements of that kind;
/// a local element of a kind the reference does not have is a local addition.
fn carry_kinds<'a, K: Ord + Copy + KindId>(
    layer: Layer,
    kinds: &BTreeSet<K>,
    local: impl Iterator<Item = (&'a Id, K, Text)> + Clone,
    elements: &mut Vec<ElementCoverage>,
    additions: &mut Vec<Addition>,
    report: &mut Report,
) {
    let mut by_kind: BTreeMap<K, Vec<Id>> = BTreeMap::new();
    for (id, kind, _) in local.clone() {
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
            label: kind.kind_label().into(),
            refined_by: by,
            choice: None,
        });
    }
    for (k, (id, kind, label)) in local.enumerate() {
        if kinds.contains(&kind) {
            continue;
        }
        let (path, nl, en) = if layer == Layer::Activity {
            (
                format!("/activities/{k}"),
                format!(
                    "Activiteit '{}' (`{id}`) is een eigen toevoeging (couleur locale).",
                    label.nl
                ),
                format!(
                    "Activity '{}' (`{id}`) is a local addition (couleur locale).",
                    label.get(Lang::En)
                ),
            )
        } else {
            (
                format!("/inputs/{k}"),
                format!("Input '{}' (`{id}`) is een eigen toevoeging.", label.nl),
                format!(
                    "Input '{}' (`{id}`) is a local addition.",
                    label.get(Lang::En)
                ),
            )
        };
        report.push(Code::LocalAddition, path, Message::new(nl, en));
        additions.push(Addition {
            id: id.clone(),
            layer,
            level: None,
            label,
        });
    }
}

/// The catalogue ID and label of an activity or input kind.
trait KindId {
    fn kind_id(self) -> &'static str;
    fn kind_label(self) -> crate::base::Label;
}

impl KindId for ActivityKind {
    fn kind_id(self) -> &'static str {
        self.id()
    }
    fn kind_label(self) -> crate::base::Label {
        self.label()
    }
}

impl KindId for InputKind {
    fn kind_id(self) -> &'static str {
        self.id()
    }
    fn kind_label(self) -> crate::base::Label {
        self.label()
    }
}
