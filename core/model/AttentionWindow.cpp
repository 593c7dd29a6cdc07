#include "model/AttentionWindow.h"

namespace attnviz {

AttentionWindow::AttentionWindow(const Seq2SeqWeights& weights, const ModelConfig& config, Eigen::Index length)
    : weights_(weights), mechanism_(config.mechanism), window_(config.window),
      length_(static_cast<int>(length)), position_hidden_(weights.position_v.size()) {}

void AttentionWindow::weigh(const Vector& query, int step, const Vector& energies, Vector& attention) {
  // Hard attention's policy is the global softmax; DecoderStep picks its position.
  if (!is_local(mechanism_)) {
    attention = (energies.array() - energies.maxCoeff()).exp().matrix();
    attention /= attention.sum();
    return;
  }
  const float position = centre_ = place(query, step);
  const WindowSpan span = window_span(position, window_, length_);
  const auto inside = energies.segment(span.first, span.size());
  attention.setZero();
  auto row = attention.segment(span.first, span.size());
  row = (inside.array() - inside.maxCoeff()).exp().matrix();
  row /= row.sum();
  if (mechanism_ != AttentionMechanism::LocalPredicted) return;
  for (int i = span.first; i <= span.last; ++i) attention[i] *= gaussian_weight(i, position, window_);
}

// p_t: local-m's t - 1, or local-p's n * sigmoid(v_p . tanh(W_p q)).
float AttentionWindow::place(const Vector& query, int step) {
  if (mechanism_ == AttentionMechanism::LocalMonotonic) return monotonic_position(step, length_);
  position_hidden_.noalias() = weights_.position_weight * query;
  position_hidden_ = position_hidden_.array().tanh().matrix();
  return predicted_position(weights_.position_v.dot(position_hidden_), length_);
}

}  // namespace attnviz
