#pragma once
// nn.LayerNorm over every row of a mini-batch, with its backward pass:
//   x^ = (x - mean) * r,  r = 1 / sqrt(var + eps),  y = x^ * weight + bias
//   dx = r * (dx^ - mean(dx^) - x^ * mean(dx^ * x^)),  dx^ = dy * weight
// (means over the row; var is the biased variance, as PyTorch's).

#include "model/TransformerWeights.h"
#include "training/GruLayer.h"

namespace attnviz {

class LayerNormPass {
 public:
  // x = LN(x), row by row, keeping x^ and r for backward.
  void forward(const LayerNormWeights& w, RowMatrix& x);
  // dy = d loss / d y in, d loss / d x out (in place); adds weight and bias gradients.
  void backward(const LayerNormWeights& w, RowMatrix& dy, LayerNormWeights& grad);

 private:
  RowMatrix normalised_;            // x^, [N, d]
  Eigen::VectorXf inverse_std_;     // r per row, [N]
};

}  // namespace attnviz
