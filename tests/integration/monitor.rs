//! The monitor: instruments, measurements, stories, area figures, the report and its
//! aggregate. Invalid fixtures in `tests/fixtures/monitor/invalid` (`KIND--case.json`) are
//! checked against the example organisation's ToV and the embedded instruments; each sibling
//! `.expect` pins the exact `(code, path)` pairs, as in `tests/fixtures/invalid`.

use theory_of_value::monitor::*;
use theory_of_value::{example, from_json_slice, national, Code, Lang, Report};

#[path = "../../benches/support/monitor.rs"]
#[allow(dead_code)]
mod synthetic;

const INVALID: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/monitor/invalid"
);

fn produced(name: &str, bytes: &[u8]) -> Vec<(String, String)> {
    let tov = example::local_tov();
    let all = instruments();
    let report: Report = match name.split("--").next().unwrap() {
        "measurements" => from_json_slice::<Measurements>(bytes)
            .unwrap()
            .validate_against(tov, &all),
        "stories" => from_json_slice::<Stories>(bytes)
            .unwrap()
            .validate_against(tov),
        "instrument" => from_json_slice::<InstrumentDefinition>(bytes)
            .unwrap()
            .validate_against(tov),
        "area-figures" => from_json_slice::<AreaFigures>(bytes)
            .unwrap()
            .validate_against(tov),
        other => panic!("unknown fixture kind {other}"),
    };
    report
        .pairs()
        .into_iter()
        .map(|(c, p)| (c.to_owned(), p.to_owned()))
        .collect()
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
        assert!(
            covered.contains(code.as_str()),
            "no invalid fixture produces {code}"
        );
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
    assert_eq!(
        classify(x2 - x1, s_diff(0.8, 0.74), None),
        Change::Improvement
    );
    // On quality of life MANSA and MPG's quality-of-life dimension both count.
    let c = classify_participants(example::local_tov(), &all, m).unwrap();
    let meaning = c
        .iter()
        .find(|c| c.participant == "vb-001" && c.output.as_str() == "op-ind-meaning");
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
            if let ShownCount::Count(n) = c.count {
                assert!(n == 0 || n >= 5, "{}: {n}", o.output);
            }
        }
    }
    // Quotes: only the publicly consented one.
    let quotes: Vec<&str> = r
        .outputs
        .iter()
        .flat_map(|o| &o.quotes)
        .map(|q| q.story.as_str())
        .collect();
    assert!(
        quotes.iter().all(|q| *q == "verhaal-wandelgroep"),
        "{quotes:?}"
    );
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
    assert!(err
        .findings
        .iter()
        .all(|f| f.path.starts_with("/measurements")));
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

mod properties {
    use super::*;
    use proptest::prelude::*;
    use theory_of_value::model::{DocumentDate, Id};

    const DIMS: [&str; 5] = [
        "mental-wellbeing",
        "meaning",
        "quality-of-life",
        "participation",
        "daily-functioning",
    ];

    fn id(s: &str) -> Id {
        s.parse().unwrap()
    }

    /// One participant: a persona, 1 to 3 moments a month apart or more, MPG values on some
    /// dimensions at each.
    /// A generated participant: persona index, and moments (number, day, MPG values).
    type Generated = (usize, Vec<(u16, i8, Vec<Option<u8>>)>);

    fn participant() -> impl Strategy<Value = Generated> {
        (
            0usize..3,
            prop::collection::vec(
                (
                    1u16..4,
                    1i8..13,
                    prop::collection::vec(prop::option::weighted(0.8, 0u8..=10), 5),
                ),
                1..4,
            ),
        )
    }

    fn build(org: usize, ps: &[Generated]) -> Measurements {
        let mut m = example::measurements().clone();
        m.organisation = format!("Organisatie {org} (fictief)");
        m.participants = ps
            .iter()
            .enumerate()
            .map(|(i, (persona, moments))| {
                // Moment numbers unique per participant; dates follow the numbers.
                let mut seen = std::collections::BTreeSet::new();
                let moments = moments
                    .iter()
                    .filter(|(n, _, _)| seen.insert(*n))
                    .map(|(n, day, values)| Moment {
                        moment: *n,
                        date: DocumentDate::Day(jiff::civil::date(2025, (*n * 3) as i8, *day)),
                        scores: DIMS
                            .iter()
                            .zip(values)
                            .filter_map(|(d, v)| {
                                v.map(|v| ScoreEntry::value(id("mpg"), id(d), f64::from(v)))
                            })
                            .collect(),
                    })
                    .collect();
                Participant {
                    code: format!("o{org}-p{i:04}"),
                    persona: Some(id(["persona-a", "persona-b", "persona-c"][*persona])),
                    moments,
                }
            })
            .collect();
        m
    }

