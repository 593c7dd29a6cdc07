#include "decoding/SourceSentence.h"

#include "alignment/Alignment.h"

#include <algorithm>

namespace attnviz {

SourceSentence make_source_sentence(const std::vector<Token>& tokens, const Vocabulary& vocab) {
  const size_t kept = std::min(tokens.size(), static_cast<size_t>(kMaxSourceTokens));
  SourceSentence source;
  source.dropped = static_cast<int>(tokens.size() - kept);
  for (size_t i = 0; i < kept; ++i) {
    source.ids.push_back(vocab.id(tokens[i].text));
    source.labels.push_back(tokens[i].surface);
    source.unknown.push_back(!vocab.contains(tokens[i].text));
  }
  source.ids.push_back(Vocabulary::kEos);
  source.labels.push_back(vocab.token(Vocabulary::kEos));
  source.unknown.push_back(false);
  return source;
}

}  // namespace attnviz
