#include "training/ContextAttentionPass.h"

namespace attnviz {

void ContextAttentionPass::forward(const ContextAttentionWeights& w, const RowMatrix& annotations) {
  annotations_ = annotations;
  projected_.noalias() = annotations * w.weight.transpose();
  projected_.rowwise() += w.bias.transpose();
  projected_ = projected_.array().tanh().matrix();
  const Vector scores = projected_ * w.context;
  weights_ = (scores.array() - scores.maxCoeff()).exp().matrix();
  weights_ /= weights_.sum();
  pooled_.noalias() = annotations_.transpose() * weights_;
}

//   da_i = h_i . ds,  dh_i = a_i ds (through the average)
//   de = a * (da - a . da)                      (softmax)
//   du = U^T de,  dU = de u^T,  dZ = dU * (1 - U^2)
//   dW = dZ^T H,  db = sum_i dZ_i,  dh_i += W^T dZ_i
void ContextAttentionPass::backward(const ContextAttentionWeights& w, const Vector& dpooled,
                                    ContextAttentionWeights& grad, RowMatrix& dannotations) {
  const Vector dweights = annotations_ * dpooled;
  const Vector dscores = (weights_.array() * (dweights.array() - weights_.dot(dweights))).matrix();
  grad.context.noalias() += projected_.transpose() * dscores;
  dprojected_.noalias() = dscores * w.context.transpose();
  dprojected_.array() *= 1.0f - projected_.array().square();
  grad.weight.noalias() += dprojected_.transpose() * annotations_;
  grad.bias += dprojected_.colwise().sum().transpose();
  dannotations.noalias() = weights_ * dpooled.transpose();
  dannotations.noalias() += dprojected_ * w.weight;
}

}  // namespace attnviz
