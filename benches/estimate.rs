//! The estimate's cost does not grow with the number of people counted: a census of 10^3
//! people against one of 10^6 people, over 20 personas and the national ToV's 15 outputs.
//! Read the two lines of the group as a ratio; it should be close to 1.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use theory_of_value::model::{ContributionKind, Id, Level, SourceRef};
use theory_of_value::value::{
    estimate, Adjustment, Adjustments, CareEntry, CareKind, Census, Duration, Money,
    NeighbourhoodCount, NeighbourhoodProfile, Persona, PersonaCount, PersonaSet, Share, Strength,
    ValueEntry, VisitorKind,
};
use theory_of_value::{national, Text};

fn id(s: String) -> Id {
    s.parse().expect("well-formed")
}

fn persona_set() -> PersonaSet {
    let tov = national();
    let outputs = |level: Level| tov.outputs.iter().filter(move |o| o.level == level);
    let source = SourceRef::new("Benchmark", "synthetic");
    let share = |x: f64| Adjustment::new(Share::try_from(x).expect("share"), source.clone());
    let personas = (0..20)
        .map(|i| Persona {
            id: id(format!("persona-{i}")),
            name: format!("Persona {i}"),
            story: Text::new("Synthetisch"),
            background: Text::new("Synthetisch"),
            vulnerabilities: Vec::new(),
            talents: Vec::new(),
            visitor: VisitorKind::Regular,
            building_blocks: Vec::new(),
            added_value: outputs(Level::Individual)
                .map(|o| {
                    ValueEntry::new(
                        o.id.clone(),
                        ContributionKind::ALL[i % 3],
                        Strength::ALL[i % 4],
                        Text::new("…"),
                    )
                })
                .collect(),
            care_avoided: vec![
                CareEntry::new(CareKind::GpCare, Money::from_euros(300), source.clone()),
                CareEntry {
                    adjustments: Adjustments {
                        deadweight: Some(share(0.3)),
                        attribution: Some(share(0.2)),
                        displacement: Some(share(0.1)),
                        duration: Some(Duration::new(5, source.clone()).expect("years")),
                        drop_off: Some(share(0.25)),
                        discount_rate: Some(share(0.04)),
                    },
                    ..CareEntry::new(
                        CareKind::CrisisCare,
                        Money::from_cents(1_265_019),
                        source.clone(),
                    )
                },
            ],
        })
        .collect();
    let neighbourhoods = (0..5)
        .map(|i| NeighbourhoodProfile {
            id: id(format!("wijk-{i}")),
            name: format!("Wijk {i}"),
            description: Text::new("Synthetisch"),
            added_value: outputs(Level::Collective)
                .map(|o| {
                    ValueEntry::new(
                        o.id.clone(),
                        ContributionKind::Improvement,
                        Strength::ALL[i % 4],
                        Text::new("…"),
                    )
                })
                .collect(),
        })
        .collect();
    PersonaSet {
        schema: None,
        id: id("bench".into()),
        title: Text::new("Benchmark"),
        tov: tov.id.clone(),
        version: "1".into(),
        date: "2026".parse().expect("date"),
        source: None,
        personas,
        neighbourhoods,
    }
}

fn census(set: &PersonaSet, people: u64) -> Census {
    let mut c: Census = theory_of_value::example::census().clone();
    c.persona_set = set.id.clone();
    c.personas = set
        .personas
        .iter()
        .map(|p| PersonaCount::new(p.id.clone(), people / 20))
        .collect();
    c.neighbourhoods = set
        .neighbourhoods
        .iter()
        .map(|n| NeighbourhoodCount::new(n.id.clone(), 3))
        .collect();
    c.visitors = theory_of_value::value::Visitors::default();
    c
}

fn scaling(c: &mut Criterion) {
    let set = persona_set();
    let (small, large) = (census(&set, 1_000), census(&set, 1_000_000));
    let tov = national();
    let mut group = c.benchmark_group("estimate-by-people");
    group.bench_function("baseline: 10^3 people", |b| {
        b.iter(|| estimate(tov, black_box(&set), black_box(&small)).expect("estimate"))
    });
    group.bench_function("10^6 people", |b| {
        b.iter(|| estimate(tov, black_box(&set), black_box(&large)).expect("estimate"))
    });
    group.finish();
}

criterion_group!(benches, scaling);
criterion_main!(benches);
