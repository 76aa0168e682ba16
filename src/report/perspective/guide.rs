//! The leaders' reflection guide for a meeting (Markdown and HTML): the
//! bundled guide's questions, picked and ordered by the perspective report.

use super::{focus_text, gap_sentence, group_name, Sets};
use crate::i18n::texts;
use crate::model::lang::Lang;
use crate::model::leaders::guide::Guide;
use crate::render::format::decimal;
use crate::report::view::{Block, Ranked};
use crate::report::{html, markdown};
use crate::workshop::perspective::{GapDirection, Perspective};

/// The reflection guide for a leaders' meeting, as Markdown or HTML: how to
/// run it, where each group stands (its focus items and large gaps), the
/// questions of each theme (the leaders' lowest first) and of each large gap,
/// the three steps of a change, and a table of actions to fill in.
pub fn guide(p: &Perspective, sets: Sets<'_>, lang: Lang, as_html: bool) -> Vec<u8> {
    let t = texts(lang);
    let g = Guide::bundled();
    let mut out = vec![Block::Para(g.intro.get(lang).to_string())];
    for group in &p.perspective {
        out.push(Block::Heading(
            2,
            t.leaders_guide_start(group_name(t, p, group)),
        ));
        let mut items: Vec<String> = group
            .focus
            .iter()
            .map(|f| focus_text(f, sets, lang))
            .collect();
        if items.is_empty() {
            items.push(t.leaders_focus_none().to_string());
        }
        out.push(Block::Bullets(items));
    }
    out.extend(theme_blocks(p, &g, sets, lang));
    out.extend(gap_blocks(p, &g, sets, lang));
    out.push(Block::Heading(2, t.leaders_guide_steps().to_string()));
    for step in &g.change_steps {
        out.push(Block::Heading(3, step.title.get(lang).to_string()));
        out.push(Block::Bullets(
            step.points
                .iter()
                .map(|x| x.get(lang).to_string())
                .collect(),
        ));
    }
    out.extend(action_blocks(p, sets, lang));
    let title = t.leaders_guide_title();
    if as_html {
        html::blocks_page(title, &out, lang, &|_| String::new()).into_bytes()
    } else {
        markdown::blocks_md(title, &out).into_bytes()
    }
}

/// The questions per theme, the leaders' lowest theme first (by their mean over
/// the groups shown; themes without a figure last, in the set's order).
fn theme_blocks(p: &Perspective, g: &Guide, sets: Sets<'_>, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let mut out = Vec::new();
    let mut themes: Vec<(u8, Option<f64>)> = g
        .themes
        .iter()
        .map(|q| {
            let means: Vec<f64> = p
                .perspective
                .iter()
                .flat_map(|gr| gr.themes.iter())
                .filter(|th| th.theme == q.area)
                .filter_map(|th| th.mean)
                .collect();
            let mean = (!means.is_empty()).then(|| means.iter().sum::<f64>() / means.len() as f64);
            (q.area, mean)
        })
        .collect();
    themes.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y).then(a.0.cmp(&b.0)),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => a.0.cmp(&b.0),
    });
    out.push(Block::Heading(2, t.leaders_guide_themes().to_string()));
    for (theme, mean) in themes {
        let name = sets.leaders.area_name(theme, lang);
        let heading = match mean {
            Some(m) => t.leaders_guide_theme_mean(&name, decimal(m, lang)),
            None => name,
        };
        out.push(Block::Heading(3, heading));
        if let Some(q) = g.theme(theme) {
            out.push(Block::Bullets(
                q.questions
                    .iter()
                    .map(|x| x.get(lang).to_string())
                    .collect(),
            ));
        }
    }
    out
}

/// The questions of each large gap, once per area and direction.
fn gap_blocks(p: &Perspective, g: &Guide, sets: Sets<'_>, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let mut out = Vec::new();
    let mut gaps: Vec<(u8, f64, GapDirection)> = Vec::new();
    for group in &p.perspective {
        for a in &group.areas {
            if let (Some(gap), Some(dir)) = (a.shown_gap, a.large_gap) {
                if !gaps.iter().any(|(area, _, d)| *area == a.area && *d == dir) {
                    gaps.push((a.area, gap, dir));
                }
            }
        }
    }
    if !gaps.is_empty() {
        out.push(Block::Heading(2, t.leaders_guide_gaps().to_string()));
        for (area, gap, dir) in gaps {
            let name = sets.staff.area_name(area, lang);
            out.push(Block::Heading(3, gap_sentence(t, &name, gap, dir, lang)));
            let qs = match dir {
                GapDirection::LeadersHigher => &g.gap.higher,
                GapDirection::LeadersLower => &g.gap.lower,
            };
            out.push(Block::Bullets(
                qs.iter().map(|x| x.get(lang).to_string()).collect(),
            ));
        }
    }
    out
}

/// A table of actions to fill in: each group's focus items, numbered.
fn action_blocks(p: &Perspective, sets: Sets<'_>, lang: Lang) -> Vec<Block> {
    let t = texts(lang);
    let mut out = Vec::new();
    // Numbered rows to fill in: the group and its focus, then resources, an
    // owner and a date.
    let rows: Vec<Ranked> =
        p.perspective
            .iter()
            .flat_map(|group| {
                group.focus.iter().map(move |f| {
                    format!("{}: {}", group_name(t, p, group), focus_text(f, sets, lang))
                })
            })
            .enumerate()
            .map(|(i, text)| Ranked {
                figure: String::new(),
                code: (i + 1).to_string(),
                text,
            })
            .collect();
    out.push(Block::Heading(2, t.leaders_guide_actions().to_string()));
    out.push(Block::PlanDraft {
        caption: t.leaders_guide_actions_caption().to_string(),
        heads: [
            "#".to_string(),
            t.leaders_col_focus().to_string(),
            t.leaders_col_resources().to_string(),
            t.leaders_col_owner().to_string(),
            t.leaders_col_date().to_string(),
        ],
        rows,
    });
    out
}
