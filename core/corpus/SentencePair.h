#pragma once
// One parallel sentence with its reference word alignment: what the corpus
// generator emits and what the evaluation scores a model against.
//
// The token lists are exactly what `Tokenizer` makes of them joined with
// single spaces (`join_tokens` in tokens/Tokenizer.h), so a model reads the
// same tokens the gold alignment indexes.

#include "alignment/GoldAlignment.h"

#include <string>
#include <vector>

namespace attnviz {

struct SentencePair {
  std::vector<std::string> source;  // English tokens, lowercase, without </s>
  std::vector<std::string> target;  // French tokens, lowercase, without </s>
  GoldAlignment gold;               // links index `source` and `target`
};

}  // namespace attnviz
