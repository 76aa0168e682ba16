//! The study-circle guides of `learn circle`: per area of the staff set, 3–4
//! meetings with a preparation, questions to talk about and something to try
//! together (`questions/circles.toml`, bundled).

use crate::model::lang::Localized;
use serde::{Deserialize, Serialize};

/// The bundled study-circle guides, one per area of the staff set.
pub const BUNDLED_CIRCLES: &str = include_str!("../../../questions/circles.toml");

/// One meeting of a study circle.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct CircleMeeting {
    pub title: Localized,
    pub before: Localized,
    pub questions: Vec<Localized>,
    #[serde(rename = "try")]
    pub together: Localized,
}

/// The study-circle guide of one area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Circle {
    pub area: u8,
    pub meetings: Vec<CircleMeeting>,
}

/// The study-circle guides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Circles {
    pub id: String,
    pub version: String,
    pub intro: Localized,
    pub areas: Vec<Circle>,
}

impl Circles {
    /// The bundled guides; a unit test keeps them valid.
    pub fn bundled() -> Self {
        toml::from_str(BUNDLED_CIRCLES)
            .unwrap_or_else(|e| panic!("bundled study circles are broken: {e}"))
    }

    /// The guide for `area`.
    pub fn area(&self, area: u8) -> Option<&Circle> {
        self.areas.iter().find(|c| c.area == area)
    }
}
