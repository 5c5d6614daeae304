//! Strategies for a Theory of Value: its scope and a whole valid ToV.

use super::{id, text};
use crate::base::Text;
use crate::model::{
    Activity, ActivityKind, Author, AuthorKind, BuildingBlock, ContributionKind, CraftConcept,
    DocumentDate, Impact, Input, InputKind, Level, Measurement, MeasurementKind, Outcome, Output,
    Reach, ReachKind, Scope, TheoryOfValue,
};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

/// A local or national scope; local scopes name an organisation and municipalities.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(s in theory_of_value::strategy::scope())| {
///     if s.level == theory_of_value::model::ScopeLevel::Local {
///         prop_assert!(s.organisation.is_some());
///     }
/// });
/// ```
pub fn scope() -> impl Strategy<Value = Scope> {
    prop_oneof![
        Just(Scope::national()),
        (
            select(&["De Brug", "Het Anker", "Stichting Ruimte", "Café Zelfregie"][..]),
            prop::collection::vec(
                select(
                    &[
                        "Deventer",
                        "Raalte",
                        "Zwolle",
                        "Olst-Wijhe",
                        "Sûdwest-Fryslân"
                    ][..]
                ),
                1..3
            ),
            prop::option::of(select(&["Salland", "Noord-Holland Noord"][..])),
        )
            .prop_map(|(org, municipalities, region)| {
                let mut municipalities: Vec<&str> = municipalities;
                municipalities.dedup();
                let mut s = Scope::local(org, municipalities);
                s.region = region.map(str::to_owned);
                s
            }),
    ]
}

/// An output as generated: its level, statement, contribution kinds and measurements.
type OutputParts = (
    Level,
    Text,
    Vec<ContributionKind>,
    Vec<(Text, MeasurementKind)>,
);

/// An activity as generated: its kind, label and craft concepts.
type ActivityParts = (ActivityKind, Option<Text>, Vec<CraftConcept>);

/// A valid Theory of Value: every layer filled, every link resolving, both levels, counting
/// and telling, sustainable funding and lived-experience staff among the inputs, an author with
/// lived experience, and for a local scope all four building blocks. It validates with no
/// errors and no warnings.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(tov in theory_of_value::strategy::theory_of_value())| {
///     prop_assert!(!tov.validate().has_errors());
/// });
/// ```
pub fn theory_of_value() -> impl Strategy<Value = TheoryOfValue> {
    (
        scope(),
        text(),
        text(),
        prop::collection::vec((select(&Level::ALL[..]), text()), 0..3),
        prop::collection::vec(output_parts(), 2..10),
        prop::collection::vec(
            (
                select(ActivityKind::ALL),
                prop::option::of(text()),
                subsequence(CraftConcept::ALL, 0..4),
            ),
            0..5,
        ),
        prop::collection::vec((select(InputKind::ALL), prop::option::of(text())), 0..4),
        prop::collection::vec((select(ReachKind::ALL), text()), 0..3),
        (1u16..3000, any::<u8>(), 0u8..3),
        prop::collection::vec(("[A-Z][a-z]{2,8}", any::<bool>()), 0..3),
    )
        .prop_map(
            |(
                scope,
                title,
                impact,
                extra_outcomes,
                outputs,
                extra_acts,
                extra_inputs,
                reach,
                (year, month, precision),
                people,
            )| {
                let mut tov = TheoryOfValue::new(
                    id("tov", usize::from(year)),
                    title,
                    scope,
                    format!("{}.{}", month / 10, month % 10),
                    document_date(year, month, precision),
                );
                add_authors(&mut tov, people);
                tov.impact = Some(Impact::new(id("impact", 0), impact));
                add_outcomes(&mut tov, extra_outcomes);
                add_outputs(&mut tov, outputs);
                add_activities(&mut tov, extra_acts);
                add_inputs(&mut tov, extra_inputs);
                add_reach(&mut tov, reach);
                tov
            },
        )
}

/// The parts of one output: a level, a statement, one to three contribution kinds and one or
/// two measurements.
fn output_parts() -> impl Strategy<Value = OutputParts> {
    (
        select(&Level::ALL[..]),
        text(),
        subsequence(&ContributionKind::ALL[..], 1..=3),
        prop::collection::vec(
            (
                text(),
                select(&[MeasurementKind::Quantitative, MeasurementKind::Qualitative][..]),
            ),
            1..3,
        ),
    )
}

/// A year, a month of it or a day of it, by `precision`.
fn document_date(year: u16, month: u8, precision: u8) -> DocumentDate {
    match precision {
        0 => DocumentDate::Year(year as i16),
        1 => DocumentDate::Month(year as i16, (month % 12 + 1) as i8),
        _ => DocumentDate::Day(
            jiff::civil::Date::new(year as i16, (month % 12 + 1) as i8, (month % 28 + 1) as i8)
                .expect("valid day"),
        ),
    }
}

