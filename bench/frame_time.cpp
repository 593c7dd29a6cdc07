// Does typing stay within one frame? Inference and drawing of a 30-word
// sentence in all five panes (one per score function), against the 16 ms
// frame of a 60 Hz display: the printed `frames` counter is the ratio.
//
// The models are random at the shipped size (E = H = A = 64, V_src 800,
// V_tgt 1500): random weights rarely emit </s>, so every model decodes to
// its length limit (floor(2 * 31) + 10 = 72 steps), a worst case for both
// inference and drawing. The panes are the app's own (ModelPane in a
// PaneGrid at 1600x900), drawn offscreen with grab().
//
//   QT_QPA_PLATFORM=offscreen build-<you>/bench/frame_time

#include "BenchModel.h"
#include "app/Inference.h"
#include "app/PaneGrid.h"

#include <QApplication>
#include <benchmark/benchmark.h>

namespace attnviz::bench {
namespace {

constexpr int kSize = 64, kSrcVocab = 800, kTgtVocab = 1500, kWords = 30;
constexpr double kFrameSeconds = 1.0 / 60;

struct Panes {
  ui::InferenceRequest request;
  ui::PaneGrid grid;
  Panes() {
    for (ScoreFunction score : kAllScoreFunctions) {
      std::shared_ptr<const AttentionModel> model = random_model(score, kSize, kSrcVocab, kTgtVocab);
      request.models.push_back(model);
      grid.addPane(model);
    }
    request.sentence = random_sentence(kWords, kSrcVocab, 42);
    grid.resize(1600, 900);
  }
  void draw(const ui::InferenceResult& result) {
    for (size_t i = 0; i < result.results.size(); ++i) grid.panes()[i]->setAlignment(*result.results[i].alignment);
    benchmark::DoNotOptimize(grid.grab());
  }
};

Panes& panes() {
  static Panes shared;
  return shared;
}

// Time per iteration in frames: 1 / (kFrameSeconds * iterations / seconds).
void report_frames(benchmark::State& state) {
  state.counters["frames"] = benchmark::Counter(
      kFrameSeconds, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void inference(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(ui::run_inference(panes().request));
  report_frames(state);
}

void drawing(benchmark::State& state) {
  const ui::InferenceResult result = ui::run_inference(panes().request);
  state.counters["rows"] = static_cast<double>(result.results.front().alignment->rows());
  for (auto _ : state) panes().draw(result);
  report_frames(state);
}

void inference_and_drawing(benchmark::State& state) {
  for (auto _ : state) panes().draw(ui::run_inference(panes().request));
  report_frames(state);
}

BENCHMARK(inference)->Unit(benchmark::kMillisecond);
BENCHMARK(drawing)->Unit(benchmark::kMillisecond);
BENCHMARK(inference_and_drawing)->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace attnviz::bench

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
