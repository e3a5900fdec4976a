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
        // Read as text until their renderers are in.
        Format::Text | Format::Html | Format::Epub => {
            if bytes[..bytes.len().min(super::BINARY_PROBE)].contains(&0) {
                return Err("binary content".into());
            }
            let mut b = super::structure::Builder::new(format);
            b.block(super::structure::Block::of(
                super::structure::BlockKind::Pre,
            ));
            b.text(&String::from_utf8_lossy(bytes));
            Ok(b.finish())
        }
    }
}
