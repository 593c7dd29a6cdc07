#include "decoding/GreedySearch.h"

#include "decoding/SinglePath.h"

namespace attnviz {

Alignment greedy_search(const SearchInput& input) {
  DecodeTrace trace(input.max_steps, input.decoder, input.options.top_k);
  const std::vector<PathStep> path =
      follow_single_path(input, trace, input.max_steps, [](Eigen::Index, int best) { return best; });
  Alignment alignment = trace.to_alignment(path, token_labels(path, input.target_vocab),
                                           input.source, input.target_vocab);
  alignment.mode = DecodeMode::Greedy;
  return alignment;
}

}  // namespace attnviz
