//! The monitor report per organisation and period (the movement-wide aggregate of many
//! reports is in `aggregate`). A report holds counts and shares, never raw measurements, and
//! is suppressed by construction: what it holds is what may be published.

use crate::base::{Report, Text};
use crate::model::{ContributionKind, Id, Level, Output, TheoryOfValue};
use crate::monitor::area::{AreaFigure, AreaFigures, AreaIndicator};
use crate::monitor::change::{classify, combine, wilson, Change};
use crate::monitor::instrument::{Direction, InstrumentDefinition};
use crate::monitor::measurement::{Catalogue, Computed, Measurements};
use crate::monitor::privacy::{suppress, ShownCount, Threshold};
use crate::monitor::story::{Stories, Story};
use crate::value::{Estimate, Period};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// A share with its 95% Wilson interval.
///
/// ```
/// use theory_of_value::monitor::Interval;
/// let i = Interval::of(12, 20).unwrap();
/// assert_eq!(i.share, 0.6);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Interval {
    /// The share, from 0 to 1.
    pub share: f64,
    /// Lower bound of the 95% Wilson interval.
    pub low: f64,
    /// Upper bound of the 95% Wilson interval.
    pub high: f64,
}

impl Interval {
    /// `x` of `n` with its interval; `None` when `n` is 0.
    ///
    /// ```
    /// assert!(theory_of_value::monitor::Interval::of(1, 0).is_none());
    /// ```
    pub fn of(x: u64, n: u64) -> Option<Self> {
        let (low, high) = wilson(x, n)?;
        Some(Interval {
            share: x as f64 / n as f64,
            low,
            high,
        })
    }
}

/// The number of participants in one class of change on one output.
///
/// ```
/// let o = &theory_of_value::example::monitor_report().outputs[0];
/// assert_eq!(o.changes.len(), 5);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ChangeCount {
    /// The class.
    pub change: Change,
    /// How many participants.
    pub count: ShownCount,
    /// Its share of those measured on the output, with the 95% interval; only where both
    /// counts are shown.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub share: Option<Interval>,
}

/// The persona estimate beside the measurement: how many people the organisation expected in
/// each contribution kind on the output.
///
/// ```
/// let o = theory_of_value::example::monitor_report().outputs.iter().find(|o| !o.expected.is_empty()).unwrap();
/// assert!(o.expected.iter().any(|e| e.people > 0));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ExpectedCount {
    /// The contribution kind.
    pub contribution: ContributionKind,
    /// People expected, from the census and persona set.
    pub people: u64,
}

/// A story that evidences an output. Its text is only present with public consent.
///
/// ```
/// let r = theory_of_value::example::monitor_report();
/// assert!(r.outputs.iter().any(|o| !o.stories.is_empty()));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct StoryLine {
    /// The story's ID.
    pub story: Id,
    /// The contribution kind it tells of.
    pub contribution: ContributionKind,
    /// What the organisation meant; only with public consent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<Text>,
}

/// A quote that may be shown: the person's own words, with public consent.
///
/// ```
/// let r = theory_of_value::example::monitor_report();
/// assert!(r.outputs.iter().flat_map(|o| &o.quotes).count() > 0);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// The story's ID.
    pub story: Id,
    /// The words.
    pub words: Text,
}

/// One point of an area trend.
///
/// ```
/// let p = theory_of_value::monitor::AreaPoint { year: 2024, value: 43.0 };
/// assert_eq!(p.year, 2024);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaPoint {
    /// The year.
    pub year: i16,
    /// The value.
    pub value: f64,
}

/// An area figure over the years, beside a collective output; no claim of attribution.
///
/// ```
/// let r = theory_of_value::example::monitor_report();
/// let t = r.outputs.iter().flat_map(|o| &o.areas).next().unwrap();
/// assert!(t.points.windows(2).all(|w| w[0].year < w[1].year));
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct AreaTrend {
    /// The municipality.
    pub municipality: String,
    /// The neighbourhood, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub neighbourhood: Option<String>,
    /// What is measured.
    pub indicator: AreaIndicator,
    /// The unit.
    pub unit: String,
    /// Where it is published.
    pub source: String,
    /// The values by year.
    pub points: Vec<AreaPoint>,
}

