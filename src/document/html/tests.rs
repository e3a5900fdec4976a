use super::*;
use crate::document::structure::Style;

/// A made-up news story, long enough to be an article.
const STORY: [&str; 4] = [
    "Angela Merkel met Emmanuel Macron in Paris on Tuesday to talk about the future of the European budget, aides said after the meeting.",
    "The two leaders walked along the Seine before sitting down at the Élysée Palace, where Macron had invited the former chancellor to lunch.",
    "Officials in Berlin said the talks had been friendly and that Olaf Scholz would join a second round in Brussels next month.",
    "Neither side gave figures, but a spokesman in Madrid said Spain hoped the plan would reach the regions hit hardest by the floods.",
];

/// A page with the story among everything a news site puts around one.
fn news_page(head: &str) -> String {
    let paragraphs: String = STORY.iter().map(|p| format!("<p>{p}</p>\n")).collect();
    format!(
        r#"<!DOCTYPE html><html><head>{head}
<script>var tracker = "TRACKING-CODE";</script><style>body {{ color: red }}</style></head>
<body>
<header class="site-header"><a href="/">The Daily Example</a>
<nav class="menu"><ul><li><a href="/world">World news menu</a></li><li><a href="/sport">Sport menu</a></li></ul></nav></header>
<div id="cookie-banner" class="cookie-consent">We use cookies to improve your experience. Accept all cookies?</div>
<main><article class="article">
<h1>Merkel and Macron meet in Paris</h1>
<p class="byline">By <span class="author">Jane Doe</span></p>
<div class="share-bar social"><a href="https://share.example/fb">Share on Facebook</a> <a href="https://share.example/x">Share on X</a></div>
<div class="article-body">{paragraphs}</div>
</article>
<aside class="related-stories sidebar"><h2>Related stories</h2><ul>
<li><a href="/a">Unrelated headline about football transfers</a></li>
<li><a href="/b">Another unrelated headline about weather</a></li></ul></aside>
</main>
<footer class="site-footer">Copyright The Daily Example. All rights reserved. Contact us.</footer>
<script>document.write("INJECTED-BY-SCRIPT")</script>
</body></html>"#
    )
}

fn runs(r: &Rendered) -> Vec<(&str, Style)> {
    r.structure
        .runs
        .iter()
        .map(|run| (&r.text[run.range.clone()], run.style))
        .collect()
}

fn offsets_are_sound(r: &Rendered) {
    let t = &r.text;
    let ok = |i: usize| i <= t.len() && t.is_char_boundary(i);
    for p in &r.paragraphs {
        assert!(ok(p.start) && ok(p.end) && p.start <= p.end);
    }
    for run in &r.structure.runs {
        assert!(ok(run.range.start) && ok(run.range.end));
    }
    for link in &r.structure.links {
        assert!(ok(link.range.start) && ok(link.range.end));
    }
    for s in &r.structure.sections {
        assert!(ok(s.offset));
    }
}

#[test]
fn the_article_is_kept_and_the_boilerplate_dropped() {
    let r =
        render(news_page("<title>Merkel and Macron meet | The Daily Example</title>").as_bytes());
    for p in STORY {
        assert!(r.text.contains(p), "missing {p:?} in {:?}", r.text);
    }
    for junk in [
        "TRACKING-CODE",
        "INJECTED-BY-SCRIPT",
        "color: red",
        "World news menu",
        "cookies",
        "Share on Facebook",
        "Unrelated headline",
        "All rights reserved",
    ] {
        assert!(!r.text.contains(junk), "{junk:?} in {:?}", r.text);
    }
    assert!(r.structure.notice.is_none());
    assert_eq!(
        r.structure.title.as_deref(),
        Some("Merkel and Macron meet in Paris")
    );
    assert!(r.text.starts_with("Merkel and Macron meet in Paris\n\n"));
    assert_eq!(r.structure.blocks[0].kind, BlockKind::Heading(1));
    assert_eq!(r.text.matches("Merkel and Macron meet in Paris").count(), 1);
    assert!(
        r.structure
            .author
            .as_deref()
            .is_some_and(|a| a.contains("Jane Doe"))
    );
    offsets_are_sound(&r);
}

