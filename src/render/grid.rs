//! Tables that stay readable at any width from 40 columns up.
//!
//! A [`Grid`] knows which of its columns may wrap between words (names, titles,
//! goals) and which must stay whole (numbers, dates, codes, ids). It draws the
//! house table while every whole cell fits on one line and every wrapping column
//! can keep its longest word; otherwise it writes a block per row: the row's name
//! on a line, then "column: value" pairs wrapped between pairs, never inside one.
//! comfy-table on its own would break "2,7" into a character per line.

use crate::render::style::{spoken, Style};
use comfy_table::{CellAlignment, ColumnConstraint, Width};
use textwrap::core::display_width;

/// How a column's cells may be laid out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Fit {
    /// Never broken: a number, a date, a code, a distribution.
    Whole { right: bool },
    /// May wrap between words: a name, a title, a goal.
    Words,
}

#[derive(Debug)]
struct Column {
    title: String,
    fit: Fit,
}

/// A table of text cells, drawn as a table when it fits and as blocks otherwise.
#[derive(Debug, Default)]
pub struct Grid {
    columns: Vec<Column>,
    rows: Vec<Vec<String>>,
}

/// A non-breaking space: what keeps a "column: value" pair on one line.
const NBSP: char = '\u{a0}';

impl Grid {
    /// An empty grid; add its columns, then its rows.
    pub fn new() -> Self {
        Self::default()
    }

    /// A column that may wrap between words. The first column names the row.
    #[must_use]
    pub fn words(mut self, title: impl Into<String>) -> Self {
        self.columns.push(Column {
            title: title.into(),
            fit: Fit::Words,
        });
        self
    }

    /// A column of figures, aligned right so that decimal commas line up.
    #[must_use]
    pub fn figure(mut self, title: impl Into<String>) -> Self {
        self.columns.push(Column {
            title: title.into(),
            fit: Fit::Whole { right: true },
        });
        self
    }

    /// A column of whole texts aligned left: ids, dates, marked changes.
    #[must_use]
    pub fn whole(mut self, title: impl Into<String>) -> Self {
        self.columns.push(Column {
            title: title.into(),
            fit: Fit::Whole { right: false },
        });
        self
    }

    /// Adds a row; missing cells are empty, extra cells are dropped.
    pub fn row(&mut self, mut cells: Vec<String>) {
        cells.resize(self.columns.len(), String::new());
        self.rows.push(cells);
    }

    /// The column titles and the rows as given, for a format that lays the
    /// table out itself (Markdown).
    pub fn cells(&self) -> (Vec<String>, &[Vec<String>]) {
        (
            self.columns.iter().map(|c| c.title.clone()).collect(),
            &self.rows,
        )
    }

    /// The least width each column can have with nothing broken: the longest
    /// line of a whole cell, the longest word of a wrapping one; a header may
    /// always wrap between its words.
    fn least_widths(&self) -> Vec<usize> {
        self.widths(|fit, text| match fit {
            Fit::Whole { .. } => longest_line(text),
            Fit::Words => longest_word(text),
        })
    }

    /// The width each column would like: its longest line, header included.
    fn natural_widths(&self) -> Vec<usize> {
        self.widths(|_, text| longest_line(text))
    }

