//! JSON Schemas for every document kind, in three dialects and two languages, generated with
//! schemars from the same types serde uses.

use crate::base::{Label, Lang};
use serde_json::{json, Map, Value};
use std::fmt;

/// The kinds of document this crate reads or writes.
///
/// ```
/// use theory_of_value::out::DocumentKind;
/// assert_eq!(DocumentKind::TheoryOfValue.id(), "theory-of-value");
/// assert_eq!("census".parse::<DocumentKind>()?, DocumentKind::Census);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DocumentKind {
    /// A Theory of Value ([`TheoryOfValue`](crate::TheoryOfValue)).
    TheoryOfValue,
    /// A persona set ([`PersonaSet`](crate::PersonaSet)).
    PersonaSet,
    /// A census ([`Census`](crate::Census)).
    Census,
    /// A self-assessment ([`Assessment`](crate::Assessment)).
    Assessment,
    /// A measurement plan ([`MeasurementPlan`](crate::MeasurementPlan)).
    MeasurementPlan,
    /// A validation report ([`Report`](crate::Report)).
    Report,
    /// A value estimate ([`Estimate`](crate::Estimate)).
    Estimate,
    /// A comparison with a reference ToV ([`Comparison`](crate::Comparison)).
    Comparison,
    /// An instrument definition ([`InstrumentDefinition`](crate::monitor::InstrumentDefinition)).
    InstrumentDefinition,
    /// Measurements ([`Measurements`](crate::monitor::Measurements)).
    Measurements,
    /// Stories ([`Stories`](crate::monitor::Stories)).
    Stories,
    /// Area figures ([`AreaFigures`](crate::monitor::AreaFigures)).
    AreaFigures,
    /// A monitor report ([`MonitorReport`](crate::monitor::MonitorReport)).
    MonitorReport,
}

impl DocumentKind {
    /// Every document kind.
    ///
    /// ```
    /// assert_eq!(theory_of_value::out::DocumentKind::ALL.len(), 13);
    /// ```
    pub const ALL: [DocumentKind; 13] = [
        DocumentKind::TheoryOfValue,
        DocumentKind::PersonaSet,
        DocumentKind::Census,
        DocumentKind::Assessment,
        DocumentKind::MeasurementPlan,
        DocumentKind::Report,
        DocumentKind::Estimate,
        DocumentKind::Comparison,
        DocumentKind::InstrumentDefinition,
        DocumentKind::Measurements,
        DocumentKind::Stories,
        DocumentKind::AreaFigures,
        DocumentKind::MonitorReport,
    ];

