#include "decoding/TopK.h"

#include <algorithm>

namespace attnviz {

// One pass keeping the k best so far in order. Scores are looked at in
// chunks of 16: once k are kept, a chunk whose maximum does not beat the
// k-th costs one vector comparison, so a 1500-word vocabulary takes about
// a hundred of them (a partial sort over all ids was 7% of a decode).
std::span<const int> TopK::select(const Vector& scores, int k) {
  constexpr Eigen::Index kChunk = 16;
  count_ = static_cast<size_t>(std::clamp<Eigen::Index>(
      std::min<Eigen::Index>(k, static_cast<Eigen::Index>(best_.size())), 0, scores.size()));
  filled_ = 0;
  if (count_ == 0) return {};
  for (Eigen::Index base = 0; base < scores.size(); base += kChunk) {
    const Eigen::Index size = std::min(kChunk, scores.size() - base);
    if (filled_ == count_ && scores.segment(base, size).maxCoeff() <= scores(best_[count_ - 1])) {
      continue;
    }
    for (Eigen::Index id = base; id < base + size; ++id) insert(scores, static_cast<int>(id));
  }
  return {best_.data(), count_};
}

// Places `id` among the kept ones if it beats the k-th; equal scores keep
// the earlier (lower) id first.
void TopK::insert(const Vector& scores, int id) {
  const float score = scores(id);
  if (filled_ == count_ && score <= scores(best_[count_ - 1])) return;
  size_t slot = std::min(filled_, count_ - 1);
  while (slot > 0 && scores(best_[slot - 1]) < score) {
    best_[slot] = best_[slot - 1];
    --slot;
  }
  best_[slot] = id;
  filled_ = std::min(filled_ + 1, count_);
}

}  // namespace attnviz
