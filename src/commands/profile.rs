//! `profile`: show or set what a person shares in exports (workplace, role), and
//! their pseudonymous respondent id.

use crate::commands::Context;
use crate::model::text::visible;
use crate::term::output::print_json;
use anyhow::Result;

/// Options of `profile`.
#[derive(Debug, Clone)]
pub struct ProfileOptions {
    pub workplace: Option<String>,
    pub role: Option<String>,
    pub clear: bool,
    pub json: bool,
}

/// `profile`: changes what the flags ask for, then shows the profile.
pub fn run(ctx: &Context, opts: &ProfileOptions) -> Result<()> {
    let clean = |s: &Option<String>| s.as_ref().map(|v| visible(v.trim()).into_owned());
    let profile = if opts.clear || opts.workplace.is_some() || opts.role.is_some() {
        let new_id = || format!("r-{}", ctx.sources.short_id(12));
        let (profile, ()) = ctx.store.update_profile(new_id, |profile| {
            if opts.clear {
                profile.workplace = None;
                profile.role = None;
            }
            if let Some(w) = clean(&opts.workplace) {
                profile.workplace = (!w.is_empty()).then_some(w);
            }
            if let Some(r) = clean(&opts.role) {
                profile.role = (!r.is_empty()).then_some(r);
            }
        })?;
        profile
    } else {
        ctx.profile()?
    };
    if opts.json {
        return print_json(&profile.without_secret());
    }
    let t = ctx.texts();
    let rows = [
        (t.profile_respondent(), profile.respondent_id.as_str()),
        (
            t.profile_workplace(),
            profile.workplace.as_deref().unwrap_or("–"),
        ),
        (t.profile_role(), profile.role.as_deref().unwrap_or("–")),
    ];
    let wide = rows
        .iter()
        .map(|(l, _)| l.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    ctx.print(
        &rows
            .iter()
            .map(|(label, value)| format!("{:wide$}{value}\n", format!("{label}:")))
            .collect::<String>(),
    )
}
