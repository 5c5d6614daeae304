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
use theory_of_value::value::estimate;
use theory_of_value::{compare, national, TheoryOfValue};

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

#[path = "support/one_document.rs"]
#[allow(dead_code)] // the document of the rendering benchmark
mod documents;
use documents::{personas_for, tov_of};

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
