//! The value estimate: from a ToV, a persona set and a census, the added value per output and
//! the care costs avoided, every figure traceable to its assumptions.

use crate::base::{Code, Message, Report, Text};
use crate::model::{ContributionKind, Id, Level, TheoryOfValue};
use crate::value::money::{apply_share_reduction, discount_once};
use crate::value::{CareKind, Census, Law, Money, Payer, PersonaSet, Share, Strength};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One persona's (or neighbourhood profile's) contribution to an output.
///
/// ```
/// let e = theory_of_value::example::estimate();
/// let line = &e.outputs[0].lines[0];
/// assert_eq!(line.points, line.count * line.strength.weight());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct ValueLine {
    /// The persona or neighbourhood profile.
    pub from: Id,
    /// People (for a persona) or neighbourhoods (for a profile) counted in the census.
    pub count: u64,
    /// The kind of contribution.
    pub contribution: ContributionKind,
    /// The strength.
    pub strength: Strength,
    /// `count` × the strength's weight.
    pub points: u64,
}

/// The added value recorded on one output.
///
/// ```
/// let e = theory_of_value::example::estimate();
/// let o = &e.outputs[0];
/// assert_eq!(o.count, o.improvement + o.stabilisation + o.slower_decline);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct OutputEstimate {
    /// The output.
    pub output: Id,
    /// Its level: counts are people (individual) or neighbourhoods (collective).
    pub level: Level,
    /// People or neighbourhoods for whom the output is recorded.
    pub count: u64,
    /// Of whom with an improvement.
    pub improvement: u64,
    /// Of whom with a stabilisation.
    pub stabilisation: u64,
    /// Of whom with a slower decline.
    pub slower_decline: u64,
    /// Sum of count × strength weight.
    pub strength_points: u64,
    /// The lines the figures are the sums of.
    pub lines: Vec<ValueLine>,
}

impl OutputEstimate {
    /// The weighted mean strength (1 slight to 4 strong), or `None` for no one.
    ///
    /// ```
    /// let o = &theory_of_value::example::estimate().outputs[0];
    /// let mean = o.mean_strength().unwrap();
    /// assert!((1.0..=4.0).contains(&mean));
    /// ```
    pub fn mean_strength(&self) -> Option<f64> {
        (self.count > 0).then(|| self.strength_points as f64 / self.count as f64)
    }
}

/// One year of one care line, per person.
///
/// ```
/// let line = &theory_of_value::example::estimate().care_lines[0];
/// assert_eq!(line.years[0].year, 1);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct YearLine {
    /// The year, from 1.
    pub year: u8,
    /// The amount avoided that year after deadweight, attribution, displacement and drop-off.
    pub value: Money,
    /// Its present value after discounting.
    pub present_value: Money,
}

/// One line of care avoided: one care entry of one persona, times the people counted.
///
/// ```
/// let line = &theory_of_value::example::estimate().care_lines[0];
/// assert_eq!(line.gross.cents(), line.people * line.unit_gross.cents());
/// assert_eq!(line.net.cents(), line.people * line.unit_net.cents());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct CareLine {
    /// The persona.
    pub persona: Id,
    /// The index of the entry in the persona's `care_avoided`.
    pub entry: usize,
    /// The kind of care.
    pub kind: CareKind,
    /// Its name.
    pub label: Text,
    /// The law under which the care is paid (the entry's, else its kind's frame).
    pub law: Law,
    /// Who pays for it, and so who saves when it is avoided.
    pub payer: Payer,
    /// People counted for the persona.
    pub people: u64,
    /// Yearly cost per person, as given.
    pub yearly_cost: Money,
    /// After deadweight (per person, per year).
    pub after_deadweight: Money,
    /// After attribution.
    pub after_attribution: Money,
    /// After displacement: the first year's value.
    pub after_displacement: Money,
    /// Year by year, with drop-off and discounting.
    pub years: Vec<YearLine>,
    /// Per person: yearly cost × years.
    pub unit_gross: Money,
    /// Per person: the sum of the years' present values.
    pub unit_net: Money,
    /// People × `unit_gross`.
    pub gross: Money,
    /// People × `unit_net`.
    pub net: Money,
}

/// The care costs avoided that land with one payer: the sums of the care lines it pays for.
///
/// ```
/// let e = theory_of_value::example::estimate();
/// let insurer = &e.by_payer[0];
/// let net: u64 = insurer.lines.iter().map(|&i| e.care_lines[i].net.cents()).sum();
/// assert_eq!(insurer.net.cents(), net);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct PayerTotal {
    /// Who pays.
    pub payer: Payer,
    /// The sum of the lines' gross.
    pub gross: Money,
    /// The sum of the lines' net.
    pub net: Money,
    /// The care lines summed (indices into `care_lines`, from 0).
    pub lines: Vec<usize>,
}

