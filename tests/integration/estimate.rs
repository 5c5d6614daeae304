//! The value estimate: the report's worked figures, a worked example by hand, and the
//! properties every estimate must have.

use proptest::prelude::*;
use std::collections::BTreeMap;
use theory_of_value::model::SourceRef;
use theory_of_value::value::{
    estimate, Adjustment, Adjustments, CareEntry, CareKind, Census, Duration, Estimate,
    FundingNeed, Money, Persona, PersonaSet, Share, Visitors,
};
use theory_of_value::{example, national, strategy, Code};

#[test]
fn the_reports_visitor_mix() {
    // 50 visitors a day, 5 days a week → 260 days a year, 13,000 visits
    let v = Visitors::from_daily(50, 5).with_unique(500, 1_400);
    assert_eq!(v.days_open, Some(260));
    assert_eq!(v.visits, Some(13_000));
    // by 1,900 unique visitors: 500 regular and 1,400 incidental
    assert_eq!(v.unique, Some(1_900));
    let mut census = example::census().clone();
    census.personas.clear();
    census.visitors = v;
    census.costs = Money::from_euros(1_900 * 900);
    assert!(census.validate().findings.is_empty());
    census.visitors.incidental = Some(1_399);
    assert_eq!(census.validate().pairs(), vec![("TOV207", "/visitors")]);
    census.visitors.incidental = Some(1_400);
    census.visitors.visits = Some(12_999);
    assert_eq!(
        census.validate().pairs(),
        vec![("TOV208", "/visitors/visits")]
    );
}

#[test]
fn fifteen_euros_per_inhabitant() {
    // About €15 per inhabitant of the Netherlands comes to about €270 million (001, "Kostprijs"):
    // that implies some 18 million inhabitants, a tripling of the current ≈ €90 million.
    let need = FundingNeed {
        per_inhabitant: Money::from_euros(15),
        inhabitants: 18_000_000,
    };
    let total = need.total().unwrap();
    assert_eq!(total, Money::from_euros(270_000_000));
    assert_eq!(total.cents() / Money::from_euros(90_000_000).cents(), 3);
}

fn census_with_cost_per_participant(euros: u64) -> Census {
    let mut census = example::census().clone();
    census.visitors = Visitors::default().with_unique(1, 0);
    census.personas.clear();
    census.neighbourhoods.clear();
    census.costs = Money::from_euros(euros);
    census
}

#[test]
fn cost_per_participant_outside_the_band_is_info() {
    for inside in [300, 449, 1_529, 1_700] {
        assert!(
            census_with_cost_per_participant(inside)
                .validate()
                .findings
                .is_empty(),
            "{inside}"
        );
    }
    for outside in [299, 1_701, 3_000] {
        let report = census_with_cost_per_participant(outside).validate();
        assert_eq!(report.pairs(), vec![("TOV209", "/costs")], "{outside}");
        assert!(!report.has_errors());
    }
}

fn assumption() -> SourceRef {
    SourceRef::new("Aanname", "test")
}

fn one_persona(care: CareEntry) -> PersonaSet {
    let mut set = example::persona_set().clone();
    set.personas.truncate(1);
    set.personas[0].care_avoided = vec![care];
    set.neighbourhoods.clear();
    set
}

fn census_of(people: u64, costs: Money) -> Census {
    let mut census = example::census().clone();
    census.personas.truncate(1);
    census.personas[0].people = people;
    census.neighbourhoods.clear();
    census.visitors = Visitors::default();
    census.costs = costs;
    census
}

#[test]
fn the_worked_example_by_hand() {
    // The worked example of the estimate's documentation.
    let mut hic = CareEntry::new(
        CareKind::CrisisCare,
        Money::from_cents(60_239).checked_mul(21).unwrap(),
        assumption(),
    );
    hic.adjustments = Adjustments {
        deadweight: Some(Adjustment::new(Share::try_from(0.5).unwrap(), assumption())),
        attribution: Some(Adjustment::new(Share::try_from(0.2).unwrap(), assumption())),
        duration: Some(Duration::new(2, assumption()).unwrap()),
        drop_off: Some(Adjustment::new(Share::try_from(0.5).unwrap(), assumption())),
        ..Adjustments::default()
    };
    let e = estimate(
        national(),
        &one_persona(hic),
        &census_of(20, Money::from_euros(60_000)),
    )
    .unwrap();
    let line = &e.care_lines[0];
    assert_eq!(line.yearly_cost, Money::from_cents(1_265_019));
    assert_eq!(line.after_deadweight, Money::from_cents(632_510)); // 632,509.5 rounded half up
    assert_eq!(line.after_attribution, Money::from_cents(506_008));
    assert_eq!(line.after_displacement, Money::from_cents(506_008));
    let years: Vec<(u64, u64)> = line
        .years
        .iter()
        .map(|y| (y.value.cents(), y.present_value.cents()))
        .collect();
    assert_eq!(years, [(506_008, 506_008), (253_004, 253_004)]);
    assert_eq!(line.unit_net, Money::from_cents(759_012));
    assert_eq!(e.gross, Money::from_cents(50_600_760));
    assert_eq!(e.net, Money::from_cents(15_180_240));
}

