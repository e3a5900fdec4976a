//! `folio entities` output: a readable table or the JSON contract.

use crate::document::Document;

use super::Entities;

/// Print the entities of each document to standard output.
pub fn print(docs: &[(Document, Entities)], json: bool) {
    let _ = (docs, json);
}
