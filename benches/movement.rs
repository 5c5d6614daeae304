//! The whole movement at once: a synthetic data set of about 350 local organisations, each with
//! a local ToV, a persona set and a census (see `support/movement.rs`), read three ways in one
//! run, then compared and estimated. Read the lines of a group as ratios; BENCHMARKS.md has the
//! table and how to run it.
//!
//! - `value`: `serde_json::from_slice::<serde_json::Value>` of the same bytes, the floor of any
//!   route;
//! - `jsonschema`: that `Value` checked by the `jsonschema` crate against this crate's own
//!   JSON Schemas (2020-12), the generic route a user could take;
//! - `crate`: parse into the typed model and run every validation rule, including the links
//!   between the three documents (personas on the national ToV, the census on its personas).
//!
//! `scaling` repeats the untyped and the crate route, the comparison of every local ToV with the
//! national one and the estimate of every organisation on 1×, 10× and 100× the data (350,
//! 3,500 and 35,000 organisations). Set `TOV_BENCH_SCALES=1,10` to leave out the largest,
//! which holds about 1.3 GB of JSON and then its parsed documents in memory.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::Value;
use theory_of_value::schema::{schema, Dialect, DocumentKind};
use theory_of_value::value::{estimate, Census, PersonaSet};
use theory_of_value::{compare, from_json_slice, national, Lang, TheoryOfValue};

#[path = "support/movement.rs"]
#[allow(dead_code)]
mod movement;

use movement::{Organisation, MOVEMENT};

fn bytes(orgs: &[Organisation]) -> u64 {
    orgs.iter().map(|o| o.len() as u64).sum()
}

/// The crate's route for one organisation: parse and fully validate its three documents.
/// Returns the number of findings, so nothing can be optimised away.
fn crate_route(o: &Organisation) -> usize {
    let tov: TheoryOfValue = from_json_slice(&o.tov).expect("a generated ToV parses");
    let set: PersonaSet = from_json_slice(&o.personas).expect("a generated persona set parses");
    let census: Census = from_json_slice(&o.census).expect("a generated census parses");
    tov.validate().findings.len()
        + set.validate_against(national()).findings.len()
        + census.validate_against(&set).findings.len()
}

fn value_route(o: &Organisation) -> usize {
    [&o.tov, &o.personas, &o.census]
        .into_iter()
        .map(
            |b| match serde_json::from_slice::<Value>(b).expect("valid JSON") {
                Value::Object(m) => m.len(),
                _ => 0,
            },
        )
        .sum()
}

struct Generic {
    tov: jsonschema::Validator,
    personas: jsonschema::Validator,
    census: jsonschema::Validator,
}

impl Generic {
    fn new() -> Self {
        let v = |kind| {
            jsonschema::validator_for(&schema(kind, Dialect::Draft2020_12, Lang::En))
                .expect("the crate's schemas compile")
        };
        Generic {
            tov: v(DocumentKind::TheoryOfValue),
            personas: v(DocumentKind::PersonaSet),
            census: v(DocumentKind::Census),
        }
    }

    fn route(&self, o: &Organisation) -> usize {
        [
            (&self.tov, &o.tov),
            (&self.personas, &o.personas),
            (&self.census, &o.census),
        ]
        .into_iter()
        .map(|(validator, b)| {
            let value = serde_json::from_slice::<Value>(b).expect("valid JSON");
            usize::from(validator.is_valid(&value))
        })
        .sum()
    }
}

fn routes(c: &mut Criterion) {
    let orgs = movement::movement(MOVEMENT);
    let generic = Generic::new();
    assert!(
        orgs.iter().all(|o| generic.route(o) == 3),
        "every document passes its schema"
    );
    // That every document validates with no errors is tested in tests/integration/movement.rs.
    let mut group = c.benchmark_group("movement");
    group.sample_size(10);
    group.throughput(Throughput::Bytes(bytes(&orgs)));
    group.bench_function("value", |b| {
        b.iter(|| {
            orgs.iter()
                .map(|o| value_route(black_box(o)))
                .sum::<usize>()
        })
    });
    group.bench_function("jsonschema", |b| {
        b.iter(|| {
            orgs.iter()
                .map(|o| generic.route(black_box(o)))
                .sum::<usize>()
        })
    });
    group.bench_function("crate", |b| {
        b.iter(|| {
            orgs.iter()
                .map(|o| crate_route(black_box(o)))
                .sum::<usize>()
        })
    });
    group.finish();
}

fn scales() -> Vec<usize> {
    std::env::var("TOV_BENCH_SCALES")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1, 10, 100])
}

fn parse_all(orgs: &[Organisation]) -> Vec<(TheoryOfValue, PersonaSet, Census)> {
    orgs.iter()
        .map(|o| {
            (
                from_json_slice(&o.tov).expect("a generated ToV parses"),
                from_json_slice(&o.personas).expect("a generated persona set parses"),
                from_json_slice(&o.census).expect("a generated census parses"),
            )
        })
        .collect()
}

fn compare_all(parsed: &[(TheoryOfValue, PersonaSet, Census)]) -> usize {
    parsed
        .iter()
        .map(|(tov, _, _)| compare(black_box(tov), national()).coverage.len())
        .sum()
}

fn estimate_all(parsed: &[(TheoryOfValue, PersonaSet, Census)]) -> u64 {
    parsed
        .iter()
        .map(|(_, set, census)| {
            estimate(national(), black_box(set), black_box(census))
                .expect("a generated census estimates")
                .gross
                .cents()
        })
        .sum()
}

/// Every route on 1×, 10× and 100× the movement: the bytes read, and the organisations
/// compared and estimated.
fn scaling(c: &mut Criterion) {
    let mut group = c.benchmark_group("scaling");
    group.sample_size(10);
    group.sampling_mode(criterion::SamplingMode::Flat);
    for scale in scales() {
        let orgs = movement::movement(MOVEMENT * scale);
        let id = |route| BenchmarkId::new(route, format!("{scale}x"));
        group.throughput(Throughput::Bytes(bytes(&orgs)));
        group.bench_with_input(id("value"), &orgs, |b, orgs| {
            b.iter(|| {
                orgs.iter()
                    .map(|o| value_route(black_box(o)))
                    .sum::<usize>()
            })
        });
        group.bench_with_input(id("crate"), &orgs, |b, orgs| {
            b.iter(|| {
                orgs.iter()
                    .map(|o| crate_route(black_box(o)))
                    .sum::<usize>()
            })
        });
        let parsed = parse_all(&orgs);
        drop(orgs);
        group.throughput(Throughput::Elements(parsed.len() as u64));
        group.bench_with_input(id("compare"), &parsed, |b, parsed| {
            b.iter(|| compare_all(parsed))
        });
        group.bench_with_input(id("estimate"), &parsed, |b, parsed| {
            b.iter(|| estimate_all(parsed))
        });
    }
    group.finish();
}

criterion_group!(benches, routes, scaling);
criterion_main!(benches);
