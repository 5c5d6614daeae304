//! The shape of the generated schemas: vocabularies as titled values, small definitions
//! written out where they are used, no `null` alternatives or non-standard formats, and titles
//! and descriptions in one language.

use super::texts;
use super::vocabulary::{value_description, vocabulary};
use super::Dialect;
use crate::base::Lang;
use serde_json::{json, Map, Value};

/// A definition as the crate's schemas give it: a vocabulary as `oneOf` its values with their
/// titles, without what a strict validator would trip over, in `lang`.
pub(super) fn transform_definition(name: &str, def: &mut Value, dialect: Dialect, lang: Lang) {
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

/// Reshapes a schema for form builders: small definitions (identifiers, dates, vocabularies,
/// texts, sources, amounts, shares) are written out at each use, with the property's own title
/// and description next to `type`; a `$ref` to what stays a definition has no siblings except
/// in 2020-12, where they are allowed; no `allOf` wrappers; no defaults.
pub(super) fn form_first(root: &mut Value, defs: &mut Map<String, Value>, dialect: Dialect) {
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
                    if let Some(range) = integer_range(f) {
                        state_range(map, range);
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
            drop_null_alternative(map, dialect);
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

/// The smallest and largest value of the Rust integer type schemars names as `format`.
fn integer_range(format: &str) -> Option<(i128, i128)> {
    match format {
        "uint8" => Some((0, u8::MAX.into())),
        "uint16" => Some((0, u16::MAX.into())),
        "uint32" | "uint" => Some((0, u32::MAX.into())),
        "uint64" => Some((0, u64::MAX.into())),
        "int8" => Some((i8::MIN.into(), i8::MAX.into())),
        "int16" => Some((i16::MIN.into(), i16::MAX.into())),
        "int32" | "int" => Some((i32::MIN.into(), i32::MAX.into())),
        "int64" => Some((i64::MIN.into(), i64::MAX.into())),
        _ => None,
    }
}

/// States `min..=max` as `minimum` and `maximum`, keeping a bound the schema already has where
/// it is as tight.
fn state_range(map: &mut Map<String, Value>, (min, max): (i128, i128)) {
    let tighter = |key: &str, bound: i128, keep: fn(i128, i128) -> bool| match map
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

/// An optional field's `anyOf` of its schema and `null`: its schema alone (a `$ref` wrapped in
/// `allOf` where a `$ref` may have no siblings).
fn drop_null_alternative(map: &mut Map<String, Value>, dialect: Dialect) {
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
