//! The measuring stick: self-assessment, measurement plan and ijkpunten, rule by rule.

use proptest::prelude::*;
use theory_of_value::assess::{
    Assessment, AssessmentLevel, AssessorRole, Instrument, MeasurementPlan, PlanLine,
};
use theory_of_value::model::{ijkpunt_coverage, Characteristic, Ijkpunt, QuestionGroup};
use theory_of_value::{example, strategy, Code, Lang};

fn pairs(report: &theory_of_value::Report) -> Vec<(&'static str, String)> {
    report
        .findings
        .iter()
        .map(|f| (f.code.as_str(), f.path.clone()))
        .collect()
}

#[test]
fn the_examples_are_valid() {
    assert!(example::assessment_2025().validate().findings.is_empty());
    assert!(example::assessment_2026().validate().findings.is_empty());
    assert!(example::measurement_plan()
        .validate_against(example::local_tov())
        .findings
        .is_empty());
}

#[test]
fn each_of_the_ten_exactly_once() {
    let mut a = example::assessment_2026().clone();
    a.characteristics
        .retain(|s| s.characteristic != Characteristic::NeedsLed);
    assert_eq!(
        pairs(&a.validate()),
        [("TOV401", "/characteristics".to_owned())]
    );
    assert!(a
        .validate()
        .render(Lang::Nl)
        .contains("Kenmerk 6 (needs_led) ontbreekt"));
    let mut a = example::assessment_2026().clone();
    a.characteristics.push(a.characteristics[0].clone());
    assert_eq!(
        pairs(&a.validate()),
        [("TOV402", "/characteristics/10/characteristic".to_owned())]
    );
    let mut a = example::assessment_2026().clone();
    a.craft.push(a.craft[1].clone());
    assert_eq!(
        pairs(&a.validate()),
        [("TOV402", "/craft/3/concept".to_owned())]
    );
}

#[test]
fn an_unknown_characteristic_is_an_error() {
    let text = example::ASSESSMENT_2026_JSON.replacen("\"needs_led\"", "\"needs_lead\"", 1);
    let err = Assessment::from_json_str(&text).unwrap_err();
    assert_eq!(err.code, Code::InvalidValue);
    assert_eq!(err.path, "/characteristics/5/characteristic");
    assert_eq!(err.suggestion.as_deref(), Some("needs_led"));
}

#[test]
fn a_high_level_needs_evidence() {
    let mut a = example::assessment_2026().clone();
    a.characteristics[1].evidence = None; // established
    a.characteristics[7].evidence = None; // emerging: fine without
    a.craft[0].evidence = None; // established
    assert_eq!(
        pairs(&a.validate()),
        [
            ("TOV403", "/characteristics/1/evidence".to_owned()),
            ("TOV403", "/craft/0/evidence".to_owned())
        ]
    );
}

#[test]
fn an_assessment_by_staff_only_is_a_finding() {
    let mut a = example::assessment_2026().clone();
    a.assessors.retain(|x| x.role == AssessorRole::Staff);
    assert_eq!(pairs(&a.validate()), [("TOV404", "/assessors".to_owned())]);
    a.assessors.clear();
    assert_eq!(pairs(&a.validate()), [("TOV404", "/assessors".to_owned())]);
}

#[test]
fn summaries_per_question_group() {
    let s = example::assessment_2026().summary();
    let how = s.iter().find(|g| g.group == QuestionGroup::How).unwrap();
    assert_eq!(how.count, 6);
    // give_and_take 3, reciprocity 3, people 4, needs 3, what suits 3, collective 2
    assert_eq!(how.points, 18);
    assert_eq!(how.lowest, Some(AssessmentLevel::Emerging));
    assert_eq!(how.highest, Some(AssessmentLevel::Characteristic));
}

#[test]
fn change_between_two_assessments() {
    let c = example::assessment_2026().changes_since(example::assessment_2025());
    let up: Vec<u8> = c
        .characteristics
        .iter()
        .filter(|x| x.delta > 0)
        .map(|x| x.item.number())
        .collect();
    assert_eq!(up, [3, 5, 6, 8, 10]);
    assert!(c.report.findings.is_empty());
    // Craft was assessed only in 2026: levels before are absent, so no delta.
    assert!(c.craft.iter().all(|x| x.before.is_none() && x.delta == 0));
    let mut other = example::assessment_2025().clone();
    other.organisation = "Een ander steunpunt".into();
    let c = example::assessment_2026().changes_since(&other);
    assert_eq!(pairs(&c.report), [("TOV405", "/organisation".to_owned())]);
}

