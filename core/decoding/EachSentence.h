#pragma once
// Decoding a typed text sentence by sentence (tokens/Sentences.h says why),
// for any model family: the family decodes one sentence, this splits the
// text and joins the results (alignment/JoinedSentences.h).

#include "alignment/Alignment.h"
#include "tokens/Tokenizer.h"

#include <functional>
#include <vector>

namespace attnviz {

using DecodeOne = std::function<Alignment(const std::vector<Token>& source)>;
using ForceOne = std::function<Alignment(const std::vector<Token>& source, const std::vector<Token>& target)>;

// The text is cut to kMaxSourceTokens first (the notice counts what was
// cut), then each sentence is decoded on its own.
Alignment decode_each_sentence(const std::vector<Token>& source, const DecodeOne& decode);

// Sentence i of the source is forced onto sentence i of the target when both
// have as many sentences; otherwise the whole source onto the whole target,
// since no pairing of the sentences would be more than a guess.
Alignment force_each_sentence(const std::vector<Token>& source, const std::vector<Token>& target,
                              const ForceOne& force);

}  // namespace attnviz
