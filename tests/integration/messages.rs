//! The wording users read: parse errors and findings, in Dutch and English, snapshot-tested.

use theory_of_value::{national, Lang, TheoryOfValue};

fn parse_error(text: &str) -> String {
    let err = TheoryOfValue::from_json_str(text).expect_err("the text is broken");
    format!("{}\n{}", err.render(Lang::Nl), err.render(Lang::En))
}

#[test]
fn unknown_field_suggests_the_nearest() {
    let text = national_with("\"outputs\"", "\"outptus\"");
    insta::assert_snapshot!(parse_error(&text));
}

#[test]
fn unknown_catalogue_value_suggests_the_nearest() {
    let text = national_with("\"kind\": \"walk_in\"", "\"kind\": \"walk_inn\"");
    insta::assert_snapshot!(parse_error(&text));
}

#[test]
fn syntax_errors_name_line_and_column() {
    insta::assert_snapshot!(parse_error("{\n  \"id\": \"x\"\n  \"title\": {}\n}"));
    insta::assert_snapshot!(parse_error(""));
    insta::assert_snapshot!(parse_error(&format!(
        "{} extra",
        theory_of_value::NATIONAL_JSON
    )));
}

#[test]
fn value_errors_are_explained() {
    insta::assert_snapshot!(parse_error(&national_with(
        "\"id\": \"impact\"",
        "\"id\": \"Impact 1\""
    )));
    insta::assert_snapshot!(parse_error(&national_with(
        "\"date\": \"2025\"",
        "\"date\": \"2025-02-30\""
    )));
    insta::assert_snapshot!(parse_error(&national_with(
        "\"level\": \"national\"",
        "\"level\": 3"
    )));
    insta::assert_snapshot!(parse_error(&national_with(
        "\"version\": \"2025\",",
        "\"version\": \"2025\", \"version\": \"2026\","
    )));
}

#[test]
fn findings_read_well_in_both_languages() {
    let mut tov = national().clone();
    tov.scope = theory_of_value::model::Scope::local("Herstelhuis De Brug (fictief)", ["Deventer"]);
    tov.activities
        .retain(|a| a.kind != theory_of_value::model::ActivityKind::GrowthPond);
    tov.outputs[2].outcomes[0] = "oc-individueel".parse().unwrap();
    tov.outputs[3].statement.nl = "Aantal bezoekers per week".into();
    tov.outcomes[0]
        .statement
        .nl
        .push_str(" Cliënten hoeven geen intake te doen.");
    for input in &mut tov.inputs {
        input
            .activities
            .retain(|a| !matches!(a.as_str(), "act-respite" | "act-growth-pond"));
    }
    let report = tov.validate();
    insta::assert_snapshot!("findings_nl", report.render(Lang::Nl));
    insta::assert_snapshot!("findings_en", report.render(Lang::En));
}

fn national_with(from: &str, to: &str) -> String {
    let text = theory_of_value::NATIONAL_JSON;
    assert!(text.contains(from), "{from} is in the national ToV");
    text.replacen(from, to, 1)
}
