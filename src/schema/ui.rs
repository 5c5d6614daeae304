//! UI schemas for form libraries: a JSON Forms UI schema and a react-jsonschema-form
//! `uiSchema` for every document kind and language, derived from the JSON Schema so that
//! every property has its place.

use super::{schema, Dialect, DocumentKind, UnknownName};
use crate::base::{Label, Lang};
use serde_json::{json, Map, Value};
use std::fmt;

/// The form library a UI schema is for.
///
/// ```
/// use theory_of_value::schema::UiLibrary;
/// assert_eq!("rjsf".parse::<UiLibrary>()?, UiLibrary::Rjsf);
/// assert_eq!(UiLibrary::JsonForms.id(), "jsonforms");
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum UiLibrary {
    /// JSON Forms (`@jsonforms/react` with the vanilla or material renderers): a layout of
    /// groups and controls.
    JsonForms,
    /// react-jsonschema-form (`@rjsf/core`): a `uiSchema` of order, widgets and options.
    Rjsf,
}

impl UiLibrary {
    /// Every library.
    ///
    /// ```
    /// assert_eq!(theory_of_value::schema::UiLibrary::ALL.len(), 2);
    /// ```
    pub const ALL: [UiLibrary; 2] = [UiLibrary::JsonForms, UiLibrary::Rjsf];

    /// The library's ID: `jsonforms` or `rjsf`.
    ///
    /// ```
    /// assert_eq!(theory_of_value::schema::UiLibrary::Rjsf.id(), "rjsf");
    /// ```
    pub const fn id(self) -> &'static str {
        match self {
            UiLibrary::JsonForms => "jsonforms",
            UiLibrary::Rjsf => "rjsf",
        }
    }
}

impl fmt::Display for UiLibrary {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

impl std::str::FromStr for UiLibrary {
    type Err = UnknownName;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        UiLibrary::ALL
            .iter()
            .copied()
            .find(|l| l.id() == s)
            .ok_or_else(|| UnknownName {
                what: "form library",
                name: s.to_owned(),
                expected: UiLibrary::ALL.map(|l| l.id()).join(", "),
            })
    }
}

/// The path a committed UI schema has under `schemas/`: `ui/{library}/{lang}/{kind}.uischema.json`.
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::schema::{ui_schema_path, DocumentKind, UiLibrary};
/// assert_eq!(
///     ui_schema_path(DocumentKind::Census, UiLibrary::JsonForms, Lang::En),
///     "ui/jsonforms/en/census.uischema.json"
/// );
/// ```
pub fn ui_schema_path(kind: DocumentKind, library: UiLibrary, lang: Lang) -> String {
    format!("ui/{library}/{lang}/{kind}.uischema.json")
}

/// The heading of the group of a document's own fields (its identifier, title, date, …).
const GENERAL: Label = Label::new("Algemeen", "General");
/// The label of the submit button.
const SUBMIT: Label = Label::new("Opslaan", "Save");

/// Generates the UI schema of `kind` for `library`, with headings in `lang`.
///
/// It fits the schemas of every JSON Schema dialect (their `properties` are the same): the
/// document's own fields first, in a group, then each part of the document in the model's
/// order — for a ToV the layers from impact via outcome, output and activities to input —
/// each in a group with its heading.
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::schema::{ui_schema, DocumentKind, UiLibrary};
/// let ui = ui_schema(DocumentKind::TheoryOfValue, UiLibrary::JsonForms, Lang::Nl);
/// assert_eq!(ui["type"], "VerticalLayout");
/// let headings: Vec<&str> = ui["elements"]
///     .as_array()
///     .unwrap()
///     .iter()
///     .filter_map(|g| g["label"].as_str())
///     .collect();
/// let at = |h: &str| headings.iter().position(|x| *x == h).unwrap();
/// assert!(at("Impact") < at("Outcome") && at("Outcome") < at("Output"));
/// assert!(at("Output") < at("Activiteiten") && at("Activiteiten") < at("Input"));
///
/// let rjsf = ui_schema(DocumentKind::TheoryOfValue, UiLibrary::Rjsf, Lang::En);
/// assert_eq!(rjsf["ui:order"][0], "$schema");
/// assert_eq!(rjsf["ui:submitButtonOptions"]["submitText"], "Save");
/// ```
pub fn ui_schema(kind: DocumentKind, library: UiLibrary, lang: Lang) -> Value {
    let root = schema(kind, Dialect::Draft2020_12, lang);
    let form = Form { root: &root, lang };
    match library {
        UiLibrary::JsonForms => form.jsonforms(),
        UiLibrary::Rjsf => form.rjsf(),
    }
}

struct Form<'a> {
    root: &'a Value,
    lang: Lang,
}

