//! Hostile input: every case gets a clean error or a clean acceptance — never a panic, a hang
//! or an abort.

use theory_of_value::value::{Census, PersonaSet};
use theory_of_value::{from_json_slice, from_json_str, Code, TheoryOfValue, NATIONAL_JSON};

fn tov(bytes: &[u8]) -> Result<TheoryOfValue, theory_of_value::ParseError> {
    from_json_slice(bytes)
}

#[test]
fn invalid_utf8_is_a_syntax_error() {
    let mut bytes = NATIONAL_JSON.as_bytes().to_vec();
    let at = NATIONAL_JSON.find("veerkrachtige").unwrap();
    bytes[at] = 0xff;
    let err = tov(&bytes).unwrap_err();
    assert_eq!(err.code, Code::Syntax);
    assert!(err.line > 0);
}

#[test]
fn a_byte_order_mark_is_accepted() {
    let mut bytes = b"\xef\xbb\xbf".to_vec();
    bytes.extend_from_slice(NATIONAL_JSON.as_bytes());
    assert!(tov(&bytes).is_ok());
    assert!(from_json_str::<TheoryOfValue>(&format!("\u{feff}{NATIONAL_JSON}")).is_ok());
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    let depth = 100_000;
    let text = format!("{}{}", "[".repeat(depth), "]".repeat(depth));
    // A ToV is an object, so the first bracket is already the wrong type: reading never goes
    // deeper than the model's own nesting.
    let err = tov(text.as_bytes()).unwrap_err();
    assert_eq!(
        (err.code, err.path.as_str()),
        (Code::WrongType, ""),
        "{err}"
    );
    let inside = format!(
        "{{\"id\": \"x\", \"title\": {}{}}}",
        "[".repeat(depth),
        "]".repeat(depth)
    );
    let err = tov(inside.as_bytes()).unwrap_err();
    assert_eq!(
        (err.code, err.path.as_str()),
        (Code::WrongType, "/title"),
        "{err}"
    );
    // Deep nesting under a field the model does not know is refused by its name, before its
    // value is read.
    let unknown = format!(
        "{{\"extra\": {}1{}}}",
        "{\"a\": ".repeat(depth),
        "}".repeat(depth)
    );
    let err = tov(unknown.as_bytes()).unwrap_err();
    assert_eq!(
        (err.code, err.path.as_str()),
        (Code::UnknownField, "/extra"),
        "{err}"
    );
}

#[test]
fn very_long_strings_are_accepted() {
    let mut value: serde_json::Value = serde_json::from_str(NATIONAL_JSON).unwrap();
    value["title"]["nl"] = "ë".repeat(5_000_000).into();
    let text = serde_json::to_vec(&value).unwrap();
    let parsed = tov(&text).unwrap();
    assert_eq!(parsed.title.nl.chars().count(), 5_000_000);
    assert!(parsed.validate().is_clean());
}

#[test]
fn numbers_out_of_range_are_refused() {
    let census = theory_of_value::example::CENSUS_JSON;
    for (bad, code, says) in [
        ("1e400", Code::Syntax, "out of range"),
        (
            "18446744073709551616",
            Code::WrongType,
            "above 18446744073709551615, the largest whole number allowed here",
        ),
        ("1e20", Code::WrongType, "number out of range"),
        (
            "-1",
            Code::WrongType,
            "-1 is below 0, the smallest whole number allowed here",
        ),
        ("-1.0", Code::WrongType, "number out of range"),
        ("1.5", Code::WrongType, "expected a whole number"),
    ] {
        let text = census.replace("\"costs\": 13500000", &format!("\"costs\": {bad}"));
        let err = from_json_str::<Census>(&text).unwrap_err();
        assert_eq!(err.code, code, "{bad}: {err}");
        assert_eq!(err.path, "/costs", "{bad}");
        assert!(err.message.en.contains(says), "{bad}: {err}");
        assert!(
            !err.message.nl.contains("number"),
            "{bad}: {}",
            err.message.nl
        );
    }
    // A whole number is a whole number however it is written, as in JSON Schema (and as
    // Python and pandas write them): `-0`, `20.0`, `2e1`, `1.35E7`.
    for (written, cents) in [
        ("-0", 0),
        ("13500000.0", 13_500_000),
        ("1.35e7", 13_500_000),
        ("1.35E+7", 13_500_000),
        ("135000000e-1", 13_500_000),
    ] {
        let text = census.replace("\"costs\": 13500000", &format!("\"costs\": {written}"));
        let read = from_json_str::<Census>(&text).unwrap_or_else(|e| panic!("{written}: {e}"));
        assert_eq!(read.costs.cents(), cents, "{written}");
    }
    // The largest amount is accepted, exactly.
    let text = census.replace("\"costs\": 13500000", "\"costs\": 18446744073709551615");
    assert_eq!(
        from_json_str::<Census>(&text).unwrap().costs.cents(),
        u64::MAX
    );
    // A share written with an exponent or out of range.
    let personas = theory_of_value::example::PERSONAS_JSON;
    let text = personas.replacen("\"share\": 0.5", "\"share\": 5e-1", 1);
    assert!(from_json_str::<PersonaSet>(&text).is_ok());
    let text = personas.replacen("\"share\": 0.5", "\"share\": 1e400", 1);
    assert!(from_json_str::<PersonaSet>(&text).is_err());
}

