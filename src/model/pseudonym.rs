//! Pseudonyms for anonymous exports: stable within one study, so that a
//! facilitator can pair a person's rounds, and unlinkable to the named export and
//! to other studies, because they are keyed with a secret that never leaves the
//! person's data directory (HMAC-SHA-256).

use hmac::{Hmac, Mac};
use sha2::Sha256;

/// How many hexadecimal characters of the HMAC a pseudonym keeps (64 bits).
const KEPT: usize = 16;

/// The keyed hash of `parts`, each preceded by its length so that no two lists
/// of parts hash alike, in hex.
fn keyed(secret: &str, parts: &[&str]) -> String {
    // HMAC takes a key of any length; this cannot fail.
    let Ok(mut mac) = Hmac::<Sha256>::new_from_slice(secret.as_bytes()) else {
        return String::new();
    };
    for part in parts {
        mac.update(&(part.len() as u64).to_le_bytes());
        mac.update(part.as_bytes());
    }
    mac.finalize()
        .into_bytes()
        .iter()
        .take(KEPT / 2)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The respondent's pseudonym in `study`.
pub fn respondent(secret: &str, study: &str) -> String {
    format!("p-{}", keyed(secret, &["respondent", study]))
}

/// An attempt's id in an anonymous export of `study`: no link to the attempt's
/// real id, but the same attempt exported twice keeps one id (so that the
/// workshop drops the duplicate).
pub fn attempt(secret: &str, study: &str, attempt_id: &str) -> String {
    format!("a-{}", keyed(secret, &["attempt", study, attempt_id]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stable_within_a_study_and_apart_across_studies_and_secrets() {
        let a = respondent("secret-1", "Höst 2026");
        assert_eq!(a, respondent("secret-1", "Höst 2026"));
        assert_ne!(a, respondent("secret-1", "Vår 2027"));
        assert_ne!(a, respondent("secret-2", "Höst 2026"));
        assert_eq!(a.len(), 2 + KEPT);
        assert_ne!(attempt("s", "x", "id1"), attempt("s", "x", "id2"));
        assert_ne!(
            attempt("s", "a\0b", "c"),
            attempt("s", "a", "b\0c"),
            "parts stay apart"
        );
    }
}
