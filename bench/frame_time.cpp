// Does typing stay within one frame? Inference and drawing of a 30-word
// sentence in all panes, against the 16 ms frame of a 60 Hz display: the
// printed `frames` counter is the ratio.
//
// Cases:
// - `worst`: five random GRU models at the shipped size (E = H = A = 64,
//   V_src 800, V_tgt 1500), one per score function. Random weights rarely
//   emit </s>, so every model decodes to its length limit
//   (floor(2 * 31) + 10 = 72 steps): the most a pane can ever have to
//   compute and draw for 30 words.
// - `worst+transformer`: the same five and a random Transformer at the
//   shipped size (d_model 64, 4 heads, ffn 256, 2+2 layers, the same
//   vocabularies) that never emits </s> either (72 steps), its pane on its
//   headline map (the last layer's cross-attention, mean over heads).
// - `worst100`: the five GRU models on 100 words (212 steps): panes that scroll.
// - `shipped`: the five shipped GRU models (resources/models/<score>) on a
//   31-word sentence of the `long` test split, what a user typing a long
//   sentence sees; `shipped+transformer` adds the shipped Transformer
//   (resources/models/transformer.safetensors) when there is one.
// The panes are the app's own (ModelPane in a PaneGrid at 1600x900), drawn
// offscreen by Qt's backing store as in the app (draw_frame: grab() drew
// every widget whether it changed or not, into a new 5.8 MB pixmap each
// time). `inference` decodes the sentence in every model, `drawing` gives
// the panes their results and draws the frame, `inference_and_drawing`
// does both as the window does (a pane gets its result as soon as its
// model is done, while the next models decode). `hover` moves the
// highlighted cell in every pane, as the pointer does, and draws the frame
// again.
//
// And the head grid (HeadGrid, the heads popup's BertViz-style model view)
// of a 2x4-head Transformer on the same 30 words, per kind of attention:
// `heads/<model>/<kind>/redraw` draws it again, `new_sentence`
// also gives it the sentence's maps (its per-head numbers are summarised
// then). <model> is `random` (72 steps) and, when present, `shipped`.
//
//   QT_QPA_PLATFORM=offscreen build-<you>/bench/frame_time

#include "BenchModel.h"
#include "alignment/MapFocus.h"
#include "app/Inference.h"
#include "app/PaneGrid.h"
#include "corpus/Corpus.h"
#include "model/ModelCatalog.h"
#include "model/ModelFile.h"
#include "tokens/Tokenizer.h"
#include "view/HeadGrid.h"

#include <QApplication>
#include <benchmark/benchmark.h>

#include <algorithm>
#include <filesystem>

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

// A frame as the app draws it: the widget shown (on the offscreen
// platform), and what its widgets marked as changed painted through Qt's
// own backing store, so a hover repaints what it invalidated and a new
// sentence everything it changed.
void draw_frame(QWidget& widget) {
  if (!widget.isVisible()) widget.show();
  QApplication::processEvents();
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
    showGold();
    draw_frame(grid);
  }
  // As the window does: each pane set as its model's result comes in.
  void decode_and_draw() {
    ui::run_inference(request, [this](size_t i, const ui::ModelResult& result) {
      grid.panes()[i]->setAlignment(*result.alignment);
    });
    showGold();
    draw_frame(grid);
  }
  // After the results the window hands every pane the sentence's gold
  // alignment (MainWindow::updateGold): none for a typed sentence.
  void showGold() {
    for (ui::ModelPane* pane : grid.panes()) pane->setGold(std::nullopt);
  }
};

std::shared_ptr<const AttentionModel> shipped_size_transformer() {
  return random_transformer(TransformerConfig{}, kSrcVocab, kTgtVocab);
}

std::unique_ptr<Panes> worst_case(int words, bool with_transformer) {
  auto panes = std::make_unique<Panes>();
  for (ScoreFunction score : kAllScoreFunctions) panes->add(random_model(score, kSize, kSrcVocab, kTgtVocab));
  if (with_transformer) panes->add(shipped_size_transformer());
  panes->request.sentence = random_sentence(words, kSrcVocab, 42);
  panes->grid.resize(1600, 900);
  return panes;
}

// The shipped model file named `stem`, or an empty path.
std::filesystem::path shipped_path(std::string_view stem) {
  for (const auto& path : shipped_model_paths())
    if (path.stem() == stem) return path;
  return {};
}