#[test]
fn duplicate_keys_are_refused_at_every_depth() {
    let text = NATIONAL_JSON.replacen(
        "\"level\": \"national\"",
        "\"level\": \"national\", \"level\": \"local\"",
        1,
    );
    let err = tov(text.as_bytes()).unwrap_err();
    assert_eq!(
        (err.code, err.path.as_str()),
        (Code::DuplicateField, "/scope")
    );
    let text = NATIONAL_JSON.replacen(
        "\"nl\": \"Een betere mentale",
        "\"nl\": \"x\", \"nl\": \"Een betere mentale",
        1,
    );
    let err = tov(text.as_bytes()).unwrap_err();
    assert_eq!(err.code, Code::DuplicateField);
    assert_eq!(err.path, "/impact/statement");
}

#[test]
fn non_nfc_dutch_text() {
    // "ë" as e + combining diaeresis: refused in identifiers, kept as written in text, and
    // still recognised by the avoided-word rule.
    let decomposed = "cli\u{65}\u{308}nten";
    let text = NATIONAL_JSON.replacen(
        "\"id\": \"impact\"",
        &format!("\"id\": \"{decomposed}\""),
        1,
    );
    let err = tov(text.as_bytes()).unwrap_err();
    assert_eq!(
        (err.code, err.path.as_str()),
        (Code::InvalidValue, "/impact/id")
    );
    let text = NATIONAL_JSON.replacen(
        "Een betere mentale",
        &format!("Voor {decomposed}: een betere mentale"),
        1,
    );
    let parsed = tov(text.as_bytes()).unwrap();
    assert!(parsed
        .impact
        .as_ref()
        .unwrap()
        .statement
        .nl
        .contains(decomposed));
    assert_eq!(parsed.validate().with_code(Code::AvoidedWord).count(), 1);
}

#[test]
fn empty_and_whitespace_input() {
    for text in ["", " ", "\n\n", "\u{feff}"] {
        let err = from_json_str::<TheoryOfValue>(text).unwrap_err();
        assert_eq!(err.code, Code::Syntax, "{text:?}");
    }
    for text in ["null", "[]", "\"tov\"", "42", "{}"] {
        let err = from_json_str::<TheoryOfValue>(text).unwrap_err();
        assert!(
            matches!(err.code, Code::WrongType | Code::MissingField),
            "{text}: {err}"
        );
    }
}

fn national() -> TheoryOfValue {
    theory_of_value::national().clone()
}

#[test]
fn invisible_characters_do_not_hide_avoided_words_or_counts() {
    use theory_of_value::Text;
    for hidden in [
        "in\u{200b}take",
        "in\u{ad}take",
        "in\u{2060}take",
        "in\u{feff}take",
    ] {
        let mut t = national();
        t.outputs[0].statement = Text::new(format!("Een {hidden} zonder wachttijd"));
        let r = t.validate();
        assert_eq!(r.with_code(Code::AvoidedWord).count(), 1, "{hidden:?}");
        assert_eq!(
            r.with_code(Code::InvisibleCharacter)
                .map(|f| f.path.as_str())
                .collect::<Vec<_>>(),
            ["/outputs/0/statement/nl"],
            "{hidden:?}"
        );
    }
    let mut t = national();
    t.outputs[0].statement = Text::new("Aantal\u{200b} bezoekers");
    let r = t.validate();
    assert_eq!(r.with_code(Code::OutputAsReach).count(), 1);
    let mut t = national();
    t.outputs[0].statement = Text::new("Aantal\u{a0}bezoekers");
    assert_eq!(t.validate().with_code(Code::OutputAsReach).count(), 1);
}

#[test]
fn bidirectional_and_control_characters_are_findings() {
    let mut t = national();
    t.title.nl = "Waarde \u{202e}tset\u{202c}".into();
    t.authors[0].name = "NVZH\u{1b}[2J".into();
    let r = t.validate();
    assert_eq!(
        r.with_code(Code::BidiControl)
            .map(|f| f.path.as_str())
            .collect::<Vec<_>>(),
        ["/title/nl"]
    );
    assert_eq!(
        r.with_code(Code::ControlCharacter)
            .map(|f| f.path.as_str())
            .collect::<Vec<_>>(),
        ["/authors/0/name"]
    );
    assert!(r.has_errors());
    let msg = &r.with_code(Code::BidiControl).next().unwrap().message;
    assert!(msg
        .en
        .contains("2 bidirectional controls (the first, U+202E, at character 8)"));
}

