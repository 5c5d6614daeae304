//! Strategies for the monitor's measurements.

use super::named;
use crate::model::{DocumentDate, TheoryOfValue};
use crate::monitor::{Measurements, Moment, Participant, ScoreEntry};
use crate::value::Period;
use proptest::prelude::*;
use proptest::sample::subsequence;

/// Valid measurements for `tov` with the embedded instruments (`monitor::instruments`): up to
/// 40 participants with pseudonymous codes, each measured at one to three moments in 2025 in
/// date order, with MANSA (as its twelve item answers on 1–7, or as the satisfaction score),
/// the NEL total (1–5) and some of the six MPG scores (0–10).
///
/// ```
/// use proptest::prelude::*;
/// use theory_of_value::{example, monitor::instruments};
/// let tov = example::local_tov();
/// proptest!(|(m in theory_of_value::strategy::measurements_for(tov))| {
///     prop_assert!(m.validate_against(tov, &instruments()).is_clean());
/// });
/// ```
pub fn measurements_for(tov: &TheoryOfValue) -> impl Strategy<Value = Measurements> {
    const MPG: [&str; 6] = [
        "bodily-functions",
        "mental-wellbeing",
        "meaning",
        "quality-of-life",
        "participation",
        "daily-functioning",
    ];
    let tov_id = tov.id.clone();
    let tenths = |lo: u32, hi: u32| (lo * 10..=hi * 10).prop_map(|x| f64::from(x) / 10.0);
    let mansa = prop_oneof![
        prop::collection::vec((1u8..=7).prop_map(|x| Some(f64::from(x))), 12)
            .prop_map(|items| ScoreEntry::items(named("mansa"), items)),
        tenths(1, 7).prop_map(|v| ScoreEntry::value(named("mansa"), named("satisfaction"), v)),
    ];
    let scores = (
        prop::option::of(mansa),
        prop::option::of(tenths(1, 5)),
        subsequence(MPG.to_vec(), 0..=6),
        prop::collection::vec(tenths(0, 10), 6),
    )
        .prop_map(|(mansa, nel, dims, values)| {
            let mut scores: Vec<ScoreEntry> = mansa.into_iter().collect();
            if let Some(v) = nel {
                scores.push(ScoreEntry::value(named("nel"), named("total"), v));
            }
            for (d, v) in dims.into_iter().zip(values) {
                scores.push(ScoreEntry::value(named("mpg"), named(d), v));
            }
            scores
        });
    // Up to three moments: months strictly increasing within 2025.
    let moments = (
        subsequence((1i8..=12).collect::<Vec<_>>(), 1..=3),
        1i8..=28,
        prop::collection::vec(scores, 3),
    )
        .prop_map(|(months, day, scores)| {
            months
                .into_iter()
                .zip(scores)
                .enumerate()
                .map(|(i, (month, scores))| Moment {
                    moment: u16::try_from(i + 1).unwrap_or(u16::MAX),
                    date: DocumentDate::Day(jiff::civil::date(2025, month, day)),
                    scores,
                })
                .collect::<Vec<_>>()
        });
    prop::collection::vec(moments, 0..=40).prop_map(move |people| Measurements {
        schema: None,
        id: named("metingen"),
        tov: tov_id.clone(),
        organisation: "Steunpunt (proptest)".into(),
        period: Period::new(DocumentDate::Year(2025), DocumentDate::Year(2025)),
        parameters: Vec::new(),
        expected: Vec::new(),
        participants: people
            .into_iter()
            .enumerate()
            .map(|(n, moments)| Participant {
                code: format!("p-{n:03}"),
                persona: None,
                moments,
            })
            .collect(),
    })
}
