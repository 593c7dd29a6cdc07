#pragma once
// A bidirectional GRU over one sequence of input rows, both directions
// starting from zero (PyTorch's nn.GRU(bidirectional=True) equations, gate
// order r, z, n): row i of the result is [fwd_i ; bwd_i]. The seq2seq
// encoder (model/BidirectionalEncoder.h) is tied to its own weights; the
// hierarchical network runs this at both of its levels.

#include "model/Seq2SeqWeights.h"

namespace attnviz {

// inputs [n, in] -> [n, 2H], H the hidden size of `forward` and `backward`.
RowMatrix run_bidirectional_gru(const GruWeights& forward, const GruWeights& backward, const RowMatrix& inputs);

}  // namespace attnviz
