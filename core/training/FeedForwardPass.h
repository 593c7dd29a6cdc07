#pragma once
// The Transformer's position-wise feed-forward block on every row of a
// mini-batch, with its backward pass:
//   h = relu(x W1^T + b1),  out = h W2^T + b2

#include "model/TransformerWeights.h"
#include "training/GruLayer.h"

namespace attnviz {

class FeedForwardPass {
 public:
  void forward(const FeedForwardWeights& w, ConstMatrixRef x, RowMatrix& out);
  // dx = d loss / d x from dout; adds the four tensors' gradients.
  void backward(const FeedForwardWeights& w, ConstMatrixRef x, ConstMatrixRef dout,
                FeedForwardWeights& grad, RowMatrix& dx);

 private:
  RowMatrix hidden_, dhidden_;  // h and d loss / d h, [N, f]
};

}  // namespace attnviz
