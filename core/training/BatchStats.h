#pragma once
// What one pass over some sentences measured; adds up over batches.

#include "training/TrainingBatch.h"

#include <vector>

namespace attnviz {

struct BatchStats {
  double loss = 0;              // summed -log p over target tokens
  long long tokens = 0;         // target tokens, </s> included
  long long correct_tokens = 0; // teacher-forced argmax equals the reference
  long long sentences = 0;
  // Every token right under teacher forcing, which is exactly when greedy
  // decoding reproduces the reference (ties aside): the exact-match rate.
  long long correct_sentences = 0;

  BatchStats& operator+=(const BatchStats& other);
  double mean_loss() const { return tokens > 0 ? loss / static_cast<double>(tokens) : 0.0; }
  double sentence_accuracy() const;
};

// The stats of one batch from its summed loss and, per time-major row
// (t * size + b), whether the teacher-forced argmax was the reference.
BatchStats measure_batch(const TrainingBatch& batch, double loss, const std::vector<char>& correct);

}  // namespace attnviz
