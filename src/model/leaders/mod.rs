//! The library directors' track in the domain: the leaders' bundled set and
//! how `--set` names the bundled sets ([`Bundled`]), a set's mirror statements,
//! and the reflection guide ([`guide`]).

pub mod guide;

use crate::model::code::StatementCode;
use crate::model::question_set::QuestionSet;

/// The leaders' set (`digikomp-ledning`), chosen with `--set ledning`: themes
/// about leading the library's digital work, and mirror statements that
/// estimate the staff's own figures per DigComp area.
pub const LEADERS_TOML: &str = include_str!("../../../questions/ledning.toml");

/// The bundled sets `--set` chooses between.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Bundled {
    /// The staff's self-assessment, `digikomp-bibliotek` (the default).
    #[default]
    Staff,
    /// The leaders' set, `digikomp-ledning`.
    Leaders,
}

impl Bundled {
    /// The names `--set` takes: the first of each is the one shown; Swedish
    /// and English aliases read the same.
    pub const NAMES: [(&'static str, Bundled); 9] = [
        ("staff", Bundled::Staff),
        ("ledning", Bundled::Leaders),
        ("personal", Bundled::Staff),
        ("medarbetare", Bundled::Staff),
        ("leaders", Bundled::Leaders),
        ("leader", Bundled::Leaders),
        ("chef", Bundled::Leaders),
        ("chefer", Bundled::Leaders),
        ("bibliotekschef", Bundled::Leaders),
    ];

    /// The set named `name` (case and spaces aside), if any.
    pub fn named(name: &str) -> Option<Self> {
        let name = name.trim().to_lowercase();
        Self::NAMES
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, b)| *b)
    }

    /// The name `--set` shows for it.
    pub fn name(self) -> &'static str {
        match self {
            Bundled::Staff => "staff",
            Bundled::Leaders => "ledning",
        }
    }

    /// The set itself.
    pub fn set(self) -> QuestionSet {
        match self {
            Bundled::Staff => QuestionSet::bundled(),
            Bundled::Leaders => QuestionSet::leaders(),
        }
    }

    /// The other bundled set.
    #[must_use]
    pub fn other(self) -> Self {
        match self {
            Bundled::Staff => Bundled::Leaders,
            Bundled::Leaders => Bundled::Staff,
        }
    }
}

impl QuestionSet {
    /// The leaders' set compiled into the binary.
    pub fn leaders() -> Self {
        // Checked by a unit test, like the staff set.
        Self::parse(LEADERS_TOML, "the bundled leaders' set")
            .unwrap_or_else(|e| panic!("bundled leaders' set is broken: {e}"))
    }

    /// The mirror statements: (the staff set's area, the statement's code), in
    /// the set's order.
    pub fn mirrors(&self) -> impl Iterator<Item = (u8, StatementCode)> + '_ {
        self.statements
            .iter()
            .filter_map(|s| s.mirror_area.map(|a| (a, s.code)))
    }

    /// Whether the set has mirror statements (the leaders' kind of set).
    pub fn has_mirrors(&self) -> bool {
        self.mirrors().next().is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::question_set::AreaKind;

    #[test]
    fn the_leaders_set_is_valid_with_five_mirrors_of_the_staff_areas() {
        let set = QuestionSet::leaders();
        assert_eq!(set.id, "digikomp-ledning");
        assert_eq!(set.area_kind, AreaKind::Theme);
        let staff = QuestionSet::bundled();
        let mirrored: Vec<u8> = set.mirrors().map(|(a, _)| a).collect();
        let staff_areas: Vec<u8> = staff.areas.iter().map(|a| a.number).collect();
        assert_eq!(mirrored, staff_areas);
        // A mirror is rated on the staff set's own scale.
        assert_eq!(
            (set.scale.min, set.scale.max),
            (staff.scale.min, staff.scale.max)
        );
        assert!(set.scale.abstain.is_some());
        let (_, code) = set.mirrors().next().expect("a mirror");
        let st = set.statement(code).expect("statement");
        assert_ne!(st.labels(&set.scale).0, &set.scale.min_label);
    }

    #[test]
    fn a_mirror_is_in_its_themes_mean_but_not_in_the_overall() {
        let set = QuestionSet::leaders();
        // Every own statement 2, every mirror 7.
        let answers = set
            .statements
            .iter()
            .map(|s| (s.code, if s.mirror_area.is_some() { 7 } else { 2 }))
            .collect();
        let sc = crate::model::score::score(&set, &answers);
        assert!((sc.overall - 2.0).abs() < 1e-12);
        assert!(sc
            .areas
            .iter()
            .any(|a| a.area == 6 && (a.mean - 7.0).abs() < 1e-12));
        assert!(sc.strengths.is_empty() && sc.to_develop.is_empty());
        assert_ne!(sc.weakest_area, Some(6));
    }
}
