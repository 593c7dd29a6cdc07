#!/usr/bin/env bash
# Retrains the five shipped models from scratch with our own trainer, one
# per score function, on the same corpus with the same seed and budget, and
# prints their model table (the one in docs/models.md and the README).
#
#   tools/train_all.sh [BUILD_DIR]          (default: build)
#
# Environment (defaults in brackets):
#   EPOCHS [14]  at most this many epochs per model (early stopping may end sooner)
#   JOBS [1]     models trained at the same time
#   THREADS [2]  threads per model; JOBS * THREADS should match the cores.
#                One model at a time on both cores measured faster than two
#                at a time on one core each (docs/models.md).
#   SEED [1]     weights and batch order
#   TRAIN_PAIRS [0]  train on only the first N training pairs (0 = all 50,000)
# Writes resources/models/<score>.safetensors (each with its card: corpus,
# sizes, epochs, seed, training time, test/long/novel scores) and
# build/train_all/<score>.log.
set -euo pipefail
cd "$(dirname "$0")/.."

build=${1:-build}
cli="$build/app/attnviz-cli"
epochs=${EPOCHS:-14}
jobs=${JOBS:-1}
threads=${THREADS:-2}
seed=${SEED:-1}
train_pairs=${TRAIN_PAIRS:-0}
work="$build/train_all"
scores=(additive general scaled_dot dot cosine)

[ -x "$cli" ] || { echo "train_all.sh: $cli not found; build first (cmake --build $build)" >&2; exit 2; }
mkdir -p "$work" resources/models

start=$(date +%s)
"$cli" corpus --out "$work/corpus" > "$work/corpus.log"
echo "corpus: $work/corpus ($(wc -l < "$work/corpus/train.tsv") training pairs)"

train_one() {
  local score=$1
  "$cli" train --score "$score" --corpus "$work/corpus" --out "resources/models/$score.safetensors" \
    --epochs "$epochs" --seed "$seed" --threads "$threads" --train-pairs "$train_pairs" > "$work/$score.log" 2>&1 \
    && echo "$score: $(tail -n 1 "$work/$score.log")" \
    || { echo "$score: FAILED, see $work/$score.log" >&2; return 1; }
}
export -f train_one
export cli work epochs seed threads train_pairs
printf '%s\n' "${scores[@]}" | xargs -P "$jobs" -I{} bash -c 'train_one {}'

echo "all five trained in $(( ($(date +%s) - start) / 60 )) min $(( ($(date +%s) - start) % 60 )) s"
"$cli" info --format json $(printf -- '--model resources/models/%s.safetensors ' dot scaled_dot general additive cosine) \
  | /usr/bin/python3 "$(dirname "$0")/model_table.py"
