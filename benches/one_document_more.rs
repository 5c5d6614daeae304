//! Cost in the size of ONE document, for the documents beside the ToV: stories, measurements,
//! area figures, persona sets and censuses, funding, and the report for the board. Each group
//! holds one line per function and size; read each line as a ratio against its 10^3 line: 10×
//! the document should cost at most about 12× the time. The documents are the example
//! organisation's, cloned and varied.
//!
//! - `more-stories`: n stories (the example's three in turn, each with its own ID), validated
//!   against the local ToV, and the monitor report of the example measurements with them.
//! - `more-measurements`: the measurements of n participants (2 moments, 3 instruments; the
//!   synthetic data of `support/monitor.rs`), validated, and every participant classified.
//! - `more-areas`: n area figures (the example's in turn, each with its own municipality and
//!   year), validated, and the monitor report of the example measurements with them.
//! - `more-personas`: a persona set of n personas (the example's in turn, each with its own ID
//!   and source) validated against the national ToV; a census of n lines validated against it and
//!   merged with itself; the break-even list of the estimate's care lines.
//! - `more-funding`: n agreements (the example's in turn, each with its own ID, a month of its
//!   own per funder, so every funder's agreements must be compared for overlap): validated,
//!   totalled, the wrong-pocket table against the example estimate, and the funding Markdown.
//! - `more-report`: the report for the board (`board::html`) of the example
//!   organisation with the persona set and census of `more-personas`.
//!
//! Sizes: 10^3, 10^4 and 10^5, or those of `TOV_BENCH_ELEMENTS` (comma-separated).
//! Run briefly: `cargo bench --bench one_document_more -- --warm-up-time 1 --measurement-time 2`.

use criterion::{black_box, criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use std::borrow::Cow;
use theory_of_value::board::{self, OnErrors};
use theory_of_value::example;
use theory_of_value::model::{DocumentDate, Id};
use theory_of_value::monitor::{
    classify_participants, instruments, monitor_report, AreaFigures, Measurements, MonitorInput,
    Stories,
};
use theory_of_value::render::{break_even_markdown, funding_markdown};
use theory_of_value::value::{estimate, wrong_pocket, Census, Funding, Period, PersonaSet};
use theory_of_value::{from_json_slice, Lang};

#[allow(dead_code)] // one organisation of the synthetic movement
#[path = "support/monitor.rs"]
mod synthetic;

const SIZES: [usize; 3] = [1_000, 10_000, 100_000];

fn sizes() -> Vec<usize> {
    std::env::var("TOV_BENCH_ELEMENTS")
        .ok()
        .map(|s| {
            s.split(',')
                .filter_map(|x| x.trim().parse().ok())
                .filter(|n| *n > 0)
                .collect()
        })
        .unwrap_or_else(|| SIZES.to_vec())
}

fn id(s: String) -> Id {
    s.parse().expect("well-formed")
}

fn label(n: usize) -> String {
    if 10usize.pow(n.ilog10()) == n {
        format!("10^{}", n.ilog10())
    } else {
        n.to_string()
    }
}

fn stories_of(n: usize) -> Stories {
    let mut s = example::stories().clone();
    let base = std::mem::take(&mut s.stories);
    s.stories = (0..n)
        .map(|i| {
            let mut story = base[i % base.len()].clone();
            story.id = id(format!("verhaal-{i}"));
            story
        })
        .collect();
    s
}

fn areas_of(n: usize) -> AreaFigures {
    let mut a = example::area_figures().clone();
    let base = std::mem::take(&mut a.figures);
    a.figures = (0..n)
        .map(|i| {
            let mut f = base[i % base.len()].clone();
            f.municipality = format!("Gemeente {}", i / 8);
            f.year = 2000 + i16::try_from(i % 8).expect("small");
            f
        })
        .collect();
    a
}

fn personas_of(n: usize) -> (PersonaSet, Census) {
    let mut set = example::persona_set().clone();
    let base = std::mem::take(&mut set.personas);
    set.personas = (0..n)
        .map(|i| {
            let mut p = base[i % base.len()].clone();
            p.id = id(format!("persona-{i}"));
            p.name = format!("{} ({i})", p.name);
            for c in &mut p.care_avoided {
                c.source.section = Some(Cow::Owned(format!("persona {i}")));
            }
            p
        })
        .collect();
    let mut census = example::census().clone();
    census.personas = (0..n)
        .map(|i| {
            let mut c = example::census().personas[i % example::census().personas.len()].clone();
            c.persona = set.personas[i].id.clone();
            c.people = 1 + (i as u64 % 7);
            c
        })
        .collect();
    let people: u64 = census.personas.iter().map(|c| c.people).sum();
    census.visitors.unique = Some(people);
    census.visitors.regular = None;
    census.visitors.incidental = None;
    (set, census)
}

fn funding_of(n: usize) -> Funding {
    let mut f = example::funding().clone();
    let base = std::mem::take(&mut f.agreements);
    let k = base.len();
    let month = |m: usize| {
        DocumentDate::Month(
            2000 + i16::try_from(m / 12).expect("within jiff's years"),
            1 + i8::try_from(m % 12).expect("a month"),
        )
    };
    f.agreements = (0..n)
        .map(|i| {
            let mut a = base[i % k].clone();
            a.id = id(format!("afspraak-{i}"));
            a.period = Period::new(month(i / k), month(i / k));
            a
        })
        .collect();
    f.period = Period::new(month(0), month(n / k + 1));
    f
}

fn stories(c: &mut Criterion) {
    let tov = example::local_tov();
    let all = instruments();
    let mut group = c.benchmark_group("more-stories");
    group.sample_size(10);
    for n in sizes() {
        let s = stories_of(n);
        assert!(!s.validate_against(tov).has_errors());
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("validate", label(n)), &s, |b, s| {
            b.iter(|| black_box(s).validate_against(tov))
        });
        group.bench_with_input(BenchmarkId::new("monitor_report", label(n)), &s, |b, s| {
            b.iter(|| {
                let input = MonitorInput::new(tov, &all, example::measurements()).with_stories(s);
                monitor_report(black_box(&input)).expect("valid")
            })
        });
    }
    group.finish();
}

