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

use crate::base::Text;
use crate::model::{
    Activity, ActivityKind, Author, AuthorKind, BuildingBlock, ContributionKind, CraftConcept,
    DocumentDate, Id, Impact, Input, InputKind, Level, Measurement, MeasurementKind, Outcome,
    Output, PartnerKind, Reach, ReachKind, Scope, TheoryOfValue,
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

fn named(s: &str) -> Id {
    Id::new(s).expect("the strategies' own IDs are well-formed")
}

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

fn share() -> impl Strategy<Value = crate::value::Share> {
    (0u16..=10_000).prop_map(|bp| crate::value::Share::from_basis_points(bp).expect("in range"))
}

fn adjustment() -> impl Strategy<Value = crate::value::Adjustment> {
    share().prop_map(|s| {
        crate::value::Adjustment::new(s, crate::model::SourceRef::new("Aanname", "proptest"))
    })
}

/// Adjustments of a care line: each adjustment present or not, a duration of 1 to 5 years.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(a in theory_of_value::strategy::adjustments())| {
///     prop_assert!((1..=5).contains(&a.years()));
/// });
/// ```
pub fn adjustments() -> impl Strategy<Value = crate::value::Adjustments> {
    (
        prop::option::of(adjustment()),
        prop::option::of(adjustment()),
        prop::option::of(adjustment()),
        prop::option::of(1u8..=5),
        prop::option::of(adjustment()),
        prop::option::of((0u16..=2_000).prop_map(|bp| {
            crate::value::Adjustment::new(
                crate::value::Share::from_basis_points(bp).expect("in range"),
                crate::model::SourceRef::new("Aanname", "proptest"),
            )
        })),
    )
        .prop_map(
            |(deadweight, attribution, displacement, years, drop_off, discount_rate)| {
                crate::value::Adjustments {
                    deadweight,
                    attribution,
                    displacement,
                    duration: years.map(|y| {
                        crate::value::Duration::new(
                            y,
                            crate::model::SourceRef::new("Aanname", "proptest"),
                        )
                        .expect("1 to 5 years")
                    }),
                    drop_off,
                    discount_rate,
                }
            },
        )
}

/// A care entry: a catalogue kind, sometimes with a law of its own (or `own` with a label and
/// a law), a yearly cost up to €100,000 and
/// random adjustments.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(c in theory_of_value::strategy::care_entry())| {
///     prop_assert!(c.yearly_cost.cents() <= 10_000_000);
/// });
/// ```
pub fn care_entry() -> impl Strategy<Value = crate::value::CareEntry> {
    (
        select(crate::value::CareKind::ALL),
        0u64..=10_000_000,
        adjustments(),
        text(),
        proptest::option::of(select(known_laws())),
        select(known_laws()),
    )
        .prop_map(|(kind, cents, adjustments, label, law, own_law)| {
            let mut c = crate::value::CareEntry::new(
                kind,
                crate::value::Money::from_cents(cents),
                crate::model::SourceRef::new("Aanname", "proptest"),
            );
            // A catalogue kind may name a law of its own; an own kind must (TOV220).
            c.law = law;
            if kind == crate::value::CareKind::Own {
                c.label = Some(label);
                c.law = Some(law.unwrap_or(own_law));
            }
            c.adjustments = adjustments;
            c
        })
}

/// Every law but `unknown` (which gets a warning, `TOV221`).
fn known_laws() -> Vec<crate::value::Law> {
    crate::value::Law::ALL
        .iter()
        .copied()
        .filter(|l| *l != crate::value::Law::Unknown)
        .collect()
}

fn value_entries(
    outputs: Vec<(Id, Vec<ContributionKind>)>,
) -> impl Strategy<Value = Vec<crate::value::ValueEntry>> {
    let n = outputs.len();
    subsequence(outputs, 0..=n).prop_flat_map(|chosen| {
        chosen
            .into_iter()
            .map(|(id, kinds)| {
                (select(kinds), select(crate::value::Strength::ALL), text()).prop_map(
                    move |(contribution, strength, narrative)| {
                        crate::value::ValueEntry::new(id.clone(), contribution, strength, narrative)
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
pub fn persona_set_for(tov: &TheoryOfValue) -> impl Strategy<Value = crate::value::PersonaSet> {
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
        select(crate::value::VisitorKind::ALL),
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
        .prop_map(
            move |(personas, profiles, title)| crate::value::PersonaSet {
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
                                care_avoided.push(crate::value::CareEntry::new(
                                    crate::value::CareKind::GpCare,
                                    crate::value::Money::from_euros(100),
                                    crate::model::SourceRef::new("Aanname", "proptest"),
                                ));
                            }
                            crate::value::Persona {
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
                        |(i, (description, added_value))| crate::value::NeighbourhoodProfile {
                            id: id("wijk", i),
                            name: format!("Wijk {i}"),
                            description,
                            added_value,
                        },
                    )
                    .collect(),
            },
        )
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
    set: &crate::value::PersonaSet,
    max_people: u64,
) -> impl Strategy<Value = crate::value::Census> {
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
                crate::value::Census {
                    schema: None,
                    id: id("census", 0),
                    organisation: "Steunpunt (proptest)".into(),
                    persona_set: set_id.clone(),
                    period: crate::value::Period::new(
                        DocumentDate::Year(2025),
                        DocumentDate::Year(2025),
                    ),
                    personas: personas
                        .iter()
                        .cloned()
                        .zip(people)
                        .map(|(p, n)| crate::value::PersonaCount::new(p, n))
                        .collect(),
                    neighbourhoods: profiles
                        .iter()
                        .cloned()
                        .zip(neighbourhoods)
                        .map(|(p, n)| crate::value::NeighbourhoodCount::new(p, n))
                        .collect(),
                    visitors: crate::value::Visitors {
                        per_day: Some(per_day),
                        days_open: Some(days_open),
                        visits: Some(per_day * days_open),
                        ..crate::value::Visitors::default()
                    }
                    .with_unique(regular, total - regular),
                    definitions: crate::value::Definitions::default(),
                    costs: crate::value::Money::from_cents(costs),
                    cost_source: None,
                }
            },
        )
}

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
                if let Some(impact) = &reference.impact {
                    let mut i = Impact::new(
                        id("loc-impact", 0),
                        Text::new("Een veerkrachtige gemeenschap"),
                    );
                    i.refines = vec![impact.id.clone()];
                    tov.impact = Some(i);
                } else {
                    tov.impact = Some(Impact::new(
                        id("loc-impact", 0),
                        Text::new("Een veerkrachtige gemeenschap"),
                    ));
                }
                for (i, level) in Level::ALL.iter().enumerate() {
                    let mut o =
                        Outcome::new(id("loc-oc", i), *level, Text::new("Grip op het leven"));
                    o.refines = reference
                        .outcomes
                        .iter()
                        .filter(|r| r.level == *level)
                        .map(|r| r.id.clone())
                        .collect();
                    tov.outcomes.push(o);
                }
                let outcome_of =
                    |level: Level| id("loc-oc", usize::from(level == Level::Collective));
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
                let mut additions: Vec<(Level, Text)> = additions;
                // Every level needs an output, so no outcome is an orphan.
                for level in Level::ALL {
                    if !outputs.iter().any(|o| o.level == level)
                        && !additions.iter().any(|(l, _)| *l == level)
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
                        Measurement::new(
                            Text::new("Ervaringsverhalen"),
                            MeasurementKind::Qualitative,
                        ),
                        Measurement::new(Text::new("Vragenlijst"), MeasurementKind::Quantitative),
                    ];
                }
                let n_outputs = outputs.len();
                tov.outputs = outputs;
                let mut kinds: Vec<ActivityKind> = BuildingBlock::ALL
                    .iter()
                    .map(|b| ActivityKind::from(*b))
                    .collect();
                kinds.extend(extra_acts);
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
                let mut inputs = vec![
                    InputKind::LivedExperienceStaff,
                    InputKind::SustainableFunding,
                ];
                inputs.extend(extra_inputs);
                for (i, kind) in inputs.into_iter().enumerate() {
                    let mut x = Input::new(id("loc-in", i), kind);
                    if kind == InputKind::Own {
                        x.label = Some(Text::new("Eigen input"));
                    }
                    x.activities = tov.activities.iter().map(|a| a.id.clone()).collect();
                    tov.inputs.push(x);
                }
                for (i, (kind, label)) in partners.into_iter().enumerate() {
                    let mut p = crate::model::Partner::new(format!("Partner {}", i + 1), kind);
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
                // A deliberate choice about the first reference output nothing refines.
                if let Some(reason) = choice {
                    let carried: Vec<&Id> =
                        tov.outputs.iter().flat_map(|o| o.refines.iter()).collect();
                    if let Some(gap) = reference.outputs.iter().find(|o| !carried.contains(&&o.id))
                    {
                        tov.choices
                            .push(crate::model::Choice::new(gap.id.clone(), reason));
                    }
                }
                tov
            },
        )
}

/// One way of breaking a ToV, with the finding code validation must then report.
///
/// ```
/// use theory_of_value::strategy::Mutation;
/// let mut tov = theory_of_value::national().clone();
/// Mutation::DanglingLink.apply(&mut tov);
/// assert!(tov.validate().with_code(Mutation::DanglingLink.code()).count() > 0);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[non_exhaustive]
pub enum Mutation {
    /// Empties the outputs (`TOV101`).
    EmptyOutputs,
    /// Blanks the Dutch title (`TOV102`).
    BlankTitle,
    /// Gives the first output the first outcome's ID (`TOV103`).
    DuplicateId,
    /// Links the first output to an outcome that does not exist (`TOV104`).
    DanglingLink,
    /// Adds an output no activity serves (`TOV105`).
    OrphanOutput,
    /// Adds an activity no input enables (`TOV106`).
    OrphanActivity,
    /// Adds an outcome no output evidences (`TOV107`).
    OrphanOutcome,
    /// Moves every outcome and output to the individual level (`TOV108`).
    NoCollectiveLevel,
    /// Moves the first output to the other level, keeping its links (`TOV109`).
    LevelMismatch,
    /// Makes the ToV local and removes its growth-pond activities (`TOV110`).
    NoGrowthPond,
    /// Turns the first activity into an unlabelled `own` activity (`TOV111`).
    UnlabelledOwn,
    /// Removes the first output's measurement (`TOV112`).
    Unmeasured,
    /// Makes every measurement counting (`TOV113`).
    OnlyCounting,
    /// Removes the first output's contribution kinds (`TOV114`).
    NoContributionKinds,
    /// Removes sustainable funding from the inputs (`TOV115`).
    NoFunding,
    /// Turns lived-experience staff into another input (`TOV116`).
    NoLivedExperienceStaff,
    /// Unmarks every author's lived experience (`TOV117`).
    NoLivedExperienceAuthor,
    /// Writes "intake" into the title (`TOV118`).
    AvoidedWord,
    /// Words the first output as a visitor count (`TOV119`).
    OutputAsReach,
    /// Makes the scope local without an organisation (`TOV120`).
    IncompleteScope,
    /// Repeats the first output's first outcome link (`TOV121`).
    DuplicateReference,
    /// Adds a measurement to the first output that only counts visitors (`TOV125`).
    MeasurementAsReach,
    /// Adds a partner with neither a kind nor a label (`TOV126`).
    UnlabelledPartner,
    /// Records a deliberate choice with a blank reason (`TOV128`).
    ChoiceWithoutReason,
    /// Makes the ToV local, removes its growth-pond activities and records that as a choice
    /// (`TOV129`).
    GrowthPondChosenAway,
    /// Puts a zero-width space inside a word of the title (`TOV122`).
    InvisibleCharacter,
    /// Puts a right-to-left override into the title (`TOV123`).
    BidiControl,
    /// Puts an escape character into the title (`TOV124`).
    ControlCharacter,
}

impl Mutation {
    /// Every mutation.
    ///
    /// ```
    /// assert_eq!(theory_of_value::strategy::Mutation::ALL.len(), 28);
    /// ```
    pub const ALL: &'static [Mutation] = &[
        Mutation::EmptyOutputs,
        Mutation::BlankTitle,
        Mutation::DuplicateId,
        Mutation::DanglingLink,
        Mutation::OrphanOutput,
        Mutation::OrphanActivity,
        Mutation::OrphanOutcome,
        Mutation::NoCollectiveLevel,
        Mutation::LevelMismatch,
        Mutation::NoGrowthPond,
        Mutation::UnlabelledOwn,
        Mutation::Unmeasured,
        Mutation::OnlyCounting,
        Mutation::NoContributionKinds,
        Mutation::NoFunding,
        Mutation::NoLivedExperienceStaff,
        Mutation::NoLivedExperienceAuthor,
        Mutation::AvoidedWord,
        Mutation::OutputAsReach,
        Mutation::IncompleteScope,
        Mutation::DuplicateReference,
        Mutation::MeasurementAsReach,
        Mutation::UnlabelledPartner,
        Mutation::ChoiceWithoutReason,
        Mutation::GrowthPondChosenAway,
        Mutation::InvisibleCharacter,
        Mutation::BidiControl,
        Mutation::ControlCharacter,
    ];

    /// The finding code the mutation must produce.
    ///
    /// ```
    /// use theory_of_value::{strategy::Mutation, Code};
    /// assert_eq!(Mutation::NoFunding.code(), Code::NoSustainableFunding);
    /// ```
    pub const fn code(self) -> crate::base::Code {
        use crate::base::Code as C;
        match self {
            Mutation::EmptyOutputs => C::EmptyLayer,
            Mutation::BlankTitle => C::EmptyText,
            Mutation::DuplicateId => C::DuplicateId,
            Mutation::DanglingLink => C::UnresolvedLink,
            Mutation::OrphanOutput => C::OrphanOutput,
            Mutation::OrphanActivity => C::OrphanActivity,
            Mutation::OrphanOutcome => C::OrphanOutcome,
            Mutation::NoCollectiveLevel => C::MissingLevel,
            Mutation::LevelMismatch => C::LevelMismatch,
            Mutation::NoGrowthPond => C::MissingBuildingBlock,
            Mutation::UnlabelledOwn => C::UnlabelledOwn,
            Mutation::Unmeasured => C::UnmeasuredOutput,
            Mutation::OnlyCounting => C::OneSidedMeasurement,
            Mutation::NoContributionKinds => C::NoContributionKind,
            Mutation::NoFunding => C::NoSustainableFunding,
            Mutation::NoLivedExperienceStaff => C::NoLivedExperienceStaff,
            Mutation::NoLivedExperienceAuthor => C::NoLivedExperienceAuthor,
            Mutation::AvoidedWord => C::AvoidedWord,
            Mutation::OutputAsReach => C::OutputAsReach,
            Mutation::IncompleteScope => C::IncompleteScope,
            Mutation::DuplicateReference => C::DuplicateReference,
            Mutation::MeasurementAsReach => C::MeasurementAsReach,
            Mutation::UnlabelledPartner => C::UnlabelledPartner,
            Mutation::ChoiceWithoutReason => C::ChoiceWithoutReason,
            Mutation::GrowthPondChosenAway => C::BuildingBlockChosenAway,
            Mutation::InvisibleCharacter => C::InvisibleCharacter,
            Mutation::BidiControl => C::BidiControl,
            Mutation::ControlCharacter => C::ControlCharacter,
        }
    }

    /// Breaks `tov`. Works on any ToV whose every layer is non-empty.
    ///
    /// ```
    /// use theory_of_value::strategy::Mutation;
    /// let mut tov = theory_of_value::example::local_tov().clone();
    /// Mutation::NoGrowthPond.apply(&mut tov);
    /// let report = tov.validate();
    /// assert_eq!(report.with_code(Mutation::NoGrowthPond.code()).count(), 1);
    /// assert!(!report.has_errors());
    /// ```
    pub fn apply(self, tov: &mut TheoryOfValue) {
        let fresh = |prefix: &str, taken: &TheoryOfValue| -> Id {
            let mut i = 0;
            loop {
                let candidate = id(prefix, i);
                let used = taken.outcomes.iter().any(|o| o.id == candidate)
                    || taken.outputs.iter().any(|o| o.id == candidate)
                    || taken.activities.iter().any(|o| o.id == candidate)
                    || taken.inputs.iter().any(|o| o.id == candidate)
                    || taken.reach.iter().any(|o| o.id == candidate)
                    || taken.impact.as_ref().is_some_and(|o| o.id == candidate);
                if !used {
                    return candidate;
                }
                i += 1;
            }
        };
        match self {
            Mutation::EmptyOutputs => tov.outputs.clear(),
            Mutation::BlankTitle => tov.title.nl = " ".into(),
            Mutation::DuplicateId => {
                let id = tov.outcomes[0].id.clone();
                tov.outputs[0].id = id;
            }
            Mutation::DanglingLink => {
                let missing = fresh("missing", tov);
                tov.outputs[0].outcomes.push(missing);
            }
            Mutation::OrphanOutput => {
                let mut o = tov.outputs[0].clone();
                o.id = fresh("orphan-output", tov);
                tov.outputs.push(o);
            }
            Mutation::OrphanActivity => {
                let mut a = tov.activities[0].clone();
                a.id = fresh("orphan-activity", tov);
                tov.activities.push(a);
            }
            Mutation::OrphanOutcome => {
                let mut o = tov.outcomes[0].clone();
                o.id = fresh("orphan-outcome", tov);
                tov.outcomes.push(o);
            }
            Mutation::NoCollectiveLevel => {
                tov.outcomes
                    .iter_mut()
                    .for_each(|o| o.level = Level::Individual);
                tov.outputs
                    .iter_mut()
                    .for_each(|o| o.level = Level::Individual);
            }
            Mutation::LevelMismatch => {
                let o = &mut tov.outputs[0];
                o.level = match o.level {
                    Level::Individual => Level::Collective,
                    Level::Collective => Level::Individual,
                };
                if o.outcomes.is_empty() {
                    o.outcomes.push(tov.outcomes[0].id.clone());
                }
            }
            Mutation::NoGrowthPond => {
                if tov.scope.level != crate::model::ScopeLevel::Local {
                    tov.scope = Scope::local("Steunpunt", ["Raalte"]);
                }
                let gone: Vec<Id> = tov
                    .activities
                    .iter()
                    .filter(|a| a.kind == ActivityKind::GrowthPond)
                    .map(|a| a.id.clone())
                    .collect();
                tov.activities
                    .retain(|a| a.kind != ActivityKind::GrowthPond);
                for input in &mut tov.inputs {
                    input.activities.retain(|a| !gone.contains(a));
                }
                for reach in &mut tov.reach {
                    reach.activities.retain(|a| !gone.contains(a));
                }
                if tov.activities.is_empty() {
                    let mut a = Activity::new(fresh("act", tov), ActivityKind::WalkIn);
                    a.outputs = tov.outputs.iter().map(|o| o.id.clone()).collect();
                    tov.activities.push(a);
                }
            }
            Mutation::UnlabelledOwn => {
                tov.activities[0].kind = ActivityKind::Own;
                tov.activities[0].label = None;
            }
            Mutation::Unmeasured => tov.outputs[0].measurement.clear(),
            Mutation::OnlyCounting => {
                for o in &mut tov.outputs {
                    for m in &mut o.measurement {
                        m.kind = MeasurementKind::Quantitative;
                    }
                    if o.measurement.is_empty() {
                        o.measurement.push(Measurement::new(
                            Text::new("Vragenlijst"),
                            MeasurementKind::Quantitative,
                        ));
                    }
                }
            }
            Mutation::NoContributionKinds => tov.outputs[0].contributions.clear(),
            Mutation::NoFunding => tov
                .inputs
                .retain(|i| i.kind != InputKind::SustainableFunding),
            Mutation::NoLivedExperienceStaff => {
                for i in &mut tov.inputs {
                    if i.kind == InputKind::LivedExperienceStaff {
                        i.kind = InputKind::Embedding;
                    }
                }
            }
            Mutation::NoLivedExperienceAuthor => tov
                .authors
                .iter_mut()
                .for_each(|a| a.lived_experience = false),
            Mutation::AvoidedWord => tov.title.nl.push_str(" (geen intake nodig)"),
            Mutation::OutputAsReach => {
                tov.outputs[0].statement =
                    Text::bilingual("Aantal bezoekers per week", "Number of visitors per week");
            }
            Mutation::IncompleteScope => {
                tov.scope = Scope {
                    organisation: None,
                    ..Scope::local("x", ["Raalte"])
                }
            }
            Mutation::DuplicateReference => {
                if tov.outputs[0].outcomes.is_empty() {
                    tov.outputs[0].outcomes.push(tov.outcomes[0].id.clone());
                }
                let first = tov.outputs[0].outcomes[0].clone();
                tov.outputs[0].outcomes.push(first);
            }
            Mutation::MeasurementAsReach => tov.outputs[0].measurement.push(Measurement::new(
                Text::bilingual("Aantal bezoekers per week", "Number of visitors per week"),
                MeasurementKind::Quantitative,
            )),
            Mutation::UnlabelledPartner => tov
                .partners
                .push(crate::model::Partner::new("Buurthuis", None)),
            Mutation::ChoiceWithoutReason => tov.choices.push(crate::model::Choice::new(
                Id::new(ActivityKind::Respite.id()).expect("catalogue IDs are identifiers"),
                Text::new("  "),
            )),
            Mutation::GrowthPondChosenAway => {
                Mutation::NoGrowthPond.apply(tov);
                tov.choices.retain(|c| c.element.as_str() != "growth_pond");
                tov.choices.push(crate::model::Choice::new(
                    Id::new(BuildingBlock::GrowthPond.id()).expect("catalogue IDs are identifiers"),
                    Text::new("Doorgroeien gebeurt bij onze partner in de stad."),
                ));
            }
            Mutation::InvisibleCharacter => tov.title.nl.push_str(" her\u{200b}stel"),
            Mutation::BidiControl => tov.title.nl.push_str(" \u{202e}lets\u{202c}"),
            Mutation::ControlCharacter => tov.title.nl.push_str(" \u{1b}[2J"),
        }
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
        let fresh = |prefix: &str, local: &TheoryOfValue| -> Id {
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
        };
        let carried = || -> Option<Id> {
            crate::compare::compare(local, reference)
                .elements
                .iter()
                .find(|e| !e.is_gap())
                .map(|e| e.reference.clone())
        };
        match self {
            RefinementMutation::Gap => {
                if let Some(target) = carried() {
                    uncarry(local, &target);
                }
            }
            RefinementMutation::DeliberateChoice => {
                if let Some(target) = carried() {
                    uncarry(local, &target);
                    local.choices.push(crate::model::Choice::new(
                        target,
                        Text::new("Dit doet onze partner in de wijk."),
                    ));
                }
            }
            RefinementMutation::UnknownElement => {
                let missing = fresh("missing", local);
                local.outputs[0].refines.push(missing);
            }
            RefinementMutation::OtherLevel => {
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
            RefinementMutation::OtherLayer => {
                local.outputs[0]
                    .refines
                    .push(reference.outcomes[0].id.clone());
            }
            RefinementMutation::LocalAddition => {
                let mut o = local.outputs[0].clone();
                o.id = fresh("local-addition", local);
                o.refines.clear();
                local.outputs.push(o);
            }
            RefinementMutation::OtherReference => {
                local.refines = Some(fresh("other-tov", local));
            }
            RefinementMutation::UnknownChoiceElement => {
                let missing = fresh("missing", local);
                local.choices.push(crate::model::Choice::new(
                    missing,
                    Text::new("Dit doen we bewust niet."),
                ));
            }
            RefinementMutation::ChoiceContradicted => {
                if let Some(target) = carried() {
                    local.choices.push(crate::model::Choice::new(
                        target,
                        Text::new("Dit doen we bewust niet."),
                    ));
                }
            }
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

/// Any one [`Mutation`].
///
/// ```
/// use proptest::prelude::*;
/// use theory_of_value::strategy;
/// proptest!(|(tov in strategy::theory_of_value(), m in strategy::mutation())| {
///     let mut broken = tov;
///     m.apply(&mut broken);
///     prop_assert!(broken.validate().with_code(m.code()).count() > 0);
/// });
/// ```
pub fn mutation() -> impl Strategy<Value = Mutation> {
    select(Mutation::ALL)
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

/// A valid self-assessment: each of the ten characteristics once, in any order, at any level,
/// with evidence where the level is high; some craft concepts; a participant among the
/// assessors.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(a in theory_of_value::strategy::assessment())| {
///     prop_assert!(a.validate().is_clean());
/// });
/// ```
pub fn assessment() -> impl Strategy<Value = crate::assess::Assessment> {
    use crate::assess::AssessmentLevel;
    use crate::model::Characteristic;
    (
        Just(Characteristic::ALL.to_vec()).prop_shuffle(),
        prop::collection::vec((select(AssessmentLevel::ALL), text()), 10),
        subsequence(CraftConcept::ALL, 0..=9),
        prop::collection::vec((select(AssessmentLevel::ALL), text()), 9),
        prop::collection::vec(select(crate::assess::AssessorRole::ALL), 0..4),
    )
        .prop_map(
            |(order, levels, craft, craft_levels, roles)| crate::assess::Assessment {
                schema: None,
                id: id("assessment", 0),
                organisation: "Steunpunt (proptest)".into(),
                date: DocumentDate::Year(2026),
                assessors: std::iter::once(crate::assess::Assessor {
                    name: "Deelnemersraad".into(),
                    role: crate::assess::AssessorRole::Participant,
                })
                .chain(roles.into_iter().map(|role| crate::assess::Assessor {
                    name: "Iemand".into(),
                    role,
                }))
                .collect(),
                characteristics: order
                    .into_iter()
                    .zip(levels)
                    .map(
                        |(characteristic, (level, evidence))| crate::assess::CharacteristicScore {
                            characteristic,
                            level,
                            evidence: level.is_high().then_some(evidence),
                        },
                    )
                    .collect(),
                craft: craft
                    .into_iter()
                    .zip(craft_levels)
                    .map(|(concept, (level, evidence))| crate::assess::CraftScore {
                        concept,
                        level,
                        evidence: Some(evidence),
                    })
                    .collect(),
            },
        )
}

/// Valid measurements for `tov` with the embedded instruments (`monitor::instruments`): up to
/// 40 participants with pseudonymous codes, each measured at one to three moments in 2025 in
/// date order, with MANSA (as its twelve item answers on 1–7, or as the satisfaction score),
/// the NEL total (1–5) and some of the six MPG scores (0–10).
///
/// ```
/// use proptest::prelude::*;
/// use theory_of_value::{example, monitor::instruments};
/// let tov = example::local_tov();
/// proptest!(|(m in theory_of_value::strategy::measurements_for(tov))| {
///     prop_assert!(m.validate_against(tov, &instruments()).is_clean());
/// });
/// ```
pub fn measurements_for(
    tov: &TheoryOfValue,
) -> impl Strategy<Value = crate::monitor::Measurements> {
    use crate::monitor::{Moment, Participant, ScoreEntry};
    const MPG: [&str; 6] = [
        "bodily-functions",
        "mental-wellbeing",
        "meaning",
        "quality-of-life",
        "participation",
        "daily-functioning",
    ];
    let tov_id = tov.id.clone();
    let tenths = |lo: u32, hi: u32| (lo * 10..=hi * 10).prop_map(|x| f64::from(x) / 10.0);
    let mansa = prop_oneof![
        prop::collection::vec((1u8..=7).prop_map(|x| Some(f64::from(x))), 12)
            .prop_map(|items| ScoreEntry::items(named("mansa"), items)),
        tenths(1, 7).prop_map(|v| ScoreEntry::value(named("mansa"), named("satisfaction"), v)),
    ];
    let scores = (
        prop::option::of(mansa),
        prop::option::of(tenths(1, 5)),
        subsequence(MPG.to_vec(), 0..=6),
        prop::collection::vec(tenths(0, 10), 6),
    )
        .prop_map(|(mansa, nel, dims, values)| {
            let mut scores: Vec<ScoreEntry> = mansa.into_iter().collect();
            if let Some(v) = nel {
                scores.push(ScoreEntry::value(named("nel"), named("total"), v));
            }
            for (d, v) in dims.into_iter().zip(values) {
                scores.push(ScoreEntry::value(named("mpg"), named(d), v));
            }
            scores
        });
    // Up to three moments: months strictly increasing within 2025.
    let moments = (
        subsequence((1i8..=12).collect::<Vec<_>>(), 1..=3),
        1i8..=28,
        prop::collection::vec(scores, 3),
    )
        .prop_map(|(months, day, scores)| {
            months
                .into_iter()
                .zip(scores)
                .enumerate()
                .map(|(i, (month, scores))| Moment {
                    moment: u16::try_from(i + 1).unwrap_or(u16::MAX),
                    date: DocumentDate::Day(jiff::civil::date(2025, month, day)),
                    scores,
                })
                .collect::<Vec<_>>()
        });
    prop::collection::vec(moments, 0..=40).prop_map(move |people| crate::monitor::Measurements {
        schema: None,
        id: named("metingen"),
        tov: tov_id.clone(),
        organisation: "Steunpunt (proptest)".into(),
        period: crate::value::Period::new(DocumentDate::Year(2025), DocumentDate::Year(2025)),
        parameters: Vec::new(),
        expected: Vec::new(),
        participants: people
            .into_iter()
            .enumerate()
            .map(|(n, moments)| Participant {
                code: format!("p-{n:03}"),
                persona: None,
                moments,
            })
            .collect(),
    })
}

/// A valid funding document for 2025: one to eight agreements, each with its own funder, of a
/// known kind, any form and term, an amount of €0,01 to €1 million, and accountability of up to
/// twelve reports a year with indicators.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(f in theory_of_value::strategy::funding())| {
///     prop_assert!(f.validate().is_clean());
///     prop_assert!(f.totals().is_ok());
/// });
/// ```
pub fn funding() -> impl Strategy<Value = crate::value::Funding> {
    use crate::value::{Accountability, Agreement, FunderKind, FundingForm, FundingTerm, Money};
    let kinds: Vec<FunderKind> = FunderKind::ALL
        .iter()
        .copied()
        .filter(|k| *k != FunderKind::Unknown)
        .collect();
    let agreement = (
        select(kinds),
        select(FundingForm::ALL),
        select(FundingTerm::ALL),
        1u64..=100_000_000,
        0u8..=12,
        prop::collection::vec(text(), 0..3),
    );
    prop::collection::vec(agreement, 1..=8).prop_map(|agreements| {
        let year = crate::value::Period::new(DocumentDate::Year(2025), DocumentDate::Year(2025));
        crate::value::Funding {
            schema: None,
            id: named("financiering"),
            organisation: "Steunpunt (proptest)".into(),
            period: year.clone(),
            agreements: agreements
                .into_iter()
                .enumerate()
                .map(
                    |(i, (funder_kind, form, term, cents, reports, indicators))| Agreement {
                        id: id("afspraak", i),
                        funder: format!("Financier {i}"),
                        funder_kind,
                        law: None,
                        form,
                        term,
                        amount: Money::from_cents(cents),
                        period: year.clone(),
                        accountability: Accountability {
                            reports_per_year: reports,
                            indicators,
                        },
                    },
                )
                .collect(),
            source: None,
        }
    })
}
