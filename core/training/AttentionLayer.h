#pragma once
// Attention over a mini-batch: scores (ScoreLayer), a softmax masked to each
// sentence's real source positions, or for a local mechanism to the window
// around p_t (times local-p's Gaussian), and the context vector, forward
// and backward, one decoder step at a time (MODEL_SPEC.md, "Attention
// mechanisms").

#include "model/ModelConfig.h"
#include "training/PositionLayer.h"
#include "training/ScoreLayer.h"

namespace attnviz {

class AttentionLayer {
 public:
  // annotations: [B * S, 2H], sentence b in rows b * S .. b * S + S - 1;
  // it must outlive the forward and backward steps.
  void prepare(const Seq2SeqWeights& w, const ModelConfig& config, const RowMatrix& annotations,
               std::span<const int> lengths, int target_steps);
  // a_t over each sentence's window and c_t = sum_i a_t,i h_i; contexts: [B, 2H].
  // Hard attention: a_t, its policy, only; contexts stay as they are.
  void forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, MatrixRef contexts);
  // Adds the gradient of the queries to dqueries, of the annotations to
  // annotation_gradients() and of the score and position parameters to grad.
  void backward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                     ConstMatrixRef dcontexts, MatrixRef dqueries, Seq2SeqWeights& grad);
  // Hard attention: the loss reaches the energies directly, not through a
  // context; denergies: d loss / d e_t, [B, S].
  void backward_energies(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, ConstMatrixRef denergies,
                         MatrixRef dqueries, Seq2SeqWeights& grad);
  // queries: every step's queries stacked, [T * B, D].
  void finish_backward(const Seq2SeqWeights& w, ConstMatrixRef queries, Seq2SeqWeights& grad);

  // [T * B, S]: row t * B + b is sentence b's alignment row at step t, zero
  // at padding and outside its window.
  const RowMatrix& weights() const { return weights_; }
  // [B * S, 2H], laid out like the annotations.
  const RowMatrix& annotation_gradients() const { return dannotations_; }

 private:
  Eigen::Block<const RowMatrix, Eigen::Dynamic, Eigen::Dynamic, true> keys(int b, const WindowSpan& span) const;
  Eigen::Index row(int t, int b) const { return static_cast<Eigen::Index>(t) * batch_ + b; }
  WindowSpan span(int t, int b) const;
  void weigh(int t, int b);
  void backpropagate_row(int t, int b, ConstMatrixRef dcontexts);

  ScoreLayer score_layer_;
  PositionLayer position_layer_;
  AttentionMechanism mechanism_ = AttentionMechanism::Global;
  int window_ = 0;
  const RowMatrix* annotations_ = nullptr;
  std::span<const int> lengths_;
  int batch_ = 0, source_steps_ = 0;
  RowMatrix weights_, dannotations_;
  RowMatrix softmax_;            // local-p: [T * B, S], the window's softmax before the Gaussian
  Vector positions_;             // local: [T * B], p_t of each row
  RowMatrix scores_, dscores_;   // one step's energies and their gradients, [B, S]
  Vector dpositions_;            // local-p: one step's d loss / d p_t, [B]
  Eigen::RowVectorXf dweights_;  // one row's d loss / d a, [S]
};

}  // namespace attnviz
