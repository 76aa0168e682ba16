//! Usage errors a command finds after the command line has parsed (flags that
//! do not go together, an argument that is needed here), in Swedish and English.

use crate::model::lang::Lang;
use crate::ui::texts::Texts;

impl Texts {
    /// `export --with-plan --anonymous`.
    pub fn plan_not_anonymous(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "--with-plan och --anonymous går inte att använda tillsammans: målen i en plan är personliga",
            Lang::En => "--with-plan and --anonymous do not go together: a plan's goals are personal",
        }
    }

    /// `export --with-plan` in a format that cannot carry the plan.
    pub fn plan_needs_format(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "--with-plan fungerar med --format json, md eller html",
            Lang::En => "--with-plan works with --format json, md or html",
        }
    }

    /// `delete` without an attempt and without `--all`.
    pub fn delete_needs_id(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => {
                "ange vilket försök som ska raderas (se `digikomp history`), eller använd --all"
            }
            Lang::En => "name the attempt to delete (see `digikomp history`), or use --all",
        }
    }

    /// An Excel export asked for on a terminal.
    pub fn xlsx_needs_file(&self) -> &'static str {
        match self.lang() {
            Lang::Sv => "en Excel-fil går inte att visa i terminalen: lägg till -o FIL.xlsx",
            Lang::En => "an Excel file cannot be shown in the terminal: add -o FILE.xlsx",
        }
    }
}
