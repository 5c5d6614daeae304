//! Rendering and exporting ONE document of 10^3, 10^4 and 10^5 elements (outcomes, outputs,
//! activities, inputs, reach, with two links each): every rendering format and the CIDS
//! export (written as JSON text, as `tov cids` does, and built as a `Value`), against a baseline of the same run, writing the same document back as JSON. Ten
//! times the elements must cost at most twelve times the time (BENCHMARKS.md).
//!
//! `cargo bench --bench one_document -- --warm-up-time 1 --measurement-time 3`

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use theory_of_value::export::cids;
use theory_of_value::render;
use theory_of_value::Lang;

#[path = "support/one_document.rs"]
#[allow(dead_code)] // the documents of the rules benchmark
mod documents;
use documents::document;

fn one_document(c: &mut Criterion) {
    let scales: Vec<usize> = std::env::var("TOV_BENCH_ELEMENTS")
        .ok()
        .map(|s| s.split(',').filter_map(|x| x.trim().parse().ok()).collect())
        .unwrap_or_else(|| vec![1_000, 10_000, 100_000]);
    let mut group = c.benchmark_group("one-document");
    group.sample_size(10);
    for n in scales {
        let tov = document(n);
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("baseline: to JSON", n), &tov, |b, t| {
            b.iter(|| serde_json::to_string(black_box(t)).unwrap())
        });
        group.bench_with_input(BenchmarkId::new("render mermaid", n), &tov, |b, t| {
            b.iter(|| render::mermaid(black_box(t), Lang::Nl))
        });
        group.bench_with_input(BenchmarkId::new("render svg", n), &tov, |b, t| {
            b.iter(|| render::svg(black_box(t), Lang::Nl))
        });
        group.bench_with_input(BenchmarkId::new("render html", n), &tov, |b, t| {
            b.iter(|| render::html(black_box(t), Lang::Nl))
        });
        group.bench_with_input(BenchmarkId::new("render markdown", n), &tov, |b, t| {
            b.iter(|| render::markdown(black_box(t), Lang::Nl))
        });
        // What `tov cids` does: the export written as JSON text through a buffer (to a sink
        // here, to standard output there), in memory that does not grow with the export.
        group.bench_with_input(BenchmarkId::new("cids", n), &tov, |b, t| {
            b.iter(|| {
                let mut out = std::io::BufWriter::new(std::io::sink());
                serde_json::to_writer(&mut out, &cids::tov_graph(black_box(t), Lang::Nl)).unwrap();
                out
            })
        });
        // The same export built as a `serde_json::Value` (`cids::tov`), for embedders who
        // want one: every node and string its own allocation.
        group.bench_with_input(BenchmarkId::new("cids as a Value", n), &tov, |b, t| {
            b.iter(|| cids::tov(black_box(t), Lang::Nl))
        });
    }
    group.finish();
}

criterion_group!(benches, one_document);
criterion_main!(benches);
