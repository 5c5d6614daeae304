//! A deserializer adapter that reads the crate's documents strictly: a struct only from a JSON
//! object (serde also accepts an array of its fields in order), and a vocabulary value only
//! from a JSON string (serde_json also accepts `{"value": null}`). So the crate accepts exactly
//! what its JSON Schemas describe. Like JSON Schema, it counts a number with no fractional
//! part as a whole number, however written (`20`, `20.0`, `2e1`), and a whole number outside
//! the range of the target type is refused with a message that says so.

use serde::de::{self, DeserializeSeed, Deserializer, EnumAccess, MapAccess, SeqAccess, Visitor};
use std::fmt;

/// Wraps a deserializer; every nested deserializer is wrapped too.
pub(crate) struct Strict<D>(pub(crate) D);

struct Wrap<V>(V);
struct StrictSeed<S>(S);
struct StrictMap<A>(A);
struct StrictSeq<A>(A);
/// Reads a unit variant of an enum from a string only.
struct UnitVariant<V>(V);

macro_rules! forward {
    ($($method:ident),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
                self.0.$method(Wrap(visitor))
            }
        )*
    };
}

/// Reads a whole number into a type whose range is `min..=max`.
macro_rules! integral {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method<V: Visitor<'de>>(self, visitor: V) -> Result<V::Value, Self::Error> {
                self.0.$method(Integral {
                    visitor,
                    min: i128::from(<$ty>::MIN),
                    max: i128::from(<$ty>::MAX),
                })
            }
        )*
    };
}

impl<'de, D: Deserializer<'de>> Deserializer<'de> for Strict<D> {
    type Error = D::Error;

    integral!(
        deserialize_i8(i8),
        deserialize_i16(i16),
        deserialize_i32(i32),
        deserialize_i64(i64),
        deserialize_i128(i64),
        deserialize_u8(u8),
        deserialize_u16(u16),
        deserialize_u32(u32),
        deserialize_u64(u64),
        deserialize_u128(u64),
    );

    forward!(
        deserialize_any,
        deserialize_bool,
        deserialize_f32,
        deserialize_f64,
        deserialize_char,
        deserialize_str,
        deserialize_string,
        deserialize_bytes,
        deserialize_byte_buf,
        deserialize_option,
        deserialize_unit,
        deserialize_seq,
        deserialize_map,
        deserialize_identifier,
        deserialize_ignored_any,
    );

    fn deserialize_unit_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_unit_struct(name, Wrap(visitor))
    }

    fn deserialize_newtype_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_newtype_struct(name, Wrap(visitor))
    }

    fn deserialize_tuple<V: Visitor<'de>>(
        self,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple(len, Wrap(visitor))
    }

    fn deserialize_tuple_struct<V: Visitor<'de>>(
        self,
        name: &'static str,
        len: usize,
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_tuple_struct(name, len, Wrap(visitor))
    }

    /// A struct from an object only: `deserialize_map` refuses an array with a type error.
    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _fields: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_map(Wrap(visitor))
    }

    /// The crate's enumerations are unit variants written as strings.
    fn deserialize_enum<V: Visitor<'de>>(
        self,
        _name: &'static str,
        _variants: &'static [&'static str],
        visitor: V,
    ) -> Result<V::Value, Self::Error> {
        self.0.deserialize_any(UnitVariant(visitor))
    }

    fn is_human_readable(&self) -> bool {
        self.0.is_human_readable()
    }
}

macro_rules! forward_visit {
    ($($method:ident($ty:ty)),* $(,)?) => {
        $(
            fn $method<E: de::Error>(self, v: $ty) -> Result<Self::Value, E> {
                self.0.$method(v)
            }
        )*
    };
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Wrap<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    forward_visit!(
        visit_bool(bool),
        visit_i8(i8),
        visit_i16(i16),
        visit_i32(i32),
        visit_i64(i64),
        visit_i128(i128),
        visit_u8(u8),
        visit_u16(u16),
        visit_u32(u32),
        visit_u64(u64),
        visit_u128(u128),
        visit_f32(f32),
        visit_f64(f64),
        visit_char(char),
        visit_str(&str),
        visit_borrowed_str(&'de str),
        visit_string(String),
        visit_bytes(&[u8]),
        visit_borrowed_bytes(&'de [u8]),
        visit_byte_buf(Vec<u8>),
    );

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_none()
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.0.visit_unit()
    }

    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.visit_some(Strict(d))
    }

    fn visit_newtype_struct<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.visit_newtype_struct(Strict(d))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.0.visit_seq(StrictSeq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.0.visit_map(StrictMap(map))
    }

    fn visit_enum<A: EnumAccess<'de>>(self, data: A) -> Result<Self::Value, A::Error> {
        self.0.visit_enum(data)
    }
}

