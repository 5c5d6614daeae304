//! Proptest strategies for property-testing documents (feature `proptest`).
//!
//! ```
//! use proptest::prelude::*;
//! use theory_of_value::strategy;
//!
//! proptest!(|(tov in strategy::theory_of_value())| {
//!     // Every generated ToV is valid: no errors and no warnings.
//!     prop_assert!(tov.validate().is_clean());
//! });
//! ```

use crate::{
    Activity, ActivityKind, Author, AuthorKind, BuildingBlock, ContributionKind, CraftConcept,
    DocumentDate, Id, Impact, Input, InputKind, Level, Measurement, MeasurementKind, Outcome,
    Output, Reach, ReachKind, Scope, Text, TheoryOfValue,
};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

const WORDS: &[&str] = &[
    "deelnemers",
    "ervaren",
    "meer",
    "grip",
    "op",
    "het",
    "eigen",
    "leven",
    "samen",
    "wijk",
    "verbondenheid",
    "herstel",
    "zelfregie",
    "ontmoeting",
    "veerkracht",
    "koffie",
    "ruimte",
    "café",
    "naasten",
    "één",
    "ervaringskennis",
    "gemeente",
    "zingeving",
    "rollen",
    "elkaar",
    "vrijwilligers",
    "talent",
    "“aanhalingstekens”",
    "a/b",
    "50%",
    "\"quoted\"",
    "regel\nnieuw",
];

/// Text of one to six words, with or without an English gloss. Never empty, never an avoided word.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(t in theory_of_value::strategy::text())| {
///     prop_assert!(!t.nl.trim().is_empty());
/// });
/// ```
pub fn text() -> impl Strategy<Value = Text> {
    let words = || prop::collection::vec(select(WORDS), 1..6).prop_map(|w| w.join(" "));
    (words(), prop::option::of(words())).prop_map(|(nl, en)| Text { nl, en })
}

fn id(prefix: &str, i: usize) -> Id {
    Id::new(format!("{prefix}-{i}")).expect("generated IDs are well-formed")
}

/// A local or national scope; local scopes name an organisation and municipalities.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(s in theory_of_value::strategy::scope())| {
///     if s.level == theory_of_value::ScopeLevel::Local {
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
        prop::collection::vec(
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
            ),
            2..10,
        ),
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
                let date = match precision {
                    0 => DocumentDate::Year(year as i16),
                    1 => DocumentDate::Month(year as i16, (month % 12 + 1) as i8),
                    _ => DocumentDate::Day(
                        jiff::civil::Date::new(
                            year as i16,
                            (month % 12 + 1) as i8,
                            (month % 28 + 1) as i8,
                        )
                        .expect("valid day"),
                    ),
                };
                let mut tov = TheoryOfValue::new(
                    id("tov", usize::from(year)),
                    title,
                    scope,
                    format!("{}.{}", month / 10, month % 10),
                    date,
                );
                tov.authors.push(
                    Author::new("Deelnemersraad", AuthorKind::Organisation).with_lived_experience(),
                );
                for (name, lived) in people {
                    let mut a = Author::new(name, AuthorKind::Person);
                    a.lived_experience = lived;
                    tov.authors.push(a);
                }
                tov.impact = Some(Impact::new(id("impact", 0), impact));
                // One outcome per level, then the extra ones.
                let mut outcomes: Vec<(Level, Text)> = vec![
                    (Level::Individual, Text::new("Grip op het eigen leven")),
                    (Level::Collective, Text::new("Een veerkrachtige wijk")),
                ];
                outcomes.extend(extra_outcomes);
                tov.outcomes = outcomes
                    .into_iter()
                    .enumerate()
                    .map(|(i, (level, s))| Outcome::new(id("oc", i), level, s))
                    .collect();
                let n_outputs = outputs.len();
                for (i, (level, statement, contributions, measurement)) in
                    outputs.into_iter().enumerate()
                {
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
                let mut kinds: Vec<(ActivityKind, Option<Text>, Vec<CraftConcept>)> =
                    BuildingBlock::ALL
                        .iter()
                        .map(|b| (ActivityKind::from(*b), None, vec![CraftConcept::Equality]))
                        .collect();
                kinds.extend(extra_acts);
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
                let mut inputs: Vec<(InputKind, Option<Text>)> = vec![
                    (InputKind::LivedExperienceStaff, None),
                    (InputKind::SustainableFunding, None),
                ];
                inputs.extend(extra_inputs);
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
                for (i, (kind, label)) in reach.into_iter().enumerate() {
                    let mut r = Reach::new(id("reach", i), kind);
                    r.label = Some(label);
                    r.activities = vec![id("act", 0)];
                    tov.reach.push(r);
                }
                tov
            },
        )
}