#[test]
fn discounting_rounds_each_year() {
    let mut care = CareEntry::new(
        CareKind::BasicMentalHealth,
        Money::from_euros(1_000),
        assumption(),
    );
    care.adjustments.duration = Some(Duration::new(3, assumption()).unwrap());
    care.adjustments.discount_rate = Some(Adjustment::new(
        Share::try_from(0.04).unwrap(),
        assumption(),
    ));
    let e = estimate(
        national(),
        &one_persona(care),
        &census_of(1, Money::from_euros(1)),
    )
    .unwrap();
    let pv: Vec<u64> = e.care_lines[0]
        .years
        .iter()
        .map(|y| y.present_value.cents())
        .collect();
    // 100,000 / 1.04 = 96,153.8 → 96,154; twice: 92,455.8 → 92,456; three times: 88,899.9 → 88,900
    assert_eq!(pv, [96_154, 92_456, 88_900]);
}

#[test]
fn preventing_one_admission_per_four_participants_breaks_even() {
    // 000: a ZHO at €3,000 per participant per year; a forced HIC admission averages €12,650
    // (€602.39 a day × 21 days). Four participants cost €12,000: one admission avoided pays.
    let hic = CareEntry::new(
        CareKind::CrisisCare,
        Money::from_cents(60_239).checked_mul(21).unwrap(),
        assumption(),
    );
    let e = estimate(
        national(),
        &one_persona(hic),
        &census_of(1, Money::from_euros(4 * 3_000)),
    )
    .unwrap();
    assert_eq!(e.net, Money::from_cents(1_265_019));
    assert!(e.net > e.organisation_cost);
    assert!(e.net_per_euro().unwrap() > 1.0);
}

#[test]
fn the_example_estimate_in_figures() {
    let e = example::estimate();
    assert_eq!(e.gross, Money::from_cents(68_000_760));
    assert_eq!(e.net, Money::from_cents(24_045_290));
    let meaning = e
        .outputs
        .iter()
        .find(|o| o.output.as_str() == "op-ind-meaning")
        .unwrap();
    assert_eq!(
        (
            meaning.count,
            meaning.stabilisation,
            meaning.strength_points
        ),
        (80, 80, 80)
    );
    let loneliness = e
        .outputs
        .iter()
        .find(|o| o.output.as_str() == "op-col-less-loneliness")
        .unwrap();
    assert_eq!(loneliness.count, 2); // neighbourhoods
}

#[test]
fn inconsistent_documents_give_the_report_not_an_estimate() {
    let mut census = example::census().clone();
    census.personas[0].persona = "persona-z".parse().unwrap();
    let report = estimate(national(), example::persona_set(), &census).unwrap_err();
    assert_eq!(report.pairs(), vec![("TOV206", "/personas/0/persona")]);
}

/// `TOV205`: an output named twice in one persona's added value, found in a short list and in
/// a long one alike, at the later place only.
#[test]
fn an_output_named_twice_for_one_persona() {
    for len in [2, 20] {
        let mut set = example::persona_set().clone();
        let first = set.personas[0].added_value[0].clone();
        let mut entries = Vec::new();
        for i in 0..len - 1 {
            let mut other = first.clone();
            other.output = format!("op-other-{i}").parse().unwrap();
            entries.push(other);
        }
        entries.insert(len / 2, first.clone());
        entries.push(first);
        set.personas[0].added_value = entries;
        let report = set.validate();
        let repeated: Vec<(&str, &str)> = report
            .pairs()
            .into_iter()
            .filter(|(code, _)| *code == "TOV205")
            .collect();
        let at = format!("/personas/0/added_value/{len}/output");
        assert_eq!(repeated, vec![("TOV205", at.as_str())], "{len} entries");
    }
}