    /// The kind's stable ID, used in file names and `$id`s.
    ///
    /// ```
    /// assert_eq!(theory_of_value::out::DocumentKind::PersonaSet.id(), "persona-set");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            DocumentKind::TheoryOfValue => "theory-of-value",
            DocumentKind::PersonaSet => "persona-set",
            DocumentKind::Census => "census",
            DocumentKind::Assessment => "assessment",
            DocumentKind::MeasurementPlan => "measurement-plan",
            DocumentKind::Report => "report",
            DocumentKind::Estimate => "estimate",
            DocumentKind::Comparison => "comparison",
            DocumentKind::InstrumentDefinition => "instrument",
            DocumentKind::Measurements => "measurements",
            DocumentKind::Stories => "stories",
            DocumentKind::AreaFigures => "area-figures",
            DocumentKind::MonitorReport => "monitor-report",
        }
    }

    /// The kind's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::out::DocumentKind::Census.label().nl, "Telling");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            DocumentKind::TheoryOfValue => Label::new("Theory of Value", "Theory of Value"),
            DocumentKind::PersonaSet => Label::new("Persona's", "Personas"),
            DocumentKind::Census => Label::new("Telling", "Census"),
            DocumentKind::Assessment => Label::new("Zelfbeoordeling", "Self-assessment"),
            DocumentKind::MeasurementPlan => Label::new("Meetplan", "Measurement plan"),
            DocumentKind::Report => Label::new("Validatierapport", "Validation report"),
            DocumentKind::Estimate => Label::new("Waardeschatting", "Value estimate"),
            DocumentKind::Comparison => Label::new(
                "Vergelijking met de referentie",
                "Comparison with the reference",
            ),
            DocumentKind::InstrumentDefinition => Label::new("Meetinstrument", "Instrument"),
            DocumentKind::Measurements => Label::new("Metingen", "Measurements"),
            DocumentKind::Stories => Label::new("Ervaringsverhalen", "Experience stories"),
            DocumentKind::AreaFigures => Label::new("Gebiedscijfers", "Area figures"),
            DocumentKind::MonitorReport => Label::new("Monitorrapport", "Monitor report"),
        }
    }

    /// The Rust type's name, which is also the schema's root definition name.
    fn type_name(self) -> &'static str {
        match self {
            DocumentKind::TheoryOfValue => "TheoryOfValue",
            DocumentKind::PersonaSet => "PersonaSet",
            DocumentKind::Census => "Census",
            DocumentKind::Assessment => "Assessment",
            DocumentKind::MeasurementPlan => "MeasurementPlan",
            DocumentKind::Report => "Report",
            DocumentKind::Estimate => "Estimate",
            DocumentKind::Comparison => "Comparison",
            DocumentKind::InstrumentDefinition => "InstrumentDefinition",
            DocumentKind::Measurements => "Measurements",
            DocumentKind::Stories => "Stories",
            DocumentKind::AreaFigures => "AreaFigures",
            DocumentKind::MonitorReport => "MonitorReport",
        }
    }
}

impl fmt::Display for DocumentKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// An unknown document kind or dialect name.
///
/// ```
/// assert!("toc".parse::<theory_of_value::out::DocumentKind>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{name}`; use one of: {expected}")]
pub struct UnknownName {
    /// What was looked for: "document kind" or "dialect".
    pub what: &'static str,
    /// The name given.
    pub name: String,
    /// The names that exist.
    pub expected: String,
}

impl std::str::FromStr for DocumentKind {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        DocumentKind::ALL
            .iter()
            .copied()
            .find(|k| k.id() == s)
            .ok_or_else(|| UnknownName {
                what: "document kind",
                name: s.to_owned(),
                expected: DocumentKind::ALL.map(|k| k.id()).join(", "),
            })
    }
}

/// The JSON Schema dialect to generate.
///
/// ```
/// use theory_of_value::out::Dialect;
/// assert_eq!("draft-07".parse::<Dialect>()?, Dialect::Draft07);
/// assert_eq!(Dialect::default(), Dialect::Draft2020_12);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum Dialect {
    /// JSON Schema 2020-12, the default.
    #[default]
    Draft2020_12,
    /// JSON Schema draft-07, what most form renderers and Ajv accept out of the box.
    Draft07,
    /// OpenAPI 3.0 components, for API servers.
    OpenApi3,
}

impl Dialect {
    /// Every dialect.
    ///
    /// ```
    /// assert_eq!(theory_of_value::out::Dialect::ALL.len(), 3);
    /// ```
    pub const ALL: [Dialect; 3] = [Dialect::Draft2020_12, Dialect::Draft07, Dialect::OpenApi3];

    /// The dialect's ID: `2020-12`, `draft-07` or `openapi3`.
    ///
    /// ```
    /// assert_eq!(theory_of_value::out::Dialect::OpenApi3.id(), "openapi3");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            Dialect::Draft2020_12 => "2020-12",
            Dialect::Draft07 => "draft-07",
            Dialect::OpenApi3 => "openapi3",
        }
    }

    fn settings(self) -> schemars::generate::SchemaSettings {
        use schemars::generate::SchemaSettings;
        match self {
            Dialect::Draft2020_12 => SchemaSettings::draft2020_12(),
            Dialect::Draft07 => SchemaSettings::draft07(),
            Dialect::OpenApi3 => SchemaSettings::openapi3(),
        }
    }

    fn definitions_key(self) -> &'static str {
        match self {
            Dialect::Draft2020_12 => "$defs",
            Dialect::Draft07 => "definitions",
            Dialect::OpenApi3 => "schemas",
        }
    }

    fn ref_prefix(self) -> &'static str {
        match self {
            Dialect::Draft2020_12 => "#/$defs/",
            Dialect::Draft07 => "#/definitions/",
            Dialect::OpenApi3 => "#/components/schemas/",
        }
    }
}

