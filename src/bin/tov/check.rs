//! `tov check`: detect each file's document kind, validate it, and print the findings.

use crate::io::{findings_kept, json_text, parse_error, read, report_text, Failure};
use crate::Format;
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::assess::{Assessment, MeasurementPlan};
use theory_of_value::base::escape::terminal;
use theory_of_value::out::DocumentKind;
use theory_of_value::value::{Census, PersonaSet};
use theory_of_value::{example, national, Lang, ParseError, Report, TheoryOfValue};

/// Runs `tov check` on the files (the embedded documents when there are none).
pub(crate) fn run(
    files: &[PathBuf],
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let inputs: Vec<(String, Result<Vec<u8>, ParseError>)> = if files.is_empty() {
        [
            ("(national)", theory_of_value::NATIONAL_JSON),
            ("(example tov)", example::LOCAL_TOV_JSON),
            ("(example personas)", example::PERSONAS_JSON),
            ("(example census)", example::CENSUS_JSON),
            ("(example assessment)", example::ASSESSMENT_2026_JSON),
            ("(example measurement plan)", example::MEASUREMENT_PLAN_JSON),
        ]
        .into_iter()
        .map(|(name, json)| (name.to_owned(), Ok(json.as_bytes().to_vec())))
        .collect()
    } else {
        // A file that cannot be read (TOV007, TOV008) is reported like one that cannot be
        // parsed, and the other files are still checked.
        files
            .iter()
            .map(|f| (f.display().to_string(), read(f)))
            .collect()
    };
    // A person reads at most so many findings of one code: a ToV keeps only those in memory.
    let kept = findings_kept().filter(|_| format == Format::Text);
    let checked: Vec<Checked> = inputs
        .into_iter()
        .map(|(name, bytes)| match bytes {
            Ok(bytes) => check_bytes(name, &bytes, kept),
            Err(e) => Checked {
                name,
                kind: None,
                parse: Some(e),
                report: Report::new(),
            },
        })
        .collect();
    let unreadable = checked.iter().any(|c| c.parse.is_some());
    let errors = checked.iter().any(|c| c.report.has_errors());
    if format == Format::Json {
        let json: Vec<Value> = checked
            .iter()
            .map(|c| {
                serde_json::json!({
                    "file": c.name,
                    "kind": c.kind.map(|k| k.id()),
                    "parse_error": c.parse,
                    "findings": c.report.findings,
                })
            })
            .collect();
        writeln!(out, "{}", json_text(&json))?;
    } else {
        for c in &checked {
            match &c.parse {
                Some(e) => writeln!(out, "{}", parse_error(&c.name, e, lang))?,
                None => {
                    let kind = c.kind.map_or("?", |k| k.label().get(lang));
                    writeln!(out, "{} ({kind})", terminal(&c.name))?;
                    for line in report_text(&c.report, lang).lines() {
                        writeln!(out, "  {line}")?;
                    }
                }
            }
        }
    }
    Ok(ExitCode::from(if unreadable {
        2
    } else if errors {
        1
    } else {
        0
    }))
}

/// without keeping any value, so a large document is not held twice.
#[derive(Default)]
struct TopLevel {
    schema: Option<String>,
    fields: Vec<String>,
}

impl<'de> serde::Deserialize<'de> for TopLevel {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl<'de> serde::de::Visitor<'de> for Visitor {
            type Value = TopLevel;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a JSON document")
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(
                self,
                mut map: A,
            ) -> Result<TopLevel, A::Error> {
                let mut top = TopLevel::default();
                while let Some(key) = map.next_key::<String>()? {
                    if key == "$schema" {
                        top.schema = map.next_value::<Value>()?.as_str().map(str::to_owned);
                    } else {
                        map.next_value::<serde::de::IgnoredAny>()?;
                    }
                    top.fields.push(key);
                }
                Ok(top)
            }
            fn visit_seq<A: serde::de::SeqAccess<'de>>(
                self,
                mut seq: A,
            ) -> Result<TopLevel, A::Error> {
                while seq.next_element::<serde::de::IgnoredAny>()?.is_some() {}
                Ok(TopLevel::default())
            }
            fn visit_bool<E>(self, _: bool) -> Result<TopLevel, E> {
                Ok(TopLevel::default())
            }
            fn visit_i64<E>(self, _: i64) -> Result<TopLevel, E> {
                Ok(TopLevel::default())
            }
            fn visit_u64<E>(self, _: u64) -> Result<TopLevel, E> {
                Ok(TopLevel::default())
            }
            fn visit_f64<E>(self, _: f64) -> Result<TopLevel, E> {
                Ok(TopLevel::default())
            }
            fn visit_str<E>(self, _: &str) -> Result<TopLevel, E> {
                Ok(TopLevel::default())
            }
            fn visit_unit<E>(self) -> Result<TopLevel, E> {
                Ok(TopLevel::default())
            }
        }
        d.deserialize_any(Visitor)
    }
}

