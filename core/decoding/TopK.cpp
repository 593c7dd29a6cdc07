#include "decoding/TopK.h"

#include <algorithm>
#include <limits>

namespace attnviz {

// One pass keeping the k best so far in order; a score that does not beat
// the current k-th costs one comparison, so this is O(V) for small k
// (a partial sort over all V ids was 7% of a decode).
std::span<const int> TopK::select(const Vector& scores, int k) {
  const auto count = static_cast<size_t>(std::clamp<Eigen::Index>(
      std::min<Eigen::Index>(k, static_cast<Eigen::Index>(best_.size())), 0, scores.size()));
  if (count == 0) return {};
  size_t filled = 0;
  float worst_kept = -std::numeric_limits<float>::infinity();
  for (int id = 0; id < scores.size(); ++id) {
    const float score = scores(id);
    if (filled == count && score <= worst_kept) continue;
    size_t slot = std::min(filled, count - 1);
    // Shift worse entries down; equal scores keep the earlier (lower) id first.
    while (slot > 0 && scores(best_[slot - 1]) < score) {
      best_[slot] = best_[slot - 1];
      --slot;
    }
    best_[slot] = id;
    filled = std::min(filled + 1, count);
    worst_kept = scores(best_[filled - 1]);
  }
  return {best_.data(), count};
}

}  // namespace attnviz