/// What was measured on one output.
///
/// ```
/// let o = &theory_of_value::example::monitor_report().outputs[0];
/// assert!(o.measured.count().is_some());
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutputMonitor {
    /// The output (ID in the ToV; in a movement-wide report, the national ID it refines).
    pub output: Id,
    /// The reference outputs it refines.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub refines: Vec<Id>,
    /// Individual or collective.
    pub level: Level,
    /// The output's statement.
    pub statement: Text,
    /// Participants with at least one score that evidences the output.
    pub measured: ShownCount,
    /// Those participants by class of change, in a fixed order (improvement, stabilisation,
    /// slower decline, decline, not classifiable); they add up to `measured`.
    pub changes: Vec<ChangeCount>,
    /// The persona estimate: people expected per contribution kind.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub expected: Vec<ExpectedCount>,
    /// Stories that evidence the output.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub stories: Vec<StoryLine>,
    /// Quotes that may be shown.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    /// Area trends the output is shown beside.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub areas: Vec<AreaTrend>,
}

impl OutputMonitor {
    /// The count of one class.
    ///
    /// ```
    /// use theory_of_value::monitor::Change;
    /// let o = &theory_of_value::example::monitor_report().outputs[0];
    /// assert!(o.count(Change::Improvement).is_some());
    /// ```
    pub fn count(&self, change: Change) -> Option<ShownCount> {
        self.changes
            .iter()
            .find(|c| c.change == change)
            .map(|c| c.count)
    }

    /// The share of people the persona estimate expected in a contribution kind.
    ///
    /// ```
    /// use theory_of_value::model::ContributionKind;
    /// let r = theory_of_value::example::monitor_report();
    /// let o = r.outputs.iter().find(|o| !o.expected.is_empty()).unwrap();
    /// let total: f64 = ContributionKind::ALL.iter().filter_map(|k| o.expected_share(*k)).sum();
    /// assert!((total - 1.0).abs() < 1e-9);
    /// ```
    pub fn expected_share(&self, kind: ContributionKind) -> Option<f64> {
        let total: u64 = self.expected.iter().map(|e| e.people).sum();
        let this = self
            .expected
            .iter()
            .find(|e| e.contribution == kind)?
            .people;
        (total > 0).then(|| this as f64 / total as f64)
    }
}

/// The monitor report: per output, what was measured, by class of change with 95% intervals,
/// beside the persona estimate, with stories, public quotes and area trends. Counts below the
/// threshold are suppressed, and so is whatever would let one work them out.
///
/// ```
/// let r = theory_of_value::example::monitor_report();
/// assert_eq!(r.organisations.len(), 1);
/// assert_eq!(r.threshold.get(), 5);
/// ```
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct MonitorReport {
    /// The JSON Schema this document claims to follow (for editors; not interpreted).
    #[serde(rename = "$schema", default, skip_serializing_if = "Option::is_none")]
    pub schema: Option<String>,
    /// The ToV whose outputs are reported (in a movement-wide report, the national ToV).
    pub tov: Id,
    /// The organisations whose measurements it reports.
    pub organisations: Vec<String>,
    /// The period.
    pub period: Period,
    /// The suppression threshold.
    pub threshold: Threshold,
    /// Per output.
    pub outputs: Vec<OutputMonitor>,
}

/// What goes into a monitor report.
///
/// ```
/// use theory_of_value::monitor::{instruments, monitor_report, MonitorInput};
/// use theory_of_value::example;
/// let all = instruments();
/// let input = MonitorInput::new(example::local_tov(), &all, example::measurements());
/// let r = monitor_report(&input)?;
/// assert!(r.outputs.iter().all(|o| o.stories.is_empty()));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct MonitorInput<'a> {
    /// The organisation's ToV.
    pub tov: &'a TheoryOfValue,
    /// The instrument definitions the measurements use.
    pub instruments: &'a [&'a InstrumentDefinition],
    /// The measurements.
    pub measurements: &'a Measurements,
    /// Stories, if any.
    pub stories: Option<&'a Stories>,
    /// Area figures, if any.
    pub areas: Option<&'a AreaFigures>,
    /// The persona estimate, if any (on the national ToV or the organisation's).
    pub estimate: Option<&'a Estimate>,
    /// The suppression threshold.
    pub threshold: Threshold,
}

