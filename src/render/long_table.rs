//! Long tables laid out directly: the same bytes comfy-table gives under the
//! house style (rounded UTF-8 borders, condensed rows, dynamic arrangement, a
//! space of padding either side), without its work per cell, which was most of
//! the time of `history` at a thousand attempts. The column widths follow
//! comfy-table's own steps; a cell wraps at its spaces as comfy-table wraps it.
//! Where comfy-table would cut a word, this gives up (`None`) and the caller
//! lets comfy-table lay the table out.

use unicode_width::UnicodeWidthStr;

/// A cell's text, and whether it is aligned to the right (else to the left).
pub type GridCell = (String, bool);

/// What fits on a line at least, beside what is there, for comfy-table to put
/// another word on it.
const MIN_FREE: usize = 2;

/// The display width of each column's widest cell (at least 1), header included,
/// as comfy-table measures it.
pub fn content_widths(header: &[&str], rows: &[Vec<GridCell>]) -> Vec<usize> {
    let mut widths: Vec<usize> = header.iter().map(|h| h.width().max(1)).collect();
    for row in rows {
        for (w, (text, _)) in widths.iter_mut().zip(row) {
            *w = (*w).max(text.width().max(1));
        }
    }
    widths
}

/// The table of `header` and `rows` at most `width` columns wide, the columns
/// in `natural` as wide as their content; `None` when a cell holds a newline or a
/// word would have to be cut.
pub fn render(
    header: &[&str],
    rows: &[Vec<GridCell>],
    width: u16,
    natural: &[usize],
) -> Option<String> {
    let widths = arrange(header, rows, usize::from(width), natural)?;
    let line_bytes = widths.iter().map(|w| w + 3).sum::<usize>() * 3;
    let mut out = String::with_capacity((rows.len() + 5) * line_bytes);
    border(&mut out, &widths, ['╭', '─', '┬', '╮']);
    let mut cells: Vec<(&str, bool)> = Vec::with_capacity(widths.len());
    // A cell's lines when it wraps; `None` for a cell of one line.
    let mut wrapped: Vec<Option<Vec<String>>> = vec![None; widths.len()];
    for k in 0..=rows.len() {
        cells.clear();
        match k.checked_sub(1) {
            None => cells.extend(header.iter().map(|h| (*h, false))),
            Some(r) => cells.extend(rows[r].iter().map(|(t, right)| (t.as_str(), *right))),
        }
        let mut height = 1;
        for ((text, _), (&w, lines)) in cells.iter().zip(widths.iter().zip(&mut wrapped)) {
            if text.contains('\n') {
                return None;
            }
            *lines = if text.width() > w {
                let split = split_line(text, w)?;
                height = height.max(split.len());
                Some(split)
            } else {
                None
            };
        }
        for line in 0..height {
            out.push_str("\n│");
            for (c, (&(text, right), &w)) in cells.iter().zip(&widths).enumerate() {
                let text = match &wrapped[c] {
                    Some(lines) => lines.get(line).map_or("", String::as_str),
                    None if line == 0 => text,
                    None => "",
                };
                let pad = w.saturating_sub(text.width());
                if c > 0 {
                    out.push('┆');
                }
                out.push(' ');
                if right {
                    out.extend(std::iter::repeat_n(' ', pad));
                    out.push_str(text);
                } else {
                    out.push_str(text);
                    out.extend(std::iter::repeat_n(' ', pad));
                }
                out.push(' ');
            }
            out.push('│');
        }
        if k == 0 {
            out.push('\n');
            border(&mut out, &widths, ['╞', '═', '╪', '╡']);
        }
    }
    out.push('\n');
    border(&mut out, &widths, ['╰', '─', '┴', '╯']);
    Some(out)
}

/// A border line: its left end, fill, crossing and right end.
fn border(out: &mut String, widths: &[usize], [left, fill, cross, right]: [char; 4]) {
    out.push(left);
    for (c, w) in widths.iter().enumerate() {
        if c > 0 {
            out.push(cross);
        }
        out.extend(std::iter::repeat_n(fill, w + 2));
    }
    out.push(right);
}

/// The content width of each column, as comfy-table's dynamic arrangement
/// decides it: the `natural` columns as wide as their content; then, repeatedly,
/// every other column whose content fits the average space left; then a column
/// whose wrapped lines leave room to spare gets what they need; the rest share
/// what is left, the leftmost a character more.
fn arrange(
    header: &[&str],
    rows: &[Vec<GridCell>],
    width: usize,
    natural: &[usize],
) -> Option<Vec<usize>> {
    let max = content_widths(header, rows);
    let n = max.len();
    let mut fixed: Vec<Option<usize>> = (0..n)
        .map(|c| natural.contains(&c).then_some(max[c]))
        .collect();
    // Borders, then padding, then the fixed columns.
    let mut remaining = fixed.iter().fold(width.saturating_sub(n + 1), |left, f| {
        left.saturating_sub(f.map_or(2, |w| w + 2))
    });
    let mut open = fixed.iter().filter(|f| f.is_none()).count();
    let mut found = true;
    while found && open > 0 {
        found = false;
        let mut average = remaining / open;
        if average == 0 {
            break;
        }
        for c in 0..n {
            if fixed[c].is_some() || max[c] > average {
                continue;
            }
            fixed[c] = Some(max[c]);
            remaining = remaining.saturating_sub(max[c]);
            open -= 1;
            if open == 0 {
                break;
            }
            average = remaining / open;
            found = true;
        }
    }
    if let Some(mut average) = remaining.checked_div(open) {
        let mut found = true;
        while found {
            found = false;
            for (c, slot) in fixed.iter_mut().enumerate() {
                if slot.is_some() {
                    continue;
                }
                let longest = longest_after_split(header, rows, c, average)?;
                if average.saturating_sub(longest) >= 3 {
                    *slot = Some(longest.max(1));
                    remaining = remaining.saturating_sub(longest);
                    open -= 1;
                    if open == 0 {
                        break;
                    }
                    average = remaining / open;
                    found = true;
                }
            }
        }
    }
    if open > 0 {
        let remaining = remaining.max(open);
        let average = remaining / open;
        let mut excess = remaining - average * open;
        for f in fixed.iter_mut().filter(|f| f.is_none()) {
            let extra = usize::from(excess > 0);
            excess -= extra;
            *f = Some((average + extra).max(1));
        }
    }
    fixed.into_iter().collect()
}

