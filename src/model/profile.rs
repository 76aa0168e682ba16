//! What a person chose to share about themselves in exports, and the pseudonymous
//! respondent id that lets a facilitator tell one person's attempts from another's.

use crate::model::text::{make_visible, make_visible_opt};
use serde::{Deserialize, Serialize};

/// Written into `profile.json`.
pub const PROFILE_KIND: &str = "digikomp-profile";
/// The profile schema this version writes and reads.
pub const PROFILE_SCHEMA_VERSION: u32 = 1;

/// The contents of `profile.json`.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Profile {
    pub kind: String,
    pub schema_version: u32,
    pub respondent_id: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub workplace: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub role: Option<String>,
    /// The key of the pseudonyms in anonymous exports: random, made on the first
    /// anonymous export, never exported.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub secret: Option<String>,
}

impl Profile {
    /// Makes the free texts safe to show.
    pub fn make_visible(&mut self) {
        make_visible(&mut self.respondent_id);
        make_visible_opt(&mut self.workplace);
        make_visible_opt(&mut self.role);
    }

    /// The profile without the pseudonyms' key, to show: anyone who sees the
    /// key (in a support paste, say) could recompute a study's pseudonyms.
    #[must_use]
    pub fn without_secret(&self) -> Self {
        Profile {
            secret: None,
            ..self.clone()
        }
    }

    /// A new profile around a respondent id made by the caller's id source.
    pub fn new(respondent_id: String) -> Self {
        Profile {
            kind: PROFILE_KIND.to_string(),
            schema_version: PROFILE_SCHEMA_VERSION,
            respondent_id,
            workplace: None,
            role: None,
            secret: None,
        }
    }
}
