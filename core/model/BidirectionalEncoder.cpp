#include "model/BidirectionalEncoder.h"

#include "model/GruCell.h"

namespace attnviz {

BidirectionalEncoder::BidirectionalEncoder(const Seq2SeqWeights& weights,
                                           const ModelConfig& config)
    : weights_(weights), hidden_(config.hidden), gates_h_(3 * config.hidden),
      state_(config.hidden) {}

RowMatrix BidirectionalEncoder::encode(const std::vector<int>& ids) {
  const Eigen::Index n = static_cast<Eigen::Index>(ids.size());
  embedded_.resize(n, weights_.encoder_embedding.cols());
  for (Eigen::Index i = 0; i < n; ++i) embedded_.row(i) = weights_.encoder_embedding.row(ids[i]);
  RowMatrix annotations(n, 2 * hidden_);
  run_direction(weights_.encoder_forward, false, 0, annotations);
  run_direction(weights_.encoder_backward, true, hidden_, annotations);
  return annotations;
}

void BidirectionalEncoder::run_direction(const GruWeights& gru, bool backward,
                                         Eigen::Index column, RowMatrix& annotations) {
  // The input projections do not depend on the recurrence: one GEMM for the
  // whole sentence instead of n GEMVs.
  gates_x_.noalias() = embedded_ * gru.weight_ih.transpose();
  gates_x_.rowwise() += gru.bias_ih.transpose();
  state_.setZero();
  const Eigen::Index n = annotations.rows();
  for (Eigen::Index step = 0; step < n; ++step) {
    const Eigen::Index i = backward ? n - 1 - step : step;
    gates_h_ = gru.bias_hh;
    gates_h_.noalias() += gru.weight_hh * state_;
    gru_update(gates_x_.row(i).transpose(), gates_h_, state_);
    annotations.row(i).segment(column, hidden_) = state_.transpose();
  }
}

}  // namespace attnviz
