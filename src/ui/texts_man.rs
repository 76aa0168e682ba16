//! The texts of the man page that `--help` does not already have: the section
//! headings, the manual's name, and the markers after a flag's help in English
//! (the Swedish command tree carries its own markers), in Swedish and English.

use crate::model::lang::Lang;
use crate::ui::texts::Texts;

/// A section of the man page, named in the reader's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ManSection {
    Name,
    Synopsis,
    Description,
    Options,
    Commands,
    ExitStatus,
    Environment,
}

impl Texts {
    /// The heading of a man-page section, upper case as man pages write them.
    pub fn man_section(&self, section: ManSection) -> &'static str {
        match (self.lang(), section) {
            (Lang::Sv, ManSection::Name) => "NAMN",
            (Lang::En, ManSection::Name) => "NAME",
            (_, ManSection::Synopsis) => "SYNOPSIS",
            (Lang::Sv, ManSection::Description) => "BESKRIVNING",
            (Lang::En, ManSection::Description) => "DESCRIPTION",
            (Lang::Sv, ManSection::Options) => "FLAGGOR",
            (Lang::En, ManSection::Options) => "OPTIONS",
            (Lang::Sv, ManSection::Commands) => "KOMMANDON",
            (Lang::En, ManSection::Commands) => "COMMANDS",
            (Lang::Sv, ManSection::ExitStatus) => "SLUTSTATUS",
            (Lang::En, ManSection::ExitStatus) => "EXIT STATUS",
            (Lang::Sv, ManSection::Environment) => "MILJÖ",
            (Lang::En, ManSection::Environment) => "ENVIRONMENT",
        }
    }

    /// The name of the manual, in the centre of the page's head.
    pub fn man_manual(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "Användarkommandon",
            Lang::En => "User Commands",
        }
    }

    /// `[default: x]` after a flag's help in the English man page.
    pub fn man_default(&self, values: &str) -> String {
        match self.lang() {
            Lang::Sv => crate::ui::texts_cli::sv::default_value(values),
            Lang::En => format!("[default: {values}]"),
        }
    }

    /// `[possible values: a, b]` after a flag's help in the English man page.
    pub fn man_possible(&self, values: &str) -> String {
        match self.lang() {
            Lang::Sv => crate::ui::texts_cli::sv::possible_values(values),
            Lang::En => format!("[possible values: {values}]"),
        }
    }

    /// `[env: NAME]` after a flag's help in the English man page.
    pub fn man_env(&self, name: &str) -> String {
        match self.lang() {
            Lang::Sv => crate::ui::texts_cli::sv::env(name),
            Lang::En => format!("[env: {name}]"),
        }
    }
}
