//! Privacy by construction: what looks like personal data in free text, the suppression
//! threshold, and a count that may be suppressed.

use crate::base::{Code, Message, Report};
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::fmt;

/// What kind of personal data a piece of text seems to hold.
///
/// ```
/// use theory_of_value::monitor::{personal_data, PersonalData};
/// assert_eq!(personal_data("mail me: a.b@example.org"), Some(PersonalData::Email));
/// assert_eq!(personal_data("bel 06-12345678"), Some(PersonalData::Phone));
/// assert_eq!(personal_data("geboren 03-04-1971"), Some(PersonalData::Date));
/// assert_eq!(personal_data("BSN 111222333"), Some(PersonalData::Bsn));
/// assert_eq!(personal_data("deelnemer d-0042, sinds 2024"), None);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PersonalData {
    /// An e-mail address.
    Email,
    /// A Dutch phone number (ten digits from 0, or +31 / 0031 and nine digits).
    Phone,
    /// A full date (day, month and year), which may be a date of birth.
    Date,
    /// Nine digits passing the eleven-test of the citizen service number (BSN).
    Bsn,
}

impl PersonalData {
    /// What was found, in Dutch and English.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::PersonalData::Bsn.label().en, "a citizen service number (BSN)");
    /// ```
    pub const fn label(self) -> crate::base::Label {
        use crate::base::Label;
        match self {
            PersonalData::Email => Label::new("een e-mailadres", "an e-mail address"),
            PersonalData::Phone => Label::new("een telefoonnummer", "a phone number"),
            PersonalData::Date => Label::new(
                "een volledige datum (mogelijk een geboortedatum)",
                "a full date (possibly a date of birth)",
            ),
            PersonalData::Bsn => Label::new(
                "een burgerservicenummer (BSN)",
                "a citizen service number (BSN)",
            ),
        }
    }

    pub(crate) fn push(self, r: &mut Report, path: String) {
        let l = self.label();
        r.push(
            Code::PersonalData,
            path,
            Message::new(
                format!("Dit lijkt {} te bevatten. Metingen en verhalen zijn pseudoniem: haal het weg.", l.nl),
                format!("This seems to contain {}. Measurements and stories are pseudonymous: remove it.", l.en),
            ),
        );
    }
}

/// Whether nine digits pass the eleven-test of the Dutch citizen service number:
/// 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is a multiple of 11 (and not all digits are 0).
///
/// ```
/// use theory_of_value::monitor::passes_eleven_test;
/// assert!(passes_eleven_test("111222333"));   // 9+8+7+12+10+8+9+6-3 = 66 = 6 × 11
/// assert!(!passes_eleven_test("123456789"));
/// assert!(!passes_eleven_test("12345678"));
/// ```
pub fn passes_eleven_test(digits: &str) -> bool {
    let d: Vec<i64> = digits
        .bytes()
        .filter(u8::is_ascii_digit)
        .map(|b| i64::from(b - b'0'))
        .collect();
    if d.len() != 9 || digits.len() != 9 || d.iter().all(|x| *x == 0) {
        return false;
    }
    let sum: i64 = d[..8]
        .iter()
        .zip((2..=9).rev())
        .map(|(x, w)| x * w)
        .sum::<i64>()
        - d[8];
    sum % 11 == 0
}

const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
];

/// The first kind of personal data `text` seems to hold, if any: an e-mail address, a phone
/// number, a full date, or nine digits that pass the BSN eleven-test.
///
/// ```
/// use theory_of_value::monitor::personal_data;
/// assert!(personal_data("op 12 maart 1985 geboren").is_some());
/// assert!(personal_data("in maart 2025 begonnen").is_none());
/// ```
pub fn personal_data(text: &str) -> Option<PersonalData> {
    scan_str(text)
}

/// The first kind of personal data `text` seems to hold (see [`personal_data`]).
pub(crate) fn scan_str(text: &str) -> Option<PersonalData> {
    let b = text.as_bytes();
    // Fast path: nothing to look at without digits or an at sign.
    if !b.iter().any(|c| c.is_ascii_digit() || *c == b'@') {
        return None;
    }
    if holds_email(text) {
        return Some(PersonalData::Email);
    }
    let mut i = 0;
    while i < b.len() {
        let starts_number =
            b[i].is_ascii_digit() || (b[i] == b'+' && b.get(i + 1).is_some_and(u8::is_ascii_digit));
        if !starts_number {
            i += 1;
            continue;
        }
        let run = DigitRun::at(text, i);
        if let Some(kind) = run.kind() {
            return Some(kind);
        }
        i = run.end.max(i + 1);
    }
    written_date(text).then_some(PersonalData::Date)
}

