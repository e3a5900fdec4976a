#!/usr/bin/env python3
"""Score `folio entities` on many articles read as one long text.

    scripts/joined-articles.py join DIR joined.txt joined.json
        writes DIR/*.txt (in name order) one after another into joined.txt,
        a blank line between, and where each starts and ends into joined.json
    folio entities --json joined.txt > found.json
    scripts/joined-articles.py split joined.json found.json split.json
        cuts found.json back into one document per article, offsets into
        each article, as `folio entities --json DIR/*.txt` would write them
    python3 ../shared/eval/score.py DIR/gold.json split.json

The joined text holds the articles' text: keep it out of the repository.
"""
import json
import os
import sys
from pathlib import Path

KINDS = ("people", "places", "organisations")


def join(folder, out_text, out_index):
    files = sorted(Path(folder).glob("*.txt"))
    at, index = 0, []
    with open(out_text, "wb") as out:
        for f in files:
            body = f.read_bytes()
            index.append((f.name, at, at + len(body)))
            out.write(body + b"\n\n")
            at += len(body) + 2
    Path(out_index).write_text(json.dumps(index))


def split(index_path, found_path, out_path):
    index = json.loads(Path(index_path).read_text())
    found = json.loads(Path(found_path).read_text())["documents"][0]
    documents = []
    for name, start, end in index:
        doc = {"path": name}
        for kind in KINDS:
            entities = []
            for e in found.get(kind, []):
                mentions = [
                    {"start": m["start"] - start, "end": m["end"] - start, "text": m["text"]}
                    for m in e["mentions"]
                    if start <= m["start"] and m["end"] <= end
                ]
                if mentions:
                    entities.append({"name": e["name"], "mentions": mentions})
            doc[kind] = entities
        documents.append(doc)
    Path(out_path).write_text(json.dumps({"documents": documents}))


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "join":
        join(*sys.argv[2:])
    elif len(sys.argv) == 5 and sys.argv[1] == "split":
        split(*sys.argv[2:])
    else:
        sys.exit(__doc__)