impl fmt::Display for Dialect {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl std::str::FromStr for Dialect {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Dialect::ALL
            .iter()
            .copied()
            .find(|d| d.id() == s)
            .ok_or_else(|| UnknownName {
                what: "dialect",
                name: s.to_owned(),
                expected: Dialect::ALL.map(|d| d.id()).join(", "),
            })
    }
}

/// The stable `$id` of a schema.
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::out::{schema_id, Dialect, DocumentKind};
/// assert_eq!(
///     schema_id(DocumentKind::Census, Dialect::Draft07, Lang::Nl),
///     "urn:theory-of-value:schema:v0:draft-07:nl:census"
/// );
/// ```
pub fn schema_id(kind: DocumentKind, dialect: Dialect, lang: Lang) -> String {
    format!("urn:theory-of-value:schema:v0:{dialect}:{lang}:{kind}")
}

/// The path a committed schema file has under `schemas/`: `{dialect}/{lang}/{kind}.schema.json`.
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::out::{schema_path, Dialect, DocumentKind};
/// assert_eq!(schema_path(DocumentKind::TheoryOfValue, Dialect::Draft07, Lang::Nl), "draft-07/nl/theory-of-value.schema.json");
/// ```
pub fn schema_path(kind: DocumentKind, dialect: Dialect, lang: Lang) -> String {
    format!("{dialect}/{lang}/{kind}.schema.json")
}

