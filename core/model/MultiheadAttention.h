#pragma once
// torch.nn.MultiheadAttention as TRANSFORMER_SPEC.md writes it:
//   Q = X W_q^T + b_q,  K = M W_k^T + b_k,  V = M W_v^T + b_v
//   A_a = softmax_row(Q_a K_a^T / sqrt(d_k) + mask)    head a: columns a*d_k .. (a+1)*d_k - 1
//   out = concat_a(A_a V_a) W_o^T + b_o
// Q is scaled before the product, as PyTorch does, so that the maps agree
// with torch's to the last bits. The scores a map keeps are the scaled
// products before the softmax (and before any mask).

#include "model/TransformerWeights.h"

#include <span>

#include <vector>

namespace attnviz {

// Each head's map: weights and scores, [queries, keys].
struct HeadMaps {
  std::vector<RowMatrix> weights;
  std::vector<RowMatrix> scores;
};

// Every query of `queries` [r, d] against every row of `memory` [m, d];
// `causal` lets query i see keys 0..i only; heads flagged in `off` (one
// flag per head, or empty) are left out of the output, their maps kept.
// Returns out [r, d].
RowMatrix attend_all(const MultiheadAttentionWeights& w, int heads, const RowMatrix& queries,
                     const RowMatrix& memory, bool causal, HeadMaps& maps, std::span<const char> off = {});

// One query (already projected, [d]) against the first `length` rows of
// projected `keys` and `values` (a cache, or the encoder's memory): each
// head's weights and scores go to row a of `weights` and `scores`, the
// concatenated heads (before out_proj) to `context`. Allocates nothing.
// `query` is scaled in place.
void attend_one(Eigen::Ref<Eigen::VectorXf> query, const RowMatrix& keys, const RowMatrix& values,
                Eigen::Index length, int heads, Eigen::Ref<RowMatrix> weights, Eigen::Ref<RowMatrix> scores,
                Eigen::VectorXf& context);

// out = W_o context + b_o.
void project_out(const MultiheadAttentionWeights& w, const Eigen::VectorXf& context, Eigen::VectorXf& out);

// PyTorch's factor on Q: sqrt(1 / d_k) in double, used as a float.
float query_scale(Eigen::Index head_size);

}  // namespace attnviz
