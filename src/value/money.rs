//! Money in integer euro cents, and shares (fractions between 0 and 1) in basis points.

use crate::base::Lang;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// An amount of money in whole euro cents. Never a float: every total is the exact sum of its
/// parts. In JSON an amount is an integer number of cents (`1265000` is €12,650.00).
///
/// ```
/// use theory_of_value::Lang;
/// use theory_of_value::value::Money;
/// let hic = Money::from_euros(12_650);
/// assert_eq!(hic.cents(), 1_265_000);
/// assert_eq!(hic.format(Lang::Nl), "€ 12.650,00");
/// assert_eq!(hic.format(Lang::En), "€12,650.00");
/// assert_eq!(Money::from_cents(60_239).checked_mul(21), Some(Money::from_cents(1_265_019)));
/// ```
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Money(u64);

impl Money {
    /// Zero euros.
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Money::ZERO.cents(), 0);
    /// ```
    pub const ZERO: Money = Money(0);

    /// An amount in cents.
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Money::from_cents(150).to_string(), "€1.50");
    /// ```
    pub const fn from_cents(cents: u64) -> Self {
        Money(cents)
    }

    /// An amount in whole euros.
    ///
    /// # Panics
    /// When `euros` × 100 does not fit in a `u64`; use [`Money::from_cents`] near that limit.
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Money::from_euros(15).cents(), 1500);
    /// ```
    pub const fn from_euros(euros: u64) -> Self {
        match euros.checked_mul(100) {
            Some(c) => Money(c),
            None => panic!("amount too large"),
        }
    }

    /// The amount in cents.
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Money::from_euros(3).cents(), 300);
    /// ```
    pub const fn cents(self) -> u64 {
        self.0
    }

    /// The sum, or `None` on overflow.
    ///
    /// ```
    /// use theory_of_value::value::Money;
    /// assert_eq!(Money::from_cents(1).checked_add(Money::from_cents(2)), Some(Money::from_cents(3)));
    /// assert_eq!(Money::from_cents(u64::MAX).checked_add(Money::from_cents(1)), None);
    /// ```
    pub const fn checked_add(self, other: Money) -> Option<Money> {
        match self.0.checked_add(other.0) {
            Some(c) => Some(Money(c)),
            None => None,
        }
    }

    /// The amount times `n`, or `None` on overflow.
    ///
    /// ```
    /// use theory_of_value::value::Money;
    /// assert_eq!(Money::from_euros(15).checked_mul(42_500), Some(Money::from_euros(637_500)));
    /// ```
    pub const fn checked_mul(self, n: u64) -> Option<Money> {
        match self.0.checked_mul(n) {
            Some(c) => Some(Money(c)),
            None => None,
        }
    }

    /// The amount written for a person: `€ 1.234,56` in Dutch, `€1,234.56` in English.
    ///
    /// ```
    /// use theory_of_value::Lang;
    /// use theory_of_value::value::Money;
    /// assert_eq!(Money::from_cents(123_456).format(Lang::Nl), "€ 1.234,56");
    /// ```
    pub fn format(self, lang: Lang) -> String {
        let (euros, cents) = (self.0 / 100, self.0 % 100);
        let digits = euros.to_string();
        let (group, decimal, prefix) = lang.pick(('.', ',', "€ "), (',', '.', "€"));
        let mut grouped = String::new();
        for (i, c) in digits.chars().enumerate() {
            if i > 0 && (digits.len() - i) % 3 == 0 {
                grouped.push(group);
            }
            grouped.push(c);
        }
        format!("{prefix}{grouped}{decimal}{cents:02}")
    }
}

impl fmt::Display for Money {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "€{}.{:02}", self.0 / 100, self.0 % 100)
    }
}

impl std::iter::Sum for Money {
    /// Sums amounts.
    ///
    /// # Panics
    /// On overflow; the estimate uses checked arithmetic instead.
    fn sum<I: Iterator<Item = Money>>(iter: I) -> Money {
        // No path from a document reaches this: the crate sums with `checked_add` (`TOV213`);
        // `Sum` is for users' own totals of an estimate's lines, which never exceed its
        // checked totals.
        iter.fold(Money::ZERO, |a, b| {
            a.checked_add(b).expect("money overflow")
        })
    }
}

impl JsonSchema for Money {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Money".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "integer",
            "minimum": 0,
            "description": "Amount in euro cents (1265000 is €12,650.00)"
        })
    }
}

/// The number of basis points in a whole.
///
/// ```
/// use theory_of_value::value::{Share, BASIS_POINTS};
/// assert_eq!(u32::from(Share::try_from(1.0)?.basis_points()), BASIS_POINTS);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
pub const BASIS_POINTS: u32 = 10_000;

