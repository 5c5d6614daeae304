//! Identifiers of the elements of a document.

use compact_str::CompactString;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};
use std::borrow::Borrow;
use std::fmt;

/// The longest identifier accepted, in bytes.
///
/// ```
/// use theory_of_value::model::{Id, MAX_ID_LEN};
/// assert!(Id::new("a".repeat(MAX_ID_LEN)).is_ok());
/// assert!(Id::new("a".repeat(MAX_ID_LEN + 1)).is_err());
/// ```
pub const MAX_ID_LEN: usize = 64;

/// The identifier of an element (an outcome, an output, an activity…), unique within its document.
///
/// Well-formed identifiers are 1 to 64 characters of lowercase ASCII letters and digits,
/// start with a letter, and may separate words with single `-`, `_` or `.`:
/// `out-ind-roles`, `inloop`, `act.walk_in`. A malformed identifier is rejected while
/// parsing, with code `TOV006` and the reason.
///
/// ```
/// use theory_of_value::model::Id;
///
/// let id: Id = "out-ind-roles".parse()?;
/// assert_eq!(id.as_str(), "out-ind-roles");
/// assert!("Out Ind".parse::<Id>().is_err());
/// assert!("".parse::<Id>().is_err());
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// An identifier of up to 24 bytes is held inline, without an allocation of its own, so the
/// links of a large document lie side by side in memory.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Id(CompactString);

impl Serialize for Id {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

impl<'de> Deserialize<'de> for Id {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = CompactString::deserialize(d)?;
        match check(&s) {
            Ok(()) => Ok(Id(s)),
            Err(e) => Err(crate::read::message::invalid_value(
                format_args!("invalid identifier {s:?}: {e}"),
                format_args!("ongeldige identificatie {s:?}: {}", e.nl()),
            )),
        }
    }
}

/// Why a string is not a well-formed [`Id`].
///
/// ```
/// use theory_of_value::model::{Id, IdError};
/// assert_eq!("9a".parse::<Id>(), Err(IdError::Start('9')));
/// ```
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum IdError {
    /// The identifier is empty.
    #[error("empty identifier")]
    Empty,
    /// Longer than [`MAX_ID_LEN`] bytes.
    #[error("identifier longer than {MAX_ID_LEN} characters")]
    TooLong,
    /// Does not start with a lowercase letter.
    #[error("identifier must start with a lowercase letter a-z, not `{0}`")]
    Start(char),
    /// A character outside `a-z`, `0-9`, `-`, `_`, `.`.
    #[error("character `{0}` is not allowed in an identifier (use a-z, 0-9, -, _ or .)")]
    Char(char),
    /// Two separators in a row, or a separator at the end.
    #[error("separators (-, _, .) must stand between letters or digits")]
    Separator,
}

impl IdError {
    /// The reason in Dutch.
    ///
    /// ```
    /// assert_eq!(theory_of_value::model::IdError::Empty.nl(), "lege identificatie");
    /// ```
    pub fn nl(&self) -> String {
        match self {
            IdError::Empty => "lege identificatie".into(),
            IdError::TooLong => format!("identificatie langer dan {MAX_ID_LEN} tekens"),
            IdError::Start(c) => {
                format!("een identificatie begint met een kleine letter a-z, niet met `{c}`")
            }
            IdError::Char(c) => {
                format!("teken `{c}` mag niet in een identificatie (gebruik a-z, 0-9, -, _ of .)")
            }
            IdError::Separator => {
                "scheidingstekens (-, _, .) staan alleen tussen letters of cijfers".into()
            }
        }
    }
}

impl Id {
    /// Checks and wraps an identifier.
    ///
    /// # Errors
    /// [`IdError`] when the string is not well-formed.
    ///
    /// ```
    /// let id = theory_of_value::model::Id::new("impact")?;
    /// assert_eq!(id.to_string(), "impact");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn new(s: impl Into<String>) -> Result<Self, IdError> {
        let s = s.into();
        check(&s)?;
        Ok(Id(CompactString::from(s)))
    }

    /// The identifier as a string slice.
    ///
    /// ```
    /// let id = theory_of_value::model::Id::new("impact")?;
    /// assert_eq!(id.as_str(), "impact");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