#[test]
fn the_same_name_in_nfc_and_nfd_is_one_organisation() {
    let mut old = theory_of_value::example::assessment_2025().clone();
    let mut new = theory_of_value::example::assessment_2026().clone();
    old.organisation = "Herstelcafé De Brug".into();
    new.organisation = "Herstelcafe\u{301} De\u{200b} Brug".into();
    let c = new.changes_since(&old);
    assert_eq!(c.report.with_code(Code::OtherOrganisation).count(), 0);
    new.organisation = "Herstelcafé Het Anker".into();
    assert_eq!(
        new.changes_since(&old)
            .report
            .with_code(Code::OtherOrganisation)
            .count(),
        1
    );
}

#[test]
fn an_earlier_assessment_dated_later_is_a_finding() {
    let (old, new) = (
        theory_of_value::example::assessment_2025(),
        theory_of_value::example::assessment_2026(),
    );
    assert_eq!(
        new.changes_since(old)
            .report
            .with_code(Code::EarlierIsLater)
            .count(),
        0
    );
    let swapped = old.changes_since(new);
    assert_eq!(swapped.report.pairs(), vec![("TOV410", "/date")]);
}

#[test]
fn people_beyond_u64_are_refused_not_saturated() {
    use theory_of_value::example;
    let mut census = example::census().clone();
    census.personas[0].people = u64::MAX;
    census.personas[1].people = u64::MAX;
    let r = census.validate_against(example::persona_set());
    assert_eq!(r.with_code(Code::CensusOverflow).count(), 1);
    assert!(!r
        .findings
        .iter()
        .any(|f| f.message.en.contains("18446744073709551615 people")));
    let e = theory_of_value::value::estimate(&national(), example::persona_set(), &census);
    assert!(e.unwrap_err().with_code(Code::CensusOverflow).count() == 1);
}

#[test]
fn an_invalid_tov_is_refused_by_the_estimate_and_by_validated() {
    use theory_of_value::base::Validated;
    use theory_of_value::example;
    let mut t = national();
    let first = t.outputs[0].clone();
    t.outputs.push(first);
    let err = theory_of_value::value::estimate(&t, example::persona_set(), example::census())
        .unwrap_err();
    assert_eq!(err.with_code(Code::DuplicateId).count(), 1);
    let mut dangling = national();
    dangling.outputs[0].outcomes[0] = "oc-nergens".parse().unwrap();
    let err =
        theory_of_value::value::estimate(&dangling, example::persona_set(), example::census())
            .unwrap_err();
    assert_eq!(err.with_code(Code::UnresolvedLink).count(), 1);
    assert!(Validated::new(t).is_err());
    assert!(Validated::new(dangling).is_err());
    assert!(Validated::new(national()).is_ok());
}

#[test]
fn many_unresolved_links_stay_cheap_and_are_all_reported() {
    // Quadratic suggestion search made this take minutes; it is bounded now. The count, not
    // the time, is asserted.
    let mut t = national();
    t.outputs[0].outcomes = (0..20_000)
        .map(|i| format!("oc-nergens-{i}").parse().unwrap())
        .collect();
    let r = t.validate();
    assert_eq!(r.with_code(Code::UnresolvedLink).count(), 20_000);
}

/// Found by the `outputs` fuzz target: a comparison read back from JSON may hold a finding
/// whose path has a `|`. Its Markdown shows the path in a code span of a list item, where the
/// pipe splits no table cell, and the list keeps the lines of the same comparison with a plain
/// path.
#[test]
fn a_pipe_in_a_read_back_finding_path_stays_in_its_code_span() {
    use theory_of_value::compare::Comparison;
    use theory_of_value::{compare, example, national, Lang};
    let plain = compare(example::local_tov(), national());
    let mut json = serde_json::to_value(&plain).unwrap();
    json["report"]["findings"][0]["path"] = "/ou|puts/6".into();
    let piped: Comparison = from_json_str(&json.to_string()).expect("reads back");
    let (a, b) = (
        piped.render_markdown(Lang::Nl),
        plain.render_markdown(Lang::Nl),
    );
    assert_eq!(a.lines().count(), b.lines().count());
    let line = a
        .lines()
        .find(|l| l.contains("/ou|puts/6"))
        .expect("the path is shown");
    assert!(line.starts_with("- "), "{line}");
    assert!(line.contains("`/ou|puts/6`"), "{line}");
}
