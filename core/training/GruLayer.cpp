#include "training/GruLayer.h"

namespace attnviz {
namespace {

template <class Derived>
auto sigmoid(const Eigen::ArrayBase<Derived>& x) {
  return 1.0f / (1.0f + (-x).exp());
}

}  // namespace

void GruLayer::resize(int steps, int batch, int hidden) {
  batch_ = batch;
  hidden_ = hidden;
  const Eigen::Index n = static_cast<Eigen::Index>(steps) * batch;
  input_gates_.resize(n, 3 * hidden);
  hidden_gates_.resize(n, 3 * hidden);
  input_grad_.resize(n, 3 * hidden);
  hidden_grad_.resize(n, 3 * hidden);
  r_.resize(n, hidden);
  z_.resize(n, hidden);
  n_.resize(n, hidden);
}

ConstMatrixRef GruLayer::input_gate_gradients(int t) const {
  return input_grad_.middleRows(rows(t), batch_);
}

//   gh = h W_hh^T + b_hh                      [B, 3H]
//   r  = sigmoid(gi_r + gh_r),  z = sigmoid(gi_z + gh_z)
//   n  = tanh(gi_n + r * gh_n),  h' = (1 - z) * n + z * h
void GruLayer::forward_step(const GruWeights& w, int t, ConstMatrixRef h_prev, MatrixRef h_new) {
  const Eigen::Index H = hidden_, first = rows(t);
  auto gi = input_gates_.middleRows(first, batch_);
  auto gh = hidden_gates_.middleRows(first, batch_);
  gh.noalias() = h_prev * w.weight_hh.transpose();
  gh.rowwise() += w.bias_hh.transpose();
  auto r = r_.middleRows(first, batch_).array();
  auto z = z_.middleRows(first, batch_).array();
  auto n = n_.middleRows(first, batch_).array();
  r = sigmoid(gi.leftCols(H).array() + gh.leftCols(H).array());
  z = sigmoid(gi.middleCols(H, H).array() + gh.middleCols(H, H).array());
  n = (gi.rightCols(H).array() + r * gh.rightCols(H).array()).tanh();
  h_new.array() = (1.0f - z) * n + z * h_prev.array();
}

//   dn = dh (1 - z),  dz = dh (h - n),  dh_prev = dh z + dgh W_hh
//   dgi = [dr_pre, dz_pre, dn_pre],  dgh = [dr_pre, dz_pre, dn_pre * r]
void GruLayer::backward_step(const GruWeights& w, int t, ConstMatrixRef h_prev, ConstMatrixRef dh,
                             MatrixRef dh_prev) {
  const Eigen::Index H = hidden_, first = rows(t);
  auto r = r_.middleRows(first, batch_).array();
  auto z = z_.middleRows(first, batch_).array();
  auto n = n_.middleRows(first, batch_).array();
  auto gh_n = hidden_gates_.middleRows(first, batch_).rightCols(H).array();
  auto dgi = input_grad_.middleRows(first, batch_);
  auto dgh = hidden_grad_.middleRows(first, batch_);
  dgi.rightCols(H).array() = dh.array() * (1.0f - z) * (1.0f - n.square());
  dgi.middleCols(H, H).array() = dh.array() * (h_prev.array() - n) * z * (1.0f - z);
  dgi.leftCols(H).array() = dgi.rightCols(H).array() * gh_n * r * (1.0f - r);
  dgh.leftCols(2 * H) = dgi.leftCols(2 * H);
  dgh.rightCols(H).array() = dgi.rightCols(H).array() * r;
  dh_prev.array() = dh.array() * z;
  dh_prev.noalias() += dgh * w.weight_hh;
}

void GruLayer::add_recurrent_gradients(GruWeights& grad, ConstMatrixRef h_prevs) const {
  grad.weight_hh.noalias() += hidden_grad_.transpose() * h_prevs;
  grad.bias_hh += hidden_grad_.colwise().sum().transpose();
  grad.bias_ih += input_grad_.colwise().sum().transpose();
}

}  // namespace attnviz
