#pragma once

#include "alignment/AttentionMap.h"

namespace attnviz {

// TRANSFORMER_SPEC.md, "Embeddings": PE[p, 2k] = sin(p / 10000^(2k/d)),
// PE[p, 2k+1] = cos(p / 10000^(2k/d)), for p = 0 .. positions-1. Computed
// in double and rounded once to float, as the PyTorch reference does.
RowMatrix positional_encoding(int positions, int d);

}  // namespace attnviz
