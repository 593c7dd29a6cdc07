#include "training/FeedForwardPass.h"

namespace attnviz {

void FeedForwardPass::forward(const FeedForwardWeights& w, ConstMatrixRef x, RowMatrix& out) {
  hidden_.noalias() = x * w.linear1_weight.transpose();
  hidden_.rowwise() += w.linear1_bias.transpose();
  hidden_ = hidden_.cwiseMax(0.0f);
  out.noalias() = hidden_ * w.linear2_weight.transpose();
  out.rowwise() += w.linear2_bias.transpose();
}

//   dW2 = dout^T h,  dh = (dout W2) * [h > 0],  dW1 = dh^T x,  dx = dh W1
void FeedForwardPass::backward(const FeedForwardWeights& w, ConstMatrixRef x, ConstMatrixRef dout,
                               FeedForwardWeights& grad, RowMatrix& dx) {
  grad.linear2_weight.noalias() += dout.transpose() * hidden_;
  grad.linear2_bias += dout.colwise().sum().transpose();
  dhidden_.noalias() = dout * w.linear2_weight;
  dhidden_.array() *= (hidden_.array() > 0.0f).cast<float>();
  grad.linear1_weight.noalias() += dhidden_.transpose() * x;
  grad.linear1_bias += dhidden_.colwise().sum().transpose();
  dx.noalias() = dhidden_ * w.linear1_weight;
}

}  // namespace attnviz
