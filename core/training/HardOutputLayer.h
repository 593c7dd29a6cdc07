#pragma once
// The top of a hard attention decoder for all steps of a mini-batch
// (MODEL_SPEC.md, "Hard attention"). For every step t with a target and
// every real source position i of its sentence:
//   o_t(i)     = tanh(W_comb [s_t ; h_i ; E_tgt[y_{t-1}]] + b_comb)
//   p(y_t | i) = softmax(W_out o_t(i) + b_out)
// and the loss is the exact marginal over the position the step attends to
// (Wu, Shapiro and Cotterell 2018):
//   loss_t = -log sum_i a_t,i p(y_t | i)
// Its gradient is that of each position's cross-entropy weighted by the
// posterior pi_t,i = a_t,i p(y_t | i) / sum_j a_t,j p(y_t | j), and reaches
// the policy's energies as d loss / d e_t,i = a_t,i - pi_t,i.
//
// W_comb [s ; h ; e] = W_s s + W_h h + W_e e, so W_s s_t + W_e e + b is one
// GEMM over the steps and W_h h_i one over the positions; only the tanh and
// the output layer run once per (step, position) pair.
//
// The sum runs over the positions the policy gives at least kReadablePolicy
// (docs/model-spec.md, "Hard attention"): once the policy is sharp, most of a
// long sentence's positions have a_t,i far below it, and their output layers
// were nearly all of the training time while adding at most a_t,i each to
// the marginal. A position left out gets pi_t,i = 0, so d loss / d e_t,i =
// a_t,i still pushes it down. On a uniform policy (a fresh model) nothing is
// left out below 1 / kReadablePolicy positions.

#include "training/GruLayer.h"

#include <span>
#include <vector>

namespace attnviz {

class HardOutputLayer {
 public:
  static constexpr float kReadablePolicy = 1e-4f;

  // readable_policy 0 sums over every position: the exact marginal.
  explicit HardOutputLayer(float readable_policy = kReadablePolicy) : readable_policy_(readable_policy) {}

  // features: [T * B, D + 2H + E], rows [s_t ; 0 ; E_tgt[y_{t-1}]] (time-major);
  // annotations: [B * S, 2H]; policy: a_t, [T * B, S], 0 at padding;
  // lengths: [B] real source positions; targets: [T * B], <pad> where a row has no loss.
  void forward(const Seq2SeqWeights& w, ConstMatrixRef features, const RowMatrix& annotations,
               const RowMatrix& policy, std::span<const int> lengths, std::span<const int> targets);
  // Sum of -log p(y_t) (the marginal) over the rows with a target.
  double loss() const { return loss_; }
  // (step, position) pairs whose output layer this batch ran.
  size_t pair_count() const { return pairs_.size(); }
  // Per row: does the position the engine would choose (argmax a_t) predict
  // the target as its most probable token? (false for <pad> rows)
  const std::vector<char>& correct() const { return correct_; }
  // Adds the layer's weight gradients of scale * loss to grad and sets
  // dfeatures (state and embedding columns; the middle ones are 0),
  // energy_gradients() and annotation_gradients().
  void backward(const Seq2SeqWeights& w, ConstMatrixRef features, const RowMatrix& annotations, float scale,
                Seq2SeqWeights& grad, RowMatrix& dfeatures);
  // d (scale * loss) / d e_t, [T * B, S], 0 at padding.
  const RowMatrix& energy_gradients() const { return denergies_; }
  // d (scale * loss) / d h through the output layer, [B * S, 2H].
  const RowMatrix& annotation_gradients() const { return dannotations_; }

 private:
  // One (step row, source position) pair: a row of hidden_ and probabilities_.
  struct Pair {
    Eigen::Index row;  // t * B + b
    int position;      // i < lengths[b], a_t,i >= kReadablePolicy
  };
  void pair_up(const RowMatrix& policy);
  double marginalise(Eigen::Index r, Eigen::Index first_pair, Eigen::Index end_pair, int target);
  void backpropagate_pairs(const Seq2SeqWeights& w, float scale, Seq2SeqWeights& grad);

  float readable_policy_;
  Eigen::Index batch_ = 0, source_steps_ = 0, decoder_ = 0, context_ = 0;
  const RowMatrix* policy_ = nullptr;
  std::span<const int> lengths_, targets_;
  std::vector<Pair> pairs_;
  std::vector<Eigen::Index> row_starts_;  // first pair of each step row; pairs_.size() at the end
  RowMatrix base_;           // [T * B, D]: W_s s_t + W_e e + b_comb, then its gradient
  RowMatrix keys_;           // [B * S, D]: W_h h_i, then its gradient
  // The first P rows (P pairs) of these three are this batch's; they only grow.
  RowMatrix hidden_;         // [P, D]: o_t(i), then d loss / d pre-activation
  RowMatrix probabilities_;  // [P, V]: logits, then softmax, then d loss / d logits
  RowMatrix posterior_;      // [T * B, S]: pi_t,i
  RowMatrix denergies_, dannotations_, dhidden_;
  double loss_ = 0;
  std::vector<char> correct_;
};

}  // namespace attnviz
