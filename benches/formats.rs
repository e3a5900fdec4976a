//! Rendering HTML pages and EPUB books, generated here from news-like text:
//! a 5 MB page (the article picked out by Readability) and a 10 MB book.
//!
//!     cargo bench --bench formats

use std::io::{Cursor, Write};

use divan::Bencher;
use folio::document::open::{HEAD_BYTES, Reading};
use folio::document::{Document, epub, html};
use zip::write::{SimpleFileOptions, ZipWriter};

mod common;

fn main() {
    divan::main();
}

/// The news text as `<p>` paragraphs, with some emphasis and links.
fn paragraphs(mb: usize) -> Vec<String> {
    common::news_text(mb)
        .split("\n\n")
        .filter(|p| !p.trim().is_empty())
        .enumerate()
        .map(|(i, p)| {
            let p = p.replace('&', "&amp;").replace('<', "&lt;");
            match i % 3 {
                0 => format!("<p><em>Update {i}:</em> {p}</p>"),
                1 => format!("<p>{p} <a href=\"/story/{i}\">More</a></p>"),
                _ => format!("<p>{p}</p>"),
            }
        })
        .collect()
}

/// A news page of about `mb` MB: the article among a site's boilerplate.
fn page(mb: usize) -> Vec<u8> {
    let body = paragraphs(mb).join("\n");
    format!(
        "<!DOCTYPE html><html><head><title>Report | Example News</title>\
         <script>var t = 1;</script></head><body>\
         <header><nav><ul><li><a href=\"/\">Home</a></li><li><a href=\"/w\">World</a></li></ul></nav></header>\
         <div class=\"cookie-banner\">We use cookies.</div>\
         <main><article><h1>Report</h1><div class=\"article-body\">{body}</div></article>\
         <aside class=\"related\"><a href=\"/r\">Related</a></aside></main>\
         <footer>Copyright Example News</footer></body></html>"
    )
    .into_bytes()
}

/// A book of about `mb` MB in chapters of about 200 KB, and the size of
/// its chapters unpacked.
fn book(mb: usize) -> (Vec<u8>, usize) {
    let paragraphs = paragraphs(mb);
    let mut chapters: Vec<String> = Vec::new();
    let mut current = String::new();
    for p in paragraphs {
        current += &p;
        current.push('\n');
        if current.len() > 200 * 1024 {
            chapters.push(std::mem::take(&mut current));
        }
    }
    chapters.push(current);
    let unpacked = chapters.iter().map(String::len).sum();
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default();
    let add = |w: &mut ZipWriter<Cursor<Vec<u8>>>, name: &str, data: &str| {
        w.start_file(name, options).expect("zip");
        w.write_all(data.as_bytes()).expect("zip");
    };
    add(&mut w, "mimetype", "application/epub+zip");
    add(
        &mut w,
        "META-INF/container.xml",
        "<container><rootfiles><rootfile full-path=\"content.opf\" \
         media-type=\"application/oebps-package+xml\"/></rootfiles></container>",
    );
    let mut manifest = String::new();
    let mut spine = String::new();
    for (i, c) in chapters.iter().enumerate() {
        manifest += &format!(
            "<item id=\"c{i}\" href=\"c{i}.xhtml\" media-type=\"application/xhtml+xml\"/>"
        );
        spine += &format!("<itemref idref=\"c{i}\"/>");
        add(
            &mut w,
            &format!("c{i}.xhtml"),
            &format!("<html><head><title/></head><body><h1>Chapter {i}</h1>{c}</body></html>"),
        );
    }
    add(
        &mut w,
        "content.opf",
        &format!(
            "<package><metadata><dc:title>News</dc:title></metadata>\
             <manifest>{manifest}</manifest><spine>{spine}</spine></package>"
        ),
    );
    (w.finish().expect("zip").into_inner(), unpacked)
}

#[divan::bench(sample_count = 10)]
fn html_5mb(bencher: Bencher) {
    let bytes = page(5);
    bencher
        .counter(divan::counter::BytesCount::new(bytes.len()))
        .bench(|| html::render(divan::black_box(&bytes)));
}

#[divan::bench(sample_count = 10)]
fn epub_10mb(bencher: Bencher) {
    // Counted in unpacked bytes.
    let (bytes, unpacked) = book(10);
    bencher
        .counter(divan::counter::BytesCount::new(unpacked))
        .bench(|| epub::render(divan::black_box(&bytes)).expect("a book"));
}

/// What the reader waits for before it shows a 10 MB book: the archive
/// read, and its chapters rendered until 64 KB of text are in.
#[divan::bench(sample_count = 10)]
fn epub_10mb_first_page(bencher: Bencher) {
    let (bytes, _) = book(10);
    bencher.bench(|| {
        let mut r = Reading::from_reader(
            "book.epub".into(),
            Box::new(std::io::Cursor::new(bytes.clone())),
            Some(bytes.len() as u64),
        );
        r.read_until(HEAD_BYTES).expect("a book");
        r.snapshot()
    });
}

/// What the reader waits for before it shows a 5 MB page: the page read,
/// and its start rendered (the whole follows in the background).
#[divan::bench(sample_count = 10)]
fn html_5mb_first_page(bencher: Bencher) {
    let bytes = page(5);
    bencher.bench(|| {
        let mut r = Reading::from_reader(
            "page.html".into(),
            Box::new(std::io::Cursor::new(bytes.clone())),
            Some(bytes.len() as u64),
        );
        r.read_until(HEAD_BYTES).expect("a page");
        r.snapshot()
    });
}

/// A Markdown document of about 5 MB: headings, emphasis, links, lists and
/// code around the news text.
#[divan::bench(sample_count = 10)]
fn markdown_5mb(bencher: Bencher) {
    let text: String = common::news_text(5)
        .split("\n\n")
        .enumerate()
        .map(|(i, p)| match i % 4 {
            0 => format!("## Part {i}\n\n*{p}*\n\n"),
            1 => format!("{p} [more](https://example.org/{i})\n\n"),
            2 => format!("- {p}\n- `code {i}`\n\n"),
            _ => format!("> {p}\n\n"),
        })
        .collect();
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| Document::from_bytes("a.md", divan::black_box(text.as_bytes())).expect("text"));
}

/// Only the HTML parser over the same page, for where the time goes.
#[divan::bench(sample_count = 10)]
fn html_5mb_parse_only(bencher: Bencher) {
    let text = String::from_utf8(page(5)).expect("UTF-8");
    bencher
        .counter(divan::counter::BytesCount::new(text.len()))
        .bench(|| dom_query::Document::from(divan::black_box(text.as_str())));
}