fn check(s: &str) -> Result<(), IdError> {
    let mut chars = s.chars();
    let first = chars.next().ok_or(IdError::Empty)?;
    if s.len() > MAX_ID_LEN {
        return Err(IdError::TooLong);
    }
    if !first.is_ascii_lowercase() {
        return Err(IdError::Start(first));
    }
    let mut after_sep = false;
    for c in chars {
        match c {
            'a'..='z' | '0'..='9' => after_sep = false,
            '-' | '_' | '.' => {
                if after_sep {
                    return Err(IdError::Separator);
                }
                after_sep = true;
            }
            other => return Err(IdError::Char(other)),
        }
    }
    if after_sep {
        return Err(IdError::Separator);
    }
    Ok(())
}

impl TryFrom<String> for Id {
    type Error = IdError;
    fn try_from(s: String) -> Result<Self, Self::Error> {
        Id::new(s)
    }
}

impl From<Id> for String {
    fn from(id: Id) -> String {
        id.0.into_string()
    }
}

impl std::str::FromStr for Id {
    type Err = IdError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        check(s)?;
        Ok(Id(CompactString::new(s)))
    }
}

impl fmt::Display for Id {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Borrow<str> for Id {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl AsRef<str> for Id {
    fn as_ref(&self) -> &str {
        &self.0
    }
}

impl JsonSchema for Id {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "Id".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "type": "string",
            "minLength": 1,
            "maxLength": MAX_ID_LEN,
            "pattern": "^[a-z][a-z0-9]*([-_.][a-z0-9]+)*$",
            "description": "Identifier: lowercase letters and digits, words separated by -, _ or ."
        })
    }
}

/// The first sixteen bytes of `id` as a number that orders as the text does: IDs hold no NUL
/// byte, so padding with zeros keeps the byte order of the texts.
fn prefix(id: &Id) -> u128 {
    let mut bytes = [0u8; 16];
    let s = id.as_str().as_bytes();
    let n = s.len().min(16);
    bytes[..n].copy_from_slice(&s[..n]);
    u128::from_be_bytes(bytes)
}

/// For each item of `items`, in order, whether its ID (`id` of it) repeats the ID of an
/// earlier item. A short list (nearly every list of links) looks back, which is cheapest
/// there; a long one is sorted once, by a key held beside each position (the first eight
/// bytes of the ID, sixteen bytes per position), so the sort seldom reads the IDs themselves,
/// and the later of two equal neighbours is marked as repeated.
pub(crate) fn repeats<'a, T>(
    items: &'a [T],
    id: impl Fn(&T) -> &Id + 'a,
) -> impl Iterator<Item = bool> + 'a {
    let long: Option<Vec<bool>> = (items.len() > 16).then(|| {
        let mut repeated = vec![false; items.len()];
        for j in later_repeats(items, &id) {
            if let Some(r) = repeated.get_mut(j) {
                *r = true;
            }
        }
        repeated
    });
    (0..items.len()).map(move |j| match &long {
        Some(repeated) => repeated.get(j).copied().unwrap_or(false),
        None => match (items.get(..j), items.get(j)) {
            (Some(before), Some(x)) => before.iter().any(|b| id(b) == id(x)),
            _ => false,
        },
    })
}

