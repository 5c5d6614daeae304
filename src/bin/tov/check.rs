//! `tov check`: detect each file's document kind, validate it, and print the findings.

use crate::io::{findings_kept, json_text, parse_error, read, report_text_labelled, Failure};
use crate::Format;
use serde_json::Value;
use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::assess::{Assessment, MeasurementPlan};
use theory_of_value::base::escape::terminal;
use theory_of_value::monitor;
use theory_of_value::schema::DocumentKind;
use theory_of_value::value::{Census, Funding, PersonaSet};
use theory_of_value::{example, national, Lang, ParseError, Report, TheoryOfValue};

/// Runs `tov check` on the files (the embedded documents when there are none). A ToV that
/// refines the national ToV, or `reference` when given, is also checked against it.
pub(crate) fn run(
    files: &[PathBuf],
    reference: Option<&PathBuf>,
    format: Format,
    lang: Lang,
    out: &mut dyn Write,
) -> Result<ExitCode, Failure> {
    let reference: Option<TheoryOfValue> = match reference {
        Some(p) => Some(crate::io::load(p, lang)?),
        None => None,
    };
    let inputs: Vec<(String, Result<Vec<u8>, ParseError>)> = if files.is_empty() {
        EMBEDDED
            .into_iter()
            .map(|((nl, en), json)| (lang.pick(nl, en).to_owned(), Ok(json.as_bytes().to_vec())))
            .collect()
    } else {
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
            Ok(b) => check_bytes(name, &b, reference.as_ref(), kept),
            Err(e) => Checked {
                name,
                kind: None,
                parse: Some(e),
                report: Report::new(),
            },
        })
        .collect();
    if format == Format::Json {
        write_json(&checked, out)?;
    } else {
        write_text(&checked, lang, out)?;
    }
    let unreadable = checked.iter().any(|c| c.parse.is_some());
    let errors = checked.iter().any(|c| c.report.has_errors());
    Ok(ExitCode::from(if unreadable {
        2
    } else if errors {
        1
    } else {
        0
    }))
}

/// The embedded documents checked when no file is given, with their names in Dutch and
/// English.
const EMBEDDED: [((&str, &str), &str); 12] = [
    (
        ("(landelijke ToV)", "(national)"),
        theory_of_value::NATIONAL_JSON,
    ),
    (
        ("(voorbeeld: ToV)", "(example tov)"),
        example::LOCAL_TOV_JSON,
    ),
    (
        ("(voorbeeld: persona's)", "(example personas)"),
        example::PERSONAS_JSON,
    ),
    (
        ("(voorbeeld: telling)", "(example census)"),
        example::CENSUS_JSON,
    ),
    (
        ("(voorbeeld: zelfbeoordeling)", "(example assessment)"),
        example::ASSESSMENT_2026_JSON,
    ),
    (
        ("(voorbeeld: meetplan)", "(example measurement plan)"),
        example::MEASUREMENT_PLAN_JSON,
    ),
    (
        ("(voorbeeld: financiering)", "(example funding)"),
        example::FUNDING_JSON,
    ),
    (("(MANSA)", "(MANSA)"), theory_of_value::monitor::MANSA_JSON),
    (("(NEL)", "(NEL)"), theory_of_value::monitor::NEL_JSON),
    (("(MPG)", "(MPG)"), theory_of_value::monitor::MPG_JSON),
    (
        ("(voorbeeld: verhalen)", "(example stories)"),
        example::STORIES_JSON,
    ),
    (
        ("(voorbeeld: gebiedscijfers)", "(example area figures)"),
        example::AREA_FIGURES_JSON,
    ),
];

/// The results as one JSON list: per file its name, kind, parse error and findings.
fn write_json(checked: &[Checked], out: &mut dyn Write) -> Result<(), Failure> {
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
    Ok(())
}

/// The results as text: per file its name and kind and its findings, or why it could not be
/// read.
fn write_text(checked: &[Checked], lang: Lang, out: &mut dyn Write) -> Result<(), Failure> {
    for c in checked {
        match &c.parse {
            // Not read at all: no place in the text to point at.
            Some(e) if e.line == 0 => writeln!(
                out,
                "{}: {} {}",
                terminal(&c.name),
                e.code,
                terminal(e.message.get(lang))
            )?,
            Some(e) => writeln!(out, "{}", parse_error(&c.name, e, lang))?,
            None => {
                let kind = c.kind.map_or("?", |k| k.label().get(lang));
                writeln!(out, "{} ({kind})", terminal(&c.name))?;
                let what = format!(
                    "{} {}",
                    lang.pick("Controle van", "Check of"),
                    terminal(&c.name)
                );
                let text = report_text_labelled(&c.report, &what, lang);
                for line in text.lines() {
                    writeln!(out, "  {line}")?;
                }
            }
        }
    }
    Ok(())
}

/// The document's top-level fields and its `$schema`, read, so a large document is not held twice.
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
    } else if has("agreements") {
        DocumentKind::Funding
    } else if has("persona_set") {
        DocumentKind::Census
    } else if has("characteristics") || has("assessors") {
        DocumentKind::Assessment
    } else if has("lines") {
        DocumentKind::MeasurementPlan
    } else if has("personas") || has("neighbourhoods") {
        DocumentKind::PersonaSet
    } else if has("participants") {
        DocumentKind::Measurements
    } else if has("stories") {
        DocumentKind::Stories
    } else if has("figures") {
        DocumentKind::AreaFigures
    } else if has("scores") && has("sources") {
        DocumentKind::InstrumentDefinition
    } else if has("organisations") && has("threshold") {
        DocumentKind::MonitorReport
    } else {
        return None;
    })
}

