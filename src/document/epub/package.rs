//! The XML files of an EPUB that say what is in it: the container (where the
//! package file is), the package file (metadata, manifest, spine), the table
//! of contents (an EPUB 3 navigation document or an EPUB 2 NCX) and the
//! encryption list.

use std::collections::HashMap;

use dom_query::Document;
use quick_xml::Reader;
use quick_xml::events::{BytesStart, Event};

use crate::document::structure::collapse;

/// An XML event, simplified: names without their prefixes.
enum Xml {
    Open(String, Vec<(String, String)>),
    Close(String),
    Text(String),
}

fn local(name: &[u8]) -> String {
    String::from_utf8_lossy(name).to_ascii_lowercase()
}

fn attrs(e: &BytesStart) -> Vec<(String, String)> {
    e.attributes()
        .flatten()
        .map(|a| {
            let value = a
                .unescape_value()
                .map(|v| v.into_owned())
                .unwrap_or_else(|_| String::from_utf8_lossy(&a.value).into_owned());
            (local(a.key.local_name().as_ref()), value)
        })
        .collect()
}

/// The events of `xml`, up to its end or its first error.
fn events(xml: &str) -> Vec<Xml> {
    let mut reader = Reader::from_str(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event() {
            Ok(Event::Start(e)) => out.push(Xml::Open(local(e.local_name().as_ref()), attrs(&e))),
            Ok(Event::Empty(e)) => {
                let name = local(e.local_name().as_ref());
                out.push(Xml::Open(name.clone(), attrs(&e)));
                out.push(Xml::Close(name));
            }
            Ok(Event::End(e)) => out.push(Xml::Close(local(e.local_name().as_ref()))),
            Ok(Event::Text(t)) => out.push(Xml::Text(String::from_utf8_lossy(&t).into_owned())),
            Ok(Event::CData(t)) => out.push(Xml::Text(String::from_utf8_lossy(&t).into_owned())),
            Ok(Event::GeneralRef(r)) => {
                let name = String::from_utf8_lossy(&r);
                let text = quick_xml::escape::unescape(&format!("&{name};"))
                    .map(|t| t.into_owned())
                    .unwrap_or_default();
                out.push(Xml::Text(text));
            }
            Ok(Event::Eof) | Err(_) => break,
            Ok(_) => {}
        }
    }
    out
}

fn attr<'a>(attrs: &'a [(String, String)], name: &str) -> Option<&'a str> {
    attrs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v.as_str())
}

/// The path of the package file that `container.xml` names.
pub(super) fn rootfile(container: &str) -> Option<String> {
    events(container).into_iter().find_map(|e| match e {
        Xml::Open(name, a) if name == "rootfile" => {
            let media = attr(&a, "media-type").unwrap_or("application/oebps-package+xml");
            (media == "application/oebps-package+xml")
                .then(|| attr(&a, "full-path").map(str::to_string))
                .flatten()
        }
        _ => None,
    })
}

/// An item of the manifest.
#[derive(Debug, Clone, Default)]
pub(super) struct Item {
    pub href: String,
    pub media_type: String,
    pub properties: String,
}

/// What the package file says.
#[derive(Debug, Default)]
pub(super) struct Package {
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub manifest: HashMap<String, Item>,
    /// The ids of the spine's items, in reading order.
    pub spine: Vec<String>,
    /// The id of the NCX, from the spine's `toc`.
    pub ncx: Option<String>,
}

impl Package {
    /// The EPUB 3 navigation document's href.
    pub fn nav(&self) -> Option<&str> {
        self.manifest
            .values()
            .find(|i| i.properties.split_whitespace().any(|p| p == "nav"))
            .map(|i| i.href.as_str())
    }

    /// The NCX's href: named by the spine, else the manifest's only NCX.
    pub fn ncx(&self) -> Option<&str> {
        self.ncx
            .as_ref()
            .and_then(|id| self.manifest.get(id))
            .or_else(|| {
                self.manifest
                    .values()
                    .find(|i| i.media_type == "application/x-dtbncx+xml")
            })
            .map(|i| i.href.as_str())
    }
}

