#include "training/AttentionLayer.h"

namespace attnviz {

void AttentionLayer::prepare(const Seq2SeqWeights& w, const ModelConfig& config,
                             const RowMatrix& annotations, std::span<const int> lengths,
                             int target_steps) {
  mechanism_ = config.mechanism;
  window_ = config.window;
  annotations_ = &annotations;
  lengths_ = lengths;
  batch_ = static_cast<int>(lengths.size());
  source_steps_ = static_cast<int>(annotations.rows()) / batch_;
  const Eigen::Index rows = static_cast<Eigen::Index>(target_steps) * batch_;
  score_layer_.prepare(w, config.score, annotations, lengths, target_steps);
  weights_.resize(rows, source_steps_);
  dannotations_.setZero(annotations.rows(), annotations.cols());
  scores_.resize(batch_, source_steps_);
  dscores_.resize(batch_, source_steps_);
  dweights_.resize(source_steps_);
  if (config.is_local()) positions_.resize(rows);
  if (mechanism_ == AttentionMechanism::LocalPredicted) {
    position_layer_.prepare(w, lengths, target_steps);
    softmax_.resize(rows, source_steps_);
    dpositions_.resize(batch_);
  }
}

Eigen::Block<const RowMatrix, Eigen::Dynamic, Eigen::Dynamic, true> AttentionLayer::keys(
    int b, const WindowSpan& span) const {
  return annotations_->middleRows(static_cast<Eigen::Index>(b) * source_steps_ + span.first, span.size());
}

// Global and hard: the whole sentence. Local: the window around the row's p_t.
WindowSpan AttentionLayer::span(int t, int b) const {
  if (!is_local(mechanism_)) return {0, lengths_[b] - 1};
  return window_span(positions_[row(t, b)], window_, lengths_[b]);
}

void AttentionLayer::forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                  MatrixRef contexts) {
  score_layer_.forward_step(w, t, queries, scores_);
  if (mechanism_ == AttentionMechanism::LocalPredicted)
    position_layer_.forward_step(w, t, queries, positions_.segment(row(t, 0), batch_));
  for (int b = 0; b < batch_; ++b) {
    if (mechanism_ == AttentionMechanism::LocalMonotonic)
      positions_[row(t, b)] = monotonic_position(t, lengths_[b]);
    weigh(t, b);
    if (mechanism_ == AttentionMechanism::Hard) continue;
    const WindowSpan s = span(t, b);
    contexts.row(b).noalias() = weights_.row(row(t, b)).segment(s.first, s.size()) * keys(b, s);
  }
}

// a = softmax over the window, times local-p's Gaussian; 0 elsewhere.
void AttentionLayer::weigh(int t, int b) {
  const WindowSpan s = span(t, b);
  auto weights = weights_.row(row(t, b));
  const auto scores = scores_.row(b).segment(s.first, s.size()).array();
  weights.setZero();
  auto inside = weights.segment(s.first, s.size());
  inside = (scores - scores.maxCoeff()).exp().matrix();
  inside /= inside.sum();
  if (mechanism_ != AttentionMechanism::LocalPredicted) return;
  softmax_.row(row(t, b)) = weights;
  const float position = positions_[row(t, b)];
  for (int i = s.first; i <= s.last; ++i) weights[i] *= gaussian_weight(i, position, window_);
}

void AttentionLayer::backward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                   ConstMatrixRef dcontexts, MatrixRef dqueries,
                                   Seq2SeqWeights& grad) {
  for (int b = 0; b < batch_; ++b) backpropagate_row(t, b, dcontexts);
  score_layer_.backward_step(w, t, queries, dscores_, dqueries, dannotations_, grad);
  if (mechanism_ == AttentionMechanism::LocalPredicted) position_layer_.backward_step(w, t, dpositions_, dqueries);
}

// Within the window, with alpha the softmax and g the Gaussian (g = 1 but
// for local-p), a_i = alpha_i g_i:
//   da_i = dc . h_i,  dh_i += a_i dc,  dalpha_i = da_i g_i,
//   de_i = alpha_i (dalpha_i - sum_j alpha_j dalpha_j),
//   dp = sum_i da_i a_i (i - p) / sigma^2     (local-p: d g_i / d p = g_i (i - p) / sigma^2)
// and nothing flows to scores outside it.
void AttentionLayer::backpropagate_row(int t, int b, ConstMatrixRef dcontexts) {
  const WindowSpan s = span(t, b);
  const auto a = weights_.row(row(t, b)).segment(s.first, s.size());
  auto da = dweights_.head(s.size());
  da.noalias() = dcontexts.row(b) * keys(b, s).transpose();
  dannotations_.middleRows(static_cast<Eigen::Index>(b) * source_steps_ + s.first, s.size()).noalias() +=
      a.transpose() * dcontexts.row(b);
  dscores_.row(b).head(lengths_[b]).setZero();
  auto de = dscores_.row(b).segment(s.first, s.size());
  if (mechanism_ != AttentionMechanism::LocalPredicted) {
    de = a.cwiseProduct((da.array() - a.dot(da)).matrix());
    return;
  }
  const float position = positions_[row(t, b)];
  const float variance = 0.25f * static_cast<float>(window_) * static_cast<float>(window_);
  float dposition = 0.0f;
  for (int i = s.first; i <= s.last; ++i)
    dposition += da[i - s.first] * a[i - s.first] * (static_cast<float>(i) - position) / variance;
  dpositions_[b] = dposition;
  const auto alpha = softmax_.row(row(t, b)).segment(s.first, s.size());
  // dalpha = da * g
  for (int i = 0; i < s.size(); ++i) da[i] *= gaussian_weight(s.first + i, position, window_);
  de = alpha.cwiseProduct((da.array() - alpha.dot(da)).matrix());
}

void AttentionLayer::backward_energies(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                       ConstMatrixRef denergies, MatrixRef dqueries, Seq2SeqWeights& grad) {
  score_layer_.backward_step(w, t, queries, denergies, dqueries, dannotations_, grad);
}

void AttentionLayer::finish_backward(const Seq2SeqWeights& w, ConstMatrixRef queries,
                                     Seq2SeqWeights& grad) {
  score_layer_.finish_backward(w, queries, dannotations_, grad);
  if (mechanism_ == AttentionMechanism::LocalPredicted) position_layer_.finish_backward(queries, grad);
}

}  // namespace attnviz