impl<'a> MonitorInput<'a> {
    /// Measurements only, with the default threshold.
    ///
    /// ```
    /// use theory_of_value::monitor::{instruments, MonitorInput};
    /// let all = instruments();
    /// let i = MonitorInput::new(theory_of_value::example::local_tov(), &all, theory_of_value::example::measurements());
    /// assert!(i.stories.is_none());
    /// ```
    pub fn new(
        tov: &'a TheoryOfValue,
        instruments: &'a [&'a InstrumentDefinition],
        measurements: &'a Measurements,
    ) -> Self {
        MonitorInput {
            tov,
            instruments,
            measurements,
            stories: None,
            areas: None,
            estimate: None,
            threshold: Threshold::default(),
        }
    }

    /// With stories.
    ///
    /// ```
    /// use theory_of_value::{example, monitor::{instruments, MonitorInput}};
    /// let all = instruments();
    /// let i = MonitorInput::new(example::local_tov(), &all, example::measurements()).with_stories(example::stories());
    /// assert!(i.stories.is_some());
    /// ```
    pub fn with_stories(mut self, s: &'a Stories) -> Self {
        self.stories = Some(s);
        self
    }

    /// With area figures.
    ///
    /// ```
    /// use theory_of_value::{example, monitor::{instruments, MonitorInput}};
    /// let all = instruments();
    /// let i = MonitorInput::new(example::local_tov(), &all, example::measurements()).with_areas(example::area_figures());
    /// assert!(i.areas.is_some());
    /// ```
    pub fn with_areas(mut self, a: &'a AreaFigures) -> Self {
        self.areas = Some(a);
        self
    }

    /// With the persona estimate.
    ///
    /// ```
    /// use theory_of_value::{example, monitor::{instruments, MonitorInput}};
    /// let all = instruments();
    /// let i = MonitorInput::new(example::local_tov(), &all, example::measurements()).with_estimate(example::estimate());
    /// assert!(i.estimate.is_some());
    /// ```
    pub fn with_estimate(mut self, e: &'a Estimate) -> Self {
        self.estimate = Some(e);
        self
    }

    /// With another threshold.
    ///
    /// ```
    /// use theory_of_value::{example, monitor::{instruments, MonitorInput, Threshold}};
    /// let all = instruments();
    /// let i = MonitorInput::new(example::local_tov(), &all, example::measurements()).with_threshold(Threshold::new(10)?);
    /// assert_eq!(i.threshold.get(), 10);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn with_threshold(mut self, t: Threshold) -> Self {
        self.threshold = t;
        self
    }

    /// Validates every document of the input together, each finding's path prefixed with the
    /// document it is in (`/measurements`, `/stories`, `/areas`, `/instruments/N`).
    ///
    /// ```
    /// use theory_of_value::{example, monitor::{instruments, MonitorInput}};
    /// let all = instruments();
    /// let i = MonitorInput::new(example::local_tov(), &all, example::measurements()).with_stories(example::stories());
    /// assert!(!i.validate().has_errors());
    /// ```
    pub fn validate(&self) -> Report {
        let mut r = Report::new();
        self.check(&mut r, None);
        r
    }

    fn check(&self, r: &mut Report, scores: Option<&mut Vec<Vec<Computed>>>) {
        let mut prefixed = |sub: Report, prefix: &str| {
            r.findings.extend(sub.findings.into_iter().map(|mut f| {
                f.path = format!("{prefix}{}", f.path);
                f
            }))
        };
        for (i, d) in self.instruments.iter().enumerate() {
            prefixed(d.validate_against(self.tov), &format!("/instruments/{i}"));
        }
        let mut m = Report::new();
        self.measurements
            .check(self.tov, self.instruments, &mut m, scores);
        prefixed(m, "/measurements");
        if let Some(s) = self.stories {
            prefixed(s.validate_against(self.tov), "/stories");
        }
        if let Some(a) = self.areas {
            prefixed(a.validate_against(self.tov), "/areas");
        }
    }
}

