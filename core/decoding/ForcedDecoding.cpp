#include "decoding/ForcedDecoding.h"

#include "decoding/SinglePath.h"
#include "decoding/TargetPrefix.h"

namespace attnviz {

Alignment forced_decoding(const SearchInput& input, const std::vector<Token>& target) {
  TargetPrefix forced = make_target_prefix(target, input.target_vocab);
  forced.ids.push_back(Vocabulary::kEos);
  forced.labels.push_back(input.target_vocab.token(Vocabulary::kEos));
  forced.unknown.push_back(false);
  const Eigen::Index steps = forced.size();
  DecodeTrace trace(steps, input.decoder, input.options.top_k);
  const std::vector<PathStep> path = follow_single_path(
      input, trace, steps, [&](Eigen::Index t, int) { return forced.ids[static_cast<size_t>(t)]; });
  forced.labels.resize(path.size());  // a literal </s> inside the target ends it early
  forced.unknown.resize(path.size());
  Alignment alignment = trace.to_alignment(path, std::move(forced.labels), input.source,
                                           input.target_vocab);
  alignment.target_unknown = std::move(forced.unknown);
  alignment.mode = DecodeMode::Forced;
  return alignment;
}

}  // namespace attnviz
