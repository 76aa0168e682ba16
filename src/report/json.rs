//! JSON: the export `workshop` reads back, and the group report for scripts.

use crate::model::record::{ExportFile, EXPORT_KIND, EXPORT_SCHEMA_VERSION};
use crate::report::{Exporter, Personal, RenderCtx};
use crate::workshop::report::Report;
use anyhow::Result;

/// The JSON format; the personal export carries the action plan when asked.
pub struct Json;

impl Exporter<Personal<'_>> for Json {
    fn write(&self, doc: &Personal<'_>, _cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let file = ExportFile {
            kind: EXPORT_KIND.to_string(),
            schema_version: EXPORT_SCHEMA_VERSION,
            records: doc.records.to_vec(),
            plans: doc.plans.map(<[_]>::to_vec),
            learning: doc.learning.cloned(),
        };
        let mut out = serde_json::to_vec_pretty(&file)?;
        out.push(b'\n');
        Ok(out)
    }
}

impl Exporter<Report> for Json {
    fn write(&self, report: &Report, _cx: &RenderCtx<'_>) -> Result<Vec<u8>> {
        let mut v = serde_json::to_vec_pretty(report)?;
        v.push(b'\n');
        Ok(v)
    }
}