impl<'de, S: DeserializeSeed<'de>> DeserializeSeed<'de> for StrictSeed<S> {
    type Value = S::Value;

    fn deserialize<D: Deserializer<'de>>(self, d: D) -> Result<Self::Value, D::Error> {
        self.0.deserialize(Strict(d))
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for StrictMap<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, A::Error> {
        self.0.next_key_seed(StrictSeed(seed))
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(&mut self, seed: V) -> Result<V::Value, A::Error> {
        self.0.next_value_seed(StrictSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, A: SeqAccess<'de>> SeqAccess<'de> for StrictSeq<A> {
    type Error = A::Error;

    fn next_element_seed<T: DeserializeSeed<'de>>(
        &mut self,
        seed: T,
    ) -> Result<Option<T::Value>, A::Error> {
        self.0.next_element_seed(StrictSeed(seed))
    }

    fn size_hint(&self) -> Option<usize> {
        self.0.size_hint()
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for UnitVariant<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.expecting(f)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.0.visit_enum(de::value::StrDeserializer::<E>::new(v))
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        self.0
            .visit_enum(de::value::BorrowedStrDeserializer::<E>::new(v))
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        self.0
            .visit_enum(de::value::StringDeserializer::<E>::new(v))
    }
}

/// Reads a whole number in `min..=max`: also from a number with a fraction part of zero
/// (`20.0`, `2e1`), as JSON Schema's `integer` does; outside the range, an error that says so.
struct Integral<V> {
    visitor: V,
    min: i128,
    max: i128,
}

impl<V> Integral<V> {
    fn check<E: de::Error>(&self, n: i128) -> Result<(), E> {
        if n > self.max {
            Err(self.out_of_range(n, true))
        } else if n < self.min {
            Err(self.out_of_range(n, false))
        } else {
            Ok(())
        }
    }

    fn out_of_range<E: de::Error>(&self, n: impl fmt::Display, above: bool) -> E {
        if above {
            crate::read::message::wrong_type(
                format_args!(
                    "number out of range: {n} is above {}, the largest whole number allowed here",
                    self.max
                ),
                format_args!(
                    "getal buiten het bereik: {n} is groter dan {}, het grootste gehele getal dat hier mag",
                    self.max
                ),
            )
        } else {
            crate::read::message::wrong_type(
                format_args!(
                    "number out of range: {n} is below {}, the smallest whole number allowed here",
                    self.min
                ),
                format_args!(
                    "getal buiten het bereik: {n} is kleiner dan {}, het kleinste gehele getal dat hier mag",
                    self.min
                ),
            )
        }
    }
}

impl<'de, V: Visitor<'de>> Visitor<'de> for Integral<V> {
    type Value = V::Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.visitor.expecting(f)
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<Self::Value, E> {
        self.check(i128::from(v))?;
        self.visitor.visit_i64(v)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        self.check(i128::from(v))?;
        self.visitor.visit_u64(v)
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<Self::Value, E> {
        // Every finite f64 with no fraction part is a whole number; one of 2^64 or more is out
        // of the range of every integer type the crate reads (the `as` casts saturate, and
        // the check compares against the exact bound).
        if v.is_finite() && v.fract() == 0.0 {
            // 2^64: every integer type the crate reads lies strictly inside ±2^64.
            const BOUND: f64 = 18_446_744_073_709_551_616.0;
            if v.abs() >= BOUND {
                return Err(self.out_of_range(format_args!("{v:e}"), v > 0.0));
            }
            // Exact: |v| < 2^64 and v has no fraction part.
            let n = v as i128;
            self.check(n)?;
            return match (u64::try_from(n), i64::try_from(n)) {
                (Ok(u), _) => self.visitor.visit_u64(u),
                (_, Ok(i)) => self.visitor.visit_i64(i),
                _ => Err(self.out_of_range(n, n > 0)),
            };
        }
        self.visitor.visit_f64(v)
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        self.visitor.visit_str(v)
    }

    fn visit_borrowed_str<E: de::Error>(self, v: &'de str) -> Result<Self::Value, E> {
        self.visitor.visit_borrowed_str(v)
    }

    fn visit_string<E: de::Error>(self, v: String) -> Result<Self::Value, E> {
        self.visitor.visit_string(v)
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<Self::Value, E> {
        self.visitor.visit_bool(v)
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        self.visitor.visit_unit()
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Self::Value, A::Error> {
        self.visitor.visit_seq(StrictSeq(seq))
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        self.visitor.visit_map(StrictMap(map))
    }
}

#[cfg(test)]
mod tests {
    use crate::base::Code;
    use crate::read::from_json_str;

    #[derive(Debug, serde::Deserialize)]
    struct Small {
        n: u8,
        d: i16,
        o: Option<u32>,
    }

    #[test]
    fn whole_numbers_however_written() {
        let s: Small = from_json_str(r#"{"n": 2e1, "d": -3.0, "o": 4.0E0}"#).unwrap();
        assert_eq!((s.n, s.d, s.o), (20, -3, Some(4)));
        let s: Small = from_json_str(r#"{"n": 255, "d": -32768}"#).unwrap();
        assert_eq!((s.n, s.d, s.o), (255, -32768, None));
    }

    #[test]
    fn out_of_range_says_so_in_both_languages() {
        for (text, path, en) in [
            (r#"{"n": 256, "d": 0}"#, "/n", "256 is above 255"),
            (r#"{"n": 2.56e2, "d": 0}"#, "/n", "256 is above 255"),
            (r#"{"n": 1, "d": -40000}"#, "/d", "-40000 is below -32768"),
            (r#"{"n": 1, "d": 0, "o": -1}"#, "/o", "-1 is below 0"),
            (r#"{"n": 1e300, "d": 0}"#, "/n", "is above 255"),
        ] {
            let err = from_json_str::<Small>(text).unwrap_err();
            assert_eq!(
                (err.code, err.path.as_str()),
                (Code::WrongType, path),
                "{text}"
            );
            assert!(err.message.en.contains(en), "{text}: {err}");
            assert!(err.message.nl.contains("getal buiten het bereik"), "{text}");
        }
    }

    #[test]
    fn a_fraction_is_not_a_whole_number() {
        let err = from_json_str::<Small>(r#"{"n": 2.5, "d": 0}"#).unwrap_err();
        assert_eq!(err.code, Code::WrongType);
        assert!(err.message.en.contains("expected a whole number"), "{err}");
    }
}
