//! Where a piece of content comes from.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Cow;

/// Where a piece of content comes from: a document and, optionally, its section.
///
/// ```
/// use theory_of_value::model::SourceRef;
/// const S: SourceRef = SourceRef::new("Jaarverslag 2024", "Bereik");
/// assert_eq!(S.section.as_deref(), Some("Bereik"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct SourceRef {
    /// The document: author, year, title.
    pub document: Cow<'static, str>,
    /// The section within the document.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub section: Option<Cow<'static, str>>,
}

impl SourceRef {
    /// A source reference to a section of a document.
    ///
    /// ```
    /// let s = theory_of_value::model::SourceRef::new("Rapport", "Hoofdstuk 2");
    /// assert_eq!(s.document, "Rapport");
    /// ```
    pub const fn new(document: &'static str, section: &'static str) -> Self {
        SourceRef {
            document: Cow::Borrowed(document),
            section: Some(Cow::Borrowed(section)),
        }
    }
}