#[test]
fn overflow_is_an_error_not_a_wrong_number() {
    let care = CareEntry::new(
        CareKind::SpecialistMentalHealth,
        Money::from_cents(u64::MAX / 2),
        assumption(),
    );
    let report = estimate(
        national(),
        &one_persona(care),
        &census_of(3, Money::from_euros(1)),
    )
    .unwrap_err();
    assert_eq!(report.findings[0].code, Code::Overflow);
    assert_eq!(report.findings[0].path, "/personas/0/care_avoided/0");
    // The largest figures that fit are computed exactly.
    let care = CareEntry::new(
        CareKind::SpecialistMentalHealth,
        Money::from_cents(u64::MAX),
        assumption(),
    );
    let e = estimate(
        national(),
        &one_persona(care),
        &census_of(1, Money::from_euros(1)),
    )
    .unwrap();
    assert_eq!(e.gross.cents(), u64::MAX);
}

/// Every figure of the estimate recomputed from its breakdown.
fn check_breakdown(e: &Estimate) -> Result<(), TestCaseError> {
    let gross: u64 = e.care_lines.iter().map(|l| l.gross.cents()).sum();
    let net: u64 = e.care_lines.iter().map(|l| l.net.cents()).sum();
    prop_assert_eq!(e.gross.cents(), gross);
    prop_assert_eq!(e.net.cents(), net);
    for l in &e.care_lines {
        prop_assert_eq!(
            l.unit_gross.cents(),
            l.yearly_cost.cents() * l.years.len() as u64
        );
        prop_assert_eq!(
            l.unit_net.cents(),
            l.years.iter().map(|y| y.present_value.cents()).sum::<u64>()
        );
        prop_assert_eq!(l.gross.cents(), l.people * l.unit_gross.cents());
        prop_assert_eq!(l.net.cents(), l.people * l.unit_net.cents());
        prop_assert!(
            l.after_displacement <= l.after_attribution
                && l.after_attribution <= l.after_deadweight
                && l.after_deadweight <= l.yearly_cost
        );
        for pair in l.years.windows(2) {
            prop_assert!(pair[1].value <= pair[0].value);
        }
        for y in &l.years {
            prop_assert!(y.present_value <= y.value);
        }
    }
    for o in &e.outputs {
        prop_assert_eq!(o.count, o.lines.iter().map(|l| l.count).sum::<u64>());
        prop_assert_eq!(o.count, o.improvement + o.stabilisation + o.slower_decline);
        prop_assert_eq!(
            o.strength_points,
            o.lines
                .iter()
                .map(|l| l.count * l.strength.weight())
                .sum::<u64>()
        );
    }
    Ok(())
}

/// A care line by persona, kind, yearly cost and net per person.
type LineKey = (String, String, u64, u64);

/// The figures of an estimate, keyed so that order does not matter.
#[derive(Debug, PartialEq, Default)]
struct Figures {
    gross: u64,
    net: u64,
    outputs: BTreeMap<String, (u64, u64, u64, u64, u64)>,
    lines: BTreeMap<LineKey, Vec<(u64, u64)>>,
}

fn figures(e: &Estimate) -> Figures {
    let mut f = Figures {
        gross: e.gross.cents(),
        net: e.net.cents(),
        ..Figures::default()
    };
    for o in &e.outputs {
        f.outputs.insert(
            o.output.to_string(),
            (
                o.count,
                o.improvement,
                o.stabilisation,
                o.slower_decline,
                o.strength_points,
            ),
        );
    }
    for l in &e.care_lines {
        f.lines
            .entry((
                l.persona.to_string(),
                l.kind.to_string(),
                l.yearly_cost.cents(),
                l.unit_net.cents(),
            ))
            .or_default()
            .push((l.gross.cents(), l.net.cents()));
    }
    for v in f.lines.values_mut() {
        v.sort();
    }
    f
}

fn set_and_two_censuses() -> impl Strategy<Value = (PersonaSet, Census, Census)> {
    strategy::persona_set_for(national()).prop_flat_map(|set| {
        let a = strategy::census_for(&set, 100_000);
        let b = strategy::census_for(&set, 100_000);
        (Just(set), a, b)
    })
}

