#include "alignment/JoinedSentences.h"

#include <numeric>

namespace attnviz {
namespace {

template <class T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

RowMatrix block_diagonal(const std::vector<Alignment>& parts, size_t map) {
  Eigen::Index rows = 0, cols = 0;
  for (const Alignment& part : parts) {
    rows += part.maps[map].weights.rows();
    cols += part.maps[map].weights.cols();
  }
  RowMatrix joined = RowMatrix::Zero(rows, cols);
  Eigen::Index row = 0, col = 0;
  for (const Alignment& part : parts) {
    const RowMatrix& block = part.maps[map].weights;
    joined.block(row, col, block.rows(), block.cols()) = block;
    row += block.rows();
    col += block.cols();
  }
  return joined;
}

std::string joined_translation(const std::vector<Alignment>& parts) {
  std::string text;
  for (const Alignment& part : parts) {
    if (part.translation.empty()) continue;
    if (!text.empty()) text += ' ';
    text += part.translation;
  }
  return text;
}

}  // namespace

Alignment join_sentences(std::vector<Alignment> parts) {
  if (parts.size() == 1) return std::move(parts.front());
  Alignment joined = parts.front();
  joined.source_tokens.clear(), joined.source_unknown.clear();
  joined.target_tokens.clear(), joined.target_unknown.clear();
  joined.steps.clear();
  for (const Alignment& part : parts) {
    append(joined.source_tokens, part.source_tokens);
    append(joined.source_unknown, part.source_unknown);
    append(joined.target_tokens, part.target_tokens);
    append(joined.target_unknown, part.target_unknown);
    append(joined.steps, part.steps);
  }
  joined.logprob = std::accumulate(parts.begin(), parts.end(), 0.0,
                                   [](double sum, const Alignment& part) { return sum + part.logprob; });
  joined.source_tokens_dropped = 0;
  joined.translation = joined_translation(parts);
  for (size_t map = 0; map < joined.maps.size(); ++map) {
    joined.maps[map].weights = block_diagonal(parts, map);
    joined.maps[map].scores.resize(0, 0);
  }
  return joined;
}

}  // namespace attnviz
