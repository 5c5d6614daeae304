//! The monitor: instruments, measurements, stories, area figures, the report and its
//! aggregate. Invalid fixtures in `tests/fixtures/monitor/invalid` (`KIND--case.json`) are
//! checked against the example organisation's ToV and the embedded instruments; each sibling
//! `.expect` pins the exact `(code, path)` pairs, as in `tests/fixtures/invalid`.

use theory_of_value::monitor::*;
use theory_of_value::{example, from_json_slice, national, Code, Lang, Report};

const INVALID: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/monitor/invalid");

fn produced(name: &str, bytes: &[u8]) -> Vec<(String, String)> {
    let tov = example::local_tov();
    let all = instruments();
    let report: Report = match name.split("--").next().unwrap() {
        "measurements" => from_json_slice::<Measurements>(bytes).unwrap().validate_against(tov, &all),
        "stories" => from_json_slice::<Stories>(bytes).unwrap().validate_against(tov),
        "instrument" => from_json_slice::<InstrumentDefinition>(bytes).unwrap().validate_against(tov),
        "area-figures" => from_json_slice::<AreaFigures>(bytes).unwrap().validate_against(tov),
        other => panic!("unknown fixture kind {other}"),
    };
    report.pairs().into_iter().map(|(c, p)| (c.to_owned(), p.to_owned())).collect()
}

#[test]
fn invalid_fixtures_give_exactly_their_codes() {
    let mut files: Vec<_> = std::fs::read_dir(INVALID)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    assert!(files.len() >= 18);
    let mut covered = std::collections::BTreeSet::new();
    for file in files {
        let name = file.file_stem().unwrap().to_str().unwrap().to_owned();
        let expect = std::fs::read_to_string(file.with_extension("expect")).unwrap();
        let expected: Vec<(String, String)> = expect
            .lines()
            .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
            .map(|l| {
                let (c, p) = l.split_once(' ').unwrap_or((l, ""));
                assert!(c.parse::<Code>().is_ok(), "{name}: unknown code {c}");
                (c.to_owned(), p.trim().to_owned())
            })
            .collect();
        let got = produced(&name, &std::fs::read(&file).unwrap());
        assert_eq!(got, expected, "{name}");
        covered.extend(got.into_iter().map(|(c, _)| c));
    }
    for code in Code::ALL.iter().filter(|c| c.as_str().starts_with("TOV5")) {
        assert!(covered.contains(code.as_str()), "no invalid fixture produces {code}");
    }
}

#[test]
fn every_finding_has_a_message_in_both_languages() {
    let file = format!("{INVALID}/stories--personal-data.json");
    let s: Stories = from_json_slice(&std::fs::read(file).unwrap()).unwrap();
    for f in s.validate_against(example::local_tov()).findings {
        assert!(!f.message.nl.is_empty() && !f.message.en.is_empty());
        assert_ne!(f.message.nl, f.message.en);
    }
}

#[test]
fn embedded_instruments_are_clean_against_the_national_tov() {
    for d in instruments() {
        let r = d.validate_against(national());
        assert!(r.is_clean(), "{}: {}", d.id, r.render(Lang::En));
        // Structure only: no item texts anywhere in the definition.
        let json = serde_json::to_string(d).unwrap();
        assert!(!json.contains("\"text\""), "{}", d.id);
    }
}

#[test]
fn example_documents_validate_clean() {
    let all = instruments();
    let input = MonitorInput::new(example::local_tov(), &all, example::measurements())
        .with_stories(example::stories())
        .with_areas(example::area_figures())
        .with_estimate(example::estimate());
    let r = input.validate();
    assert!(r.is_clean(), "{}", r.render(Lang::En));
}

/// The worked example of docs/monitor.md: participant vb-001's MANSA at two moments.
#[test]
fn worked_example_vb_001() {
    let all = instruments();
    let m = example::measurements();
    let p = &m.participants[0];
    let items = |k: usize| p.moments[k].scores[0].items.clone().unwrap();
    let x1 = score_from_items(ScoringMethod::Mean, &items(0), 0).unwrap();
    let x2 = score_from_items(ScoringMethod::Mean, &items(1), 0).unwrap();
    assert_eq!((x1, x2), (3.5, 4.75));
    let index = rci(x1, x2, 0.8, 0.74);
    assert!((index - 2.1668).abs() < 1e-4);
    assert_eq!(classify(x2 - x1, s_diff(0.8, 0.74), None), Change::Improvement);
    // On quality of life MANSA and MPG's quality-of-life dimension both count.
    let c = classify_participants(example::local_tov(), &all, m).unwrap();
    let meaning = c.iter().find(|c| c.participant == "vb-001" && c.output.as_str() == "op-ind-meaning");
    assert!(meaning.is_some());
}

#[test]
fn nothing_below_the_threshold_is_published_in_the_example() {
    let r = example::monitor_report();
    let json = serde_json::to_string(r).unwrap();
    // Raw measurements never appear in a report.
    assert!(!json.contains("vb-0"), "a participant code leaked");
    assert!(!json.contains("\"items\""));
    for o in &r.outputs {
        for c in &o.changes {
            if let Cell::Count(n) = c.count {
                assert!(n == 0 || n >= 5, "{}: {n}", o.output);
            }
        }
    }
    // Quotes: only the publicly consented one.
    let quotes: Vec<&str> = r.outputs.iter().flat_map(|o| &o.quotes).map(|q| q.story.as_str()).collect();
    assert!(quotes.iter().all(|q| *q == "verhaal-wandelgroep"), "{quotes:?}");
    assert!(!json.contains("Ik heb weer een reden"));
    assert!(!json.contains("Mijn verhaal doet ertoe"));
}

#[test]
fn a_report_refuses_documents_with_errors() {
    let mut m = example::measurements().clone();
    m.participants[1].code = m.participants[0].code.clone();
    let all = instruments();
    let err = monitor_report(&MonitorInput::new(example::local_tov(), &all, &m)).unwrap_err();
    assert_eq!(err.with_code(Code::DuplicateParticipant).count(), 1);
    assert!(err.findings.iter().all(|f| f.path.starts_with("/measurements")));
}

#[test]
fn threshold_is_never_below_three() {
    assert!(Threshold::new(2).is_err());
    let err = theory_of_value::from_json_str::<MonitorReport>(
        r#"{"tov":"t","organisations":[],"period":{"start":"2025","end":"2025"},"threshold":2,"outputs":[]}"#,
    )
    .unwrap_err();
    assert_eq!(err.code, Code::InvalidValue);
}
