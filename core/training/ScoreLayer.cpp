#include "training/ScoreLayer.h"

#include <cmath>

namespace attnviz {
namespace {

// The cosine denominator max(||q|| ||h||, kMinNorm) of MODEL_SPEC.md.
constexpr float kMinNorm = 1e-8f;

float dot_scale(ScoreFunction score, const Seq2SeqWeights& w) {
  if (score != ScoreFunction::ScaledDot) return 1.0f;
  return 1.0f / std::sqrt(static_cast<float>(w.init_bias.size()));
}

}  // namespace

void ScoreLayer::prepare(const Seq2SeqWeights& w, ScoreFunction score, const RowMatrix& annotations,
                         std::span<const int> lengths, int target_steps) {
  score_ = score;
  annotations_ = &annotations;
  lengths_ = lengths;
  batch_ = static_cast<int>(lengths.size());
  source_steps_ = static_cast<int>(annotations.rows()) / batch_;
  const Eigen::Index steps = static_cast<Eigen::Index>(target_steps) * batch_;
  if (score == ScoreFunction::General) {
    projected_.resize(steps, annotations.cols());
    dprojected_.resize(steps, annotations.cols());
  } else if (score == ScoreFunction::Additive) {
    const Eigen::Index A = w.attention_v.size();
    additive_keys_.noalias() = annotations * w.attention_key.transpose();
    additive_keys_.rowwise() += w.attention_bias.transpose();
    additive_tanh_.resize(steps * source_steps_, A);
    additive_queries_.resize(steps, A);
    dadditive_queries_.resize(steps, A);
    dadditive_keys_.setZero(annotations.rows(), A);
    dtanh_.resize(source_steps_, A);
  } else if (score == ScoreFunction::Cosine) {
    key_norms_ = annotations.rowwise().norm();
    query_norms_.resize(steps);
    dots_.resize(steps, source_steps_);
    denominators_.resize(steps, source_steps_);
    dcosine_.resize(2, source_steps_);
  }
}

ScoreLayer::RowBlock ScoreLayer::keys(int b) const {
  return annotations_->middleRows(static_cast<Eigen::Index>(b) * source_steps_, lengths_[b]);
}

Eigen::Block<RowMatrix, Eigen::Dynamic, Eigen::Dynamic, true> ScoreLayer::key_gradients(RowMatrix& dannotations, int b) const {
  return dannotations.middleRows(static_cast<Eigen::Index>(b) * source_steps_, lengths_[b]);
}

void ScoreLayer::forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                              MatrixRef scores) {
  switch (score_) {
    case ScoreFunction::Dot:
    case ScoreFunction::ScaledDot:
      for (int b = 0; b < batch_; ++b) forward_dot(b, queries, scores, dot_scale(score_, w));
      break;
    case ScoreFunction::General: forward_general(w, t, queries, scores); break;
    case ScoreFunction::Additive: forward_additive(w, t, queries, scores); break;
    case ScoreFunction::Cosine: forward_cosine(w, t, queries, scores); break;
  }
}

void ScoreLayer::backward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                               ConstMatrixRef dscores, MatrixRef dqueries,
                               RowMatrix& dannotations, Seq2SeqWeights& grad) {
  switch (score_) {
    case ScoreFunction::Dot:
    case ScoreFunction::ScaledDot:
      for (int b = 0; b < batch_; ++b)
        backward_dot(b, queries, dscores, dqueries, dannotations, dot_scale(score_, w));
      break;
    case ScoreFunction::General: backward_general(w, t, dscores, dqueries, dannotations); break;
    case ScoreFunction::Additive: backward_additive(w, t, dscores, dqueries, grad); break;
    case ScoreFunction::Cosine:
      backward_cosine(w, t, queries, dscores, dqueries, dannotations, grad);
      break;
  }
}

void ScoreLayer::finish_backward(const Seq2SeqWeights& w, ConstMatrixRef queries,
                                 RowMatrix& dannotations, Seq2SeqWeights& grad) {
  if (score_ == ScoreFunction::General) {
    grad.attention_W.noalias() += queries.transpose() * dprojected_;
  } else if (score_ == ScoreFunction::Additive) {
    grad.attention_query.noalias() += dadditive_queries_.transpose() * queries;
    grad.attention_key.noalias() += dadditive_keys_.transpose() * (*annotations_);
    grad.attention_bias += dadditive_keys_.colwise().sum().transpose();
    dannotations.noalias() += dadditive_keys_ * w.attention_key;
  }
}

// e_i = scale * q . h_i
void ScoreLayer::forward_dot(int b, ConstMatrixRef queries, MatrixRef scores, float scale) const {
  scores.row(b).head(lengths_[b]).noalias() = (scale * queries.row(b)) * keys(b).transpose();
}

void ScoreLayer::backward_dot(int b, ConstMatrixRef queries, ConstMatrixRef dscores,
                              MatrixRef dqueries, RowMatrix& dannotations, float scale) const {
  const auto de = dscores.row(b).head(lengths_[b]);
  dqueries.row(b).noalias() += (scale * de) * keys(b);
  key_gradients(dannotations, b).noalias() += (scale * de.transpose()) * queries.row(b);
}