#[test]
fn the_title_is_og_title_else_the_first_h1_else_the_title_without_the_site() {
    let og = r#"<meta property="og:title" content="Leaders meet in Paris"><title>x | Site</title>"#;
    let r = render(news_page(og).as_bytes());
    assert_eq!(r.structure.title.as_deref(), Some("Leaders meet in Paris"));
    // The headline the article lacks is put at its top.
    assert!(r.text.starts_with("Leaders meet in Paris\n\n"));

    let r = render(news_page("<title>Some page | The Daily Example</title>").as_bytes());
    assert_eq!(
        r.structure.title.as_deref(),
        Some("Merkel and Macron meet in Paris")
    );

    for (page, want) in [
        (
            "<title>Talks in Rome | The Daily Example</title>",
            "Talks in Rome",
        ),
        (
            "<title>Talks in Rome - Example News</title>",
            "Talks in Rome",
        ),
        (
            "<title>Talks in Rome — Example News</title>",
            "Talks in Rome",
        ),
        ("<title>Plain title</title>", "Plain title"),
    ] {
        let html = format!("<html><head>{page}</head><body><p>Short.</p></body></html>");
        let r = render(html.as_bytes());
        assert_eq!(r.structure.title.as_deref(), Some(want));
    }
}

#[test]
fn a_page_says_its_charset_in_a_meta() {
    let mut page = b"<html><head><meta charset=\"windows-1252\"><title>Caf".to_vec();
    page.push(0xE9);
    page.extend_from_slice(b"</title></head><body><p>Caf");
    page.push(0xE9);
    page.extend_from_slice(b" in Lyon.</p></body></html>");
    let r = render(&page);
    assert!(r.text.contains("Café in Lyon."), "{:?}", r.text);
    assert!(!r.lossy);

    let equiv = b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"><p>\xe9t\xe9</p>";
    assert!(render(equiv).text.contains("été"));

    let bom = b"\xef\xbb\xbf<meta charset=\"windows-1252\"><p>\xc3\xa9</p>";
    assert!(render(bom).text.contains('é'));

    let r = render(b"<p>bad \xff byte</p>");
    assert!(r.lossy);
    assert!(r.text.contains("bad \u{fffd} byte"));
}

#[test]
fn entities_are_decoded() {
    let r = render("<p>Tom &amp; Jerry&nbsp;Show &#233;t&#xE9; &lt;3 &mdash;</p>".as_bytes());
    assert!(
        r.text.contains("Tom & Jerry\u{a0}Show été <3 —"),
        "{:?}",
        r.text
    );
}

#[test]
fn a_page_without_an_article_is_shown_whole_with_a_notice() {
    let page = "<html><head><title>Links</title><script>var x = 1;</script></head>\
        <body><ul><li><a href=\"/a\">Home</a></li><li>About</li></ul>\
        <noscript>Turn on JavaScript</noscript><template><p>hidden</p></template>\
        <div>Contact: Oslo office</div></body></html>";
    let r = render(page.as_bytes());
    assert_eq!(r.structure.notice.as_deref(), Some(NO_ARTICLE));
    assert!(r.text.contains("Home") && r.text.contains("Contact: Oslo office"));
    for hidden in ["var x", "JavaScript", "hidden"] {
        assert!(!r.text.contains(hidden), "{hidden:?} in {:?}", r.text);
    }
}

/// The walk alone over a snippet, without Readability.
fn walked(html: &str) -> Rendered {
    let doc = Document::from(html);
    let mut b = Builder::new(Format::Html);
    if let Some(body) = doc.body() {
        walk(&mut b, &body);
    }
    b.finish()
}

#[test]
fn whitespace_between_inline_elements_parts_words_and_blocks_part_paragraphs() {
    assert_eq!(walked("a <b>b</b> c").text, "a b c");
    assert_eq!(walked("<p>a</p><p>b</p>").text, "a\n\nb");
    assert_eq!(walked("<p>one<em>two</em> three</p>").text, "onetwo three");
    assert_eq!(
        walked("<div>intro<p>inner</p>tail</div>").text,
        "intro\n\ninner\n\ntail"
    );
    assert_eq!(
        walked("<p>line one<br>line two</p>").text,
        "line one\nline two"
    );
    let r = walked("<p>a <strong>bold</strong> <em>it</em> <code>x()</code> <del>old</del></p>");
    let styled = runs(&r);
    assert!(styled.contains(&("bold", Style::STRONG)));
    assert!(styled.contains(&("it", Style::EMPHASIS)));
    assert!(styled.contains(&("x()", Style::CODE)));
    assert!(styled.contains(&("old", Style::STRIKE)));
}