/// One participant's class of change on one output.
///
/// ```
/// use theory_of_value::{example, monitor::{classify_participants, instruments}};
/// let all = instruments();
/// let c = classify_participants(example::local_tov(), &all, example::measurements())?;
/// assert!(!c.is_empty());
/// # Ok::<(), theory_of_value::Report>(())
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct ParticipantChange {
    /// The participant's code.
    pub participant: String,
    /// The output.
    pub output: Id,
    /// The class.
    pub change: Change,
}

/// Per output of the ToV, the (instrument, score) pairs that evidence it.
fn evidence(tov: &TheoryOfValue, cat: &Catalogue<'_>) -> Vec<Vec<(usize, usize)>> {
    tov.outputs
        .iter()
        .map(|o| {
            let mut v = Vec::new();
            for (i, d) in cat.defs.iter().enumerate() {
                for (k, s) in d.scores.iter().enumerate() {
                    if s.outputs
                        .iter()
                        .any(|x| *x == o.id || o.refines.contains(x))
                    {
                        v.push((i, k));
                    }
                }
            }
            v
        })
        .collect()
}

struct Classifier<'a> {
    evidence: Vec<Vec<(usize, usize)>>,
    /// Per (instrument, score): S_diff and direction.
    params: HashMap<(usize, usize), (Option<f64>, Direction)>,
    expected: HashMap<(&'a str, usize, usize), f64>,
}

impl<'a> Classifier<'a> {
    fn new(tov: &TheoryOfValue, cat: &Catalogue<'_>, m: &'a Measurements) -> Self {
        let evidence = evidence(tov, cat);
        let mut params = HashMap::new();
        for (i, d) in cat.defs.iter().enumerate() {
            for (k, s) in d.scores.iter().enumerate() {
                let own = m
                    .parameters
                    .iter()
                    .find(|p| p.instrument == d.id && p.score == s.id);
                let r = own
                    .and_then(|p| p.reliability.as_ref())
                    .or(s.reliability.as_ref())
                    .map(|p| p.value);
                let sd = own
                    .and_then(|p| p.sd.as_ref())
                    .or(s.sd.as_ref())
                    .map(|p| p.value);
                let sdiff = match (sd, r) {
                    (Some(sd), Some(r)) => Some(crate::monitor::change::s_diff(sd, r)),
                    _ => None,
                };
                params.insert((i, k), (sdiff, d.direction(s)));
            }
        }
        let mut expected = HashMap::new();
        for e in &m.expected {
            if let Some(i) = cat.get(e.instrument.as_str()) {
                if let Some(k) = cat.defs[i].scores.iter().position(|s| s.id == e.score) {
                    expected.insert((e.persona.as_str(), i, k), e.change_per_year);
                }
            }
        }
        Classifier {
            evidence,
            params,
            expected,
        }
    }

    /// The outputs some score evidences, in the ToV's order: on the others no one is measured,
    /// so a participant need not be looked at for them (participants times outputs).
    fn evidenced(&self) -> Vec<usize> {
        (0..self.evidence.len())
            .filter(|&o| !self.evidence[o].is_empty())
            .collect()
    }

