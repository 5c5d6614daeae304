//! The bundled example organisation: **fictional**, no real people. *Steunpunt Het Voorbeeld*
//! has a local ToV that refines the national one, with some additions of its own and some
//! honest gaps. It sorts its visitors into three personas — about 20 people as persona A, 80 as persona B and
//! 50 as persona C, as in the national report's Raalte example — and one neighbourhood
//! profile, with a census for 2025. It assessed itself against the ten characteristics in
//! 2025 and 2026, and has a measurement plan. Cost figures are marked as assumptions of the example,
//! except the crisis-admission cost, which carries its published source.

mod measurements;
mod overview;

pub use overview::overview;

use crate::assess::{Assessment, MeasurementPlan};
use crate::model::TheoryOfValue;
use crate::monitor::{AreaFigures, Measurements, MonitorReport, Stories};
use crate::value::{Census, Estimate, PersonaSet};
use std::sync::OnceLock;

/// The example local ToV as JSON text (`data/example/tov.json`).
///
/// ```
/// assert!(theory_of_value::example::LOCAL_TOV_JSON.contains("\"refines\": \"nvzh-tov\""));
/// ```
pub const LOCAL_TOV_JSON: &str = include_str!("../../data/example/tov.json");

/// The example organisation's local ToV, refining the national one.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let tov = theory_of_value::example::local_tov();
/// assert!(tov.validate().is_clean());
/// ```
pub fn local_tov() -> &'static TheoryOfValue {
    static TOV: OnceLock<TheoryOfValue> = OnceLock::new();
    TOV.get_or_init(|| {
        TheoryOfValue::from_json_str(LOCAL_TOV_JSON).expect("the example local ToV parses")
    })
}

/// The example persona set as JSON text (`data/example/personas.json`).
///
/// ```
/// assert!(theory_of_value::example::PERSONAS_JSON.contains("fictief"));
/// ```
pub const PERSONAS_JSON: &str = include_str!("../../data/example/personas.json");

/// The example census as JSON text (`data/example/census.json`).
///
/// ```
/// assert!(theory_of_value::example::CENSUS_JSON.contains("\"people\": 80"));
/// ```
pub const CENSUS_JSON: &str = include_str!("../../data/example/census.json");

/// The example persona set, on the outputs of the national ToV.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let set = theory_of_value::example::persona_set();
/// assert_eq!(set.personas.iter().map(|p| p.name.as_str()).collect::<Vec<_>>(), ["Anna", "Bram", "Chantal"]);
/// ```
pub fn persona_set() -> &'static PersonaSet {
    static SET: OnceLock<PersonaSet> = OnceLock::new();
    SET.get_or_init(|| {
        PersonaSet::from_json_str(PERSONAS_JSON).expect("the example persona set parses")
    })
}

/// The example census for 2025.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let c = theory_of_value::example::census();
/// assert_eq!(c.visitors.unique, Some(150));
/// ```
pub fn census() -> &'static Census {
    static CENSUS: OnceLock<Census> = OnceLock::new();
    CENSUS.get_or_init(|| Census::from_json_str(CENSUS_JSON).expect("the example census parses"))
}

/// The value estimate of the example census on the national ToV.
///
/// # Panics
/// Never: the example is checked by the crate's tests.
///
/// ```
/// let e = theory_of_value::example::estimate();
/// assert_eq!(e.care_lines.len(), 3);
/// ```
pub fn estimate() -> &'static Estimate {
    static ESTIMATE: OnceLock<Estimate> = OnceLock::new();
    ESTIMATE.get_or_init(|| {
        crate::value::estimate(crate::model::national(), persona_set(), census())
            .expect("the example estimate computes")
    })
}

/// The example organisation's funding agreements of 2025 as JSON text
/// (`data/example/funding.json`): fictional, marked as the example's assumption.
///
/// ```
/// assert!(theory_of_value::example::FUNDING_JSON.contains("\"funder_kind\": \"municipality\""));
/// ```
pub const FUNDING_JSON: &str = include_str!("../../data/example/funding.json");

/// The example organisation's funding agreements of 2025: a municipal Wmo subsidy, a regional
/// IZA-SPUK project, a fund and a subcontract with a mental-health provider, together the
/// year's costs.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// let f = theory_of_value::example::funding();
/// assert_eq!(f.totals()?.total, theory_of_value::example::census().costs);
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn funding() -> &'static crate::value::Funding {
    static FUNDING: OnceLock<crate::value::Funding> = OnceLock::new();
    FUNDING.get_or_init(|| {
        crate::value::Funding::from_json_str(FUNDING_JSON).expect("the example funding parses")
    })
}

/// Who funds the example organisation against who saves by it.
///
/// # Panics
/// Never: the example is checked by the crate's tests.
///
/// ```
/// use theory_of_value::value::Payer;
/// let w = theory_of_value::example::wrong_pocket();
/// assert_eq!(w.rows[0].payer, Payer::Insurer);
/// ```
pub fn wrong_pocket() -> &'static crate::value::WrongPocket {
    static W: OnceLock<crate::value::WrongPocket> = OnceLock::new();
    W.get_or_init(|| {
        crate::value::wrong_pocket(funding(), estimate()).expect("the example funding sums")
    })
}

/// The example organisation's self-assessment of 2025 as JSON text.
///
/// ```
/// assert!(theory_of_value::example::ASSESSMENT_2025_JSON.contains("2025-03"));
/// ```
pub const ASSESSMENT_2025_JSON: &str = include_str!("../../data/example/assessment-2025.json");

/// The example organisation's self-assessment of 2026 as JSON text.
///
/// ```
/// assert!(theory_of_value::example::ASSESSMENT_2026_JSON.contains("2026-03"));
/// ```
pub const ASSESSMENT_2026_JSON: &str = include_str!("../../data/example/assessment-2026.json");

