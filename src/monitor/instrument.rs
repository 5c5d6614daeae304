//! Instrument definitions: the structure of a questionnaire (items, scale, scores and how they
//! are computed), the reliability figures the reliable change index needs, and which outputs
//! each score can evidence. Never item texts: those are not ours to publish.

use crate::base::{Code, Message, Report, Text};
use crate::model::{national, Id, SourceRef, TheoryOfValue};
use crate::rules::common::check_texts;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

/// Which end of a scale is the better one.
///
/// ```
/// use theory_of_value::monitor::Direction;
/// assert_eq!(Direction::default(), Direction::HigherIsBetter);
/// assert_eq!(Direction::LowerIsBetter.orient(2.0), -2.0);
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// A higher score is better (quality of life, empowerment).
    #[default]
    HigherIsBetter,
    /// A lower score is better (complaints, loneliness).
    LowerIsBetter,
}

impl Direction {
    /// A change turned so that a positive number is always better.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Direction::HigherIsBetter.orient(1.5), 1.5);
    /// ```
    pub fn orient(self, change: f64) -> f64 {
        match self {
            Direction::HigherIsBetter => change,
            Direction::LowerIsBetter => -change,
        }
    }

    /// The direction's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Direction::LowerIsBetter.label().nl, "lager is beter");
    /// ```
    pub const fn label(self) -> crate::base::Label {
        match self {
            Direction::HigherIsBetter => {
                crate::base::Label::new("hoger is beter", "higher is better")
            }
            Direction::LowerIsBetter => {
                crate::base::Label::new("lager is beter", "lower is better")
            }
        }
    }
}

/// The range of an item or a score, and which end is better.
///
/// ```
/// use theory_of_value::monitor::Scale;
/// let s = Scale::new(1.0, 7.0);
/// assert!(s.contains(7.0) && !s.contains(0.0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Scale {
    /// The lowest possible value.
    pub min: f64,
    /// The highest possible value.
    pub max: f64,
    /// Which end is better; higher unless stated.
    #[serde(default, skip_serializing_if = "is_default_direction")]
    pub direction: Direction,
}

fn is_default_direction(d: &Direction) -> bool {
    *d == Direction::HigherIsBetter
}

impl Scale {
    /// A scale from `min` to `max` where higher is better.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Scale::new(0.0, 10.0).max, 10.0);
    /// ```
    pub const fn new(min: f64, max: f64) -> Self {
        Scale {
            min,
            max,
            direction: Direction::HigherIsBetter,
        }
    }

    /// Whether `x` lies on the scale (ends included).
    ///
    /// ```
    /// assert!(theory_of_value::monitor::Scale::new(1.0, 5.0).contains(3.5));
    /// ```
    pub fn contains(&self, x: f64) -> bool {
        x.is_finite() && x >= self.min && x <= self.max
    }
}

/// How a score is computed from its items.
///
/// ```
/// use theory_of_value::monitor::ScoringMethod;
/// assert_eq!(ScoringMethod::Mean.label().en, "mean of the items");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum ScoringMethod {
    /// The mean of the answered items.
    Mean,
    /// The sum of the items; with missing items allowed, the sum of the answered items times
    /// the number of items divided by the number answered (prorated).
    Sum,
}

impl ScoringMethod {
    /// The method's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::ScoringMethod::Sum.label().nl, "som van de items");
    /// ```
    pub const fn label(self) -> crate::base::Label {
        match self {
            ScoringMethod::Mean => {
                crate::base::Label::new("gemiddelde van de items", "mean of the items")
            }
            ScoringMethod::Sum => crate::base::Label::new("som van de items", "sum of the items"),
        }
    }
}

/// A published figure with its source: a reliability coefficient or a norm standard deviation.
///
/// ```
/// use theory_of_value::monitor::Parameter;
/// use theory_of_value::model::SourceRef;
/// let p = Parameter { value: 0.74, source: SourceRef::new("Priebe e.a. (1999)", "Results") };
/// assert_eq!(p.value, 0.74);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Parameter {
    /// The figure.
    pub value: f64,
    /// Where it comes from; for a figure of your own, say that it is an assumption.
    pub source: SourceRef,
}

