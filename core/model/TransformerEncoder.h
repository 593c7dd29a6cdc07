#pragma once
// The encoder of TRANSFORMER_SPEC.md, run once per sentence:
//   x_i = E_src[src_i] * sqrt(d) + PE[i]
//   each layer: x = LN1(x + SelfAttn(x));  x = LN2(x + FF(x))
//   memory = encoder.norm(x)

#include "alignment/AttentionMap.h"
#include "model/HeadMask.h"
#include "model/TransformerFile.h"

#include <vector>

namespace attnviz {

struct EncodedSource {
  RowMatrix memory;                // [n, d]
  std::vector<AttentionMap> maps;  // encoder_self, layer by layer and head by head, n x n
};

// `positions`: the positional table, at least n rows (the caller checks n);
// `mask`: encoder self-attention heads switched off.
EncodedSource encode_source(const TransformerModelData& model, const RowMatrix& positions, const std::vector<int>& ids,
                            const HeadMask& mask = HeadMask());

// E[id] * sqrt(d) + PE[position] for each id: what both stacks read.
RowMatrix embed(const RowMatrix& table, const RowMatrix& positions, const std::vector<int>& ids);

// FF(x) = linear2(relu(linear1(x))), on every row.
RowMatrix feed_forward(const FeedForwardWeights& w, const RowMatrix& x);

}  // namespace attnviz