    /// The class of one participant on output `o`, or `None` if not measured on it.
    fn classify(
        &self,
        persona: Option<&str>,
        scores: &[Computed],
        o: usize,
        buf: &mut Vec<Change>,
    ) -> Option<Change> {
        buf.clear();
        let mut measured = false;
        for &(i, k) in &self.evidence[o] {
            let mut first: Option<&Computed> = None;
            let mut last: Option<&Computed> = None;
            for c in scores.iter().filter(|c| c.instrument == i && c.score == k) {
                if first.is_none_or(|f| c.moment < f.moment) {
                    first = Some(c);
                }
                if last.is_none_or(|l| c.moment > l.moment) {
                    last = Some(c);
                }
            }
            let (Some(a), Some(b)) = (first, last) else {
                continue;
            };
            measured = true;
            if a.moment == b.moment {
                buf.push(Change::NotClassifiable);
                continue;
            }
            let (sdiff, dir) = self.params[&(i, k)];
            let Some(sdiff) = sdiff else {
                buf.push(Change::NotClassifiable);
                continue;
            };
            let change = dir.orient(b.value - a.value);
            let expected = persona
                .and_then(|p| self.expected.get(&(p, i, k)))
                .map(|rate| {
                    let days = a
                        .date
                        .first_day()
                        .until(b.date.first_day())
                        .map_or(0, |s| s.get_days());
                    dir.orient(rate * f64::from(days) / 365.0)
                });
            buf.push(classify(change, sdiff, expected));
        }
        measured.then(|| combine(buf))
    }
}

/// Every participant's class of change on every output they were measured on, sorted by
/// participant code and output.
///
/// # Errors
/// The validation [`Report`] when the measurements (or instruments) have errors: a wrong
/// document gives no numbers.
///
/// ```
/// use theory_of_value::{example, monitor::{classify_participants, instruments, Change}};
/// let all = instruments();
/// let c = classify_participants(example::local_tov(), &all, example::measurements())?;
/// assert!(c.iter().any(|c| c.change == Change::Improvement));
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn classify_participants(
    tov: &TheoryOfValue,
    instruments: &[&InstrumentDefinition],
    m: &Measurements,
) -> Result<Vec<ParticipantChange>, Report> {
    let input = MonitorInput::new(tov, instruments, m);
    let mut r = Report::new();
    let mut scores = Vec::new();
    input.check(&mut r, Some(&mut scores));
    if r.has_errors() {
        return Err(r);
    }
    let cat = Catalogue::new(instruments);
    let c = Classifier::new(tov, &cat, m);
    let mut out = Vec::new();
    let mut buf = Vec::new();
    let evidenced = c.evidenced();
    for (p, s) in m.participants.iter().zip(&scores) {
        for &o in &evidenced {
            if let Some(change) = c.classify(p.persona.as_ref().map(Id::as_str), s, o, &mut buf) {
                out.push(ParticipantChange {
                    participant: p.code.clone(),
                    output: tov.outputs[o].id.clone(),
                    change,
                });
            }
        }
    }
    out.sort();
    Ok(out)
}

/// Exact counts per output before suppression, per class; and whether any score evidences
/// the output at all.
pub(crate) fn counts(input: &MonitorInput<'_>) -> Result<(Vec<[u64; 5]>, Vec<bool>), Report> {
    let mut r = Report::new();
    let mut scores = Vec::new();
    input.check(&mut r, Some(&mut scores));
    if r.has_errors() {
        return Err(r);
    }
    let cat = Catalogue::new(input.instruments);
    let c = Classifier::new(input.tov, &cat, input.measurements);
    let mut counts = vec![[0u64; 5]; input.tov.outputs.len()];
    let mut buf = Vec::new();
    let evidenced = c.evidenced();
    for (p, s) in input.measurements.participants.iter().zip(&scores) {
        for &o in &evidenced {
            if let Some(change) = c.classify(p.persona.as_ref().map(Id::as_str), s, o, &mut buf) {
                counts[o][change.index()] += 1;
            }
        }
    }
    Ok((counts, c.evidence.iter().map(|e| !e.is_empty()).collect()))
}

/// The count of each class of change, with its share of those measured where both are shown.
pub(crate) fn change_counts(measured: ShownCount, cells: &[ShownCount]) -> Vec<ChangeCount> {
    Change::ALL
        .iter()
        .zip(cells)
        .map(|(change, count)| ChangeCount {
            change: *change,
            count: *count,
            share: match (count, measured) {
                (ShownCount::Count(x), ShownCount::Count(n)) => Interval::of(*x, n),
                _ => None,
            },
        })
        .collect()
}

