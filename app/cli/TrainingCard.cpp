#include "TrainingCard.h"

#include "model/ScoreFunction.h"

#include <algorithm>
#include <charconv>
#include <cmath>

namespace attnviz::cli {
namespace {

double rounded(double value, int digits) {
  const double scale = std::pow(10.0, digits);
  return std::round(value * scale) / scale;
}

// A float option as the user typed it (0.001), not the float's exact value
// (0.0010000000474974513), which JSON would otherwise print.
double as_written(float value) {
  char text[32];
  const char* end = std::to_chars(text, text + sizeof text, value).ptr;
  double written = 0;
  std::from_chars(text, end, written);
  return written;
}

const EpochReport* best_epoch(const std::vector<EpochReport>& epochs) {
  const EpochReport* best = nullptr;
  for (const EpochReport& report : epochs)
    if (report.improved) best = &report;
  return best;
}

}  // namespace

nlohmann::json training_card(const TrainingRun& run) {
  nlohmann::json card = {
      {"trained_with", "attnviz-cli train"},
      {"score", to_string(run.config.score)},
      {"corpus", run.corpus},
      {"train_pairs", run.train_pairs},
      {"valid_pairs", run.valid_pairs},
      {"embed", run.config.embed},
      {"hidden", run.config.hidden},
      {"attn", run.config.attn},
      {"src_vocab", run.src_vocab},
      {"tgt_vocab", run.tgt_vocab},
      {"parameters", run.parameters},
      {"seed", run.options.seed},
      {"batch", run.options.batch_size},
      {"threads", run.options.threads},
      {"learning_rate", as_written(run.options.learning_rate)},
      {"epochs", run.epochs.size()},
      {"max_epochs", run.options.epochs},
      {"training_seconds", rounded(run.seconds, 1)},
      {"interrupted", run.interrupted}};
  if (const EpochReport* best = best_epoch(run.epochs)) {
    card["best_epoch"] = best->epoch;
    card["valid_loss"] = rounded(best->valid.mean_loss(), 4);
    card["valid_exact_match"] = rounded(best->valid.sentence_accuracy(), 4);
  }
  return card;
}

void add_evaluation(nlohmann::json& card, const std::string& split, const EvaluationResult& result) {
  card[split + "_sentences"] = result.sentences;
  card[split + "_exact_match"] = rounded(result.exact_match, 4);
  card[split + "_bleu"] = rounded(result.bleu, 2);
  card[split + "_aer"] = rounded(result.aer, 4);
  card[split + "_entropy"] = rounded(result.entropy, 4);
}

}  // namespace attnviz::cli