/// Whether the first at sign in `text` joins an e-mail address: a local part before it, a
/// domain with a dot (not at its end) after it.
fn holds_email(text: &str) -> bool {
    let Some(at) = text.find('@') else {
        return false;
    };
    let (before, after) = (&text[..at], &text[at + 1..]);
    let local = before
        .chars()
        .rev()
        .take_while(|c| c.is_alphanumeric() || "._%+-".contains(*c))
        .count();
    let domain: String = after
        .chars()
        .take_while(|c| c.is_alphanumeric() || ".-".contains(*c))
        .collect();
    local > 0 && domain.contains('.') && !domain.ends_with('.')
}

/// A run of groups of digits joined by one space, dash, dot or slash, perhaps after a `+`.
struct DigitRun<'t> {
    /// The run as written.
    run: &'t str,
    /// Its groups of digits.
    groups: Vec<&'t str>,
    /// What joins them.
    seps: Vec<u8>,
    /// Where the run ends in the text.
    end: usize,
}

impl<'t> DigitRun<'t> {
    /// The run that starts at `start` of `text`, at a digit or a `+` before one.
    fn at(text: &'t str, start: usize) -> Self {
        let b = text.as_bytes();
        let mut groups: Vec<&str> = Vec::new();
        let mut seps: Vec<u8> = Vec::new();
        let mut j = start;
        if b[j] == b'+' {
            j += 1;
        }
        loop {
            let g = j;
            while j < b.len() && b[j].is_ascii_digit() {
                j += 1;
            }
            groups.push(&text[g..j]);
            if j + 1 < b.len()
                && matches!(b[j], b' ' | b'-' | b'.' | b'/')
                && b[j + 1].is_ascii_digit()
            {
                seps.push(b[j]);
                j += 1;
            } else {
                break;
            }
        }
        DigitRun {
            run: &text[start..j],
            groups,
            seps,
            end: j,
        }
    }

    /// The kind of personal data the run is, if any: a full date, a phone number or a
    /// citizen service number.
    fn kind(&self) -> Option<PersonalData> {
        let digits: String = self.run.chars().filter(char::is_ascii_digit).collect();
        if self.groups.len() >= 3 && self.groups.windows(3).any(is_full_date) {
            return Some(PersonalData::Date);
        }
        // A phone number: 0 and nine digits, +31 or 0031 and nine digits.
        let phone = (digits.len() == 10 && digits.starts_with('0') && !digits.starts_with("00"))
            || (digits.len() == 11 && self.run.starts_with("+31"))
            || (digits.len() == 13 && digits.starts_with("0031"));
        if phone && self.groups.len() <= 4 {
            return Some(PersonalData::Phone);
        }
        // A citizen service number: one run of exactly nine digits.
        if self.groups.iter().any(|g| passes_eleven_test(g)) {
            return Some(PersonalData::Bsn);
        }
        if self.groups.len() > 1
            && self.seps.iter().all(|s| *s == b' ' || *s == b'.')
            && passes_eleven_test(&digits)
        {
            return Some(PersonalData::Bsn);
        }
        None
    }
}

/// Whether three groups of digits are a full date: d-m-yyyy, d/m/yyyy, d.m.yyyy or
/// yyyy-mm-dd.
fn is_full_date(w: &[&str]) -> bool {
    let n = |s: &str| s.parse::<u32>().ok();
    let dmy = w[0].len() <= 2 && w[1].len() <= 2 && w[2].len() == 4;
    let ymd = w[0].len() == 4 && w[1].len() <= 2 && w[2].len() <= 2;
    let (d, m, y) = if dmy {
        (n(w[0]), n(w[1]), n(w[2]))
    } else if ymd {
        (n(w[2]), n(w[1]), n(w[0]))
    } else {
        return false;
    };
    matches!((d, m, y), (Some(d), Some(m), Some(y))
        if (1..=31).contains(&d) && (1..=12).contains(&m) && (1900..=2100).contains(&y))
}