/// The findings about refinements and choices that do not fit the reference: the one given,
/// or the national ToV. A ToV that names another reference than the ones at hand gets
/// `TOV310`.
fn refinements(tov: &TheoryOfValue, reference: Option<&TheoryOfValue>) -> Report {
    let reference = match (reference, &tov.refines) {
        (Some(r), _) => r,
        (None, None) => national(),
        (None, Some(id)) if *id == national().id => national(),
        (None, Some(id)) => {
            let mut r = Report::new();
            r.push(
                theory_of_value::Code::UnavailableReference,
                "/refines",
                theory_of_value::Message::new(
                    format!("Deze ToV verfijnt ToV `{id}`, die niet is meegegeven: de verfijningen zijn niet gecontroleerd. Geef die ToV mee met `--reference`."),
                    format!("This ToV refines ToV `{id}`, which was not given: the refinements are not checked. Give that ToV with `--reference`."),
                ),
            );
            return r;
        }
    };
    if tov.id == reference.id {
        return Report::new();
    }
    theory_of_value::compare::refinement_report(tov, reference)
}

/// The ToV a monitor document names: the example organisation's, or the national one.
fn tov_for(id: &theory_of_value::model::Id) -> &'static TheoryOfValue {
    if *id == example::local_tov().id {
        example::local_tov()
    } else {
        national()
    }
}

struct Checked {
    name: String,
    kind: Option<DocumentKind>,
    parse: Option<ParseError>,
    report: Report,
}

/// Reads a file's bytes, detects its kind and validates it.
fn check_bytes(
    name: String,
    bytes: &[u8],
    reference: Option<&TheoryOfValue>,
    kept: Option<usize>,
) -> Checked {
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
    match checked
        .kind
        .and_then(|kind| validate(kind, bytes, reference, kept))
    {
        Some(Ok(r)) => checked.report = r,
        Some(Err(e)) => checked.parse = Some(e),
        None => checked.parse = Some(unknown_kind()),
    }
    checked
}

/// Reads a document of `kind` and validates it, against the ToV, persona set or reference it
/// names where those are at hand; `None` for a kind `tov check` does not read.
fn validate(
    kind: DocumentKind,
    bytes: &[u8],
    reference: Option<&TheoryOfValue>,
    kept: Option<usize>,
) -> Option<Result<Report, ParseError>> {
    use theory_of_value::from_json_slice as parse;
    Some(match kind {
        DocumentKind::TheoryOfValue => {
            parse::<TheoryOfValue>(bytes).map(|t| tov_report(&t, reference, kept))
        }
        DocumentKind::PersonaSet => parse::<PersonaSet>(bytes).map(|s| {
            if s.tov == national().id {
                s.validate_against(national())
            } else if s.tov == example::local_tov().id {
                s.validate_against(example::local_tov())
            } else {
                s.validate()
            }
        }),
        DocumentKind::Census => parse::<Census>(bytes).map(|c| {
            if c.persona_set == example::persona_set().id {
                c.validate_against(example::persona_set())
            } else {
                c.validate()
            }
        }),
        DocumentKind::Assessment => parse::<Assessment>(bytes).map(|a| a.validate()),
        DocumentKind::MeasurementPlan => {
            parse::<MeasurementPlan>(bytes).map(|p| p.validate_against(tov_for(&p.tov)))
        }
        DocumentKind::Funding => parse::<Funding>(bytes).map(|f| f.validate()),
        DocumentKind::Report => parse::<Report>(bytes).map(|_| Report::new()),
        DocumentKind::Measurements => parse::<monitor::Measurements>(bytes)
            .map(|m| m.validate_against(tov_for(&m.tov), &monitor::instruments())),
        DocumentKind::Stories => {
            parse::<monitor::Stories>(bytes).map(|s| s.validate_against(tov_for(&s.tov)))
        }
        DocumentKind::AreaFigures => {
            parse::<monitor::AreaFigures>(bytes).map(|a| a.validate_against(tov_for(&a.tov)))
        }
        DocumentKind::InstrumentDefinition => {
            parse::<monitor::InstrumentDefinition>(bytes).map(|d| d.validate_against(national()))
        }
        DocumentKind::MonitorReport => {
            parse::<monitor::MonitorReport>(bytes).map(|_| Report::new())
        }
        _ => return None,
    })
}

/// A ToV's own findings (at most `kept` of each code, if given) and those about how it refines
/// its reference.
fn tov_report(t: &TheoryOfValue, reference: Option<&TheoryOfValue>, kept: Option<usize>) -> Report {
    let mut report = match kept {
        Some(n) => t.validate_keeping_at_most(n),
        None => t.validate(),
    };
    report.findings.extend(refinements(t, reference).findings);
    report
}

/// The error for a document whose kind is not known.
fn unknown_kind() -> ParseError {
    ParseError {
        code: theory_of_value::Code::UnknownField,
        path: String::new(),
        line: 1,
        column: 1,
        message: theory_of_value::Message::new(
            "onbekend soort document: geef `$schema` op of gebruik de velden van een ToV, persona-set, telling, zelfbeoordeling, meetplan, financiering, meetinstrument, metingen, verhalen, gebiedscijfers of monitorrapport",
            "unknown kind of document: give `$schema` or use the fields of a ToV, persona set, census, assessment, measurement plan, funding, instrument, measurements, stories, area figures or monitor report",
        ),
        suggestion: None,
    }
}
