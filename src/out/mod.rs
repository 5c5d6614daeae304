//! What the crate writes for other tools and for people: JSON Schemas of every document kind
//! ([`schema()`]), pictures and reports ([`render`]) and the Common Impact Data Standard export
//! ([`cids`], and for the monitor [`cids_monitor`]).
//!
//! **May depend on:** every other part; nothing below it depends on `out`.
//!
//! ```
//! use theory_of_value::out::{render, schema, Dialect, DocumentKind};
//! use theory_of_value::{national, Lang};
//!
//! assert!(render::mermaid(national(), Lang::Nl).starts_with("flowchart"));
//! let s = schema(DocumentKind::TheoryOfValue, Dialect::Draft07, Lang::Nl);
//! assert_eq!(s["title"], "Theory of Value");
//! ```

pub mod cids;
pub mod cids_monitor;
pub mod render;
pub mod report;
pub(crate) mod schema;
pub(crate) mod ui;

pub use schema::{schema, schema_id, schema_path, Dialect, DocumentKind, UnknownName};
pub use ui::{ui_schema, ui_schema_path, UiLibrary};
