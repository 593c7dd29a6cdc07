#pragma once
// What every decoding strategy starts from: an encoded sentence ready to
// step through, its labels, the limits of the search, and what steers it.

#include "decoding/DecodeOptions.h"
#include "decoding/SourceSentence.h"
#include "decoding/Steering.h"
#include "decoding/StepDecoder.h"
#include "tokens/Vocabulary.h"

namespace attnviz {

struct SearchInput {
  StepDecoder& decoder;         // the GRU's or the Transformer's steps
  const SourceSentence& source;
  const Vocabulary& target_vocab;
  int max_steps;                // floor(max_len_ratio * n) + 10 (MODEL_SPEC.md, "Tokens")
  DecodeOptions options;
  Steering steering = {};     // this sentence's prefix and attention edit (issue 16)
};

}  // namespace attnviz
