#include "decoding/EachSentence.h"

#include "alignment/JoinedSentences.h"
#include "decoding/TextSteering.h"
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

// A sentence's columns: its words and its </s>.
int columns_of(const std::vector<Token>& sentence) {
  return static_cast<int>(std::min(sentence.size(), static_cast<size_t>(kMaxSourceTokens))) + 1;
}

// Prefix sentence i for source sentence i; the last takes whatever is left.
std::vector<std::vector<Token>> prefix_parts(const std::vector<Token>& prefix, size_t sentences) {
  std::vector<std::vector<Token>> parts(sentences);
  if (prefix.empty()) return parts;
  const std::vector<std::vector<Token>> split = split_sentences(prefix);
  for (size_t i = 0; i < split.size(); ++i) {
    std::vector<Token>& part = parts[std::min(i, sentences - 1)];
    part.insert(part.end(), split[i].begin(), split[i].end());
  }
  return parts;
}

}  // namespace

int source_positions(const std::vector<Token>& source) {
  const CutText text = cut_and_split(source);
  int columns = 0;
  for (const std::vector<Token>& sentence : text.sentences) columns += columns_of(sentence);
  return columns;
}

Alignment decode_each_sentence(const std::vector<Token>& source, const std::vector<Token>& prefix,
                               const DecodeOptions& options, const DecodeOne& decode) {
  const CutText text = cut_and_split(source);
  TextSteering steering(options, source_positions(source));
  if (text.sentences.size() == 1) {
    Alignment alignment = decode(source, steering.next(columns_of(source), prefix));
    steering.done(columns_of(source), alignment);
    steering.check_pins();
    return alignment;
  }
  std::vector<std::vector<Token>> prefixes = prefix_parts(prefix, text.sentences.size());
  std::vector<Alignment> parts;
  for (size_t i = 0; i < text.sentences.size(); ++i) {
    const int columns = columns_of(text.sentences[i]);
    parts.push_back(decode(text.sentences[i], steering.next(columns, std::move(prefixes[i]))));
    steering.done(columns, parts.back());
  }
  steering.check_pins();
  return with_dropped(join_sentences(std::move(parts)), text.dropped);
}

Alignment force_each_sentence(const std::vector<Token>& source, const std::vector<Token>& target,
                              const DecodeOptions& options, const ForceOne& force) {
  const CutText text = cut_and_split(source);
  const std::vector<std::vector<Token>> targets = split_sentences(target);
  if (text.sentences.size() == 1 || targets.size() != text.sentences.size()) {
    // The whole source as one sentence: one </s>.
    const int columns = columns_of(source);
    TextSteering steering(options, columns);
    Alignment alignment = force(source, target, steering.next(columns, {}));
    steering.done(columns, alignment);
    steering.check_pins();
    return alignment;
  }
  TextSteering steering(options, source_positions(source));
  std::vector<Alignment> parts;
  for (size_t i = 0; i < targets.size(); ++i) {
    const int columns = columns_of(text.sentences[i]);
    parts.push_back(force(text.sentences[i], targets[i], steering.next(columns, {})));
    steering.done(columns, parts.back());
  }
  steering.check_pins();
  return with_dropped(join_sentences(std::move(parts)), text.dropped);
}

}  // namespace attnviz
