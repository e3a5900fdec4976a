#!/usr/bin/env python3
"""Write a CoNLL-2003 split as JSON lines with all four entity types, for training.

    python3 scripts/conll-all-tags.py --split train --out /work/data/train.jsonl

Each line is {"text": ..., "spans": [[start, end, "PER"|"LOC"|"ORG"|"MISC"], ...]} with
UTF-8 byte offsets. The text is rendered by the corpus tool of the evaluation kit
(EVAL_DIR, default ../shared/eval beside the repository), so training sees exactly the
text the evaluation sees. The corpus is not redistributable: write the output outside
the repository.
"""
import argparse, json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVAL_DIR = os.environ.get("EVAL_DIR", os.path.join(HERE, "..", "..", "shared", "eval"))
sys.path.insert(0, EVAL_DIR)
import conll  # noqa: E402


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--split", choices=["train", "valid"], required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--cache", default=os.path.expanduser("~/.cache/conll2003"))
    args = ap.parse_args()
    conll.KINDS = {"PER": "PER", "LOC": "LOC", "ORG": "ORG", "MISC": "MISC"}
    n = 0
    with open(args.out, "w", encoding="utf-8") as f:
        for doc in conll.documents(conll.corpus(args.split, args.cache)):
            text, spans = conll.render(doc)
            f.write(json.dumps({"text": text.decode("utf-8"), "spans": spans}) + "\n")
            n += 1
    print(f"{n} documents -> {args.out}")


if __name__ == "__main__":
    main()