/// The care costs avoided under one law: the sums of the care lines paid under it.
///
/// ```
/// use theory_of_value::value::Law;
/// let e = theory_of_value::example::estimate();
/// assert!(e.by_law.iter().any(|l| l.law == Law::Zvw));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct LawTotal {
    /// The law.
    pub law: Law,
    /// Who pays under it.
    pub payer: Payer,
    /// The sum of the lines' gross.
    pub gross: Money,
    /// The sum of the lines' net.
    pub net: Money,
    /// The care lines summed (indices into `care_lines`, from 0).
    pub lines: Vec<usize>,
}

/// The value estimate of one organisation over one period.
///
/// ```
/// use theory_of_value::example;
/// let e = example::estimate();
/// assert!(e.net <= e.gross);
/// assert_eq!(e.organisation_cost, example::census().costs);
/// ```
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Estimate {
    /// The ToV whose outputs are counted.
    pub tov: Id,
    /// The persona set.
    pub persona_set: Id,
    /// The census.
    pub census: Id,
    /// Added value per output, in the ToV's output order; outputs nobody records are left out.
    pub outputs: Vec<OutputEstimate>,
    /// Care avoided, line by line.
    pub care_lines: Vec<CareLine>,
    /// Care costs avoided before adjustments: the sum of the lines' gross.
    pub gross: Money,
    /// Care costs avoided after adjustments: the sum of the lines' net.
    pub net: Money,
    /// The organisation's costs over the period (from the census).
    pub organisation_cost: Money,
    /// Care costs avoided per payer, in the payers' catalogue order; payers without lines are
    /// left out. The payers' sums add up exactly to `gross` and `net`.
    pub by_payer: Vec<PayerTotal>,
    /// Care costs avoided per law, in the laws' catalogue order; laws without lines are left
    /// out. The laws' sums add up exactly to `gross` and `net`.
    pub by_law: Vec<LawTotal>,
}

impl Estimate {
    /// Net care costs avoided per euro of the organisation's cost (`net` ÷
    /// `organisation_cost`), for display; `None` when the cost is zero. The exact figures are
    /// the two amounts.
    ///
    /// ```
    /// let e = theory_of_value::example::estimate();
    /// let ratio = e.net_per_euro().unwrap();
    /// assert!((ratio - e.net.cents() as f64 / e.organisation_cost.cents() as f64).abs() < 1e-12);
    /// ```
    pub fn net_per_euro(&self) -> Option<f64> {
        (self.organisation_cost.cents() > 0)
            .then(|| self.net.cents() as f64 / self.organisation_cost.cents() as f64)
    }
}

fn overflow(path: String, what: &str) -> Report {
    let mut r = Report::new();
    r.push(
        Code::Overflow,
        path,
        Message::new(
            format!("{what}: het bedrag of aantal is te groot om exact te rekenen (meer dan 2^64 − 1 cent)."),
            format!("{what}: the amount or count is too large to compute exactly (over 2^64 − 1 cents)."),
        ),
    );
    r
}

/// Per-person figures of one care entry: (after deadweight, after attribution, after
/// displacement, years).
fn unit_schedule(entry: &crate::value::CareEntry) -> (u64, u64, u64, Vec<(u64, u64)>) {
    let a = &entry.adjustments;
    let share = |x: &Option<crate::value::Adjustment>| x.as_ref().map_or(Share::ZERO, |x| x.share);
    let after_deadweight = apply_share_reduction(entry.yearly_cost.cents(), share(&a.deadweight));
    let after_attribution = apply_share_reduction(after_deadweight, share(&a.attribution));
    let after_displacement = apply_share_reduction(after_attribution, share(&a.displacement));
    let rate = share(&a.discount_rate);
    let mut years = Vec::new();
    let mut value = after_displacement;
    for year in 1..=a.years() {
        if year > 1 {
            value = apply_share_reduction(value, share(&a.drop_off));
        }
        let mut present = value;
        for _ in 0..year {
            present = discount_once(present, rate);
        }
        years.push((value, present));
    }
    (
        after_deadweight,
        after_attribution,
        after_displacement,
        years,
    )
}

