//! JSON Schemas for every document kind, in three dialects and two languages, generated with
//! schemars from the same types serde uses; their titles and descriptions in Dutch and English
//! (`texts`); UI schemas for JSON Forms and react-jsonschema-form ([`ui_schema`]). The
//! TypeScript types in `schemas/typescript` are generated from these schemas (`examples/schemas.rs`).
//!
//! **May depend on:** `base`, `read`, `model`, `rules`, `value`, `assess`, `compare`, `monitor`.
//!
//! ```
//! use theory_of_value::schema::{schema, Dialect, DocumentKind};
//! use theory_of_value::Lang;
//!
//! let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft07, Lang::Nl);
//! assert_eq!(s["title"], "Theory of Value");
//! ```

mod shape;
mod stated;
pub(crate) mod texts;
mod ui;
mod vocabulary;

pub use ui::{ui_schema, ui_schema_path, UiLibrary};

use crate::base::{Label, Lang};
use serde_json::{json, Map, Value};
use shape::{form_first, transform_definition};
use stated::state_rules;
use std::fmt;

/// The kinds of document this crate reads or writes.
///
/// ```
/// use theory_of_value::schema::DocumentKind;
/// assert_eq!(DocumentKind::TheoryOfValue.id(), "theory-of-value");
/// assert_eq!("census".parse::<DocumentKind>()?, DocumentKind::Census);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum DocumentKind {
    /// A Theory of Value ([`TheoryOfValue`](crate::TheoryOfValue)).
    TheoryOfValue,
    /// A persona set ([`PersonaSet`](crate::value::PersonaSet)).
    PersonaSet,
    /// A census ([`Census`](crate::value::Census)).
    Census,
    /// A self-assessment ([`Assessment`](crate::assess::Assessment)).
    Assessment,
    /// A measurement plan ([`MeasurementPlan`](crate::assess::MeasurementPlan)).
    MeasurementPlan,
    /// A validation report ([`Report`](crate::Report)).
    Report,
    /// A value estimate ([`Estimate`](crate::value::Estimate)).
    Estimate,
    /// A comparison with a reference ToV ([`Comparison`](crate::compare::Comparison)).
    Comparison,
    /// An organisation's funding agreements ([`Funding`](crate::value::Funding)).
    Funding,
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
    /// assert_eq!(theory_of_value::schema::DocumentKind::ALL.len(), 14);
    /// ```
    pub const ALL: [DocumentKind; 14] = [
        DocumentKind::TheoryOfValue,
        DocumentKind::PersonaSet,
        DocumentKind::Census,
        DocumentKind::Assessment,
        DocumentKind::MeasurementPlan,
        DocumentKind::Report,
        DocumentKind::Estimate,
        DocumentKind::Comparison,
        DocumentKind::Funding,
        DocumentKind::InstrumentDefinition,
        DocumentKind::Measurements,
        DocumentKind::Stories,
        DocumentKind::AreaFigures,
        DocumentKind::MonitorReport,
    ];

    /// The kind's stable ID, used in file names and `$id`s.
    ///
    /// ```
    /// assert_eq!(theory_of_value::schema::DocumentKind::PersonaSet.id(), "persona-set");
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
            DocumentKind::Funding => "funding",
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
    /// assert_eq!(theory_of_value::schema::DocumentKind::Census.label().nl, "Telling");
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
            DocumentKind::Funding => Label::new("Financiering", "Funding"),
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
            DocumentKind::Funding => "Funding",
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
/// assert!("toc".parse::<theory_of_value::schema::DocumentKind>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown {what} `{name}`; use one of: {expected}")]
pub struct UnknownName {
    /// What was looked for: "document kind", "dialect" or "form library".
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
/// use theory_of_value::schema::Dialect;
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
    /// assert_eq!(theory_of_value::schema::Dialect::ALL.len(), 3);
    /// ```
    pub const ALL: [Dialect; 3] = [Dialect::Draft2020_12, Dialect::Draft07, Dialect::OpenApi3];