fn share() -> impl Strategy<Value = crate::Share> {
    (0u16..=10_000).prop_map(|bp| crate::Share::from_basis_points(bp).expect("in range"))
}

fn adjustment() -> impl Strategy<Value = crate::Adjustment> {
    share().prop_map(|s| crate::Adjustment::new(s, crate::SourceRef::new("Aanname", "proptest")))
}

/// Adjustments of a care line: each adjustment present or not, a duration of 1 to 5 years.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(a in theory_of_value::strategy::adjustments())| {
///     prop_assert!((1..=5).contains(&a.years()));
/// });
/// ```
pub fn adjustments() -> impl Strategy<Value = crate::Adjustments> {
    (
        prop::option::of(adjustment()),
        prop::option::of(adjustment()),
        prop::option::of(adjustment()),
        prop::option::of(1u8..=5),
        prop::option::of(adjustment()),
        prop::option::of((0u16..=2_000).prop_map(|bp| {
            crate::Adjustment::new(
                crate::Share::from_basis_points(bp).expect("in range"),
                crate::SourceRef::new("Aanname", "proptest"),
            )
        })),
    )
        .prop_map(
            |(deadweight, attribution, displacement, years, drop_off, discount_rate)| {
                crate::Adjustments {
                    deadweight,
                    attribution,
                    displacement,
                    duration: years.map(|y| {
                        crate::Duration::new(y, crate::SourceRef::new("Aanname", "proptest"))
                            .expect("1 to 5 years")
                    }),
                    drop_off,
                    discount_rate,
                }
            },
        )
}

/// A care entry: a catalogue kind (or `own` with a label), a yearly cost up to €100,000 and
/// random adjustments.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(c in theory_of_value::strategy::care_entry())| {
///     prop_assert!(c.yearly_cost.cents() <= 10_000_000);
/// });
/// ```
pub fn care_entry() -> impl Strategy<Value = crate::CareEntry> {
    (
        select(crate::CareKind::ALL),
        0u64..=10_000_000,
        adjustments(),
        text(),
    )
        .prop_map(|(kind, cents, adjustments, label)| {
            let mut c = crate::CareEntry::new(
                kind,
                crate::Money::from_cents(cents),
                crate::SourceRef::new("Aanname", "proptest"),
            );
            if kind == crate::CareKind::Own {
                c.label = Some(label);
            }
            c.adjustments = adjustments;
            c
        })
}

fn value_entries(
    outputs: Vec<(Id, Vec<ContributionKind>)>,
) -> impl Strategy<Value = Vec<crate::ValueEntry>> {
    let n = outputs.len();
    subsequence(outputs, 0..=n).prop_flat_map(|chosen| {
        chosen
            .into_iter()
            .map(|(id, kinds)| {
                (select(kinds), select(crate::Strength::ALL), text()).prop_map(
                    move |(contribution, strength, narrative)| {
                        crate::ValueEntry::new(id.clone(), contribution, strength, narrative)
                    },
                )
            })
            .collect::<Vec<_>>()
    })
}

