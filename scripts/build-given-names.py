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
  Chinese).
Writes `name<TAB>F`, `name<TAB>M` or `name<TAB>-`, lower case, sorted.

Also builds assets/family-names.txt, family names one per line, lower case,
sorted: the SURNAMES most frequent in the US Census Bureau's 1990 list of
surnames (in the same package) and the last names of each Faker locale in the
Latin alphabet. A name the tagger calls a person is kept as one when it is a
known family name, even if a place somewhere has that name too (`Dole`).
"""
import importlib, os, pkgutil, re, sys, tarfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from pypi import download  # noqa: E402

PACKAGE = "names==0.3.0"
FAKER = "faker==40.63.0"
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
    rows = []
    for name in sorted(set(female) | set(male) | faker_names()):
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if f >= RATIO * m and f > 0:
            rows.append(f"{name}\tF")
        elif m >= RATIO * f and m > 0:
            rows.append(f"{name}\tM")
        else:
            rows.append(f"{name}\t-")
    with open(OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(rows) + "\n")
    print(f"{len(rows)} names -> {OUT}")
    with tarfile.open(names) as tar:
        last = tar.extractfile("names-0.3.0/names/dist.all.last").read().decode("ascii")
    family = {line.split()[0].lower() for line in last.splitlines()[:SURNAMES] if line.strip()}
    family |= faker_names("last_name")
    with open(FAMILY_OUT, "w", encoding="utf-8") as out:
        out.write("\n".join(sorted(family)) + "\n")
    print(f"{len(family)} family names -> {FAMILY_OUT}")


if __name__ == "__main__":
    main()
