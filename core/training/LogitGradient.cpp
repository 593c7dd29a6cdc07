#include "training/LogitGradient.h"

#include "tokens/Vocabulary.h"

namespace attnviz {

void to_logit_gradient(RowMatrix& probabilities, std::span<const int> targets, float scale) {
  for (Eigen::Index r = 0; r < probabilities.rows(); ++r) {
    if (targets[r] == Vocabulary::kPad) {
      probabilities.row(r).setZero();
      continue;
    }
    probabilities(r, targets[r]) -= 1.0f;
    probabilities.row(r) *= scale;
  }
}

}  // namespace attnviz
