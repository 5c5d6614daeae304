//! Rendering and exporting ONE document of 10^3, 10^4 and 10^5 elements (outcomes, outputs,
//! activities, inputs, reach, with two links each): every rendering format and the CIDS
//! export (written as JSON text, as `tov cids` does, and built as a `Value`), against a baseline of the same run, writing the same document back as JSON. Ten
//! times the elements must cost at most twelve times the time (BENCHMARKS.md).
//!
//! `cargo bench --bench one_document -- --warm-up-time 1 --measurement-time 3`

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use serde_json::{json, Value};
use theory_of_value::out::{cids, render};
use theory_of_value::{example, from_json_str, Lang, TheoryOfValue};

/// A local ToV with `n` elements: a tenth outcomes, four tenths outputs, three tenths
/// activities, two tenths inputs (reach makes up the rest), every element linked to two of
/// the layer above, texts varied per element.
fn document(n: usize) -> TheoryOfValue {
    let mut doc: Value = serde_json::from_str(example::LOCAL_TOV_JSON).unwrap();
    let (outcomes, outputs, activities, inputs) = (n / 10, 4 * n / 10, 3 * n / 10, 2 * n / 10);
    let reach = n - outcomes - outputs - activities - inputs;
    let like = |key: &str| doc[key][0].clone();
    let text = |what: &str, i: usize| {
        json!({
            "nl": format!("{what} {i}: deelnemers hervinden grip op hun leven en doen mee in de wijk"),
            "en": format!("{what} {i}: participants regain a grip on their lives and take part in the neighbourhood"),
        })
    };
    let (oc, op, act, inp, re) = (
        like("outcomes"),
        like("outputs"),
        like("activities"),
        like("inputs"),
        like("reach"),
    );
    let list = |count: usize, f: &dyn Fn(usize) -> Value| (0..count).map(f).collect::<Vec<_>>();
    let level = |i: usize| {
        if i % 2 == 0 {
            "individual"
        } else {
            "collective"
        }
    };
    let two = |prefix: &str, i: usize, of: usize| {
        json!([
            format!("{prefix}-{}", i % of),
            format!("{prefix}-{}", (i * 7 + 1) % of)
        ])
    };
    let new_outcomes = list(outcomes, &|i| {
        let mut x = oc.clone();
        x["id"] = json!(format!("oc-{i}"));
        x["level"] = json!(level(i));
        x["statement"] = text("Uitkomst", i);
        x
    });
    let new_outputs = list(outputs, &|i| {
        let mut x = op.clone();
        x["id"] = json!(format!("op-{i}"));
        x["level"] = json!(level(i));
        x["statement"] = text("Opbrengst", i);
        x["outcomes"] = two("oc", i, outcomes);
        x
    });
    let new_activities = list(activities, &|i| {
        let mut x = act.clone();
        x["id"] = json!(format!("act-{i}"));
        x["description"] = text("Activiteit", i);
        x["outputs"] = two("op", i, outputs);
        x
    });
    let new_inputs = list(inputs, &|i| {
        let mut x = inp.clone();
        x["id"] = json!(format!("in-{i}"));
        x["description"] = text("Middel", i);
        x["activities"] = two("act", i, activities);
        x
    });
    let new_reach = list(reach, &|i| {
        let mut x = re.clone();
        x["id"] = json!(format!("reach-{i}"));
        x["activities"] = json!([format!("act-{}", i % activities)]);
        x
    });
    doc["outcomes"] = json!(new_outcomes);
    doc["outputs"] = json!(new_outputs);
    doc["activities"] = json!(new_activities);
    doc["inputs"] = json!(new_inputs);
    doc["reach"] = json!(new_reach);
    from_json_str(&doc.to_string()).unwrap()
}

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