/// The document kind, from its `$schema` or its fields.
fn detect(top: &TopLevel) -> Option<DocumentKind> {
    if let Some(s) = &top.schema {
        if let Some(kind) = DocumentKind::ALL.iter().find(|k| {
            s.ends_with(&format!(":{}", k.id())) || s.contains(&format!("/{}.schema.json", k.id()))
        }) {
            return Some(*kind);
        }
    }
    let has = |k: &str| top.fields.iter().any(|f| f == k);
    Some(if has("findings") {
        DocumentKind::Report
    } else if has("scope") || has("outcomes") || has("impact") {
        DocumentKind::TheoryOfValue
    } else if has("persona_set") {
        DocumentKind::Census
    } else if has("characteristics") || has("assessors") {
        DocumentKind::Assessment
    } else if has("lines") {
        DocumentKind::MeasurementPlan
    } else if has("personas") || has("neighbourhoods") {
        DocumentKind::PersonaSet
    } else {
        return None;
    })
}

struct Checked {
    name: String,
    kind: Option<DocumentKind>,
    parse: Option<ParseError>,
    report: Report,
}

fn check_bytes(name: String, bytes: &[u8], kept: Option<usize>) -> Checked {
    let mut checked = Checked {
        name,
        kind: None,
        parse: None,
        report: Report::new(),
    };
    let top: TopLevel = match theory_of_value::from_json_slice(bytes) {
        Ok(top) => top,
        Err(e) => {
            checked.parse = Some(e);
            return checked;
        }
    };
    checked.kind = detect(&top);
    let result = match checked.kind {
        Some(DocumentKind::TheoryOfValue) => {
            theory_of_value::from_json_slice::<TheoryOfValue>(bytes).map(|t| match kept {
                Some(n) => t.validate_keeping_at_most(n),
                None => t.validate(),
            })
        }
        Some(DocumentKind::PersonaSet) => theory_of_value::from_json_slice::<PersonaSet>(bytes)
            .map(|s| {
                if s.tov == national().id {
                    s.validate_against(national())
                } else if s.tov == example::local_tov().id {
                    s.validate_against(example::local_tov())
                } else {
                    s.validate()
                }
            }),
        Some(DocumentKind::Census) => theory_of_value::from_json_slice::<Census>(bytes).map(|c| {
            if c.persona_set == example::persona_set().id {
                c.validate_against(example::persona_set())
            } else {
                c.validate()
            }
        }),
        Some(DocumentKind::Assessment) => {
            theory_of_value::from_json_slice::<Assessment>(bytes).map(|a| a.validate())
        }
        Some(DocumentKind::MeasurementPlan) => {
            theory_of_value::from_json_slice::<MeasurementPlan>(bytes).map(|p| {
                if p.tov == example::local_tov().id {
                    p.validate_against(example::local_tov())
                } else {
                    p.validate_against(national())
                }
            })
        }
        Some(DocumentKind::Report) => {
            theory_of_value::from_json_slice::<Report>(bytes).map(|_| Report::new())
        }
        _ => {
            checked.parse = Some(ParseError {
                code: theory_of_value::Code::UnknownField,
                path: String::new(),
                line: 1,
                column: 1,
                message: theory_of_value::Message::new(
                    "onbekend soort document: geef `$schema` op of gebruik de velden van een ToV, persona-set, telling, zelfbeoordeling of meetplan",
                    "unknown kind of document: give `$schema` or use the fields of a ToV, persona set, census, assessment or measurement plan",
                ),
                suggestion: None,
            });
            return checked;
        }
    };
    match result {
        Ok(r) => checked.report = r,
        Err(e) => checked.parse = Some(e),
    }
    checked
}