/// A persona set consistent with `tov`: one to five personas with added value on its
/// individual outputs (with contribution kinds the outputs declare) and care avoided, and
/// neighbourhood profiles on its collective outputs. It validates against `tov` with no
/// errors and no warnings.
///
/// ```
/// use proptest::prelude::*;
/// let tov = theory_of_value::national();
/// proptest!(|(set in theory_of_value::strategy::persona_set_for(tov))| {
///     prop_assert!(set.validate_against(tov).is_clean());
/// });
/// ```
pub fn persona_set_for(tov: &TheoryOfValue) -> impl Strategy<Value = crate::PersonaSet> {
    let of_level = |level: Level| -> Vec<(Id, Vec<ContributionKind>)> {
        tov.outputs
            .iter()
            .filter(|o| o.level == level && !o.contributions.is_empty())
            .map(|o| (o.id.clone(), o.contributions.clone()))
            .collect()
    };
    let individual = of_level(Level::Individual);
    let collective = of_level(Level::Collective);
    let tov_id = tov.id.clone();
    let persona = (
        select(&["Anna", "Bram", "Chantal", "Dewi", "Eelco", "Fatima"][..]),
        (text(), text()),
        prop::collection::vec(text(), 0..3),
        select(crate::VisitorKind::ALL),
        subsequence(BuildingBlock::ALL, 0..=4),
        value_entries(individual),
        prop::collection::vec(care_entry(), 0..3),
    );
    let profile = (text(), value_entries(collective.clone()));
    (
        prop::collection::vec(persona, 1..6),
        prop::collection::vec(profile, if collective.is_empty() { 0..1 } else { 0..3 }),
        text(),
    )
        .prop_map(move |(personas, profiles, title)| crate::PersonaSet {
            schema: None,
            id: id("personas", 0),
            title,
            tov: tov_id.clone(),
            version: "1".into(),
            date: DocumentDate::Year(2026),
            source: None,
            personas: personas
                .into_iter()
                .enumerate()
                .map(
                    |(
                        i,
                        (
                            name,
                            (story, background),
                            talents,
                            visitor,
                            building_blocks,
                            added_value,
                            mut care_avoided,
                        ),
                    )| {
                        if added_value.is_empty() && care_avoided.is_empty() {
                            care_avoided.push(crate::CareEntry::new(
                                crate::CareKind::GpCare,
                                crate::Money::from_euros(100),
                                crate::SourceRef::new("Aanname", "proptest"),
                            ));
                        }
                        crate::Persona {
                            id: id("persona", i),
                            name: name.to_owned(),
                            story,
                            background,
                            vulnerabilities: Vec::new(),
                            talents,
                            visitor,
                            building_blocks,
                            added_value,
                            care_avoided,
                        }
                    },
                )
                .collect(),
            neighbourhoods: profiles
                .into_iter()
                .filter(|(_, added_value)| !added_value.is_empty())
                .enumerate()
                .map(
                    |(i, (description, added_value))| crate::NeighbourhoodProfile {
                        id: id("wijk", i),
                        name: format!("Wijk {i}"),
                        description,
                        added_value,
                    },
                )
                .collect(),
        })
}

/// A census consistent with `set`: up to `max_people` people per persona, neighbourhoods per
/// profile, visitor figures that agree (regular + incidental = unique ≥ people in personas;
/// visits = per day × days open), and costs. It validates against `set` with no errors and
/// no warnings.
///
/// ```
/// use proptest::prelude::*;
/// let set = theory_of_value::example::persona_set();
/// proptest!(|(census in theory_of_value::strategy::census_for(set, 1_000))| {
///     prop_assert!(census.validate_against(set).is_clean());
/// });
/// ```
pub fn census_for(
    set: &crate::PersonaSet,
    max_people: u64,
) -> impl Strategy<Value = crate::Census> {
    let personas: Vec<Id> = set.personas.iter().map(|p| p.id.clone()).collect();
    let profiles: Vec<Id> = set.neighbourhoods.iter().map(|p| p.id.clone()).collect();
    let set_id = set.id.clone();
    (
        prop::collection::vec(0..=max_people, personas.len()),
        prop::collection::vec(0u64..20, profiles.len()),
        0..=max_people,
        any::<prop::sample::Index>(),
        (0u64..200, 0u64..366),
        0u64..=100_000_000_000,
    )
        .prop_map(
            move |(people, neighbourhoods, extra, split, (per_day, days_open), costs)| {
                let total: u64 = people.iter().sum::<u64>() + extra;
                let regular = split.index(
                    usize::try_from(total)
                        .unwrap_or(usize::MAX)
                        .saturating_add(1),
                ) as u64;
                crate::Census {
                    schema: None,
                    id: id("census", 0),
                    organisation: "Steunpunt (proptest)".into(),
                    persona_set: set_id.clone(),
                    period: crate::Period::new(DocumentDate::Year(2025), DocumentDate::Year(2025)),
                    personas: personas
                        .iter()
                        .cloned()
                        .zip(people)
                        .map(|(p, n)| crate::PersonaCount::new(p, n))
                        .collect(),
                    neighbourhoods: profiles
                        .iter()
                        .cloned()
                        .zip(neighbourhoods)
                        .map(|(p, n)| crate::NeighbourhoodCount::new(p, n))
                        .collect(),
                    visitors: crate::Visitors {
                        per_day: Some(per_day),
                        days_open: Some(days_open),
                        visits: Some(per_day * days_open),
                        ..crate::Visitors::default()
                    }
                    .with_unique(regular, total - regular),
                    definitions: crate::Definitions::default(),
                    costs: crate::Money::from_cents(costs),
                    cost_source: None,
                }
            },
        )
}
