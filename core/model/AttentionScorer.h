#pragma once
// The five score functions of MODEL_SPEC.md ("Score functions"). Built once
// per sentence: whatever does not depend on the decoder step is computed
// up front (W_a h_i for general, W_k h_i + b_a for additive, the norms of
// h_i for cosine), so a step costs one GEMV over the annotations plus, for
// additive, one [A, D] GEMV and n*A tanh.

#include "model/ModelConfig.h"
#include "model/Seq2SeqWeights.h"

namespace attnviz {

class AttentionScorer {
 public:
  // `annotations` [n, 2H] must outlive the scorer.
  AttentionScorer(const Seq2SeqWeights& weights, const ModelConfig& config,
                  const RowMatrix& annotations);

  // Writes the raw energies e_i = score(query, h_i), i = 0..n-1.
  void score(const Vector& query, Vector& energies);

 private:
  void score_additive(const Vector& query, Vector& energies);
  void score_cosine(const Vector& query, Vector& energies);

  const Seq2SeqWeights& weights_;
  ScoreFunction function_;
  const RowMatrix& annotations_;
  RowMatrix keys_;          // general: [n, D] rows W_a h_i; additive: [n, A] rows W_k h_i + b_a
  Vector key_norms_;        // cosine: [n] norm(h_i)
  Vector projected_query_;  // additive: [A] W_q q
  RowMatrix hidden_;        // additive: [n, A] tanh(W_q q + W_k h_i + b_a)
  float scale_ = 1.0f;      // scaled_dot: 1 / sqrt(D)
};

}  // namespace attnviz
