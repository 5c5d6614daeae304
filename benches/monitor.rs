//! The monitor at the size of the movement: 120 organisations × 2,000 participants × 3
//! instruments × 2 moments ≈ 1.4 million scores (see `support/monitor.rs`), read, validated,
//! classified, reported per organisation (with suppression) and aggregated into one national
//! picture, in one run; against a bare `serde_json::Value` parse of the same bytes; at 1× and
//! 10× the data. BENCHMARKS.md has the table. Run briefly:
//!
//! ```sh
//! cargo bench --bench monitor -- --warm-up-time 1 --measurement-time 5 --sample-size 10
//! ```
//!
//! `TOV_BENCH_MONITOR_ORGS` sets the numbers of organisations to run (default `120,1200`: 1×
//! and 10×, the latter about 1.1 GB of JSON in memory); `TOV_BENCH_MONITOR_ORGS=12,120`
//! measures the same tenfold step below the movement's size.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::Value;
use theory_of_value::monitor::{
    aggregate, instruments, monitor_report, Measurements, MonitorInput,
};
use theory_of_value::{example, from_json_slice};

#[path = "support/monitor.rs"]
mod synthetic;

/// The crate's route: every organisation's measurements read, validated, classified and
/// reported; then all reports aggregated. Returns a figure of the result so nothing is
/// optimised away.
fn crate_route(orgs: &[Vec<u8>]) -> usize {
    let all = instruments();
    let tov = example::local_tov();
    let reports: Vec<_> = orgs
        .iter()
        .map(|b| {
            let m: Measurements = from_json_slice(b).expect("generated measurements parse");
            monitor_report(&MonitorInput::new(tov, &all, &m))
                .expect("generated measurements are valid")
        })
        .collect();
    let national = aggregate("nvzh-tov".parse().unwrap(), &reports).unwrap();
    national.outputs.len() + national.organisations.len()
}

fn value_route(orgs: &[Vec<u8>]) -> usize {
    orgs.iter()
        .map(
            |b| match serde_json::from_slice::<Value>(b).expect("valid JSON") {
                Value::Object(m) => m.len(),
                _ => 0,
            },
        )
        .sum()
}

/// The numbers of organisations to run.
fn sizes() -> Vec<usize> {
    std::env::var("TOV_BENCH_MONITOR_ORGS")
        .ok()
        .map(|s| s.split(',').filter_map(|n| n.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![synthetic::ORGANISATIONS, 10 * synthetic::ORGANISATIONS])
}

fn monitor(c: &mut Criterion) {
    let mut group = c.benchmark_group("monitor");
    group.sample_size(10);
    group.sampling_mode(criterion::SamplingMode::Flat);
    for n in sizes() {
        let orgs = synthetic::movement(n, synthetic::PARTICIPANTS);
        let bytes: u64 = orgs.iter().map(|o| o.len() as u64).sum();
        eprintln!("monitor: {n} organisations, {:.1} MB", bytes as f64 / 1e6);
        group.throughput(Throughput::Bytes(bytes));
        let id = |route| BenchmarkId::new(route, format!("{n} organisations"));
        group.bench_with_input(id("value"), &orgs, |b, orgs| {
            b.iter(|| value_route(black_box(orgs)))
        });
        group.bench_with_input(id("crate"), &orgs, |b, orgs| {
            b.iter(|| crate_route(black_box(orgs)))
        });
    }
    group.finish();
}

criterion_group!(benches, monitor);
criterion_main!(benches);
