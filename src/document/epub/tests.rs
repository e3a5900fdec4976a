use std::io::Write;

use zip::CompressionMethod;
use zip::write::{SimpleFileOptions, ZipWriter};

use super::*;

const TITLES: [&str; 3] = ["The Road to Paris", "Lunch at the Élysée", "Back in Berlin"];

const TEXT: [&str; 3] = [
    "Angela Merkel left Berlin early in the morning, and by noon her car was crossing the Rhine near Strasbourg.",
    "Emmanuel Macron met her on the steps of the Élysée Palace, and they talked about the budget over lunch.",
    "On the train home she read the papers from Madrid and Rome and thought about what Olaf Scholz would say.",
];

fn chapter(n: usize, heading: &str) -> Vec<u8> {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title/><link rel="stylesheet" href="style.css"/></head>
<body><a id="start"/><h1>{heading}</h1>
<p>{}</p><p>It was chapter <em>{}</em> of the story.<br/>The end.</p></body></html>"#,
        TEXT[n],
        n + 1
    )
    .into_bytes()
}

const CONTAINER: &str = r#"<?xml version="1.0"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>"#;

fn opf(nav: bool, extra_item: &str, extra_ref: &str) -> Vec<u8> {
    let nav_item = if nav {
        r#"<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>"#
    } else {
        ""
    };
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="id">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="id">urn:uuid:1</dc:identifier>
<dc:title>A Week in Europe &amp; Beyond</dc:title>
<dc:creator>Jane Doe</dc:creator>
<dc:language>en</dc:language>
</metadata>
<manifest>
{nav_item}
<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>
<item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>
<item id="c2" href="text/two%20b.xhtml" media-type="application/xhtml+xml"/>
<item id="c3" href="text/three.xhtml" media-type="application/xhtml+xml"/>
{extra_item}
</manifest>
<spine toc="ncx">{extra_ref}<itemref idref="c1"/><itemref idref="c2"/><itemref idref="c3"/></spine>
</package>"#
    )
    .into_bytes()
}

const NAV: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">
<head><title>Contents</title></head><body>
<nav epub:type="toc"><h1>Contents</h1><ol>
<li><a href="text/one.xhtml">The Road to Paris</a></li>
<li><a href="text/two%20b.xhtml#top">Lunch at the Élysée</a>
  <ol><li><a href="text/three.xhtml">Back in Berlin</a></li></ol></li>
</ol></nav></body></html>"#;

const NCX: &str = r#"<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><navMap>
<navPoint id="n1"><navLabel><text>The Road to Paris</text></navLabel><content src="text/one.xhtml"/></navPoint>
<navPoint id="n2"><navLabel><text>Lunch at the Élysée</text></navLabel><content src="text/two%20b.xhtml"/>
<navPoint id="n3"><navLabel><text>Back in Berlin</text></navLabel><content src="text/three.xhtml#x"/></navPoint>
</navPoint></navMap></ncx>"#;

type Files = Vec<(String, Vec<u8>)>;

/// The files of a small book: with an EPUB 3 nav document or only an NCX.
fn files(nav: bool) -> Files {
    let mut f: Files = vec![
        ("META-INF/container.xml".into(), CONTAINER.into()),
        ("OEBPS/content.opf".into(), opf(nav, "", "")),
        ("OEBPS/toc.ncx".into(), NCX.into()),
        ("OEBPS/text/one.xhtml".into(), chapter(0, "One")),
        ("OEBPS/text/two b.xhtml".into(), chapter(1, "Two")),
        ("OEBPS/text/three.xhtml".into(), chapter(2, "Three")),
    ];
    if nav {
        f.push(("OEBPS/nav.xhtml".into(), NAV.into()));
    }
    f
}

fn set(files: &mut Files, name: &str, data: Vec<u8>) {
    files.retain(|(n, _)| n != name);
    files.push((name.to_string(), data));
}

