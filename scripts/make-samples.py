#!/usr/bin/env python3
"""Write the sample documents in seeds/: a news page and a small EPUB book.

    python3 scripts/make-samples.py

Standard library only. The output is the same bytes on every run (fixed
zip timestamps and order), so the committed samples only change when this
script does.
"""

import pathlib
import zipfile

ROOT = pathlib.Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
# Zip entries carry this date, whatever the day the script runs.
STAMP = (2024, 1, 1, 0, 0, 0)

ARTICLE = [
    "Chancellor Olaf Scholz and President Emmanuel Macron met in Strasbourg "
    "on Thursday to agree a plan for the railways that cross the Rhine, "
    "officials from both governments said.",
    "The two leaders walked from the European Parliament to the old town, "
    "where the mayor of Strasbourg, Jeanne Barseghian, showed them the "
    "station that the plan would link to Kehl and Offenburg.",
    "\u201cA train from Paris to Berlin should not stop for an hour at a "
    "border that no longer exists,\u201d Macron told reporters. Scholz said "
    "the first new lines could open before the end of the decade.",
    "Ursula von der Leyen, the president of the European Commission, "
    "welcomed the plan from Brussels and said the Commission would help to "
    "pay for it. Ministers from Warsaw and Prague asked to join the talks.",
    "Not everyone was pleased. Farmers near Colmar said the new track would "
    "cut across their fields, and a group in Freiburg asked for the plans "
    "to be shown to the public first.",
]

PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Scholz and Macron agree Rhine rail plan | The Example Herald</title>
<meta property="og:title" content="Scholz and Macron agree a rail plan for the Rhine">
<meta name="author" content="Marie Dupont">
<script>window.analytics = {{ id: "EH-123" }};</script>
<style>body {{ font-family: serif; }}</style>
</head>
<body>
<header class="site-header">
<a class="logo" href="/">The Example Herald</a>
<nav class="main-nav"><ul>
<li><a href="/world">World</a></li><li><a href="/europe">Europe</a></li>
<li><a href="/business">Business</a></li><li><a href="/sport">Sport</a></li>
</ul></nav>
</header>
<div id="cookie-banner" class="cookie-consent">
We use cookies to remember your choices. <button>Accept</button> <button>Reject</button>
</div>
<main>
<article class="story">
<h1>Scholz and Macron agree a rail plan for the Rhine</h1>
<p class="byline">By <a rel="author" href="/authors/marie-dupont">Marie Dupont</a>, Strasbourg</p>
<div class="share-bar"><a href="https://share.example/fb">Share</a> <a href="https://share.example/x">Post</a></div>
<div class="story-body">
{paragraphs}
<blockquote><p>We are building the Europe that people can see from the train window.</p></blockquote>
<h2>What the plan says</h2>
<ul>
<li>Faster trains between <strong>Strasbourg</strong> and <strong>Karlsruhe</strong></li>
<li>A new bridge over the Rhine at Kehl</li>
<li>One ticket for trains in both countries</li>
</ul>
</div>
</article>
<aside class="related-stories"><h2>Related stories</h2><ul>
<li><a href="/a">Storms close roads in Bavaria</a></li>
<li><a href="/b">Markets rise in Frankfurt</a></li>
</ul></aside>
</main>
<footer class="site-footer"><p>&copy; The Example Herald. All rights reserved.</p>
<a href="/privacy">Privacy</a> <a href="/contact">Contact</a></footer>
<script>document.querySelector("#cookie-banner").hidden = false;</script>
</body>
</html>
"""

BOOK_TITLE = "Three Letters from the Danube"
BOOK_AUTHOR = "Anna Weber"

CHAPTERS = [
    ("Vienna", [
        "Dear Clara, I reached Vienna on Monday and walked from the "
        "Westbahnhof to the Ring in the rain. The Danube is wider than I "
        "remembered, and greyer.",
        "Tomorrow I take the boat to Bratislava. A man at the hotel told me "
        "that the river was low this year and that the boats were late.",
    ]),
    ("Budapest", [
        "Dear Clara, Budapest at night is all lights on the water. From the "
        "Chain Bridge you can see the Parliament on one side and the castle "
        "on the other.",
        "I met a teacher from Szeged who had walked the river from Passau. "
        "She said the best bread on the whole Danube is in Vukovar.",
    ]),
    ("Belgrade", [
        "Dear Clara, this is my last letter. In Belgrade the Sava meets the "
        "Danube under the old fortress, and everyone comes to watch the sun "
        "go down.",
        "I will be home in Munich on Friday. Keep the kettle warm.",
    ]),
]


def xhtml(title, body):
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" '
        'xmlns:epub="http://www.idpf.org/2007/ops">\n'
        f"<head><title>{title}</title></head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def book_files():
    files = [
        ("META-INF/container.xml",
         '<?xml version="1.0" encoding="UTF-8"?>\n'
         '<container version="1.0" '
         'xmlns="urn:oasis:names:tc:opendocument:xmlns:container">\n'
         '<rootfiles><rootfile full-path="OEBPS/content.opf" '
         'media-type="application/oebps-package+xml"/></rootfiles>\n'
         "</container>\n"),
    ]
    items, refs, nav, ncx = [], [], [], []
    for i, (title, paras) in enumerate(CHAPTERS, 1):
        name = f"chapter{i}.xhtml"
        body = f"<h1>{title}</h1>\n" + "\n".join(f"<p>{p}</p>" for p in paras)
        files.append((f"OEBPS/{name}", xhtml(title, body)))
        items.append(f'<item id="c{i}" href="{name}" '
                     'media-type="application/xhtml+xml"/>')
        refs.append(f'<itemref idref="c{i}"/>')
        nav.append(f'<li><a href="{name}">{title}</a></li>')
        ncx.append(f'<navPoint id="n{i}" playOrder="{i}"><navLabel><text>'
                   f"{title}</text></navLabel><content src=\"{name}\"/></navPoint>")
    nav_doc = xhtml("Contents", '<nav epub:type="toc"><h1>Contents</h1><ol>'
                    + "".join(nav) + "</ol></nav>")
    files.append(("OEBPS/nav.xhtml", nav_doc))
    files.append(("OEBPS/toc.ncx",
                  '<?xml version="1.0" encoding="UTF-8"?>\n'
                  '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" '
                  'version="2005-1">\n<head><meta name="dtb:uid" '
                  'content="urn:uuid:folio-sample-book"/></head>\n'
                  f"<docTitle><text>{BOOK_TITLE}</text></docTitle>\n"
                  "<navMap>" + "".join(ncx) + "</navMap>\n</ncx>\n"))
    opf = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" '
        'unique-identifier="uid">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
        '<dc:identifier id="uid">urn:uuid:folio-sample-book</dc:identifier>\n'
        f"<dc:title>{BOOK_TITLE}</dc:title>\n"
        f"<dc:creator>{BOOK_AUTHOR}</dc:creator>\n"
        "<dc:language>en</dc:language>\n"
        '<meta property="dcterms:modified">2024-01-01T00:00:00Z</meta>\n'
        "</metadata>\n<manifest>\n"
        '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" '
        'properties="nav"/>\n'
        '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>\n'
        + "\n".join(items)
        + '\n</manifest>\n<spine toc="ncx">' + "".join(refs) + "</spine>\n"
        "</package>\n"
    )
    files.append(("OEBPS/content.opf", opf))
    return files


def write_epub(path):
    with zipfile.ZipFile(path, "w") as z:
        # The mimetype first and stored, as EPUB requires.
        info = zipfile.ZipInfo("mimetype", STAMP)
        info.compress_type = zipfile.ZIP_STORED
        z.writestr(info, "application/epub+zip")
        for name, text in book_files():
            info = zipfile.ZipInfo(name, STAMP)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            z.writestr(info, text.encode("utf-8"))


def main():
    SEEDS.mkdir(exist_ok=True)
    paragraphs = "\n".join(f"<p>{p}</p>" for p in ARTICLE)
    page = PAGE.format(paragraphs=paragraphs)
    (SEEDS / "sample-article.html").write_bytes(page.encode("utf-8"))
    write_epub(SEEDS / "sample-book.epub")


if __name__ == "__main__":
    main()
