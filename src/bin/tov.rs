//! `tov`: check, compare, estimate and render Theory of Value documents. With no file given,
//! every command works on the embedded national ToV and the bundled (fictional) example
//! organisation.
//!
//! Exit status: 0 no errors, 1 findings with errors, 2 unreadable input or usage error.

use clap::{Parser, Subcommand, ValueEnum};
use serde_json::Value;
use std::path::PathBuf;
use std::process::ExitCode;
use theory_of_value::{
    compare, estimate, example, national, render, schema, Assessment, Census, Dialect,
    DocumentKind, Lang, MeasurementPlan, ParseError, PersonaSet, Report, TheoryOfValue,
};

#[derive(Parser)]
#[command(
    name = "tov",
    version,
    about = "Theory of Value of self-direction and recovery organisations (zelfregie- en herstelorganisaties)"
)]
struct Cli {
    /// Language of messages and labels: nl (default) or en.
    #[arg(long, global = true, default_value = "nl")]
    lang: LangArg,
    #[command(subcommand)]
    command: Command,
}

#[derive(Clone, Copy, ValueEnum)]
enum LangArg {
    Nl,
    En,
}

impl From<LangArg> for Lang {
    fn from(l: LangArg) -> Lang {
        match l {
            LangArg::Nl => Lang::Nl,
            LangArg::En => Lang::En,
        }
    }
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum Format {
    Text,
    Json,
}

#[derive(Subcommand)]
enum Command {
    /// The main job on embedded data: the national ToV with its validation report, and the
    /// example organisation's estimate, comparison, measurement plan and self-assessment.
    Overview,
    /// Detect each file's document kind, validate it, and print the findings.
    Check {
        /// Files to check; none checks the embedded national ToV and the example organisation.
        files: Vec<PathBuf>,
        /// Output for people (text) or machines (json).
        #[arg(long, default_value = "text")]
        format: Format,
    },
    /// Print the JSON Schema of a document kind.
    Schema {
        /// theory-of-value, persona-set, census, assessment, measurement-plan, report, estimate, comparison.
        kind: String,
        /// 2020-12 (default), draft-07 or openapi3.
        #[arg(long, default_value = "2020-12")]
        dialect: String,
    },
    /// Compare a local ToV with the national one (or another reference).
    Compare {
        /// The local ToV; none compares the example organisation's.
        local: Option<PathBuf>,
        /// The reference ToV; the embedded national one by default.
        #[arg(long)]
        reference: Option<PathBuf>,
        #[arg(long, default_value = "text")]
        format: Format,
    },
    /// Estimate added value and care costs avoided from a ToV, a persona set and a census.
    Estimate {
        /// The ToV; the embedded national one by default.
        #[arg(long)]
        tov: Option<PathBuf>,
        /// The persona set; the example organisation's by default.
        #[arg(long)]
        personas: Option<PathBuf>,
        /// The census; the example organisation's by default.
        #[arg(long)]
        census: Option<PathBuf>,
        /// A Markdown report (text), JSON, or an HTML report with charts.
        #[arg(long, default_value = "text")]
        format: EstimateFormat,
    },
    /// Summarise a self-assessment, and the change since an earlier one.
    Assess {
        /// The assessment; the example organisation's of 2026 by default.
        file: Option<PathBuf>,
        /// An earlier assessment of the same organisation; the example's of 2025 by default.
        #[arg(long)]
        since: Option<PathBuf>,
    },
    /// Print the embedded national ToV.
    National {
        #[arg(long, default_value = "markdown")]
        format: NationalFormat,
    },
    /// Export a ToV, or a value estimate, to the Common Impact Data Standard (CIDS) as JSON-LD.
    Cids {
        /// The ToV; the embedded national one by default.
        file: Option<PathBuf>,
        /// Export the value estimate of a persona set and a census instead (the example
        /// organisation's by default).
        #[arg(long)]
        estimate: bool,
        /// The persona set, with --estimate.
        #[arg(long, requires = "estimate")]
        personas: Option<PathBuf>,
        /// The census, with --estimate.
        #[arg(long, requires = "estimate")]
        census: Option<PathBuf>,
    },
    /// Draw a ToV as its chain.
    Render {
        /// The ToV; the embedded national one by default.
        file: Option<PathBuf>,
        #[arg(long, default_value = "mermaid")]
        format: RenderFormat,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum NationalFormat {
    Json,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum)]
enum RenderFormat {
    Mermaid,
    Svg,
    Html,
    Markdown,
}

#[derive(Clone, Copy, ValueEnum, PartialEq)]
enum EstimateFormat {
    Text,
    Json,
    Html,
}

/// Input that could not be used: exit status 2.
struct Unusable(String);

/// A file's bytes. Whether they are UTF-8 is left to the reading of the document, which says
/// where they are not (`TOV001`, line and column).
fn read(path: &PathBuf) -> Result<Vec<u8>, Unusable> {
    std::fs::read(path).map_err(|e| Unusable(format!("{}: {e}", path.display())))
}

/// The ToV (national by default), persona set and census (the example's by default).
fn estimate_inputs(
    tov: &Option<PathBuf>,
    personas: &Option<PathBuf>,
    census: &Option<PathBuf>,
    lang: Lang,
) -> Result<(TheoryOfValue, PersonaSet, Census), Unusable> {
    Ok((
        match tov {
            Some(p) => load(p, lang)?,
            None => national().clone(),
        },
        match personas {
            Some(p) => load(p, lang)?,
            None => example::persona_set().clone(),
        },
        match census {
            Some(p) => load(p, lang)?,
            None => example::census().clone(),
        },
    ))
}

fn parse_error(path: &str, e: &ParseError, lang: Lang) -> String {
    format!("{path}:{}", e.render(lang))
}

fn load<T: serde::de::DeserializeOwned>(path: &PathBuf, lang: Lang) -> Result<T, Unusable> {
    let bytes = read(path)?;
    theory_of_value::from_json_slice(&bytes)
        .map_err(|e| Unusable(parse_error(&path.display().to_string(), &e, lang)))
}

/// What the kind of a document is told by: its `$schema` and its top-level field names. Read
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

fn check_bytes(name: String, bytes: &[u8]) -> Checked {
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
            theory_of_value::from_json_slice::<TheoryOfValue>(bytes).map(|t| t.validate())
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

fn run(cli: Cli) -> Result<ExitCode, Unusable> {
    let lang: Lang = cli.lang.into();
    match cli.command {
        Command::Overview => {
            print!("{}", example::overview(lang));
            Ok(ExitCode::SUCCESS)
        }
        Command::Check { files, format } => {
            let inputs: Vec<(String, Vec<u8>)> = if files.is_empty() {
                [
                    ("(national)", theory_of_value::NATIONAL_JSON),
                    ("(example tov)", example::LOCAL_TOV_JSON),
                    ("(example personas)", example::PERSONAS_JSON),
                    ("(example census)", example::CENSUS_JSON),
                    ("(example assessment)", example::ASSESSMENT_2026_JSON),
                    ("(example measurement plan)", example::MEASUREMENT_PLAN_JSON),
                ]
                .into_iter()
                .map(|(name, json)| (name.to_owned(), json.as_bytes().to_vec()))
                .collect()
            } else {
                files
                    .iter()
                    .map(|f| Ok((f.display().to_string(), read(f)?)))
                    .collect::<Result<_, Unusable>>()?
            };
            let checked: Vec<Checked> = inputs
                .into_iter()
                .map(|(n, b)| check_bytes(n, &b))
                .collect();
            let unreadable = checked.iter().any(|c| c.parse.is_some());
            let errors = checked.iter().any(|c| c.report.has_errors());
            if format == Format::Json {
                let out: Vec<Value> = checked
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
                println!("{}", serde_json::to_string_pretty(&out).expect("JSON"));
            } else {
                for c in &checked {
                    match &c.parse {
                        Some(e) => println!("{}", parse_error(&c.name, e, lang)),
                        None => {
                            let kind = c.kind.map_or("?", |k| k.label().get(lang));
                            println!("{} ({kind})", c.name);
                            for line in c.report.render(lang).lines() {
                                println!("  {line}");
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
        Command::Schema { kind, dialect } => {
            let kind: DocumentKind = kind
                .parse()
                .map_err(|e: theory_of_value::UnknownName| Unusable(e.to_string()))?;
            let dialect: Dialect = dialect
                .parse()
                .map_err(|e: theory_of_value::UnknownName| Unusable(e.to_string()))?;
            println!(
                "{}",
                serde_json::to_string_pretty(&schema(kind, dialect, lang)).expect("JSON")
            );
            Ok(ExitCode::SUCCESS)
        }
        Command::Compare {
            local,
            reference,
            format,
        } => {
            let local: TheoryOfValue = match &local {
                Some(p) => load(p, lang)?,
                None => example::local_tov().clone(),
            };
            let reference: TheoryOfValue = match &reference {
                Some(p) => load(p, lang)?,
                None => national().clone(),
            };
            let c = compare(&local, &reference);
            if format == Format::Json {
                println!("{}", theory_of_value::to_json_pretty(&c));
            } else {
                let title = if lang == Lang::Nl {
                    "Vergelijking"
                } else {
                    "Comparison"
                };
                println!("{title} `{}` ↔ `{}`", c.local, c.reference);
                for line in c.render(lang).lines() {
                    println!("  {line}");
                }
            }
            Ok(ExitCode::from(u8::from(c.report.has_errors())))
        }
        Command::Estimate {
            tov,
            personas,
            census,
            format,
        } => {
            let (tov, set, census) = estimate_inputs(&tov, &personas, &census, lang)?;
            match estimate(&tov, &set, &census) {
                Ok(e) => {
                    match format {
                        EstimateFormat::Json => println!("{}", theory_of_value::to_json_pretty(&e)),
                        EstimateFormat::Html => {
                            print!("{}", render::estimate_html(&e, &tov, &set, lang))
                        }
                        EstimateFormat::Text => {
                            print!("{}", render::estimate_markdown(&e, &tov, &set, lang))
                        }
                    }
                    Ok(ExitCode::SUCCESS)
                }
                Err(report) => {
                    print!("{}", report.render(lang));
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Assess { file, since } => {
            let now: Assessment = match &file {
                Some(p) => load(p, lang)?,
                None => example::assessment_2026().clone(),
            };
            let earlier: Option<Assessment> = match (&since, &file) {
                (Some(p), _) => Some(load(p, lang)?),
                (None, None) => Some(example::assessment_2025().clone()),
                (None, Some(_)) => None,
            };
            let report = now.validate();
            println!("{} — {}", now.organisation, now.date);
            for g in now.summary() {
                println!(
                    "  {}: {:.2} ({} {})",
                    g.group.label().get(lang),
                    g.mean().unwrap_or(0.0),
                    g.count,
                    if lang == Lang::Nl {
                        "kenmerken"
                    } else {
                        "characteristics"
                    }
                );
            }
            if let Some(earlier) = earlier {
                let change = now.changes_since(&earlier);
                println!(
                    "{} {} → {}:",
                    if lang == Lang::Nl {
                        "Verandering"
                    } else {
                        "Change"
                    },
                    change.from,
                    change.to
                );
                for c in &change.characteristics {
                    let level = |l: Option<theory_of_value::AssessmentLevel>| {
                        l.map_or("—", |l| l.label().get(lang))
                    };
                    println!(
                        "  {:>2}. {:<20} {} → {} ({:+})",
                        c.item.number(),
                        c.item.id(),
                        level(c.before),
                        level(c.after),
                        c.delta
                    );
                }
                for line in change
                    .report
                    .render(lang)
                    .lines()
                    .filter(|l| !change.report.findings.is_empty() || l.is_empty())
                {
                    println!("  {line}");
                }
            }
            for line in report.render(lang).lines() {
                println!("  {line}");
            }
            Ok(ExitCode::from(u8::from(report.has_errors())))
        }
        Command::National { format } => {
            match format {
                NationalFormat::Json => print!("{}", theory_of_value::NATIONAL_JSON),
                NationalFormat::Markdown => print!("{}", render::markdown(national(), lang)),
            }
            Ok(ExitCode::SUCCESS)
        }
        Command::Cids {
            file,
            estimate: with_estimate,
            personas,
            census,
        } => {
            let (tov, set, census) = estimate_inputs(&file, &personas, &census, lang)?;
            if !with_estimate {
                println!(
                    "{}",
                    serde_json::to_string_pretty(&theory_of_value::cids::tov(&tov, lang))
                        .expect("JSON")
                );
                return Ok(ExitCode::SUCCESS);
            }
            match estimate(&tov, &set, &census) {
                Ok(e) => {
                    println!(
                        "{}",
                        serde_json::to_string_pretty(&theory_of_value::cids::estimate(
                            &e, &tov, &census, lang
                        ))
                        .expect("JSON")
                    );
                    Ok(ExitCode::SUCCESS)
                }
                Err(report) => {
                    print!("{}", report.render(lang));
                    Ok(ExitCode::from(1))
                }
            }
        }
        Command::Render { file, format } => {
            let tov: TheoryOfValue = match &file {
                Some(p) => load(p, lang)?,
                None => national().clone(),
            };
            match format {
                RenderFormat::Mermaid => print!("{}", render::mermaid(&tov, lang)),
                RenderFormat::Svg => println!("{}", render::svg(&tov, lang)),
                RenderFormat::Html => print!("{}", render::html(&tov, lang)),
                RenderFormat::Markdown => print!("{}", render::markdown(&tov, lang)),
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(code) => code,
        Err(Unusable(message)) => {
            eprintln!("{message}");
            ExitCode::from(2)
        }
    }
}
