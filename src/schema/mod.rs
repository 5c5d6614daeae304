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

pub(crate) mod texts;
mod ui;

pub use ui::{ui_schema, ui_schema_path, UiLibrary};

use crate::base::{Label, Lang};
use serde_json::{json, Map, Value};
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
    use crate::assess::{Assessment, MeasurementPlan};
    use crate::base::Report;
    use crate::compare::Comparison;
    use crate::model::TheoryOfValue;
    use crate::monitor;
    use crate::value::{Census, Estimate, PersonaSet};
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
        DocumentKind::Funding => generator.into_root_schema_for::<crate::value::Funding>(),
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
    state_rules(kind, type_name, &mut root, dialect);
    for (name, def) in defs.iter_mut() {
        state_rules(kind, name, def, dialect);
    }
    form_first(&mut root, &mut defs, dialect);
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
    use crate::assess::{AssessmentLevel, AssessorRole, Instrument};
    use crate::base::{Code, Severity};
    use crate::model::{
        ActivityKind, AuthorKind, BuildingBlock, Characteristic, ContributionKind, CraftConcept,
        Ijkpunt, InputKind, Layer, Level, MeasurementKind, PartnerKind, QuestionGroup, ReachKind,
        ScopeLevel,
    };
    use crate::monitor;
    use crate::value::{CareKind, Strength, VisitorKind};
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
        "Law" => of(crate::value::Law::ALL, crate::value::Law::label),
        "Payer" => of(crate::value::Payer::ALL, crate::value::Payer::label),
        "FunderKind" => of(
            crate::value::FunderKind::ALL,
            crate::value::FunderKind::label,
        ),
        "FundingForm" => of(
            crate::value::FundingForm::ALL,
            crate::value::FundingForm::label,
        ),
        "FundingTerm" => of(
            crate::value::FundingTerm::ALL,
            crate::value::FundingTerm::label,
        ),
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

/// The catalogue's explanation of a vocabulary value, where the crate has one: the source's
/// description of a building block, the full wording of a characteristic.
fn value_description(vocabulary: &str, id: &str) -> Option<Label> {
    use crate::model::{ActivityKind, BuildingBlock, Characteristic};
    match vocabulary {
        "BuildingBlock" => id
            .parse::<BuildingBlock>()
            .ok()
            .map(BuildingBlock::description),
        "ActivityKind" => id
            .parse::<ActivityKind>()
            .ok()
            .and_then(ActivityKind::building_block)
            .map(BuildingBlock::description),
        "Characteristic" => id.parse::<Characteristic>().ok().map(Characteristic::label),
        _ => None,
    }
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
            .map(|(id, label)| {
                let mut value = match dialect {
                    Dialect::OpenApi3 => {
                        json!({ "type": "string", "enum": [id], "title": label.get(lang) })
                    }
                    _ => json!({ "const": id, "title": label.get(lang) }),
                };
                if let Some(d) = value_description(name, &id) {
                    value["description"] = d.get(lang).into();
                }
                value
            })
            .collect();
        *def = json!({ "type": "string", "oneOf": one_of });
    }
    clean(def, dialect);
    localise(name, def, lang);
}

/// A JSON Schema pattern for a text that is not blank: at least one character that is not
/// white space. The crate's rules call a blank text empty (`TOV102`).
const NOT_BLANK: &str = "\\S";

/// `YYYY`, `YYYY-MM` or an existing `YYYY-MM-DD`, years 0001 to 9999: months 01–12, the days
/// each month has, 29 February in leap years only.
pub(crate) const DATE_PATTERN: &str = concat!(
    "^(",
    // A year, or a month of a year.
    "([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)(-(0[1-9]|1[0-2]))?",
    "|",
    // A day that every year has.
    "([0-9]{3}[1-9]|[0-9]{2}[1-9]0|[0-9][1-9]00|[1-9]000)-",
    "((0[13578]|1[02])-(0[1-9]|[12][0-9]|3[01])|(0[469]|11)-(0[1-9]|[12][0-9]|30)|02-(0[1-9]|1[0-9]|2[0-8]))",
    "|",
    // 29 February of a leap year: divisible by 4 and not by 100, or by 400.
    "([0-9]{2}(0[48]|[2468][048]|[13579][26])|(0[48]|[2468][048]|[13579][26])00)-02-29",
    ")$"
);

