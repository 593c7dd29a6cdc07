#pragma once
// The five score functions of MODEL_SPEC.md over a mini-batch, forward and
// backward. Energies are computed only over each sentence's real source
// positions; padded positions are never read, so they get no gradient.
//
// Keys that do not depend on the query (W_k h + b for additive, ||h|| for
// cosine) are computed once per batch in prepare(); parameter gradients
// that do not feed back into the recurrence are gathered over all steps and
// taken as one GEMM in finish_backward().

#include "model/ScoreFunction.h"
#include "training/GruLayer.h"

#include <span>

namespace attnviz {

class ScoreLayer {
 public:
  // annotations: [B * S, 2H], sentence b in rows b * S .. b * S + S - 1.
  void prepare(const Seq2SeqWeights& w, ScoreFunction score, const RowMatrix& annotations,
               std::span<const int> lengths, int target_steps);
  // scores: [B, S] for step t; columns beyond a sentence's length are left untouched.
  void forward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, MatrixRef scores);
  // dscores: [B, S], zero beyond each length. Adds to dqueries and dannotations.
  void backward_step(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                     ConstMatrixRef dscores, MatrixRef dqueries, RowMatrix& dannotations,
                     Seq2SeqWeights& grad);
  // queries: every step's queries stacked, [T * B, D].
  void finish_backward(const Seq2SeqWeights& w, ConstMatrixRef queries, RowMatrix& dannotations,
                       Seq2SeqWeights& grad);

 private:
  using RowBlock = Eigen::Block<const RowMatrix, Eigen::Dynamic, Eigen::Dynamic, true>;
  RowBlock keys(int b) const;  // the real annotations of sentence b, [L, 2H]
  Eigen::Block<RowMatrix, Eigen::Dynamic, Eigen::Dynamic, true> key_gradients(RowMatrix& dannotations, int b) const;
  Eigen::Index row(int t, int b) const { return static_cast<Eigen::Index>(t) * batch_ + b; }

  void forward_dot(int b, ConstMatrixRef queries, MatrixRef scores, float scale) const;
  void forward_general(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, MatrixRef scores);
  void forward_additive(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, MatrixRef scores);
  void forward_cosine(const Seq2SeqWeights& w, int t, ConstMatrixRef queries, MatrixRef scores);
  void backward_dot(int b, ConstMatrixRef queries, ConstMatrixRef dscores, MatrixRef dqueries,
                    RowMatrix& dannotations, float scale) const;
  void backward_general(const Seq2SeqWeights& w, int t, ConstMatrixRef dscores,
                        MatrixRef dqueries, RowMatrix& dannotations);
  void backward_additive(const Seq2SeqWeights& w, int t, ConstMatrixRef dscores,
                         MatrixRef dqueries, Seq2SeqWeights& grad);
  void backward_cosine(const Seq2SeqWeights& w, int t, ConstMatrixRef queries,
                       ConstMatrixRef dscores, MatrixRef dqueries, RowMatrix& dannotations,
                       Seq2SeqWeights& grad);

  ScoreFunction score_ = ScoreFunction::Dot;
  const RowMatrix* annotations_ = nullptr;
  std::span<const int> lengths_;
  int batch_ = 0, source_steps_ = 0;
  // general: u = q W per step and its gradient, [T * B, 2H]
  RowMatrix projected_, dprojected_;
  // additive: keys W_k h + b [B * S, A], tanh cache [T * B * S, A],
  // query projections and their gradients [T * B, A], key gradients [B * S, A]
  RowMatrix additive_keys_, additive_tanh_, additive_queries_, dadditive_queries_, dadditive_keys_;
  RowMatrix dtanh_;  // one sentence's d loss / d tanh, [S, A]
  // cosine: ||h|| [B * S], ||q|| [T * B], q.h and the clamped denominators [T * B, S]
  Vector key_norms_, query_norms_;
  RowMatrix dots_, denominators_;
  RowMatrix dcosine_;  // one row's d e / d (q.h) and d e / d (||q|| ||h||), [2, S]
};

}  // namespace attnviz