/// The monitor report of one organisation and period.
///
/// For every output of the ToV: the participants measured on it (with at least one score that
/// evidences it) and how many of them improved, stabilised, declined more slowly, declined, or
/// could not be classified — each participant's class from the reliable change index of every
/// score that evidences the output, between their first and last moment, combined as
/// [`combine`](crate::monitor::combine) says —, each class's share of those measured with its
/// 95% Wilson interval; the persona estimate beside it; the stories that evidence it and the
/// quotes with public consent; the area trends. Counts below the threshold are shown as
/// "< threshold", and where the suppressed cells of an output together would be below the
/// threshold (so that the number measured minus the shown cells would reveal them), the
/// smallest shown cell is suppressed too, and if none is left, the number measured.
///
/// # Errors
/// The validation [`Report`] when any document has errors.
///
/// ```
/// use theory_of_value::{example, monitor::{instruments, monitor_report, MonitorInput, ShownCount}};
/// let all = instruments();
/// let input = MonitorInput::new(example::local_tov(), &all, example::measurements());
/// let r = monitor_report(&input)?;
/// for o in &r.outputs {
///     if let ShownCount::Count(n) = o.measured {
///         let shown: u64 = o.changes.iter().filter_map(|c| c.count.count()).sum();
///         assert!(shown <= n);
///     }
/// }
/// # Ok::<(), theory_of_value::Report>(())
/// ```
pub fn monitor_report(input: &MonitorInput<'_>) -> Result<MonitorReport, Report> {
    let (counts, evidenced) = counts(input)?;
    let tov = input.tov;
    let t = input.threshold;
    let by_output = ByOutput::new(input);
    let mut outputs = Vec::with_capacity(tov.outputs.len());
    for ((o, row), evidenced) in tov.outputs.iter().zip(&counts).zip(evidenced) {
        let total: u64 = row.iter().sum();
        // An output no score evidences has zero measured by construction: that says nothing
        // about anyone, so it is shown.
        let (measured, cells) = if evidenced {
            suppress(total, row, t)
        } else {
            (ShownCount::Count(0), vec![ShownCount::Count(0); row.len()])
        };
        let expected = match input.estimate {
            Some(_) => by_output.expected(o),
            None => Vec::new(),
        };
        let (stories, quotes) = by_output.stories(o);
        outputs.push(OutputMonitor {
            output: o.id.clone(),
            refines: o.refines.clone(),
            level: o.level,
            statement: o.statement.clone(),
            measured,
            changes: change_counts(measured, &cells),
            expected,
            stories,
            quotes,
            areas: by_output.areas(o),
        });
    }
    Ok(MonitorReport {
        schema: None,
        tov: tov.id.clone(),
        organisations: vec![input.measurements.organisation.clone()],
        period: input.measurements.period.clone(),
        threshold: t,
        outputs,
    })
}

/// The persona estimate's people per output ID, the stories' lines per output ID and the area
/// figures per output ID, each built once, so that the report stays linear in the number of
/// outputs, stories and figures together.
struct ByOutput<'a> {
    /// People per contribution kind, by output ID.
    expected: HashMap<&'a str, [u64; 3]>,
    /// (story, line) in the order of the stories and their lines, by output ID.
    meant: HashMap<&'a str, Vec<(usize, usize)>>,
    /// The area figures, in their order, by output ID.
    figures: HashMap<&'a str, Vec<usize>>,
    all_stories: &'a [Story],
    all_figures: &'a [AreaFigure],
}

