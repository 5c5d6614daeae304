//! The documents a report is made of, what to do when they have errors, and their checks.

use crate::assess::{Assessment, MeasurementPlan};
use crate::base::{Label, Lang, Report, Severity};
use crate::model::{national, TheoryOfValue};
use crate::value::{Census, Funding, PersonaSet};

/// The documents a report is made of: the organisation's ToV (required) and, where present,
/// its persona set, census, measurement plan and self-assessments, and the reference ToV it
/// is compared with (the national one by default).
///
/// The struct grows as the report learns to show more (the monitor report, funding): build it
/// with [`Documents::new`] and the `with_…` methods.
///
/// ```
/// use theory_of_value::{example, model::national};
/// use theory_of_value::board::Documents;
/// let docs = Documents::new(example::local_tov()).with_census(example::census());
/// assert_eq!(docs.reference.id, national().id);
/// assert!(docs.personas.is_none());
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Documents<'a> {
    /// The organisation's Theory of Value.
    pub tov: &'a TheoryOfValue,
    /// The ToV it is compared with; the national one by default.
    pub reference: &'a TheoryOfValue,
    /// Its persona set, for the value estimate.
    pub personas: Option<&'a PersonaSet>,
    /// Its census, for the value estimate.
    pub census: Option<&'a Census>,
    /// Its measurement plan.
    pub measurement_plan: Option<&'a MeasurementPlan>,
    /// Its latest self-assessment on the ten characteristics and the craft.
    pub assessment: Option<&'a Assessment>,
    /// An earlier self-assessment, to show the change.
    pub earlier_assessment: Option<&'a Assessment>,
    /// Its funding agreements, for the funding picture and the wrong-pocket table.
    pub funding: Option<&'a Funding>,
    /// Its monitor report: what was measured per output (tellen en vertellen).
    pub monitor: Option<&'a crate::monitor::MonitorReport>,
}

impl<'a> Documents<'a> {
    /// The documents of an organisation that has only its ToV, compared with the national ToV.
    ///
    /// ```
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(theory_of_value::model::national());
    /// assert!(docs.census.is_none());
    /// ```
    pub fn new(tov: &'a TheoryOfValue) -> Self {
        Documents {
            tov,
            reference: national(),
            personas: None,
            census: None,
            measurement_plan: None,
            assessment: None,
            earlier_assessment: None,
            funding: None,
            monitor: None,
        }
    }

    /// With another reference ToV than the national one.
    ///
    /// ```
    /// use theory_of_value::{example, model::national};
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_reference(national());
    /// assert_eq!(docs.reference.id.as_str(), "nvzh-tov");
    /// ```
    pub fn with_reference(mut self, reference: &'a TheoryOfValue) -> Self {
        self.reference = reference;
        self
    }

    /// With a persona set.
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_personas(example::persona_set());
    /// assert!(docs.personas.is_some());
    /// ```
    pub fn with_personas(mut self, set: &'a PersonaSet) -> Self {
        self.personas = Some(set);
        self
    }

    /// With a census.
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_census(example::census());
    /// assert!(docs.census.is_some());
    /// ```
    pub fn with_census(mut self, census: &'a Census) -> Self {
        self.census = Some(census);
        self
    }

    /// With a measurement plan.
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_measurement_plan(example::measurement_plan());
    /// assert!(docs.measurement_plan.is_some());
    /// ```
    pub fn with_measurement_plan(mut self, plan: &'a MeasurementPlan) -> Self {
        self.measurement_plan = Some(plan);
        self
    }

    /// With the latest self-assessment.
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_assessment(example::assessment_2026());
    /// assert!(docs.assessment.is_some());
    /// ```
    pub fn with_assessment(mut self, assessment: &'a Assessment) -> Self {
        self.assessment = Some(assessment);
        self
    }

    /// With an earlier self-assessment, to show the change since then.
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_earlier_assessment(example::assessment_2025());
    /// assert!(docs.earlier_assessment.is_some());
    /// ```
    pub fn with_earlier_assessment(mut self, assessment: &'a Assessment) -> Self {
        self.earlier_assessment = Some(assessment);
        self
    }