/// The archive: `mimetype` first and stored, the rest deflated.
fn zip(files: &Files) -> Vec<u8> {
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    let stored = SimpleFileOptions::default().compression_method(CompressionMethod::Stored);
    w.start_file("mimetype", stored).expect("zip");
    w.write_all(b"application/epub+zip").expect("zip");
    for (name, data) in files {
        w.start_file(name.as_str(), SimpleFileOptions::default())
            .expect("zip");
        w.write_all(data).expect("zip");
    }
    w.finish().expect("zip").into_inner()
}

fn offsets_are_sound(r: &Rendered) {
    let t = &r.text;
    let ok = |i: usize| i <= t.len() && t.is_char_boundary(i);
    assert!(r.paragraphs.iter().all(|p| ok(p.start) && ok(p.end)));
    assert!(
        r.structure
            .runs
            .iter()
            .all(|x| ok(x.range.start) && ok(x.range.end))
    );
    assert!(
        r.structure
            .links
            .iter()
            .all(|x| ok(x.range.start) && ok(x.range.end))
    );
    assert!(r.structure.sections.iter().all(|s| ok(s.offset)));
}

fn check_book(r: &Rendered, levels: [u8; 3]) {
    assert_eq!(
        r.structure.title.as_deref(),
        Some("A Week in Europe & Beyond")
    );
    assert_eq!(r.structure.author.as_deref(), Some("Jane Doe"));
    let at: Vec<usize> = TEXT
        .iter()
        .map(|t| r.text.find(t).expect("each chapter's text"))
        .collect();
    assert!(at[0] < at[1] && at[1] < at[2], "spine order");
    let sections: Vec<_> = r
        .structure
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.level))
        .collect();
    assert_eq!(
        sections,
        [
            (TITLES[0], levels[0]),
            (TITLES[1], levels[1]),
            (TITLES[2], levels[2])
        ]
    );
    // Each chapter starts with its heading, where its section starts.
    for (s, heading) in r.structure.sections.iter().zip(["One", "Two", "Three"]) {
        assert!(r.text[s.offset..].starts_with(&format!("{heading}\n\n")));
    }
    assert!(r.text.contains("It was chapter 2 of the story.\nThe end."));
    offsets_are_sound(r);
}

#[test]
fn chapters_come_in_spine_order_as_sections_titled_by_the_nav() {
    let r = render(&zip(&files(true))).expect("a book");
    check_book(&r, [1, 1, 2]);
    assert_eq!(r.structure.format, Format::Epub);
    assert!(r.structure.notice.is_none());
}

#[test]
fn an_epub_2_book_is_titled_by_its_ncx() {
    let r = render(&zip(&files(false))).expect("a book");
    check_book(&r, [1, 1, 2]);
}

#[test]
fn broken_books_are_refused_with_a_reason() {
    let good = zip(&files(true));
    assert!(render(&good[..good.len() / 2]).is_err());
    assert!(render(b"not a zip at all").is_err());

    let mut f = files(true);
    f.retain(|(n, _)| n != "META-INF/container.xml");
    let err = render(&zip(&f)).expect_err("no container");
    assert!(err.contains("container.xml"), "{err}");

    let mut f = files(true);
    f.retain(|(n, _)| n != "OEBPS/content.opf");
    assert!(
        render(&zip(&f))
            .expect_err("no package")
            .contains("package")
    );

    let mut f = files(true);
    set(
        &mut f,
        "OEBPS/content.opf",
        b"<package><spine/></package>".to_vec(),
    );
    assert!(render(&zip(&f)).expect_err("no spine").contains("spine"));
}

fn encryption(algorithm: &str, uri: &str) -> Vec<u8> {
    format!(
        r#"<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" xmlns:enc="http://www.w3.org/2001/04/xmlenc#">
<enc:EncryptedData><enc:EncryptionMethod Algorithm="{algorithm}"/>
<enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData></encryption>"#
    )
    .into_bytes()
}

