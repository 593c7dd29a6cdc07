#pragma once
// The Transformer's output projection and loss for every decoder row of a
// mini-batch:  p(y_{j+1}) = softmax(z_j W_out^T + b_out), loss = -sum log p
// over the rows that have a target; <pad> rows carry no loss and no gradient.

#include "model/TransformerWeights.h"
#include "training/GruLayer.h"

#include <span>
#include <vector>

namespace attnviz {

class TransformerOutputPass {
 public:
  // z: [N, d]; targets: [N] ids, <pad> where a row has no loss.
  void forward(const TransformerWeights& w, ConstMatrixRef z, std::span<const int> targets);
  double loss() const { return loss_; }
  // Per row: is the target the most probable token? (false for <pad> rows)
  const std::vector<char>& correct() const { return correct_; }
  // dz = d (scale * loss) / d z; adds out.weight and out.bias gradients.
  void backward(const TransformerWeights& w, ConstMatrixRef z, std::span<const int> targets, float scale,
                TransformerWeights& grad, RowMatrix& dz);

 private:
  double softmax_row(Eigen::Index r, int target);

  RowMatrix probabilities_;  // logits, then softmax, then d loss / d logits; [N, V]
  double loss_ = 0;
  std::vector<char> correct_;
};

}  // namespace attnviz
