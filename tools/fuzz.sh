#!/usr/bin/env bash
# Builds the libFuzzer targets of tests/fuzz with clang, AddressSanitizer and
# UndefinedBehaviorSanitizer in build-fuzz/, then runs each for SECONDS
# (default 600) from its committed seed corpus. Stops at the first finding:
# the input that caused it is kept as build-fuzz/findings/<target>-crash-*.
#   tools/fuzz.sh [SECONDS]
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-600}
build=build-fuzz
flags="-O1 -g -fno-omit-frame-pointer -fsanitize=fuzzer-no-link,address,undefined -fno-sanitize-recover=all"
declare -A seeds=([ModelFileFuzzer]=model [TranslateFuzzer]=model [TokenizerFuzzer]=text)

cmake -S . -B "$build" -DCMAKE_BUILD_TYPE=None -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_CXX_FLAGS="$flags" \
      -DATTNVIZ_BUILD_FUZZERS=ON -DATTNVIZ_BUILD_UI=OFF -DATTNVIZ_BUILD_TESTS=OFF -DATTNVIZ_BUILD_BENCH=OFF >/dev/null
cmake --build "$build" --target "${!seeds[@]}" -j"$(nproc)"

mkdir -p "$build/findings"
for fuzzer in ModelFileFuzzer TokenizerFuzzer TranslateFuzzer; do
  corpus="$build/corpus/$fuzzer"  # what the fuzzer finds goes here; the seeds stay as committed
  mkdir -p "$corpus"
  echo "== $fuzzer for $seconds s"
  "$build/tests/fuzz/$fuzzer" -max_total_time="$seconds" -timeout=10 -print_final_stats=1 \
      -artifact_prefix="$build/findings/$fuzzer-" "$corpus" "tests/fuzz/corpus/${seeds[$fuzzer]}" \
      2>"$build/$fuzzer.log" || { tail -n 60 "$build/$fuzzer.log"; exit 1; }
  grep -E "stat::number_of_executed_units|stat::peak_rss_mb" "$build/$fuzzer.log"
done
echo "No findings."
