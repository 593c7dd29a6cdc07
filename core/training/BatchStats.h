#pragma once
// What one pass over some sentences measured; adds up over batches.

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

}  // namespace attnviz
