#include "training/TransformerOutputPass.h"

#include "training/LogitGradient.h"

#include "tokens/Vocabulary.h"

#include <cmath>

namespace attnviz {

void TransformerOutputPass::forward(const TransformerWeights& w, ConstMatrixRef z,
                                    std::span<const int> targets) {
  probabilities_.noalias() = z * w.out_weight.transpose();
  probabilities_.rowwise() += w.out_bias.transpose();
  loss_ = 0;
  correct_.assign(targets.size(), 0);
  for (Eigen::Index r = 0; r < probabilities_.rows(); ++r) loss_ += softmax_row(r, targets[r]);
}

// Turns row r of logits into probabilities; returns -log p(target).
double TransformerOutputPass::softmax_row(Eigen::Index r, int target) {
  auto row = probabilities_.row(r);
  Eigen::Index best = 0;
  const float max = row.maxCoeff(&best);
  // From the logit, not log(p): a confident wrong answer's p can round to 0.
  const float target_logit = target == Vocabulary::kPad ? 0.0f : row[target] - max;
  row.array() = (row.array() - max).exp();
  const float sum = row.sum();
  if (target == Vocabulary::kPad) return 0.0;
  correct_[r] = best == target;
  row /= sum;
  return std::log(static_cast<double>(sum)) - static_cast<double>(target_logit);
}

//   dlogits = scale (p - onehot(y)),  dW_out = dlogits^T z,  dz = dlogits W_out
void TransformerOutputPass::backward(const TransformerWeights& w, ConstMatrixRef z,
                                     std::span<const int> targets, float scale, TransformerWeights& grad,
                                     RowMatrix& dz) {
  to_logit_gradient(probabilities_, targets, scale);
  grad.out_weight.noalias() += probabilities_.transpose() * z;
  grad.out_bias += probabilities_.colwise().sum().transpose();
  dz.noalias() = probabilities_ * w.out_weight;
}

}  // namespace attnviz
