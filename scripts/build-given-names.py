#!/usr/bin/env python3
"""Build assets/given-names.txt: given names, as evidence that a capitalised
name is a person's (`Edwina Currie`), and whether their bearers are mostly
women or mostly men, for choosing between people who share a surname
(`Mrs. Clinton`).

    python3 scripts/build-given-names.py

Sources, downloaded into ~/.cache/folio-given-names:
- the PyPI package names 0.3.0 (MIT licence), whose lists are the US Census
  Bureau's 1990 frequency lists of first names (a US government work, in the
  public domain): every name, and its sex when it is at least RATIO times as
  frequent among one sex as among the other;
- the PyPI package Faker 40.63.0 (MIT licence): the first names of each of its
  locales written in the Latin alphabet (with or without accents), and the
  romanized first names of the locales written in other scripts (Japanese,
  Chinese);
- the npm package @faker-js/faker 10.6.0 (MIT licence), downloaded with
  `npm pack` and read with `node`: the first names of its locales of Africa
  and of South and Southeast Asia (Nigerian, Ghanaian, South African,
  Senegalese, Indian, Nepali, Indonesian) in the Latin alphabet, but for
  common English words and places' names, with its women's and men's lists
  for the sex of a name the census does not list.
Writes `name<TAB>F`, `name<TAB>M` or `name<TAB>-`, lower case, sorted.

Also builds assets/family-names.txt, family names one per line, lower case,
sorted: the SURNAMES most frequent in the US Census Bureau's 1990 list of
surnames (in the same package), the last names of each Faker locale in the
Latin alphabet, and those of the second Faker's locales above. A name the
tagger calls a person is kept as one when it is a known family name, even if a place somewhere has that name too (`Dole`).
"""
import glob, importlib, json, os, pkgutil, re, subprocess, sys, tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pypi import download  # noqa: E402

PACKAGE = "names==0.3.0"
FAKER = "faker==40.63.0"
FAKER_JS = "@faker-js/faker@10.6.0"
# The second Faker's locales of Africa and of South and Southeast Asia, whose
# names the first lacks; its European lists add rare names that are also
# places' (`Anatolia`).
JS_LOCALES = {"af_ZA", "en_GH", "en_IN", "en_NG", "en_NP", "en_ZA", "fr_SN", "id_ID",
              "yo_NG", "zu_ZA"}
LATIN = re.compile(r"^[A-Za-z\u00C0-\u024F][A-Za-z\u00C0-\u024F'-]*$")
RATIO = 4.0
SURNAMES = 10000
HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "assets", "given-names.txt")
FAMILY_OUT = os.path.join(HERE, "..", "assets", "family-names.txt")
CACHE = os.path.expanduser("~/.cache/folio-given-names")


def frequencies(tar, member):
    out = {}
    for line in tar.extractfile(member).read().decode("ascii").splitlines():
        parts = line.split()
        if len(parts) >= 2:
            out[parts[0].lower()] = float(parts[1])
    return out


def faker_names(kind="first_name"):
    """The first (or last) names of every locale of Faker, lower case, Latin
    alphabet."""
    sys.path.insert(0, download(FAKER, CACHE, "faker-40.63.0-*.whl"))
    import faker.providers.person as person

    names = set()
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attr, value in sorted(vars(provider).items()):
            # `first_name...` lists, and the romanized ones of the locales
            # written in other scripts (`first_romanized_names`: `Naoko`).
            romanized = kind.replace("_name", "_romanized_name")
            if (kind not in attr and romanized not in attr) or "format" in attr \
                    or isinstance(value, str):
                continue
            if not isinstance(value, (list, tuple, dict)):
                continue
            for name in value:
                if not (isinstance(name, str) and LATIN.match(name) and len(name) > 1):
                    continue
                # A romanized syllable may be an English word (`He`, `An`,
                # `Pan`): those are left out.
                if romanized in attr and (len(name) < 3 or name.lower() in common_words()):
                    continue
                names.add(name.lower())
    return names


