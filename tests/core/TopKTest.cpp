// Top-k selection, which names greedy's token and every step's alternatives.

#include "decoding/TopK.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <numeric>

namespace attnviz {
namespace {

std::vector<int> sorted_ids(const Vector& scores, int k) {
  std::vector<int> ids(static_cast<size_t>(scores.size()));
  std::iota(ids.begin(), ids.end(), 0);
  std::stable_sort(ids.begin(), ids.end(), [&](int a, int b) { return scores(a) > scores(b); });
  ids.resize(static_cast<size_t>(k));
  return ids;
}

TEST(TopKTest, selectsTheSameIdsAsAFullStableSortOnRandomScores) {
  std::srand(3);
  TopK top(8);
  for (int size : {1, 7, 16, 17, 1500}) {
    const Vector scores = Vector::Random(size);
    const int k = std::min(size, 8);
    const std::span<const int> best = top.select(scores, 8);
    EXPECT_EQ(std::vector<int>(best.begin(), best.end()), sorted_ids(scores, k)) << size;
  }
}

TEST(TopKTest, equalScoresGoToTheLowerIdFirst) {
  Vector scores = Vector::Zero(40);
  scores(33) = scores(5) = scores(20) = 2.0f;
  TopK top(4);
  const std::span<const int> best = top.select(scores, 4);
  EXPECT_EQ(std::vector<int>(best.begin(), best.end()), (std::vector<int>{5, 20, 33, 0}));
}

TEST(TopKTest, kIsClampedToTheCapacity) {
  TopK top(2);
  EXPECT_EQ(top.select(Vector::Random(10), 5).size(), 2u);
  EXPECT_TRUE(top.select(Vector::Random(10), 0).empty());
}

}  // namespace
}  // namespace attnviz