impl<'a> ByOutput<'a> {
    fn new(input: &MonitorInput<'a>) -> Self {
        let mut expected: HashMap<&str, [u64; 3]> = HashMap::new();
        for x in input
            .estimate
            .map(|e| e.outputs.as_slice())
            .unwrap_or_default()
        {
            let p = expected.entry(x.output.as_str()).or_default();
            p[0] += x.improvement;
            p[1] += x.stabilisation;
            p[2] += x.slower_decline;
        }
        let mut meant: HashMap<&str, Vec<(usize, usize)>> = HashMap::new();
        let all_stories = input
            .stories
            .map(|s| s.stories.as_slice())
            .unwrap_or_default();
        for (i, s) in all_stories.iter().enumerate() {
            for (j, m) in s.meant.iter().enumerate() {
                meant.entry(m.output.as_str()).or_default().push((i, j));
            }
        }
        let all_figures = input
            .areas
            .map(|a| a.figures.as_slice())
            .unwrap_or_default();
        let mut figures: HashMap<&str, Vec<usize>> = HashMap::new();
        for (i, f) in all_figures.iter().enumerate() {
            for o in &f.outputs {
                let v = figures.entry(o.as_str()).or_default();
                // A figure that names an output twice is shown once.
                if v.last() != Some(&i) {
                    v.push(i);
                }
            }
        }
        ByOutput {
            expected,
            meant,
            figures,
            all_stories,
            all_figures,
        }
    }

    /// The people the persona estimate expects per contribution kind on output `o` and what
    /// it refines; none if it expects no one.
    fn expected(&self, o: &Output) -> Vec<ExpectedCount> {
        let mut people = [0u64; 3];
        // The output and what it refines, each once.
        let mut keys: Vec<&str> = std::iter::once(o.id.as_str())
            .chain(o.refines.iter().map(Id::as_str))
            .collect();
        keys.sort_unstable();
        keys.dedup();
        for p in keys.iter().filter_map(|k| self.expected.get(k)) {
            people[0] += p[0];
            people[1] += p[1];
            people[2] += p[2];
        }
        if people.iter().all(|p| *p == 0) {
            Vec::new()
        } else {
            ContributionKind::ALL
                .iter()
                .zip(people)
                .map(|(k, p)| ExpectedCount {
                    contribution: *k,
                    people: p,
                })
                .collect()
        }
    }

    /// The story lines that evidence output `o` (their text only with public consent), and
    /// each of those stories' public quote once, in the order of the stories.
    fn stories(&self, o: &Output) -> (Vec<StoryLine>, Vec<Quote>) {
        let mut stories = Vec::new();
        let mut quotes = Vec::new();
        let lines = self
            .meant
            .get(o.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default();
        for &(i, j) in lines {
            let s = &self.all_stories[i];
            let m = &s.meant[j];
            let public = s.consent.is_some_and(|c| c.may_quote_publicly());
            stories.push(StoryLine {
                story: s.id.clone(),
                contribution: m.contribution,
                text: public.then(|| m.text.clone()),
            });
        }
        let mut quoted = None;
        for &(i, _) in lines {
            if quoted == Some(i) {
                continue;
            }
            quoted = Some(i);
            let s = &self.all_stories[i];
            if let Some(w) = s.public_quote() {
                quotes.push(Quote {
                    story: s.id.clone(),
                    words: w.clone(),
                });
            }
        }
        (stories, quotes)
    }

    /// The trends of the area figures for output `o`: one per area and indicator, its points
    /// by year.
    fn areas(&self, o: &Output) -> Vec<AreaTrend> {
        let mut areas: Vec<AreaTrend> = Vec::new();
        // Area and indicator -> its trend in `areas`.
        let mut trends: HashMap<(&str, Option<&str>, AreaIndicator), usize> = HashMap::new();
        for &i in self
            .figures
            .get(o.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or_default()
        {
            let f = &self.all_figures[i];
            let point = AreaPoint {
                year: f.year,
                value: f.value,
            };
            let key = (
                f.municipality.as_str(),
                f.neighbourhood.as_deref(),
                f.indicator,
            );
            match trends.get(&key) {
                Some(&a) => areas[a].points.push(point),
                None => {
                    trends.insert(key, areas.len());
                    areas.push(AreaTrend {
                        municipality: f.municipality.clone(),
                        neighbourhood: f.neighbourhood.clone(),
                        indicator: f.indicator,
                        unit: f.unit.clone(),
                        source: f.source.clone(),
                        points: vec![point],
                    });
                }
            }
        }
        for a in &mut areas {
            a.points.sort_by_key(|p| p.year);
        }
        areas
    }
}
