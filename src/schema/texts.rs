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
pub(crate) static TEXTS: &[(&str, &str, Entry)] = &include!("texts_table.rs");
