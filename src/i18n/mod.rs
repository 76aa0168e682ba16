//! The catalogue: every sentence digikomp says, in every language it speaks, read
//! from the Fluent files in `i18n/` (one per language, embedded in the binary).
//!
//! Call sites call one typed method per message ([`Texts::welcome_title`],
//! [`Texts::draft_kept`] …), generated at build time from the Swedish catalogue,
//! so a misspelt message or a missing variable does not compile; a test checks
//! that every other catalogue has the same messages and variables. Plural forms
//! are Fluent's (CLDR rules); numbers with decimals are formatted by `render`
//! before they get here. Bidirectional isolation marks are off, so that widths
//! stay right in tables.
//!
//! - [`shape`]: how a catalogue is read (messages, variables, plurals);
//! - [`check`]: a translator's catalogue compared with the program's;
//! - [`describe`]: errors of the lower layers said in the user's language.

pub mod check;
pub mod describe;
pub mod shape;

use crate::model::lang::{Lang, LANGUAGE_COUNT};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use shape::VarKind;
use std::sync::OnceLock;

include!(concat!(env!("OUT_DIR"), "/catalogues.rs"));
include!(concat!(env!("OUT_DIR"), "/messages.rs"));

/// A value that chooses a plural form: passed to Fluent as a number.
pub trait Count {
    /// The number as Fluent takes it.
    fn value(self) -> FluentValue<'static>;
}

macro_rules! count {
    ($($t:ty)+) => {$(
        impl Count for $t {
            fn value(self) -> FluentValue<'static> {
                FluentValue::from(self)
            }
        }
    )+};
}
count!(usize u8 u16 u32 u64 i32 i64);

/// One language's catalogue, ready to format.
pub struct Texts {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
    /// The messages without variables, formatted once each on first use.
    fixed: Box<[OnceLock<String>]>,
}

/// The catalogues, each built on first use.
static TEXTS: [OnceLock<Texts>; LANGUAGE_COUNT] = [const { OnceLock::new() }; LANGUAGE_COUNT];

/// The texts in `lang`.
pub fn texts(lang: Lang) -> &'static Texts {
    TEXTS[lang.index()].get_or_init(|| Texts::new(lang))
}

impl Texts {
    fn new(lang: Lang) -> Self {
        let source = SOURCES[lang.index()];
        // The build checked every catalogue, so neither step can fail; were one to,
        // the messages it could read would still be there.
        let resource = FluentResource::try_new(source.to_string()).unwrap_or_else(|(r, _)| r);
        let id = lang.code().parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        let _ = bundle.add_resource(resource);
        Texts {
            lang,
            bundle,
            fixed: (0..MESSAGE_COUNT).map(|_| OnceLock::new()).collect(),
        }
    }

    /// The language of these texts.
    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// A message without variables.
    fn fixed(&'static self, index: usize) -> &'static str {
        self.fixed[index].get_or_init(|| self.format(index, &FluentArgs::new()))
    }

    /// A message with its variables set.
    fn format(&self, index: usize, args: &FluentArgs<'_>) -> String {
        self.format_id(MESSAGE_IDS[index], Some(args))
            .or_else(|| {
                // A message this catalogue lacks (only possible in a catalogue made
                // after this binary): the source language's.
                (self.lang != Lang::default())
                    .then(|| texts(Lang::default()).format_id(MESSAGE_IDS[index], Some(args)))
                    .flatten()
            })
            .unwrap_or_else(|| MESSAGE_IDS[index].to_string())
    }

    fn format_id(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
        let pattern = self.bundle.get_message(id)?.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned(),
        )
    }

    /// A message chosen at run time by its id (the command line's help, whose
    /// ids follow the command tree); `None` when the catalogue has none. A test
    /// walks the tree, so every id asked for exists.
    pub fn lookup(&self, id: &str) -> Option<String> {
        self.format_id(id, None)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_catalogue_has_the_source_messages_and_variables() {
        let api: Vec<shape::Shape> = MESSAGE_IDS
            .iter()
            .zip(MESSAGE_VARS)
            .map(|(id, vars)| shape::Shape {
                id: (*id).to_string(),
                line: 0,
                vars: vars.iter().map(|(v, k)| ((*v).to_string(), *k)).collect(),
                ordered: true,
                comment: None,
                plain: None,
            })
            .collect();
        for (code, source) in crate::model::lang::LANGUAGE_CODES.iter().zip(SOURCES) {
            let (shapes, faults) = shape::shapes(source);
            assert!(faults.is_empty(), "{code}.ftl: {faults:?}");
            let differences = shape::compare(&api, &shapes);
            assert!(differences.is_empty(), "{code}.ftl: {differences:#?}");
        }
    }

    #[test]
    fn plurals_follow_the_language() {
        let sv = texts(Lang::SV);
        let en = texts(Lang::EN);
        assert_eq!(sv.deleted(1usize), "Raderade 1 fil.");
        assert_eq!(sv.deleted(2usize), "Raderade 2 filer.");
        assert_eq!(en.deleted(1usize), "Deleted 1 file.");
        assert_eq!(en.deleted(0usize), "Deleted 0 files.");
    }

    #[test]
    fn no_isolation_marks_and_numbers_as_written() {
        let t = texts(Lang::SV);
        let s = t.statement_of(5, 24);
        assert_eq!(s, "Påstående 5 av 24");
        assert!(!s.contains('\u{2068}'));
        assert_eq!(t.deleted(1_000_000usize), "Raderade 1000000 filer.");
    }

    #[test]
    fn a_variable_kind_is_a_number_when_it_chooses_a_plural() {
        let i = MESSAGE_IDS
            .iter()
            .position(|id| *id == "deleted")
            .expect("deleted");
        assert_eq!(MESSAGE_VARS[i], &[("n", VarKind::Number)]);
    }
}
