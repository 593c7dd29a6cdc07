#include "alignment/ColourScale.h"

namespace attnviz {

RowMatrix scaled_per_row(const RowMatrix& values) {
  RowMatrix out(values.rows(), values.cols());
  for (Eigen::Index t = 0; t < values.rows(); ++t) {
    const float low = values.row(t).minCoeff();
    const float range = values.row(t).maxCoeff() - low;
    if (range > 0) {
      out.row(t) = (values.row(t).array() - low) / range;
    } else {
      out.row(t).setOnes();
    }
  }
  return out;
}

}  // namespace attnviz
