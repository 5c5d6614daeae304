//! Area figures for the collective level: published figures per municipality or neighbourhood
//! (experienced mental health, loneliness, labour participation, care use), shown as a trend
//! beside the outputs they inform — never as the organisation's effect.

use crate::base::{Code, Label, Message, Report};
use crate::model::{Id, TheoryOfValue};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// What an area figure measures; the national report names these for the collective level.
///
/// ```
/// use theory_of_value::monitor::AreaIndicator;
/// assert_eq!(AreaIndicator::Loneliness.label().nl, "eenzaamheid");
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AreaIndicator {
    /// Experienced (mental) health.
    ExperiencedMentalHealth,
    /// Loneliness.
    Loneliness,
    /// Labour participation.
    LabourParticipation,
    /// Use of care (e.g. insurers' figures).
    CareUse,
}

impl AreaIndicator {
    /// Every indicator.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::AreaIndicator::ALL.len(), 4);
    /// ```
    pub const ALL: [AreaIndicator; 4] = [
        AreaIndicator::ExperiencedMentalHealth,
        AreaIndicator::Loneliness,
        AreaIndicator::LabourParticipation,
        AreaIndicator::CareUse,
    ];

    /// The indicator's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::AreaIndicator::CareUse.label().en, "care use");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            AreaIndicator::ExperiencedMentalHealth => {
                Label::new("ervaren psychische gezondheid", "experienced mental health")
            }
            AreaIndicator::Loneliness => Label::new("eenzaamheid", "loneliness"),
            AreaIndicator::LabourParticipation => {
                Label::new("arbeidsparticipatie", "labour participation")
            }
            AreaIndicator::CareUse => Label::new("zorggebruik", "care use"),
        }
    }
}

/// One published figure for one area and year.
///
/// ```
/// let f = &theory_of_value::example::area_figures().figures[0];
/// assert!(f.source.contains("Fictief"));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaFigure {
    /// The municipality.
    pub municipality: String,
    /// The neighbourhood, where the figure is for one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbourhood: Option<String>,
    /// What it measures.
    pub indicator: AreaIndicator,
    /// The year.
    pub year: i16,
    /// The value, in `unit`.
    pub value: f64,
    /// The unit, e.g. "% van de inwoners van 18 jaar en ouder".
    pub unit: String,
    /// Where the figure is published.
    pub source: String,
    /// The collective outputs (IDs in the ToV) the figure informs.
    pub outputs: Vec<Id>,
}

/// An organisation's area figures.
///
/// ```
/// use theory_of_value::example;
/// assert!(example::area_figures().validate_against(example::local_tov()).is_clean());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaFigures {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of this document.
    pub id: Id,
    /// The ToV (its `id`) whose outputs the figures inform.
    pub tov: Id,
    /// The figures.
    pub figures: Vec<AreaFigure>,
}

impl AreaFigures {
    /// Reads area figures from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError).
    ///
    /// ```
    /// let a = theory_of_value::monitor::AreaFigures::from_json_str(theory_of_value::example::AREA_FIGURES_JSON)?;
    /// assert!(!a.figures.is_empty());
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// Checks the figures against the ToV: every output exists (`TOV505`) and is collective
    /// (`TOV202`); one figure per area, indicator and year (`TOV513`); the source and area are
    /// not empty (`TOV102`); the ToV is the one named (`TOV210`).
    ///
    /// ```
    /// use theory_of_value::{example, Code};
    /// let mut a = example::area_figures().clone();
    /// a.figures.push(a.figures[0].clone());
    /// assert_eq!(a.validate_against(example::local_tov()).with_code(Code::DuplicateAreaFigure).count(), 1);
    /// ```
    pub fn validate_against(&self, tov: &TheoryOfValue) -> Report {
        let mut r = Report::new();
        crate::rules::common::other_tov(
            &mut r,
            &self.tov,
            tov,
            ("Deze cijfers horen", "worden"),
            ("These figures belong", "are"),
        );
        // Built once, so that checking many figures against many outputs stays linear.
        let mut outputs: HashMap<&str, &crate::model::Output> =
            HashMap::with_capacity(tov.outputs.len());
        for o in &tov.outputs {
            outputs.entry(o.id.as_str()).or_insert(o);
        }
        let names: Vec<&str> = tov.outputs.iter().map(|o| o.id.as_str()).collect();
        let mut hints = crate::read::suggest::Hints::new();
        // Area, indicator and year -> the first figure that gives them.
        let mut firsts: HashMap<(&str, Option<&str>, AreaIndicator, i16), usize> =
            HashMap::with_capacity(self.figures.len());
        for (i, f) in self.figures.iter().enumerate() {
            let at = format!("/figures/{i}");
            filled_in(&at, f, &mut r);
            let key = (
                f.municipality.as_str(),
                f.neighbourhood.as_deref(),
                f.indicator,
                f.year,
            );
            if let Some(&first) = firsts.get(&key) {
                r.push(
                    Code::DuplicateAreaFigure,
                    at.clone(),
                    Message::new(
                        format!(
                            "Dit gebied, deze indicator en dit jaar staan al bij /figures/{first}."
                        ),
                        format!(
                            "This area, indicator and year are already given at /figures/{first}."
                        ),
                    ),
                );
            } else {
                firsts.insert(key, i);
            }
            for (j, o) in f.outputs.iter().enumerate() {
                match outputs.get(o.as_str()) {
                    None => {
                        let (nl, en) = hints.hint(o.as_str(), &names);
                        r.push(
                            Code::UnknownStoryOutput,
                            format!("{at}/outputs/{j}"),
                            Message::new(
                                format!("ToV `{}` heeft geen output `{o}`.{nl}", tov.id),
                                format!("ToV `{}` has no output `{o}`.{en}", tov.id),
                            ),
                        );
                    }
                    Some(x) if x.level != crate::model::Level::Collective => {
                        r.push(
                            Code::OutputLevelMismatch,
                            format!("{at}/outputs/{j}"),
                            Message::new(
                                format!("Output `{o}` is individueel; gebiedscijfers horen bij collectieve outputs."),
                                format!("Output `{o}` is individual; area figures belong with collective outputs."),
                            ),
                        );
                    }
                    Some(_) => {}
                }
            }
        }
        r
    }
}

/// The area, source and unit of figure `f` at `at` are not blank (`TOV102`), and its value is
/// a number.
fn filled_in(at: &str, f: &AreaFigure, r: &mut Report) {
    for (field, s) in [
        ("municipality", f.municipality.as_str()),
        ("source", f.source.as_str()),
        ("unit", f.unit.as_str()),
    ] {
        if s.trim().is_empty() {
            crate::rules::common::blank(r, format!("{at}/{field}"));
        }
    }
    if !f.value.is_finite() {
        r.push(
            Code::ScoreOutsideScale,
            format!("{at}/value"),
            Message::new("Geen getal.", "Not a number."),
        );
    }
}
