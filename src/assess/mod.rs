//! The measuring stick: a self-assessment on the ten characteristics and the craft
//! ([`Assessment`]), with its change since the last one, and a measurement plan that says how
//! each output will be counted or told ([`MeasurementPlan`], [`Instrument`]).
//!
//! **May depend on:** [`base`](crate::base), [`read`](crate::read), [`model`](crate::model)
//! and the shared rule helpers of [`rules`](crate::rules).
//!
//! ```
//! use theory_of_value::assess::AssessmentLevel;
//! use theory_of_value::example;
//!
//! let now = example::assessment_2026();
//! assert!(now.validate().is_clean());
//! assert!(AssessmentLevel::ALL.len() >= 4);
//! ```

pub(crate) mod assessment;
pub(crate) mod measurement_plan;

pub use assessment::{
    Assessment, AssessmentChange, AssessmentLevel, Assessor, AssessorRole, CharacteristicScore,
    CraftScore, GroupSummary, LevelChange,
};
pub use measurement_plan::{Instrument, MeasurementPlan, PlanLine};
