#pragma once
// The k best entries of a score vector, best first, ties to the lower id
// (the same choice as Eigen's maxCoeff, so beam width 1 equals greedy).

#include "model/Seq2SeqWeights.h"

#include <span>
#include <vector>

namespace attnviz {

class TopK {
 public:
  // `capacity`: the largest k that will be asked for.
  explicit TopK(int capacity) : best_(static_cast<size_t>(capacity)) {}

  // Valid until the next call; k is clamped to the capacity and the
  // vector's size.
  std::span<const int> select(const Vector& scores, int k);

 private:
  void insert(const Vector& scores, int id);

  std::vector<int> best_;  // sized once: selecting allocates nothing
  size_t count_ = 0;       // k of the current selection
  size_t filled_ = 0;      // how many of best_ hold an id so far
};

}  // namespace attnviz