#[test]
fn drm_is_refused_but_obfuscated_fonts_are_not() {
    let mut f = files(true);
    set(
        &mut f,
        "META-INF/encryption.xml",
        encryption(
            "http://www.w3.org/2001/04/xmlenc#aes128-cbc",
            "OEBPS/text/one.xhtml",
        ),
    );
    assert_eq!(render(&zip(&f)).expect_err("DRM"), DRM);

    let mut f = files(true);
    set(&mut f, "META-INF/rights.xml", b"<rights/>".to_vec());
    assert_eq!(render(&zip(&f)).expect_err("DRM"), DRM);

    let mut f = files(true);
    set(
        &mut f,
        "META-INF/encryption.xml",
        encryption("http://www.idpf.org/2008/embedding", "OEBPS/font.otf"),
    );
    assert!(render(&zip(&f)).is_ok());
}

/// Write a new size over the sizes `name`'s headers declare.
fn lie_about_size(bytes: &mut [u8], name: &str, size: u32) {
    let u16_at = |b: &[u8], i: usize| usize::from(u16::from_le_bytes([b[i], b[i + 1]]));
    for i in 0..bytes.len().saturating_sub(46) {
        let (name_at, size_at, len_at) = match &bytes[i..i + 4] {
            b"PK\x03\x04" => (i + 30, i + 22, i + 26),
            b"PK\x01\x02" => (i + 46, i + 24, i + 28),
            _ => continue,
        };
        let len = u16_at(bytes, len_at);
        if bytes.get(name_at..name_at + len) == Some(name.as_bytes()) {
            bytes[size_at..size_at + 4].copy_from_slice(&size.to_le_bytes());
        }
    }
}

#[test]
fn a_zip_bomb_is_refused_without_being_unpacked() {
    let limits = Limits {
        entries: 100,
        entry: MB,
        total: 2 * MB,
    };
    // A chapter of 32 MB of zeros, deflated to a few KB, that says it is
    // small: reading stops just past the limit.
    let mut w = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, data) in files(true) {
        let data = if name.ends_with("two b.xhtml") {
            continue;
        } else {
            data
        };
        w.start_file(name, SimpleFileOptions::default())
            .expect("zip");
        w.write_all(&data).expect("zip");
    }
    w.start_file("OEBPS/text/two b.xhtml", SimpleFileOptions::default())
        .expect("zip");
    let zeros = vec![0u8; 1 << 16];
    for _ in 0..512 {
        w.write_all(&zeros).expect("zip");
    }
    let mut bytes = w.finish().expect("zip").into_inner();
    assert!(bytes.len() < 200 * 1024);
    let started = std::time::Instant::now();
    let err = render_with(&bytes, limits).expect_err("declared too large");
    assert!(err.contains("too large"), "{err}");
    lie_about_size(&mut bytes, "OEBPS/text/two b.xhtml", 1000);
    let mut archive = ZipArchive::new(Cursor::new(&bytes[..])).expect("zip");
    assert_eq!(
        archive
            .by_name("OEBPS/text/two b.xhtml")
            .expect("bomb")
            .size(),
        1000
    );
    let err = render_with(&bytes, limits).expect_err("too large when read");
    assert!(err.contains("too large"), "{err}");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));

    // Files each under the limit that add up to more than the total.
    let mut f = files(true);
    let big = format!("<p>{}</p>", "Paris ".repeat(150_000)).into_bytes();
    for name in [
        "OEBPS/text/one.xhtml",
        "OEBPS/text/two b.xhtml",
        "OEBPS/text/three.xhtml",
    ] {
        set(&mut f, name, big.clone());
    }
    let err = render_with(&zip(&f), limits).expect_err("over the total");
    assert!(err.contains("over 2 MB"), "{err}");

    let mut f = files(true);
    for i in 0..limits.entries {
        f.push((format!("OEBPS/img/{i}.png"), Vec::new()));
    }
    assert!(
        render_with(&zip(&f), limits)
            .expect_err("too many")
            .contains("too many")
    );
}

