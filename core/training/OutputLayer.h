#pragma once
// The top of the decoder for all steps of a mini-batch at once:
//   o_t = tanh(W_comb [s_t ; c_t ; E_tgt[y_{t-1}]] + b_comb)
//   p(y_t) = softmax(W_out o_t + b_out)
// with the cross-entropy loss. Rows whose target is <pad> carry no loss and
// no gradient.

#include "training/GruLayer.h"

#include <span>
#include <vector>

namespace attnviz {

class OutputLayer {
 public:
  // features: [N, D + 2H + E]; targets: [N] ids, <pad> where a row has no loss.
  void forward(const Seq2SeqWeights& w, ConstMatrixRef features, std::span<const int> targets);
  // Sum of -log p(y_t) over the rows with a target.
  double loss() const { return loss_; }
  // Per row: is the target the most probable token? (false for <pad> rows)
  const std::vector<char>& correct() const { return correct_; }
  // dfeatures = d (scale * loss) / d features; adds the layer's weight gradients to grad.
  void backward(const Seq2SeqWeights& w, ConstMatrixRef features, std::span<const int> targets,
                float scale, Seq2SeqWeights& grad, RowMatrix& dfeatures);

 private:
  double softmax_row(Eigen::Index r, int target);

  RowMatrix hidden_, dhidden_;  // o_t and its gradient, [N, D]
  RowMatrix probabilities_;  // logits, then softmax, then d loss / d logits; [N, V]
  double loss_ = 0;
  std::vector<char> correct_;
};

}  // namespace attnviz
