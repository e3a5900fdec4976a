#!/usr/bin/env python3
"""Write the repository's hand-annotated sets as JSON lines, for training.

    python3 scripts/devsets-jsonl.py --out /work/data/devsets.jsonl [SET ...]

SET is a folder under tests/ with a gold.json (default: devset to devset5,
devset9 to devset13, devset15 to devset18; devset6, devset7, devset8 and devset14 are kept out, to
measure the tagger on texts it never saw). Each line is {"text": ..., "spans": [[start, end,
"PER"|"LOC"|"ORG"], ...], "misc": false, "ignore": [[start, end], ...]} with
UTF-8 byte offsets, the shape of scripts/conll-all-tags.py. The sets mark no
fourth type (a people's name is outside every span), which `"misc": false`
tells the trainer: a fourth-type tag outside the spans is not counted an error.
`ignore` holds what the annotation claims as no entity of the three kinds
(works, events, buildings, products): conventions differ there from corpus to
corpus (the news corpus calls a building a place and a work a fourth type),
so the trainer learns nothing from those words.
"""
import argparse, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.join(HERE, "..", "tests")
sys.path.insert(0, os.path.join(TESTS, "devset"))
import make_gold  # noqa: E402
KINDS = {"person": "PER", "place": "LOC", "organisation": "ORG"}
DEFAULT = ["devset", "devset2", "devset3", "devset4", "devset5", "devset9", "devset10", "devset11", "devset12", "devset13", "devset15", "devset16", "devset17", "devset18"]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("sets", nargs="*", default=DEFAULT)
    args = ap.parse_args()
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for name in args.sets:
            folder = os.path.join(TESTS, name)
            make_gold.HERE = os.path.abspath(folder)
            with open(os.path.join(folder, "gold.json"), encoding="utf-8") as g:
                gold = json.load(g)
            for doc in gold["documents"]:
                text, claimed = make_gold.build(doc["file"][:4], with_claims=True)
                spans = [[s["start"], s["end"], KINDS[s["type"]]] for s in doc["spans"]]
                # The annotation and gold.json must agree.
                assert spans == [
                    [s["start"], s["end"], KINDS[s["type"]]] for s in claimed if s["type"] != "-"
                ], doc["file"]
                ignore = [[s["start"], s["end"]] for s in claimed if s["type"] == "-"]
                line = {"text": text, "spans": spans, "misc": False, "ignore": ignore}
                f.write(json.dumps(line) + "\n")
                n += 1
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
