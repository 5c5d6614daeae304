//! Strategies for the value documents: adjustments and care entries, a persona set and a
//! census consistent with each other, and funding.

use super::{id, named, text};
use crate::base::Text;
use crate::model::{
    BuildingBlock, ContributionKind, DocumentDate, Id, Level, SourceRef, TheoryOfValue,
};
use crate::value::{
    Accountability, Adjustment, Adjustments, Agreement, CareEntry, CareKind, Census, Definitions,
    Duration, FunderKind, Funding, FundingForm, FundingTerm, Law, Money, NeighbourhoodCount,
    NeighbourhoodProfile, Period, Persona, PersonaCount, PersonaSet, Share, Strength, ValueEntry,
    VisitorKind, Visitors,
};
use proptest::prelude::*;
use proptest::sample::{select, subsequence};

/// A share of 0% to 100%.
fn share() -> impl Strategy<Value = Share> {
    (0u16..=10_000).prop_map(|bp| Share::from_basis_points(bp).expect("in range"))
}

/// An adjustment by any share, from an assumption.
fn adjustment() -> impl Strategy<Value = Adjustment> {
    share().prop_map(|s| Adjustment::new(s, SourceRef::new("Aanname", "proptest")))
}

/// Adjustments of a care line: each adjustment present or not, a duration of 1 to 5 years.
///
/// ```
/// use proptest::prelude::*;
/// proptest!(|(a in theory_of_value::strategy::adjustments())| {
///     prop_assert!((1..=5).contains(&a.years()));
/// });
/// ```
pub fn adjustments() -> impl Strategy<Value = Adjustments> {
    (
        prop::option::of(adjustment()),
        prop::option::of(adjustment()),
        prop::option::of(adjustment()),
        prop::option::of(1u8..=5),
        prop::option::of(adjustment()),
        prop::option::of((0u16..=2_000).prop_map(|bp| {
            Adjustment::new(
                Share::from_basis_points(bp).expect("in range"),
                SourceRef::new("Aanname", "proptest"),
            )
        })),
    )
        .prop_map(
            |(deadweight, attribution, displacement, years, drop_off, discount_rate)| Adjustments {
                deadweight,
                attribution,
                displacement,
                duration: years.map(|y| {
                    Duration::new(y, SourceRef::new("Aanname", "proptest")).expect("1 to 5 years")
                }),
                drop_off,
                discount_rate,
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
pub fn care_entry() -> impl Strategy<Value = CareEntry> {
    (
        select(CareKind::ALL),
        0u64..=10_000_000,
        adjustments(),
        text(),
        proptest::option::of(select(known_laws())),
        select(known_laws()),
    )
        .prop_map(|(kind, cents, adjustments, label, law, own_law)| {
            let mut c = CareEntry::new(
                kind,
                Money::from_cents(cents),
                SourceRef::new("Aanname", "proptest"),
            );
            // A catalogue kind may name a law of its own; an own kind must (TOV220).
            c.law = law;
            if kind == CareKind::Own {
                c.label = Some(label);
                c.law = Some(law.unwrap_or(own_law));
            }
            c.adjustments = adjustments;
            c
        })
}

/// Every law but `unknown` (which gets a warning, `TOV221`).
fn known_laws() -> Vec<Law> {
    Law::ALL
        .iter()
        .copied()
        .filter(|l| *l != Law::Unknown)
        .collect()
}

/// Added value on some of `outputs`, each with a contribution kind the output declares.
fn value_entries(
    outputs: Vec<(Id, Vec<ContributionKind>)>,
) -> impl Strategy<Value = Vec<ValueEntry>> {
    let n = outputs.len();
    subsequence(outputs, 0..=n).prop_flat_map(|chosen| {
        chosen
            .into_iter()
            .map(|(id, kinds)| {
                (select(kinds), select(Strength::ALL), text()).prop_map(
                    move |(contribution, strength, narrative)| {
                        ValueEntry::new(id.clone(), contribution, strength, narrative)
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
pub fn persona_set_for(tov: &TheoryOfValue) -> impl Strategy<Value = PersonaSet> {
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
        select(VisitorKind::ALL),
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
        .prop_map(move |(personas, profiles, title)| PersonaSet {
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
                .map(|(i, parts)| persona_from(i, parts))
                .collect(),
            neighbourhoods: profiles
                .into_iter()
                .filter(|(_, added_value)| !added_value.is_empty())
                .enumerate()
                .map(|(i, (description, added_value))| NeighbourhoodProfile {
                    id: id("wijk", i),
                    name: format!("Wijk {i}"),
                    description,
                    added_value,
                })
                .collect(),
        })
}

/// A persona as generated: name, story and background, talents, kind of visitor, building
/// blocks, added value and care avoided.
type PersonaParts = (
    &'static str,
    (Text, Text),
    Vec<Text>,
    VisitorKind,
    Vec<BuildingBlock>,
    Vec<ValueEntry>,
    Vec<CareEntry>,
);

/// The `i`th persona; one with neither added value nor care avoided avoids some GP care.
fn persona_from(i: usize, parts: PersonaParts) -> Persona {
    let (
        name,
        (story, background),
        talents,
        visitor,
        building_blocks,
        added_value,
        mut care_avoided,
    ) = parts;
    if added_value.is_empty() && care_avoided.is_empty() {
        care_avoided.push(CareEntry::new(
            CareKind::GpCare,
            Money::from_euros(100),
            SourceRef::new("Aanname", "proptest"),
        ));
    }
    Persona {
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
pub fn census_for(set: &PersonaSet, max_people: u64) -> impl Strategy<Value = Census> {
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
                Census {
                    schema: None,
                    id: id("census", 0),
                    organisation: "Steunpunt (proptest)".into(),
                    persona_set: set_id.clone(),
                    period: Period::new(DocumentDate::Year(2025), DocumentDate::Year(2025)),
                    personas: personas
                        .iter()
                        .cloned()
                        .zip(people)
                        .map(|(p, n)| PersonaCount::new(p, n))
                        .collect(),
                    neighbourhoods: profiles
                        .iter()
                        .cloned()
                        .zip(neighbourhoods)
                        .map(|(p, n)| NeighbourhoodCount::new(p, n))
                        .collect(),
                    visitors: Visitors {
                        per_day: Some(per_day),
                        days_open: Some(days_open),
                        visits: Some(per_day * days_open),
                        ..Visitors::default()
                    }
                    .with_unique(regular, total - regular),
                    definitions: Definitions::default(),
                    costs: Money::from_cents(costs),
                    cost_source: None,
                }
            },
        )
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
pub fn funding() -> impl Strategy<Value = Funding> {
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
        let year = Period::new(DocumentDate::Year(2025), DocumentDate::Year(2025));
        Funding {
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
