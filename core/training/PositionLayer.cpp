#include "training/PositionLayer.h"

#include "model/AttentionMechanism.h"

#include <cmath>

namespace attnviz {

void PositionLayer::prepare(const Seq2SeqWeights& w, std::span<const int> lengths, int target_steps) {
  lengths_ = lengths;
  batch_ = static_cast<int>(lengths.size());
  const Eigen::Index steps = static_cast<Eigen::Index>(target_steps) * batch_;
  hidden_.resize(steps, w.position_v.size());
  dpreactivations_.resize(steps, w.position_v.size());
  logits_.resize(steps);
  dlogits_.resize(steps);
}

// u = tanh(q W_p^T) for the whole step, x = u . v_p, p = n * sigmoid(x)
void PositionLayer::forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                 Eigen::Ref<Vector> positions) {
  const Eigen::Index first = static_cast<Eigen::Index>(t) * batch_;
  auto hidden = hidden_.middleRows(first, batch_);
  hidden.noalias() = queries * w.position_weight.transpose();
  hidden = hidden.array().tanh().matrix();
  logits_.segment(first, batch_).noalias() = hidden * w.position_v;
  for (int b = 0; b < batch_; ++b) positions[b] = predicted_position(logits_[first + b], lengths_[b]);
}

//   dx = dp * n * sigmoid(x) (1 - sigmoid(x)),  du = dx v_p,  dz = du (1 - u^2),  dq += dz W_p
void PositionLayer::backward_step(const Seq2SeqWeights& w, int t, const Vector& dpositions, MatrixRef dqueries) {
  const Eigen::Index first = static_cast<Eigen::Index>(t) * batch_;
  for (int b = 0; b < batch_; ++b) {
    const float sigmoid = 1.0f / (1.0f + std::exp(-logits_[first + b]));
    dlogits_[first + b] = dpositions[b] * static_cast<float>(lengths_[b]) * sigmoid * (1.0f - sigmoid);
  }
  auto dpre = dpreactivations_.middleRows(first, batch_);
  const auto hidden = hidden_.middleRows(first, batch_);
  dpre.noalias() = dlogits_.segment(first, batch_) * w.position_v.transpose();
  dpre.array() *= 1.0f - hidden.array().square();
  dqueries.noalias() += dpre * w.position_weight;
}

void PositionLayer::finish_backward(ConstMatrixRef queries, Seq2SeqWeights& grad) const {
  grad.position_weight.noalias() += dpreactivations_.transpose() * queries;
  grad.position_v.noalias() += hidden_.transpose() * dlogits_;
}

}  // namespace attnviz
