//! The file formats, one entry each: the name `--format` takes, the extensions
//! of `-o` that choose it, whether its bytes are binary, and its exporters. The
//! command line, `export` and `workshop` all read this one table, so a new format
//! is one entry here and its exporter's file.

use super::{csv, html, json, markdown, table, xlsx, Exporter, Personal};
use crate::workshop::report::Report;
use std::path::Path;

/// One file format.
pub struct Format {
    /// As `--format` takes it.
    pub name: &'static str,
    /// The extensions of `-o FILE` that choose it (lower case, without the dot).
    pub extensions: &'static [&'static str],
    /// Bytes that a terminal cannot show (written only to a file).
    pub binary: bool,
    /// Whether a personal export in this format can carry the action plan.
    pub carries_plan: bool,
    /// The exporter of a person's records, where this format has one.
    pub personal: Option<&'static (dyn for<'a> Exporter<Personal<'a>> + Sync)>,
    /// The exporter of the group report.
    pub group: &'static (dyn Exporter<Report> + Sync),
}

/// Every format, in the order help lists them; the terminal table first.
pub static FORMATS: [Format; 6] = [
    Format {
        name: "table",
        extensions: &[],
        binary: false,
        carries_plan: false,
        personal: None,
        group: &table::Table,
    },
    Format {
        name: "csv",
        extensions: &["csv"],
        binary: false,
        carries_plan: false,
        personal: Some(&csv::Csv),
        group: &csv::Csv,
    },
    Format {
        name: "json",
        extensions: &["json"],
        binary: false,
        carries_plan: true,
        personal: Some(&json::Json),
        group: &json::Json,
    },
    Format {
        name: "md",
        extensions: &["md"],
        binary: false,
        carries_plan: true,
        personal: Some(&markdown::Markdown),
        group: &markdown::Markdown,
    },
    Format {
        name: "html",
        extensions: &["html", "htm"],
        binary: false,
        carries_plan: true,
        personal: Some(&html::Html),
        group: &html::Html,
    },
    Format {
        name: "xlsx",
        extensions: &["xlsx"],
        binary: true,
        carries_plan: false,
        personal: Some(&xlsx::Xlsx),
        group: &xlsx::Xlsx,
    },
];

impl Format {
    /// The format `--format` names.
    pub fn named(name: &str) -> Option<&'static Format> {
        FORMATS.iter().find(|f| f.name == name)
    }

    /// The format a file name's extension names, if any.
    pub fn of_path(path: &Path) -> Option<&'static Format> {
        let ext = path.extension()?.to_str()?.to_ascii_lowercase();
        FORMATS
            .iter()
            .find(|f| f.extensions.contains(&ext.as_str()))
    }

    /// The terminal table, where no format is named.
    pub fn table() -> &'static Format {
        &FORMATS[0]
    }

    /// A person's export where no format is named: CSV, for a spreadsheet.
    pub fn csv() -> &'static Format {
        &FORMATS[1]
    }

    /// The formats of a person's export.
    pub fn personal() -> impl Iterator<Item = &'static Format> {
        FORMATS.iter().filter(|f| f.personal.is_some())
    }
}

impl std::fmt::Debug for Format {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl PartialEq for Format {
    fn eq(&self, other: &Self) -> bool {
        self.name == other.name
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_format_is_named_once_and_found_by_its_extensions() {
        for f in &FORMATS {
            assert_eq!(Format::named(f.name), Some(f));
            for ext in f.extensions {
                let path = format!("report.{}", ext.to_uppercase());
                assert_eq!(Format::of_path(Path::new(&path)), Some(f));
            }
        }
        assert_eq!(Format::of_path(Path::new("x.txt")), None);
        assert_eq!(Format::personal().count(), 5);
    }
}
