#include "decoding/ForcedDecoding.h"

#include "decoding/SinglePath.h"

namespace attnviz {
namespace {

struct ForcedTarget {
  std::vector<int> ids;
  std::vector<std::string> labels;
  std::vector<bool> unknown;
};

ForcedTarget forced_target(const std::vector<Token>& target, const Vocabulary& vocab) {
  ForcedTarget forced;
  for (const Token& token : target) {
    forced.ids.push_back(vocab.id(token.text));
    forced.labels.push_back(token.text);
    forced.unknown.push_back(!vocab.contains(token.text));
  }
  forced.ids.push_back(Vocabulary::kEos);
  forced.labels.push_back(vocab.token(Vocabulary::kEos));
  forced.unknown.push_back(false);
  return forced;
}

}  // namespace

Alignment forced_decoding(const SearchInput& input, const std::vector<Token>& target) {
  ForcedTarget forced = forced_target(target, input.target_vocab);
  const auto steps = static_cast<Eigen::Index>(forced.ids.size());
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