/// The longest line of column `c` (in bytes, as comfy-table counts it here)
/// once wrapped at `average` characters.
fn longest_after_split(
    header: &[&str],
    rows: &[Vec<GridCell>],
    c: usize,
    average: usize,
) -> Option<usize> {
    let texts = header.get(c).copied().into_iter().chain(
        rows.iter()
            .filter_map(|r| r.get(c).map(|(t, _)| t.as_str())),
    );
    let mut longest = 0;
    for text in texts {
        if text.width() > average {
            for part in split_line(text, average.max(1))? {
                longest = longest.max(part.len());
            }
        } else {
            longest = longest.max(text.len());
        }
    }
    Some(longest)
}

/// `text` wrapped at its spaces into lines of at most `width` columns, as
/// comfy-table wraps it; `None` where it would cut a word.
fn split_line(text: &str, width: usize) -> Option<Vec<String>> {
    let mut lines = Vec::new();
    let mut words: Vec<&str> = text.split(' ').collect();
    words.reverse();
    let mut current = String::new();
    // A line with no room for a word and a space more is done.
    let full = |lines: &mut Vec<String>, current: String| {
        if current.width() > width.saturating_sub(MIN_FREE) {
            lines.push(current);
            String::new()
        } else {
            current
        }
    };
    while let Some(word) = words.pop() {
        let (have, more) = (current.width(), word.width());
        let gap = usize::from(!current.is_empty());
        if have + gap + more <= width {
            if gap == 1 {
                current.push(' ');
            }
            current.push_str(word);
            current = full(&mut lines, current);
        } else if gap == 1 && width.saturating_sub(have).saturating_sub(1) <= MIN_FREE {
            words.push(word);
            lines.push(std::mem::take(&mut current));
        } else if more > width {
            return None;
        } else {
            lines.push(std::mem::take(&mut current));
            current = full(&mut lines, word.to_string());
        }
    }
    if !current.is_empty() {
        lines.push(current);
    }
    Some(lines)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::style::Style;

    /// The same table through comfy-table, as `history` builds it.
    fn comfy(header: &[&str], rows: &[Vec<GridCell>], style: Style, natural: &[usize]) -> String {
        crate::render::screens::history_comfy(header, rows, style, natural).to_string()
    }

    #[test]
    fn the_same_bytes_as_comfy_table() {
        let words = [
            "omgång",
            "1",
            "före",
            "kursen",
            "efter",
            "",
            "vårens",
            "workshop",
            "Å",
            "x",
            "höstterminen",
        ];
        let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
        let mut next = |n: usize| {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            (seed % n as u64) as usize
        };
        let header = ["Id", "Datum", "Etikett", "Totalt", "1", "2", "3", "4", "5"];
        let (mut laid_out, mut cases) = (0, 0);
        for _ in 0..400 {
            let rows: Vec<Vec<GridCell>> = (0..=next(6))
                .map(|r| {
                    let label: Vec<&str> = (0..next(5)).map(|_| words[next(words.len())]).collect();
                    let mut row = vec![
                        (format!("{r:08x}"), false),
                        ("2026-01-10 09:00".to_string(), false),
                        (label.join(" "), false),
                    ];
                    row.extend((0..6).map(|_| (format!("{},{}", next(8), next(10)), next(4) > 0)));
                    row
                })
                .collect();
            for width in [40, 52, 60, 66, 70, 75, 80, 90, 120, 160] {
                for color in [false, true] {
                    let style = Style {
                        width,
                        color,
                        plain: false,
                    };
                    let word = rows
                        .iter()
                        .flat_map(|r| r[2].0.split_whitespace())
                        .chain(["Etikett"])
                        .map(UnicodeWidthStr::width)
                        .max()
                        .unwrap_or(0);
                    let widths = content_widths(&header, &rows);
                    let least = widths.iter().sum::<usize>() - widths[2] + word.min(widths[2]);
                    let fits = least + 3 * widths.len() < usize::from(width);
                    cases += usize::from(fits);
                    if let Some(ours) = render(&header, &rows, width, &[0, 1]) {
                        laid_out += usize::from(fits);
                        assert_eq!(
                            ours,
                            comfy(&header, &rows, style, &[0, 1]),
                            "{rows:?} at {width}"
                        );
                    }
                }
            }
        }
        // Every table that fits is laid out here, not handed back.
        assert!(cases > 1000, "{cases}");
        assert_eq!(laid_out, cases);
    }

    #[test]
    fn a_word_wider_than_its_column_is_handed_back() {
        assert_eq!(
            split_line("omgång 1", 7),
            Some(vec!["omgång".into(), "1".into()])
        );
        assert_eq!(split_line("höstterminen", 5), None);
    }
}