#[test]
fn lists_quotes_and_preformatted_text() {
    let r = walked(
        "<p>Cities:</p><ul><li>Paris</li><li><p>Berlin</p><ol><li>Mitte</li><li>Wedding</li></ol></li></ul>\
         <blockquote><p>We agreed, said Macron.</p></blockquote>\
         <pre>\nfn main() {\n    go();\n}\n</pre><hr><p>End.</p>",
    );
    assert_eq!(
        r.text,
        "Cities:\n\n• Paris\n• Berlin\n1. Mitte\n2. Wedding\n\nWe agreed, said Macron.\n\n\
         fn main() {\n    go();\n}\n\n· · ·\n\nEnd."
    );
    let blocks = &r.structure.blocks;
    assert_eq!((blocks[1].lead, blocks[1].hang), (0, 2));
    assert_eq!((blocks[3].lead, blocks[3].hang), (2, 3));
    assert_eq!(blocks[5].quote, 1);
    assert_eq!(blocks[6].kind, BlockKind::Pre);
    assert!(runs(&r).contains(&("fn main() {\n    go();\n}", Style::CODE)));
}

#[test]
fn links_tables_figures_and_images() {
    let r = walked(
        "<p>Read <a href=\"https://example.org/report\">the full report</a> now.</p>\
         <table><tr><th>City</th><th>Leader</th></tr><tr><td>Paris</td><td>Macron</td></tr></table>\
         <figure><img src=\"a.jpg\" alt=\"The Seine at night\"><figcaption>Paris by night</figcaption></figure>\
         <p><img src=\"b.jpg\" alt=\"\">Done.</p>",
    );
    assert_eq!(
        r.text,
        "Read the full report now.\n\nCity │ Leader\nParis │ Macron\n\n\
         [image: The Seine at night]\n\nParis by night\n\nDone."
    );
    let link = &r.structure.links[0];
    assert_eq!(&r.text[link.range.clone()], "the full report");
    assert_eq!(link.url, "https://example.org/report");
    let styled = runs(&r);
    assert!(styled.contains(&("City", Style::STRONG)));
    assert!(styled.contains(&("Paris by night", Style::EMPHASIS)));
}

#[test]
fn headings_become_sections() {
    let r = walked("<h1>Talks</h1><p>Text.</p><h2>In Berlin</h2><p>More.</p>");
    let sections: Vec<_> = r
        .structure
        .sections
        .iter()
        .map(|s| (s.title.as_str(), s.level, s.offset))
        .collect();
    assert_eq!(sections, [("Talks", 1, 0), ("In Berlin", 2, 14)]);
    assert_eq!(&r.text[14..23], "In Berlin");
}

#[test]
fn a_deep_page_does_not_overflow_and_bytes_never_panic() {
    let deep = "<div><b>".repeat(50_000) + "deep &amp; text<p>more" + &"</b></div>".repeat(50_000);
    let r = render(deep.as_bytes());
    assert_eq!(r.text, "deep & text\n\nmore");
    assert_eq!(r.structure.notice.as_deref(), Some(TOO_DEEP));
    // Nesting as deep as real pages go is kept.
    let nested = "<div>".repeat(200) + "<p>" + STORY[0] + "</p>" + &"</div>".repeat(200);
    assert_eq!(
        render(nested.as_bytes()).structure.notice.as_deref(),
        Some(NO_ARTICLE)
    );
    let page = news_page("<title>t</title>");
    let mut seed = 1u32;
    for cut in (0..page.len()).step_by(97) {
        let mut bytes = page.as_bytes()[..cut].to_vec();
        seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12345);
        if let Some(b) = bytes.get_mut((seed as usize) % (cut + 1)) {
            *b = (seed >> 16) as u8;
        }
        offsets_are_sound(&render(&bytes));
    }
}

#[test]
fn the_sample_page_shows_its_story_only() {
    let r = render(include_bytes!("../../../seeds/sample-article.html"));
    assert!(r.structure.notice.is_none());
    assert_eq!(
        r.structure.title.as_deref(),
        Some("Scholz and Macron agree a rail plan for the Rhine")
    );
    assert!(r.text.contains("Jeanne Barseghian") && r.text.contains("• A new bridge"));
    for junk in [
        "cookies",
        "Storms close roads",
        "All rights reserved",
        "EH-123",
    ] {
        assert!(!r.text.contains(junk), "{junk:?} in {:?}", r.text);
    }
}

#[test]
fn a_page_of_many_articles_is_left_to_readability() {
    // Teasers marked as articles around the story: no one article holds
    // most of the text, so the page is read as Readability reads it.
    let page = news_page("<title>Story</title>").replace(
        "<main>",
        "<main><article class=\"teaser\"><p>A teaser for another story, short.</p></article>",
    );
    let r = render(page.as_bytes());
    for p in STORY {
        assert!(r.text.contains(p), "missing {p:?}");
    }
    assert!(!r.text.contains("World news menu"));
    let marked = Document::from(page.as_str());
    assert!(marked_article(&marked).is_none());
    let single = Document::from(news_page("").as_str());
    assert!(marked_article(&single).is_some());
}