    /// With the organisation's funding agreements.
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_funding(example::funding());
    /// assert!(docs.funding.is_some());
    /// ```
    pub fn with_funding(mut self, funding: &'a Funding) -> Self {
        self.funding = Some(funding);
        self
    }

    /// With the organisation's monitor report (`monitor::monitor_report`).
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_monitor(example::monitor_report());
    /// assert!(docs.monitor.is_some());
    /// ```
    pub fn with_monitor(mut self, report: &'a crate::monitor::MonitorReport) -> Self {
        self.monitor = Some(report);
        self
    }

    /// The ToV the persona set is written on: the organisation's own, or the reference ToV
    /// when the persona set names that one (as the example's does, on the national outputs).
    ///
    /// ```
    /// use theory_of_value::example;
    /// use theory_of_value::board::Documents;
    /// let docs = Documents::new(example::local_tov()).with_personas(example::persona_set());
    /// assert_eq!(docs.estimate_tov().id.as_str(), "nvzh-tov");
    /// ```
    pub fn estimate_tov(&self) -> &'a TheoryOfValue {
        match self.personas {
            Some(set) if set.tov != self.tov.id && set.tov == self.reference.id => self.reference,
            _ => self.tov,
        }
    }
}

/// What to do when a document has errors.
///
/// ```
/// use theory_of_value::board::OnErrors;
/// assert_ne!(OnErrors::Refuse, OnErrors::Show);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OnErrors {
    /// Write no report: [`html`](super::html) returns [`Refused`].
    Refuse,
    /// Write the report anyway, with the errors on its first page.
    Show,
}

/// The validation of one document of a report.
///
/// ```
/// use theory_of_value::board::{checks, Documents};
/// let all = checks(&theory_of_value::example::report_documents());
/// assert_eq!(all[0].document.en, "Theory of Value");
/// assert!(all.iter().all(|c| !c.report.has_errors()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentCheck {
    /// What kind of document, or which check across documents.
    pub document: Label,
    /// The document's identifier, or the two identifiers a check across documents relates.
    pub id: String,
    /// The findings.
    pub report: Report,
}

/// The report was not written because documents have errors; the checks say which.
///
/// ```
/// use theory_of_value::base::Lang;
/// use theory_of_value::model::{national, TheoryOfValue};
/// use theory_of_value::board::{self, Documents, OnErrors};
/// let mut tov: TheoryOfValue = national().clone();
/// tov.outputs.clear();
/// let refused = board::html(&Documents::new(&tov), Lang::En, OnErrors::Refuse).unwrap_err();
/// assert!(refused.error_count() > 0);
/// assert!(refused.to_string().contains("TOV101"));
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Refused {
    /// Every check of every document, the ones with errors among them.
    pub checks: Vec<DocumentCheck>,
}

impl Refused {
    /// The number of errors over all documents.
    ///
    /// ```
    /// use theory_of_value::board::{Refused};
    /// assert_eq!(Refused { checks: Vec::new() }.error_count(), 0);
    /// ```
    pub fn error_count(&self) -> usize {
        self.checks.iter().map(|c| c.report.error_count()).sum()
    }

    /// The errors, one per line, in `lang`, each prefixed with its document.
    ///
    /// ```
    /// use theory_of_value::base::Lang;
    /// use theory_of_value::board::Refused;
    /// assert_eq!(Refused { checks: Vec::new() }.render(Lang::Nl), "");
    /// ```
    pub fn render(&self, lang: Lang) -> String {
        let mut out = String::new();
        for c in &self.checks {
            for f in c
                .report
                .findings
                .iter()
                .filter(|f| f.severity == Severity::Error)
            {
                out.push_str(&format!(
                    "{} {}: {}\n",
                    c.document.get(lang),
                    c.id,
                    f.render(lang)
                ));
            }
        }
        out
    }
}

impl std::fmt::Display for Refused {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "the report was not written: the documents have {} error(s)\n{}",
            self.error_count(),
            self.render(Lang::En).trim_end()
        )
    }
}

impl std::error::Error for Refused {}