fn shuffled<T: Clone>(items: &[T], seed: usize) -> Vec<T> {
    let mut v = items.to_vec();
    if !v.is_empty() {
        let n = v.len();
        v.rotate_left(seed % n);
        v.reverse();
    }
    v
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn estimate_of_a_sum_is_the_sum_of_estimates((set, a, b) in set_and_two_censuses()) {
        let ea = estimate(national(), &set, &a).unwrap();
        let eb = estimate(national(), &set, &b).unwrap();
        let sum = a.merge(&b).unwrap();
        let es = estimate(national(), &set, &sum).unwrap();
        prop_assert_eq!(es.gross.cents(), ea.gross.cents() + eb.gross.cents());
        prop_assert_eq!(es.net.cents(), ea.net.cents() + eb.net.cents());
        let (fa, fb, fs) = (figures(&ea), figures(&eb), figures(&es));
        for (output, s) in &fs.outputs {
            let x = fa.outputs.get(output).copied().unwrap_or_default();
            let y = fb.outputs.get(output).copied().unwrap_or_default();
            prop_assert_eq!(*s, (x.0 + y.0, x.1 + y.1, x.2 + y.2, x.3 + y.3, x.4 + y.4));
        }
        for (i, line) in es.care_lines.iter().enumerate() {
            prop_assert_eq!(line.gross.cents(), ea.care_lines[i].gross.cents() + eb.care_lines[i].gross.cents());
            prop_assert_eq!(line.net.cents(), ea.care_lines[i].net.cents() + eb.care_lines[i].net.cents());
        }
    }

    #[test]
    fn adding_people_never_lowers_a_gross_figure((set, a, _b) in set_and_two_censuses(), extra in 1u64..1_000, which in any::<prop::sample::Index>()) {
        let before = estimate(national(), &set, &a).unwrap();
        let mut more = a.clone();
        let i = which.index(more.personas.len());
        more.personas[i].people += extra;
        more.visitors = Visitors::default();
        let after = estimate(national(), &set, &more).unwrap();
        prop_assert!(after.gross >= before.gross);
        prop_assert!(after.net >= before.net);
        for o in &before.outputs {
            let a = after.outputs.iter().find(|x| x.output == o.output).unwrap();
            prop_assert!(a.count >= o.count && a.strength_points >= o.strength_points);
        }
    }

    #[test]
    fn order_does_not_change_any_figure((set, a, _b) in set_and_two_censuses(), seed in 0usize..7) {
        let before = figures(&estimate(national(), &set, &a).unwrap());
        let mut set2 = set.clone();
        set2.personas = shuffled(&set.personas, seed);
        for p in &mut set2.personas {
            p.added_value = shuffled(&p.added_value, seed + 1);
            p.care_avoided = shuffled(&p.care_avoided, seed + 2);
        }
        set2.neighbourhoods = shuffled(&set.neighbourhoods, seed);
        let mut a2 = a.clone();
        a2.personas = shuffled(&a.personas, seed + 3);
        a2.neighbourhoods = shuffled(&a.neighbourhoods, seed + 4);
        let after = figures(&estimate(national(), &set2, &a2).unwrap());
        prop_assert_eq!(before, after);
    }

    #[test]
    fn adjustments_never_raise_a_figure((set, a, _b) in set_and_two_censuses()) {
        let with = estimate(national(), &set, &a).unwrap();
        let mut bare = set.clone();
        for p in &mut bare.personas {
            for c in &mut p.care_avoided {
                // Keep the duration: it says how long, not how much less.
                c.adjustments = Adjustments { duration: c.adjustments.duration.clone(), ..Adjustments::default() };
            }
        }
        let without = estimate(national(), &bare, &a).unwrap();
        prop_assert_eq!(with.gross, without.gross);
        prop_assert_eq!(without.net, without.gross);
        prop_assert!(with.net <= without.net);
        for (w, b) in with.care_lines.iter().zip(&without.care_lines) {
            prop_assert!(w.net <= b.net);
            for (wy, by) in w.years.iter().zip(&b.years) {
                prop_assert!(wy.present_value <= by.present_value);
            }
        }
    }

    #[test]
    fn every_total_is_recomputed_from_its_breakdown((set, a, _b) in set_and_two_censuses()) {
        check_breakdown(&estimate(national(), &set, &a).unwrap())?;
    }

    #[test]
    fn persona_sets_and_censuses_round_trip((set, a, _b) in set_and_two_censuses()) {
        let text = theory_of_value::to_json_pretty(&set);
        prop_assert_eq!(&PersonaSet::from_json_str(&text).unwrap(), &set);
        let text = theory_of_value::to_json_pretty(&a);
        prop_assert_eq!(&Census::from_json_str(&text).unwrap(), &a);
        let e = estimate(national(), &set, &a).unwrap();
        let text = theory_of_value::to_json_pretty(&e);
        prop_assert_eq!(theory_of_value::from_json_str::<Estimate>(&text).unwrap(), e);
    }
}

#[test]
fn embedded_examples_are_canonical_text() {
    use theory_of_value::to_json_pretty;
    assert_eq!(
        format!("{}\n", to_json_pretty(example::persona_set())),
        example::PERSONAS_JSON
    );
    assert_eq!(
        format!("{}\n", to_json_pretty(example::census())),
        example::CENSUS_JSON
    );
    let _: &Persona = &example::persona_set().personas[0];
}
