#include "alignment/AttentionStatistics.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <stdexcept>

namespace attnviz {
namespace {

using ::testing::DoubleNear;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::ThrowsMessage;

RowMatrix matrix(int rows, int cols, std::initializer_list<float> values) {
  RowMatrix m(rows, cols);
  std::copy(values.begin(), values.end(), m.data());
  return m;
}

TEST(AttentionStatistics, rowEntropyIsZeroForOneHotAndLnNForUniform) {
  const RowMatrix weights = matrix(3, 4, {1, 0, 0, 0,
                                          0.5f, 0.5f, 0, 0,
                                          0.25f, 0.25f, 0.25f, 0.25f});
  EXPECT_THAT(row_entropies(weights),
              ElementsAre(0.0, DoubleNear(std::log(2.0), 1e-7), DoubleNear(std::log(4.0), 1e-7)));
}

TEST(AttentionStatistics, meanEntropyAveragesRows) {
  // (0 + ln 2) / 2 = 0.34657...
  const RowMatrix weights = matrix(2, 2, {1, 0, 0.5f, 0.5f});
  EXPECT_NEAR(mean_entropy(weights), 0.3465736, 1e-6);
  EXPECT_EQ(mean_entropy(RowMatrix(0, 3)), 0.0);
}

TEST(AttentionStatistics, jsDivergenceIsZeroForEqualAndOneForDisjointRows) {
  const RowMatrix a = matrix(2, 2, {1, 0, 0.3f, 0.7f});
  const RowMatrix b = matrix(2, 2, {0, 1, 0.3f, 0.7f});
  EXPECT_NEAR(js_divergence(a.row(0), b.row(0)), 1.0, 1e-12);
  EXPECT_NEAR(js_divergence(a.row(1), b.row(1)), 0.0, 1e-12);
  EXPECT_NEAR(mean_js_divergence(a, b), 0.5, 1e-12);
}

TEST(AttentionStatistics, jsDivergenceMatchesHandComputedValue) {
  // p = (1, 0), q = (0.5, 0.5), m = (0.75, 0.25):
  // KL(p||m) = log2(1/0.75) = 0.4150375
  // KL(q||m) = 0.5 log2(0.5/0.75) + 0.5 log2(0.5/0.25) = 0.2075187
  // JS = (0.4150375 + 0.2075187) / 2 = 0.3112781
  const RowMatrix a = matrix(1, 2, {1, 0});
  const RowMatrix b = matrix(1, 2, {0.5f, 0.5f});
  EXPECT_NEAR(mean_js_divergence(a, b), 0.3112781, 1e-6);
  EXPECT_NEAR(mean_js_divergence(b, a), 0.3112781, 1e-6);
}

TEST(AttentionStatistics, jsDivergenceRejectsMapsOfDifferentShapes) {
  EXPECT_THAT([] { mean_js_divergence(RowMatrix::Zero(3, 4), RowMatrix::Zero(2, 4)); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("of 3x4 and 2x4")));
}

TEST(AttentionStatistics, differenceSubtractsCellByCell) {
  const RowMatrix d = difference(matrix(1, 3, {0.5f, 0.25f, 0.25f}), matrix(1, 3, {0.25f, 0.75f, 0}));
  EXPECT_EQ(d, matrix(1, 3, {0.25f, -0.5f, 0.25f}));
  EXPECT_THAT([] { difference(RowMatrix::Zero(1, 2), RowMatrix::Zero(1, 3)); },
              ThrowsMessage<std::invalid_argument>(HasSubstr("difference of attention maps of 1x2 and 1x3")));
}

TEST(AttentionStatistics, topColumnsAreTheLargestWeightsLargestFirstTiesToTheLowerColumn) {
  const RowMatrix row = matrix(1, 5, {0.1f, 0.4f, 0.1f, 0.4f, 0.0f});
  EXPECT_THAT(top_columns(row.row(0), 3), ElementsAre(1, 3, 0));
  EXPECT_THAT(top_columns(row.row(0), 9), ElementsAre(1, 3, 0, 2, 4));
  EXPECT_TRUE(top_columns(row.row(0), 0).empty());
  EXPECT_TRUE(top_columns(row.row(0), -1).empty());
}

TEST(AttentionStatistics, topColumnsPutNotANumberLast) {
  const RowMatrix row = matrix(1, 3, {NAN, 0.2f, 0.8f});
  EXPECT_THAT(top_columns(row.row(0), 3), ElementsAre(2, 1, 0));
}

}  // namespace
}  // namespace attnviz
