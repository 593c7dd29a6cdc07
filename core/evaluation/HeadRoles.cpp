#include "evaluation/HeadRoles.h"

#include "alignment/AlignmentErrorRate.h"
#include "alignment/EndOfSentence.h"
#include "alignment/HardAlignment.h"
#include "tokens/Tokenizer.h"

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

// Sums one sentence into `heads` (made on the first) and `counts`.
void add_sentence(const Alignment& forced, const SentencePair& pair, std::vector<HeadRoles>& heads,
                  std::vector<AerCounts>& counts) {
  size_t k = 0;
  for (const AttentionMap& map : forced.maps) {
    if (!is_single_head(map)) continue;
    if (k == heads.size()) {
      heads.push_back({map.kind, map.layer, map.head, {}, std::nullopt, {}});
      counts.emplace_back();
    }
    heads[k].tally += tally_roles(map, forced.labels(map.cols));
    if (map.kind == MapKind::Cross) counts[k] += count_aer(head_links(forced, map), pair.gold);
    ++k;
  }
}

}  // namespace

std::vector<HeadRoles> head_roles(const AttentionModel& model, const std::vector<SentencePair>& pairs) {
  std::vector<HeadRoles> heads;
  std::vector<AerCounts> counts;
  for (const SentencePair& pair : pairs)
    add_sentence(model.force(join_tokens(pair.source), join_tokens(pair.target), {}), pair, heads, counts);
  for (size_t k = 0; k < heads.size(); ++k) {
    if (heads[k].kind == MapKind::Cross) heads[k].aer = counts[k].rate();
    heads[k].role = role_of(heads[k].tally, heads[k].kind, heads[k].aer);
  }
  return heads;
}

}  // namespace attnviz