    fn report(m: &Measurements, t: Threshold) -> MonitorReport {
        let all = instruments();
        monitor_report(&MonitorInput::new(example::local_tov(), &all, m).with_threshold(t)).unwrap()
    }

    /// Whether a suppressed cell of one output could be worked out from what is shown: the
    /// shown cells, and the number measured minus the shown cells (the suppressed cells
    /// together). A single suppressed cell, or suppressed cells summing to less than the
    /// threshold (including zero), would be revealed.
    fn revealed(o: &OutputMonitor, t: u32) -> Option<String> {
        for c in &o.changes {
            if let ShownCount::Count(n) = c.count {
                if n > 0 && n < u64::from(t) {
                    return Some(format!("{} shows {n}", o.output));
                }
            }
        }
        if let ShownCount::Count(total) = o.measured {
            if total > 0 && total < u64::from(t) {
                return Some(format!("{} measured {total}", o.output));
            }
            let shown: u64 = o.changes.iter().filter_map(|c| c.count.count()).sum();
            let hidden = o
                .changes
                .iter()
                .filter(|c| c.count.count().is_none())
                .count();
            let rest = total - shown;
            if hidden == 1 || (hidden > 1 && rest < u64::from(t)) {
                return Some(format!("{}: {hidden} hidden cells sum to {rest}", o.output));
            }
        }
        None
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

        /// No cell below the threshold can be read off a published report: not directly, not
        /// as the total minus the shown cells, for any threshold from 3.
        #[test]
        fn suppression_never_reveals_a_small_cell(
            ps in prop::collection::vec(participant(), 0..60),
            t in 3u32..9,
        ) {
            let t = Threshold::new(t).unwrap();
            let r = report(&build(0, &ps), t);
            for o in &r.outputs {
                if let Some(why) = revealed(o, t.get()) {
                    prop_assert!(false, "{}", why);
                }
            }
        }

        /// The same for bare partitions, including zeros and totals just above the threshold.
        #[test]
        fn suppression_of_any_partition(cells in prop::collection::vec(0u64..12, 1..6), t in 3u32..7) {
            let total: u64 = cells.iter().sum();
            let mut input = cells.clone();
            input.resize(5, 0);
            let t = Threshold::new(t).unwrap();
            let r = suppress(total, &input, t);
            let o = OutputMonitor {
                output: id("o"),
                refines: vec![],
                level: theory_of_value::model::Level::Individual,
                statement: theory_of_value::Text::new("o"),
                measured: r.0,
                changes: Change::ALL.iter().zip(&r.1).map(|(c, n)| ChangeCount { change: *c, count: *n, share: None }).collect(),
                expected: vec![], stories: vec![], quotes: vec![], areas: vec![],
            };
            prop_assert!(revealed(&o, t.get()).is_none(), "{:?} -> {:?}", input, r);
            // Nothing that is shown is wrong.
            if let ShownCount::Count(n) = r.0 { prop_assert_eq!(n, total); }
            for (c, n) in r.1.iter().zip(&input) {
                if let ShownCount::Count(x) = c { prop_assert_eq!(x, n); }
            }
        }

        /// Aggregating organisations' reports gives, for every figure both show, what the
        /// report of their measurements taken together gives.
        #[test]
        fn aggregation_equals_the_report_of_the_combined_measurements(
            orgs in prop::collection::vec(prop::collection::vec(participant(), 0..40), 1..4),
        ) {
            let t = Threshold::default();
            let ms: Vec<Measurements> = orgs.iter().enumerate().map(|(i, ps)| build(i, ps)).collect();
            let reports: Vec<MonitorReport> = ms.iter().map(|m| report(m, t)).collect();
            let national = aggregate(id("nvzh-tov"), &reports).unwrap();
            let mut all = ms[0].clone();
            for m in &ms[1..] {
                all.participants.extend(m.participants.iter().cloned());
            }
            let combined = report(&all, t);
            for o in &combined.outputs {
                let key = o.refines.first().unwrap_or(&o.output);
                let a = national.outputs.iter().find(|x| &x.output == key).unwrap();
                if let (ShownCount::Count(x), ShownCount::Count(y)) = (a.measured, o.measured) {
                    prop_assert_eq!(x, y, "{}", key);
                }
                for (ca, cb) in a.changes.iter().zip(&o.changes) {
                    if let (ShownCount::Count(x), ShownCount::Count(y)) = (ca.count, cb.count) {
                        prop_assert_eq!(x, y, "{} {:?}", key, ca.change);
                        prop_assert_eq!(ca.share, cb.share);
                    }
                    // An "at least" never exceeds the true count.
                    if let (ShownCount::AtLeast { at_least }, ShownCount::Count(y)) = (ca.count, cb.count) {
                        prop_assert!(at_least <= y);
                    }
                }
            }
        }

        /// Classification does not depend on the order of participants or of moments.
        #[test]
        fn classification_is_invariant_under_order(
            ps in prop::collection::vec(participant(), 0..30),
            seed in any::<u64>(),
        ) {
            let all = instruments();
            let m = build(0, &ps);
            let before = classify_participants(example::local_tov(), &all, &m).unwrap();
            let mut shuffled = m.clone();
            let mut s = seed | 1;
            let mut next = |n: usize| { s ^= s << 13; s ^= s >> 7; s ^= s << 17; (s % n.max(1) as u64) as usize };
            for i in (1..shuffled.participants.len()).rev() {
                let j = next(i + 1);
                shuffled.participants.swap(i, j);
            }
            for p in &mut shuffled.participants {
                p.moments.reverse();
                let k = p.moments.len();
                if k > 1 { let j = next(k); p.moments.swap(0, j); }
            }
            let after = classify_participants(example::local_tov(), &all, &shuffled).unwrap();
            prop_assert_eq!(before, after);
            // And so the report.
            prop_assert_eq!(report(&m, Threshold::default()), report(&shuffled, Threshold::default()));
        }
    }
}

