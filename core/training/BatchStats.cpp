#include "training/BatchStats.h"

namespace attnviz {

BatchStats& BatchStats::operator+=(const BatchStats& other) {
  loss += other.loss;
  tokens += other.tokens;
  correct_tokens += other.correct_tokens;
  sentences += other.sentences;
  correct_sentences += other.correct_sentences;
  return *this;
}

double BatchStats::sentence_accuracy() const {
  return sentences > 0 ? static_cast<double>(correct_sentences) / static_cast<double>(sentences)
                       : 0.0;
}

BatchStats measure_batch(const TrainingBatch& batch, double loss, const std::vector<char>& correct) {
  BatchStats stats;
  stats.loss = loss;
  stats.tokens = batch.target_tokens();
  stats.sentences = batch.size;
  for (int b = 0; b < batch.size; ++b) {
    int right = 0;
    for (int t = 0; t < batch.target_lengths[b]; ++t) right += correct[t * batch.size + b];
    stats.correct_tokens += right;
    stats.correct_sentences += right == batch.target_lengths[b];
  }
  return stats;
}

}  // namespace attnviz
