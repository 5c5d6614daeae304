//! Classification of change: the reliable change index (Jacobson & Truax, 1991) per score,
//! and the rule that turns it into improvement, stabilisation, slower decline, decline or
//! "not classifiable" per participant and output.

use crate::base::Label;
use crate::model::ContributionKind;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// The critical value of the reliable change index: a change is reliable when |RCI| > 1.96
/// (two-sided, 95%).
///
/// ```
/// assert_eq!(theory_of_value::monitor::RCI_CRITICAL, 1.96);
/// ```
pub const RCI_CRITICAL: f64 = 1.96;

/// The z value of the 95% Wilson interval.
///
/// ```
/// assert_eq!(theory_of_value::monitor::Z95, 1.96);
/// ```
pub const Z95: f64 = 1.96;

/// How a participant's situation changed on one output.
///
/// ```
/// use theory_of_value::monitor::Change;
/// assert_eq!(Change::SlowerDecline.contribution(), Some(theory_of_value::model::ContributionKind::SlowerDecline));
/// assert_eq!(Change::Decline.contribution(), None);
/// ```
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, JsonSchema,
)]
#[serde(rename_all = "snake_case")]
pub enum Change {
    /// A reliable change for the better.
    Improvement,
    /// No reliable change.
    Stabilisation,
    /// A reliable decline that is reliably smaller than the expected course without the
    /// organisation.
    SlowerDecline,
    /// A reliable decline, not shown to be slower than expected.
    Decline,
    /// Fewer than two moments, no reliability or standard deviation, or conflicting scores.
    NotClassifiable,
}

impl Change {
    /// Every class, in the order reports show them.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Change::ALL.len(), 5);
    /// ```
    pub const ALL: [Change; 5] = [
        Change::Improvement,
        Change::Stabilisation,
        Change::SlowerDecline,
        Change::Decline,
        Change::NotClassifiable,
    ];

    /// The contribution kind this class is evidence of, if any.
    ///
    /// ```
    /// use theory_of_value::monitor::Change;
    /// assert!(Change::NotClassifiable.contribution().is_none());
    /// ```
    pub const fn contribution(self) -> Option<ContributionKind> {
        match self {
            Change::Improvement => Some(ContributionKind::Improvement),
            Change::Stabilisation => Some(ContributionKind::Stabilisation),
            Change::SlowerDecline => Some(ContributionKind::SlowerDecline),
            _ => None,
        }
    }

    /// The class's name.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Change::Decline.label().nl, "achteruitgang");
    /// ```
    pub const fn label(self) -> Label {
        match self {
            Change::Improvement => Label::new("verbetering", "improvement"),
            Change::Stabilisation => Label::new("stabilisatie", "stabilisation"),
            Change::SlowerDecline => Label::new("minder snelle achteruitgang", "slower decline"),
            Change::Decline => Label::new("achteruitgang", "decline"),
            Change::NotClassifiable => Label::new("niet te classificeren", "not classifiable"),
        }
    }

    pub(crate) const fn index(self) -> usize {
        match self {
            Change::Improvement => 0,
            Change::Stabilisation => 1,
            Change::SlowerDecline => 2,
            Change::Decline => 3,
            Change::NotClassifiable => 4,
        }
    }
}

/// The standard error of the difference of two measurements:
/// S_diff = √2 · SD · √(1 − r).
///
/// ```
/// use theory_of_value::monitor::s_diff;
/// // SD 0.8, r 0.74: √2 · 0.8 · √0.26 = 0.5769…
/// assert!((s_diff(0.8, 0.74) - 0.576888).abs() < 1e-6);
/// ```
pub fn s_diff(sd: f64, reliability: f64) -> f64 {
    std::f64::consts::SQRT_2 * sd * (1.0 - reliability).sqrt()
}

/// The reliable change index of a change from `x1` to `x2`: (x2 − x1) / S_diff.
///
/// ```
/// use theory_of_value::monitor::rci;
/// // MANSA mean 3.5 → 4.75, SD 0.8, r 0.74: 1.25 / 0.576888 = 2.1668
/// assert!((rci(3.5, 4.75, 0.8, 0.74) - 2.16680).abs() < 1e-4);
/// ```
pub fn rci(x1: f64, x2: f64, sd: f64, reliability: f64) -> f64 {
    (x2 - x1) / s_diff(sd, reliability)
}

