//! The monitor — *tellen en vertellen*, counting and telling: what was measured, and how it
//! is reported per output without exposing anyone.
//!
//! - [`InstrumentDefinition`]: the structure of a questionnaire (items, scale, scores, how
//!   they are computed, reliability) and the outputs each score can evidence; the embedded
//!   [`mansa`], [`nel`] and [`mpg`] carry their structure only, with their publications as
//!   source, never item texts.
//! - [`Measurements`]: per organisation and period, pseudonymous participants with their
//!   measurement moments and item or score values, optionally linked to a persona.
//! - Classification of change per participant and output with the reliable change index
//!   (Jacobson & Truax, 1991): [`rci`], [`classify`], [`combine`], [`classify_participants`].
//!   "Slower decline" only where an expected course without the organisation is given
//!   ([`Expectation`]), never from two points alone.
//! - [`Stories`] ("vertellen") with consent, and [`AreaFigures`] for the collective level.
//! - [`monitor_report`]: the [`MonitorReport`] per organisation and period, with 95% Wilson
//!   intervals ([`wilson`]) and suppression below a [`Threshold`] (default 5, never below 3);
//!   [`aggregate`] combines reports movement-wide.
//! - Privacy by construction: [`personal_data`] spots e-mail addresses, phone numbers, full
//!   dates and citizen service numbers (the BSN eleven-test, [`passes_eleven_test`]).
//!
//! The rule codes are `TOV5xx`. How a report is computed, with worked examples checked by
//! hand, follows below (docs/monitor.md).
//!
//! **May depend on:** [`base`](crate::base), [`read`](crate::read), [`model`](crate::model),
//! the shared rule helpers of [`rules`](crate::rules), and [`value`](crate::value) for the
//! persona estimate.
//!
//! ```
//! use theory_of_value::{example, monitor::{instruments, monitor_report, MonitorInput}};
//!
//! let all = instruments();
//! let input = MonitorInput::new(example::local_tov(), &all, example::measurements())
//!     .with_stories(example::stories())
//!     .with_areas(example::area_figures())
//!     .with_estimate(example::estimate());
//! assert!(!input.validate().has_errors());
//! let report = monitor_report(&input)?;
//! assert_eq!(report.outputs.len(), example::local_tov().outputs.len());
//! # Ok::<(), theory_of_value::Report>(())
//! ```

//!
#![doc = include_str!("../../docs/monitor.md")]

pub(crate) mod aggregate;
pub(crate) mod area;
pub(crate) mod change;
pub(crate) mod instrument;
pub(crate) mod measurement;
pub(crate) mod privacy;
pub(crate) mod report;
pub(crate) mod story;

pub use aggregate::aggregate;
pub use area::{AreaFigure, AreaFigures, AreaIndicator};
pub use change::{classify, combine, rci, s_diff, wilson, Change, RCI_CRITICAL, Z95};
pub use instrument::{
    instruments, mansa, mpg, nel, Direction, InstrumentDefinition, Parameter, Scale,
    ScoreDefinition, ScoringMethod, MANSA_JSON, MPG_JSON, NEL_JSON,
};
pub use measurement::{
    score_from_items, Expectation, Measurements, Moment, Participant, ScoreEntry, ScoreParameters,
};
pub use privacy::{
    passes_eleven_test, personal_data, suppress, PersonalData, ShownCount, Threshold,
    ThresholdError,
};
pub use report::{
    classify_participants, monitor_report, AreaPoint, AreaTrend, ChangeCount, ExpectedCount,
    Interval, MonitorInput, MonitorReport, OutputMonitor, ParticipantChange, Quote, StoryLine,
};
pub use story::{Consent, Stories, Story, StoryOutput};
