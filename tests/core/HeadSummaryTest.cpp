// Per-head numbers and roles for the head grid (alignment/HeadSummary.h).
#include "alignment/HeadSummary.h"

#include "RedCarAlignment.h"

#include <gtest/gtest.h>

#include <cmath>

namespace attnviz {
namespace {

// 4 x 4 with every row's weight on column row + shift (clipped), the rest
// spread thinly.
RowMatrix shifted_identity(int shift) {
  RowMatrix m = RowMatrix::Constant(4, 4, 0.02f);
  for (int row = 0; row < 4; ++row) m(row, std::clamp(row + shift, 0, 3)) = 0.94f;
  return m;
}

size_t add_map(Alignment& alignment, AttentionMap map) {
  alignment.maps.push_back(std::move(map));
  return alignment.maps.size() - 1;
}

TEST(HeadSummary, entropyAndConfidenceOfAUniformHead) {
  Alignment alignment = test::red_car_alignment();
  const size_t index = add_map(alignment, make_map(MapKind::Cross, 1, 0, RowMatrix::Constant(4, 4, 0.25f)));
  const HeadSummary summary = summarise_head(alignment, index, std::nullopt);
  EXPECT_NEAR(summary.entropy, std::log(4.0), 1e-6);
  EXPECT_NEAR(summary.confidence, 0.25, 1e-6);
  EXPECT_FALSE(summary.aer);
  EXPECT_EQ(summary.role, "");
}

TEST(HeadSummary, selfAttentionHeadsThatLookOneWordBackForwardOrAtThemselves) {
  Alignment alignment = test::red_car_alignment();
  const size_t previous = add_map(alignment, make_map(MapKind::EncoderSelf, 0, 0, shifted_identity(-1)));
  const size_t next = add_map(alignment, make_map(MapKind::EncoderSelf, 0, 1, shifted_identity(+1)));
  const size_t self = add_map(alignment, make_map(MapKind::DecoderSelf, 0, 0, shifted_identity(0)));
  EXPECT_EQ(summarise_head(alignment, previous, std::nullopt).role, "previous");
  EXPECT_EQ(summarise_head(alignment, next, std::nullopt).role, "next");
  EXPECT_EQ(summarise_head(alignment, self, std::nullopt).role, "self");
}

TEST(HeadSummary, aHeadParkedOnTheEndOfSentence) {
  Alignment alignment = test::red_car_alignment();
  RowMatrix parked = RowMatrix::Constant(4, 4, 0.02f);
  parked.col(3).setConstant(0.94f);
  const size_t index = add_map(alignment, make_map(MapKind::Cross, 1, 2, parked));
  EXPECT_EQ(summarise_head(alignment, index, std::nullopt).role, "</s>");
}

TEST(HeadSummary, aCrossHeadOnTheGoldLinksAligns) {
  Alignment alignment = test::red_car_alignment();
  RowMatrix aligned = RowMatrix::Constant(4, 4, 0.02f);
  aligned(0, 0) = aligned(1, 2) = aligned(2, 1) = aligned(3, 3) = 0.94f;
  const size_t index = add_map(alignment, make_map(MapKind::Cross, 1, 3, aligned));
  const GoldAlignment gold{{{0, 0}, {2, 1}, {1, 2}}, {}};
  const HeadSummary summary = summarise_head(alignment, index, gold);
  ASSERT_TRUE(summary.aer);
  EXPECT_NEAR(*summary.aer, 0.0, 1e-9);
  EXPECT_EQ(summary.role, "aligns");
  EXPECT_FALSE(summarise_head(alignment, add_map(alignment, make_map(MapKind::EncoderSelf, 0, 2, aligned)), gold).aer)
      << "gold links join target to source words: no AER for self-attention";
}

}  // namespace
}  // namespace attnviz
