#include "training/OutputLayer.h"

#include "training/LogitGradient.h"

#include "tokens/Vocabulary.h"

#include <cmath>

namespace attnviz {

void OutputLayer::forward(const Seq2SeqWeights& w, ConstMatrixRef features,
                          std::span<const int> targets) {
  hidden_.noalias() = features * w.combine_weight.transpose();
  hidden_.rowwise() += w.combine_bias.transpose();
  hidden_ = hidden_.array().tanh().matrix();
  probabilities_.noalias() = hidden_ * w.out_weight.transpose();
  probabilities_.rowwise() += w.out_bias.transpose();
  loss_ = 0;
  correct_.assign(targets.size(), 0);
  for (Eigen::Index r = 0; r < probabilities_.rows(); ++r) loss_ += softmax_row(r, targets[r]);
}

// Turns row r of logits into probabilities; returns -log p(target).
double OutputLayer::softmax_row(Eigen::Index r, int target) {
  auto row = probabilities_.row(r);
  Eigen::Index best = 0;
  const float max = row.maxCoeff(&best);
  row.array() = (row.array() - max).exp();
  const float sum = row.sum();
  if (target == Vocabulary::kPad) return 0.0;
  correct_[r] = best == target;
  const double loss = std::log(static_cast<double>(sum)) - std::log(static_cast<double>(row[target]));
  row /= sum;
  return loss;
}

//   dlogits = scale (p - onehot(y)),  do = dlogits W_out,  dpre = do (1 - o^2),
//   dfeatures = dpre W_comb
void OutputLayer::backward(const Seq2SeqWeights& w, ConstMatrixRef features,
                           std::span<const int> targets, float scale, Seq2SeqWeights& grad,
                           RowMatrix& dfeatures) {
  to_logit_gradient(probabilities_, targets, scale);
  grad.out_weight.noalias() += probabilities_.transpose() * hidden_;
  grad.out_bias += probabilities_.colwise().sum().transpose();
  dhidden_.noalias() = probabilities_ * w.out_weight;
  dhidden_.array() *= 1.0f - hidden_.array().square();
  grad.combine_weight.noalias() += dhidden_.transpose() * features;
  grad.combine_bias += dhidden_.colwise().sum().transpose();
  dfeatures.noalias() = dhidden_ * w.combine_weight;
}

}  // namespace attnviz