    /// The dialect's ID: `2020-12`, `draft-07` or `openapi3`.
    ///
    /// ```
    /// assert_eq!(theory_of_value::schema::Dialect::OpenApi3.id(), "openapi3");
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
/// use theory_of_value::schema::{schema_id, Dialect, DocumentKind};
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
/// use theory_of_value::schema::{schema_path, Dialect, DocumentKind};
/// assert_eq!(schema_path(DocumentKind::TheoryOfValue, Dialect::Draft07, Lang::Nl), "draft-07/nl/theory-of-value.schema.json");
/// ```
pub fn schema_path(kind: DocumentKind, dialect: Dialect, lang: Lang) -> String {
    format!("{dialect}/{lang}/{kind}.schema.json")
}

/// Generates the JSON Schema of `kind` in `dialect`, with titles and descriptions in `lang`.
///
/// The schema describes the canonical document, as this crate writes it: optional fields are
/// absent rather than `null` (the crate accepts `null` for them on input, as serde does), and
/// closed vocabularies carry a human title per value ("Inloop en ontmoeting", not `walk_in`)
/// and, where the catalogue has one, its explanation. It is shaped for form builders: small
/// definitions (identifiers, dates, vocabularies, texts, sources, amounts, shares) are written
/// out at each use with the property's own title; what is large stays a definition. Rules a
/// schema can state are stated (non-blank texts, non-empty layers, a local ToV's organisation
/// and area, the name of an element of your own, dates that exist).
/// For OpenAPI 3.0 the result is an OpenAPI document whose `components.schemas` hold the
/// document kind and every definition it uses.
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::schema::{schema, Dialect, DocumentKind};
/// let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft07, Lang::Nl);
/// assert_eq!(s["$schema"], "http://json-schema.org/draft-07/schema#");
/// assert_eq!(s["title"], "Theory of Value");
/// // Small definitions are written out where they are used, with the property's title.
/// let kind = &s["definitions"]["Activity"]["properties"]["kind"];
/// assert_eq!(kind["title"], "Soort activiteit");
/// assert_eq!(kind["oneOf"][0]["const"], "walk_in");
/// assert_eq!(kind["oneOf"][0]["title"], "Inloop en ontmoeting");
/// assert!(s["definitions"].get("Id").is_none());
/// ```
pub fn schema(kind: DocumentKind, dialect: Dialect, lang: Lang) -> Value {
    let mut root = root_schema(kind, dialect);
    let Value::Object(obj) = &mut root else {
        unreachable!("a root schema is an object")
    };
    let mut defs = take_definitions(obj, dialect);
    obj.remove("$schema");
    obj.remove("title");
    for (name, def) in defs.iter_mut() {
        transform_definition(name, def, dialect, lang);
    }
    let type_name = kind.type_name();
    transform_definition(type_name, &mut root, dialect, lang);
    state_rules(kind, type_name, &mut root, dialect);
    for (name, def) in defs.iter_mut() {
        state_rules(kind, name, def, dialect);
    }
    form_first(&mut root, &mut defs, dialect);
    root["title"] = kind.label().get(lang).into();
    match dialect {
        Dialect::OpenApi3 => openapi_document(kind, lang, root, defs),
        _ => json_schema_document(kind, dialect, lang, root, defs),
    }
}

/// The schema schemars generates for `kind` in `dialect`, as a JSON value.
fn root_schema(kind: DocumentKind, dialect: Dialect) -> Value {
    use crate::assess::{Assessment, MeasurementPlan};
    use crate::base::Report;
    use crate::compare::Comparison;
    use crate::model::TheoryOfValue;
    use crate::monitor;
    use crate::value::{Census, Estimate, Funding, PersonaSet};
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
        DocumentKind::Funding => generator.into_root_schema_for::<Funding>(),
        DocumentKind::InstrumentDefinition => {
            generator.into_root_schema_for::<monitor::InstrumentDefinition>()
        }
        DocumentKind::Measurements => generator.into_root_schema_for::<monitor::Measurements>(),
        DocumentKind::Stories => generator.into_root_schema_for::<monitor::Stories>(),
        DocumentKind::AreaFigures => generator.into_root_schema_for::<monitor::AreaFigures>(),
        DocumentKind::MonitorReport => generator.into_root_schema_for::<monitor::MonitorReport>(),
    };
    root.to_value()
}

/// Takes the definitions out of a generated schema, wherever the dialect keeps them.
fn take_definitions(obj: &mut Map<String, Value>, dialect: Dialect) -> Map<String, Value> {
    match dialect {
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
    }
}

/// An OpenAPI document whose `components.schemas` hold the document kind and every definition
/// it uses.
fn openapi_document(
    kind: DocumentKind,
    lang: Lang,
    root: Value,
    mut defs: Map<String, Value>,
) -> Value {
    let type_name = kind.type_name();
    defs.insert(type_name.to_owned(), root);
    let defs = Value::Object(sorted(defs));
    json!({
        "openapi": "3.0.3",
        "info": {
            "title": kind.label().get(lang),
            "version": env!("CARGO_PKG_VERSION"),
            "description": lang.pick(
                "Componenten van het crate theory-of-value; het documentschema is ",
                "Components of the theory-of-value crate; the document schema is ",
            ).to_owned() + type_name,
            "x-schema-id": schema_id(kind, Dialect::OpenApi3, lang),
        },
        "paths": {},
        "components": { "schemas": defs }
    })
}

/// A JSON Schema document: `$schema`, `$id`, title and description first, then the root
/// schema's body and the definitions.
fn json_schema_document(
    kind: DocumentKind,
    dialect: Dialect,
    lang: Lang,
    root: Value,
    defs: Map<String, Value>,
) -> Value {
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

/// The map with its keys in order.
fn sorted(map: Map<String, Value>) -> Map<String, Value> {
    let mut entries: Vec<(String, Value)> = map.into_iter().collect();
    entries.sort_by(|a, b| a.0.cmp(&b.0));
    entries.into_iter().collect()
}
