#pragma once
// nn.LayerNorm over the model dimension (eps 1e-5, biased variance):
//   y = (x - mean(x)) / sqrt(var(x) + eps) * weight + bias

#include "alignment/AttentionMap.h"
#include "model/TransformerWeights.h"

namespace attnviz {

inline constexpr float kLayerNormEps = 1e-5f;

// In place, on one vector (the decoder's step) or on every row (the encoder).
void layer_norm(Eigen::VectorXf& x, const LayerNormWeights& norm);
void layer_norm_rows(RowMatrix& x, const LayerNormWeights& norm);

}  // namespace attnviz