    fn widths(&self, cell: impl Fn(Fit, &str) -> usize) -> Vec<usize> {
        self.columns
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let header = cell(Fit::Words, &c.title);
                self.rows
                    .iter()
                    .map(|r| cell(c.fit, &r[i]))
                    .fold(header, usize::max)
            })
            .collect()
    }

    /// Whether the grid is drawn as a table at `width`, with nothing broken.
    pub fn fits(&self, width: u16) -> bool {
        frame(&self.least_widths()) <= usize::from(width)
    }

    /// The grid at `style`'s width, ending with a newline; a list in plain mode.
    pub fn render(&self, style: Style) -> String {
        if style.plain {
            self.listed(style)
        } else if self.fits(style.width) {
            self.table(style)
        } else {
            self.stacked(style)
        }
    }

    /// The table, each column given its least width and then, while there is
    /// room, the rest of its natural width: first the wrapping columns, each in
    /// proportion to what it lacks (a wrapped name costs a line in every row),
    /// then the headers of the whole ones (a wrapped header costs one line).
    fn table(&self, style: Style) -> String {
        let mut widths = self.least_widths();
        let natural = self.natural_widths();
        let mut room = usize::from(style.width).saturating_sub(frame(&widths));
        let (words, whole): (Vec<usize>, Vec<usize>) =
            (0..widths.len()).partition(|&i| self.columns[i].fit == Fit::Words);
        let lacking: usize = words.iter().map(|&i| natural[i] - widths[i]).sum();
        if lacking > 0 {
            let share = room.min(lacking);
            for &i in &words {
                let more = (natural[i] - widths[i]) * share / lacking;
                widths[i] += more;
                room -= more;
            }
        }
        for &i in &whole {
            let more = natural[i].saturating_sub(widths[i]).min(room);
            widths[i] += more;
            room -= more;
        }
        let mut table = style.table();
        table.set_header(self.columns.iter().map(|c| c.title.as_str()));
        for row in &self.rows {
            table.add_row(row.iter().zip(&self.columns).map(|(text, c)| {
                let cell = comfy_table::Cell::new(text);
                match c.fit {
                    Fit::Whole { right: true } => cell.set_alignment(CellAlignment::Right),
                    _ => cell,
                }
            }));
        }
        for (i, w) in widths.iter().enumerate() {
            if let Some(column) = table.column_mut(i) {
                // comfy-table's widths include the padding either side.
                let w = u16::try_from(w + 2).unwrap_or(u16::MAX);
                column.set_constraint(ColumnConstraint::Absolute(Width::Fixed(w)));
            }
        }
        format!("{table}\n")
    }

    /// For a screen reader: a row's name on a line, then each of its other
    /// cells on a line of its own, "column: value", as spoken (see
    /// [`crate::render::style::spoken`]); a cell that says nothing then (a
    /// bar, a trend line) is left out.
    fn listed(&self, style: Style) -> String {
        let mut out = String::new();
        for row in &self.rows {
            let Some((name, rest)) = row.split_first() else {
                continue;
            };
            out.push_str(&style.wrapped(&spoken(&one_line(name)), "", "  "));
            for (text, c) in rest.iter().zip(&self.columns[1..]) {
                let value = spoken(&one_line(text));
                if value.trim().is_empty() {
                    continue;
                }
                let line = format!("{}: {value}", spoken(&one_line(&c.title)));
                out.push_str(&style.wrapped(&line, "  ", "    "));
            }
        }
        out
    }

    /// A block per row: its name, then its other cells as "column: value".
    fn stacked(&self, style: Style) -> String {
        let mut out = String::new();
        for row in &self.rows {
            let Some((name, rest)) = row.split_first() else {
                continue;
            };
            out.push_str(&style.wrapped(&one_line(name), "", "  "));
            let mut pairs = Vec::new();
            for (text, c) in rest.iter().zip(&self.columns[1..]) {
                if text.is_empty() {
                    continue;
                }
                let title = one_line(&c.title);
                match c.fit {
                    Fit::Whole { .. } => pairs.push(
                        format!("{title}: {}", one_line(text)).replace(' ', &NBSP.to_string()),
                    ),
                    Fit::Words => {
                        // A text that may be long gets lines of its own.
                        flush(&mut out, &mut pairs, style);
                        let line = format!("{title}: {}", one_line(text));
                        out.push_str(&style.wrapped(&line, "  ", "    "));
                    }
                }
            }
            flush(&mut out, &mut pairs, style);
        }
        out
    }
}