/// States in the schema the crate's rules that a JSON Schema can state, so that a form shows
/// them and a validator in another language agrees with the crate: texts that must not be
/// blank (`TOV102`), layers that must not be empty (`TOV101`, `TOV114`), the organisation and
/// area of a local ToV (`TOV120`), the name of an element of your own (`TOV111`), dates that
/// exist (`TOV006`), and shares without a floating-point `multipleOf` (the four decimals stay
/// the crate's rule: `0.3` is not a multiple of `0.0001` in binary floating point).
fn state_rules(kind: DocumentKind, name: &str, def: &mut Value, dialect: Dialect) {
    let Value::Object(map) = def else { return };
    let not_blank = |map: &mut Map<String, Value>, prop: &str| {
        if let Some(Value::Object(p)) = map.get_mut("properties").and_then(|ps| ps.get_mut(prop)) {
            p.insert("pattern".into(), NOT_BLANK.into());
        }
    };
    // The kinds whose own checks find a blank text or source anywhere in the document.
    let texts_checked = matches!(
        kind,
        DocumentKind::TheoryOfValue
            | DocumentKind::PersonaSet
            | DocumentKind::Assessment
            | DocumentKind::MeasurementPlan
            | DocumentKind::Funding
    );
    match name {
        "Text" if texts_checked => {
            not_blank(map, "nl");
            not_blank(map, "en");
        }
        // Only a ToV's own checks look at its sources' documents.
        "SourceRef" if kind == DocumentKind::TheoryOfValue => not_blank(map, "document"),
        "Money" => {
            map.insert("maximum".into(), u64::MAX.into());
        }
        "TheoryOfValue" | "PersonaSet" => not_blank(map, "version"),
        "Author" | "Persona" | "NeighbourhoodProfile" | "Assessor" => not_blank(map, "name"),
        "Census" | "Assessment" | "Funding" => not_blank(map, "organisation"),
        "Agreement" => not_blank(map, "funder"),
        "Share" => {
            map.remove("multipleOf");
        }
        "DocumentDate" => {
            map.insert("pattern".into(), DATE_PATTERN.into());
        }
        _ => {}
    }
    if name == "Scope" {
        if let Some(Value::Object(m)) = map
            .get_mut("properties")
            .and_then(|ps| ps.get_mut("municipalities"))
            .and_then(|m| m.get_mut("items"))
        {
            m.insert("pattern".into(), NOT_BLANK.into());
        }
    }
    if name == "TheoryOfValue" {
        if let Some(Value::Object(ps)) = map.get_mut("properties") {
            for layer in ["outcomes", "outputs", "activities", "inputs"] {
                if let Some(Value::Object(p)) = ps.get_mut(layer) {
                    p.insert("minItems".into(), 1.into());
                    p.remove("default");
                }
            }
        }
        require(
            map,
            &["impact", "outcomes", "outputs", "activities", "inputs"],
        );
    }
    if name == "ScoreEntry" {
        // An unanswered item is `null`, in its place in the instrument's order: the one place
        // where `null` carries meaning (docs/schema.md).
        let item = if dialect == Dialect::OpenApi3 {
            json!({ "type": "number", "nullable": true })
        } else {
            json!({ "type": ["number", "null"] })
        };
        if let Some(Value::Object(p)) = map.get_mut("properties").and_then(|ps| ps.get_mut("items"))
        {
            p.insert("items".into(), item);
        }
    }
    if name == "Funding" {
        // At least one agreement (`TOV226`).
        if let Some(Value::Object(p)) = map
            .get_mut("properties")
            .and_then(|ps| ps.get_mut("agreements"))
        {
            p.insert("minItems".into(), 1.into());
            p.remove("default");
        }
        require(map, &["agreements"]);
    }
    if name == "Output" {
        if let Some(Value::Object(p)) = map
            .get_mut("properties")
            .and_then(|ps| ps.get_mut("contributions"))
        {
            p.insert("minItems".into(), 1.into());
            p.remove("default");
        }
        require(map, &["contributions"]);
    }
    if name == "Assessment" && dialect != Dialect::OpenApi3 {
        // Each of the ten characteristics (`TOV401`); that none is there twice (`TOV402`) is
        // beyond a schema.
        let each: Vec<Value> = crate::model::Characteristic::ALL
            .iter()
            .map(|c| {
                json!({ "contains": {
                    "type": "object",
                    "properties": { "characteristic": { "const": c.id() } },
                    "required": ["characteristic"]
                } })
            })
            .collect();
        if let Some(Value::Object(p)) = map
            .get_mut("properties")
            .and_then(|ps| ps.get_mut("characteristics"))
        {
            p.insert("minItems".into(), each.len().into());
            p.insert("allOf".into(), each.into());
            p.remove("default");
        }
        require(map, &["characteristics"]);
    }
    // Conditions: OpenAPI 3.0 has no `if`/`then`; there they stay the crate's rules.
    if dialect == Dialect::OpenApi3 {
        return;
    }
    match name {
        "Scope" => {
            map.insert(
                "if".into(),
                json!({ "properties": { "level": { "const": "local" } }, "required": ["level"] }),
            );
            map.insert(
                "then".into(),
                json!({
                    "required": ["organisation"],
                    "properties": { "organisation": { "type": "string", "pattern": NOT_BLANK } },
                    "anyOf": [
                        {
                            "required": ["municipalities"],
                            "properties": { "municipalities": { "type": "array", "minItems": 1 } }
                        },
                        {
                            "required": ["region"],
                            "properties": { "region": { "type": "string", "pattern": NOT_BLANK } }
                        }
                    ]
                }),
            );
        }
        "Activity" | "Input" | "Reach" | "CareEntry" => {
            map.insert(
                "if".into(),
                json!({ "properties": { "kind": { "const": "own" } }, "required": ["kind"] }),
            );
            map.insert(
                "then".into(),
                json!({ "required": ["label"], "properties": { "label": { "type": "object" } } }),
            );
        }
        "PlanLine" => {
            // An instrument of your own needs a name and whether it counts or tells.
            map.insert(
                "if".into(),
                json!({ "properties": { "instrument": { "const": "own" } }, "required": ["instrument"] }),
            );
            map.insert(
                "then".into(),
                json!({
                    "required": ["label", "kind"],
                    "properties": { "label": { "type": "object" }, "kind": { "type": "string" } }
                }),
            );
        }
        _ => {}
    }
}

