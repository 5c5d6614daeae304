//! Comparing a local ToV with the national one, and the public strategies and mutations.

use proptest::prelude::*;
use theory_of_value::compare::Comparison;
use theory_of_value::model::{Layer, Level};
use theory_of_value::strategy::{self, Mutation};
use theory_of_value::{compare, example, national, Code, TheoryOfValue};

#[test]
fn national_compared_with_itself_is_fully_covered() {
    let c = compare(national(), national());
    assert!(c.report.findings.is_empty(), "{}", c.report);
    assert!(c.additions.is_empty());
    assert_eq!(c.gaps().count(), 0);
    for cov in &c.coverage {
        assert_eq!(cov.covered, cov.total, "{cov:?}");
    }
    // 1 impact + 2 outcomes + 15 outputs + 9 activity kinds + 8 input kinds
    assert_eq!(c.elements.len(), 35);
    assert_eq!(
        c.coverage_of(Layer::Output, Some(Level::Individual))
            .unwrap()
            .total,
        8
    );
}

#[test]
fn the_example_refines_with_additions_and_honest_gaps() {
    let c = compare(example::local_tov(), national());
    assert!(!c.report.has_errors());
    let additions: Vec<&str> = c.additions.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(additions, ["op-nieuwkomers", "act-taalgroep", "in-vervoer"]);
    let gaps: Vec<&str> = c.gaps().map(|g| g.reference.as_str()).collect();
    assert!(gaps.contains(&"op-col-labour-potential"));
    assert!(gaps.contains(&"secondment"));
    let adopted = c
        .elements
        .iter()
        .find(|e| e.reference.as_str() == "op-ind-meaning")
        .unwrap();
    assert_eq!(adopted.refined_by[0].as_str(), "op-ind-meaning");
    assert_eq!(
        c.coverage_of(Layer::Output, Some(Level::Individual))
            .unwrap()
            .covered,
        6
    );
    assert!(c.building_blocks.iter().all(|b| !b.activities.is_empty()));
}

#[test]
fn refinements_that_do_not_fit_are_findings() {
    let mut local = example::local_tov().clone();
    local.outputs[0].refines = vec!["op-col-less-loneliness".parse().unwrap()];
    local.outputs[1].refines = vec!["oc-individual".parse().unwrap()];
    local.outputs[2].refines = vec!["op-ind-experiental-knowledge".parse().unwrap()];
    local.refines = Some("other-tov".parse().unwrap());
    let c = compare(&local, national());
    let codes: Vec<(&str, &str)> = c
        .report
        .pairs()
        .into_iter()
        .filter(|(code, _)| code.starts_with("TOV30") && *code != "TOV301" && *code != "TOV305")
        .collect();
    assert_eq!(
        codes,
        [
            ("TOV306", "/refines"),
            ("TOV303", "/outputs/0/refines/0"),
            ("TOV304", "/outputs/1/refines/0"),
            ("TOV302", "/outputs/2/refines/0"),
        ]
    );
    let typo = c
        .report
        .findings
        .iter()
        .find(|f| f.code == Code::UnknownReferenceElement)
        .unwrap();
    assert!(typo
        .message
        .en
        .contains("Did you mean `op-ind-experiential-knowledge`?"));
}

/// The parts of a comparison that cannot depend on element order.
fn essence(c: &Comparison) -> impl PartialEq + std::fmt::Debug {
    let mut codes: Vec<&'static str> = c.report.findings.iter().map(|f| f.code.as_str()).collect();
    codes.sort();
    (
        c.elements.clone(),
        c.additions.clone(),
        c.coverage.clone(),
        c.building_blocks.clone(),
        c.inputs.clone(),
        codes,
    )
}

fn shuffle<T>(v: &mut [T], seed: u64) {
    // A deterministic permutation: reverse, then rotate by the seed.
    v.reverse();
    if !v.is_empty() {
        let n = v.len();
        v.rotate_left((seed as usize) % n);
    }
}

