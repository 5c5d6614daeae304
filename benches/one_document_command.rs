//! The `tov` command end to end on ONE document of 10^3, 10^4 and 10^5 elements: reading the
//! file, checking it, doing the work and writing the result, as a user runs it. The documents
//! are those of `one_document_rules` (check, compare, estimate) and `one_document` (render,
//! cids), written to a temporary folder first. The baseline of the same run reads the same
//! files into memory and parses them as JSON (`serde_json::Value`), the least any command on
//! them must do. Ten times the elements must cost at most twelve times the time
//! (BENCHMARKS.md).
//!
//! `cargo bench --features cli --bench one_document_command -- --warm-up-time 1 --measurement-time 3`

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

#[path = "support/one_document.rs"]
mod documents;

/// The folder with the documents of `n` elements, written once per run.
fn write_documents(root: &Path, n: usize) -> PathBuf {
    let dir = root.join(n.to_string());
    std::fs::create_dir_all(&dir).expect("a temporary folder");
    let write = |name: &str, json: String| std::fs::write(dir.join(name), json).expect("written");
    write("check.json", to_json(&documents::tov_of(n, true)));
    let mut local = documents::tov_of(n, false);
    local.refines = Some(theory_of_value::national().id.clone());
    write("compare.json", to_json(&local));
    let tov = documents::tov_of(n, false);
    let (set, census) = documents::personas_for(&tov, n);
    write("estimate-tov.json", to_json(&tov));
    write("personas.json", to_json(&set));
    write("census.json", to_json(&census));
    write("chain.json", to_json(&documents::document(n)));
    dir
}

fn to_json<T: serde::Serialize>(document: &T) -> String {
    serde_json::to_string(document).expect("serialisable")
}

/// The command's arguments for one line of the table, in the folder `d`.
fn arguments(work: &str, d: &Path) -> Vec<String> {
    let file = |name: &str| d.join(name).display().to_string();
    let mut args: Vec<String> = match work {
        "check" => vec!["check".into(), file("check.json")],
        "compare" => vec!["compare".into(), file("compare.json")],
        "estimate" => vec![
            "estimate".into(),
            "--tov".into(),
            file("estimate-tov.json"),
            "--personas".into(),
            file("personas.json"),
            "--census".into(),
            file("census.json"),
        ],
        "cids" => vec!["cids".into(), file("chain.json")],
        format => vec![
            "render".into(),
            "--format".into(),
            format.trim_start_matches("render ").into(),
            file("chain.json"),
        ],
    };
    args.extend(["--max-input-size".into(), "1G".into()]);
    args
}

/// The files a line reads.
fn inputs(work: &str, d: &Path) -> Vec<PathBuf> {
    match work {
        "check" => vec![d.join("check.json")],
        "compare" => vec![d.join("compare.json")],
        "estimate" => ["estimate-tov.json", "personas.json", "census.json"]
            .iter()
            .map(|f| d.join(f))
            .collect(),
        _ => vec![d.join("chain.json")],
    }
}

const WORK: [&str; 8] = [
    "check",
    "compare",
    "estimate",
    "render mermaid",
    "render svg",
    "render html",
    "render markdown",
    "cids",
];

fn command(c: &mut Criterion) {
    let tov = env!("CARGO_BIN_EXE_tov");
    let root = std::env::temp_dir().join(format!("tov-one-document-{}", std::process::id()));
    let mut group = c.benchmark_group("one-document-command");
    group.sample_size(10).sampling_mode(SamplingMode::Flat);
    for n in [1_000, 10_000, 100_000] {
        let d = write_documents(&root, n);
        let label = format!("10^{}", n.ilog10());
        for work in WORK {
            let args = arguments(work, &d);
            // Every line does its work: check finds the dangling links (exit 1), the rest
            // succeed.
            let status = Command::new(tov)
                .args(&args)
                .stdout(Stdio::null())
                .status()
                .expect("tov runs");
            assert_eq!(
                status.code(),
                Some(i32::from(work == "check")),
                "{work} {n}"
            );
            group.bench_with_input(
                BenchmarkId::new(format!("baseline: read {work}"), &label),
                &inputs(work, &d),
                |b, files| {
                    b.iter(|| {
                        files
                            .iter()
                            .map(|f| {
                                let bytes = std::fs::read(f).expect("readable");
                                serde_json::from_slice::<serde_json::Value>(&bytes).expect("JSON")
                            })
                            .collect::<Vec<_>>()
                    })
                },
            );
            group.bench_with_input(BenchmarkId::new(work, &label), &args, |b, args| {
                b.iter(|| {
                    Command::new(tov)
                        .args(args)
                        .stdout(Stdio::null())
                        .status()
                        .expect("tov runs")
                })
            });
        }
    }
    group.finish();
    let _ = std::fs::remove_dir_all(&root);
}

criterion_group!(benches, command);
criterion_main!(benches);