// u = q W  [B, 2H] for the whole step, then e_i = u . h_i
void ScoreLayer::forward_general(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                 MatrixRef scores) {
  auto u = projected_.middleRows(row(t, 0), batch_);
  u.noalias() = queries * w.attention_W;
  for (int b = 0; b < batch_; ++b)
    scores.row(b).head(lengths_[b]).noalias() = u.row(b) * keys(b).transpose();
}

void ScoreLayer::backward_general(const Seq2SeqWeights& w, int t, ConstMatrixRef dscores,
                                  MatrixRef dqueries, RowMatrix& dannotations) {
  auto du = dprojected_.middleRows(row(t, 0), batch_);
  for (int b = 0; b < batch_; ++b) {
    const auto de = dscores.row(b).head(lengths_[b]);
    du.row(b).noalias() = de * keys(b);
    key_gradients(dannotations, b).noalias() += de.transpose() * projected_.row(row(t, b));
  }
  dqueries.noalias() += du * w.attention_W.transpose();
}

// tanh_i = tanh(W_q q + (W_k h_i + b)),  e_i = v . tanh_i
void ScoreLayer::forward_additive(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                  MatrixRef scores) {
  auto projected = additive_queries_.middleRows(row(t, 0), batch_);
  projected.noalias() = queries * w.attention_query.transpose();
  for (int b = 0; b < batch_; ++b) {
    const Eigen::Index L = lengths_[b];
    auto tanh = additive_tanh_.middleRows(row(t, b) * source_steps_, L);
    tanh = (additive_keys_.middleRows(static_cast<Eigen::Index>(b) * source_steps_, L).rowwise() +
            projected.row(b)).array().tanh().matrix();
    scores.row(b).head(L).noalias() = w.attention_v.transpose() * tanh.transpose();
  }
}

void ScoreLayer::backward_additive(const Seq2SeqWeights& w, int t, ConstMatrixRef dscores,
                                   MatrixRef dqueries, Seq2SeqWeights& grad) {
  auto dprojected = dadditive_queries_.middleRows(row(t, 0), batch_);
  for (int b = 0; b < batch_; ++b) {
    const Eigen::Index L = lengths_[b];
    const auto de = dscores.row(b).head(L);
    const auto tanh = additive_tanh_.middleRows(row(t, b) * source_steps_, L);
    auto dtanh = dtanh_.topRows(L);
    dtanh.noalias() = de.transpose() * w.attention_v.transpose();
    dtanh.array() *= 1.0f - tanh.array().square();
    grad.attention_v.noalias() += tanh.transpose() * de.transpose();
    dprojected.row(b) = dtanh.colwise().sum();
    dadditive_keys_.middleRows(static_cast<Eigen::Index>(b) * source_steps_, L) += dtanh;
  }
  dqueries.noalias() += dprojected * w.attention_query;
}

// e_i = gamma * (q . h_i) / max(||q|| ||h_i||, 1e-8)
void ScoreLayer::forward_cosine(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                MatrixRef scores) {
  const float gamma = w.attention_gamma[0];
  for (int b = 0; b < batch_; ++b) {
    const Eigen::Index L = lengths_[b], r = row(t, b);
    const float query_norm = query_norms_[r] = queries.row(b).norm();
    auto dots = dots_.row(r).head(L);
    auto denominators = denominators_.row(r).head(L);
    dots.noalias() = queries.row(b) * keys(b).transpose();
    denominators = (query_norm * key_norms_.segment(b * source_steps_, L).transpose())
                       .cwiseMax(kMinNorm);
    scores.row(b).head(L) = gamma * dots.cwiseQuotient(denominators);
  }
}

// Where the clamp is active the denominator is a constant and only the dot
// product carries a gradient; elsewhere both norms do too.
void ScoreLayer::backward_cosine(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                                 ConstMatrixRef dscores, MatrixRef dqueries,
                                 RowMatrix& dannotations, Seq2SeqWeights& grad) {
  const float gamma = w.attention_gamma[0];
  for (int b = 0; b < batch_; ++b) {
    const Eigen::Index L = lengths_[b], r = row(t, b);
    const float query_norm = query_norms_[r];
    const auto de = dscores.row(b).head(L).array();
    const auto dots = dots_.row(r).head(L).array();
    const auto denominators = denominators_.row(r).head(L).array();
    const auto key_norms = key_norms_.segment(b * source_steps_, L).transpose().array();
    auto ddots = dcosine_.row(0).head(L).array();
    auto dnorms = dcosine_.row(1).head(L).array();  // d e / d (||q|| ||h_i||)
    grad.attention_gamma[0] += (de * dots / denominators).sum();
    ddots = gamma * de / denominators;
    dnorms = (query_norm * key_norms > kMinNorm).select(-ddots * dots / denominators, 0.0f);
    const float dquery_norm = (dnorms * key_norms).sum();
    dqueries.row(b).noalias() += ddots.matrix() * keys(b);
    if (query_norm > 0.0f) dqueries.row(b) += (dquery_norm / query_norm) * queries.row(b);
    auto dkeys = key_gradients(dannotations, b);
    dkeys.noalias() += ddots.matrix().transpose() * queries.row(b);
    dkeys.array() += keys(b).array().colwise() *
                     (key_norms > 0.0f).select(dnorms * query_norm / key_norms, 0.0f).transpose();
  }
}

}  // namespace attnviz
