#include "training/BiGruPass.h"

namespace attnviz {
namespace {

void project_inputs(const GruWeights& w, const RowMatrix& inputs, GruLayer& gru) {
  gru.input_gates().noalias() = inputs * w.weight_ih.transpose();
  gru.input_gates().rowwise() += w.bias_ih.transpose();
}

}  // namespace

void BiGruPass::forward(const GruWeights& forward, const GruWeights& backward, const RowMatrix& inputs) {
  const int n = static_cast<int>(inputs.rows());
  const Eigen::Index H = forward.weight_hh.cols();
  inputs_ = inputs;
  forward_gru_.resize(n, 1, static_cast<int>(H));
  backward_gru_.resize(n, 1, static_cast<int>(H));
  project_inputs(forward, inputs_, forward_gru_);
  project_inputs(backward, inputs_, backward_gru_);
  forward_states_.setZero(n + 1, H);
  backward_states_.setZero(n + 1, H);
  for (int i = 0; i < n; ++i)
    forward_gru_.forward_step(forward, i, forward_states_.middleRows(i, 1), forward_states_.middleRows(i + 1, 1));
  for (int i = n - 1; i >= 0; --i)
    backward_gru_.forward_step(backward, i, backward_states_.middleRows(i + 1, 1), backward_states_.middleRows(i, 1));
  outputs_.resize(n, 2 * H);
  outputs_.leftCols(H) = forward_states_.bottomRows(n);
  outputs_.rightCols(H) = backward_states_.topRows(n);
}

void BiGruPass::backward(const GruWeights& forward, const GruWeights& backward, const RowMatrix& doutputs,
                         GruWeights& gforward, GruWeights& gbackward, RowMatrix& dinputs) {
  const int n = static_cast<int>(inputs_.rows());
  const Eigen::Index H = forward.weight_hh.cols();
  carry_.setZero(1, H);
  for (int i = n - 1; i >= 0; --i) {  // the forward direction, from its last step back
    dh_ = doutputs.row(i).head(H) + carry_;
    forward_gru_.backward_step(forward, i, forward_states_.middleRows(i, 1), dh_, carry_);
  }
  carry_.setZero(1, H);
  for (int i = 0; i < n; ++i) {  // the backward direction ran from n - 1 to 0
    dh_ = doutputs.row(i).tail(H) + carry_;
    backward_gru_.backward_step(backward, i, backward_states_.middleRows(i + 1, 1), dh_, carry_);
  }
  forward_gru_.add_recurrent_gradients(gforward, forward_states_.topRows(n));
  backward_gru_.add_recurrent_gradients(gbackward, backward_states_.bottomRows(n));
  gforward.weight_ih.noalias() += forward_gru_.input_gate_gradients().transpose() * inputs_;
  gbackward.weight_ih.noalias() += backward_gru_.input_gate_gradients().transpose() * inputs_;
  dinputs.noalias() = forward_gru_.input_gate_gradients() * forward.weight_ih;
  dinputs.noalias() += backward_gru_.input_gate_gradients() * backward.weight_ih;
}

}  // namespace attnviz