#[test]
fn hrefs_that_climb_out_of_the_archive_are_skipped() {
    let mut f = files(true);
    let item = r#"<item id="evil" href="../../etc/passwd" media-type="application/xhtml+xml"/>
<item id="abs" href="/etc/shadow" media-type="application/xhtml+xml"/>"#;
    set(
        &mut f,
        "OEBPS/content.opf",
        opf(
            true,
            item,
            r#"<itemref idref="evil"/><itemref idref="abs"/>"#,
        ),
    );
    f.push(("../../etc/passwd".into(), b"<p>root:SECRET</p>".to_vec()));
    f.push(("etc/passwd".into(), b"<p>root:SECRET</p>".to_vec()));
    f.push(("etc/shadow".into(), b"<p>root:SHADOW</p>".to_vec()));
    let r = render(&zip(&f)).expect("a book");
    assert!(!r.text.contains("SECRET") && !r.text.contains("SHADOW"));
    check_book(&r, [1, 1, 2]);

    assert_eq!(resolve("OEBPS", "../../etc/passwd"), None);
    assert_eq!(resolve("OEBPS", "/etc/passwd"), None);
    assert_eq!(resolve("OEBPS", "http://example.org/x.html"), None);
    assert_eq!(
        resolve("OEBPS/text", "../img/a%20b.png#f").as_deref(),
        Some("OEBPS/img/a b.png")
    );
    assert_eq!(
        resolve("", "./a/./b/../c.xhtml").as_deref(),
        Some("a/c.xhtml")
    );
}

#[test]
fn self_closing_tags_do_not_swallow_the_chapter() {
    assert_eq!(
        expand_self_closing("<head><title/></head><a id=\"x\" /><br/><p>é</p>"),
        "<head><title></title></head><a id=\"x\" ></a><br/><p>é</p>"
    );
}

#[test]
fn arbitrary_bytes_and_cut_books_never_panic() {
    let good = zip(&files(true));
    for cut in (0..good.len()).step_by(61) {
        if let Ok(r) = render(&good[..cut]) {
            offsets_are_sound(&r);
        }
    }
    let mut seed = 99u32;
    for _ in 0..300 {
        let mut bytes = good.clone();
        for _ in 0..4 {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
            let i = (seed as usize >> 8) % bytes.len();
            bytes[i] = (seed >> 24) as u8;
        }
        if let Ok(r) = render(&bytes) {
            offsets_are_sound(&r);
        }
    }
    for len in [0, 1, 4, 22, 100] {
        let noise: Vec<u8> = (0..len).map(|i| (i * 37 % 256) as u8).collect();
        assert!(render(&noise).is_err());
    }
}

#[test]
fn the_sample_book_has_its_three_letters() {
    let r = render(include_bytes!("../../../seeds/sample-book.epub")).expect("a book");
    assert_eq!(
        r.structure.title.as_deref(),
        Some("Three Letters from the Danube")
    );
    assert_eq!(r.structure.author.as_deref(), Some("Anna Weber"));
    let titles: Vec<_> = r
        .structure
        .sections
        .iter()
        .map(|s| s.title.as_str())
        .collect();
    assert_eq!(titles, ["Vienna", "Budapest", "Belgrade"]);
}

#[test]
fn a_book_is_shown_from_its_first_chapter_while_the_rest_are_rendered() {
    use crate::document::Document;
    use crate::document::open::Reading;

    let mut f = files(true);
    let long = format!(
        "<html><body><h1>One</h1>{}</body></html>",
        format!("<p>{}</p>", TEXT[0]).repeat(100)
    );
    set(&mut f, "OEBPS/text/one.xhtml", long.into_bytes());
    let bytes = zip(&f);
    let size = bytes.len() as u64;
    let whole = Document::from_bytes("x", &bytes).unwrap();
    let mut r = Reading::from_reader("x".into(), Box::new(Cursor::new(bytes)), Some(size));
    // Asked for 8 KB of text: the first chapter has more.
    r.read_until(8 << 10).unwrap();
    assert!(!r.is_done());
    assert_eq!(r.progress(), (size / 3, Some(size)));
    let head = r.snapshot();
    assert!(head.text.len() >= 8 << 10 && head.text.len() < whole.text.len());
    assert!(whole.text.starts_with(head.text.as_str()));
    assert_eq!(head.title, whole.title);
    assert_eq!(head.structure.sections.len(), 1);
    // Each call renders one more chapter at least.
    r.read_until(0).unwrap();
    assert_eq!(r.progress(), (size * 2 / 3, Some(size)));
    assert_eq!(r.read_all().unwrap(), whole);
}