/// A fraction between 0 and 1 with at most four decimals (a whole number of basis points),
/// written in JSON as a number: `0.25`. Values outside 0–1 are rejected while parsing
/// (`TOV006`).
///
/// ```
/// use theory_of_value::value::Share;
/// let s = Share::from_basis_points(2_500)?;
/// assert_eq!(s.to_string(), "0.25");
/// assert_eq!(Share::try_from(0.1234)?.basis_points(), 1_234);
/// assert!(Share::try_from(1.5).is_err());
/// assert!(Share::try_from(0.12345).is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Share(u16);

/// A number that is not a share: outside 0–1, or with more than four decimals.
///
/// ```
/// assert!(theory_of_value::value::Share::try_from(-0.1).is_err());
/// ```
#[derive(Debug, Clone, Copy, PartialEq, thiserror::Error)]
#[error("{0} is not a share: use a number from 0 to 1 with at most four decimals")]
pub struct ShareError(pub f64);

impl Share {
    /// Nothing: 0.
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Share::ZERO.basis_points(), 0);
    /// ```
    pub const ZERO: Share = Share(0);

    /// A share from basis points (0 to 10 000).
    ///
    /// # Errors
    /// [`ShareError`] above 10 000.
    ///
    /// ```
    /// assert!(theory_of_value::value::Share::from_basis_points(10_001).is_err());
    /// ```
    pub fn from_basis_points(bp: u16) -> Result<Self, ShareError> {
        if u32::from(bp) <= BASIS_POINTS {
            Ok(Share(bp))
        } else {
            Err(ShareError(f64::from(bp) / f64::from(BASIS_POINTS)))
        }
    }

    /// The share in basis points (parts of 10 000).
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Share::try_from(0.5)?.basis_points(), 5_000);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub const fn basis_points(self) -> u16 {
        self.0
    }

    /// The share as a float, for display only.
    ///
    /// ```
    /// assert_eq!(theory_of_value::value::Share::try_from(0.5)?.as_f64(), 0.5);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_f64(self) -> f64 {
        f64::from(self.0) / f64::from(BASIS_POINTS)
    }
}

impl TryFrom<f64> for Share {
    type Error = ShareError;
    fn try_from(x: f64) -> Result<Self, Self::Error> {
        if !(0.0..=1.0).contains(&x) {
            return Err(ShareError(x));
        }
        let scaled = x * f64::from(BASIS_POINTS);
        let rounded = scaled.round();
        if (scaled - rounded).abs() > 1e-6 {
            return Err(ShareError(x));
        }
        // In range by the check above: 0 ≤ rounded ≤ 10 000.
        Share::from_basis_points(rounded as u16)
    }
}

impl fmt::Display for Share {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.as_f64())
    }
}

impl Serialize for Share {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_f64(self.as_f64())
    }
}

impl<'de> Deserialize<'de> for Share {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let x = f64::deserialize(d)?;
        Share::try_from(x).map_err(|_| {
            crate::read::message::invalid_value(
                format_args!("{x} is not a share: use a number from 0 to 1 with at most four decimals"),
                format_args!("{x} is geen aandeel: gebruik een getal van 0 tot en met 1 met hoogstens vier decimalen"),
            )
        })
    }
}

impl JsonSchema for Share {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Share".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "number",
            "minimum": 0,
            "maximum": 1,
            "multipleOf": 0.0001,
            "description": "A fraction from 0 to 1, at most four decimals"
        })
    }
}

/// `value × (10 000 − bp) / 10 000`, rounded half up to whole cents.
pub(crate) fn apply_share_reduction(value: u64, share: Share) -> u64 {
    let keep = u128::from(BASIS_POINTS - u32::from(share.basis_points()));
    round_div(u128::from(value) * keep, u128::from(BASIS_POINTS))
}

/// `value × 10 000 / (10 000 + bp)`: one year of discounting at rate `bp`, rounded half up.
pub(crate) fn discount_once(value: u64, rate: Share) -> u64 {
    let denominator = u128::from(BASIS_POINTS + u32::from(rate.basis_points()));
    round_div(u128::from(value) * u128::from(BASIS_POINTS), denominator)
}

/// `n / d` rounded half up; the result never exceeds `n / d` rounded up, so it fits where `n / d` fits.
pub(crate) fn round_div(n: u128, d: u128) -> u64 {
    let q = (n + d / 2) / d;
    // Callers pass `n = value × k` and `d ≥ k` for a `u64` value, so `q` fits in a `u64`.
    u64::try_from(q).expect("a reduction never exceeds its input")
}
