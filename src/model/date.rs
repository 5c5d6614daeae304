//! The date of a document version, as precise as the owner knows it.

use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// The date of a document version: a year (`2025`), a month (`2025-06`) or a day
/// (`2025-06-13`). Reports are often dated by year only, and a model should not invent a day.
///
/// ```
/// use theory_of_value::model::DocumentDate;
/// let year: DocumentDate = "2025".parse()?;
/// let day: DocumentDate = "2026-03-01".parse()?;
/// assert_eq!(year.year(), 2025);
/// assert!(year < day);
/// assert_eq!(day.to_string(), "2026-03-01");
/// assert!("2025-02-30".parse::<DocumentDate>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DocumentDate {
    /// A year.
    Year(i16),
    /// A month of a year.
    Month(i16, i8),
    /// A day.
    Day(jiff::civil::Date),
}

impl PartialOrd for DocumentDate {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Ordered by first day, then by last day: `2025-01-01` < `2025-01` < `2025`.
impl Ord for DocumentDate {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        (self.first_day(), self.last_day()).cmp(&(other.first_day(), other.last_day()))
    }
}

impl DocumentDate {
    /// The first day the date covers.
    ///
    /// ```
    /// use theory_of_value::model::DocumentDate;
    /// assert_eq!("2025-06".parse::<DocumentDate>()?.first_day().to_string(), "2025-06-01");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn first_day(self) -> jiff::civil::Date {
        match self {
            DocumentDate::Year(y) => first_of(y, 1),
            DocumentDate::Month(y, m) => first_of(y, m),
            DocumentDate::Day(d) => d,
        }
    }

    /// The last day the date covers.
    ///
    /// ```
    /// use theory_of_value::model::DocumentDate;
    /// assert_eq!("2024-02".parse::<DocumentDate>()?.last_day().to_string(), "2024-02-29");
    /// assert_eq!("2025".parse::<DocumentDate>()?.last_day().to_string(), "2025-12-31");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn last_day(self) -> jiff::civil::Date {
        match self {
            DocumentDate::Year(y) => first_of(y, 12).last_of_month(),
            DocumentDate::Month(y, m) => first_of(y, m).last_of_month(),
            DocumentDate::Day(d) => d,
        }
    }

    /// The year.
    ///
    /// ```
    /// assert_eq!("2024-11".parse::<theory_of_value::model::DocumentDate>()?.year(), 2024);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn year(self) -> i16 {
        match self {
            DocumentDate::Year(y) | DocumentDate::Month(y, _) => y,
            DocumentDate::Day(d) => d.year(),
        }
    }
}

/// A string that is not `YYYY`, `YYYY-MM` or an existing `YYYY-MM-DD`.
///
/// ```
/// assert!("13-01-2025".parse::<theory_of_value::model::DocumentDate>().is_err());
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("invalid date {0:?}: use YYYY, YYYY-MM or YYYY-MM-DD with a date that exists")]
pub struct DateError(pub String);

/// The first of a month; years and months outside the calendar's range are clamped (only
/// reachable by building a `DocumentDate` by hand, never by parsing).
fn first_of(year: i16, month: i8) -> jiff::civil::Date {
    jiff::civil::date(year.clamp(1, 9999), month.clamp(1, 12), 1)
}

fn digits(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

impl std::str::FromStr for DocumentDate {
    type Err = DateError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let err = || DateError(s.to_owned());
        let parts: Vec<&str> = s.split('-').collect();
        let year = |p: &str| -> Result<i16, DateError> {
            if p.len() == 4 && digits(p) {
                p.parse::<i16>().ok().filter(|y| *y >= 1).ok_or_else(err)
            } else {
                Err(err())
            }
        };
        let month = |p: &str| -> Result<i8, DateError> {
            if p.len() == 2 && digits(p) {
                p.parse::<i8>()
                    .ok()
                    .filter(|m| (1..=12).contains(m))
                    .ok_or_else(err)
            } else {
                Err(err())
            }
        };
        match parts.as_slice() {
            [y] => Ok(DocumentDate::Year(year(y)?)),
            [y, m] => Ok(DocumentDate::Month(year(y)?, month(m)?)),
            [y, m, d] if d.len() == 2 && digits(d) => {
                let (y, m) = (year(y)?, month(m)?);
                let d: i8 = d.parse().map_err(|_| err())?;
                jiff::civil::Date::new(y, m, d)
                    .map(DocumentDate::Day)
                    .map_err(|_| err())
            }
            _ => Err(err()),
        }
    }
}

impl fmt::Display for DocumentDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DocumentDate::Year(y) => write!(f, "{y:04}"),
            DocumentDate::Month(y, m) => write!(f, "{y:04}-{m:02}"),
            DocumentDate::Day(d) => write!(f, "{d}"),
        }
    }
}

impl From<jiff::civil::Date> for DocumentDate {
    fn from(d: jiff::civil::Date) -> Self {
        DocumentDate::Day(d)
    }
}

impl Serialize for DocumentDate {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DocumentDate {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(|_| {
            crate::read::message::invalid_value(
                format_args!("invalid date {s:?}: use YYYY, YYYY-MM or YYYY-MM-DD with a date that exists"),
                format_args!("ongeldige datum {s:?}: gebruik JJJJ, JJJJ-MM of JJJJ-MM-DD met een bestaande datum"),
            )
        })
    }
}

impl JsonSchema for DocumentDate {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "DocumentDate".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "pattern": "^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$",
            "description": "Date of the version: YYYY, YYYY-MM or YYYY-MM-DD"
        })
    }
}
