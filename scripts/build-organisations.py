#!/usr/bin/env python3
"""Build assets/organisations.txt: the names of large listed companies, lower
case, one per line, sorted, as evidence that a name is an organisation's
(`Netflix`, `Unilever`, `Accenture`).

    python3 scripts/build-organisations.py

Source, downloaded into ~/.cache/folio-organisations: the PyPI package
pytickersymbols 1.17.10 (MIT licence), the members of the main stock indices
of America, Europe and Asia. Each company is written as listed (`Netflix,
Inc.`) and without its legal ending (`Netflix`). A name that is also a common
English word, a given or family name, or a place (in assets/) is left out:
`Next`, `Target`, `Ford` are not evidence of anything; so are names of
rivers, regions and markets that the other lists do not hold (ALSO_FEATURES). A name
with accents is also written without them (`Nestle`).
"""
import os, re, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pypi import download, plain  # noqa: E402

PACKAGE = "pytickersymbols==1.17.10"
HERE = os.path.dirname(os.path.abspath(__file__))
ASSETS = os.path.join(HERE, "..", "assets")
OUT = os.path.join(ASSETS, "organisations.txt")
CACHE = os.path.expanduser("~/.cache/folio-organisations")

# Legal and generic endings cut from a company's listed name, longest first,
# each repeated while one is left (`Adamas Trust, Inc.`).
ENDINGS = [
    "& co. kgaa", "co., ltd.", "co. ltd.", "s.p.a.", "n.v.", "s.a.", "a/s", "ag & co.",
    "incorporated", "corporation", "company", "holdings", "holding", "limited",
    "group", "inc.", "inc", "corp.", "corp", "co.", "plc", "ltd.", "ltd", "se",
    "ag", "nv", "sa", "spa", "asa", "ab", "oyj", "kgaa", "reit",
]


# Names of companies that are also a natural feature's or a region's, or a
# market's and its index's (`the Nasdaq market`, `on Nasdaq`).
ALSO_FEATURES = {"amazon", "sahara", "nasdaq"}


def words(path):
    with open(path, encoding="utf-8") as f:
        return {line.split("\t")[0] for line in f.read().split("\n") if line}


def without_endings(name):
    name = name.strip()
    while True:
        low = name.lower()
        for end in ENDINGS:
            if low.endswith(" " + end) or low.endswith("," + end) or low.endswith(", " + end):
                name = name[: len(name) - len(end)].rstrip(" ,")
                break
        else:
            return name


def main():
    sys.path.insert(0, download(PACKAGE, CACHE, "pytickersymbols-1.17.10-*.whl"))
    from pytickersymbols import PyTickerSymbols

    taken = set()
    for asset in ("common-words.txt", "given-names.txt", "family-names.txt", "places-wide.txt"):
        taken |= words(os.path.join(ASSETS, asset))
    out = set()
    for stock in PyTickerSymbols().get_all_stocks():
        listed = re.sub(r"\s+", " ", stock["name"]).strip()
        bare = without_endings(listed)
        for name in {listed, bare, plain(listed), plain(bare)}:
            low = name.lower()
            letters = re.sub(r"[^a-z]", "", low)
            # Short codes (`ADP`, `AES`) stand for too many things.
            if len(letters) < 3 or (name.isupper() and len(letters) <= 3):
                continue
            if low in taken or low in ALSO_FEATURES or "\t" in low:
                continue
            out.add(low)
    with open(OUT, "w", encoding="utf-8") as f:
        for name in sorted(out, key=lambda s: s.encode("utf-8")):
            f.write(name + "\n")
    print(f"{OUT}: {len(out)} names")


if __name__ == "__main__":
    main()
