//! Cost in the size of ONE document: the rules (`validate`), the comparison with the national
//! ToV and the estimate, on one document of 10^3, 10^4 and 10^5 elements. Each group's lines
//! read as ratios against its 10^3 line: 10× the elements should cost at most 12× the time.
//!
//! - `check`: a ToV of n outputs, each with one link that resolves and one that does not
//!   (every one a `TOV104` finding), every tenth with an avoided word, and one activity that
//!   serves all n outputs: n outputs, 3n links, n findings.
//! - `compare`: a local ToV of n outputs, each refining one of the national ToV's outputs,
//!   against the national ToV.
//! - `estimate`: a ToV of n outputs, a persona set of n personas (each with added value on one
//!   output and one care line) and a census of n lines.
//!
//! Run briefly: `cargo bench --bench one_document_rules -- --warm-up-time 1 --measurement-time 3`.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use theory_of_value::model::{
    Activity, ActivityKind, ContributionKind, Id, Level, Measurement, MeasurementKind, Output,
    SourceRef,
};
use theory_of_value::value::{
    estimate, CareEntry, CareKind, Census, Money, Persona, PersonaCount, PersonaSet, Strength,
    ValueEntry, VisitorKind,
};
use theory_of_value::{compare, national, Text, TheoryOfValue};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn id(s: String) -> Id {
    s.parse().expect("well-formed")
}

/// The national ToV with `n` individual outputs of its own, linked to `oc-individual` (and,
/// with `dangling`, each to an outcome that does not exist), served by one activity.
fn tov_of(n: usize, dangling: bool) -> TheoryOfValue {
    let mut tov = national().clone();
    let refs: Vec<Id> = tov
        .outputs
        .iter()
        .filter(|o| o.level == Level::Individual)
        .map(|o| o.id.clone())
        .collect();
    let outputs: Vec<Output> = (0..n)
        .map(|i| {
            let statement = if i % 10 == 0 {
                format!("Deelnemers ervaren een kennismaking zonder intake ({i})")
            } else {
                format!("Deelnemers ervaren regie over hun eigen herstel ({i})")
            };
            let mut o = Output::new(
                id(format!("op-{i}")),
                Level::Individual,
                Text::new(statement),
            );
            o.outcomes.push(id("oc-individual".into()));
            if dangling {
                o.outcomes.push(id(format!("oc-missing-{i}")));
            }
            o.refines.push(refs[i % refs.len()].clone());
            o.contributions = ContributionKind::ALL.to_vec();
            o.measurement = vec![
                Measurement::new(Text::new("MANSA"), MeasurementKind::Quantitative),
                Measurement::new(Text::new("Ervaringsverhalen"), MeasurementKind::Qualitative),
            ];
            o
        })
        .collect();
    let mut serving = Activity::new(id("act-bench".into()), ActivityKind::WalkIn);
    serving.outputs = outputs.iter().map(|o| o.id.clone()).collect();
    for x in &mut tov.inputs {
        x.activities.push(serving.id.clone());
    }
    tov.activities.push(serving);
    tov.outputs.extend(outputs);
    tov
}