/// Writes the pairs gathered so far, as many to a line as fit, " · " between
/// two on a line and none at a line's end (a dangling "·" reads as something
/// left out).
fn flush(out: &mut String, pairs: &mut Vec<String>, style: Style) {
    let room = style.wrap_width().saturating_sub(2);
    let mut line = String::new();
    for pair in pairs.drain(..) {
        if line.is_empty() {
            line = pair;
        } else if display_width(&line) + 3 + display_width(&pair) <= room {
            line.push_str(" · ");
            line.push_str(&pair);
        } else {
            out.push_str(&format!("  {line}\n"));
            line = pair;
        }
    }
    if !line.is_empty() {
        out.push_str(&format!("  {line}\n"));
    }
}

/// A cell's lines joined with spaces, for a block.
fn one_line(text: &str) -> String {
    text.lines().collect::<Vec<_>>().join(" ")
}

/// The width a table of columns this wide takes: a space of padding either side
/// of each cell and a border to its left, and one more border at the right.
fn frame(widths: &[usize]) -> usize {
    widths.iter().map(|w| w + 3).sum::<usize>() + 1
}

/// The width of the longest line.
fn longest_line(text: &str) -> usize {
    text.lines().map(display_width).max().unwrap_or(0)
}

/// The width of the longest word (what a wrapping column cannot go below).
fn longest_word(text: &str) -> usize {
    text.split_whitespace()
        .map(display_width)
        .max()
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn style(width: u16) -> Style {
        Style::drawn(width)
    }

    #[test]
    fn plain_is_a_list_of_lines() {
        let out = sample().render(Style::plain(80));
        assert!(!out.contains('│') && !out.contains('▲'), "{out}");
        assert!(
            out.contains("2 Kommunikation och samarbete\n  Medel: 4,7\n  Δ förra: +1,3\n"),
            "{out}"
        );
    }

    fn sample() -> Grid {
        let mut g = Grid::new().words("Område").figure("Medel").whole("Δ förra");
        g.row(vec![
            "2 Kommunikation och samarbete".into(),
            "4,7".into(),
            "▲ +1,3".into(),
        ]);
        g
    }

    #[test]
    fn a_table_while_it_fits() {
        let out = sample().render(style(80));
        assert!(out.starts_with('╭'), "{out}");
        assert!(out.contains("2 Kommunikation och samarbete"), "{out}");
        assert!(out.contains("▲ +1,3"), "{out}");
    }

    #[test]
    fn the_name_wraps_between_words_before_the_table_gives_up() {
        // Least: "Kommunikation" 13, "Medel" 5, "förra"/"▲ +1,3" 6: 13+5+6 + 3·3 + 1 = 34.
        let out = sample().render(style(34));
        assert!(out.starts_with('╭'), "{out}");
        assert!(out.contains("Kommunikation"), "{out}");
        assert!(out.contains("4,7") && out.contains("▲ +1,3"), "{out}");
        assert!(out.lines().all(|l| display_width(l) <= 34), "{out}");
    }

    #[test]
    fn blocks_when_it_does_not_fit() {
        let out = sample().render(style(33));
        assert_eq!(
            out,
            "2 Kommunikation och samarbete\n  Medel:\u{a0}4,7 · Δ\u{a0}förra:\u{a0}▲\u{a0}+1,3\n"
        );
    }

    #[test]
    fn a_block_wraps_between_pairs_and_gives_words_lines_of_their_own() {
        let mut g = Grid::new()
            .words("Id")
            .whole("Senast")
            .words("Mål")
            .figure("Före");
        g.row(vec![
            "b05f0fb8".into(),
            "2027-03-01".into(),
            "gå kursen om källkritik och sedan öva med tre kolleger".into(),
            "4,0".into(),
        ]);
        let out = g.render(style(30));
        for line in out.lines() {
            assert!(display_width(line) <= 30, "{line:?} in\n{out}");
        }
        assert!(out.contains("2027-03-01"), "{out}");
        assert!(out.contains("  Mål: gå kursen om"), "{out}");
        assert!(out.ends_with("  Före:\u{a0}4,0\n"), "{out}");
    }
}
