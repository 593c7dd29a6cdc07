#pragma once
// local-p's position network over a mini-batch (MODEL_SPEC.md, "Attention
// mechanisms"): p_t = n * sigmoid(v_p . tanh(W_p q)) for each sentence's
// query, forward with its caches, and backward from d loss / d p_t into the
// queries, W_p and v_p.
//
// Like ScoreLayer, the parameter gradients do not feed back into the
// recurrence, so they are gathered over all steps and taken as one GEMM in
// finish_backward().

#include "training/GruLayer.h"

#include <span>

namespace attnviz {

class PositionLayer {
 public:
  void prepare(const Seq2SeqWeights& w, std::span<const int> lengths, int target_steps);
  // Writes p_t of every sentence of the batch at step t into positions, [B].
  void forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, Eigen::Ref<Vector> positions);
  // dpositions: d loss / d p_t, [B]. Adds to dqueries.
  void backward_step(const Seq2SeqWeights& w, int t, const Vector& dpositions, MatrixRef dqueries);
  // queries: every step's queries stacked, [T * B, D].
  void finish_backward(ConstMatrixRef queries, Seq2SeqWeights& grad) const;

 private:
  std::span<const int> lengths_;
  int batch_ = 0;
  RowMatrix hidden_;      // [T * B, A]: tanh(W_p q)
  RowMatrix dpreactivations_;  // [T * B, A]: d loss / d (W_p q)
  Vector logits_;         // [T * B]: v_p . tanh(W_p q)
  Vector dlogits_;        // [T * B]
};

}  // namespace attnviz
