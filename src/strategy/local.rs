//! Strategies for a local ToV that refines a reference, and the ways of breaking how it does.

use super::{id, text};
use crate::base::Text;
use crate::model::{
    Activity, ActivityKind, Author, AuthorKind, BuildingBlock, Choice, ContributionKind,
    DocumentDate, Id, Impact, Input, InputKind, Level, Measurement, MeasurementKind, Outcome,
    Output, Partner, PartnerKind, Scope, TheoryOfValue,
};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

/// A local ToV derived from `reference`: a refining subset of its outcomes and outputs (each
/// local element refines one reference element, named in `refines`), plus local additions,
/// all four building blocks and the inputs a valid ToV needs, some partners, and at times a
/// deliberate choice about a reference output it does not carry. It validates with no errors
/// and no warnings.
///
/// ```
/// use proptest::prelude::*;
/// use theory_of_value::{compare, national, strategy};
/// proptest!(|(local in strategy::local_tov_from(national()))| {
///     prop_assert!(local.validate().is_clean());
///     prop_assert!(!compare(&local, national()).report.has_errors());
/// });
/// ```
pub fn local_tov_from(reference: &TheoryOfValue) -> impl Strategy<Value = TheoryOfValue> {
    let reference = reference.clone();
    let outputs: Vec<(Id, Level)> = reference
        .outputs
        .iter()
        .map(|o| (o.id.clone(), o.level))
        .collect();
    let n = outputs.len();
    (
        subsequence(outputs, 0..=n),
        prop::collection::vec((select(&Level::ALL[..]), text()), 0..3),
        prop::collection::vec(select(ActivityKind::ALL), 0..4),
        prop::collection::vec(select(InputKind::ALL), 0..4),
        text(),
        (
            prop::collection::vec((prop::option::of(select(PartnerKind::ALL)), text()), 0..3),
            prop::option::of(text()),
        ),
    )
        .prop_map(
            move |(refined, additions, extra_acts, extra_inputs, title, (partners, choice))| {
                let mut tov = TheoryOfValue::new(
                    id("tov-local", 0),
                    title,
                    Scope::local("Steunpunt (proptest)", ["Raalte"]),
                    "1",
                    DocumentDate::Year(2026),
                );
                tov.refines = Some(reference.id.clone());
                tov.authors.push(
                    Author::new("Deelnemersraad", AuthorKind::Organisation).with_lived_experience(),
                );
                tov.impact = Some(local_impact(&reference));
                add_local_outcomes(&mut tov, &reference);
                tov.outputs = local_outputs(refined, additions);
                add_local_activities(&mut tov, extra_acts);
                add_local_inputs(&mut tov, extra_inputs);
                add_partners(&mut tov, partners);
                if let Some(reason) = choice {
                    add_choice(&mut tov, &reference, reason);
                }
                tov
            },
        )
}

/// The local impact, refining the reference's if it has one.
fn local_impact(reference: &TheoryOfValue) -> Impact {
    if let Some(impact) = &reference.impact {
        let mut i = Impact::new(
            id("loc-impact", 0),
            Text::new("Een veerkrachtige gemeenschap"),
        );
        i.refines = vec![impact.id.clone()];
        i
    } else {
        Impact::new(
            id("loc-impact", 0),
            Text::new("Een veerkrachtige gemeenschap"),
        )
    }
}

/// One outcome per level, refining the reference's outcomes of that level.
fn add_local_outcomes(tov: &mut TheoryOfValue, reference: &TheoryOfValue) {
    for (i, level) in Level::ALL.iter().enumerate() {
        let mut o = Outcome::new(id("loc-oc", i), *level, Text::new("Grip op het leven"));
        o.refines = reference
            .outcomes
            .iter()
            .filter(|r| r.level == *level)
            .map(|r| r.id.clone())
            .collect();
        tov.outcomes.push(o);
    }
}

