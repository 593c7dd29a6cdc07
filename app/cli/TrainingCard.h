#pragma once
// The `card` metadata `attnviz-cli train` writes into a model file: how the
// model was trained and, once evaluated, what it scored on each test split.

#include "evaluation/Evaluator.h"
#include "training/Trainer.h"

#include <nlohmann/json.hpp>

#include <string>
#include <vector>

namespace attnviz::cli {

struct TrainingRun {
  std::string corpus;         // CorpusSource::label
  long long train_pairs = 0;
  long long valid_pairs = 0;
  // The model's family and sizes as the card names them (architecture_of).
  nlohmann::json architecture;
  long long src_vocab = 0, tgt_vocab = 0, parameters = 0;
  TrainingOptions options;
  std::vector<EpochReport> epochs;
  double seconds = 0;         // wall time of training, validation included
  bool interrupted = false;   // stopped with Ctrl-C
  // The card of the model this run trained further (train --from), or null.
  nlohmann::json continued_from;
};

// TrainingRun::architecture of each family.
nlohmann::json architecture_of(const ModelConfig& config);
nlohmann::json architecture_of(const TransformerConfig& config);
// A run that trained a model further keeps the earlier card under
// "continued_from" and adds "total_epochs" and "total_training_seconds".
nlohmann::json training_card(const TrainingRun& run);
// Adds "<split>_exact_match", "_bleu", "_aer", "_entropy" and "_sentences".
void add_evaluation(nlohmann::json& card, const std::string& split, const EvaluationResult& result);

}  // namespace attnviz::cli
