#pragma once
// torch.nn.MultiheadAttention (TRANSFORMER_SPEC.md) over a whole time-major
// mini-batch, with its backward pass. Projections are one GEMM over every
// row of the batch; the per-head softmax(Q K^T) V runs per sentence on
// strided views, so no row of one sentence ever meets another's.
//   Q = (X W_q^T + b_q) s,  K = M W_k^T + b_k,  V = M W_v^T + b_v,  s = 1/sqrt(d_k)
//   A = softmax_row(Q_a K_a^T + mask),  C_a = A V_a,  out = C W_o^T + b_o
// Backward, per sentence and head:
//   dA = dC_a V_a^T,  dS = A * (dA - rowsum(A * dA)),
//   dQ_a = s dS K_a,  dK_a = dS^T Q_a,  dV_a = A^T dC_a

#include "model/TransformerWeights.h"
#include "training/GruLayer.h"

#include <span>

namespace attnviz {

// How the rows of queries and memory are laid out and which keys a query sees.
struct AttentionShape {
  int batch = 0;                  // B; row t * B + b is sentence b at position t
  int query_steps = 0;            // positions per sentence on the query side
  int key_steps = 0;              // positions per sentence on the memory side
  std::span<const int> key_lengths;  // [B] real keys per sentence; later ones are padding
  bool causal = false;            // query i sees keys 0..i only (decoder self-attention)
};

class MultiheadAttentionPass {
 public:
  // queries [query_steps * B, d], memory [key_steps * B, d] -> out [query_steps * B, d].
  void forward(const MultiheadAttentionWeights& w, int heads, ConstMatrixRef queries,
               ConstMatrixRef memory, const AttentionShape& shape, RowMatrix& out);
  // Adds the weights' gradients to grad, d loss / d queries to dqueries and
  // d loss / d memory to dmemory (which may be the same matrix, for self-attention).
  void backward(const MultiheadAttentionWeights& w, ConstMatrixRef queries, ConstMatrixRef memory,
                ConstMatrixRef dout, MultiheadAttentionWeights& grad, RowMatrix& dqueries,
                RowMatrix& dmemory);
  // Head a's weights for sentence b: [query_steps, key_steps], 0 at masked keys.
  RowMatrix::ConstRowsBlockXpr weights(int b, int a) const;

 private:
  void attend(int b, int a);
  void backpropagate(int b, int a);
  int keys_seen(int b, int query) const;

  int heads_ = 0, head_size_ = 0;
  AttentionShape shape_;
  RowMatrix q_, k_, v_;      // projected, Q already scaled; [rows, d]
  RowMatrix context_;        // C, heads side by side; [query rows, d]
  RowMatrix weights_;        // A per (b, a) in rows (b * heads + a) * query_steps; [.., key_steps]
  RowMatrix dq_, dk_, dv_, dcontext_;
  RowMatrix dscores_;        // one (b, a) block's dA, then dS
};

}  // namespace attnviz