/// Generates the JSON Schema of `kind` in `dialect`, with titles and descriptions in `lang`.
///
/// The schema describes the canonical document, as this crate writes it: optional fields are
/// absent rather than `null` (the crate accepts `null` for them on input, as serde does), and
/// closed vocabularies carry a human title per value ("Inloop en ontmoeting", not `walk_in`).
/// For OpenAPI 3.0 the result is an OpenAPI document whose `components.schemas` hold the
/// document kind and every definition it uses.
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::out::{schema, Dialect, DocumentKind};
/// let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft07, Lang::Nl);
/// assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
/// assert_eq!(s["title"], "Theory of Value");
/// let kinds = &s["definitions"]["ActivityKind"]["oneOf"];
/// assert_eq!(kinds[0]["const"], "walk_in");
/// assert_eq!(kinds[0]["title"], "Inloop en ontmoeting");
/// ```
pub fn schema(kind: DocumentKind, dialect: Dialect, lang: Lang) -> Value {
    use crate::*;
    let generator = dialect.settings().into_generator();
    let root = match kind {
        DocumentKind::TheoryOfValue => generator.into_root_schema_for::<TheoryOfValue>(),
        DocumentKind::PersonaSet => generator.into_root_schema_for::<PersonaSet>(),
        DocumentKind::Census => generator.into_root_schema_for::<Census>(),
        DocumentKind::Assessment => generator.into_root_schema_for::<Assessment>(),
        DocumentKind::MeasurementPlan => generator.into_root_schema_for::<MeasurementPlan>(),
        DocumentKind::Report => generator.into_root_schema_for::<Report>(),
        DocumentKind::Estimate => generator.into_root_schema_for::<Estimate>(),
        DocumentKind::Comparison => generator.into_root_schema_for::<Comparison>(),
        DocumentKind::InstrumentDefinition => {
            generator.into_root_schema_for::<monitor::InstrumentDefinition>()
        }
        DocumentKind::Measurements => generator.into_root_schema_for::<monitor::Measurements>(),
        DocumentKind::Stories => generator.into_root_schema_for::<monitor::Stories>(),
        DocumentKind::AreaFigures => generator.into_root_schema_for::<monitor::AreaFigures>(),
        DocumentKind::MonitorReport => generator.into_root_schema_for::<monitor::MonitorReport>(),
    };
    let mut root = root.to_value();
    let Value::Object(obj) = &mut root else {
        unreachable!("a root schema is an object")
    };
    // Definitions, wherever the dialect keeps them.
    let mut defs: Map<String, Value> = match dialect {
        Dialect::OpenApi3 => obj
            .remove("components")
            .and_then(|mut c| c.get_mut("schemas").map(Value::take))
            .and_then(|s| match s {
                Value::Object(m) => Some(m),
                _ => None,
            })
            .unwrap_or_default(),
        _ => match obj.remove(dialect.definitions_key()) {
            Some(Value::Object(m)) => m,
            _ => Map::new(),
        },
    };
    obj.remove("$schema");
    obj.remove("title");
    for (name, def) in defs.iter_mut() {
        transform_definition(name, def, dialect, lang);
    }
    let type_name = kind.type_name();
    transform_definition(type_name, &mut root, dialect, lang);
    let label = kind.label().get(lang);
    root["title"] = label.into();
    match dialect {
        Dialect::OpenApi3 => {
            defs.insert(type_name.to_owned(), root);
            let defs = Value::Object(sorted(defs));
            json!({
                "openapi": "3.0.3",
                "info": {
                    "title": label,
                    "version": env!("CARGO_PKG_VERSION"),
                    "description": match lang {
                        Lang::Nl => "Componenten van het crate theory-of-value; het documentschema is ",
                        Lang::En => "Components of the theory-of-value crate; the document schema is ",
                    }.to_owned() + type_name,
                    "x-schema-id": schema_id(kind, dialect, lang),
                },
                "paths": {},
                "components": { "schemas": defs }
            })
        }
        _ => {
            let mut out = Map::new();
            out.insert(
                "$schema".into(),
                match dialect {
                    Dialect::Draft07 => "http://json-schema.org/draft-07/schema#",
                    _ => "https://json-schema.org/draft/2020-12/schema",
                }
                .into(),
            );
            out.insert("$id".into(), schema_id(kind, dialect, lang).into());
            if let Value::Object(mut body) = root {
                for key in ["title", "description"] {
                    if let Some(v) = body.remove(key) {
                        out.insert(key.into(), v);
                    }
                }
                out.extend(body);
            }
            out.insert(
                dialect.definitions_key().into(),
                Value::Object(sorted(defs)),
            );
            Value::Object(out)
        }
    }
}

fn sorted(map: Map<String, Value>) -> Map<String, Value> {
    let mut entries: Vec<(String, Value)> = map.into_iter().collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.into_iter().collect()
}

