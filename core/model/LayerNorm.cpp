#include "model/LayerNorm.h"

#include <cmath>

namespace attnviz {
namespace {

template <class Row>
void normalise(Row&& x, const LayerNormWeights& norm) {
  const float mean = x.mean();
  x.array() -= mean;
  const float variance = x.squaredNorm() / static_cast<float>(x.size());
  x.array() *= 1.0f / std::sqrt(variance + kLayerNormEps);
  x.array() = x.array() * norm.weight.transpose().array() + norm.bias.transpose().array();
}

}  // namespace

void layer_norm(Eigen::VectorXf& x, const LayerNormWeights& norm) { normalise(x.transpose(), norm); }

void layer_norm_rows(RowMatrix& x, const LayerNormWeights& norm) {
  for (Eigen::Index r = 0; r < x.rows(); ++r) normalise(x.row(r), norm);
}

}  // namespace attnviz