/// The outputs refining the `refined` reference outputs, then the local additions (one more
/// for a level with no output), each linked to the outcome of its level, counting and telling.
fn local_outputs(refined: Vec<(Id, Level)>, mut additions: Vec<(Level, Text)>) -> Vec<Output> {
    let outcome_of = |level: Level| id("loc-oc", usize::from(level == Level::Collective));
    let mut outputs: Vec<Output> = refined
        .into_iter()
        .enumerate()
        .map(|(i, (rid, level))| {
            let mut o = Output::new(
                id("loc-op", i),
                level,
                Text::new("Deelnemers ervaren meer zingeving"),
            );
            o.refines = vec![rid];
            o
        })
        .collect();
    // Every level needs an output, so no outcome is an orphan.
    for level in Level::ALL {
        if !outputs.iter().any(|o| o.level == level) && !additions.iter().any(|(l, _)| *l == level)
        {
            additions.push((level, Text::new("Een eigen output")));
        }
    }
    let base = outputs.len();
    outputs.extend(
        additions
            .into_iter()
            .enumerate()
            .map(|(i, (level, s))| Output::new(id("loc-add", base + i), level, s)),
    );
    for o in &mut outputs {
        o.outcomes = vec![outcome_of(o.level)];
        o.contributions = ContributionKind::ALL.to_vec();
        o.measurement = vec![
            Measurement::new(Text::new("Ervaringsverhalen"), MeasurementKind::Qualitative),
            Measurement::new(Text::new("Vragenlijst"), MeasurementKind::Quantitative),
        ];
    }
    outputs
}

/// One activity per building block, then the extra ones, together serving every output.
fn add_local_activities(tov: &mut TheoryOfValue, extra: Vec<ActivityKind>) {
    let n_outputs = tov.outputs.len();
    let mut kinds: Vec<ActivityKind> = BuildingBlock::ALL
        .iter()
        .map(|b| ActivityKind::from(*b))
        .collect();
    kinds.extend(extra);
    let n_acts = kinds.len();
    for (i, kind) in kinds.into_iter().enumerate() {
        let mut a = Activity::new(id("loc-act", i), kind);
        if kind == ActivityKind::Own {
            a.label = Some(Text::new("Eigen activiteit"));
        }
        a.outputs = (i..n_outputs)
            .step_by(n_acts)
            .map(|j| tov.outputs[j].id.clone())
            .collect();
        if a.outputs.is_empty() {
            a.outputs.push(tov.outputs[i % n_outputs].id.clone());
        }
        tov.activities.push(a);
    }
}

/// Lived-experience staff and sustainable funding, then the extra inputs, each enabling every
/// activity.
fn add_local_inputs(tov: &mut TheoryOfValue, extra: Vec<InputKind>) {
    let mut inputs = vec![
        InputKind::LivedExperienceStaff,
        InputKind::SustainableFunding,
    ];
    inputs.extend(extra);
    for (i, kind) in inputs.into_iter().enumerate() {
        let mut x = Input::new(id("loc-in", i), kind);
        if kind == InputKind::Own {
            x.label = Some(Text::new("Eigen input"));
        }
        x.activities = tov.activities.iter().map(|a| a.id.clone()).collect();
        tov.inputs.push(x);
    }
}

/// Partners of a kind, or of a kind of their own with a label, each in two activities.
fn add_partners(tov: &mut TheoryOfValue, partners: Vec<(Option<PartnerKind>, Text)>) {
    for (i, (kind, label)) in partners.into_iter().enumerate() {
        let mut p = Partner::new(format!("Partner {}", i + 1), kind);
        if kind.is_none() {
            p.label = Some(label);
        }
        p.activities = tov
            .activities
            .iter()
            .skip(i)
            .take(2)
            .map(|a| a.id.clone())
            .collect();
        tov.partners.push(p);
    }
}

/// A deliberate choice about the first reference output nothing refines.
fn add_choice(tov: &mut TheoryOfValue, reference: &TheoryOfValue, reason: Text) {
    let carried: Vec<&Id> = tov.outputs.iter().flat_map(|o| o.refines.iter()).collect();
    if let Some(gap) = reference.outputs.iter().find(|o| !carried.contains(&&o.id)) {
        tov.choices.push(Choice::new(gap.id.clone(), reason));
    }
}

/// One way of breaking how a local ToV refines its reference, with the finding code the
/// comparison must then report (`TOV301`–`TOV309`). Each adds a finding that was not there:
/// the count of its code goes up.
///
/// ```
/// use theory_of_value::{compare, example, national, strategy::RefinementMutation};
/// let mut local = example::local_tov().clone();
/// let m = RefinementMutation::UnknownElement;
/// let before = compare(&local, national()).report.with_code(m.code()).count();
/// m.apply(&mut local, national());
/// assert!(compare(&local, national()).report.with_code(m.code()).count() > before);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum RefinementMutation {
    /// Stops carrying the first reference element the local ToV carries (`TOV301`).
    Gap,
    /// Refines an element the reference does not have (`TOV302`).
    UnknownElement,
    /// Refines a reference output at the other level (`TOV303`).
    OtherLevel,
    /// Makes an output refine a reference outcome (`TOV304`).
    OtherLayer,
    /// Adds an output that refines nothing (`TOV305`).
    LocalAddition,
    /// Says the ToV refines another reference (`TOV306`).
    OtherReference,
    /// Stops carrying a reference element and records that as a choice (`TOV307`).
    DeliberateChoice,
    /// Records a choice about an element the reference does not have (`TOV308`).
    UnknownChoiceElement,
    /// Records a choice not to carry an element the local ToV carries (`TOV309`).
    ChoiceContradicted,
}

