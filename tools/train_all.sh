#!/usr/bin/env bash
# Retrains the five shipped models from scratch with our own trainer, one
# per score function, on the same corpus with the same seed and settings, and
# prints their model table (the one in docs/models.md and the README).
#
#   tools/train_all.sh [BUILD_DIR]          (default: build)
#
# Environment (defaults in brackets):
#   EPOCHS [12]  at most this many epochs per model (early stopping may end sooner)
#   EPOCHS_<score>  the same for one model (EPOCHS_general=16); the shipped
#                models: 12 epochs each, general 16 (docs/models.md)
#   JOBS [5]     models trained at the same time
#   THREADS [1]  threads per model. A model's weights depend on its seed and
#                thread count only, never on JOBS or on timing; the shipped
#                models were trained with JOBS=5 THREADS=1 (docs/models.md).
#   SEED [1]     weights and batch order
#   TRAIN_PAIRS [0]  train on only the first N training pairs (0 = all 150,000)
#   MODELS [resources/models]  where the five model files go
# Writes resources/models/<score>.safetensors (each with its card: corpus,
# sizes, epochs, seed, training time, test/long/longer/novel scores),
# build/train_all/<score>.log and build/train_all/typed.jsonl (the models on
# tests/fixtures/typed_sentences.tsv).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
cli="$build/app/attnviz-cli"
epochs=${EPOCHS:-12}
export EPOCHS_general=${EPOCHS_general:-16}
jobs=${JOBS:-5}
threads=${THREADS:-1}
seed=${SEED:-1}
train_pairs=${TRAIN_PAIRS:-0}
models=${MODELS:-resources/models}
work="$build/train_all"
scores=(additive general scaled_dot dot cosine)

[ -x "$cli" ] || { echo "train_all.sh: $cli not found; build first (cmake --build $build)" >&2; exit 2; }
mkdir -p "$work" "$models"

start=$(date +%s)
"$cli" corpus --out "$work/corpus" > "$work/corpus.log"
echo "corpus: $work/corpus ($(wc -l < "$work/corpus/train.tsv") training pairs)"

train_one() {
  local score=$1
  local budget="EPOCHS_$score"
  "$cli" train --score "$score" --corpus "$work/corpus" --out "$models/$score.safetensors" \
    --epochs "${!budget:-$epochs}" --seed "$seed" --threads "$threads" --train-pairs "$train_pairs" > "$work/$score.log" 2>&1 \
    && echo "$score: $(tail -n 1 "$work/$score.log")" \
    || { echo "$score: FAILED, see $work/$score.log" >&2; return 1; }
}
export -f train_one
export cli work epochs seed threads train_pairs models
printf '%s\n' "${scores[@]}" | xargs -P "$jobs" -I{} bash -c 'train_one {}'

echo "all five trained in $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s"

# The hand-typed held-out sentences (never generated), for the table's typed column.
typed="$work/typed.jsonl"
: > "$typed"
for score in dot scaled_dot general additive cosine; do
  "$cli" eval --model "$models/$score.safetensors" --input tests/fixtures/typed_sentences.tsv --format json >> "$typed"
done
"$cli" info --format json $(printf -- "--model $models/%s.safetensors " dot scaled_dot general additive cosine) \
  | /usr/bin/python3 "$(dirname "$0")/model_table.py" "$typed"

# The document classifier (issue 15), on its own corpus generated in memory
# (the one `corpus --task classify` writes): 1-3 minutes on one thread.
# HAN=0 skips it. Writes $MODELS/documents/han.safetensors, apart from the
# translation models the app opens all of (docs/models.md).
if [ "${HAN:-1}" = 1 ]; then
  mkdir -p "$models/documents"
  "$cli" train --family han --out "$models/documents/han.safetensors" --epochs 20 --batch 16 --seed "$seed" \
    --threads "$threads" > "$work/han.log" 2>&1 \
    && echo "han: $(tail -n 1 "$work/han.log")" \
    || { echo "han: FAILED, see $work/han.log" >&2; exit 1; }
fi