/// Adds `names` to an object schema's `required`, in the order of its properties.
fn require(map: &mut Map<String, Value>, names: &[&str]) {
    let order: Vec<String> = map
        .get("properties")
        .and_then(Value::as_object)
        .map(|p| p.keys().cloned().collect())
        .unwrap_or_default();
    let mut required: Vec<String> = map
        .get("required")
        .and_then(Value::as_array)
        .map(|r| {
            r.iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect()
        })
        .unwrap_or_default();
    for name in names {
        if !required.iter().any(|r| r == name) {
            required.push((*name).to_owned());
        }
    }
    required.sort_by_key(|r| order.iter().position(|o| o == r));
    map.insert("required".into(), required.into());
}

/// Reshapes a schema for form builders: small definitions (identifiers, dates, vocabularies,
/// texts, sources, amounts, shares) are written out at each use, with the property's own title
/// and description next to `type`; a `$ref` to what stays a definition has no siblings except
/// in 2020-12, where they are allowed; no `allOf` wrappers; no defaults.
fn form_first(root: &mut Value, defs: &mut Map<String, Value>, dialect: Dialect) {
    let inline: Map<String, Value> = defs
        .iter()
        .filter(|(name, def)| {
            def.get("properties").is_none()
                || matches!(name.as_str(), "Text" | "SourceRef" | "Message")
        })
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    // The inlined definitions hold no `$ref`s themselves, so one pass suffices.
    debug_assert!(inline.values().all(|d| !d.to_string().contains("\"$ref\"")));
    defs.retain(|name, _| !inline.contains_key(name));
    reshape(root, &inline, dialect);
    for def in defs.values_mut() {
        reshape(def, &inline, dialect);
    }
}

