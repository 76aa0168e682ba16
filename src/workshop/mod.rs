//! The facilitator's side: reading many people's exports ([`read`], [`parse`])
//! into compact rows, the group's figures ([`aggregate`]) as the report's
//! data ([`report`]), and what colleagues chose to share for learning pairs
//! ([`learning`]). The file formats of the group report are the top-level
//! `report` module's.

pub mod aggregate;
pub mod learning;
pub mod parse;
pub mod perspective;
pub mod read;
pub mod report;
pub mod rounds;
pub mod rows;
mod split;
