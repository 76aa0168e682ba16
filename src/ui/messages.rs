//! Messages that are more than a template: errors of the model rendered in the
//! user's language.

use crate::model::answers::AnswersError;
use crate::ui::texts::Texts;

impl Texts {
    /// Why answers given without prompts were refused.
    pub fn answers_error(&self, e: &AnswersError) -> String {
        match e {
            AnswersError::Count { expected, got } => self.err_count(expected, got),
            AnswersError::NotANumber { position, token } => self.err_not_number(token, position),
            AnswersError::OutOfRange {
                position,
                value,
                min,
                max,
            } => self.err_out_of_range(position, value, min, max),
            AnswersError::UnknownCode { code } => self.err_unknown_code(code),
            AnswersError::Duplicate { code } => self.err_duplicate(code),
            AnswersError::Missing { code } => self.err_missing(code),
            AnswersError::Mixed => self.err_mixed.to_string(),
        }
    }
}
