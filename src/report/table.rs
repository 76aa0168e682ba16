//! The group report as text for the terminal: the report's document
//! ([`view::document`]) with tables that stay readable at any width.

use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::render::grid::Grid;
use crate::render::style::Style;
use crate::report::view::{self, Block, Table as ViewTable};
use crate::report::{Exporter, RenderCtx};
use crate::workshop::report::Report;
use anyhow::Result;
use std::fmt::Write as _;

/// The terminal table format (group report only: `export` writes files).
pub struct Table;

impl Exporter<Report> for Table {
    fn write(&self, report: &Report, cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let t = texts(cx.lang);
        let style = cx.style;
        let mut out = format!("{}\n", style.heading(t.group_profile()));
        for block in view::document(cx.set, report, cx.lang) {
            out.push_str(&block_text(&block, style));
        }
        Ok(style.say(&out, cx.lang).into_bytes())
    }
}

/// A document of blocks (the perspective report) as terminal text under the
/// heading `title`.
pub(crate) fn blocks_text(title: &str, blocks: &[Block], style: Style, lang: Lang) -> String {
    let mut out = format!("{}\n", style.heading(title));
    for block in blocks {
        out.push_str(&block_text(block, style));
    }
    style.say(&out, lang)
}

/// One block of the document as terminal text.
fn block_text(block: &Block, style: Style) -> String {
    let mut out = String::new();
    match block {
        Block::Heading(_, text) => {
            let _ = writeln!(out, "\n{}", style.heading(text));
        }
        Block::Para(text) | Block::Legend(text) | Block::Warning(text) => {
            out.push_str(&style.wrapped(text, "", ""));
        }
        Block::Bullets(items) => {
            let mark = if style.plain { "  " } else { "  • " };
            for item in items {
                out.push_str(&style.wrapped(item, mark, "    "));
            }
        }
        Block::Table(table) => out.push_str(&grid(table).render(style)),
        Block::Ranked(rows) | Block::PlanDraft { rows, .. } => {
            for r in rows {
                let line = format!("{}  {}  {}", r.figure, r.code, r.text);
                out.push_str(&style.wrapped(&line, "  ", "        "));
            }
        }
        Block::Links(links) => {
            // The title wraps between words; the address stands on a line of its
            // own, so that wrapping never breaks it.
            // A screen reader gets no arrow to read out.
            let mark = if style.plain { "  " } else { "  → " };
            for l in links {
                out.push_str(&style.wrapped(&l.title, mark, "    "));
                let _ = writeln!(out, "    {}", l.url);
            }
        }
        Block::AreaChart(_) | Block::DistributionChart(_) => {}
    }
    out
}

/// A table of the document as a grid: the rows' names wrap between words, the
/// figures stay whole, and the counts per point stand in one column.
pub(crate) fn grid(table: &ViewTable) -> Grid {
    let mut grid = Grid::new().words(table.head.clone());
    let (start, end) = table
        .points
        .as_ref()
        .map_or((usize::MAX, usize::MAX), |p| (p.0, p.1));
    for (i, c) in table.columns.iter().enumerate() {
        if i == start {
            let title = table.points.as_ref().map_or(String::new(), |p| p.2.clone());
            grid = grid.whole(title);
        }
        if (start..end).contains(&i) {
            continue;
        }
        grid = if c.numeric {
            grid.figure(c.title.clone())
        } else {
            grid.whole(c.title.clone())
        };
    }
    for row in &table.rows {
        let mut cells = vec![row.head.clone()];
        for (i, c) in row.cells.iter().enumerate() {
            if i == start {
                cells.push(row.cells[start..end.min(row.cells.len())].join(" "));
            }
            if !(start..end).contains(&i) {
                cells.push(c.clone());
            }
        }
        grid.row(cells);
    }
    grid
}
