//! The movement-wide aggregate of many organisations' monitor reports.

use crate::model::Id;
use crate::monitor::privacy::ShownCount;
use crate::monitor::report::{change_counts, MonitorReport, OutputMonitor};
use std::collections::HashMap;

/// The sum of two cells: exact where both are shown, else at least what is shown of them.
fn add(a: ShownCount, b: ShownCount) -> ShownCount {
    match (a, b) {
        (ShownCount::Count(x), ShownCount::Count(y)) => ShownCount::Count(x + y),
        _ => ShownCount::AtLeast {
            at_least: a.shown() + b.shown(),
        },
    }
}

impl ShownCount {
    /// The part of the cell that is shown: the count, the lower bound, or 0.
    fn shown(self) -> u64 {
        match self {
            ShownCount::Count(n) | ShownCount::AtLeast { at_least: n } => n,
            ShownCount::Suppressed { .. } => 0,
        }
    }
}

/// Combines many organisations' monitor reports — not their measurements — into one
/// movement-wide picture per output. Outputs are matched on the reference output they refine
/// (the first of `refines`), or on their own ID. A figure is exact where every organisation
/// showed its own; where some suppressed theirs it is "at least" the sum of those shown. As it
/// is computed from published reports only, it reveals nothing they do not. The threshold is
/// the highest of the reports'; the period runs from the earliest start to the latest end.
///
/// ```
/// use theory_of_value::{example, monitor::{aggregate, ShownCount}};
/// let one = example::monitor_report();
/// let both = aggregate("nvzh-tov".parse()?, &[one.clone(), one.clone()]).unwrap();
/// assert_eq!(both.organisations.len(), 2);
/// if let ShownCount::Count(n) = one.outputs[0].measured {
///     let key = one.outputs[0].refines.first().unwrap_or(&one.outputs[0].output);
///     let national = both.outputs.iter().find(|o| &o.output == key).unwrap();
///     assert_eq!(national.measured, ShownCount::Count(2 * n));
/// }
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub fn aggregate(tov: Id, reports: &[MonitorReport]) -> Option<MonitorReport> {
    let first = reports.first()?;
    let mut period = first.period.clone();
    let mut threshold = first.threshold;
    let mut organisations = Vec::new();
    let mut outputs: Vec<OutputMonitor> = Vec::new();
    let mut index: HashMap<Id, usize> = HashMap::new();
    for r in reports {
        if r.period.start < period.start {
            period.start = r.period.start;
        }
        if r.period.end > period.end {
            period.end = r.period.end;
        }
        threshold = threshold.max(r.threshold);
        organisations.extend(r.organisations.iter().cloned());
        for o in &r.outputs {
            let key = o.refines.first().unwrap_or(&o.output).clone();
            match index.get(&key) {
                None => {
                    index.insert(key.clone(), outputs.len());
                    let mut n = o.clone();
                    n.output = key;
                    n.refines.clear();
                    outputs.push(n);
                }
                Some(&i) => {
                    let n = &mut outputs[i];
                    n.measured = add(n.measured, o.measured);
                    for (a, b) in n.changes.iter_mut().zip(&o.changes) {
                        a.count = add(a.count, b.count);
                    }
                    for e in &o.expected {
                        match n
                            .expected
                            .iter_mut()
                            .find(|x| x.contribution == e.contribution)
                        {
                            Some(x) => x.people += e.people,
                            None => n.expected.push(*e),
                        }
                    }
                    n.stories.extend(o.stories.iter().cloned());
                    n.quotes.extend(o.quotes.iter().cloned());
                    n.areas.extend(o.areas.iter().cloned());
                }
            }
        }
    }
    for o in &mut outputs {
        let measured = o.measured;
        let cells: Vec<ShownCount> = o.changes.iter().map(|c| c.count).collect();
        o.changes = change_counts(measured, &cells);
    }
    Some(MonitorReport {
        schema: None,
        tov,
        organisations,
        period,
        threshold,
        outputs,
    })
}
