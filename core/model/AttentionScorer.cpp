#include "model/AttentionScorer.h"

#include <cmath>

namespace attnviz {

AttentionScorer::AttentionScorer(const Seq2SeqWeights& weights, const ModelConfig& config,
                                 const RowMatrix& annotations)
    : weights_(weights), function_(config.score), annotations_(annotations) {
  switch (function_) {
    case ScoreFunction::Dot:
      break;
    case ScoreFunction::ScaledDot:
      scale_ = 1.0f / std::sqrt(static_cast<float>(config.decoder_size()));
      break;
    case ScoreFunction::General:
      keys_.noalias() = annotations * weights.attention_W.transpose();
      break;
    case ScoreFunction::Additive:
      keys_.noalias() = annotations * weights.attention_key.transpose();
      keys_.rowwise() += weights.attention_bias.transpose();
      projected_query_.resize(config.attn);
      hidden_.resize(annotations.rows(), config.attn);
      break;
    case ScoreFunction::Cosine:
      key_norms_ = annotations.rowwise().norm();
      break;
  }
}

void AttentionScorer::score(const Vector& query, Vector& energies) {
  switch (function_) {
    case ScoreFunction::Dot:
      energies.noalias() = annotations_ * query;
      break;
    case ScoreFunction::ScaledDot:
      energies.noalias() = annotations_ * query;
      energies *= scale_;
      break;
    case ScoreFunction::General:
      energies.noalias() = keys_ * query;
      break;
    case ScoreFunction::Additive:
      score_additive(query, energies);
      break;
    case ScoreFunction::Cosine:
      score_cosine(query, energies);
      break;
  }
}

void AttentionScorer::score_additive(const Vector& query, Vector& energies) {
  projected_query_.noalias() = weights_.attention_query * query;
  // Broadcast, then tanh in place: tanh over a plain matrix vectorizes, over
  // the broadcast expression Eigen falls back to scalar tanh.
  hidden_ = keys_;
  hidden_.rowwise() += projected_query_.transpose();
  hidden_ = hidden_.array().tanh().matrix();
  energies.noalias() = hidden_ * weights_.attention_v;
}

void AttentionScorer::score_cosine(const Vector& query, Vector& energies) {
  constexpr float kMinDenominator = 1e-8f;  // MODEL_SPEC.md: max(norm(q) * norm(h), 1e-8)
  const float gamma = weights_.attention_gamma(0);
  energies.noalias() = annotations_ * query;
  energies = gamma * energies.array() / (query.norm() * key_norms_.array()).max(kMinDenominator);
}

}  // namespace attnviz