/// Classifies one score's change. `change` and `expected` are oriented so that positive is
/// better; `s_diff` is the standard error of the difference.
///
/// 1. RCI = change / S_diff > 1.96: improvement.
/// 2. |RCI| ≤ 1.96: stabilisation (no reliable change).
/// 3. RCI < −1.96: a slower decline when an expected course is given and
///    (change − expected) / S_diff > 1.96 — the decline is reliably smaller than expected —,
///    otherwise a decline.
///
/// ```
/// use theory_of_value::monitor::{classify, Change};
/// assert_eq!(classify(1.25, 0.5769, None), Change::Improvement);
/// assert_eq!(classify(-0.5, 0.5769, None), Change::Stabilisation);
/// assert_eq!(classify(-1.25, 0.5769, None), Change::Decline);
/// // Expected without the organisation: −3.0; seen: −1.25. (−1.25 + 3.0) / 0.5769 = 3.03
/// assert_eq!(classify(-1.25, 0.5769, Some(-3.0)), Change::SlowerDecline);
/// ```
pub fn classify(change: f64, s_diff: f64, expected: Option<f64>) -> Change {
    if !(change.is_finite() && s_diff.is_finite() && s_diff > 0.0) {
        return Change::NotClassifiable;
    }
    let index = change / s_diff;
    if index > RCI_CRITICAL {
        Change::Improvement
    } else if index >= -RCI_CRITICAL {
        Change::Stabilisation
    } else {
        match expected {
            Some(e) if e.is_finite() && (change - e) / s_diff > RCI_CRITICAL => {
                Change::SlowerDecline
            }
            _ => Change::Decline,
        }
    }
}

/// Combines the classes of several scores that evidence one output into one class:
/// nothing classifiable gives "not classifiable"; an improvement on one score and a (slower)
/// decline on another conflict and give "not classifiable"; otherwise an improvement, else a
/// decline, else a slower decline, else a stabilisation.
///
/// ```
/// use theory_of_value::monitor::{combine, Change::*};
/// assert_eq!(combine(&[Improvement, Stabilisation]), Improvement);
/// assert_eq!(combine(&[Improvement, Decline]), NotClassifiable);
/// assert_eq!(combine(&[SlowerDecline, Decline]), Decline);
/// assert_eq!(combine(&[NotClassifiable, Stabilisation]), Stabilisation);
/// assert_eq!(combine(&[]), NotClassifiable);
/// ```
pub fn combine(classes: &[Change]) -> Change {
    let has = |c: Change| classes.contains(&c);
    let up = has(Change::Improvement);
    let down = has(Change::Decline) || has(Change::SlowerDecline);
    if up && down {
        Change::NotClassifiable
    } else if up {
        Change::Improvement
    } else if has(Change::Decline) {
        Change::Decline
    } else if has(Change::SlowerDecline) {
        Change::SlowerDecline
    } else if has(Change::Stabilisation) {
        Change::Stabilisation
    } else {
        Change::NotClassifiable
    }
}

/// The 95% Wilson score interval of a proportion `x` of `n`: (low, high).
///
/// centre = (p + z²/2n) / (1 + z²/n), half-width = z / (1 + z²/n) · √(p(1 − p)/n + z²/4n²),
/// with p = x/n and z = 1.96.
///
/// ```
/// use theory_of_value::monitor::wilson;
/// // 12 of 20: p = 0.6; low 0.3866, high 0.7812
/// let (low, high) = wilson(12, 20).unwrap();
/// assert!((low - 0.38658).abs() < 1e-4 && (high - 0.78119).abs() < 1e-4);
/// assert_eq!(wilson(0, 0), None);
/// ```
pub fn wilson(x: u64, n: u64) -> Option<(f64, f64)> {
    if n == 0 || x > n {
        return None;
    }
    let (x, n) = (x as f64, n as f64);
    let p = x / n;
    let z2 = Z95 * Z95;
    let denom = 1.0 + z2 / n;
    let centre = (p + z2 / (2.0 * n)) / denom;
    let half = Z95 / denom * (p * (1.0 - p) / n + z2 / (4.0 * n * n)).sqrt();
    Some(((centre - half).max(0.0), (centre + half).min(1.0)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wilson_by_hand() {
        // 0 of 10: p = 0, centre = (0 + 0.19208) / 1.38416 = 0.13877,
        // half = 1.96 / 1.38416 · √(0 + 3.8416/400) = 1.41602 · 0.0980 = 0.13877
        let (low, high) = wilson(0, 10).unwrap();
        assert!(low.abs() < 1e-9);
        assert!((high - 0.27754).abs() < 1e-4);
        // 10 of 10 mirrors it.
        let (low, high) = wilson(10, 10).unwrap();
        assert!((low - 0.72246).abs() < 1e-4 && (high - 1.0).abs() < 1e-9);
        // 50 of 100: 0.4038 – 0.5962
        let (low, high) = wilson(50, 100).unwrap();
        assert!((low - 0.40383).abs() < 1e-4 && (high - 0.59617).abs() < 1e-4);
    }

    #[test]
    fn rci_edges() {
        // Exactly 1.96 is not reliable.
        assert_eq!(classify(1.96, 1.0, None), Change::Stabilisation);
        assert_eq!(classify(-1.96, 1.0, None), Change::Stabilisation);
        assert_eq!(classify(1.0, 0.0, None), Change::NotClassifiable);
        // A decline equal to the expected one is a decline.
        assert_eq!(classify(-3.0, 1.0, Some(-3.0)), Change::Decline);
    }
}
