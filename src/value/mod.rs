//! What an organisation is worth: personas and neighbourhood profiles ([`PersonaSet`]), the
//! census of its visitors ([`Census`]), money in integer cents ([`Money`], [`Share`]), and the
//! value [`estimate`] of added value and care costs avoided, every figure traceable to its
//! lines, split by who pays ([`Law`], [`Payer`]); the organisation's own [`Funding`], the
//! [`wrong_pocket`] view of who funds against who saves, and [`break_even`]. The rules for persona sets and censuses (`TOV2xx`) live here too.
//!
//! **May depend on:** [`base`](crate::base), [`read`](crate::read), [`model`](crate::model)
//! and the shared rule helpers of [`rules`](crate::rules).
//!
//! ```
//! use theory_of_value::value::{estimate, Money};
//! use theory_of_value::{example, national};
//!
//! let e = estimate(national(), example::persona_set(), example::census())?;
//! assert_eq!(e.gross, e.care_lines.iter().map(|l| l.gross).sum::<Money>());
//! # Ok::<(), theory_of_value::Report>(())
//! ```

pub(crate) mod census;
pub(crate) mod estimate;
pub(crate) mod funding;
pub(crate) mod money;
pub(crate) mod payer;
pub(crate) mod persona;
pub(crate) mod pocket;
pub(crate) mod rules;

pub use census::{
    Census, Definitions, FundingNeed, NeighbourhoodCount, Period, PersonaCount, Visitors,
    WEEKS_PER_YEAR,
};
pub use estimate::{
    estimate, CareLine, Estimate, LawTotal, OutputEstimate, PayerTotal, ValueLine, YearLine,
};
pub use funding::{
    break_even, funding_need, Accountability, Agreement, BreakEven, FunderKind, FunderKindTotal,
    FunderPayerTotal, Funding, FundingForm, FundingReference, FundingTerm, FundingTotals,
    MOVEMENT_FUNDING, NEED_PER_INHABITANT,
};
pub use money::{Money, Share, ShareError, BASIS_POINTS};
pub use payer::{CareFrame, CareKind, Law, Payer, LEGAL_FRAME_SOURCE};
pub use persona::{
    Adjustment, Adjustments, CareEntry, Duration, DurationError, NeighbourhoodProfile, Persona,
    PersonaSet, Strength, ValueEntry, VisitorKind, MAX_DURATION_YEARS,
};
pub use pocket::{percent, wrong_pocket, PocketRow, WrongPocket};
pub use rules::OBSERVED_COST_BAND;