/// Computes the value estimate of `census` with the personas of `set` on the outputs of `tov`.
///
/// The three documents are validated first: the ToV on its own (an error such as a duplicate
/// ID or a dangling link refuses the estimate), the persona set against the ToV and the census
/// against the persona set. The cost is linear in the size of the three documents.
///
/// # How the estimate is computed
/// **Added value.** For every output, each persona (or neighbourhood profile) that records
/// value on it contributes its number of people (or neighbourhoods) from the census, split by
/// contribution kind. The *strength points* are the sum of people × strength weight (1 slight
/// to 4 strong); points ÷ people is the weighted mean strength.
///
/// **Care avoided.** Every care entry of every persona is one line. Per person:
/// 1. the yearly cost is reduced by deadweight, then attribution, then displacement, each as
///    `amount × (1 − share)`, rounded half up to whole cents after each step;
/// 2. year 1 is that amount; each later year (up to the duration, default one year) is the
///    previous year's amount reduced by the drop-off share, rounded half up;
/// 3. each year's amount is discounted to its present value by dividing by `1 + rate` once
///    per year since the start (year 1 once, year 2 twice…), rounding half up after each
///    division.
///
/// The line's *gross* is people × yearly cost × years; its *net* is people × the sum of the
/// per-person present values. Totals are sums of the lines, in integer cents, so every total
/// equals the sum of its parts exactly, and the estimate of two censuses added together equals
/// the sum of their estimates. Arithmetic is checked: a figure beyond `u64` cents gives
/// `TOV213` instead of a wrong number.
///
/// **Who saves.** Every line carries the law its care is paid under (the entry's `law`, else
/// its kind's frame) and that law's payer. `by_payer` and `by_law` sum the lines per payer and
/// per law, each listing the lines it sums; every line is in exactly one of each, so the parts
/// add up to `gross` and `net` exactly.
///
/// # Worked example
/// A persona of whom 20 people come; one care line: a crisis admission of €12,650.19 a year
/// (at most €602.39 a day for stay intensity H × 21 days, 000 note 5; one avoided admission per
/// person a year is the example's assumption), deadweight 0.5, attribution 0.2, two years, drop-off
/// 0.5, discount rate 0.
/// Per person: €12,650.19 × 0.5 = €6,325.10 (6,325.095 rounded half up); × 0.8 = €5,060.08;
/// year 1 €5,060.08, year 2 €2,530.04; net per person €7,590.12. Gross for the line:
/// 20 × €12,650.19 × 2 = €506,007.60; net: 20 × €7,590.12 = €151,802.40.
///
/// ```
/// use theory_of_value::example;
/// use theory_of_value::value::{estimate, Money};
/// let e = estimate(theory_of_value::national(), example::persona_set(), example::census())?;
/// // Every total is the sum of its lines.
/// let gross: Money = e.care_lines.iter().map(|l| l.gross).sum();
/// assert_eq!(e.gross, gross);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # Errors
/// The [`Report`] of findings when that validation finds errors (an unknown output or
/// persona, inconsistent counts…), or `TOV213` when a figure is too large to compute exactly.
///
/// ```
/// use theory_of_value::{example, national};
/// use theory_of_value::value::estimate;
/// let e = estimate(national(), example::persona_set(), example::census())?;
/// assert!(e.gross.cents() > 0);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn estimate(
    tov: &TheoryOfValue,
    set: &PersonaSet,
    census: &Census,
) -> Result<Estimate, Report> {
    check_documents(tov, set, census)?;
    let counts = Counts::new(census);
    let outputs = output_estimates(tov, set, &counts)?;
    let (care_lines, gross, net) = care_lines(set, &counts)?;
    let (by_payer, by_law) = totals_by_payer_and_law(&care_lines)?;
    Ok(Estimate {
        tov: tov.id.clone(),
        persona_set: set.id.clone(),
        census: census.id.clone(),
        outputs,
        care_lines,
        gross,
        net,
        organisation_cost: census.costs,
        by_payer,
        by_law,
    })
}

/// The findings of the three documents, if they hold errors: the persona set against the
/// ToV, the census against the set, and the ToV's own errors.
fn check_documents(tov: &TheoryOfValue, set: &PersonaSet, census: &Census) -> Result<(), Report> {
    let mut report = set.validate_against(tov);
    report
        .findings
        .extend(census.validate_against(set).findings);
    // The ToV itself: with duplicate IDs or dangling links, outputs would be estimated twice
    // or against nothing.
    report.findings.extend(
        tov.validate()
            .findings
            .into_iter()
            .filter(|f| f.severity == crate::base::Severity::Error),
    );
    if report.has_errors() {
        return Err(report);
    }
    Ok(())
}

