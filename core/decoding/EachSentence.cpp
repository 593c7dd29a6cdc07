#include "decoding/EachSentence.h"

#include "alignment/JoinedSentences.h"
#include "tokens/Sentences.h"

#include <algorithm>

namespace attnviz {
namespace {

struct CutText {
  std::vector<std::vector<Token>> sentences;
  int dropped = 0;
};

CutText cut_and_split(const std::vector<Token>& tokens) {
  const size_t kept = std::min(tokens.size(), static_cast<size_t>(kMaxSourceTokens));
  return {split_sentences({tokens.begin(), tokens.begin() + static_cast<std::ptrdiff_t>(kept)}),
          static_cast<int>(tokens.size() - kept)};
}

Alignment with_dropped(Alignment alignment, int dropped) {
  alignment.source_tokens_dropped = dropped;
  return alignment;
}

}  // namespace

Alignment decode_each_sentence(const std::vector<Token>& source, const DecodeOne& decode) {
  const CutText text = cut_and_split(source);
  if (text.sentences.size() == 1) return decode(source);
  std::vector<Alignment> parts;
  for (const std::vector<Token>& sentence : text.sentences) parts.push_back(decode(sentence));
  return with_dropped(join_sentences(std::move(parts)), text.dropped);
}

Alignment force_each_sentence(const std::vector<Token>& source, const std::vector<Token>& target,
                              const ForceOne& force) {
  const CutText text = cut_and_split(source);
  const std::vector<std::vector<Token>> targets = split_sentences(target);
  if (text.sentences.size() == 1 || targets.size() != text.sentences.size()) return force(source, target);
  std::vector<Alignment> parts;
  for (size_t i = 0; i < targets.size(); ++i) parts.push_back(force(text.sentences[i], targets[i]));
  return with_dropped(join_sentences(std::move(parts)), text.dropped);
}

}  // namespace attnviz