/// Whether `text` holds a date written out: "12 maart 1985".
fn written_date(text: &str) -> bool {
    let lower = text.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(3).any(|w| {
        w[0].len() <= 2
            && w[0].parse::<u32>().is_ok_and(|d| (1..=31).contains(&d))
            && MONTHS.contains(&w[1])
            && w[2].len() == 4
            && w[2]
                .parse::<u32>()
                .is_ok_and(|y| (1900..=2100).contains(&y))
    })
}

/// The suppression threshold: counts below it are shown as "< threshold" in every published
/// rendering. 5 unless configured; never below 3.
///
/// ```
/// use theory_of_value::monitor::Threshold;
/// assert_eq!(Threshold::default().get(), 5);
/// assert!(Threshold::new(2).is_err());
/// assert_eq!(Threshold::new(10)?.get(), 10);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "u32", into = "u32")]
pub struct Threshold(u32);

impl Threshold {
    /// The lowest threshold allowed.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Threshold::MIN, 3);
    /// ```
    pub const MIN: u32 = 3;

    /// A threshold of `n`.
    ///
    /// # Errors
    /// [`ThresholdError`] when `n` is below 3.
    ///
    /// ```
    /// assert!(theory_of_value::monitor::Threshold::new(3).is_ok());
    /// ```
    pub fn new(n: u32) -> Result<Self, ThresholdError> {
        if n < Self::MIN {
            Err(ThresholdError(n))
        } else {
            Ok(Threshold(n))
        }
    }

    /// Its value.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::Threshold::default().get(), 5);
    /// ```
    pub const fn get(self) -> u32 {
        self.0
    }
}

impl Default for Threshold {
    fn default() -> Self {
        Threshold(5)
    }
}

impl From<Threshold> for u32 {
    fn from(t: Threshold) -> u32 {
        t.0
    }
}

impl TryFrom<u32> for Threshold {
    type Error = ThresholdError;
    fn try_from(n: u32) -> Result<Self, Self::Error> {
        Threshold::new(n)
    }
}

impl JsonSchema for Threshold {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Threshold".into()
    }
    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({ "type": "integer", "minimum": 3 })
    }
}

/// A suppression threshold below 3.
///
/// ```
/// assert!(theory_of_value::monitor::Threshold::new(1).unwrap_err().to_string().contains("3"));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("a suppression threshold of {0} is below the minimum of 3")]
pub struct ThresholdError(pub u32);

/// A count in a published report: exact, suppressed (below the threshold, or suppressed so
/// that it cannot be worked out from the others), or — in a movement-wide aggregate — at least
/// the sum of the organisations that show theirs.
///
/// ```
/// use theory_of_value::monitor::ShownCount;
/// use theory_of_value::Lang;
/// assert_eq!(ShownCount::Count(12).render(Lang::Nl), "12");
/// assert_eq!(ShownCount::Suppressed { below: 5 }.render(Lang::Nl), "< 5");
/// assert_eq!(ShownCount::AtLeast { at_least: 40 }.render(Lang::En), "≥ 40");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, JsonSchema)]
#[serde(untagged, deny_unknown_fields)]
#[schemars(rename = "Cell")] // the schema's name for it, kept stable
pub enum ShownCount {
    /// The exact count.
    Count(u64),
    /// Not shown.
    Suppressed {
        /// The threshold in force: the cell is shown as "< below".
        below: u32,
    },
    /// At least this many: some contributing organisations suppressed theirs.
    AtLeast {
        /// The sum of the counts that were shown.
        at_least: u64,
    },
}

impl ShownCount {
    /// The exact count, if shown.
    ///
    /// ```
    /// assert_eq!(theory_of_value::monitor::ShownCount::Count(7).count(), Some(7));
    /// ```
    pub const fn count(self) -> Option<u64> {
        match self {
            ShownCount::Count(n) => Some(n),
            _ => None,
        }
    }

    /// How the cell is shown.
    ///
    /// ```
    /// use theory_of_value::{monitor::ShownCount, Lang};
    /// assert_eq!(ShownCount::Count(1234).render(Lang::Nl), "1234");
    /// ```
    pub fn render(self, _lang: crate::base::Lang) -> String {
        self.to_string()
    }
}

