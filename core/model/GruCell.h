#pragma once
// The GRU update of MODEL_SPEC.md ("Encoder"), shared by both encoder
// directions and the decoder's GRUCell. Callers compute the two gate
// projections themselves (the encoder does all input projections of a
// sentence in one matrix product), so this only combines them.

#include "model/Seq2SeqWeights.h"

#include <Eigen/Core>

namespace attnviz {

// Given gates_x = W_i x + b_i and gates_h = W_h h + b_h, each laid out
// [r; z; n] as in PyTorch, overwrites `state` (h) with h':
//   r = sigmoid(x_r + h_r), z = sigmoid(x_z + h_z),
//   n = tanh(x_n + r * h_n), h' = (1 - z) * n + z * h.
// `gates_h` is used as scratch and left holding [r; z; n].
void gru_update(const Eigen::Ref<const Vector>& gates_x, Eigen::Ref<Vector> gates_h,
                Eigen::Ref<Vector> state);

}  // namespace attnviz
