// Does typing stay within one frame? Inference and drawing of a 30-word
// sentence in all five panes (one per score function), against the 16 ms
// frame of a 60 Hz display: the printed `frames` counter is the ratio.
//
// Three cases:
// - `worst`: random models at the shipped size (E = H = A = 64, V_src 800,
//   V_tgt 1500). Random weights rarely emit </s>, so every model decodes to
//   its length limit (floor(2 * 31) + 10 = 72 steps): the most a pane can
//   ever have to compute and draw for 30 words.
// - `worst100`: the same for 100 words (212 steps): panes that scroll.
// - `shipped`: the five shipped models on a 31-word sentence of the `long`
//   test split, what a user typing a long sentence sees.
// The panes are the app's own (ModelPane in a PaneGrid at 1600x900), drawn
// offscreen with grab(). `hover` moves the highlighted cell in every pane,
// as the pointer does, and draws the frame again.
//
//   QT_QPA_PLATFORM=offscreen build-<you>/bench/frame_time

#include "BenchModel.h"
#include "app/Inference.h"
#include "app/PaneGrid.h"
#include "corpus/Corpus.h"
#include "model/ModelCatalog.h"
#include "model/ModelFile.h"
#include "tokens/Tokenizer.h"

#include <QApplication>
#include <benchmark/benchmark.h>

#include <algorithm>

namespace attnviz::bench {
namespace {

constexpr int kSize = 64, kSrcVocab = 800, kTgtVocab = 1500;
constexpr double kFrameSeconds = 1.0 / 60;

// The shortest sentence of the `long` split: 31 words, the fewest that
// still make a 30-word sentence.
std::string thirty_word_sentence() {
  CorpusOptions held_out;
  held_out.train = 0;
  const std::vector<SentencePair> long_test = generate_corpus(held_out).long_test;
  const auto shortest = std::min_element(long_test.begin(), long_test.end(),
                                         [](const SentencePair& a, const SentencePair& b) {
                                           return a.source.size() < b.source.size();
                                         });
  return join_tokens(shortest->source);
}

struct Panes {
  ui::InferenceRequest request;
  ui::PaneGrid grid;
  void add(std::shared_ptr<const AttentionModel> model) {
    request.models.push_back(model);
    grid.addPane(std::move(model));
  }
  void draw(const ui::InferenceResult& result) {
    for (size_t i = 0; i < result.results.size(); ++i) grid.panes()[i]->setAlignment(*result.results[i].alignment);
    benchmark::DoNotOptimize(grid.grab());
  }
};

std::unique_ptr<Panes> worst_case(int words) {
  auto panes = std::make_unique<Panes>();
  for (ScoreFunction score : kAllScoreFunctions) panes->add(random_model(score, kSize, kSrcVocab, kTgtVocab));
  panes->request.sentence = random_sentence(words, kSrcVocab, 42);
  panes->grid.resize(1600, 900);
  return panes;
}

// Empty when no models are shipped (a checkout before training).
std::unique_ptr<Panes> shipped() {
  const auto paths = shipped_model_paths();
  if (paths.empty()) return nullptr;
  auto panes = std::make_unique<Panes>();
  for (const auto& path : paths) panes->add(load_model(path));
  panes->request.sentence = thirty_word_sentence();
  panes->grid.resize(1600, 900);
  return panes;
}

// Time per iteration in frames: 1 / (kFrameSeconds * iterations / seconds).
void report_frames(benchmark::State& state) {
  state.counters["frames"] = benchmark::Counter(
      kFrameSeconds, benchmark::Counter::kIsIterationInvariantRate | benchmark::Counter::kInvert);
}

void inference(benchmark::State& state, Panes& panes) {
  for (auto _ : state) benchmark::DoNotOptimize(ui::run_inference(panes.request));
  report_frames(state);
}

void drawing(benchmark::State& state, Panes& panes) {
  const ui::InferenceResult result = ui::run_inference(panes.request);
  state.counters["rows"] = static_cast<double>(result.results.front().alignment->rows());
  state.counters["cols"] = static_cast<double>(result.results.front().alignment->cols());
  for (auto _ : state) panes.draw(result);
  report_frames(state);
}

void inference_and_drawing(benchmark::State& state, Panes& panes) {
  for (auto _ : state) panes.draw(ui::run_inference(panes.request));
  report_frames(state);
}

// One pointer move: a new cell highlighted in every pane, then the frame.
void hover(benchmark::State& state, Panes& panes) {
  panes.draw(ui::run_inference(panes.request));
  int step = 0;
  for (auto _ : state) {
    ++step;
    const ui::Cell cell{step % 5, step % 7};
    for (ui::ModelPane* pane : panes.grid.panes()) pane->heatmap()->setHighlight(cell);
    benchmark::DoNotOptimize(panes.grid.grab());
  }
  report_frames(state);
}

void register_case(const char* name, Panes* panes) {
  const std::string prefix = std::string(name) + "/";
  benchmark::RegisterBenchmark((prefix + "inference").c_str(), inference, std::ref(*panes))->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark((prefix + "drawing").c_str(), drawing, std::ref(*panes))->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark((prefix + "inference_and_drawing").c_str(), inference_and_drawing, std::ref(*panes))
      ->Unit(benchmark::kMillisecond);
  benchmark::RegisterBenchmark((prefix + "hover").c_str(), hover, std::ref(*panes))->Unit(benchmark::kMillisecond);
}

}  // namespace
}  // namespace attnviz::bench

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  const auto worst = attnviz::bench::worst_case(30);
  const auto worst100 = attnviz::bench::worst_case(100);
  const auto shipped = attnviz::bench::shipped();
  attnviz::bench::register_case("worst", worst.get());
  attnviz::bench::register_case("worst100", worst100.get());
  if (shipped) attnviz::bench::register_case("shipped", shipped.get());
  else std::printf("no shipped models found: only the worst case runs\n");
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
