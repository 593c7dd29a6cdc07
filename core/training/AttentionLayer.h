#pragma once
// Attention over a mini-batch: scores (ScoreLayer), a softmax masked to each
// sentence's real source positions, and the context vector, forward and
// backward, one decoder step at a time.

#include "training/ScoreLayer.h"

namespace attnviz {

class AttentionLayer {
 public:
  // annotations: [B * S, 2H], sentence b in rows b * S .. b * S + S - 1;
  // it must outlive the forward and backward steps.
  void prepare(const Seq2SeqWeights& w, ScoreFunction score, const RowMatrix& annotations,
               std::span<const int> lengths, int target_steps);
  // a_t = softmax(e_t) and c_t = sum_i a_t,i h_i; contexts: [B, 2H].
  void forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, MatrixRef contexts);
  // Adds the gradient of the queries to dqueries, of the annotations to
  // annotation_gradients() and of the score parameters to grad.
  void backward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                     ConstMatrixRef dcontexts, MatrixRef dqueries, Seq2SeqWeights& grad);
  // queries: every step's queries stacked, [T * B, D].
  void finish_backward(const Seq2SeqWeights& w, ConstMatrixRef queries, Seq2SeqWeights& grad);

  // [T * B, S]: row t * B + b is sentence b's alignment row at step t, zero at padding.
  const RowMatrix& weights() const { return weights_; }
  // [B * S, 2H], laid out like the annotations.
  const RowMatrix& annotation_gradients() const { return dannotations_; }

 private:
  Eigen::Block<const RowMatrix, Eigen::Dynamic, Eigen::Dynamic, true> keys(int b) const;

  ScoreLayer score_layer_;
  const RowMatrix* annotations_ = nullptr;
  std::span<const int> lengths_;
  int batch_ = 0, source_steps_ = 0;
  RowMatrix weights_, dannotations_;
  RowMatrix scores_, dscores_;  // one step's energies and their gradients, [B, S]
  Eigen::RowVectorXf dweights_;  // one row's d loss / d a, [S]
};

}  // namespace attnviz
