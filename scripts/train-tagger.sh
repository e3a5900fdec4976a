#!/bin/sh
# Train the entity tagger and write assets/tagger.bin.
#
#     scripts/train-tagger.sh [DATA_DIR]
#
# Converts CoNLL-2003 train and valid (all four types) into DATA_DIR (default
# /work/data, outside the repository: the corpus must never be committed), adds
# the repository's own annotated sets (tests/devset to tests/devset5,
# tests/devset9 to tests/devset13, tests/devset15 to tests/devset18:
# encyclopedia articles, news, features, posts, chats, transcripts,
# headlines, live reports, translated agency news, narratives, calls and
# comments, each DEVSET_REPEAT times, default 2, so that their few articles
# weigh against the many of the news corpus), then trains the averaged perceptron, printing valid
# scores as it goes. Needs the evaluation kit's conll.py (EVAL_DIR, default
# ../shared/eval beside the repository). tests/devset6 to tests/devset8 and
# tests/devset14 are held out: never add them here.
set -eu
cd "$(dirname "$0")/.."
DATA=${1:-/work/data}
mkdir -p "$DATA"
python3 scripts/conll-all-tags.py --split train --out "$DATA/train.jsonl"
python3 scripts/conll-all-tags.py --split valid --out "$DATA/valid.jsonl"
python3 scripts/devsets-jsonl.py --out "$DATA/devsets.jsonl"
cp "$DATA/train.jsonl" "$DATA/mixed.jsonl"
i=0
while [ "$i" -lt "${DEVSET_REPEAT:-2}" ]; do
    cat "$DATA/devsets.jsonl" >> "$DATA/mixed.jsonl"
    i=$((i + 1))
done
cargo run --release --example train -- \
    --train "$DATA/mixed.jsonl" --valid "$DATA/valid.jsonl" \
    --epochs "${EPOCHS:-12}" --bits "${BITS:-19}" --out assets/tagger.bin
