//! The languages digikomp speaks, and text that exists in each of them.
//!
//! The languages are the catalogues in `i18n/` (one `.ftl` file each, Swedish
//! first): the build script lists them, so adding a catalogue adds a language.

use serde::de::{self, MapAccess, Visitor};
use serde::ser::SerializeMap;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// A language for every text the tool prints: one of the catalogues, by its
/// place in [`LANGUAGE_CODES`]. Swedish is the default because the test was made
/// for Swedish public libraries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Lang(u8);

include!(concat!(env!("OUT_DIR"), "/languages.rs"));

impl Lang {
    /// Every language, in order.
    pub fn all() -> impl Iterator<Item = Lang> {
        (0..LANGUAGE_COUNT).map(|i| Lang(i as u8))
    }

    /// The language's place in [`LANGUAGE_CODES`].
    pub fn index(self) -> usize {
        usize::from(self.0)
    }

    /// The ISO 639 code, as written in files and accepted on the command line.
    pub fn code(self) -> &'static str {
        LANGUAGE_CODES[self.index()]
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A language name digikomp does not speak.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("UnknownLang({0:?})")]
pub struct UnknownLang(pub String);

impl FromStr for Lang {
    type Err = UnknownLang;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let wanted = s.trim().to_ascii_lowercase().replace('-', "_");
        Lang::all()
            .find(|l| l.code() == wanted || LANGUAGE_ALIASES[l.index()].contains(&wanted.as_str()))
            .ok_or_else(|| UnknownLang(s.trim().to_string()))
    }
}

impl Serialize for Lang {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.code())
    }
}

impl<'de> Deserialize<'de> for Lang {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let code = String::deserialize(deserializer)?;
        Lang::all()
            .find(|l| l.code() == code)
            .ok_or_else(|| de::Error::unknown_variant(&code, &LANGUAGE_CODES))
    }
}

/// A text given in several languages, as a question set stores it: a table with
/// one key per language code. A key that is no language digikomp speaks is
/// refused rather than silently ignored.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Localized {
    texts: [String; LANGUAGE_COUNT],
}

impl Localized {
    /// A text from `(language, text)` pairs; languages not given are empty.
    pub fn new<'a>(texts: impl IntoIterator<Item = (Lang, &'a str)>) -> Self {
        let mut out = Localized::default();
        for (lang, text) in texts {
            out.texts[lang.index()] = text.to_string();
        }
        out
    }

    /// The text in `lang`; where a set has none in that language, the source
    /// language's (Swedish), so that a new catalogue works before every question
    /// set is translated.
    pub fn get(&self, lang: Lang) -> &str {
        let own = &self.texts[lang.index()];
        if own.is_empty() {
            &self.texts[Lang::default().index()]
        } else {
            own
        }
    }

    /// The text as written in `lang`, empty when the set has none.
    pub fn own(&self, lang: Lang) -> &str {
        &self.texts[lang.index()]
    }

    /// The texts in every language, in order.
    pub fn iter(&self) -> impl Iterator<Item = (Lang, &str)> {
        Lang::all().zip(self.texts.iter().map(String::as_str))
    }
}

impl Serialize for Localized {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut map = serializer.serialize_map(Some(LANGUAGE_COUNT))?;
        for (lang, text) in self.iter() {
            map.serialize_entry(lang.code(), text)?;
        }
        map.end()
    }
}

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(LocalizedVisitor { plain: false })
    }
}

struct LocalizedVisitor {
    /// Whether a plain string (the same text in every language) is accepted.
    plain: bool,
}

impl<'de> Visitor<'de> for LocalizedVisitor {
    type Value = Localized;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a table of texts by language code")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Localized, E> {
        if !self.plain {
            return Err(E::invalid_type(de::Unexpected::Str(text), &self));
        }
        Ok(Localized {
            texts: std::array::from_fn(|_| text.to_string()),
        })
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Localized, A::Error> {
        let mut out = Localized::default();
        while let Some(key) = map.next_key::<String>()? {
            let Some(lang) = Lang::all().find(|l| l.code() == key) else {
                return Err(de::Error::unknown_field(&key, &LANGUAGE_CODES));
            };
            out.texts[lang.index()] = map.next_value()?;
        }
        Ok(out)
    }
}

/// Reads a [`Localized`] text, or a plain string meaning the same text in every
/// language (how version 1 sets wrote resource titles).
pub fn localized_or_plain<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Localized, D::Error> {
    deserializer.deserialize_any(LocalizedVisitor { plain: true })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_codes_and_names() {
        assert_eq!("sv".parse::<Lang>(), Ok(Lang::SV));
        assert_eq!(" EN ".parse::<Lang>(), Ok(Lang::EN));
        assert_eq!("english".parse::<Lang>(), Ok(Lang::EN));
        assert_eq!("sv-SE".parse::<Lang>(), Ok(Lang::SV));
        assert_eq!("fi".parse::<Lang>(), Err(UnknownLang("fi".into())));
        assert_eq!(Lang::default(), Lang::SV);
    }

    #[test]
    fn localized_reads_known_languages_only() {
        let l: Localized = toml::from_str::<toml::Table>("t = { sv = 'a', en = 'b' }")
            .map(|t| t["t"].clone().try_into().expect("localized"))
            .expect("toml");
        assert_eq!(l.get(Lang::EN), "b");
        let bad = toml::from_str::<toml::Table>("t = { sv = 'a', xx = 'b' }").expect("toml")["t"]
            .clone()
            .try_into::<Localized>();
        assert!(bad.is_err());
        let only_sv = Localized::new([(Lang::SV, "a")]);
        assert_eq!(only_sv.get(Lang::EN), "a");
        assert_eq!(only_sv.own(Lang::EN), "");
    }
}
