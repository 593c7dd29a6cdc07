#include "alignment/EndOfSentence.h"

namespace attnviz {
namespace {

bool ends_with_end_of_sentence(const std::vector<std::string>& tokens) {
  return !tokens.empty() && tokens.back() == kEndOfSentence;
}

RowMatrix renormalised_rows(const RowMatrix& weights) {
  RowMatrix out = weights;
  for (Eigen::Index t = 0; t < out.rows(); ++t) {
    const float sum = out.row(t).sum();
    if (sum > 0) out.row(t) /= sum;
  }
  return out;
}

RowMatrix without_last_column(const RowMatrix& m, Eigen::Index columns) {
  return m.cols() == columns ? RowMatrix(m.leftCols(columns - 1)) : m;
}

}  // namespace

Eigen::Index source_word_count(const Alignment& alignment) {
  return alignment.cols() - (ends_with_end_of_sentence(alignment.source_tokens) ? 1 : 0);
}

Eigen::Index target_word_count(const Alignment& alignment) {
  return alignment.rows() - (ends_with_end_of_sentence(alignment.target_tokens) ? 1 : 0);
}

std::vector<std::string> target_words(const Alignment& alignment) {
  const auto words = static_cast<std::ptrdiff_t>(target_word_count(alignment));
  return {alignment.target_tokens.begin(), alignment.target_tokens.begin() + words};
}

Alignment without_end_of_sentence_column(const Alignment& alignment) {
  if (!ends_with_end_of_sentence(alignment.source_tokens)) return alignment;
  Alignment out = alignment;
  const Eigen::Index columns = alignment.cols();
  out.source_tokens.pop_back();
  if (out.source_unknown.size() == static_cast<size_t>(columns)) out.source_unknown.pop_back();
  for (AttentionMap& map : out.maps) {
    map.weights = renormalised_rows(without_last_column(map.weights, columns));
    map.scores = without_last_column(map.scores, columns);
  }
  return out;
}

}  // namespace attnviz
