#include "decoding/TargetPrefix.h"

#include <algorithm>

namespace attnviz {

TargetPrefix make_target_prefix(const std::vector<Token>& tokens, const Vocabulary& vocab) {
  TargetPrefix prefix;
  for (const Token& token : tokens) {
    prefix.ids.push_back(vocab.id(token.text));
    prefix.labels.push_back(token.text);
    prefix.unknown.push_back(!vocab.contains(token.text));
  }
  return prefix;
}

std::vector<std::string> prefixed_labels(const std::vector<PathStep>& path, const TargetPrefix& prefix,
                                         const Vocabulary& vocab) {
  std::vector<std::string> labels = token_labels(path, vocab);
  const size_t forced = std::min(labels.size(), prefix.labels.size());
  std::copy_n(prefix.labels.begin(), forced, labels.begin());
  return labels;
}

void mark_forced_prefix(Alignment& alignment, const TargetPrefix& prefix) {
  if (prefix.ids.empty()) return;
  const size_t rows = alignment.target_tokens.size(), forced = std::min(rows, prefix.ids.size());
  alignment.target_forced.assign(rows, false);
  std::fill_n(alignment.target_forced.begin(), forced, true);
  alignment.target_unknown.assign(rows, false);
  std::copy_n(prefix.unknown.begin(), forced, alignment.target_unknown.begin());
}

}  // namespace attnviz