impl RefinementMutation {
    /// Every refinement mutation.
    ///
    /// ```
    /// assert_eq!(theory_of_value::strategy::RefinementMutation::ALL.len(), 9);
    /// ```
    pub const ALL: &'static [RefinementMutation] = &[
        RefinementMutation::Gap,
        RefinementMutation::UnknownElement,
        RefinementMutation::OtherLevel,
        RefinementMutation::OtherLayer,
        RefinementMutation::LocalAddition,
        RefinementMutation::OtherReference,
        RefinementMutation::DeliberateChoice,
        RefinementMutation::UnknownChoiceElement,
        RefinementMutation::ChoiceContradicted,
    ];

    /// The finding code the comparison must then report.
    ///
    /// ```
    /// use theory_of_value::{strategy::RefinementMutation, Code};
    /// assert_eq!(RefinementMutation::OtherLayer.code(), Code::RefinementLayerMismatch);
    /// ```
    pub const fn code(self) -> crate::base::Code {
        use crate::base::Code as C;
        match self {
            RefinementMutation::Gap => C::Gap,
            RefinementMutation::UnknownElement => C::UnknownReferenceElement,
            RefinementMutation::OtherLevel => C::RefinementLevelMismatch,
            RefinementMutation::OtherLayer => C::RefinementLayerMismatch,
            RefinementMutation::LocalAddition => C::LocalAddition,
            RefinementMutation::OtherReference => C::OtherReference,
            RefinementMutation::DeliberateChoice => C::DeliberateChoice,
            RefinementMutation::UnknownChoiceElement => C::UnknownChoiceElement,
            RefinementMutation::ChoiceContradicted => C::ChoiceContradicted,
        }
    }

    /// Breaks how `local` refines `reference`. Works on a local ToV with at least one output
    /// that carries at least one element or kind of a reference with outcomes and outputs,
    /// such as [`local_tov_from`]'s, the example organisation's, or one `tov init` wrote.
    ///
    /// ```
    /// use theory_of_value::{compare, national, strategy::RefinementMutation};
    /// use theory_of_value::model::Scope;
    /// let mut local = theory_of_value::TheoryOfValue::starter(
    ///     national(), "tov-x".parse()?, Scope::local("X", ["Raalte"]), "2026".parse()?);
    /// RefinementMutation::Gap.apply(&mut local, national());
    /// assert_eq!(compare(&local, national()).report.with_code(RefinementMutation::Gap.code()).count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn apply(self, local: &mut TheoryOfValue, reference: &TheoryOfValue) {
        match self {
            RefinementMutation::Gap => {
                if let Some(target) = first_carried(local, reference) {
                    uncarry(local, &target);
                }
            }
            RefinementMutation::DeliberateChoice => {
                if let Some(target) = first_carried(local, reference) {
                    uncarry(local, &target);
                    local.choices.push(Choice::new(
                        target,
                        Text::new("Dit doet onze partner in de wijk."),
                    ));
                }
            }
            RefinementMutation::UnknownElement => {
                let missing = unused_id("missing", local, reference);
                local.outputs[0].refines.push(missing);
            }
            RefinementMutation::OtherLevel => refine_at_other_level(local, reference),
            RefinementMutation::OtherLayer => {
                local.outputs[0]
                    .refines
                    .push(reference.outcomes[0].id.clone());
            }
            RefinementMutation::LocalAddition => {
                let mut o = local.outputs[0].clone();
                o.id = unused_id("local-addition", local, reference);
                o.refines.clear();
                local.outputs.push(o);
            }
            RefinementMutation::OtherReference => {
                local.refines = Some(unused_id("other-tov", local, reference));
            }
            RefinementMutation::UnknownChoiceElement => {
                let missing = unused_id("missing", local, reference);
                local
                    .choices
                    .push(Choice::new(missing, Text::new("Dit doen we bewust niet.")));
            }
            RefinementMutation::ChoiceContradicted => {
                if let Some(target) = first_carried(local, reference) {
                    local
                        .choices
                        .push(Choice::new(target, Text::new("Dit doen we bewust niet.")));
                }
            }
        }
    }
}