/// One score of an instrument: the total or a subscale.
///
/// ```
/// let mansa = theory_of_value::monitor::mansa();
/// let mean = mansa.score("satisfaction").unwrap();
/// assert_eq!(mansa.item_numbers(mean).len(), 12);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ScoreDefinition {
    /// Identifier of the score within the instrument.
    pub id: Id,
    /// Its name.
    pub name: Text,
    /// The items it is computed from, numbered from 1; empty when the items are not known (the
    /// score is then entered as a value).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<u16>,
    /// How it is computed from its items; absent when not known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub method: Option<ScoringMethod>,
    /// How many of its items may be missing for the score still to be computed; 0 unless
    /// stated (the crate's conservative choice where the publication says nothing).
    #[serde(default, skip_serializing_if = "is_zero")]
    pub max_missing: u16,
    /// The range of the score, where it is not the item scale (e.g. for a sum).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// Reliability (e.g. Cronbach's alpha or test-retest), for the reliable change index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reliability: Option<Parameter>,
    /// Standard deviation of the score in a norm or reference group, for the reliable change
    /// index.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sd: Option<Parameter>,
    /// The outputs (IDs, of the national ToV or of the ToV it is used with) the score can
    /// evidence.
    #[serde(default)]
    pub outputs: Vec<Id>,
}

fn is_zero(n: &u16) -> bool {
    *n == 0
}

/// An instrument definition: the structure of a questionnaire, never its item texts.
///
/// ```
/// use theory_of_value::monitor::{mansa, InstrumentDefinition};
/// let m: &InstrumentDefinition = mansa();
/// assert_eq!(m.items, Some(12));
/// assert!(m.validate_against(theory_of_value::national()).is_clean());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct InstrumentDefinition {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// Identifier of the instrument, used by measurements.
    pub id: Id,
    /// Its name.
    pub name: Text,
    /// The publications that describe it.
    pub sources: Vec<SourceRef>,
    /// The number of items scored, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub items: Option<u16>,
    /// The scale of every item, where known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    /// The scores: the total and the subscales.
    pub scores: Vec<ScoreDefinition>,
    /// What the definition leaves out and why.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<Text>,
}

