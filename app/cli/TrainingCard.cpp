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

// Over every run that trained the model, the earliest first.
double total_of(const nlohmann::json& earlier_card, const char* total_key, const char* run_key) {
  if (!earlier_card.is_object()) return 0;
  return earlier_card.value(total_key, earlier_card.value(run_key, 0.0));
}

void add_history(nlohmann::json& card, const TrainingRun& run) {
  if (run.continued_from.is_null()) return;
  card["continued_from"] = run.continued_from;
  card["total_epochs"] = static_cast<long long>(total_of(run.continued_from, "total_epochs", "epochs")) +
                         static_cast<long long>(run.epochs.size());
  card["total_training_seconds"] =
      rounded(total_of(run.continued_from, "total_training_seconds", "training_seconds") + run.seconds, 1);
}

}  // namespace

nlohmann::json architecture_of(const ModelConfig& config) {
  nlohmann::json sizes = {{"score", to_string(config.score)},
                          {"mechanism", to_string(config.mechanism)},
                          {"embed", config.embed},
                          {"hidden", config.hidden},
                          {"attn", config.attn}};
  if (config.is_local()) sizes["window"] = config.window;
  return sizes;
}

nlohmann::json architecture_of(const TransformerConfig& config) {
  return {{"family", "transformer"},      {"d_model", config.d_model},
          {"heads", config.heads},        {"ffn", config.ffn},
          {"enc_layers", config.enc_layers}, {"dec_layers", config.dec_layers},
          {"max_positions", config.max_positions}};
}

nlohmann::json training_card(const TrainingRun& run) {
  nlohmann::json card = {
      {"trained_with", "attnviz-cli train"},
      {"corpus", run.corpus},
      {"train_pairs", run.train_pairs},
      {"valid_pairs", run.valid_pairs},
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
  card.update(run.architecture);
  if (run.options.warmup_steps > 0) card["warmup_steps"] = run.options.warmup_steps;
  if (const EpochReport* best = best_epoch(run.epochs)) {
    card["best_epoch"] = best->epoch;
    card["valid_loss"] = rounded(best->valid.mean_loss(), 4);
    card["valid_exact_match"] = rounded(best->valid.sentence_accuracy(), 4);
  }
  add_history(card, run);
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
