#!/usr/bin/env python3
"""Generate large texts for timing `folio entities` (never committed output).

    scripts/gen-entities-text.py news MB > news.txt    # the bundled article, repeated
                                                        # with numbered sentences
    scripts/gen-entities-text.py names MB > names.txt  # many distinct names:
        "President Kim Jong <Random> met Xi." with a random surname each line
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
    sys.exit("mode: news or names")
sys.stdout.write("".join(out))
