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

}  // namespace attnviz