impl InstrumentDefinition {
    /// Reads an instrument definition from JSON text.
    ///
    /// # Errors
    /// [`ParseError`](crate::ParseError).
    ///
    /// ```
    /// let m = theory_of_value::monitor::InstrumentDefinition::from_json_str(theory_of_value::monitor::MANSA_JSON)?;
    /// assert_eq!(m.id.as_str(), "mansa");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn from_json_str(text: &str) -> Result<Self, crate::read::ParseError> {
        crate::read::from_json_str(text)
    }

    /// The score with this ID.
    ///
    /// ```
    /// assert!(theory_of_value::monitor::nel().score("total").is_some());
    /// ```
    pub fn score(&self, id: &str) -> Option<&ScoreDefinition> {
        self.scores.iter().find(|s| s.id.as_str() == id)
    }

    /// The range a score's values must lie in: its own scale; for a mean, the item scale;
    /// for a sum, the item scale times the number of items. `None` when not known.
    ///
    /// ```
    /// let m = theory_of_value::monitor::mansa();
    /// assert_eq!(m.score_scale(m.score("satisfaction").unwrap()).map(|s| s.max), Some(7.0));
    /// ```
    pub fn score_scale(&self, score: &ScoreDefinition) -> Option<Scale> {
        if let Some(s) = score.scale {
            return Some(s);
        }
        let item = self.scale?;
        match score.method? {
            ScoringMethod::Mean => Some(item),
            ScoringMethod::Sum => {
                let n = f64::from(self.item_numbers(score).len() as u16);
                Some(Scale {
                    min: item.min * n,
                    max: item.max * n,
                    direction: item.direction,
                })
            }
        }
    }

    /// The item numbers a score is computed from: its own list, or every item.
    ///
    /// ```
    /// let m = theory_of_value::monitor::mansa();
    /// assert_eq!(m.item_numbers(m.score("satisfaction").unwrap()).len(), 12);
    /// ```
    pub fn item_numbers(&self, score: &ScoreDefinition) -> Vec<u16> {
        if score.items.is_empty() {
            (1..=self.items.unwrap_or(0)).collect()
        } else {
            score.items.clone()
        }
    }

    /// The direction of a score: that of its scale, or of the item scale.
    ///
    /// ```
    /// use theory_of_value::monitor::{mansa, Direction};
    /// let m = mansa();
    /// assert_eq!(m.direction(m.score("satisfaction").unwrap()), Direction::HigherIsBetter);
    /// ```
    pub fn direction(&self, score: &ScoreDefinition) -> Direction {
        score
            .scale
            .or(self.scale)
            .map(|s| s.direction)
            .unwrap_or_default()
    }

    /// Checks the definition: scales run from low to high, item numbers exist, reliability
    /// lies between 0 and 1 and a standard deviation is positive (`TOV515`), every output a
    /// score evidences exists in `tov`, is refined by one of its outputs, or is an output of
    /// the national ToV (`TOV506`), empty texts and avoided words (`TOV102`, `TOV118`).
    ///
    /// ```
    /// use theory_of_value::{national, Code};
    /// let mut m = theory_of_value::monitor::mansa().clone();
    /// m.scores[0].outputs.push("op-nope".parse()?);
    /// assert_eq!(m.validate_against(national()).with_code(Code::UnknownInstrumentOutput).count(), 1);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn validate_against(&self, tov: &TheoryOfValue) -> Report {
        let mut r = Report::new();
        let mut texts = vec![("/name".to_owned(), &self.name)];
        if let Some(n) = &self.notes {
            texts.push(("/notes".to_owned(), n));
        }
        if let Some(s) = &self.scale {
            if !runs_low_to_high(s) {
                inconsistent(
                    &mut r,
                    "/scale".into(),
                    "De schaal loopt niet van laag naar hoog.",
                    "The scale does not run from low to high.",
                );
            }
        }
        let known: Vec<&str> = known_outputs(tov);
        let mut hints = crate::read::suggest::Hints::new();
        for (i, s) in self.scores.iter().enumerate() {
            let at = format!("/scores/{i}");
            texts.push((format!("{at}/name"), &s.name));
            self.check_score(&at, s, &mut r);
            for (j, o) in s.outputs.iter().enumerate() {
                // `known` is sorted and without repeats.
                if known.binary_search(&o.as_str()).is_err() {
                    let (nl, en) = hints.hint(o.as_str(), &known);
                    r.push(
                        Code::UnknownInstrumentOutput,
                        format!("{at}/outputs/{j}"),
                        Message::new(
                            format!("Output `{o}` bestaat niet in ToV `{}` of de landelijke ToV.{nl}", tov.id),
                            format!("Output `{o}` exists neither in ToV `{}` nor in the national ToV.{en}", tov.id),
                        ),
                    );
                }
            }
        }
        check_texts(texts, &mut r);
        r
    }

    /// Score `s` at `at` (`TOV515`): its scale runs from low to high, its items exist, its
    /// reliability lies between 0 and 1, its standard deviation is positive, and a score with a
    /// method has items.
    fn check_score(&self, at: &str, s: &ScoreDefinition, r: &mut Report) {
        if let Some(sc) = &s.scale {
            if !runs_low_to_high(sc) {
                inconsistent(
                    r,
                    format!("{at}/scale"),
                    "De schaal loopt niet van laag naar hoog.",
                    "The scale does not run from low to high.",
                );
            }
        }
        for (j, n) in s.items.iter().enumerate() {
            if *n == 0 || self.items.is_none_or(|total| *n > total) {
                inconsistent(
                    r,
                    format!("{at}/items/{j}"),
                    &format!(
                        "Item {n} bestaat niet: het instrument heeft {} items.",
                        self.items
                            .map_or("geen bekende".to_owned(), |t| t.to_string())
                    ),
                    &format!(
                        "Item {n} does not exist: the instrument has {} items.",
                        self.items.map_or("no known".to_owned(), |t| t.to_string())
                    ),
                );
            }
        }
        if let Some(p) = &s.reliability {
            if !(p.value > 0.0 && p.value < 1.0) {
                inconsistent(
                    r,
                    format!("{at}/reliability/value"),
                    "Een betrouwbaarheid ligt tussen 0 en 1.",
                    "A reliability lies between 0 and 1.",
                );
            }
        }
        if let Some(p) = &s.sd {
            if !(p.value.is_finite() && p.value > 0.0) {
                inconsistent(
                    r,
                    format!("{at}/sd/value"),
                    "Een standaarddeviatie is groter dan 0.",
                    "A standard deviation is greater than 0.",
                );
            }
        }
        if s.method.is_some() && self.item_numbers(s).is_empty() {
            inconsistent(
                r,
                format!("{at}/method"),
                "Een score met een rekenwijze heeft items nodig.",
                "A score with a method needs items.",
            );
        }
    }
}

