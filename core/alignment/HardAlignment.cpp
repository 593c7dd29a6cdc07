#include "alignment/HardAlignment.h"

#include "alignment/EndOfSentence.h"

namespace attnviz {

std::vector<int> argmax_columns(const RowMatrix& weights) {
  std::vector<int> columns;
  columns.reserve(static_cast<size_t>(weights.rows()));
  for (Eigen::Index t = 0; t < weights.rows(); ++t) {
    Eigen::Index best = -1;
    if (weights.cols() > 0) weights.row(t).maxCoeff(&best);
    columns.push_back(static_cast<int>(best));
  }
  return columns;
}

std::vector<Link> hard_links(const Alignment& alignment) {
  const Eigen::Index source_words = source_word_count(alignment);
  const Eigen::Index target_words = target_word_count(alignment);
  const RowMatrix words =
      alignment.primary().weights.topLeftCorner(target_words, source_words);
  std::vector<Link> links;
  const std::vector<int> columns = argmax_columns(words);
  for (size_t t = 0; t < columns.size(); ++t) {
    if (columns[t] >= 0) links.emplace_back(columns[t], static_cast<int>(t));
  }
  return links;
}

}  // namespace attnviz