/// People per persona and neighbourhoods per profile, looked up once each: the estimate is
/// linear in the size of the three documents. The maps hold copies of the IDs (inline, when
/// short), so a look-up does not go back to the documents.
struct Counts {
    people: HashMap<Id, u64>,
    neighbourhoods: HashMap<Id, u64>,
}

impl Counts {
    fn new(census: &Census) -> Self {
        let mut people: HashMap<Id, u64> = HashMap::with_capacity(census.personas.len());
        for c in &census.personas {
            let n = people.entry(c.persona.clone()).or_default();
            *n = n.saturating_add(c.people);
        }
        let mut neighbourhoods: HashMap<Id, u64> = HashMap::new();
        for c in &census.neighbourhoods {
            let n = neighbourhoods.entry(c.profile.clone()).or_default();
            *n = n.saturating_add(c.neighbourhoods);
        }
        Counts {
            people,
            neighbourhoods,
        }
    }

    fn people_of(&self, id: &Id) -> u64 {
        self.people.get(id.as_str()).copied().unwrap_or(0)
    }

    fn neighbourhoods_of(&self, id: &Id) -> u64 {
        self.neighbourhoods.get(id.as_str()).copied().unwrap_or(0)
    }
}

/// The added value per output of the ToV, from the personas and neighbourhood profiles with
/// their counts; outputs without any left out.
fn output_estimates(
    tov: &TheoryOfValue,
    set: &PersonaSet,
    counts: &Counts,
) -> Result<Vec<OutputEstimate>, Report> {
    let mut outputs: Vec<OutputEstimate> = tov
        .outputs
        .iter()
        .map(|output| OutputEstimate {
            output: output.id.clone(),
            level: output.level,
            count: 0,
            improvement: 0,
            stabilisation: 0,
            slower_decline: 0,
            strength_points: 0,
            lines: Vec::new(),
        })
        .collect();
    // Validation above refused duplicate output IDs, so each ID has one place.
    let index: HashMap<Id, usize> = tov
        .outputs
        .iter()
        .enumerate()
        .map(|(i, o)| (o.id.clone(), i))
        .collect();
    let sources = set
        .personas
        .iter()
        .map(|p| (&p.id, &p.added_value, counts.people_of(&p.id)))
        .chain(
            set.neighbourhoods
                .iter()
                .map(|n| (&n.id, &n.added_value, counts.neighbourhoods_of(&n.id))),
        );
    for (from, entries, count) in sources {
        for v in entries {
            // Validation above refused added value on an output the ToV does not have.
            let Some(est) = index
                .get(v.output.as_str())
                .and_then(|&i| outputs.get_mut(i))
            else {
                continue;
            };
            add_value(est, from, v, count)?;
        }
    }
    outputs.retain(|est| !est.lines.is_empty());
    Ok(outputs)
}

/// Adds the added value `v` of `count` people or neighbourhoods of `from` to its output.
fn add_value(
    est: &mut OutputEstimate,
    from: &Id,
    v: &crate::value::ValueEntry,
    count: u64,
) -> Result<(), Report> {
    let path = || format!("/outputs/{}", est.output);
    let points = count
        .checked_mul(v.strength.weight())
        .ok_or_else(|| overflow(path(), "strength points"))?;
    est.count = est
        .count
        .checked_add(count)
        .ok_or_else(|| overflow(path(), "count"))?;
    let bucket = match v.contribution {
        ContributionKind::Improvement => &mut est.improvement,
        ContributionKind::Stabilisation => &mut est.stabilisation,
        ContributionKind::SlowerDecline => &mut est.slower_decline,
    };
    *bucket = bucket
        .checked_add(count)
        .ok_or_else(|| overflow(path(), "count"))?;
    est.strength_points = est
        .strength_points
        .checked_add(points)
        .ok_or_else(|| overflow(path(), "strength points"))?;
    est.lines.push(ValueLine {
        from: from.clone(),
        count,
        contribution: v.contribution,
        strength: v.strength,
        points,
    });
    Ok(())
}

/// Every persona's lines of care avoided, with the gross and net totals.
fn care_lines(set: &PersonaSet, counts: &Counts) -> Result<(Vec<CareLine>, Money, Money), Report> {
    let mut care_lines = Vec::new();
    let (mut gross, mut net) = (Money::ZERO, Money::ZERO);
    for (i, persona) in set.personas.iter().enumerate() {
        let people = counts.people_of(&persona.id);
        for (j, entry) in persona.care_avoided.iter().enumerate() {
            let path = || format!("/personas/{i}/care_avoided/{j}");
            let line = care_line(&persona.id, j, entry, people, path)?;
            gross = gross
                .checked_add(line.gross)
                .ok_or_else(|| overflow(path(), "total gross"))?;
            net = net
                .checked_add(line.net)
                .ok_or_else(|| overflow(path(), "total net"))?;
            care_lines.push(line);
        }
    }
    Ok((care_lines, gross, net))
}