fn local_from_national() -> impl Strategy<Value = TheoryOfValue> {
    strategy::local_tov_from(national())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    #[test]
    fn comparison_does_not_depend_on_order(local in local_from_national(), seed in any::<u64>()) {
        let before = compare(&local, national());
        let mut shuffled = local.clone();
        shuffle(&mut shuffled.outcomes, seed);
        shuffle(&mut shuffled.outputs, seed / 3);
        shuffle(&mut shuffled.activities, seed / 7);
        shuffle(&mut shuffled.inputs, seed / 11);
        let mut reference = national().clone();
        shuffle(&mut reference.outputs, seed / 13);
        let after = compare(&shuffled, &reference);
        prop_assert_eq!(essence(&before), essence(&after));
    }

    #[test]
    fn adding_a_refining_link_never_lowers_coverage(local in local_from_national(), which in any::<prop::sample::Index>(), target in any::<prop::sample::Index>()) {
        let before = compare(&local, national());
        let mut more = local.clone();
        let i = which.index(more.outputs.len());
        let level = more.outputs[i].level;
        let candidates: Vec<_> = national().outputs.iter().filter(|o| o.level == level).collect();
        let t = candidates[target.index(candidates.len())].id.clone();
        if !more.outputs[i].refines.contains(&t) {
            more.outputs[i].refines.push(t);
        }
        let after = compare(&more, national());
        for (b, a) in before.coverage.iter().zip(&after.coverage) {
            prop_assert!(a.covered >= b.covered, "{:?} → {:?}", b, a);
        }
    }

    #[test]
    fn removing_one_refinement_shows_exactly_that_gap(local in local_from_national(), which in any::<prop::sample::Index>()) {
        let refining: Vec<usize> = (0..local.outputs.len()).filter(|i| !local.outputs[*i].refines.is_empty()).collect();
        prop_assume!(!refining.is_empty());
        let i = refining[which.index(refining.len())];
        let removed = local.outputs[i].refines[0].clone();
        let before = compare(&local, national());
        let mut less = local.clone();
        less.outputs[i].refines.clear();
        let after = compare(&less, national());
        let gaps = |c: &Comparison| c.gaps().map(|g| g.reference.clone()).collect::<std::collections::BTreeSet<_>>();
        let mut expected = gaps(&before);
        expected.insert(removed.clone());
        prop_assert_eq!(gaps(&after), expected);
        let gap_findings = |c: &Comparison| c.report.with_code(Code::Gap).count();
        prop_assert_eq!(gap_findings(&after), gap_findings(&before) + 1);
        let needle = format!("`{removed}`");
        let named = after.report.with_code(Code::Gap).any(|f| f.message.en.contains(&needle));
        prop_assert!(named);
    }

    #[test]
    fn every_mutation_yields_its_code(tov in strategy::theory_of_value(), m in strategy::mutation()) {
        let mut broken = tov;
        m.apply(&mut broken);
        let report = broken.validate();
        prop_assert!(report.with_code(m.code()).count() > 0, "{:?} gave\n{}", m, report);
    }

    #[test]
    fn mutations_of_local_tovs_yield_their_codes(local in local_from_national(), m in strategy::mutation()) {
        let mut broken = local;
        m.apply(&mut broken);
        prop_assert!(broken.validate().with_code(m.code()).count() > 0, "{:?}", m);
    }

    #[test]
    fn derived_local_tovs_are_valid_and_round_trip(local in local_from_national()) {
        prop_assert!(local.validate().is_clean(), "{}", local.validate());
        let back = TheoryOfValue::from_json_str(&local.to_json_pretty()).unwrap();
        prop_assert_eq!(back, local);
    }
}

#[test]
fn every_mutation_is_exercised_on_the_national_tov() {
    for m in Mutation::ALL {
        let mut tov = national().clone();
        m.apply(&mut tov);
        assert!(tov.validate().with_code(m.code()).count() > 0, "{m:?}");
    }
    // Together the mutations cover every ToV rule.
    let covered: std::collections::BTreeSet<Code> =
        Mutation::ALL.iter().map(|m| m.code()).collect();
    for code in Code::ALL.iter().filter(|c| c.as_str().starts_with("TOV1")) {
        assert!(covered.contains(code), "{code} has no mutation");
    }
}

#[test]
fn every_refinement_mutation_adds_its_finding() {
    let starter = TheoryOfValue::starter(
        national(),
        "tov-x".parse().unwrap(),
        theory_of_value::model::Scope::local("X", ["Raalte"]),
        "2026".parse().unwrap(),
    );
    for local in [example::local_tov().clone(), starter] {
        for m in strategy::RefinementMutation::ALL {
            let before = compare(&local, national())
                .report
                .with_code(m.code())
                .count();
            let mut broken = local.clone();
            m.apply(&mut broken, national());
            let after = compare(&broken, national())
                .report
                .with_code(m.code())
                .count();
            assert!(after > before, "{m:?} on {}: {before} → {after}", local.id);
        }
    }
    // Together they cover every code of the comparison.
    let covered: std::collections::BTreeSet<Code> = strategy::RefinementMutation::ALL
        .iter()
        .map(|m| m.code())
        .collect();
    for code in Code::ALL.iter().filter(|c| c.as_str().starts_with("TOV3")) {
        // TOV310 is `tov check`'s: the reference a ToV names is not at hand.
        if *code != Code::UnavailableReference {
            assert!(covered.contains(code), "{code} has no refinement mutation");
        }
    }
}

proptest! {
    #[test]
    fn refinement_mutations_add_their_finding_to_generated_local_tovs(
        local in strategy::local_tov_from(national()),
        m in strategy::refinement_mutation(),
    ) {
        let before = compare(&local, national()).report.with_code(m.code()).count();
        let mut broken = local.clone();
        m.apply(&mut broken, national());
        let after = compare(&broken, national()).report.with_code(m.code()).count();
        prop_assert!(after > before, "{:?}: {} → {}", m, before, after);
    }
}

/// The worked example of the README, run as a test: a user's property test of their own local
/// ToV against the national one.
#[test]
fn readme_worked_example() {
    let mine: &TheoryOfValue = example::local_tov();
    let baseline = compare(mine, national());
    proptest!(|(m in strategy::mutation())| {
        // Every way of breaking my ToV is caught, with the code it should have, as a new finding.
        let before = mine.validate().with_code(m.code()).count();
        let mut broken = mine.clone();
        m.apply(&mut broken);
        prop_assert!(broken.validate().with_code(m.code()).count() > before);
    });
    proptest!(|(m in strategy::refinement_mutation())| {
        // Every way of breaking how my ToV refines the national one is caught, as a new finding.
        let before = baseline.report.with_code(m.code()).count();
        let mut broken = mine.clone();
        m.apply(&mut broken, national());
        prop_assert!(compare(&broken, national()).report.with_code(m.code()).count() > before);
    });
    proptest!(|(extra in strategy::local_tov_from(national()))| {
        // Whatever another organisation adds, adding its outputs to mine as local additions
        // never changes how I cover the national ToV.
        let mut more = mine.clone();
        for mut o in extra.outputs.into_iter().filter(|o| o.refines.is_empty()) {
            o.id = format!("extra-{}", o.id).parse().unwrap();
            o.outcomes = vec![mine.outcomes[0].id.clone()];
            o.level = mine.outcomes[0].level;
            more.outputs.push(o);
        }
        let after = compare(&more, national());
        prop_assert_eq!(&after.coverage, &baseline.coverage);
    });
}
