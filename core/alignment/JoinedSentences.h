#pragma once
// One alignment for a text whose sentences were decoded one by one.
//
// Each sentence keeps what its decoding saw: its own source </s> column and
// its emitted </s> row. Every map becomes block-diagonal: a sentence's rows
// attend only to its own columns, and the weights outside its block are 0,
// exactly what the model computed (it never saw the other sentences).

#include "alignment/Alignment.h"

namespace attnviz {

// `parts` in text order, each from the same model (the same list of maps).
// The tokens, steps and log-probabilities follow one another; the
// translation is the parts' translations, one sentence after the other. Raw
// scores are kept for a single part only: between sentences none exist, and
// a made-up value would be read as one. Per-row flags stay one per row;
// beam trees follow one another, their steps counted in joined rows; a
// local model's windows keep to their own sentence's columns.
Alignment join_sentences(std::vector<Alignment> parts);

}  // namespace attnviz
