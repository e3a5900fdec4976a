//! Rendering a source in a markup format into a document's text and
//! structure.

use super::format::Format;
use super::markdown;
use super::structure::Rendered;

/// Render `bytes` as `format`, or say in a few words why they cannot be.
pub fn render(format: Format, bytes: &[u8]) -> Result<Rendered, String> {
    match format {
        Format::Markdown => {
            let text = String::from_utf8_lossy(bytes);
            let text = text.strip_prefix('\u{feff}').unwrap_or(&text);
            let mut r = markdown::render(text);
            r.lossy |= std::str::from_utf8(bytes).is_err();
            Ok(r)
        }
        Format::Html => Ok(super::html::render(bytes)),
        Format::Epub => super::epub::render(bytes),
        Format::Text => {
            let mut n = super::Normaliser::with_capacity(bytes.len());
            n.push_bytes(bytes);
            let (text, lossy) = n.finish();
            let paragraphs = super::paragraphs(&text);
            Ok(Rendered {
                text,
                paragraphs,
                structure: Default::default(),
                lossy,
            })
        }
    }
}
