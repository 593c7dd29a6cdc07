#include "classification/ContextAttention.h"

namespace attnviz {

AttentionPooling attend(const ContextAttentionWeights& attention, const RowMatrix& annotations) {
  RowMatrix u = annotations * attention.weight.transpose();
  u.rowwise() += attention.bias.transpose();
  u = u.array().tanh().matrix();
  const Vector scores = u * attention.context;
  // Shifted by the maximum so that exp cannot overflow.
  Vector weights = (scores.array() - scores.maxCoeff()).exp().matrix();
  weights /= weights.sum();
  return {weights, annotations.transpose() * weights};
}

}  // namespace attnviz
