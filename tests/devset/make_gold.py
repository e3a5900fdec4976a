#!/usr/bin/env python3
"""Build gold.json from NNNN.txt + ann/NNNN.tsv.

ann format, one line per surface string (tab-separated):
    TYPE <TAB> exact text [<TAB> occurrences]
TYPE is person/PER, place/LOC, organisation/ORG, or '-' (not an entity: the matched text is
claimed so that shorter strings inside it are not marked). Without occurrences, every
whole-word, case-sensitive occurrence of the text is marked; with a comma-separated list of
1-based indices (counted over all whole-word occurrences in the file) only those are.
Longer strings are resolved first; an occurrence overlapping an already-claimed span is
skipped (e.g. 'Leeds' inside 'University of Leeds'). Lines starting with '#' are comments.
"""
import glob, json, os, re, sys
from collections import Counter

# The set: this folder, or the one named by DEVSET_DIR (tests/devset2).
HERE = os.path.abspath(os.environ.get("DEVSET_DIR") or os.path.dirname(os.path.abspath(__file__)))
TYPES = {"person": "person", "per": "person", "place": "place", "loc": "place",
         "organisation": "organisation", "org": "organisation", "-": None}


def occurrences(text, s):
    return [m.start() for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text)]


def build(num, with_claims=False):
    """The text of NNNN.txt and its spans in UTF-8 byte offsets; with
    `with_claims`, the strings claimed as no entity too, of type '-'."""
    text = open(os.path.join(HERE, num + ".txt"), encoding="utf-8").read()
    entries = []
    for ln, line in enumerate(open(os.path.join(HERE, "ann", num + ".tsv"), encoding="utf-8"), 1):
        line = line.rstrip("\n")
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        typ = TYPES[parts[0].strip().lower()]
        s = parts[1]
        occ = [int(x) for x in parts[2].split(",")] if len(parts) > 2 and parts[2].strip() else None
        found = occurrences(text, s)
        if not found:
            sys.exit(f"{num}.tsv:{ln}: {s!r} not found in {num}.txt")
        if occ and max(occ) > len(found):
            sys.exit(f"{num}.tsv:{ln}: {s!r} has only {len(found)} occurrences")
        entries.append((len(s), occ is not None, typ, s, occ, found, ln))
    entries.sort(key=lambda e: (-e[0], not e[1]))
    claimed, spans = [], []
    for _, _, typ, s, occ, found, ln in entries:
        used = 0
        for i, st in enumerate(found, 1):
            if occ is not None and i not in occ:
                continue
            en = st + len(s)
            if any(st < b and a < en for a, b in claimed):
                if occ is not None:
                    sys.exit(f"{num}.tsv:{ln}: occurrence {i} of {s!r} overlaps another span")
                continue
            claimed.append((st, en))
            used += 1
            if typ or with_claims:
                spans.append((st, en, typ or "-", s))
        if used == 0:
            print(f"warning {num}.tsv:{ln}: {s!r} marks nothing", file=sys.stderr)
    spans.sort()
    out = []
    data = text.encode("utf-8")
    for st, en, typ, s in spans:
        b0, b1 = len(text[:st].encode("utf-8")), len(text[:en].encode("utf-8"))
        out.append({"start": b0, "end": b1, "type": typ, "text": s})
    # verification
    prev = 0
    for sp in out:
        assert data[sp["start"]:sp["end"]].decode("utf-8") == sp["text"], (num, sp)
        assert sp["start"] >= prev, ("overlap", num, sp)
        prev = sp["end"]
        before = data[:sp["start"]].decode("utf-8")[-1:]
        after = data[sp["end"]:].decode("utf-8")[:1]
        assert not (before.isalnum() or before == "_"), ("boundary", num, sp)
        assert not (after.isalnum() or after == "_"), ("boundary", num, sp)
        assert sp["text"] == sp["text"].strip() and sp["text"], ("space", num, sp)
    return text, out


def main():
    nums = sorted(os.path.basename(p)[:4] for p in glob.glob(os.path.join(HERE, "[0-9][0-9][0-9][0-9].txt")))
    docs, counts, words = [], Counter(), 0
    for num in nums:
        text, spans = build(num)
        words += len(text.split())
        docs.append({"file": num + ".txt", "spans": spans})
        counts.update(s["type"] for s in spans)
    json.dump({"split": os.path.basename(HERE), "documents": docs}, open(os.path.join(HERE, "gold.json"), "w"),
              ensure_ascii=False, indent=None)
    print(f"{len(docs)} documents, {words} words, {sum(counts.values())} spans")
    for t in ("person", "place", "organisation"):
        print(f"  {t:13} {counts[t]}")


if __name__ == "__main__":
    main()
