#include "decoding/TopK.h"

#include <algorithm>
#include <numeric>

namespace attnviz {

std::span<const int> TopK::select(const Vector& scores, int k) {
  const auto count = static_cast<std::ptrdiff_t>(std::clamp<Eigen::Index>(k, 0, scores.size()));
  std::iota(order_.begin(), order_.end(), 0);
  std::partial_sort(order_.begin(), order_.begin() + count, order_.end(), [&](int a, int b) {
    return scores(a) > scores(b) || (scores(a) == scores(b) && a < b);
  });
  return {order_.data(), static_cast<size_t>(count)};
}

}  // namespace attnviz