/// The first ID `{prefix}-{i}` that neither `local` nor `reference` uses for an element, for
/// itself or for the ToV it refines.
fn unused_id(prefix: &str, local: &TheoryOfValue, reference: &TheoryOfValue) -> Id {
    let mut i = 0;
    loop {
        let candidate = id(prefix, i);
        let clash = |t: &TheoryOfValue| {
            t.outcomes.iter().any(|o| o.id == candidate)
                || t.outputs.iter().any(|o| o.id == candidate)
                || t.activities.iter().any(|o| o.id == candidate)
                || t.inputs.iter().any(|o| o.id == candidate)
                || t.reach.iter().any(|o| o.id == candidate)
                || t.impact.as_ref().is_some_and(|o| o.id == candidate)
                || t.refines.as_ref() == Some(&candidate)
                || t.id == candidate
        };
        if !clash(local) && !clash(reference) {
            return candidate;
        }
        i += 1;
    }
}

/// The first reference element or kind that `local` carries.
fn first_carried(local: &TheoryOfValue, reference: &TheoryOfValue) -> Option<Id> {
    crate::compare::compare(local, reference)
        .elements
        .iter()
        .find(|e| !e.is_gap())
        .map(|e| e.reference.clone())
}

/// Makes the first local output refine a reference output at the other level: one that is
/// there, or else the first, with the local output moved to the other level.
fn refine_at_other_level(local: &mut TheoryOfValue, reference: &TheoryOfValue) {
    let mine = local.outputs[0].level;
    match reference.outputs.iter().find(|o| o.level != mine) {
        Some(r) => local.outputs[0].refines.push(r.id.clone()),
        None => {
            local.outputs[0]
                .refines
                .push(reference.outputs[0].id.clone());
            local.outputs[0].level = match reference.outputs[0].level {
                Level::Individual => Level::Collective,
                Level::Collective => Level::Individual,
            };
        }
    }
}

/// Makes `local` stop carrying the reference element or kind `target`: refinements of it are
/// dropped, an element that keeps its ID is renamed (with the links to it), activities and
/// inputs of that kind become local ones of the organisation's own; a choice about it is
/// withdrawn.
fn uncarry(local: &mut TheoryOfValue, target: &Id) {
    local.choices.retain(|c| c.element != *target);
    let renamed = Id::new(
        format!("local-{}", target.as_str())
            .chars()
            .take(64)
            .collect::<String>(),
    )
    .unwrap_or_else(|_| id("local", 0));
    if let Some(i) = &mut local.impact {
        i.refines.retain(|r| r != target);
        if i.id == *target {
            i.id = renamed.clone();
        }
    }
    for o in &mut local.outcomes {
        o.refines.retain(|r| r != target);
        if o.id == *target {
            o.id = renamed.clone();
        }
    }
    for o in &mut local.outputs {
        o.refines.retain(|r| r != target);
        if o.id == *target {
            o.id = renamed.clone();
        }
        o.outcomes.iter_mut().for_each(|l| {
            if l == target {
                *l = renamed.clone();
            }
        });
    }
    for a in &mut local.activities {
        a.outputs.iter_mut().for_each(|l| {
            if l == target {
                *l = renamed.clone();
            }
        });
        if a.kind.id() == target.as_str() {
            a.label = Some(a.kind.label().into());
            a.kind = ActivityKind::Own;
        }
    }
    for x in &mut local.inputs {
        if x.kind.id() == target.as_str() {
            x.label = Some(x.kind.label().into());
            x.kind = InputKind::Own;
        }
    }
}

/// Any one [`RefinementMutation`].
///
/// ```
/// use proptest::prelude::*;
/// use theory_of_value::{compare, national, strategy};
/// proptest!(|(local in strategy::local_tov_from(national()), m in strategy::refinement_mutation())| {
///     let before = compare(&local, national()).report.with_code(m.code()).count();
///     let mut broken = local;
///     m.apply(&mut broken, national());
///     prop_assert!(compare(&broken, national()).report.with_code(m.code()).count() > before);
/// });
/// ```
pub fn refinement_mutation() -> impl Strategy<Value = RefinementMutation> {
    select(RefinementMutation::ALL)
}