#[test]
fn measurement_plan_rules() {
    let tov = example::local_tov();
    let mut plan = example::measurement_plan().clone();
    plan.lines.retain(|l| l.output.as_str() != "op-stigma");
    plan.lines.push(PlanLine::new(
        "op-stigmaa".parse().unwrap(),
        Instrument::ExperienceStories,
    ));
    plan.lines
        .push(PlanLine::new("op-grip".parse().unwrap(), Instrument::Own));
    let report = plan.validate_against(tov);
    assert_eq!(
        pairs(&report),
        [
            ("TOV406", "/lines/11/output".to_owned()),
            ("TOV111", "/lines/12".to_owned()),
            ("TOV407", "/lines".to_owned()),
        ]
    );
    assert!(report.findings[0]
        .message
        .en
        .contains("Did you mean `op-stigma`?"));
    let only_telling = MeasurementPlan {
        lines: tov
            .outputs
            .iter()
            .map(|o| PlanLine::new(o.id.clone(), Instrument::ExperienceStories))
            .collect(),
        ..plan.clone()
    };
    assert_eq!(
        pairs(&only_telling.validate_against(tov)),
        [("TOV408", "/lines".to_owned())]
    );
    let mut other = example::measurement_plan().clone();
    other.tov = "nvzh-tov".parse().unwrap();
    assert_eq!(
        pairs(&other.validate_against(tov))[0],
        ("TOV210", "/tov".to_owned())
    );
}

#[test]
fn the_catalogue_says_what_each_instrument_evidences() {
    let national = theory_of_value::national();
    for instrument in Instrument::ALL {
        for output in instrument.evidences() {
            assert!(
                national.outputs.iter().any(|o| o.id.as_str() == *output),
                "{instrument}: {output}"
            );
        }
    }
    // Every national output can be evidenced by counting and by telling.
    for o in &national.outputs {
        let kinds: std::collections::BTreeSet<_> = Instrument::ALL
            .iter()
            .filter(|i| i.evidences().contains(&o.id.as_str()))
            .filter_map(|i| i.kind())
            .collect();
        assert!(
            kinds.contains(&theory_of_value::model::MeasurementKind::Qualitative),
            "{}",
            o.id
        );
    }
}

#[test]
fn ijkpunten_show_the_gaps() {
    let view = ijkpunt_coverage(example::local_tov());
    assert_eq!(view.gaps(), [Ijkpunt::AccessToCare]);
    let connection = view
        .ijkpunten
        .iter()
        .find(|i| i.ijkpunt == Ijkpunt::ConnectionToSociety)
        .unwrap();
    assert_eq!(connection.activities.len(), 3);
    let report = example::local_tov().validate();
    assert_eq!(pairs(&report), [("TOV409", "/activities".to_owned())]);
    // A ToV that states no ijkpunten gets no ijkpunt findings.
    assert!(theory_of_value::national().validate().findings.is_empty());
}

proptest! {
    #[test]
    fn an_assessment_compared_with_itself_shows_no_change(a in strategy::assessment()) {
        prop_assert!(a.validate().is_clean(), "{}", a.validate());
        let c = a.changes_since(&a);
        prop_assert!(c.characteristics.iter().all(|x| x.delta == 0 && x.before == x.after));
        prop_assert!(c.craft.iter().all(|x| x.delta == 0 && x.before == x.after));
        prop_assert!(c.report.findings.is_empty());
        prop_assert_eq!(c.characteristics.len(), 10);
    }

    #[test]
    fn summaries_count_every_characteristic_once(a in strategy::assessment()) {
        let s = a.summary();
        prop_assert_eq!(s.iter().map(|g| g.count).sum::<u32>(), 10);
        let total: i32 = a.characteristics.iter().map(|c| i32::from(c.level.step())).sum();
        prop_assert_eq!(s.iter().map(|g| g.points as i32).sum::<i32>(), total);
    }

    #[test]
    fn assessments_round_trip(a in strategy::assessment()) {
        let back = Assessment::from_json_str(&theory_of_value::to_json_pretty(&a)).unwrap();
        prop_assert_eq!(back, a);
    }
}
