#include "classification/BidirectionalGru.h"

#include "model/GruCell.h"

namespace attnviz {
namespace {

// Writes one direction's states into columns [column, column + H) of `out`.
void run_direction(const GruWeights& gru, const RowMatrix& inputs, bool reverse, Eigen::Index column,
                   RowMatrix& out) {
  const Eigen::Index n = inputs.rows(), H = gru.weight_hh.cols();
  RowMatrix gates_x = inputs * gru.weight_ih.transpose();  // all input projections in one product
  gates_x.rowwise() += gru.bias_ih.transpose();
  Vector state = Vector::Zero(H), gates_h(3 * H);
  for (Eigen::Index k = 0; k < n; ++k) {
    const Eigen::Index i = reverse ? n - 1 - k : k;
    gates_h.noalias() = gru.weight_hh * state;
    gates_h += gru.bias_hh;
    gru_update(gates_x.row(i).transpose(), gates_h, state);
    out.row(i).segment(column, H) = state.transpose();
  }
}

}  // namespace

RowMatrix run_bidirectional_gru(const GruWeights& forward, const GruWeights& backward, const RowMatrix& inputs) {
  const Eigen::Index H = forward.weight_hh.cols();
  RowMatrix out(inputs.rows(), 2 * H);
  run_direction(forward, inputs, false, 0, out);
  run_direction(backward, inputs, true, H, out);
  return out;
}

}  // namespace attnviz
