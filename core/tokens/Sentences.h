#pragma once
// Where one sentence ends and the next begins, in a tokenized text.
//
// The models were trained on one sentence at a time, so a text of several
// ("Does the dog sleep? Yes, the dog sleeps.") is translated sentence by
// sentence; fed whole, every model translated the first and stopped.

#include "tokens/Tokenizer.h"

#include <string_view>
#include <vector>

namespace attnviz {

// "." "?" "!" "…" "...": the marks that can end a sentence.
bool ends_sentence(std::string_view token);

// The tokens cut after each run of sentence-ending marks that is followed by
// more text ("?!" stays with its sentence). A "." right after a common
// abbreviation ("Mr.", "Dr.", "etc.") or a single letter ("J. Smith") does not
// end a sentence. A text with no such mark is one sentence (an empty text, one
// empty sentence); otherwise no part is empty.
std::vector<std::vector<Token>> split_sentences(const std::vector<Token>& tokens);

}  // namespace attnviz