pub(super) fn package(opf: &str) -> Package {
    let mut p = Package::default();
    // The metadata element whose text is being gathered.
    let mut field: Option<(String, String)> = None;
    for e in events(opf) {
        match e {
            Xml::Open(name, a) => match name.as_str() {
                "title" | "creator" => field = Some((name, String::new())),
                "item" => {
                    if let (Some(id), Some(href)) = (attr(&a, "id"), attr(&a, "href")) {
                        let item = Item {
                            href: href.to_string(),
                            media_type: attr(&a, "media-type").unwrap_or("").to_string(),
                            properties: attr(&a, "properties").unwrap_or("").to_string(),
                        };
                        p.manifest.entry(id.to_string()).or_insert(item);
                    }
                }
                "spine" => p.ncx = attr(&a, "toc").map(str::to_string),
                "itemref" => {
                    if let Some(id) = attr(&a, "idref") {
                        p.spine.push(id.to_string());
                    }
                }
                _ => {}
            },
            Xml::Text(t) => {
                if let Some((_, text)) = field.as_mut() {
                    text.push_str(&t);
                }
            }
            Xml::Close(name) => {
                if let Some((open, text)) = field.take() {
                    if open != name {
                        field = Some((open, text));
                        continue;
                    }
                    let text = collapse(&text);
                    if text.is_empty() {
                        continue;
                    }
                    match open.as_str() {
                        "title" if p.title.is_none() => p.title = Some(text),
                        "creator" => p.authors.push(text),
                        _ => {}
                    }
                }
            }
        }
    }
    p
}

/// An entry of the table of contents: its title, its level (1 at the top)
/// and the href it points to, as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Entry {
    pub title: String,
    pub level: u8,
    pub href: String,
}

/// The entries of an EPUB 2 NCX's `navMap`.
pub(super) fn ncx(xml: &str) -> Vec<Entry> {
    let mut out = Vec::new();
    let mut depth: u8 = 0;
    let mut in_map = false;
    let mut label: Option<String> = None;
    let mut in_text = false;
    for e in events(xml) {
        match e {
            Xml::Open(name, a) => match name.as_str() {
                "navmap" => in_map = true,
                "navpoint" if in_map => {
                    depth = depth.saturating_add(1);
                    label = None;
                }
                "text" if in_map => {
                    in_text = true;
                    label.get_or_insert_with(String::new);
                }
                "content" if in_map => {
                    if let (Some(src), Some(title)) = (attr(&a, "src"), label.take()) {
                        let title = collapse(&title);
                        if !title.is_empty() {
                            out.push(Entry {
                                title,
                                level: depth.max(1),
                                href: src.to_string(),
                            });
                        }
                    }
                }
                _ => {}
            },
            Xml::Text(t) if in_text => {
                if let Some(l) = label.as_mut() {
                    l.push_str(&t);
                }
            }
            Xml::Close(name) => match name.as_str() {
                "navmap" => in_map = false,
                "navpoint" => depth = depth.saturating_sub(1),
                "text" => in_text = false,
                _ => {}
            },
            Xml::Text(_) => {}
        }
    }
    out
}

/// The entries of an EPUB 3 navigation document's `<nav epub:type="toc">`
/// (else its first `<nav>`): each link, at the depth of its list.
pub(super) fn nav(doc: &Document) -> Vec<Entry> {
    let navs = doc.select("nav");
    let nodes = navs.nodes();
    let toc = nodes
        .iter()
        .find(|n| {
            n.attr("epub:type")
                .is_some_and(|t| t.split_whitespace().any(|t| t == "toc"))
        })
        .or_else(|| nodes.first());
    let Some(toc) = toc else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for a in toc.find(&["a"]) {
        let Some(href) = a.attr("href") else {
            continue;
        };
        let title = collapse(&a.text());
        if title.is_empty() {
            continue;
        }
        let level = a
            .ancestors_it(Some(64))
            .take_while(|n| !n.has_name("nav"))
            .filter(|n| n.has_name("ol") || n.has_name("ul"))
            .count();
        out.push(Entry {
            title,
            level: u8::try_from(level).unwrap_or(u8::MAX).max(1),
            href: href.to_string(),
        });
    }
    out
}

/// Algorithms that only obfuscate fonts, which a reader of the text can
/// ignore; any other encryption is DRM.
const FONT_OBFUSCATION: [&str; 2] = [
    "http://www.idpf.org/2008/embedding",
    "http://ns.adobe.com/pdf/enc#RC",
];

/// Whether `encryption.xml` encrypts anything but fonts.
pub(super) fn encrypts_content(xml: &str) -> bool {
    events(xml).iter().any(|e| match e {
        Xml::Open(name, a) if name == "encryptionmethod" => {
            attr(a, "algorithm").is_none_or(|alg| !FONT_OBFUSCATION.contains(&alg.trim()))
        }
        _ => false,
    })
}