fn measurements(c: &mut Criterion) {
    let tov = example::local_tov();
    let all = instruments();
    let mut group = c.benchmark_group("more-measurements");
    group.sample_size(10);
    for n in sizes() {
        let m: Measurements =
            from_json_slice(&synthetic::organisation(0, n)).expect("generated measurements");
        assert!(!m.validate_against(tov, &all).has_errors());
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("validate", label(n)), &m, |b, m| {
            b.iter(|| black_box(m).validate_against(tov, &all))
        });
        group.bench_with_input(BenchmarkId::new("classify", label(n)), &m, |b, m| {
            b.iter(|| classify_participants(tov, &all, black_box(m)).expect("valid"))
        });
    }
    group.finish();
}

fn areas(c: &mut Criterion) {
    let tov = example::local_tov();
    let all = instruments();
    let mut group = c.benchmark_group("more-areas");
    group.sample_size(10);
    for n in sizes() {
        let a = areas_of(n);
        assert!(!a.validate_against(tov).has_errors());
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("validate", label(n)), &a, |b, a| {
            b.iter(|| black_box(a).validate_against(tov))
        });
        group.bench_with_input(BenchmarkId::new("monitor_report", label(n)), &a, |b, a| {
            b.iter(|| {
                let input = MonitorInput::new(tov, &all, example::measurements()).with_areas(a);
                monitor_report(black_box(&input)).expect("valid")
            })
        });
    }
    group.finish();
}

fn personas(c: &mut Criterion) {
    // The example persona set describes value on the national ToV's outputs.
    let tov = theory_of_value::national();
    let mut group = c.benchmark_group("more-personas");
    group.sample_size(10);
    for n in sizes() {
        let (set, census) = personas_of(n);
        assert!(!set.validate_against(tov).has_errors());
        assert!(!census.validate_against(&set).has_errors());
        let e = estimate(tov, &set, &census).expect("a valid estimate");
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("set_validate", label(n)), &set, |b, s| {
            b.iter(|| black_box(s).validate_against(tov))
        });
        group.bench_with_input(
            BenchmarkId::new("census_validate", label(n)),
            &(&set, &census),
            |b, (s, c)| b.iter(|| black_box(c).validate_against(s)),
        );
        group.bench_with_input(
            BenchmarkId::new("census_merge", label(n)),
            &census,
            |b, c| b.iter(|| black_box(c).merge(c).expect("no overflow")),
        );
        group.bench_with_input(
            BenchmarkId::new("break_even", label(n)),
            &(&e, &census),
            |b, (e, c)| b.iter(|| break_even_markdown(black_box(e), c, Lang::Nl)),
        );
    }
    group.finish();
}

fn funding(c: &mut Criterion) {
    let mut group = c.benchmark_group("more-funding");
    group.sample_size(10);
    for n in sizes() {
        let f = funding_of(n);
        assert!(!f.validate().has_errors());
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("validate", label(n)), &f, |b, f| {
            b.iter(|| black_box(f).validate())
        });
        group.bench_with_input(BenchmarkId::new("totals", label(n)), &f, |b, f| {
            b.iter(|| black_box(f).totals().expect("no overflow"))
        });
        group.bench_with_input(BenchmarkId::new("wrong_pocket", label(n)), &f, |b, f| {
            b.iter(|| wrong_pocket(black_box(f), example::estimate()).expect("no overflow"))
        });
        group.bench_with_input(
            BenchmarkId::new("funding_markdown", label(n)),
            &f,
            |b, f| b.iter(|| funding_markdown(black_box(f), Lang::Nl).expect("no overflow")),
        );
    }
    group.finish();
}

fn board_report(c: &mut Criterion) {
    let mut group = c.benchmark_group("more-report");
    group.sample_size(10);
    for n in sizes() {
        let (set, census) = personas_of(n);
        let docs = example::report_documents()
            .with_personas(&set)
            .with_census(&census);
        board::html(&docs, Lang::Nl, OnErrors::Refuse).expect("the documents are valid");
        group.throughput(Throughput::Elements(n as u64));
        group.bench_with_input(BenchmarkId::new("html", label(n)), &docs, |b, d| {
            b.iter(|| board::html(black_box(d), Lang::Nl, OnErrors::Refuse).map(|p| p.len()))
        });
    }
    group.finish();
}

criterion_group!(
    benches,
    stories,
    measurements,
    areas,
    personas,
    funding,
    board_report
);
criterion_main!(benches);
