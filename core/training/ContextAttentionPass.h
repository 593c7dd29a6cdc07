#pragma once
// One level of context-vector attention (classification/ContextAttention.h)
// with the caches its backward pass needs:
//   U = tanh(H W^T + b),  e = U u,  a = softmax(e),  s = H^T a

#include "classification/HanWeights.h"

namespace attnviz {

class ContextAttentionPass {
 public:
  void forward(const ContextAttentionWeights& w, const RowMatrix& annotations);
  const Vector& weights() const { return weights_; }
  const Vector& pooled() const { return pooled_; }
  // Adds the gradients of W, b and u for d loss / d pooled() = `dpooled`
  // and writes d loss / d annotations into `dannotations`.
  void backward(const ContextAttentionWeights& w, const Vector& dpooled, ContextAttentionWeights& grad,
                RowMatrix& dannotations);

 private:
  RowMatrix annotations_, projected_;  // H, U
  Vector weights_, pooled_;            // a, s
  RowMatrix dprojected_;
};

}  // namespace attnviz