fn reshape(v: &mut Value, inline: &Map<String, Value>, dialect: Dialect) {
    match v {
        Value::Object(map) => {
            // A default only repeats what an absent field means (`[]`, `false`, `null`); a form
            // or Ajv's `useDefaults` would write it into a document the crate writes without it.
            // (A property named `default` would have a schema, an object, as its value.)
            if map
                .get("default")
                .is_some_and(|d| d.as_object().is_none_or(Map::is_empty))
            {
                map.remove("default");
            }
            // `allOf: [{$ref}]` with siblings: the reference itself.
            if let Some(Value::Array(all)) = map.get("allOf") {
                if all.len() == 1 && all[0].get("$ref").is_some() {
                    let only = all[0].clone();
                    map.remove("allOf");
                    if let Value::Object(r) = only {
                        map.extend(r);
                    }
                }
            }
            if let Some(Value::String(r)) = map.get("$ref").cloned() {
                let name = r.rsplit('/').next().unwrap_or_default();
                map.remove("$ref");
                match inline.get(name) {
                    Some(Value::Object(def)) => {
                        // The definition, with the property's own title, description and
                        // default in place of the definition's.
                        let own: Map<String, Value> = std::mem::take(map);
                        map.extend(def.clone());
                        map.extend(own);
                    }
                    _ => {
                        if dialect != Dialect::Draft2020_12 {
                            map.clear();
                        }
                        map.insert("$ref".into(), r.into());
                    }
                }
            }
            for (_, child) in map.iter_mut() {
                reshape(child, inline, dialect);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|i| reshape(i, inline, dialect)),
        _ => {}
    }
}

/// Removes what a strict validator or form renderer would trip over: `null` alternatives of
/// optional fields (the canonical form never contains `null`), non-standard `format`s such as
/// `uint64`, and OpenAPI's `nullable`.
fn clean(v: &mut Value, dialect: Dialect) {
    match v {
        Value::Object(map) => {
            if let Some(Value::String(f)) = map.get("format") {
                if !matches!(f.as_str(), "date" | "date-time" | "email" | "uri") {
                    // The range of a Rust integer type is stated; its name is not a format.
                    let range: Option<(i128, i128)> = match f.as_str() {
                        "uint8" => Some((0, u8::MAX.into())),
                        "uint16" => Some((0, u16::MAX.into())),
                        "uint32" | "uint" => Some((0, u32::MAX.into())),
                        "uint64" => Some((0, u64::MAX.into())),
                        "int8" => Some((i8::MIN.into(), i8::MAX.into())),
                        "int16" => Some((i16::MIN.into(), i16::MAX.into())),
                        "int32" | "int" => Some((i32::MIN.into(), i32::MAX.into())),
                        "int64" => Some((i64::MIN.into(), i64::MAX.into())),
                        _ => None,
                    };
                    if let Some((min, max)) = range {
                        let tighter =
                            |key: &str, bound: i128, keep: fn(i128, i128) -> bool| match map
                                .get(key)
                                .and_then(Value::as_f64)
                            {
                                Some(existing) if keep(existing as i128, bound) => None,
                                _ => Some((key.to_owned(), bound)),
                            };
                        let updates: Vec<(String, i128)> = [
                            tighter("minimum", min, |e, b| e >= b),
                            tighter("maximum", max, |e, b| e <= b),
                        ]
                        .into_iter()
                        .flatten()
                        .collect();
                        for (key, bound) in updates {
                            let n = match (u64::try_from(bound), i64::try_from(bound)) {
                                (Ok(u), _) => Value::from(u),
                                (_, Ok(i)) => Value::from(i),
                                _ => continue,
                            };
                            map.insert(key, n);
                        }
                    }
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
            let null_alternative = |s: &Value| {
                s.get("type") == Some(&Value::from("null")) || s.get("enum") == Some(&json!([null]))
            };
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
