//! Numbers as people read them: one rounding rule (half away from zero, as by
//! hand) and the language's decimal mark (a comma in Swedish, the catalogue's
//! `number-decimal-mark`), for every screen, report and file.

use crate::i18n::texts;
use crate::model::lang::Lang;

/// Which character separates the decimals.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DecimalMark {
    Comma,
    Point,
}

impl DecimalMark {
    /// The mark of a language, as its catalogue gives it.
    pub fn of(lang: Lang) -> Self {
        if texts(lang).number_decimal_mark() == "," {
            DecimalMark::Comma
        } else {
            DecimalMark::Point
        }
    }
}

pub use crate::model::stats::{round, shown_change};

/// `value` with `places` decimals, rounded half away from zero, with `mark`.
pub fn fixed(value: f64, places: u8, mark: DecimalMark) -> String {
    let rounded = round(value, places);
    // −0.0 after rounding a tiny negative value reads as a change that is not there.
    let rounded = if rounded == 0.0 { 0.0 } else { rounded };
    let s = format!("{rounded:.*}", usize::from(places));
    match mark {
        DecimalMark::Comma => s.replace('.', ","),
        DecimalMark::Point => s,
    }
}

/// A number with one decimal, with a decimal comma in Swedish.
pub fn decimal(value: f64, lang: Lang) -> String {
    fixed(value, 1, DecimalMark::of(lang))
}

/// A signed change with one decimal ("+0,5", "−1,0"); no change is "0,0",
/// without a sign: "±" would read as a margin ("±0,0 … +1,4"), and −0.04
/// shown as "−0,0" as a fall.
pub fn delta(value: f64, lang: Lang) -> String {
    let rounded = round(value, 1);
    let body = decimal(rounded.abs(), lang);
    if rounded > 0.0 {
        format!("+{body}")
    } else if rounded < 0.0 {
        format!("−{body}")
    } else {
        body
    }
}

/// A change, marked with an arrow so that it reads right without colour; whole
/// numbers (single ratings) without a decimal.
pub fn marked_delta(value: Option<f64>, lang: Lang, decimals: bool) -> String {
    match value {
        None => "–".to_string(),
        Some(v) if !decimals => {
            let whole = v.round() as i64;
            match whole.signum() {
                1 => format!("▲ +{whole}"),
                -1 => format!("▼ −{}", whole.abs()),
                _ => "= 0".to_string(),
            }
        }
        Some(v) => {
            let rounded = round(v, 1);
            let mark = if rounded > 0.0 {
                '▲'
            } else if rounded < 0.0 {
                '▼'
            } else {
                '='
            };
            format!("{mark} {}", delta(v, lang))
        }
    }
}

/// A share as a whole percentage ("42 %").
pub fn percent(share: f64) -> String {
    format!("{} %", fixed(share * 100.0, 0, DecimalMark::Point))
}

/// A horizontal bar for `value` on a scale up to `max`, `cells` characters wide,
/// drawn with eighth blocks so that a tenth of a point is visible.
pub fn bar(value: f64, max: u8, cells: usize) -> String {
    const PARTS: [char; 8] = [' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉'];
    let eighths = ((value / f64::from(max)).clamp(0.0, 1.0) * (cells * 8) as f64).round() as usize;
    let mut out = "█".repeat(eighths / 8);
    if !eighths.is_multiple_of(8) {
        out.push(PARTS[eighths % 8]);
    }
    let used = out.chars().count();
    out.push_str(&" ".repeat(cells.saturating_sub(used)));
    out
}

/// The direction of each step between the `values` as shown (`places`
/// decimals): ↗ up, → the same, ↘ down; a value missing breaks the line with a
/// space. Honest where a sparkline is not: 4,0 → 4,8 is a step up, however
/// small the height of a block would make it.
pub fn trend_steps(values: &[Option<f64>], places: u8) -> String {
    let shown: Vec<Option<f64>> = values.iter().map(|v| v.map(|v| round(v, places))).collect();
    shown
        .windows(2)
        .map(|w| match (w[0], w[1]) {
            (Some(a), Some(b)) if b > a => '↗',
            (Some(a), Some(b)) if b < a => '↘',
            (Some(_), Some(_)) => '→',
            _ => ' ',
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decimals_follow_the_language_and_round_half_away_from_zero() {
        assert_eq!(decimal(5.54, Lang::SV), "5,5");
        assert_eq!(decimal(3.0, Lang::EN), "3.0");
        assert_eq!(decimal(3.25, Lang::EN), "3.3");
        assert_eq!(decimal(-3.25, Lang::EN), "-3.3");
        assert_eq!(fixed(0.125, 2, DecimalMark::Comma), "0,13");
        assert_eq!(fixed(2.675_000_1, 2, DecimalMark::Point), "2.68");
        assert_eq!(fixed(-0.001, 1, DecimalMark::Point), "0.0");
        assert_eq!(delta(0.54, Lang::SV), "+0,5");
        assert_eq!(delta(-1.0, Lang::EN), "−1.0");
        assert_eq!(delta(0.04, Lang::EN), "0.0");
        assert_eq!(delta(-0.04, Lang::SV), "0,0", "no sign on no change");
        assert_eq!(percent(0.425), "43 %");
    }

    #[test]
    fn bars_scale_to_the_width() {
        assert_eq!(bar(7.0, 7, 14), "█".repeat(14));
        assert_eq!(
            bar(3.5, 7, 14),
            format!("{}{}", "█".repeat(7), " ".repeat(7))
        );
        assert_eq!(bar(1.0, 7, 14).trim_end(), "██");
        assert_eq!(bar(0.5, 7, 14).trim_end(), "█");
        assert_eq!(bar(4.1, 7, 14).chars().count(), 14);
    }

    #[test]
    fn trend_steps_follow_the_figures_as_shown() {
        assert_eq!(trend_steps(&[Some(4.0), Some(4.8), Some(4.84)], 1), "↗→");
        assert_eq!(
            trend_steps(&[Some(4.0), None, Some(3.0), Some(2.0)], 1),
            "  ↘"
        );
        assert_eq!(trend_steps(&[Some(5.0)], 0), "");
    }
}
