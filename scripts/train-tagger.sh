#!/bin/sh
# Train the entity tagger and write assets/tagger.bin.
#
#     scripts/train-tagger.sh [DATA_DIR]
#
# Converts CoNLL-2003 train and valid (all four types) into DATA_DIR (default
# /work/data, outside the repository: the corpus must never be committed), then
# trains the averaged perceptron, printing valid scores as it goes. Needs the
# evaluation kit's conll.py (EVAL_DIR, default ../shared/eval beside the repository).
set -eu
cd "$(dirname "$0")/.."
DATA=${1:-/work/data}
mkdir -p "$DATA"
python3 scripts/conll-all-tags.py --split train --out "$DATA/train.jsonl"
python3 scripts/conll-all-tags.py --split valid --out "$DATA/valid.jsonl"
cargo run --release --example train -- \
    --train "$DATA/train.jsonl" --valid "$DATA/valid.jsonl" \
    --epochs "${EPOCHS:-12}" --bits "${BITS:-19}" --out assets/tagger.bin