/// The human titles of the values of a closed vocabulary, by schema definition name.
fn vocabulary(name: &str) -> Option<Vec<(String, Label)>> {
    use crate::*;
    fn of<T: Copy + serde::Serialize>(all: &[T], label: fn(T) -> Label) -> Vec<(String, Label)> {
        all.iter()
            .map(|v| {
                let id = match serde_json::to_value(v) {
                    Ok(Value::String(s)) => s,
                    _ => unreachable!("vocabularies serialise as strings"),
                };
                (id, label(*v))
            })
            .collect()
    }
    Some(match name {
        "ActivityKind" => of(ActivityKind::ALL, ActivityKind::label),
        "BuildingBlock" => of(BuildingBlock::ALL, BuildingBlock::label),
        "InputKind" => of(InputKind::ALL, InputKind::label),
        "CraftConcept" => of(CraftConcept::ALL, CraftConcept::label),
        "QuestionGroup" => of(QuestionGroup::ALL, QuestionGroup::label),
        "PartnerKind" => of(PartnerKind::ALL, PartnerKind::label),
        "Characteristic" => of(Characteristic::ALL, |c| {
            Label::new(short_characteristic(c).0, short_characteristic(c).1)
        }),
        "ReachKind" => of(ReachKind::ALL, ReachKind::label),
        "Strength" => of(Strength::ALL, Strength::label),
        "VisitorKind" => of(VisitorKind::ALL, VisitorKind::label),
        "CareKind" => of(CareKind::ALL, CareKind::label),
        "AssessmentLevel" => of(AssessmentLevel::ALL, AssessmentLevel::label),
        "AssessorRole" => of(AssessorRole::ALL, AssessorRole::label),
        "Instrument" => of(Instrument::ALL, Instrument::label),
        "Ijkpunt" => of(Ijkpunt::ALL, Ijkpunt::label),
        "Layer" => of(&Layer::ALL, Layer::label),
        "Level" => of(&Level::ALL, Level::label),
        "ContributionKind" => of(&ContributionKind::ALL, ContributionKind::label),
        "MeasurementKind" => of(
            &[MeasurementKind::Quantitative, MeasurementKind::Qualitative],
            MeasurementKind::label,
        ),
        "ScopeLevel" => of(
            &[ScopeLevel::National, ScopeLevel::Local],
            ScopeLevel::label,
        ),
        "AuthorKind" => of(
            &[AuthorKind::Organisation, AuthorKind::Person],
            AuthorKind::label,
        ),
        "Severity" => of(
            &[Severity::Info, Severity::Warning, Severity::Error],
            Severity::label,
        ),
        "Lang" => of(&Lang::ALL, Lang::label),
        "Direction" => of(
            &[
                monitor::Direction::HigherIsBetter,
                monitor::Direction::LowerIsBetter,
            ],
            monitor::Direction::label,
        ),
        "ScoringMethod" => of(
            &[monitor::ScoringMethod::Mean, monitor::ScoringMethod::Sum],
            monitor::ScoringMethod::label,
        ),
        "Change" => of(&monitor::Change::ALL, monitor::Change::label),
        "Consent" => of(&monitor::Consent::ALL, monitor::Consent::label),
        "AreaIndicator" => of(&monitor::AreaIndicator::ALL, monitor::AreaIndicator::label),
        "Code" => Code::ALL
            .iter()
            .map(|c| (c.as_str().to_owned(), c.title()))
            .collect(),
        _ => return None,
    })
}

/// A characteristic's short title for a form: its number and a few words.
fn short_characteristic(c: crate::model::Characteristic) -> (&'static str, &'static str) {
    use crate::model::Characteristic as C;
    match c {
        C::LowThresholdAccess => (
            "1. Laagdrempelig toegankelijk voor iedereen",
            "1. Low-threshold access for everyone",
        ),
        C::LearningRecoveryDevelopment => (
            "2. Gericht op leren, herstel en ontwikkeling",
            "2. Aimed at learning, recovery and development",
        ),
        C::GiveAndTake => (
            "3. Iets te halen én te brengen",
            "3. Something to take and to give",
        ),
        C::ReciprocityEquality => (
            "4. Wederkerigheid en gelijkwaardigheid",
            "4. Reciprocity and equality",
        ),
        C::PeopleNotRoles => (
            "5. Mens, niet cliënt of hulpverlener",
            "5. People, not client or helper",
        ),
        C::NeedsLed => (
            "6. Ondersteuning vanuit de behoeften",
            "6. Support shaped by needs",
        ),
        C::WhatSuitsYou => ("7. Wat past bij jou", "7. What suits you"),
        C::CollectiveKnowledge => (
            "8. Collectieve ervaringskennis komt samen",
            "8. Collective experiential knowledge comes together",
        ),
        C::ExpertsInTheLead => (
            "9. Ervaringsdeskundigen in de lead",
            "9. Experts by experience in the lead",
        ),
        C::Cooperation => (
            "10. Samenwerking met partners",
            "10. Cooperation with partners",
        ),
    }
}

