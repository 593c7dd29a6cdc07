#pragma once
// Decoding a typed text sentence by sentence (tokens/Sentences.h says why),
// for any model family: the family decodes one sentence, this splits the
// text and joins the results (alignment/JoinedSentences.h), and gives each
// sentence its share of the what-if requests (decoding/TextSteering.h).

#include "alignment/Alignment.h"
#include "decoding/DecodeOptions.h"
#include "decoding/Steering.h"
#include "tokens/Tokenizer.h"

#include <functional>
#include <vector>

namespace attnviz {

using DecodeOne = std::function<Alignment(const std::vector<Token>& source, const Steering& steering)>;
using ForceOne = std::function<Alignment(const std::vector<Token>& source, const std::vector<Token>& target,
                                         const Steering& steering)>;

// The text is cut to kMaxSourceTokens first (the notice counts what was
// cut), then each sentence is decoded on its own. Sentence i of `prefix`
// (DecodeOptions::target_prefix, tokenized) starts the translation of
// sentence i; a prefix of more sentences than the text gives the rest to
// the last. Masks and pins are over the whole text; one that names nothing
// of it throws SteeringError.
Alignment decode_each_sentence(const std::vector<Token>& source, const std::vector<Token>& prefix,
                               const DecodeOptions& options, const DecodeOne& decode);

// Sentence i of the source is forced onto sentence i of the target when both
// have as many sentences; otherwise the whole source onto the whole target,
// since no pairing of the sentences would be more than a guess. Masks and
// pins apply as in decode_each_sentence.
Alignment force_each_sentence(const std::vector<Token>& source, const std::vector<Token>& target,
                              const DecodeOptions& options, const ForceOne& force);

// The source positions (columns) the result of decode_each_sentence has:
// the kept tokens, plus one </s> per sentence.
int source_positions(const std::vector<Token>& source);

}  // namespace attnviz
