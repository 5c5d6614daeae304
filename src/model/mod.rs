//! The Theory of Value document: the chain ([`TheoryOfValue`], [`Impact`], [`Outcome`],
//! [`Output`], [`Activity`], [`Input`], [`Reach`]), its identifiers and dates, the embedded
//! catalogue (building blocks, other activities, inputs, the craft, the ten characteristics,
//! partner kinds), the national ToV ([`national`]) and the four ijkpunten ([`Ijkpunt`]).
//!
//! **May depend on:** [`base`](crate::base), and [`read`](crate::read) for strict reading of
//! its own values (IDs, dates).
//!
//! ```
//! use theory_of_value::model::{Layer, Level};
//!
//! let tov = theory_of_value::national();
//! assert_eq!(tov.outputs.iter().filter(|o| o.level == Level::Collective).count(), 7);
//! assert_eq!(Layer::Impact.question().nl, "Wat willen we bereiken in de samenleving?");
//! ```

pub(crate) mod catalogue;
pub(crate) mod catalogue_macro;
pub(crate) mod chain;
pub(crate) mod date;
pub(crate) mod document;
pub(crate) mod id;
pub(crate) mod ijkpunt;
pub(crate) mod ijkpunt_coverage;
pub(crate) mod national;
pub(crate) mod source;

pub use catalogue::{
    ActivityKind, BuildingBlock, Characteristic, CraftConcept, InputKind, PartnerKind,
    QuestionGroup, Term, UnknownId,
};
pub use chain::{
    Activity, ContributionKind, Impact, Input, Layer, Level, Measurement, MeasurementKind, Outcome,
    Output, Reach, ReachKind,
};
pub use date::{DateError, DocumentDate};
pub use document::{Author, AuthorKind, Choice, Partner, Scope, ScopeLevel, TheoryOfValue};
pub use id::{Id, IdError, MAX_ID_LEN};
pub use ijkpunt::Ijkpunt;
pub use ijkpunt_coverage::{ijkpunt_coverage, IjkpuntActivities, IjkpuntCoverage};
pub use national::{national, NATIONAL_JSON};
pub use source::SourceRef;
