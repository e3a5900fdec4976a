//! The rendered text of each format, as `folio page` prints it, compared with
//! reviewed snapshots; and the people and places found in it.

use folio::document::{self, Document, Format};
use folio::entities;
use folio::layout::{self, Layout};

/// Every row of the document at `width`, as `folio page` prints them.
fn rendered(doc: &Document, width: usize) -> String {
    let layout = Layout::new(doc, width);
    let mut out = String::new();
    for row in &layout.rows {
        let deco = layout::decoration(doc, row);
        if deco.rule {
            out.push_str(&"─".repeat(width));
        } else {
            out.push_str(&deco.prefix());
            out.push_str(&doc.text[row.range()]);
        }
        out.push('\n');
    }
    out
}

const EVERY_CONSTRUCT: &str = "---
title: Every construct
author: A. Writer
---

# Heading one

## Heading two

### Heading three

Plain, *emphasis*, **strong**, `code`, ~~struck~~ and a [link](https://example.org/a \"title\").
A soft break, and a hard one  
after two spaces.

> A quote
>
> > nested in a quote

- bullet
  - nested bullet
- [x] done task
- [ ] open task

3. third
4. fourth

```rust
fn main() {
\tprintln!(\"a tab before\");
}
```

    indented code

| left | right |
|:-----|------:|
| a    | b     |

![a picture](pic.png)

<div>raw HTML is left out</div>

***

Footnote-free end.
";

#[test]
fn markdown_with_every_construct() {
    let doc = Document::from_bytes("every.md", EVERY_CONSTRUCT.as_bytes()).unwrap();
    assert_eq!(doc.format(), Format::Markdown);
    assert_eq!(doc.title, "Every construct");
    insta::assert_snapshot!(rendered(&doc, 40));
}

#[test]
fn the_bundled_web_page_and_book() {
    let docs = document::bundled();
    let page = &docs[1];
    assert_eq!(page.format(), Format::Html);
    insta::assert_snapshot!("web_page", rendered(page, 70));
    let book = &docs[2];
    assert_eq!(book.format(), Format::Epub);
    insta::assert_snapshot!("book", rendered(book, 70));
}

#[test]
fn people_and_places_are_found_in_a_web_page_and_a_book() {
    let docs = document::bundled();
    let page = entities::extract(&docs[1].text);
    let names: Vec<&str> = page.people.iter().map(|e| e.name.as_str()).collect();
    assert!(
        names.contains(&"Olaf Scholz") && names.contains(&"Emmanuel Macron"),
        "{names:?}"
    );
    let places: Vec<&str> = page.places.iter().map(|e| e.name.as_str()).collect();
    assert!(places.contains(&"Strasbourg"), "{places:?}");
    let book = entities::extract(&docs[2].text);
    let places: Vec<&str> = book.places.iter().map(|e| e.name.as_str()).collect();
    for city in ["Vienna", "Budapest", "Belgrade"] {
        assert!(places.contains(&city), "{city} in {places:?}");
    }
    // Mentions slice their names out of the rendered text, not the markup.
    for (doc, found) in [(&docs[1], &page), (&docs[2], &book)] {
        for e in found.people.iter().chain(&found.places) {
            for m in &e.mentions {
                let said = &doc.text[m.clone()];
                assert!(!said.contains('<') && !said.contains('>'), "{said:?}");
                assert!(
                    said.chars().next().is_some_and(char::is_alphabetic),
                    "{said:?}"
                );
            }
        }
    }
}