/// A participants' council with lived experience, then the people named.
fn add_authors(tov: &mut TheoryOfValue, people: Vec<(String, bool)>) {
    tov.authors
        .push(Author::new("Deelnemersraad", AuthorKind::Organisation).with_lived_experience());
    for (name, lived) in people {
        let mut a = Author::new(name, AuthorKind::Person);
        a.lived_experience = lived;
        tov.authors.push(a);
    }
}

/// One outcome per level, then the extra ones.
fn add_outcomes(tov: &mut TheoryOfValue, extra: Vec<(Level, Text)>) {
    let mut outcomes: Vec<(Level, Text)> = vec![
        (Level::Individual, Text::new("Grip op het eigen leven")),
        (Level::Collective, Text::new("Een veerkrachtige wijk")),
    ];
    outcomes.extend(extra);
    tov.outcomes = outcomes
        .into_iter()
        .enumerate()
        .map(|(i, (level, s))| Outcome::new(id("oc", i), level, s))
        .collect();
}

/// The outputs, each linked to the outcomes of its level; the first counts and tells.
fn add_outputs(tov: &mut TheoryOfValue, outputs: Vec<OutputParts>) {
    for (i, (level, statement, contributions, measurement)) in outputs.into_iter().enumerate() {
        // The first two outputs cover both levels, so every outcome can be evidenced.
        let level = match i {
            0 => Level::Individual,
            1 => Level::Collective,
            _ => level,
        };
        let mut o = Output::new(id("op", i), level, statement);
        o.outcomes = tov
            .outcomes
            .iter()
            .filter(|oc| oc.level == level)
            .map(|oc| oc.id.clone())
            .collect();
        o.contributions = contributions;
        o.measurement = measurement
            .into_iter()
            .map(|(m, k)| Measurement::new(m, k))
            .collect();
        if i == 0 {
            o.measurement.push(Measurement::new(
                Text::new("Ervaringsverhalen"),
                MeasurementKind::Qualitative,
            ));
            o.measurement.push(Measurement::new(
                Text::new("Vragenlijst"),
                MeasurementKind::Quantitative,
            ));
        }
        tov.outputs.push(o);
    }
}

/// One activity per building block, then the extra ones, together serving every output.
fn add_activities(tov: &mut TheoryOfValue, extra: Vec<ActivityParts>) {
    let n_outputs = tov.outputs.len();
    let mut kinds: Vec<ActivityParts> = BuildingBlock::ALL
        .iter()
        .map(|b| (ActivityKind::from(*b), None, vec![CraftConcept::Equality]))
        .collect();
    kinds.extend(extra);
    let n_acts = kinds.len();
    for (i, (kind, label, craft)) in kinds.into_iter().enumerate() {
        let mut a = Activity::new(id("act", i), kind);
        a.label = match (kind, label) {
            (ActivityKind::Own, None) => Some(Text::new("Eigen activiteit")),
            (_, label) => label,
        };
        a.craft = craft;
        // Activity i serves outputs i, i + n, i + 2n, …: every output is served.
        a.outputs = (i..n_outputs)
            .step_by(n_acts)
            .map(|j| id("op", j))
            .collect();
        if a.outputs.is_empty() {
            a.outputs.push(id("op", i % n_outputs));
        }
        tov.activities.push(a);
    }
}

/// Lived-experience staff enabling every activity, sustainable funding, then the extra inputs.
fn add_inputs(tov: &mut TheoryOfValue, extra: Vec<(InputKind, Option<Text>)>) {
    let n_acts = tov.activities.len();
    let mut inputs: Vec<(InputKind, Option<Text>)> = vec![
        (InputKind::LivedExperienceStaff, None),
        (InputKind::SustainableFunding, None),
    ];
    inputs.extend(extra);
    for (i, (kind, label)) in inputs.into_iter().enumerate() {
        let mut x = Input::new(id("in", i), kind);
        x.label = match (kind, label) {
            (InputKind::Own, None) => Some(Text::new("Eigen input")),
            (_, label) => label,
        };
        x.activities = if i == 0 {
            tov.activities.iter().map(|a| a.id.clone()).collect()
        } else {
            vec![id("act", i % n_acts)]
        };
        tov.inputs.push(x);
    }
}

/// Reach figures of the first activity.
fn add_reach(tov: &mut TheoryOfValue, reach: Vec<(ReachKind, Text)>) {
    for (i, (kind, label)) in reach.into_iter().enumerate() {
        let mut r = Reach::new(id("reach", i), kind);
        r.label = Some(label);
        r.activities = vec![id("act", 0)];
        tov.reach.push(r);
    }
}
