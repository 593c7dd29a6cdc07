#include "alignment/JoinedSentences.h"

#include <algorithm>
#include <numeric>

namespace attnviz {
namespace {

template <class T>
void append(std::vector<T>& to, const std::vector<T>& from) {
  to.insert(to.end(), from.begin(), from.end());
}

// Per-row flags (target_unknown, target_forced) of the parts that have
// them, false on the rows of the parts that do not, so that they stay one
// per joined row; empty when no part has any.
std::vector<bool> joined_row_flags(const std::vector<Alignment>& parts,
                                   std::vector<bool> Alignment::*flags) {
  std::vector<bool> joined;
  const bool any = std::any_of(parts.begin(), parts.end(),
                               [&](const Alignment& part) { return !(part.*flags).empty(); });
  if (!any) return joined;
  for (const Alignment& part : parts) {
    std::vector<bool> own = part.*flags;
    own.resize(part.target_tokens.size(), false);
    append(joined, own);
  }
  return joined;
}

// Each part's beam tree, its ids and steps shifted to the joined rows; a
// sentence's first tokens keep parent -1.
std::optional<BeamTree> joined_beam_tree(const std::vector<Alignment>& parts) {
  std::optional<BeamTree> joined;
  int row = 0;
  for (const Alignment& part : parts) {
    if (part.beam_tree) {
      if (!joined) joined.emplace();
      const int first = static_cast<int>(joined->nodes.size());
      for (BeamNode node : part.beam_tree->nodes) {
        node.id += first;
        if (node.parent >= 0) node.parent += first;
        node.step += row;
        joined->nodes.push_back(std::move(node));
      }
    }
    row += static_cast<int>(part.target_tokens.size());
  }
  return joined;
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

// A local model's p_t per row, moved to the joined columns, and the
// columns of each row's sentence, where its window stops.
void join_windows(const std::vector<Alignment>& parts, size_t map, AttentionMap& joined) {
  joined.window_centres.clear();
  joined.window_sentences.clear();
  if (joined.window <= 0) return;
  int col = 0;
  for (const Alignment& part : parts) {
    const AttentionMap& own = part.maps[map];
    const WindowSpan sentence{col, col + static_cast<int>(own.weights.cols()) - 1};
    for (float centre : own.window_centres) joined.window_centres.push_back(centre + static_cast<float>(col));
    joined.window_sentences.insert(joined.window_sentences.end(), own.window_centres.size(), sentence);
    col += static_cast<int>(own.weights.cols());
  }
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
  joined.target_tokens.clear();
  joined.steps.clear();
  for (const Alignment& part : parts) {
    append(joined.source_tokens, part.source_tokens);
    append(joined.source_unknown, part.source_unknown);
    append(joined.target_tokens, part.target_tokens);
    append(joined.steps, part.steps);
  }
  joined.target_unknown = joined_row_flags(parts, &Alignment::target_unknown);
  joined.target_forced = joined_row_flags(parts, &Alignment::target_forced);
  joined.beam_tree = joined_beam_tree(parts);
  joined.logprob = std::accumulate(parts.begin(), parts.end(), 0.0,
                                   [](double sum, const Alignment& part) { return sum + part.logprob; });
  joined.source_tokens_dropped = 0;
  joined.translation = joined_translation(parts);
  for (size_t map = 0; map < joined.maps.size(); ++map) {
    joined.maps[map].weights = block_diagonal(parts, map);
    joined.maps[map].scores.resize(0, 0);
    join_windows(parts, map, joined.maps[map]);
  }
  return joined;
}

}  // namespace attnviz