/// The positions in `items` whose ID repeats one seen at an earlier position, in any order.
fn later_repeats<T>(items: &[T], id: impl Fn(&T) -> &Id) -> Vec<usize> {
    let short = |id: &Id| {
        let mut bytes = [0u8; 8];
        let s = id.as_str().as_bytes();
        let n = s.len().min(8);
        bytes[..n].copy_from_slice(&s[..n]);
        u64::from_be_bytes(bytes)
    };
    // Positions as `u32`: a list of more than four billion links does not fit in the largest
    // input read (`tov`'s size limit), and a longer one falls back to `usize` positions.
    if u32::try_from(items.len()).is_err() {
        let mut keyed: Vec<(u64, usize)> = items
            .iter()
            .enumerate()
            .map(|(i, x)| (short(id(x)), i))
            .collect();
        return repeats_of(items, &id, &mut keyed);
    }
    let mut keyed: Vec<(u64, u32)> = items
        .iter()
        .zip(0u32..)
        .map(|(x, i)| (short(id(x)), i))
        .collect();
    repeats_of(items, &id, &mut keyed)
}

/// The later positions of equal IDs among `keyed` (a key and a position in `items` each).
fn repeats_of<T, P: Copy + Ord + TryInto<usize>>(
    items: &[T],
    id: &impl Fn(&T) -> &Id,
    keyed: &mut [(u64, P)],
) -> Vec<usize> {
    let at = |p: P| p.try_into().ok().and_then(|i| items.get(i)).map(id);
    keyed.sort_unstable_by(|a, b| {
        a.0.cmp(&b.0)
            .then_with(|| at(a.1).cmp(&at(b.1)))
            .then(a.1.cmp(&b.1))
    });
    keyed
        .windows(2)
        .filter_map(|pair| match *pair {
            [(ka, a), (kb, b)] if ka == kb && at(a) == at(b) => b.try_into().ok(),
            _ => None,
        })
        .collect()
}

/// `ids` sorted by their text, without repeats, in the order `Id`'s `Ord` gives. Each ID is
/// compared first by its first sixteen bytes held beside its position, so a sort of many IDs
/// rarely reads the IDs themselves, and the result is read from `ids` (copies made in the
/// document's order) rather than from the document.
pub(crate) fn sorted_unique(ids: Vec<Id>) -> Vec<Id> {
    if ids.len() < 2 || u32::try_from(ids.len()).is_err() {
        let mut ids = ids;
        ids.sort_unstable();
        ids.dedup();
        return ids;
    }
    let mut keyed: Vec<(u128, u32)> = ids
        .iter()
        .zip(0u32..)
        .map(|(id, i)| (prefix(id), i))
        .collect();
    let at = |i: u32| ids.get(i as usize);
    keyed.sort_unstable_by(|a, b| a.0.cmp(&b.0).then_with(|| at(a.1).cmp(&at(b.1))));
    keyed.dedup_by(|a, b| a.0 == b.0 && at(a.1) == at(b.1));
    keyed.iter().filter_map(|&(_, i)| at(i).cloned()).collect()
}

#[cfg(test)]
mod sort_tests {
    use super::*;

    #[test]
    fn sorts_as_ord_does() {
        let texts = [
            "op-10",
            "op-9",
            "op-1",
            "a",
            "op-10",
            "abcdefghijklmnopq",
            "abcdefghijklmnop",
            "abcdefghijklmnopr",
            "b",
            "a-b",
            "a",
        ];
        let owned: Vec<Id> = texts.iter().map(|s| s.parse().expect("an ID")).collect();
        let fast = sorted_unique(owned.clone());
        let mut slow = owned.clone();
        slow.sort();
        slow.dedup();
        assert_eq!(fast, slow);
        let expected: Vec<bool> = (0..owned.len())
            .map(|j| owned[..j].contains(&owned[j]))
            .collect();
        // Long enough to be sorted, and short enough to look back.
        let long: Vec<Id> = owned.iter().cycle().take(40).cloned().collect();
        let long_expected: Vec<bool> = (0..long.len())
            .map(|j| long[..j].contains(&long[j]))
            .collect();
        assert_eq!(repeats(&long, |x| x).collect::<Vec<_>>(), long_expected);
        let repeats: Vec<bool> = repeats(&owned, |x| x).collect();
        assert_eq!(repeats, expected);
    }
}
