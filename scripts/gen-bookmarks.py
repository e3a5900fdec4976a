#!/usr/bin/env python3
"""Generate a bookmarks.json with many bookmarks on one article, for timing
`B` and `folio bookmarks` (never committed output).

    scripts/gen-bookmarks.py ARTICLE COUNT > "$FOLIO_CONFIG_DIR/bookmarks.json"

Bookmark i is on paragraph i*7 mod the paragraph count, anchored as folio
anchors a passage (its text and up to 32 bytes each side, cut at char
boundaries). ARTICLE must be plain UTF-8 without BOM, CR or tabs, so that its
bytes are the text folio reads; its path is stored made absolute.
"""
import hashlib
import json
import os
import sys

CONTEXT = 32

path, count = sys.argv[1], int(sys.argv[2])
data = open(path, "rb").read()
text = data.decode("utf-8")
assert "\r" not in text and "\t" not in text and not text.startswith("\ufeff")


def paragraphs(b):
    out, current, pos = [], None, 0
    for line in b.split(b"\n"):
        end = pos + len(line)
        if line.strip() == b"":
            if current:
                out.append(current)
            current = None
        elif current:
            current = (current[0], end)
        else:
            current = (pos, end)
        pos = end + 1
    if current:
        out.append(current)
    return out


def boundary(b, i, up):
    i = max(0, min(i, len(b)))
    while 0 < i < len(b) and (b[i] & 0xC0) == 0x80:
        i += 1 if up else -1
    return i


paras = paragraphs(data)
title_line = data[paras[0][0] : paras[0][1]].split(b"\n")[0].decode().strip()
document = {
    "path": os.path.realpath(path),
    "title": title_line[:200],
    "sha256": hashlib.sha256(data).hexdigest(),
}
bookmarks = []
for i in range(count):
    start, end = paras[i * 7 % len(paras)]
    before = boundary(data, start - CONTEXT, True)
    after = boundary(data, end + CONTEXT, False)
    bookmarks.append(
        {
            "id": f"{i:08x}",
            "created": "2024-01-01T00:00:00Z",
            "note": f"note {i}" if i % 3 == 0 else "",
            "document": document,
            "anchor": {
                "start": start,
                "end": end,
                "prefix": data[before:start].decode(),
                "exact": data[start:end].decode(),
                "suffix": data[end:after].decode(),
            },
        }
    )
json.dump({"version": 1, "bookmarks": bookmarks}, sys.stdout, indent=2, ensure_ascii=False)
sys.stdout.write("\n")
