#include "decoding/GreedySearch.h"

#include "decoding/SinglePath.h"
#include "decoding/TargetPrefix.h"

namespace attnviz {

// The steering's prefix is forced first; from there each step emits its
// most probable token, so the continuation is greedy search from the prefix.
Alignment greedy_search(const SearchInput& input) {
  const TargetPrefix prefix = make_target_prefix(input.steering.prefix, input.target_vocab);
  DecodeTrace trace(input.max_steps, input.decoder, input.options.top_k);
  const std::vector<PathStep> path = follow_single_path(
      input, trace, input.max_steps, [&](Eigen::Index t, int best) { return prefix.token(t, best); });
  Alignment alignment = trace.to_alignment(path, prefixed_labels(path, prefix, input.target_vocab),
                                           input.source, input.target_vocab);
  mark_forced_prefix(alignment, prefix);
  alignment.mode = DecodeMode::Greedy;
  return alignment;
}

}  // namespace attnviz