mod synthetic_movement {
    //! The benchmark's synthetic monitor data set is what it claims: distinct, valid
    //! measurements with three instruments at two moments, clean against the example ToV.
    use super::*;

    #[test]
    fn synthetic_organisations_are_clean_and_distinct() {
        let all = instruments();
        let orgs = synthetic::movement(3, 200);
        let mut reports = Vec::new();
        for (i, bytes) in orgs.iter().enumerate() {
            let m: Measurements = from_json_slice(bytes).unwrap();
            assert_eq!(m.participants.len(), 200);
            let scores: usize = m
                .participants
                .iter()
                .flat_map(|p| &p.moments)
                .map(|mo| mo.scores.len())
                .sum();
            assert_eq!(scores, 200 * 2 * 3);
            let input = MonitorInput::new(example::local_tov(), &all, &m);
            let r = input.validate();
            assert!(r.is_clean(), "{i}: {}", r.render(Lang::En));
            reports.push(monitor_report(&input).unwrap());
        }
        assert_ne!(orgs[0], orgs[1]);
        let national = aggregate("nvzh-tov".parse().unwrap(), &reports).unwrap();
        assert_eq!(national.organisations.len(), 3);
        // Every class occurs somewhere, slower decline included (persona B's expected course).
        let any = |c: Change| {
            national
                .outputs
                .iter()
                .any(|o| o.count(c).is_some_and(|x| x != ShownCount::Count(0)))
        };
        for c in Change::ALL {
            assert!(any(c), "{c:?}");
        }
    }
}

/// The public strategy for measurements gives documents that validate, read back equal after
/// writing, and make a monitor report on the ToV they were made for.
#[cfg(feature = "proptest")]
mod generated {
    use proptest::prelude::*;
    use theory_of_value::monitor::{instruments, monitor_report, Measurements, MonitorInput};
    use theory_of_value::{example, from_json_str, strategy, to_json_pretty};

    proptest! {
        #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

        #[test]
        fn measurements_validate_read_back_and_report(m in strategy::measurements_for(example::local_tov())) {
            let tov = example::local_tov();
            let all = instruments();
            prop_assert!(m.validate_against(tov, &all).is_clean());
            let back: Measurements = from_json_str(&to_json_pretty(&m)).expect("reads back");
            prop_assert_eq!(&back, &m);
            let r = monitor_report(&MonitorInput::new(tov, &all, &m));
            prop_assert!(r.is_ok(), "{}", r.err().map(|e| e.render(theory_of_value::Lang::En)).unwrap_or_default());
        }
    }
}
