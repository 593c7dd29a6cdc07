// Greedy decoding speed per score function and source length, at the
// shipped models' size (E = H = A = 64, V_src 800, V_tgt 1500), one thread.
// Counters: output tokens/s and achieved GFLOP/s (FLOPs from DecodeCost).
//   build-<you>/bench/decode_bench --benchmark_counters_tabular=true

#include "BenchModel.h"
#include "DecodeCost.h"

#include <benchmark/benchmark.h>

namespace attnviz::bench {
namespace {

constexpr int kSize = 64, kSrcVocab = 800, kTgtVocab = 1500;

void greedy_decoding(benchmark::State& state) {
  const auto score = static_cast<ScoreFunction>(state.range(0));
  const auto words = static_cast<int>(state.range(1));
  const std::unique_ptr<Seq2SeqModel> model = random_model(score, kSize, kSrcVocab, kTgtVocab);
  const std::string sentence = random_sentence(words, kSrcVocab, 42);
  long long steps = 0;
  for (auto _ : state) {
    const Alignment alignment = model->translate(sentence, {});
    steps = alignment.rows();
    benchmark::DoNotOptimize(alignment.logprob);
  }
  const DecodeCost cost = decode_cost(model->config(), kTgtVocab, words + 1, steps);
  const auto iterations = static_cast<double>(state.iterations());
  state.counters["steps"] = static_cast<double>(steps);
  state.counters["tokens/s"] =
      benchmark::Counter(static_cast<double>(steps) * iterations, benchmark::Counter::kIsRate);
  state.counters["GFLOP/s"] =
      benchmark::Counter(cost.flops * iterations * 1e-9, benchmark::Counter::kIsRate);
  state.SetLabel(to_string(score));
}

void score_functions_and_lengths(benchmark::internal::Benchmark* bench) {
  for (ScoreFunction score : kAllScoreFunctions) {
    for (int words : {10, 20, 40, 80}) bench->Args({static_cast<long>(score), words});
  }
}

BENCHMARK(greedy_decoding)->Apply(score_functions_and_lengths)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace attnviz::bench

BENCHMARK_MAIN();