fn personas_for(tov: &TheoryOfValue, n: usize) -> (PersonaSet, Census) {
    let source = SourceRef::new("Benchmark", "synthetic");
    let outputs: Vec<&Output> = tov
        .outputs
        .iter()
        .filter(|o| o.level == Level::Individual)
        .collect();
    let personas: Vec<Persona> = (0..n)
        .map(|i| Persona {
            id: id(format!("persona-{i}")),
            name: format!("Persona {i}"),
            story: Text::new("Synthetisch"),
            background: Text::new("Synthetisch"),
            vulnerabilities: Vec::new(),
            talents: Vec::new(),
            visitor: VisitorKind::Regular,
            building_blocks: Vec::new(),
            added_value: vec![ValueEntry::new(
                outputs[i % outputs.len()].id.clone(),
                ContributionKind::ALL[i % 3],
                Strength::ALL[i % 4],
                Text::new("…"),
            )],
            care_avoided: vec![CareEntry::new(
                CareKind::GpCare,
                Money::from_euros(300),
                source.clone(),
            )],
        })
        .collect();
    let set = PersonaSet {
        schema: None,
        id: id("bench".into()),
        title: Text::new("Benchmark"),
        tov: tov.id.clone(),
        version: "1".into(),
        date: "2026".parse().expect("date"),
        source: None,
        personas,
        neighbourhoods: Vec::new(),
    };
    let mut census: Census = theory_of_value::example::census().clone();
    census.persona_set = set.id.clone();
    census.personas = set
        .personas
        .iter()
        .map(|p| PersonaCount::new(p.id.clone(), 3))
        .collect();
    census.neighbourhoods = Vec::new();
    census.visitors = theory_of_value::value::Visitors::default();
    (set, census)
}

/// The least any link check must do: every ID into a set, every link looked up in it, and the
/// unresolved ones written down with their place. A floor for `check`, measured in the same
/// run: how much the cost of a plain pass over this document grows with its size on this
/// machine.
fn link_floor(tov: &TheoryOfValue) -> Vec<String> {
    let mut ids = std::collections::HashSet::new();
    for id in tov
        .outcomes
        .iter()
        .map(|x| &x.id)
        .chain(tov.outputs.iter().map(|x| &x.id))
        .chain(tov.activities.iter().map(|x| &x.id))
    {
        ids.insert(id.as_str());
    }
    let mut missing = Vec::new();
    for (i, o) in tov.outputs.iter().enumerate() {
        for (j, l) in o.outcomes.iter().enumerate() {
            if !ids.contains(l.as_str()) {
                missing.push(format!("/outputs/{i}/outcomes/{j}: {l}"));
            }
        }
    }
    for (i, a) in tov.activities.iter().enumerate() {
        for (j, l) in a.outputs.iter().enumerate() {
            if !ids.contains(l.as_str()) {
                missing.push(format!("/activities/{i}/outputs/{j}: {l}"));
            }
        }
    }
    missing
}

fn label(n: usize) -> String {
    format!("10^{}", n.ilog10())
}

fn check(c: &mut Criterion) {
    let mut group = c.benchmark_group("one-document-check");
    group.sample_size(10);
    for n in SIZES {
        let tov = tov_of(n, true);
        assert_eq!(
            tov.validate()
                .with_code(theory_of_value::Code::UnresolvedLink)
                .count(),
            n
        );
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("floor", label(n)), &tov, |b, tov| {
            b.iter(|| link_floor(black_box(tov)))
        });
        group.bench_with_input(BenchmarkId::from_parameter(label(n)), &tov, |b, tov| {
            b.iter(|| black_box(tov).validate())
        });
    }
    group.finish();
}

fn comparison(c: &mut Criterion) {
    let mut group = c.benchmark_group("one-document-compare");
    group.sample_size(10);
    for n in SIZES {
        let mut local = tov_of(n, false);
        local.refines = Some(national().id.clone());
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::from_parameter(label(n)), &local, |b, local| {
            b.iter(|| compare(black_box(local), national()))
        });
    }
    group.finish();
}

fn estimates(c: &mut Criterion) {
    let mut group = c.benchmark_group("one-document-estimate");
    group.sample_size(10);
    for n in SIZES {
        let tov = tov_of(n, false);
        let (set, census) = personas_for(&tov, n);
        estimate(&tov, &set, &census).expect("a valid estimate");
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(
            BenchmarkId::from_parameter(label(n)),
            &(tov, set, census),
            |b, (tov, set, census)| b.iter(|| estimate(tov, black_box(set), black_box(census))),
        );
    }
    group.finish();
}

criterion_group!(benches, check, comparison, estimates);
criterion_main!(benches);
