#pragma once
// What steers one sentence's decode away from the model's own choices
// (issue 16, "what if"): a target prefix to force before decoding freely,
// and the attention interventions. decode_each_sentence (EachSentence.h)
// cuts DecodeOptions' text-wide requests into one Steering per sentence.

#include "decoding/AttentionEdit.h"
#include "tokens/Tokenizer.h"

#include <vector>

namespace attnviz {

struct Steering {
  std::vector<Token> prefix;  // forced first; empty = decode freely from <s>
  AttentionEdit edit;         // positions and steps of this sentence
};

}  // namespace attnviz