impl fmt::Display for ShownCount {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ShownCount::Count(n) => write!(f, "{n}"),
            ShownCount::Suppressed { below } => write!(f, "< {below}"),
            ShownCount::AtLeast { at_least } => write!(f, "≥ {at_least}"),
        }
    }
}

/// Suppresses one partition: `total` and the `cells` that add up to it. A cell below the
/// threshold is suppressed (primary); then, while the suppressed cells together are below the
/// threshold — so that the total minus the shown cells would reveal a small number — the
/// smallest shown cell is suppressed as well (secondary); with no cell left to add, the total
/// is suppressed too. A total below the threshold suppresses everything. `cells` must add up
/// to `total`.
///
/// ```
/// use theory_of_value::monitor::{suppress, ShownCount, Threshold};
/// let (total, cells) = suppress(20, &[12, 2, 6], Threshold::default());
/// assert_eq!(total, ShownCount::Count(20));
/// // The 2 is below 5; the 6 goes too, or 20 − 12 − 6 would reveal it.
/// assert_eq!(cells, [ShownCount::Count(12), ShownCount::Suppressed { below: 5 }, ShownCount::Suppressed { below: 5 }]);
/// ```
pub fn suppress(total: u64, cells: &[u64], t: Threshold) -> (ShownCount, Vec<ShownCount>) {
    let t64 = u64::from(t.get());
    let hidden = ShownCount::Suppressed { below: t.get() };
    if total < t64 {
        return (hidden, vec![hidden; cells.len()]);
    }
    let mut suppressed: Vec<bool> = cells.iter().map(|c| *c < t64).collect();
    loop {
        let n = suppressed.iter().filter(|s| **s).count();
        let sum: u64 = cells
            .iter()
            .zip(&suppressed)
            .filter(|(_, s)| **s)
            .map(|(c, _)| *c)
            .sum();
        if n == 0 || (sum >= t64 && n >= 2) {
            break;
        }
        match cells
            .iter()
            .enumerate()
            .filter(|(i, _)| !suppressed[*i])
            .min_by_key(|(i, c)| (**c, *i))
        {
            Some((i, _)) => suppressed[i] = true,
            None => {
                return (hidden, vec![hidden; cells.len()]);
            }
        }
    }
    (
        ShownCount::Count(total),
        cells
            .iter()
            .zip(&suppressed)
            .map(|(c, s)| if *s { hidden } else { ShownCount::Count(*c) })
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn eleven_test_by_hand() {
        // 123456782: 9+16+21+24+25+24+21+16-2 = 154 = 14 × 11
        assert!(passes_eleven_test("123456782"));
        assert!(!passes_eleven_test("123456783"));
        assert_eq!(personal_data("nummer 123456782"), Some(PersonalData::Bsn));
        assert_eq!(personal_data("nummer 123 456 782"), Some(PersonalData::Bsn));
        assert_eq!(personal_data("+31 6 12345678"), Some(PersonalData::Phone));
        assert_eq!(personal_data("1985-03-12"), Some(PersonalData::Date));
        assert_eq!(personal_data("d-0042"), None);
        assert_eq!(personal_data("20 mensen in 2025, 3 dagen per week"), None);
    }

    #[test]
    fn suppression_by_hand() {
        let t = Threshold::default();
        // Nothing small: all shown.
        assert_eq!(
            suppress(20, &[10, 10], t).1,
            vec![ShownCount::Count(10), ShownCount::Count(10)]
        );
        // One small cell: the next smallest goes too, so 20 - 12 does not reveal the 2.
        let (_, c) = suppress(20, &[12, 2, 6], t);
        assert_eq!(
            c,
            vec![
                ShownCount::Count(12),
                ShownCount::Suppressed { below: 5 },
                ShownCount::Suppressed { below: 5 }
            ]
        );
        // Two zeros: their sum (0) would be revealed, so a shown cell is added.
        let (total, c) = suppress(10, &[10, 0, 0], t);
        assert_eq!(total, ShownCount::Count(10));
        assert!(c.iter().all(|c| c.count().is_none()));
        // Total below the threshold: everything hidden.
        assert_eq!(
            suppress(4, &[4, 0], t).0,
            ShownCount::Suppressed { below: 5 }
        );
    }
}
