//! The facilitator's side: reading many people's exports ([`read`], [`parse`])
//! and the group's figures ([`aggregate`]). The formats of the group report live
//! in `report`.

pub mod aggregate;
pub mod parse;
pub mod read;
pub mod rounds;
pub mod rows;
mod split;
