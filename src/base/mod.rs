//! The vocabulary every part speaks: bilingual text and messages ([`Text`], [`Label`],
//! [`Message`], [`Lang`]), the stable codes of failures and findings ([`Code`], [`Severity`]),
//! and the report that carries findings ([`Report`], [`Finding`]).
//!
//! **May depend on:** nothing else in the crate. Every other part may use it.
//!
//! ```
//! use theory_of_value::base::{Code, Lang, Text};
//!
//! assert_eq!(Text::new("Inloop").get(Lang::En), "Inloop");
//! assert_eq!(Code::DuplicateId.as_str(), "TOV103");
//! ```

pub(crate) mod code;
pub mod escape;
pub(crate) mod findings;
pub(crate) mod labelled;
pub(crate) mod text;
pub(crate) mod validated;
pub(crate) mod write;

pub use code::{Code, Severity, UnknownCode};
pub use findings::{Finding, Report};
pub use labelled::{render_labelled, render_labelled_at_most};
pub use text::{counted, format_count, format_decimal, Label, Lang, Message, Text, UnknownLang};
pub use validated::{Validate, Validated};