/// The line of care avoided `entry` (the `j`th of persona `persona`) for `people` people: each
/// adjustment after the other, the value per year, and the gross and net per person and for
/// all of them. `path` is where the entry is, for an overflow.
fn care_line(
    persona: &Id,
    j: usize,
    entry: &crate::value::CareEntry,
    people: u64,
    path: impl Fn() -> String,
) -> Result<CareLine, Report> {
    let (after_deadweight, after_attribution, after_displacement, years) = unit_schedule(entry);
    let unit_gross = entry
        .yearly_cost
        .checked_mul(u64::from(entry.adjustments.years()))
        .ok_or_else(|| overflow(path(), "gross per person"))?;
    let unit_net = years
        .iter()
        .try_fold(Money::ZERO, |sum, (_, pv)| {
            sum.checked_add(Money::from_cents(*pv))
        })
        .ok_or_else(|| overflow(path(), "net per person"))?;
    let line_gross = unit_gross
        .checked_mul(people)
        .ok_or_else(|| overflow(path(), "gross"))?;
    let line_net = unit_net
        .checked_mul(people)
        .ok_or_else(|| overflow(path(), "net"))?;
    let law = entry.effective_law().unwrap_or(Law::Unknown);
    Ok(CareLine {
        persona: persona.clone(),
        entry: j,
        kind: entry.kind,
        label: entry.display_label(),
        law,
        payer: law.payer(),
        people,
        yearly_cost: entry.yearly_cost,
        after_deadweight: Money::from_cents(after_deadweight),
        after_attribution: Money::from_cents(after_attribution),
        after_displacement: Money::from_cents(after_displacement),
        years: years
            .iter()
            .zip(1u8..)
            .map(|((value, pv), year)| YearLine {
                year,
                value: Money::from_cents(*value),
                present_value: Money::from_cents(*pv),
            })
            .collect(),
        unit_gross,
        unit_net,
        gross: line_gross,
        net: line_net,
    })
}

/// The care lines summed per payer and per law, each total listing the lines it sums; payers
/// and laws without lines left out.
fn totals_by_payer_and_law(
    care_lines: &[CareLine],
) -> Result<(Vec<PayerTotal>, Vec<LawTotal>), Report> {
    // The lines of each payer and each law, gathered in one pass over the lines.
    let mut of_payer: Vec<Vec<usize>> = vec![Vec::new(); Payer::ALL.len()];
    let mut of_law: Vec<Vec<usize>> = vec![Vec::new(); Law::ALL.len()];
    for (i, line) in care_lines.iter().enumerate() {
        if let Some(lines) = Payer::ALL
            .iter()
            .position(|p| *p == line.payer)
            .and_then(|k| of_payer.get_mut(k))
        {
            lines.push(i);
        }
        if let Some(lines) = Law::ALL
            .iter()
            .position(|l| *l == line.law)
            .and_then(|k| of_law.get_mut(k))
        {
            lines.push(i);
        }
    }
    let mut by_payer = Vec::new();
    for (&payer, lines) in Payer::ALL.iter().zip(of_payer) {
        if lines.is_empty() {
            continue;
        }
        let (gross, net) = sum_lines(care_lines, &lines)?;
        by_payer.push(PayerTotal {
            payer,
            gross,
            net,
            lines,
        });
    }
    let mut by_law = Vec::new();
    for (&law, lines) in Law::ALL.iter().zip(of_law) {
        if lines.is_empty() {
            continue;
        }
        let (gross, net) = sum_lines(care_lines, &lines)?;
        by_law.push(LawTotal {
            law,
            payer: law.payer(),
            gross,
            net,
            lines,
        });
    }
    Ok((by_payer, by_law))
}

/// The gross and net sums of some care lines. A part of a total that fits, so it cannot
/// overflow; checked all the same.
fn sum_lines(lines: &[CareLine], which: &[usize]) -> Result<(Money, Money), Report> {
    let (mut gross, mut net) = (Money::ZERO, Money::ZERO);
    for &i in which {
        gross = gross
            .checked_add(lines[i].gross)
            .ok_or_else(|| overflow("/care_lines".into(), "gross per payer"))?;
        net = net
            .checked_add(lines[i].net)
            .ok_or_else(|| overflow("/care_lines".into(), "net per payer"))?;
    }
    Ok((gross, net))
}
