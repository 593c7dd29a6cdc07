#pragma once
// One GRU (PyTorch's equations, gate order r, z, n) run over `steps` blocks
// of `batch` rows, keeping what backpropagation through time needs.
//
// The caller projects the inputs of all steps at once into input_gates()
// (W_ih x + b_ih, one big GEMM), then calls forward_step for t = 0, 1, ...
// and backward_step in reverse order, and finally the weight gradients are
// one GEMM each over all steps.

#include "model/Seq2SeqWeights.h"

namespace attnviz {

using MatrixRef = Eigen::Ref<RowMatrix>;
using ConstMatrixRef = Eigen::Ref<const RowMatrix>;

class GruLayer {
 public:
  void resize(int steps, int batch, int hidden);

  // [steps * batch, 3H]: filled by the caller before the forward steps.
  RowMatrix& input_gates() { return input_gates_; }
  // [steps * batch, 3H]: d loss / d (W_ih x + b_ih), valid after the backward steps.
  const RowMatrix& input_gate_gradients() const { return input_grad_; }
  // Rows of step t of the input-gate gradients.
  ConstMatrixRef input_gate_gradients(int t) const;

  void forward_step(const GruWeights& w, int t, ConstMatrixRef h_prev, MatrixRef h_new);
  // dh: gradient at h_new of step t; writes dh_prev (overwrites).
  void backward_step(const GruWeights& w, int t, ConstMatrixRef h_prev, ConstMatrixRef dh,
                     MatrixRef dh_prev);
  // dW_hh, b_hh, b_ih from all steps; `h_prevs` stacks every step's h_prev.
  void add_recurrent_gradients(GruWeights& grad, ConstMatrixRef h_prevs) const;

 private:
  Eigen::Index rows(int t) const { return static_cast<Eigen::Index>(t) * batch_; }

  int batch_ = 0, hidden_ = 0;
  RowMatrix input_gates_, hidden_gates_;  // gi and gh = W_hh h + b_hh, both [steps * B, 3H]
  RowMatrix r_, z_, n_;                   // [steps * B, H] gate activations
  RowMatrix input_grad_, hidden_grad_;    // [steps * B, 3H]
};

}  // namespace attnviz
