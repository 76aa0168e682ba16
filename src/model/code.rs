//! Statement codes: three digits whose first digit is the area number.
//!
//! A code is a small integer inside, so that answers can be kept in dense tables
//! and compared without touching strings; on disk and on screen it is always the
//! three-digit text ("203").

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A validated statement code, `100`–`999`. Its first digit is its area.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct StatementCode(u16);

/// How many distinct codes there can be: every code is below this, so a table of
/// this size indexed by [`StatementCode::index`] holds any set.
pub const CODE_SPACE: usize = 1000;

impl StatementCode {
    /// Parses exactly three ASCII digits, the first of them 1–9.
    pub fn parse(text: &str) -> Option<Self> {
        match text.as_bytes() {
            &[a @ b'1'..=b'9', b @ b'0'..=b'9', c @ b'0'..=b'9'] => Some(StatementCode(
                u16::from(a - b'0') * 100 + u16::from(b - b'0') * 10 + u16::from(c - b'0'),
            )),
            _ => None,
        }
    }

    /// The area number: the code's first digit.
    pub fn area(self) -> u8 {
        // A code is below 1000, so its first digit fits.
        (self.0 / 100) as u8
    }

    /// A dense index below [`CODE_SPACE`], for tables indexed by code.
    pub fn index(self) -> usize {
        usize::from(self.0)
    }
}

impl fmt::Display for StatementCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:03}", self.0)
    }
}

/// Why a text is not a statement code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{self:?}")]
pub struct BadCode(pub String);

impl FromStr for StatementCode {
    type Err = BadCode;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        StatementCode::parse(s).ok_or_else(|| BadCode(s.to_string()))
    }
}

impl Serialize for StatementCode {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for StatementCode {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct Visitor;
        impl serde::de::Visitor<'_> for Visitor {
            type Value = StatementCode;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a statement code of three digits")
            }
            // Borrowed, owned (escaped) and transient strings all arrive here, so a
            // key written with JSON escapes reads like any other.
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<StatementCode, E> {
                StatementCode::parse(v).ok_or_else(|| E::custom(BadCode(v.to_string())))
            }
        }
        deserializer.deserialize_str(Visitor)
    }
}

/// A code literal for tests and fixtures.
#[cfg(test)]
pub fn code(text: &str) -> StatementCode {
    StatementCode::parse(text).expect("a valid code")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_three_digits_with_an_area() {
        let c = code("203");
        assert_eq!((c.area(), c.index(), c.to_string()), (2, 203, "203".into()));
        for bad in ["", "1", "12", "1234", "012", "1x3", " 12", "١٢٣"] {
            assert_eq!(StatementCode::parse(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn json_round_trip_with_escapes() {
        let c: StatementCode = serde_json::from_str("\"\\u0031\\u00302\"").expect("escaped");
        assert_eq!(c, code("102"));
        assert_eq!(serde_json::to_string(&c).expect("json"), "\"102\"");
        assert!(serde_json::from_str::<StatementCode>("\"99\"").is_err());
    }
}