fn transform_definition(name: &str, def: &mut Value, dialect: Dialect, lang: Lang) {
    if let Some(values) = vocabulary(name) {
        let one_of: Vec<Value> = values
            .into_iter()
            .map(|(id, label)| match dialect {
                Dialect::OpenApi3 => {
                    json!({ "type": "string", "enum": [id], "title": label.get(lang) })
                }
                _ => json!({ "const": id, "title": label.get(lang) }),
            })
            .collect();
        *def = json!({ "type": "string", "oneOf": one_of });
    }
    clean(def, dialect);
    localise(name, def, lang);
}

/// Removes what a strict validator or form renderer would trip over: `null` alternatives of
/// optional fields (the canonical form never contains `null`), non-standard `format`s such as
/// `uint64`, and OpenAPI's `nullable`.
fn clean(v: &mut Value, dialect: Dialect) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(f)) = map.get("format") {
                if !matches!(f.as_str(), "date" | "date-time" | "email" | "uri") {
                    map.remove("format");
                }
            }
            map.remove("nullable");
            if let Some(Value::Array(types)) = map.get("type") {
                let rest: Vec<Value> = types.iter().filter(|t| *t != "null").cloned().collect();
                if rest.len() == 1 {
                    map.insert("type".into(), rest[0].clone());
                }
            }
            let null_alternative = |s: &Value| s.get("type") == Some(&Value::from("null"));
            if let Some(Value::Array(any)) = map.get("anyOf") {
                if any.len() == 2 && any.iter().any(null_alternative) {
                    let keep = any
                        .iter()
                        .find(|s| !null_alternative(s))
                        .cloned()
                        .unwrap_or(Value::Null);
                    map.remove("anyOf");
                    match keep {
                        Value::Object(inner)
                            if inner.contains_key("$ref") && dialect != Dialect::Draft2020_12 =>
                        {
                            map.insert("allOf".into(), json!([Value::Object(inner)]));
                        }
                        Value::Object(inner) => map.extend(inner),
                        _ => {}
                    }
                }
            }
            if let Some(Value::String(r)) = map.get_mut("$ref") {
                if let Some(rest) = r.rsplit('/').next() {
                    *r = format!("{}{rest}", dialect.ref_prefix());
                }
            }
            for (_, child) in map.iter_mut() {
                clean(child, dialect);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| clean(i, dialect)),
        _ => {}
    }
}

fn localise(name: &str, def: &mut Value, lang: Lang) {
    let Value::Object(map) = def else { return };
    let texts = texts::lookup(name, None);
    set_text(map, texts, lang);
    if let Some(Value::Object(props)) = map.get_mut("properties") {
        for (prop, schema) in props.iter_mut() {
            if let Value::Object(p) = schema {
                set_text(p, texts::lookup(name, Some(prop)), lang);
            }
        }
    }
}

fn set_text(map: &mut Map<String, Value>, texts: Option<&texts::Entry>, lang: Lang) {
    match texts {
        Some(t) => {
            map.insert("title".into(), t.title.get(lang).into());
            match &t.description {
                Some(d) => map.insert("description".into(), d.get(lang).into()),
                None => map.remove("description"),
            };
        }
        None => {
            map.remove("description");
        }
    }
}

pub(crate) mod texts {
    //! Titles and descriptions of every definition and property, in Dutch and English.

    use crate::base::Label;

    /// The title and description of one definition or property.
    pub(crate) struct Entry {
        pub(crate) title: Label,
        pub(crate) description: Option<Label>,
    }

    pub(crate) fn lookup(definition: &str, property: Option<&str>) -> Option<&'static Entry> {
        TEXTS
            .iter()
            .find(|(d, p, _)| *d == definition && *p == property.unwrap_or(""))
            .map(|(_, _, e)| e)
    }

    /// (definition, property or "" for the definition itself, texts)
    pub(crate) static TEXTS: &[(&str, &str, Entry)] = &include!("schema_texts.rs");
}
