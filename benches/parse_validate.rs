//! Parsing and validating the national ToV, against the floor of any route: parsing the same
//! bytes into an untyped `serde_json::Value`. Read the two lines of the group as a ratio.

use criterion::{black_box, criterion_group, criterion_main, Criterion, Throughput};
use theory_of_value::{TheoryOfValue, NATIONAL_JSON};

fn parse_validate(c: &mut Criterion) {
    let bytes = NATIONAL_JSON.as_bytes();
    let mut group = c.benchmark_group("national-tov");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.bench_function("baseline: serde_json::Value", |b| {
        b.iter(|| serde_json::from_slice::<serde_json::Value>(black_box(bytes)).unwrap())
    });
    group.bench_function("parse", |b| {
        b.iter(|| theory_of_value::from_json_slice::<TheoryOfValue>(black_box(bytes)).unwrap())
    });
    group.bench_function("parse + validate", |b| {
        b.iter(|| {
            let tov = theory_of_value::from_json_slice::<TheoryOfValue>(black_box(bytes)).unwrap();
            tov.validate()
        })
    });
    group.finish();
}

criterion_group!(benches, parse_validate);
criterion_main!(benches);