// Empty when a model is not shipped (a checkout before training).
std::unique_ptr<Panes> shipped(bool with_transformer) {
  std::vector<std::filesystem::path> paths;
  for (ScoreFunction score : kAllScoreFunctions) paths.push_back(shipped_path(to_string(score)));
  if (with_transformer) paths.push_back(shipped_path("transformer"));
  if (std::find(paths.begin(), paths.end(), std::filesystem::path()) != paths.end()) return nullptr;
  auto panes = std::make_unique<Panes>();
  for (const auto& path : paths) panes->add(load_model(path));
  panes->request.sentence = thirty_word_sentence();
  panes->grid.resize(1600, 900);
  return panes;
}

// Time per iteration in frames: 1 / (kFrameSeconds * iterations / seconds),
// on the wall clock (every benchmark here UseRealTime()s): the models decode
// on worker threads, which the main thread's CPU time does not see.
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
  for (auto _ : state) panes.decode_and_draw();
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
    draw_frame(panes.grid);
  }
  report_frames(state);
}

// One model's head grid, for a sentence decoded once.
struct Heads {
  ui::HeadGrid grid;
  Alignment alignment;
  Heads(const AttentionModel& model, const std::string& sentence) : alignment(model.translate(sentence, {})) {}
  void show(MapKind kind) {
    grid.setMaps(alignment, kind);
    grid.resize(grid.sizeHint());
  }
};

void redraw_heads(benchmark::State& state, Heads& heads, MapKind kind) {
  heads.show(kind);
  const MapGridShape shape = map_grid_shape(heads.alignment, kind);
  state.counters["layers"] = shape.layers;
  state.counters["heads"] = shape.heads;
  for (auto _ : state) {
    heads.grid.update();  // as when the popup is uncovered: every cell again
    draw_frame(heads.grid);
  }
  report_frames(state);
}

void heads_new_sentence(benchmark::State& state, Heads& heads, MapKind kind) {
  for (auto _ : state) {
    heads.show(kind);
    draw_frame(heads.grid);
  }
  report_frames(state);
}

void register_heads(const char* name, Heads* heads) {
  for (MapKind kind : {MapKind::Cross, MapKind::EncoderSelf, MapKind::DecoderSelf}) {
    const std::string prefix = std::string("heads/") + name + "/" + to_string(kind) + "/";
    benchmark::RegisterBenchmark((prefix + "redraw").c_str(), redraw_heads, std::ref(*heads), kind)
        ->Unit(benchmark::kMillisecond)->UseRealTime();
    benchmark::RegisterBenchmark((prefix + "new_sentence").c_str(), heads_new_sentence, std::ref(*heads), kind)
        ->Unit(benchmark::kMillisecond)->UseRealTime();
  }
}

void register_case(const char* name, Panes* panes) {
  const std::string prefix = std::string(name) + "/";
  benchmark::RegisterBenchmark((prefix + "inference").c_str(), inference, std::ref(*panes))->Unit(benchmark::kMillisecond)->UseRealTime();
  benchmark::RegisterBenchmark((prefix + "drawing").c_str(), drawing, std::ref(*panes))->Unit(benchmark::kMillisecond)->UseRealTime();
  benchmark::RegisterBenchmark((prefix + "inference_and_drawing").c_str(), inference_and_drawing, std::ref(*panes))
      ->Unit(benchmark::kMillisecond)->UseRealTime();
  benchmark::RegisterBenchmark((prefix + "hover").c_str(), hover, std::ref(*panes))->Unit(benchmark::kMillisecond)->UseRealTime();
}

}  // namespace
}  // namespace attnviz::bench

int main(int argc, char** argv) {
  if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) qputenv("QT_QPA_PLATFORM", "offscreen");
  QApplication app(argc, argv);
  using namespace attnviz::bench;
  const auto worst = worst_case(30, false);
  const auto worst_transformer = worst_case(30, true);
  const auto worst100 = worst_case(100, false);
  const auto shipped_gru = shipped(false);
  const auto shipped_transformer = shipped(true);
  register_case("worst", worst.get());
  register_case("worst+transformer", worst_transformer.get());
  register_case("worst100", worst100.get());
  if (shipped_gru) register_case("shipped", shipped_gru.get());
  else std::printf("the five shipped GRU models were not found: no `shipped` case\n");
  if (shipped_transformer) register_case("shipped+transformer", shipped_transformer.get());
  else std::printf("no shipped Transformer (or GRU models): no `shipped+transformer` case\n");

  Heads random_heads(*worst_transformer->request.models.back(), worst_transformer->request.sentence);
  register_heads("random", &random_heads);
  std::unique_ptr<Heads> shipped_heads;
  if (shipped_transformer) {
    shipped_heads = std::make_unique<Heads>(*shipped_transformer->request.models.back(),
                                            shipped_transformer->request.sentence);
    register_heads("shipped", shipped_heads.get());
  }
  benchmark::Initialize(&argc, argv);
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
