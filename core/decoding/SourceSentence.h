#pragma once
// A source sentence as the encoder reads it and as the heatmap labels it.

#include "tokens/Tokenizer.h"
#include "tokens/Vocabulary.h"

#include <string>
#include <vector>

namespace attnviz {

struct SourceSentence {
  std::vector<int> ids;             // vocabulary ids; the last is </s>
  std::vector<std::string> labels;  // the words as typed; the last is "</s>"
  std::vector<bool> unknown;        // true where the vocabulary lacks the word
  int dropped = 0;                  // words cut beyond kMaxSourceTokens
};

// Maps tokens to ids, keeps at most kMaxSourceTokens of them and appends </s>.
SourceSentence make_source_sentence(const std::vector<Token>& tokens, const Vocabulary& vocab);

}  // namespace attnviz