/// The example organisation's measurement plan as JSON text.
///
/// ```
/// assert!(theory_of_value::example::MEASUREMENT_PLAN_JSON.contains("experience_stories"));
/// ```
pub const MEASUREMENT_PLAN_JSON: &str = include_str!("../../data/example/measurement-plan.json");

/// The self-assessment of 2025.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert!(theory_of_value::example::assessment_2025().validate().is_clean());
/// ```
pub fn assessment_2025() -> &'static Assessment {
    static A: OnceLock<Assessment> = OnceLock::new();
    A.get_or_init(|| {
        Assessment::from_json_str(ASSESSMENT_2025_JSON).expect("the example assessment parses")
    })
}

/// The self-assessment of 2026, with three craft concepts.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::assessment_2026().craft.len(), 3);
/// ```
pub fn assessment_2026() -> &'static Assessment {
    static A: OnceLock<Assessment> = OnceLock::new();
    A.get_or_init(|| {
        Assessment::from_json_str(ASSESSMENT_2026_JSON).expect("the example assessment parses")
    })
}

/// The measurement plan for the example's local ToV.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::measurement_plan().tov.as_str(), "tov-het-voorbeeld");
/// ```
pub fn measurement_plan() -> &'static MeasurementPlan {
    static P: OnceLock<MeasurementPlan> = OnceLock::new();
    P.get_or_init(|| {
        MeasurementPlan::from_json_str(MEASUREMENT_PLAN_JSON).expect("the example plan parses")
    })
}

/// The example organisation's documents for its report (`board`): its local ToV, persona
/// set, census, measurement plan and self-assessments of 2026 and 2025, against the national
/// ToV.
///
/// ```
/// use theory_of_value::{example, Lang};
/// use theory_of_value::board::{self, OnErrors};
/// let docs = example::report_documents();
/// assert!(docs.earlier_assessment.is_some());
/// let page = board::html(&docs, Lang::En, OnErrors::Refuse)?;
/// assert!(page.contains("€151,802.40"));
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn report_documents() -> crate::board::Documents<'static> {
    crate::board::Documents::new(local_tov())
        .with_personas(persona_set())
        .with_census(census())
        .with_measurement_plan(measurement_plan())
        .with_assessment(assessment_2026())
        .with_earlier_assessment(assessment_2025())
        .with_funding(funding())
        .with_monitor(monitor_report())
}

/// The example organisation's stories as JSON text (`data/example/stories.json`).
///
/// ```
/// assert!(theory_of_value::example::STORIES_JSON.contains("fictief voorbeeld"));
/// ```
pub const STORIES_JSON: &str = include_str!("../../data/example/stories.json");

/// The example organisation's area figures as JSON text (`data/example/area-figures.json`):
/// fictional figures, not from waarstaatjegemeente.nl.
///
/// ```
/// assert!(theory_of_value::example::AREA_FIGURES_JSON.contains("Fictief voorbeeldcijfer"));
/// ```
pub const AREA_FIGURES_JSON: &str = include_str!("../../data/example/area-figures.json");

/// The example organisation's stories for 2025: three fictional stories, one that may be
/// quoted publicly, one internally only, one not at all.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::stories().stories.len(), 3);
/// ```
pub fn stories() -> &'static Stories {
    static S: OnceLock<Stories> = OnceLock::new();
    S.get_or_init(|| Stories::from_json_str(STORIES_JSON).expect("the example stories parse"))
}

/// The example organisation's area figures: loneliness in Raalte, fictional.
///
/// # Panics
/// Never: the embedded text is checked by the crate's tests.
///
/// ```
/// assert_eq!(theory_of_value::example::area_figures().figures.len(), 3);
/// ```
pub fn area_figures() -> &'static AreaFigures {
    static A: OnceLock<AreaFigures> = OnceLock::new();
    A.get_or_init(|| {
        AreaFigures::from_json_str(AREA_FIGURES_JSON).expect("the example area figures parse")
    })
}

/// The example organisation's measurements for 2025: **generated, fictional**. 150
/// participants (`vb-001` to `vb-150`; 20 like persona A, 80 like B, 50 like C, as in the
/// census), measured in February and November with MANSA (items), NEL (total) and MPG (the
/// six dimensions); every fifteenth participant has only the first moment. Participant
/// `vb-001` is the worked example of docs/monitor.md. The standard deviations, MPG
/// reliabilities and the expected course of persona B are assumptions of this fictional
/// example, and say so.
///
/// ```
/// let m = theory_of_value::example::measurements();
/// assert_eq!(m.participants.len(), 150);
/// assert_eq!(m.participants[0].code, "vb-001");
/// ```
pub fn measurements() -> &'static Measurements {
    static M: OnceLock<Measurements> = OnceLock::new();
    M.get_or_init(measurements::generated_measurements)
}

/// The example organisation's monitor report for 2025: its measurements, stories, area
/// figures and persona estimate, suppressed below 5.
///
/// # Panics
/// Never: the example documents are checked by the crate's tests.
///
/// ```
/// let r = theory_of_value::example::monitor_report();
/// assert_eq!(r.organisations, ["Steunpunt Het Voorbeeld (fictief)"]);
/// ```
pub fn monitor_report() -> &'static MonitorReport {
    use crate::monitor::{instruments, monitor_report, MonitorInput};
    static R: OnceLock<MonitorReport> = OnceLock::new();
    R.get_or_init(|| {
        let all = instruments();
        let input = MonitorInput::new(local_tov(), &all, measurements())
            .with_stories(stories())
            .with_areas(area_figures())
            .with_estimate(estimate());
        monitor_report(&input).expect("the example monitor report")
    })
}
