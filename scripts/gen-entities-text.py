#!/usr/bin/env python3
"""Generate large texts for timing `folio entities` (never committed output).

    scripts/gen-entities-text.py news MB > news.txt    # the bundled article, repeated
                                                        # with numbered sentences
    scripts/gen-entities-text.py names MB > names.txt  # many distinct names:
        "President Kim Jong <Random> met Xi." with a random surname each line
    scripts/gen-entities-text.py SHAPE MB > shape.txt  # other shapes of text that
        name much, to see that time grows with the text: surnames (people
        whose surnames are ordinary words, each then quoted alone), lists
        (unknown names parted by commas), orgs, places, titles, acronyms,
        speakers, informal, features, quotes, teams, caps, definitions,
        possessives
"""
import random
import sys
from pathlib import Path

mode, mb = sys.argv[1], float(sys.argv[2])
target = int(mb * (1 << 20))
rng = random.Random(7)
out = []
total = 0
if mode == "news":
    base = (Path(__file__).parent.parent / "seeds/kim-jong-un-beijing.txt").read_text()
    paras = [p for p in base.split("\n\n") if p.strip()]
    n = 0
    while total < target:
        for p in paras:
            n += 1
            s = f"Report {n} from Officer Lee{n % 97} in Seoul.\n\n{p}\n\n"
            out.append(s)
            total += len(s.encode())
elif mode == "names":
    letters = "abcdefghijklmnopqrstuvwxyz"
    while total < target:
        name = rng.choice(letters).upper() + "".join(
            rng.choice(letters) for _ in range(rng.randint(4, 9))
        )
        s = f"President Kim Jong {name} met Xi.\n"
        out.append(s)
        total += len(s)
else:
    root = Path(__file__).parent.parent / "assets"
    common = [w for w in (root / "common-words.txt").read_text().split() if w.isalpha() and 4 <= len(w) <= 9]
    given = [
        line.split("\t")[0].capitalize()
        for line in (root / "given-names.txt").read_text().splitlines()
        if line.split("\t")[0].isalpha() and 4 <= len(line.split("\t")[0]) <= 8
    ][:3000]

    def w():
        return rng.choice("ABCDEFGHIJKLMNOPRSTVWZ") + "".join(
            rng.choice("aeioulnrstkm") for _ in range(rng.randint(3, 8))
        )

    def c():
        return rng.choice(common).capitalize()

    def acronym():
        return "".join(rng.choice("ABCDEFGHIJKLMNOPRSTVWZ") for _ in range(4))

    shapes = {
        "surnames": lambda: (lambda g, s: f"Professor {g} {s} spoke to the committee on Tuesday. {s} said the plan would work.\n")(rng.choice(given), c()),
        "lists": lambda: ", ".join(w() for _ in range(30)) + ".\n",
        "orgs": lambda: f"Shares of {w()} {w()} Inc rose after {w()} Corp said in a statement that {w()} Group would buy it.\n",
        "places": lambda: f"The team travelled from {w()} to {w()}, near {w()} in the {w()} region.\n",
        "titles": lambda: f"Mr {w()} told Mrs {w()} that Dr {w()} had met Senator {w()}.\n",
        "acronyms": lambda: (lambda a: f"The {w()} {w()} Agency ({a}) said the {a} was ready.\n")(acronym()),
        "speakers": lambda: f"{w().upper()}: I told {w()} about it.\n{w()}: Yes.\n",
        "informal": lambda: f"lol i saw {w().lower()} and {w()} at the mall yesterday, {w().lower()} was there too\n",
        "features": lambda: f"The {w()} River flows past Mount {w()} into Lake {w()} and the {w()} Mountains.\n",
        "quotes": lambda: f'"{w()} {w()}" is a song by {w()} {w()} from the album {w()} {w()}.\n',
        "teams": lambda: f"{w()} {w()}s 3 {w()} United 1\n",
        "caps": lambda: f"{w().upper()} {w().upper()} BEAT {w().upper()} IN {w().upper()}\n",
        "definitions": lambda: f"{w()} {w()} is a village in {w()}. {w()} is a town in the {w()} District.\n",
        "possessives": lambda: f"{rng.choice(given)} {w()}'s company, {w()}'s Bakery, and {w()} & {w()} LLP.\n",
    }
    if mode not in shapes:
        sys.exit("mode: news, names or one of " + ", ".join(shapes))
    while total < target:
        s = shapes[mode]()
        out.append(s)
        total += len(s.encode())
sys.stdout.write("".join(out))
