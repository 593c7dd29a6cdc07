#pragma once
// Teacher forcing: feed a given target sentence to the decoder and record
// how the model attends while producing it, how probable it found each
// forced token and what it would have preferred (MODEL_SPEC.md, "Decoder").

#include "alignment/Alignment.h"
#include "decoding/SearchInput.h"
#include "tokens/Tokenizer.h"

#include <vector>

namespace attnviz {

// `target` is the tokenized target sentence; </s> is appended and forced
// too, so the result's rows are the target tokens plus </s> and its
// logprob is that of the whole forced sequence. Unknown target words are
// forced as <unk> but keep their text as row labels.
Alignment forced_decoding(const SearchInput& input, const std::vector<Token>& target);

}  // namespace attnviz
