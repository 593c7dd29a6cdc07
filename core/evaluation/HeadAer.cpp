#include "evaluation/HeadAer.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/EndOfSentence.h"
#include "alignment/HardAlignment.h"
#include "tokens/Tokenizer.h"

#include <algorithm>
#include <stdexcept>

namespace attnviz {
namespace {

// hard_links on one map instead of the primary: each target word row
// links to the source word it attends to most, </s> left out.
std::vector<Link> head_links(const Alignment& forced, const AttentionMap& map) {
  const RowMatrix words = map.weights.topLeftCorner(target_word_count(forced), source_word_count(forced));
  const std::vector<int> columns = argmax_columns(words);
  std::vector<Link> links;
  for (size_t t = 0; t < columns.size(); ++t)
    if (columns[t] >= 0) links.emplace_back(columns[t], static_cast<int>(t));
  return links;
}

bool is_cross_head(const AttentionMap& map) { return map.kind == MapKind::Cross && is_single_head(map); }

}  // namespace

std::vector<HeadAer> head_aers(const AttentionModel& model, const std::vector<SentencePair>& pairs) {
  std::vector<HeadAer> heads;
  std::vector<AerCounts> counts;
  for (const SentencePair& pair : pairs) {
    const Alignment forced = model.force(join_tokens(pair.source), join_tokens(pair.target), {});
    size_t k = 0;
    for (const AttentionMap& map : forced.maps) {
      if (!is_cross_head(map)) continue;
      if (k == heads.size()) {
        heads.push_back({map.layer, map.head, 0.0});
        counts.emplace_back();
      }
      counts[k++] += count_aer(head_links(forced, map), pair.gold);
    }
  }
  for (size_t k = 0; k < heads.size(); ++k) heads[k].aer = counts[k].rate();
  return heads;
}

const HeadAer& best_head(const std::vector<HeadAer>& heads) {
  if (heads.empty()) throw std::invalid_argument("best_head: no heads");
  return *std::min_element(heads.begin(), heads.end(),
                           [](const HeadAer& a, const HeadAer& b) { return a.aer < b.aer; });
}

}  // namespace attnviz
