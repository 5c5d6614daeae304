//! The documents of the one-document benchmarks, of any size: shared by
//! `one_document_rules.rs`, `one_document.rs` and `examples/one_document.rs` (which writes them
//! to files, to time the command on them).

use serde_json::{json, Value};
use theory_of_value::model::{
    Activity, ActivityKind, ContributionKind, Id, Level, Measurement, MeasurementKind, Output,
    SourceRef,
};
use theory_of_value::value::{
    CareEntry, CareKind, Census, Money, Persona, PersonaCount, PersonaSet, Strength, ValueEntry,
    VisitorKind,
};
use theory_of_value::{example, from_json_str, national, Text, TheoryOfValue};

fn id(s: String) -> Id {
    s.parse().expect("well-formed")
}

/// The national ToV with `n` individual outputs of its own, linked to `oc-individual` (and,
/// with `dangling`, each to an outcome that does not exist), served by one activity.
pub fn tov_of(n: usize, dangling: bool) -> TheoryOfValue {
    let mut tov = national().clone();
    let refs: Vec<Id> = tov
        .outputs
        .iter()
        .filter(|o| o.level == Level::Individual)
        .map(|o| o.id.clone())
        .collect();
    let outputs: Vec<Output> = (0..n)
        .map(|i| {
            let statement = if i % 10 == 0 {
                format!("Deelnemers ervaren een kennismaking zonder intake ({i})")
            } else {
                format!("Deelnemers ervaren regie over hun eigen herstel ({i})")
            };
            let mut o = Output::new(
                id(format!("op-{i}")),
                Level::Individual,
                Text::new(statement),
            );
            o.outcomes.push(id("oc-individual".into()));
            if dangling {
                o.outcomes.push(id(format!("oc-missing-{i}")));
            }
            o.refines.push(refs[i % refs.len()].clone());
            o.contributions = ContributionKind::ALL.to_vec();
            o.measurement = vec![
                Measurement::new(Text::new("MANSA"), MeasurementKind::Quantitative),
                Measurement::new(Text::new("Ervaringsverhalen"), MeasurementKind::Qualitative),
            ];
            o
        })
        .collect();
    let mut serving = Activity::new(id("act-bench".into()), ActivityKind::WalkIn);
    serving.outputs = outputs.iter().map(|o| o.id.clone()).collect();
    for x in &mut tov.inputs {
        x.activities.push(serving.id.clone());
    }
    tov.activities.push(serving);
    tov.outputs.extend(outputs);
    tov
}

pub fn personas_for(tov: &TheoryOfValue, n: usize) -> (PersonaSet, Census) {
    let source = SourceRef::new("Benchmark", "synthetic");
    let outputs: Vec<&Output> = tov
        .outputs
        .iter()
        .filter(|o| o.level == Level::Individual)
        .collect();
    let personas: Vec<Persona> = (0..n)
        .map(|i| Persona {
            id: id(format!("persona-{i}")),
            name: format!("Persona {i}"),
            story: Text::new("Synthetisch"),
            background: Text::new("Synthetisch"),
            vulnerabilities: Vec::new(),
            talents: Vec::new(),
            visitor: VisitorKind::Regular,
            building_blocks: Vec::new(),
            added_value: vec![ValueEntry::new(
                outputs[i % outputs.len()].id.clone(),
                ContributionKind::ALL[i % 3],
                Strength::ALL[i % 4],
                Text::new("…"),
            )],
            care_avoided: vec![CareEntry::new(
                CareKind::GpCare,
                Money::from_euros(300),
                source.clone(),
            )],
        })
        .collect();
    let set = PersonaSet {
        schema: None,
        id: id("bench".into()),
        title: Text::new("Benchmark"),
        tov: tov.id.clone(),
        version: "1".into(),
        date: "2026".parse().expect("date"),
        source: None,
        personas,
        neighbourhoods: Vec::new(),
    };
    let mut census: Census = theory_of_value::example::census().clone();
    census.persona_set = set.id.clone();
    census.personas = set
        .personas
        .iter()
        .map(|p| PersonaCount::new(p.id.clone(), 3))
        .collect();
    census.neighbourhoods = Vec::new();
    census.visitors = theory_of_value::value::Visitors::default();
    (set, census)
}

/// A local ToV with `n` elements: a tenth outcomes, four tenths outputs, three tenths
/// activities, two tenths inputs (reach makes up the rest), every element linked to two of
/// the layer above, texts varied per element.
pub fn document(n: usize) -> TheoryOfValue {
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