/// What a property holds, as far as a form is concerned.
enum Shape<'a> {
    /// A value one input shows: text, number, yes/no, a choice.
    Leaf,
    /// An object with properties of its own.
    Object(&'a Map<String, Value>),
    /// A list.
    List(&'a Value),
}

impl<'a> Form<'a> {
    /// Follows a `$ref` into `$defs`.
    fn resolve(&self, s: &'a Value) -> &'a Value {
        match s.get("$ref").and_then(Value::as_str) {
            Some(r) => {
                let name = r.rsplit('/').next().unwrap_or_default();
                &self.root["$defs"][name]
            }
            None => s,
        }
    }

    fn shape(&self, s: &'a Value) -> Shape<'a> {
        let s = self.resolve(s);
        if let Some(props) = s.get("properties").and_then(Value::as_object) {
            return Shape::Object(props);
        }
        if s.get("type") == Some(&Value::from("array")) {
            return Shape::List(s.get("items").unwrap_or(&Value::Null));
        }
        Shape::Leaf
    }

    /// A property's title: its own, or that of the definition it refers to.
    fn title(&self, s: &Value) -> String {
        s.get("title")
            .or_else(|| self.resolve(s).get("title"))
            .and_then(Value::as_str)
            .unwrap_or_default()
            .to_owned()
    }

    fn jsonforms(&self) -> Value {
        let props = self.root["properties"]
            .as_object()
            .cloned()
            .unwrap_or_default();
        let mut general = Vec::new();
        let mut parts = Vec::new();
        // `$schema` tells editors which schema a file follows; a form keeps it as it is.
        for (name, s) in props.iter().filter(|(n, _)| *n != "$schema") {
            let scope = format!("#/properties/{}", pointer_token(name));
            match self.shape(s) {
                Shape::Leaf => general.push(json!({ "type": "Control", "scope": scope })),
                Shape::Object(inner) if is_text(inner) => {
                    general.push(self.jsonforms_group(&self.title(s), &scope, inner));
                }
                Shape::Object(inner) => {
                    parts.push(self.jsonforms_group(&self.title(s), &scope, inner))
                }
                Shape::List(items) => parts.push(json!({
                    "type": "Group",
                    "label": self.title(s),
                    "elements": [self.jsonforms_list(&scope, items)]
                })),
            }
        }
        let mut elements = vec![json!({
            "type": "Group",
            "label": GENERAL.get(self.lang),
            "elements": general
        })];
        elements.extend(parts);
        json!({ "type": "VerticalLayout", "elements": elements })
    }

    /// A group with a control (or a nested group) for each property of an object.
    fn jsonforms_group(&self, label: &str, scope: &str, props: &Map<String, Value>) -> Value {
        json!({
            "type": "Group",
            "label": label,
            "elements": self.jsonforms_controls(scope, props)
        })
    }

    fn jsonforms_controls(&self, scope: &str, props: &Map<String, Value>) -> Vec<Value> {
        props
            .iter()
            .map(|(name, s)| {
                let scope = format!("{scope}/properties/{}", pointer_token(name));
                match self.shape(s) {
                    Shape::Leaf => json!({ "type": "Control", "scope": scope }),
                    Shape::Object(inner) => self.jsonforms_group(&self.title(s), &scope, inner),
                    Shape::List(items) => self.jsonforms_list(&scope, items),
                }
            })
            .collect()
    }

    /// A list control; a list of objects shows each item with its own layout.
    fn jsonforms_list(&self, scope: &str, items: &'a Value) -> Value {
        match self.shape(items) {
            Shape::Object(inner) => json!({
                "type": "Control",
                "scope": scope,
                "options": {
                    "detail": {
                        "type": "VerticalLayout",
                        "elements": self.jsonforms_controls("#", inner)
                    }
                }
            }),
            _ => json!({ "type": "Control", "scope": scope }),
        }
    }

    fn rjsf(&self) -> Value {
        let mut ui = self.rjsf_object(self.root);
        ui.insert(
            "ui:submitButtonOptions".into(),
            json!({ "submitText": SUBMIT.get(self.lang) }),
        );
        // `$schema` tells editors which schema a file follows; a form keeps it as it is.
        if self.root["properties"].get("$schema").is_some() {
            ui.insert("$schema".into(), json!({ "ui:widget": "hidden" }));
        }
        Value::Object(ui)
    }

    /// The `uiSchema` of an object: the order of its properties, and each property's own.
    fn rjsf_object(&self, s: &'a Value) -> Map<String, Value> {
        let mut ui = Map::new();
        let Shape::Object(props) = self.shape(s) else {
            return ui;
        };
        ui.insert(
            "ui:order".into(),
            props.keys().cloned().map(Value::from).collect(),
        );
        for (name, p) in props {
            let child = self.rjsf_property(name, p);
            if !child.is_empty() {
                ui.insert(name.clone(), Value::Object(child));
            }
        }
        ui
    }

    fn rjsf_property(&self, name: &str, s: &'a Value) -> Map<String, Value> {
        match self.shape(s) {
            Shape::Leaf => Map::new(),
            Shape::Object(props) if is_text(props) => {
                // Statements and descriptions are sentences; names and titles are a line.
                let mut ui = self.rjsf_object(s);
                if !matches!(name, "title" | "label" | "name" | "role") {
                    for lang in ["nl", "en"] {
                        ui.insert(lang.into(), json!({ "ui:widget": "textarea" }));
                    }
                }
                ui
            }
            Shape::Object(_) => self.rjsf_object(s),
            Shape::List(items) => {
                let mut ui = Map::new();
                let item = self.rjsf_property(name, items);
                if !item.is_empty() {
                    ui.insert("items".into(), Value::Object(item));
                }
                ui.insert("ui:options".into(), json!({ "orderable": false }));
                ui
            }
        }
    }
}

/// A bilingual text: `nl` and an optional `en`.
fn is_text(props: &Map<String, Value>) -> bool {
    props.len() == 2 && props.contains_key("nl") && props.contains_key("en")
}

/// A property name as a JSON Pointer token (RFC 6901).
fn pointer_token(name: &str) -> String {
    name.replace('~', "~0").replace('/', "~1")
}
