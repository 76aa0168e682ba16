//! The two languages digikomp speaks, and text that exists in both.

use serde::{Deserialize, Serialize};
use std::fmt;
use std::str::FromStr;

/// A language for every text the tool prints. Swedish is the default because the
/// test was made for Swedish public libraries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    #[default]
    Sv,
    En,
}

impl Lang {
    /// The ISO 639-1 code, as written in files and accepted on the command line.
    pub fn code(self) -> &'static str {
        match self {
            Lang::Sv => "sv",
            Lang::En => "en",
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language name digikomp does not speak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown language '{0}': use 'sv' or 'en'")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.trim().to_ascii_lowercase().as_str() {
            "sv" | "sv_se" | "swedish" | "svenska" => Ok(Lang::Sv),
            "en" | "en_gb" | "en_us" | "english" | "engelska" => Ok(Lang::En),
            other => Err(UnknownLang(other.to_string())),
        }
    }
}

/// A text given in both languages, as the question set stores it. Another
/// language key is refused rather than silently ignored.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Localized {
    #[serde(default)]
    pub sv: String,
    #[serde(default)]
    pub en: String,
}

impl Localized {
    /// The text in `lang`.
    pub fn get(&self, lang: Lang) -> &str {
        match lang {
            Lang::Sv => &self.sv,
            Lang::En => &self.en,
        }
    }
}

/// Reads a [`Localized`] text, or a plain string meaning the same text in both
/// languages (how version 1 sets wrote resource titles).
pub fn localized_or_plain<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<Localized, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Either {
        Plain(String),
        Both(Localized),
    }
    Ok(match Either::deserialize(deserializer)? {
        Either::Plain(text) => Localized {
            sv: text.clone(),
            en: text,
        },
        Either::Both(both) => both,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_names() {
        assert_eq!("sv".parse::<Lang>(), Ok(Lang::Sv));
        assert_eq!(" EN ".parse::<Lang>(), Ok(Lang::En));
        assert_eq!("english".parse::<Lang>(), Ok(Lang::En));
        assert!("fi"
            .parse::<Lang>()
            .unwrap_err()
            .to_string()
            .contains("'fi'"));
    }
}
