//! The crate's rules that a JSON Schema can state, stated in the generated schemas.

use super::{Dialect, DocumentKind};
use serde_json::{json, Map, Value};

/// A JSON Schema pattern for a text that is not blank: at least one character that is not
/// white space. The crate's rules call a blank text empty (`TOV102`).
const NOT_BLANK: &str = "\\S";

/// `YYYY`, `YYYY-MM` or an existing `YYYY-MM-DD`, years 0001 to 9999: months 01–12, the days
/// each month has, 29 February in leap years only.
const DATE_PATTERN: &str = concat!(
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
pub(super) fn state_rules(kind: DocumentKind, name: &str, def: &mut Value, dialect: Dialect) {
    let Value::Object(map) = def else { return };
    field_rules(kind, name, map);
    match name {
        "Scope" => municipalities_not_blank(map),
        "TheoryOfValue" => {
            if let Some(Value::Object(ps)) = map.get_mut("properties") {
                for layer in ["outcomes", "outputs", "activities", "inputs"] {
                    if let Some(Value::Object(p)) = ps.get_mut(layer) {
                        at_least_one(p);
                    }
                }
            }
            require(
                map,
                &["impact", "outcomes", "outputs", "activities", "inputs"],
            );
        }
        "ScoreEntry" => unanswered_items(map, dialect),
        // At least one agreement (`TOV226`).
        "Funding" => required_list(map, "agreements"),
        "Output" => required_list(map, "contributions"),
        "Assessment" if dialect != Dialect::OpenApi3 => each_characteristic(map),
        _ => {}
    }
    // Conditions: OpenAPI 3.0 has no `if`/`then`; there they stay the crate's rules.
    if dialect != Dialect::OpenApi3 {
        conditions(name, map);
    }
}

/// The rules about one field of the definition `name`: texts and names that must not be
/// blank, the largest amount, shares without `multipleOf`, dates that exist.
fn field_rules(kind: DocumentKind, name: &str, map: &mut Map<String, Value>) {
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
}

/// The property `prop` of an object schema must not be blank.
fn not_blank(map: &mut Map<String, Value>, prop: &str) {
    if let Some(Value::Object(p)) = map.get_mut("properties").and_then(|ps| ps.get_mut(prop)) {
        p.insert("pattern".into(), NOT_BLANK.into());
    }
}

/// A scope's municipalities must not be blank.
fn municipalities_not_blank(map: &mut Map<String, Value>) {
    if let Some(Value::Object(m)) = map
        .get_mut("properties")
        .and_then(|ps| ps.get_mut("municipalities"))
        .and_then(|m| m.get_mut("items"))
    {
        m.insert("pattern".into(), NOT_BLANK.into());
    }
}

/// A list property that must hold at least one item: no default of `[]`.
fn at_least_one(list: &mut Map<String, Value>) {
    list.insert("minItems".into(), 1.into());
    list.remove("default");
}

/// The list property `prop` is required and holds at least one item.
fn required_list(map: &mut Map<String, Value>, prop: &str) {
    if let Some(Value::Object(p)) = map.get_mut("properties").and_then(|ps| ps.get_mut(prop)) {
        at_least_one(p);
    }
    require(map, &[prop]);
}

/// An unanswered item of a score is `null`, in its place in the instrument's order: the one
/// place where `null` carries meaning (docs/schema.md).
fn unanswered_items(map: &mut Map<String, Value>, dialect: Dialect) {
    let item = if dialect == Dialect::OpenApi3 {
        json!({ "type": "number", "nullable": true })
    } else {
        json!({ "type": ["number", "null"] })
    };
    if let Some(Value::Object(p)) = map.get_mut("properties").and_then(|ps| ps.get_mut("items")) {
        p.insert("items".into(), item);
    }
}

/// Each of the ten characteristics in an assessment (`TOV401`); that none is there twice
/// (`TOV402`) is beyond a schema.
fn each_characteristic(map: &mut Map<String, Value>) {
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

/// The rules that hold under a condition, as `if`/`then`: a local scope names its
/// organisation and area (`TOV120`), an element of your own its name (`TOV111`), an
/// instrument of your own its name and whether it counts or tells.
fn conditions(name: &str, map: &mut Map<String, Value>) {
    let (condition, then) = match name {
        "Scope" => (
            json!({ "properties": { "level": { "const": "local" } }, "required": ["level"] }),
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
        ),
        "Activity" | "Input" | "Reach" | "CareEntry" => (
            json!({ "properties": { "kind": { "const": "own" } }, "required": ["kind"] }),
            json!({ "required": ["label"], "properties": { "label": { "type": "object" } } }),
        ),
        "PlanLine" => (
            json!({ "properties": { "instrument": { "const": "own" } }, "required": ["instrument"] }),
            json!({
                "required": ["label", "kind"],
                "properties": { "label": { "type": "object" }, "kind": { "type": "string" } }
            }),
        ),
        _ => return,
    };
    map.insert("if".into(), condition);
    map.insert("then".into(), then);
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
