//! Finding one item by the first characters of its id, as `results 2c64`,
//! `delete 2c64`, `export --attempt 2c64` and `plan close 3f9a` do.

/// What a prefix matched.
#[derive(Debug, PartialEq, Eq)]
pub enum Lookup<'a, T> {
    One(&'a T),
    None,
    /// Several items: the prefix needs more characters.
    Many(Vec<&'a T>),
}

/// The items whose id starts with `prefix` (ignoring case and surrounding space).
/// An empty prefix matches nothing.
pub fn by_prefix<'a, T>(items: &'a [T], prefix: &str, id: impl Fn(&T) -> &str) -> Lookup<'a, T> {
    let wanted = prefix.trim().to_ascii_lowercase();
    if wanted.is_empty() {
        return Lookup::None;
    }
    let mut found: Vec<&T> = items
        .iter()
        .filter(|item| id(item).to_ascii_lowercase().starts_with(&wanted))
        .collect();
    match found.len() {
        0 => Lookup::None,
        1 => Lookup::One(found.remove(0)),
        _ => Lookup::Many(found),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_none_or_many() {
        let ids = ["abc1", "abd2", "ABE3"];
        assert_eq!(by_prefix(&ids, " abe", |s| s), Lookup::One(&"ABE3"));
        assert_eq!(by_prefix(&ids, "zz", |s| s), Lookup::None);
        assert_eq!(by_prefix(&ids, "", |s| s), Lookup::None);
        assert_eq!(
            by_prefix(&ids, "ab", |s| s),
            Lookup::Many(ids.iter().collect())
        );
    }
}