def faker_js_names():
    """The first names of the locales of @faker-js/faker in JS_LOCALES, in the
    Latin alphabet, lower case, each with the set of its lists (`female`, `male`,
    `generic`), and its last names."""
    os.makedirs(CACHE, exist_ok=True)
    found = glob.glob(os.path.join(CACHE, "faker-js-faker-10.6.0.tgz"))
    if not found:
        subprocess.run(["npm", "pack", "--silent", FAKER_JS], cwd=CACHE, check=True)
        found = glob.glob(os.path.join(CACHE, "faker-js-faker-10.6.0.tgz"))
    unpacked = os.path.join(CACHE, "faker-js-10.6.0")
    if not os.path.isdir(unpacked):
        with tarfile.open(found[0]) as tar:
            tar.extractall(unpacked, filter="data")
    script = """
import { allLocales } from './package/dist/index.js';
const out = {};
for (const [code, loc] of Object.entries(allLocales)) {
  if (loc.person) out[code] = { first: loc.person.first_name ?? null, last: loc.person.last_name ?? null };
}
console.log(JSON.stringify(out));
"""
    dumped = subprocess.run(["node", "--input-type=module", "-e", script], cwd=unpacked,
                            check=True, capture_output=True, text=True).stdout
    first, last = {}, set()
    for code, locale in json.loads(dumped).items():
        if code not in JS_LOCALES:
            continue
        if isinstance(locale["first"], dict):
            for sex in ("female", "male", "generic"):
                for name in locale["first"].get(sex) or []:
                    if LATIN.match(name) and len(name) > 1:
                        first.setdefault(name.lower(), set()).add(sex)
        if isinstance(locale["last"], dict):
            for names in locale["last"].values():
                for name in names if isinstance(names, list) else []:
                    if isinstance(name, str) and LATIN.match(name) and len(name) > 1:
                        last.add(name.lower())
    return first, last


def place_names():
    """The places of assets/places.txt and assets/places-wide.txt, lower
    case."""
    names = set()
    for name in ("places.txt", "places-wide.txt"):
        with open(os.path.join(HERE, "..", "assets", name), encoding="utf-8") as f:
            names.update(line.strip().lower() for line in f)
    return names


def common_words():
    """The common English words of assets/common-words.txt."""
    path = os.path.join(HERE, "..", "assets", "common-words.txt")
    with open(path, encoding="utf-8") as f:
        return set(f.read().split())


def main():
    names = download(PACKAGE, CACHE, "names-0.3.0.tar.gz", "--no-binary", ":all:")
    with tarfile.open(names) as tar:
        female = frequencies(tar, "names-0.3.0/names/dist.female.first")
        male = frequencies(tar, "names-0.3.0/names/dist.male.first")
    js_first, js_last = faker_js_names()
    common = common_words()
    rows = []
    # Names only the second Faker gives that are common words (`jazz`) are
    # left out.
    # Nor names of places (`Anatolia`): the census's and the first Faker's
    # names stay as they were.
    places = place_names()
    js_only = {n for n in js_first if n not in common and n not in places}
    for name in sorted(set(female) | set(male) | faker_names() | js_only):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        lists = js_first.get(name, set())
        if f >= RATIO * m and f > 0:
            rows.append(f"{name}\tF")
        elif m >= RATIO * f and m > 0:
            rows.append(f"{name}\tM")
        elif f == 0 and m == 0 and lists == {"female"} and name not in common:
            rows.append(f"{name}\tF")
        elif f == 0 and m == 0 and lists == {"male"} and name not in common:
            rows.append(f"{name}\tM")
        else:
            rows.append(f"{name}\t-")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {OUT}")
    with tarfile.open(names) as tar:
        last = tar.extractfile("names-0.3.0/names/dist.all.last").read().decode("ascii")
    family = {line.split()[0].lower() for line in last.splitlines()[:SURNAMES] if line.strip()}
    # As for romanized names: not a common word nor a syllable (`He`, `Pan`).
    family |= faker_names("last_name") | {n for n in js_last if len(n) > 2 and n not in common}
    with open(FAMILY_OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(family)) + "\n")
    print(f"{len(family)} family names -> {FAMILY_OUT}")


if __name__ == "__main__":
    main()