/// Whether a scale runs from a low number to a higher one.
fn runs_low_to_high(s: &Scale) -> bool {
    s.min.is_finite() && s.max.is_finite() && s.min < s.max
}

/// `TOV515` at `path`, with its Dutch and English message.
fn inconsistent(r: &mut Report, path: String, nl: &str, en: &str) {
    r.push(Code::InconsistentInstrument, path, Message::new(nl, en));
}

/// The output IDs an instrument may name when used with `tov`.
pub(crate) fn known_outputs(tov: &TheoryOfValue) -> Vec<&str> {
    let mut v: Vec<&str> = Vec::new();
    for o in &tov.outputs {
        v.push(o.id.as_str());
        v.extend(o.refines.iter().map(Id::as_str));
    }
    v.extend(national().outputs.iter().map(|o| o.id.as_str()));
    v.sort_unstable();
    v.dedup();
    v
}

/// The embedded MANSA definition as JSON text (`data/instruments/mansa.json`).
///
/// ```
/// assert!(theory_of_value::monitor::MANSA_JSON.contains("Priebe"));
/// ```
pub const MANSA_JSON: &str = include_str!("../../data/instruments/mansa.json");
/// The embedded NEL definition as JSON text (`data/instruments/nel.json`).
///
/// ```
/// assert!(theory_of_value::monitor::NEL_JSON.contains("Boevink"));
/// ```
pub const NEL_JSON: &str = include_str!("../../data/instruments/nel.json");
/// The embedded MPG definition as JSON text (`data/instruments/mpg.json`).
///
/// ```
/// assert!(theory_of_value::monitor::MPG_JSON.contains("Huber"));
/// ```
pub const MPG_JSON: &str = include_str!("../../data/instruments/mpg.json");

macro_rules! embedded {
    ($(#[$doc:meta])* $name:ident, $json:ident) => {
        $(#[$doc])*
        ///
        /// # Panics
        /// Never: the embedded text is checked by the crate's tests.
        pub fn $name() -> &'static InstrumentDefinition {
            static DEF: OnceLock<InstrumentDefinition> = OnceLock::new();
            DEF.get_or_init(|| {
                InstrumentDefinition::from_json_str($json).expect("an embedded instrument parses")
            })
        }
    };
}

embedded!(
    /// The Manchester Short Assessment of Quality of Life (Priebe, Huxley, Knight & Evans,
    /// 1999): twelve satisfaction items on a scale of 1 to 7, scored as their mean, with the
    /// published Cronbach's alpha of 0.74. No norm standard deviation is given.
    ///
    /// ```
    /// let m = theory_of_value::monitor::mansa();
    /// assert_eq!(m.score("satisfaction").unwrap().reliability.as_ref().unwrap().value, 0.74);
    /// assert!(m.score("satisfaction").unwrap().sd.is_none());
    /// ```
    mansa,
    MANSA_JSON
);
embedded!(
    /// The Nederlandse Empowerment Lijst (Boevink, Kroon, Delespaul & Van Os, 2017): 40 items
    /// in six subscales, Cronbach's alpha 0.94 for the whole list. Which item belongs to which
    /// subscale, and how the scores are computed, are not embedded: they are not in the
    /// sources this crate could check.
    ///
    /// ```
    /// let n = theory_of_value::monitor::nel();
    /// assert_eq!(n.items, Some(40));
    /// assert_eq!(n.scores.len(), 7);
    /// ```
    nel,
    NEL_JSON
);
embedded!(
    /// Mijn Positieve Gezondheid (after Huber e.a., 2011 and 2016): six dimensions, each
    /// scored 0 to 10. The number of items and reliability figures are not embedded.
    ///
    /// ```
    /// let m = theory_of_value::monitor::mpg();
    /// assert_eq!(m.scores.len(), 6);
    /// assert!(m.items.is_none());
    /// ```
    mpg,
    MPG_JSON
);

/// The three embedded instrument definitions: MANSA, NEL and MPG.
///
/// ```
/// assert_eq!(theory_of_value::monitor::instruments().len(), 3);
/// ```
pub fn instruments() -> [&'static InstrumentDefinition; 3] {
    [mansa(), nel(), mpg()]
}
