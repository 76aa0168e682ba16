//! A translator's catalogue compared with the program: what it cannot have
//! (Fluent syntax, attributes, a message defined twice), which messages it lacks
//! or has in excess, and which variables differ from what the program passes.
//! `digikomp i18n --check FILE` says the result in the user's language.

use super::shape::{self, Difference, Fault, Located, Shape};
use super::{Texts, MESSAGE_IDS, MESSAGE_VARS};

/// What a catalogue has wrong, each problem with its line (0 where it has none:
/// a message the file lacks).
#[derive(Debug, Default)]
pub struct Checked {
    pub faults: Vec<Located>,
    pub differences: Vec<Difference>,
    /// How many messages the file has.
    pub messages: usize,
}

impl Checked {
    /// Whether the catalogue can be shipped as it is.
    pub fn is_ok(&self) -> bool {
        self.faults.is_empty() && self.differences.is_empty()
    }
}

/// The messages the program has and the variables it passes to each.
pub fn program() -> Vec<Shape> {
    MESSAGE_IDS
        .iter()
        .zip(MESSAGE_VARS)
        .map(|(id, vars)| Shape {
            id: (*id).to_string(),
            line: 0,
            vars: vars.iter().map(|(v, k)| ((*v).to_string(), *k)).collect(),
            ordered: true,
            comment: None,
            plain: None,
        })
        .collect()
}

/// Checks the text of a catalogue against the program.
pub fn check(text: &str) -> Checked {
    let (shapes, faults) = shape::shapes(text);
    Checked {
        differences: shape::compare(&program(), &shapes),
        messages: shapes.len(),
        faults,
    }
}

impl Texts {
    /// One problem of a checked catalogue as a line: `FILE:LINE: what`.
    pub fn catalogue_fault(&'static self, file: &str, f: &Located) -> String {
        let what = match &f.fault {
            Fault::Syntax(text) => self.ftl_syntax(text),
            Fault::NoValue(id) => self.ftl_no_value(id),
            Fault::Attributes(id) => self.ftl_attributes(id),
            Fault::BadId(id) => self.ftl_bad_id(id),
            Fault::Twice(id) => self.ftl_twice(id),
        };
        format!("{file}:{}: {what}", f.line)
    }

    /// One difference from the program as a line: `FILE:LINE: what`.
    pub fn catalogue_difference(&'static self, file: &str, d: &Difference) -> String {
        match d {
            Difference::Missing { id } => format!("{file}: {}", self.ftl_missing(id)),
            Difference::Extra { id, line } => format!("{file}:{line}: {}", self.ftl_extra(id)),
            Difference::LacksVar { id, line, var } => {
                format!("{file}:{line}: {}", self.ftl_lacks_var(id, var))
            }
            Difference::UnknownVar { id, line, var } => {
                format!("{file}:{line}: {}", self.ftl_unknown_var(id, var))
            }
            Difference::NotANumber { id, line, var } => {
                format!("{file}:{line}: {}", self.ftl_not_a_number(id, var))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_catalogue_missing_a_message_or_a_variable_is_reported() {
        let full = super::super::SOURCES[0];
        assert!(check(full).is_ok(), "{:?}", check(full));
        let without = full.replacen("\ndeleted =", "\ndeleted-x =", 1);
        let c = check(&without);
        assert!(c
            .differences
            .iter()
            .any(|d| matches!(d, Difference::Missing { id } if id == "deleted")));
        assert!(c
            .differences
            .iter()
            .any(|d| matches!(d, Difference::Extra { id, .. } if id == "deleted-x")));
        let no_var = full.replacen("Sparat: { $path }", "Sparat", 1);
        assert!(check(&no_var)
            .differences
            .iter()
            .any(|d| matches!(d, Difference::LacksVar { id, var, .. } if id == "saved-to" && var == "path")));
        let broken = format!("{full}\nthis is {{ not fluent\n");
        assert!(!check(&broken).faults.is_empty());
    }
}
