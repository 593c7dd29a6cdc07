#pragma once
// "What if the decoder had chosen `token` at step `row`?": decodes the
// sentence of `shown` again with the rows before `row` and `token` forced,
// then freely, with the same beam width (a target prefix, DecodeOptions).
// The sentence is read back from the alignment's own source tokens, so the
// branch needs nothing the result does not carry.

#include "alignment/Alignment.h"
#include "model/AttentionModel.h"

namespace attnviz {

// Throws what the model's translate() throws (e.g. a prefix beyond a
// Transformer's positional table).
Alignment decode_branch(const AttentionModel& model, const Alignment& shown, int row, const std::string& token);

}  // namespace attnviz
