//! The report for the board and funders of a 2,000-participant organisation with every
//! document the report reads: the example organisation's local ToV, persona set, measurement
//! plan, two self-assessments and funding, with a census of 2,000 unique participants and the
//! monitor report of 2,000 participants' measurements (3 instruments, 2 moments; the
//! synthetic data of `support/monitor.rs`). Baselines of the same run: the value estimate
//! alone, and the chain picture (`render::html`) alone; and the monitor report computed from
//! the measurements plus the report written from it. The report's size is printed when the
//! bench starts.

use criterion::{black_box, criterion_group, criterion_main, Criterion};
use theory_of_value::board::{self, OnErrors};
use theory_of_value::example;
use theory_of_value::monitor::{instruments, monitor_report, Measurements, MonitorInput};
use theory_of_value::render;
use theory_of_value::value::{estimate, Census};
use theory_of_value::{from_json_slice, Lang};

#[allow(dead_code)] // the bench uses one organisation of the synthetic movement
#[path = "support/monitor.rs"]
mod synthetic;

/// The example census scaled to 2,000 unique participants (the personas' shares kept).
fn census_of_2000() -> Census {
    let mut c = example::census().clone();
    let total: u64 = c.personas.iter().map(|p| p.people).sum();
    let mut left = 2_000u64;
    let n = c.personas.len();
    for (i, p) in c.personas.iter_mut().enumerate() {
        p.people = if i + 1 == n {
            left
        } else {
            p.people * 2_000 / total
        };
        left -= p.people;
    }
    c.visitors.unique = Some(2_000);
    c.visitors.regular = Some(930);
    c.visitors.incidental = Some(1_070);
    c.visitors.visits = Some(33_280);
    c.visitors.per_day = Some(160);
    c
}

fn bench(c: &mut Criterion) {
    let census = census_of_2000();
    let all = instruments();
    let measured: Measurements =
        from_json_slice(&synthetic::organisation(0, 2_000)).expect("generated measurements parse");
    let input = MonitorInput::new(example::local_tov(), &all, &measured);
    let monitor = monitor_report(&input).expect("generated measurements are valid");
    let docs = example::report_documents()
        .with_census(&census)
        .with_monitor(&monitor);
    let page = board::html(&docs, Lang::Nl, OnErrors::Refuse).expect("the documents are valid");
    eprintln!(
        "report of a 2,000-participant organisation: {} bytes ({:.1} KiB), {} figures",
        page.len(),
        page.len() as f64 / 1024.0,
        page.matches("data-figure=").count()
    );
    let mut g = c.benchmark_group("report");
    g.bench_function("html", |b| {
        b.iter(|| board::html(black_box(&docs), Lang::Nl, OnErrors::Refuse))
    });
    g.bench_function("estimate", |b| {
        b.iter(|| {
            estimate(
                black_box(docs.estimate_tov()),
                black_box(example::persona_set()),
                black_box(&census),
            )
        })
    });
    g.bench_function("monitor_and_html", |b| {
        b.iter(|| {
            let m = monitor_report(black_box(&input)).expect("valid");
            let d = example::report_documents()
                .with_census(&census)
                .with_monitor(&m);
            board::html(&d, Lang::Nl, OnErrors::Refuse).map(|p| p.len())
        })
    });
    g.bench_function("chain_html", |b| {
        b.iter(|| render::html(black_box(example::local_tov()), Lang::Nl))
    });
    g.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
